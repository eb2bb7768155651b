#!/usr/bin/env python3
"""Score releases of labelled corpora with the shared scorer and write the quality table.

usage: quality.py --scorer DIR/score.py --out FILE NAME=RELEASE,CORPUS,GOLD ...

Each NAME=... is a labelled set: a release directory of its documents, the documents, and the
gold JSONL files. The scorer's own functions match figures (byte-span overlap, value within
0.5%, unit class, category), so the numbers are the scorer's; this adds precision and recall
per category (strict: value, unit and category right) and writes them as a markdown table,
which the release codebook includes.
"""
import argparse, collections, importlib.util, sys

ap = argparse.ArgumentParser()
ap.add_argument("--scorer", required=True)
ap.add_argument("--out", required=True)
ap.add_argument("sets", nargs="+")
a = ap.parse_args()
spec = importlib.util.spec_from_file_location("score", a.scorer)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

CATS = ["funding", "graduates", "coauthorship", "other"]
rows = []
for s in a.sets:
    name, paths = s.split("=", 1)
    release, corpus, gold = paths.split(",")
    golds, _, problems = score.load_gold(gold, corpus)
    preds, _ = score.load_release(release, corpus)
    preds = {d: v for d, v in preds.items() if d in golds}
    tot, per_cat, _, _, _ = score.score(golds, preds)
    predicted = collections.Counter(p["category"] for v in preds.values() for p in v)
    r = lambda a, b: a / b if b else 0.0
    P, R = r(tot["strict"], tot["pred"]), r(tot["strict"], tot["gold"])
    vP, vR = r(tot["val"], tot["pred"]), r(tot["val"], tot["gold"])
    row = {"set": name, "docs": len(golds), "gold": tot["gold"], "pred": tot["pred"],
           "P": P, "R": R, "F1": r(2 * P * R, P + R), "vF1": r(2 * vP * vR, vP + vR),
           "dP": r(tot["det"], tot["pred"]), "dR": r(tot["det"], tot["gold"])}
    for c in CATS:
        ok, n = per_cat.get(c, [0, 0])
        row[c] = (r(ok, predicted[c]), r(ok, n), n)
    rows.append(row)

lines = ["| labelled set | documents with labels | gold figures | released | strict precision | strict recall | strict F1 | value F1 | detection P / R |",
         "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
for w in rows:
    lines.append(f"| {w['set']} | {w['docs']} | {w['gold']} | {w['pred']} | {w['P']:.3f} | {w['R']:.3f} | {w['F1']:.3f} | {w['vF1']:.3f} | {w['dP']:.3f} / {w['dR']:.3f} |")
lines += ["", "| labelled set | " + " | ".join(f"{c} P / R (gold)" for c in CATS) + " |", "|---|" + "---|" * len(CATS)]
for w in rows:
    lines.append(f"| {w['set']} | " + " | ".join(f"{w[c][0]:.3f} / {w[c][1]:.3f} ({w[c][2]})" for c in CATS) + " |")
text = "\n".join(lines) + "\n"
open(a.out, "w").write(text)
sys.stdout.write(text)
