#!/usr/bin/env bash
# make eval: release each labelled corpus with the extractor alone (no review file) and score
# it with the shared scorer (EVAL, ../shared/eval by default). Writes pipeline/quality.md,
# the table the release codebook prints as the measured quality.
set -euo pipefail
EVAL=${1:-../shared/eval}
FIGURES=${FIGURES:-bin/figures}
if [ ! -f "$EVAL/score.py" ]; then
  echo "make eval: no scorer at $EVAL/score.py (set EVAL=DIR: the labelled sets and score.py)" >&2
  exit 2
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
sets=()
add() { # name corpus gold
  local name=$1 docs=$2 gold=$3
  [ -d "$docs" ] && [ -d "$gold" ] || { echo "make eval: $name: $docs or $gold missing, skipped" >&2; return; }
  mkdir -p "$tmp/$name/docs"
  # the documents alone (text, markdown, saved pages): no manifest, no review file
  find "$docs" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) -exec cp {} "$tmp/$name/docs/" \;
  "$FIGURES" release --corpus "$tmp/$name/docs" --out "$tmp/$name/rel" --version 1.0.0 --quiet >/dev/null
  sets+=("$name=$tmp/$name/rel/1.0.0,$tmp/$name/docs,$gold")
}
add "shipped (seeds)" "${SEEDS:-corpus}" "$EVAL/seeds/gold"
add "dev (7 unseen)" "$EVAL/dev/docs" "$EVAL/dev/gold"
add "dev-ko (3 Korean)" "$EVAL/dev-ko/docs" "$EVAL/dev-ko/gold"
add "ko (written here)" testdata/korean/docs testdata/korean/gold
add "en (written here)" testdata/english/docs testdata/english/gold
python3 testdata/eval/quality.py --scorer "$EVAL/score.py" --out pipeline/quality.md "${sets[@]}"
