package checks

import (
	"slices"

	"github.com/kpfigures/figures/schemas"
)

// Rows runs the checks of single rows (ranges out of order, percentages over 100, inherited
// currencies), which SourceChecks runs too: for a release read back, whose rows may come from
// elsewhere.
func Rows(figs []schemas.Figure) []schemas.Check {
	var c checker
	c.rowChecks(figs)
	return c.findings
}

// Corpus gathers, as the sources go by in corpus order, what the cross-source checks
// compare: the anchors' counts, the dated events, and each figure's check ids. The
// sentences that state an anchor grow with the corpus, so the caller keeps them (a spill)
// and hands them back to CrossSource.
type Corpus struct {
	chk      checker
	anchors  anchorCounts
	byFigure figureChecks
}

// NewCorpus returns an empty Corpus.
func NewCorpus() *Corpus { return &Corpus{anchors: anchorCounts{}, byFigure: figureChecks{}} }

// AddFigures takes a source's figures, a run of whole sentences at a time, and returns the
// sentences of them that state an anchor, for the caller to keep.
func (c *Corpus) AddFigures(figs []schemas.Figure) [][]Anchored {
	var keep [][]Anchored
	for _, sentence := range anchoredSentences(figs) {
		c.anchors.add(sentence.anchors)
		keep = append(keep, sentence.figures)
	}
	return keep
}

// Add takes one source's findings and events (from SourceChecks.Finish), once its figures are in.
func (c *Corpus) Add(findings []schemas.Check, events []Event) {
	for _, f := range findings {
		c.byFigure.add(f)
	}
	c.chk.addEvents(events)
}

// CrossSource runs the cross-source checks once every source is in, over the sentences
// Add returned, which each hands back in order, and returns their findings. The checks
// see only the sentences that share an anchor.
func (c *Corpus) CrossSource(each func(func([]Anchored) error) error) ([]schemas.Check, error) {
	shared := c.anchors.shared()
	var candidates []schemas.Figure
	var restated []Anchored
	if len(shared) == 0 {
		each = func(func([]Anchored) error) error { return nil } // no two sentences share an anchor: none to read back
	}
	err := each(func(sentence []Anchored) error {
		figs := make([]schemas.Figure, len(sentence))
		for i, a := range sentence {
			figs[i] = a.Figure()
			if shared[a.restates] {
				restated = append(restated, a)
			}
		}
		if slices.ContainsFunc(figs, func(f schemas.Figure) bool { return shared[anchorKey(f)] }) {
			candidates = append(candidates, figs...)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	c.chk.sameMeasure(candidates, shared)
	c.chk.restatedMeasure(restated)
	c.chk.eventYears()
	for _, f := range c.chk.findings {
		c.byFigure.add(f)
	}
	return c.chk.findings, nil
}

// Of returns the ids of the checks that concern figure id, ';'-separated, or "": the
// figures' checks column.
func (c *Corpus) Of(id string) string { return c.byFigure.of(id) }
