package review

import (
	"github.com/kpfigures/figures/pipeline/normalize"
	"github.com/kpfigures/figures/schemas"
)

// An entry that no longer finds its figure by id is matched by its sentence against every
// row of its source (see match); a long document's rows come a run at a time and are not all
// held. For such a source the review takes two passes over its rows: a Planner sees each
// row once and keeps only what matching needs (which entries found their figure by id; for
// the others, the first rows that could be theirs), and its Plan says which row each entry
// is, as match would over all the rows at once; a SourceReview with the plan then applies the
// review to the rows found again, a run at a time.

// Planner is the first pass over one source's rows.
type Planner struct {
	r       *Review
	entries []*Entry // the source's entries that know their sentence, in file order
	texts   []string // each entry's words and sentence, as identity sees them
	sents   []string
	byID    map[*Entry]bool // entries that found their figure by id
	cands   [][]candidate   // per entry, the rows that could be its, in order
	kinds   [][3]int        // per entry, its candidates of each kind
	rows    int             // the rows seen
}

// candidate is a row that could be an entry's, and how.
type candidate struct {
	row      int
	kind     rowKind
	sentence string // the row's sentence, for an entry whose number changed
}

// NewPlanner returns the first pass for the rows of source sourceID.
func (r *Review) NewPlanner(sourceID string) *Planner {
	p := &Planner{r: r, entries: r.bySource[sourceID], byID: map[*Entry]bool{}}
	for _, e := range p.entries {
		p.texts = append(p.texts, normalize.IdentityText(e.Text))
		p.sents = append(p.sents, normalize.IdentityText(e.Sentence))
	}
	p.cands, p.kinds = make([][]candidate, len(p.entries)), make([][3]int, len(p.entries))
	return p
}

// See takes the next rows of the source.
func (p *Planner) See(rows []schemas.Figure) {
	for _, row := range rows {
		i := p.rows
		p.rows++
		if e, ok := p.r.byFigure[row.FigureID]; ok {
			p.byID[e] = true
			continue // taken: no entry matches it by sentence
		}
		var sentence, text string // as identity sees them, worked out for the first entry that needs them
		for k := range p.entries {
			if sentence == "" {
				sentence, text = normalize.IdentityText(row.Sentence), normalize.IdentityText(row.Text)
			}
			kind := classify(sentence, text, p.sents[k], p.texts[k])
			// Of each kind, the first rows are enough: one more than the entries before
			// this one could take.
			if kind != otherRow && p.kinds[k][kind-1] <= len(p.entries) {
				p.kinds[k][kind-1]++
				p.cands[k] = append(p.cands[k], candidate{row: i, kind: kind, sentence: row.Sentence})
			}
		}
	}
}

// Plan is what the review does to the rows of one source, by their number in it.
type Plan struct {
	rows     map[int]*Entry // the entries that find their figure by sentence
	Outdated []Outdated     // entries whose sentence is there with another number in place of theirs
}

// Plan decides, once every row is seen, the row of each entry that did not find its figure by
// id: the first free row with its sentence and words, else with its words in its sentence a
// little changed; else, a row of its sentence a little changed makes it outdated.
func (p *Planner) Plan() *Plan {
	plan := &Plan{rows: map[int]*Entry{}}
	for k, e := range p.entries {
		if p.byID[e] {
			continue
		}
		var same, near, changed *candidate
		for c := range p.cands[k] {
			cand := &p.cands[k][c]
			if plan.rows[cand.row] != nil {
				continue // taken by an entry before
			}
			switch {
			case cand.kind == sameRow:
				same = cand
			case cand.kind == nearRow && near == nil:
				near = cand
			case changed == nil:
				changed = cand // a second near row is a changed one, as match has it
			}
			if same != nil {
				break
			}
		}
		switch {
		case same != nil:
			plan.rows[same.row] = e
		case near != nil:
			plan.rows[near.row] = e
		case changed != nil:
			plan.Outdated = append(plan.Outdated, Outdated{Entry: e.index, Sentence: changed.sentence})
		}
	}
	return plan
}

// MatchesBySentence reports whether the review has entries of source sourceID that may find
// their figure by its sentence (see Planner).
func (r *Review) MatchesBySentence(sourceID string) bool { return len(r.bySource[sourceID]) > 0 }

// NeedsText reports whether the review of source sourceID needs its whole text: to find an
// entry's figure by its sentence, or to add a figure at its words. Entries that name their
// figure by its id need only the rows.
func (r *Review) NeedsText(sourceID string) bool {
	return r.MatchesBySentence(sourceID) || len(r.adds[sourceID]) > 0
}
