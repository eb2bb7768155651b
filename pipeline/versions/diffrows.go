package versions

import (
	"fmt"
	"strings"

	"github.com/kpfigures/figures/pipeline/normalize"
)

// diffTable is one table of two releases, read for their difference.
type diffTable struct {
	name, key string
	order     []string // the new release's columns
	old, new  side
	unlisted  *Unlisted
}

// diff lists the rows added, removed and changed. pairs (new figure_id → old) makes a
// removed and an added row of a table keyed by figure_id one changed row.
func (t diffTable) diff(pairs map[string]string) TableDiff {
	oldRows, newRows := t.old.rows, t.new.rows
	td := TableDiff{Table: t.name, Key: t.key, Added: []string{}, Removed: []string{}, Changed: []RowChange{}, Unlisted: t.unlisted}
	paired := map[string]bool{} // old keys that a new row took
	if t.key == "figure_id" {
		for _, k := range t.new.order {
			if old, ok := pairs[k]; ok && oldRows[old] != nil && oldRows[k] == nil {
				paired[old] = true
			}
		}
	}
	for _, k := range t.old.order {
		if _, ok := newRows[k]; !ok && !paired[k] {
			td.Removed = append(td.Removed, k)
		}
	}
	for _, k := range t.new.order {
		oldKey := k
		if oldRows[k] == nil && t.key == "figure_id" && paired[pairs[k]] {
			oldKey = pairs[k]
		}
		or, ok := oldRows[oldKey]
		if !ok {
			td.Added = append(td.Added, k)
			continue
		}
		var changes []FieldChange
		for _, f := range t.order {
			if ov, ok := or[f]; ok && ov != newRows[k][f] {
				changes = append(changes, FieldChange{Field: f, Old: ov, New: newRows[k][f]})
			}
		}
		if len(changes) == 0 {
			continue
		}
		if t.name == "sources" && or["sha256"] != newRows[k]["sha256"] && or["bytes"] == newRows[k]["bytes"] {
			// A changed source says how long it is, before and after, even when as long.
			changes = append(changes, FieldChange{Field: "bytes", Old: or["bytes"], New: newRows[k]["bytes"]})
		}
		c := RowChange{Key: k, Fields: changes}
		if oldKey != k {
			c.OldKey = oldKey
		}
		if t.name == "figures" {
			c.Sentence = newRows[k]["sentence"]
		}
		td.Changed = append(td.Changed, c)
	}
	return td
}

// pairFigures pairs the figures only the new release has with those only the old one has,
// source by source: first the same words in the same sentence (the id alone changed: another
// id scheme, or an identical sentence before it was added or removed), then the figure at
// the same place among its sentence's figures in a sentence with a few words changed (its
// number, or another figure's). It returns new figure_id → old.
func pairFigures(old, new side) map[string]string {
	// A figure as the pairing reads it: its words identified once, not once a pass.
	type fig struct {
		id, source, sentence, text string
		place                      int
		taken                      bool
	}
	only := func(s, other side) []*fig {
		var figs []*fig
		for _, id := range s.order {
			if r := s.rows[id]; other.rows[id] == nil {
				figs = append(figs, &fig{id: id, source: r["source_id"], sentence: normalize.IdentityText(r["sentence"]),
					text: normalize.IdentityText(r["text"]), place: s.places[id]})
			}
		}
		return figs
	}
	// Each pass looks for a figure's partner among the old figures that share its bucket,
	// in file order, so a source of a million changed figures is not compared pairwise.
	passes := []struct {
		bucket func(f *fig) string
		match  func(o, n *fig) bool
	}{
		{func(f *fig) string { return f.source + "\x00" + f.sentence + "\x00" + f.text }, func(o, n *fig) bool { return true }},
		{func(f *fig) string {
			return fmt.Sprintf("%s\x00%d\x00%d", f.source, f.place, len(strings.Fields(f.sentence)))
		},
			func(o, n *fig) bool { return normalize.NearSentence(o.sentence, n.sentence) }},
	}
	olds, news := only(old, new), only(new, old)
	pairs := map[string]string{}
	for _, p := range passes {
		buckets := map[string][]*fig{}
		for _, o := range olds {
			if !o.taken {
				k := p.bucket(o)
				buckets[k] = append(buckets[k], o)
			}
		}
		for _, n := range news {
			if _, ok := pairs[n.id]; ok {
				continue
			}
			b := p.bucket(n)
			for i, o := range buckets[b] {
				if !o.taken && p.match(o, n) {
					pairs[n.id], o.taken = o.id, true
					if i == 0 {
						buckets[b] = buckets[b][1:] // the first exact partner is gone for good
					}
					break
				}
			}
		}
	}
	return pairs
}
