package versions

import "github.com/kpfigures/figures/pipeline/normalize"

// diffTable is one table of two releases, read for their difference.
type diffTable struct {
	name, key          string
	order              []string // the new release's columns
	oldRows, newRows   map[string]map[string]string
	oldOrder, newOrder []string
}

// diff lists the rows added, removed and changed. pairs (new figure_id → old) makes a
// removed and an added row of a table keyed by figure_id one changed row.
func (t diffTable) diff(pairs map[string]string) TableDiff {
	td := TableDiff{Table: t.name, Key: t.key, Added: []string{}, Removed: []string{}, Changed: []RowChange{}}
	paired := map[string]bool{} // old keys that a new row took
	if t.key == "figure_id" {
		for _, k := range t.newOrder {
			if old, ok := pairs[k]; ok && t.oldRows[old] != nil && t.oldRows[k] == nil {
				paired[old] = true
			}
		}
	}
	for _, k := range t.oldOrder {
		if _, ok := t.newRows[k]; !ok && !paired[k] {
			td.Removed = append(td.Removed, k)
		}
	}
	for _, k := range t.newOrder {
		oldKey := k
		if t.oldRows[k] == nil && t.key == "figure_id" && paired[pairs[k]] {
			oldKey = pairs[k]
		}
		or, ok := t.oldRows[oldKey]
		if !ok {
			td.Added = append(td.Added, k)
			continue
		}
		var changes []FieldChange
		for _, f := range t.order {
			if ov, ok := or[f]; ok && ov != t.newRows[k][f] {
				changes = append(changes, FieldChange{Field: f, Old: ov, New: t.newRows[k][f]})
			}
		}
		if len(changes) == 0 {
			continue
		}
		if t.name == "sources" && or["sha256"] != t.newRows[k]["sha256"] && or["bytes"] == t.newRows[k]["bytes"] {
			// A changed source says how long it is, before and after, even when as long.
			changes = append(changes, FieldChange{Field: "bytes", Old: or["bytes"], New: t.newRows[k]["bytes"]})
		}
		c := RowChange{Key: k, Fields: changes}
		if oldKey != k {
			c.OldKey = oldKey
		}
		if t.name == "figures" {
			c.Sentence = t.newRows[k]["sentence"]
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
func pairFigures(oldRows map[string]map[string]string, oldOrder []string, newRows map[string]map[string]string, newOrder []string) map[string]string {
	type fig struct {
		id, source, sentence, text string
		place                      int // among its sentence's figures, from 0
	}
	only := func(rows, other map[string]map[string]string, order []string) map[string][]*fig {
		bySource := map[string][]*fig{}
		place, lastSentence := 0, ""
		for _, id := range order {
			r := rows[id]
			key := r["source_id"] + "\x00" + r["sentence_start"]
			if key == lastSentence {
				place++
			} else {
				place, lastSentence = 0, key
			}
			if other[id] == nil {
				bySource[r["source_id"]] = append(bySource[r["source_id"]], &fig{id: id, source: r["source_id"],
					sentence: normalize.IdentityText(r["sentence"]), text: normalize.IdentityText(r["text"]), place: place})
			}
		}
		return bySource
	}
	olds, news := only(oldRows, newRows, oldOrder), only(newRows, oldRows, newOrder)
	pairs := map[string]string{}
	taken := map[*fig]bool{}
	for _, same := range []func(o, n *fig) bool{
		func(o, n *fig) bool { return o.sentence == n.sentence && o.text == n.text },
		func(o, n *fig) bool { return o.place == n.place && normalize.NearSentence(o.sentence, n.sentence) },
	} {
		for source, ns := range news {
			for _, n := range ns {
				if _, ok := pairs[n.id]; ok {
					continue
				}
				for _, o := range olds[source] {
					if !taken[o] && same(o, n) {
						pairs[n.id], taken[o] = o.id, true
						break
					}
				}
			}
		}
	}
	return pairs
}
