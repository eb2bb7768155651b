package checks

import (
	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/schemas"
)

// SourceChecks runs the checks that look at one source's figures, given a run of whole
// sentences at a time, in order, so that a document's figures need not all be held: a check
// that looks back at the sentences before a figure sees them in the tail kept from the run
// before; the table check sifts out, as the runs go by, the figures of the sentences its
// plan (read from the text) needs. The findings are the same whatever the runs' size, and in
// the same order: the single rows', the shares', the parts', the tables'.
type SourceChecks struct {
	doc      *document.Document
	text     schemas.Text // doc's raw text, where the source's offsets point
	sourceID string
	rows     checker // one checker per check, so that their findings come in the same order whatever the runs
	shares   checker
	parts    checker
	tables   *tablePlan
	tail     []schemas.Figure // the figures of the last sentences given, which later ones may refer to

	// What the sections read before the current one found (see Section).
	tablesDone checker
	events     []Event
}

// NewSourceChecks returns the checks of source sourceID, whose document is doc.
func NewSourceChecks(doc *document.Document, sourceID string) *SourceChecks {
	s := &SourceChecks{sourceID: sourceID}
	s.Section(doc, 0)
	return s
}

// Section starts the checks on the next section of a long source, read a section at a time
// (see pipeline's sections): doc is built from its bytes, which start at offset base of the
// source. The table check and the events are done on the section before; the checks that
// look back at the sentences before see its last ones still, but not its text.
func (s *SourceChecks) Section(doc *document.Document, base int64) {
	if s.doc != nil {
		s.tablesDone.tableVsTotal(s.tables)
		s.events = append(s.events, findEvents(s.doc, s.sourceID)...)
	}
	s.doc, s.text, s.tables = doc, schemas.Text{Bytes: doc.Raw, Base: base}, planTables(doc.View, base)
}

// Add checks figs, the source's figures that follow those given before.
func (s *SourceChecks) Add(figs []schemas.Figure) {
	if len(figs) == 0 {
		return
	}
	s.rows.rowChecks(figs)
	from, all := len(s.tail), figs
	if from > 0 {
		all = append(s.tail, figs...)
	}
	s.shares.shareVsTotal(s.text, all, from)
	s.parts.partsVsTotal(all, from)
	if s.tables != nil {
		s.tables.sift(figs)
	}
	s.tail = append(s.tail[:0:0], all[lookBehind(all):]...)
}

// lookBehind returns where the figures that a later sentence's checks may look back at start
// in figs: those of the last totalSentences+1 sentences with figures, and of every sentence
// that starts within shareSpan bytes of the last one.
func lookBehind(figs []schemas.Figure) int {
	last := figs[len(figs)-1].SentenceStart
	i, sentences := len(figs), 0
	for i > 0 {
		start := figs[i-1].SentenceStart
		if sentences > totalSentences && last-start > shareSpan {
			break
		}
		for i > 0 && figs[i-1].SentenceStart == start {
			i--
		}
		sentences++
	}
	return i
}

// Finish runs what needs every figure (the table check, the events) and returns the findings
// of the source, final, and its dated events, for the checks across sources.
func (s *SourceChecks) Finish() ([]schemas.Check, []Event) {
	var c checker
	c.findings = append(append(append(c.findings, s.rows.findings...), s.shares.findings...), s.parts.findings...)
	c.findings = append(c.findings, s.tablesDone.findings...)
	c.tableVsTotal(s.tables)
	c.events = append(s.events, findEvents(s.doc, s.sourceID)...)
	return c.findings, c.events
}
