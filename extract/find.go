package extract

import (
	"strings"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/schemas"
)

// Times is what a multiple counts: "twice", "3.4-fold", "doubled" (Korean keeps its counter,
// "배", which lexicon.Korean.Multiple knows).
const Times = "times"

// Ratio is what a ratio of two terms counts: "a student-teacher ratio of 14:1" is 14 of the
// first for one of the second.
const Ratio = "ratio"

// Figure is one quantity stated in a document.
type Figure struct {
	Start, End int    // byte offsets of the figure's words in the raw file, end exclusive
	Text       string // the raw words at [Start, End), white space collapsed

	Value     float64 // in base units; meaningless for a range
	Low, High float64 // the ends of a range
	IsRange   bool

	Qualifier    string       // exact, approx, more_than, at_least, up_to, less_than, range
	Unit         schemas.Unit // ISO 4217 code, percent, people, papers, projects, units, years, months, days, count
	UnitInferred bool         // the currency was inherited from an earlier amount of the same list
	Counted      string       // the counted noun phrase, as written
	Column       bool         // Counted is the header of the table column the figure is a cell of
	RowLabel     bool         // ... or, under a column of years or values ("| 대학 | 102,400 |"), its row's label
	ColumnYear   int          // the year that column's header states ("2022", "Students (2022)"), 0 when none

	Sentence      string        // the sentence, from the analysis view
	InSentence    document.Span // where the figure stands in Sentence
	Context       string        // the two sentences before Sentence in its paragraph, for context rules
	Heading       string        // the heading of the figure's section, or its data-sheet label ("Literacy")
	Title         string        // the document's title Heading opens with, when the figure's section is another ("Hyperauthorship" over "History")
	SentenceStart int           // raw byte offsets of the sentence
	SentenceEnd   int
	Page          int // the page the document prints, 0 when it marks none
}

// Find returns the figures of doc, in document order.
func Find(doc *document.Document) []Figure {
	return FindInView(doc.View, doc.Raw)
}

// FindInView returns the figures of a view built from raw, with the view's lexicon.
func FindInView(v *document.View, raw []byte) []Figure {
	// About one figure per two kilobytes of prose: sized once for most documents, where
	// growing from nothing would copy these large records again and again.
	figs := make([]Figure, 0, len(v.Text)/2048+8)
	return NewFinder(v, raw).Next(figs, len(v.Text)+1)
}

// Finder finds the figures of a view a run of sentences at a time, so that a document's
// figures can flow on as they are found instead of all being held: a statistical yearbook
// states a million. It carries what a sentence's figures depend on from the sentences before
// (the heading they stand under, the markdown table they are a row of, the currency the
// document states its amounts in).
type Finder struct {
	v        *document.View
	raw      []byte
	base     int // the offset of raw in its document: 0, or a section's start
	lex      *lexicon.Lexicon
	sents    []document.Span
	si       int         // the next sentence
	toks     []token     // reused from sentence to sentence
	found    []candidate // reused too: a sentence's figures are made Figures before the next
	tables   tableTracker
	headings headingTracker
	lists    listTracker
	currency schemas.Unit    // of the last amount stated with one
	declared unitDeclaration // over the table being read, until prose resumes; zero when none
	recent   []recalled      // the counts of the sentences just read, for "the 19" after "19 papers"
	// Whether the view writes thousands apart with a word space ("485 000"), asked (see
	// spaceGrouped) of the first sentence that may: most documents have none.
	spaced, spacedKnown bool
}

// NewFinder returns a Finder at the first sentence of a view built from raw.
func NewFinder(v *document.View, raw []byte) *Finder {
	return NewFinderAt(v, raw, 0)
}

// NewFinderAt is NewFinder on a section of a long document, read a section at a time, whose
// raw bytes start at offset base of the document: the figures' offsets are the document's.
func NewFinderAt(v *document.View, raw []byte, base int) *Finder {
	return &Finder{v: v, raw: raw, base: base, lex: v.Lexicon(), sents: v.SentenceSpans()}
}

// Carried is what a Finder on a section of a long document goes on with from the section
// before (see Finder.Carried): nothing of the earlier section's view, which may go.
type Carried struct {
	headings headingTracker
	currency schemas.Unit
}

// Carried returns the heading, the caption and the currency f has reached, for the Finder
// on the next section: a section is cut before a line the section reader takes for a
// heading or a caption, which the view may not read as one ("○ 이는 ..." goes on under the
// heading before it, read whole).
func (f *Finder) Carried() Carried {
	h := headingTracker{title: strings.Clone(f.headings.title), section: strings.Clone(f.headings.section),
		caption: strings.Clone(f.headings.caption), seen: f.headings.seen}
	return Carried{headings: h, currency: f.currency}
}

// Continue makes f go on from what the Finder on the section before carried.
func (f *Finder) Continue(c Carried) { f.headings, f.currency = c.headings, c.currency }

// Done reports whether every sentence has been read.
func (f *Finder) Done() bool { return f.si >= len(f.sents) }

// Next appends to figs the figures of the sentences after those read before, whole
// sentences until at least atLeast figures have been found or the view ends, and returns
// the extended slice. A chunk never splits a sentence.
func (f *Finder) Next(figs []Figure, atLeast int) []Figure {
	v, sents, lex := f.v, f.sents, f.lex
	want := len(figs) + min(atLeast, len(f.v.Text)+1) // no more figures than bytes
	for ; f.si < len(sents) && len(figs) < want; f.si++ {
		si, sp := f.si, sents[f.si]
		f.headings.observe(v, sents, si, lex)
		f.lists.observe(v, f.raw, sents, si)
		next := ""
		if si+1 < len(sents) {
			next = v.Text[sents[si+1].Start:sents[si+1].End]
		}
		row := f.tables.row(v.Text[sp.Start:sp.End], sp.Start, next, lex)
		if isTableHeader(v.Text[sp.Start:sp.End], next) {
			continue // "| Firm size | Spending per trainee (KRW 1,000) |": numbers that name columns
		}
		if d, ok := declaredUnit(v.Text[sp.Start:sp.End], lex); ok {
			f.declared = d
			f.headings.captionOf(v.Text[sp.Start:sp.End])
			continue // "(Unit: KRW 100 million)": its number is the table's unit, no figure
		}
		if f.declared.active() && (endsDeclaration(v.Text[sp.Start:sp.End]) || isTableCaption(v.Text[sp.Start:sp.End], lex)) {
			f.declared = unitDeclaration{} // prose, or the next table's caption that declares no unit
		}
		if !mayHoldNumber(v.Text[sp.Start:sp.End], lex) {
			continue // most sentences state no number: skip tokenizing them
		}
		var groupLike bool
		f.toks, groupLike = tokenizeInto(f.toks[:0], v.Text[sp.Start:sp.End], sp.Start, f.spaced)
		if groupLike && !f.spacedKnown {
			f.spaced, f.spacedKnown = spaceGrouped(v.Text), true
			if f.spaced {
				f.toks, _ = tokenizeInto(f.toks[:0], v.Text[sp.Start:sp.End], sp.Start, true)
			}
		}
		f.toks = cutNoteMarkers(f.toks, lex)
		label := f.recordLabel(si)
		s := &scanner{lex: lex, text: v.Text, sent: sp, toks: f.toks, out: f.found, table: row, label: label, labelsOnly: label != "" && labelField(label, lex),
			lead: f.lists.noun, currency: f.currency,
			estimated: f.estimatedRecord(si, label), recent: f.recent}
		if f.declared.active() {
			s.declared = &f.declared
		}
		if d, ok := rowUnit(v.Text[sp.Start:sp.End], lex); ok {
			s.declared = &d // "취업률(%) 65.2 67.8", "Exports (US$ million) 120 135": the row's own unit
		} else if f.declared.percent && rateRow(v.Text[sp.Start:sp.End], lex) {
			d := percentRow
			s.declared = &d // "증가율 -1.2 24.0 2.5" under "(단위: 억 달러, %)"
		}
		found := s.scan()
		f.found = found
		heading, title := "", ""
		if len(found) > 0 {
			heading, title = f.headings.context(label), f.headings.over()
		}
		inheritCurrency(found)
		f.recent = remember(f.recent, found, sp)
		refersBack := len(found) > 0 && (RefersBack(v.Text[sp.Start:sp.End], f.lex) || lex.Korean().RefersBack(v.Text[sp.Start:sp.End]))
		for _, c := range found {
			if c.unit.IsCurrency() && !c.inferred {
				f.currency = c.unit
			}
			start, end := v.RawStart(c.start), v.RawEnd(c.end)
			text := string(f.raw[start:end])
			if tail := particleTail(text, lex); tail > 0 {
				end, text = end-tail, text[:len(text)-tail] // "240여 명이다": the figure is "240여 명"
			}
			figs = append(figs, Figure{
				Start: f.base + start, End: f.base + end, Text: schemas.CollapseSpace(text),
				Value: decimal(c.value), Low: decimal(c.low), High: decimal(c.high), IsRange: c.isRange,
				Qualifier: c.qualifier, Unit: c.unit, UnitInferred: c.inferred, Counted: c.counted, Column: c.column, RowLabel: c.rowLabel, ColumnYear: c.year,
				Sentence:      v.Text[sp.Start:sp.End],
				Context:       contextOf(v.Text, sents[max(0, si-2)].Start, sp.Start, c.recalledFrom, refersBack),
				Heading:       heading,
				Title:         title,
				InSentence:    document.Span{Start: c.start - sp.Start, End: c.end - sp.Start},
				SentenceStart: f.base + v.RawStart(sp.Start), SentenceEnd: f.base + v.RawEnd(sp.End),
				Page: v.PageAt(c.start),
			})
		}
	}
	return figs
}

// estimatedRecord reports whether sentence si ends with a note of estimate, "(2020 est.)",
// or, as a data-sheet record with this label, is a line of a field that a later line of
// the same label closes with one ("Median age: male: 33.2 years" before "Median age:
// female: 36.2 years (2020 est.)"). A line dated on its own ("urban population: 81.5%
// (2023)") closes its field.
func (f *Finder) estimatedRecord(si int, label string) bool {
	for k := si; k < min(len(f.sents), si+maxRecordLines); k++ {
		text := f.v.Text[f.sents[k].Start:f.sents[k].End]
		if k > si && (label == "" || f.recordLabel(k) != label) {
			return false
		}
		if estimated, dated := recordNotes(text, f.lex); estimated || dated {
			return estimated
		}
	}
	return false
}

// recordLabel returns the data-sheet label of sentence si: its own (document.RecordLabel),
// or, for a line that gives one part of a group ("male: 17 years"), the label of the line
// that opens the group ("School life expectancy (primary to tertiary education):", or the
// name alone on its line, as a data sheet laid out for the web sets it), as a data sheet
// that repeats it on every line has it ("Literacy: male: 100%").
func (f *Finder) recordLabel(si int) string {
	text := f.v.Text[f.sents[si].Start:f.sents[si].End]
	if !strings.Contains(text, ": ") {
		return "" // most sentences: no label at all
	}
	if l := document.RecordLabel(text); l != "" || document.SubRecordLabel(text) == "" {
		if f.clauseLabel(l) {
			return "" // "Critics say that target is unrealistic: only 23% ...": prose before a colon
		}
		return l
	}
	for k := si - 1; k >= 0 && k >= si-maxRecordLines; k-- {
		t := f.v.Text[f.sents[k].Start:f.sents[k].End]
		if l := document.GroupLabel(t); l != "" {
			return l
		}
		if document.SubRecordLabel(t) == "" {
			return document.FieldHeading(t) // "Literacy" on its own line over "total population: 98.8%"
		}
	}
	return ""
}

// clauseLabel reports whether a label before a colon is a clause, with a verb of its
// subject (lexicon.SubjectVerbs: "say", "is"), not the name of a data sheet's field.
func (f *Finder) clauseLabel(label string) bool {
	for w := range strings.FieldsSeq(label) {
		if f.lex.HasFold(lexicon.SubjectVerbs, w) {
			return true
		}
	}
	return false
}

// maxRecordLines bounds the lines of one data-sheet field looked through for its note.
const maxRecordLines = 8

// recordNotes reads the parentheses of a data-sheet line: whether one, of a few words,
// ends with a hedge of the lexicon ("(2020 est.)", as a data sheet marks its estimates; the
// innermost, in "(Total: 50 million (July 2012 est.)"), and whether one opens with a year
// ("(2023)", "(2020-25)": the line's date).
func recordNotes(text string, lex *lexicon.Lexicon) (estimated, dated bool) {
	for rest := text; !estimated; {
		end := strings.IndexByte(rest, ')')
		if end < 0 {
			break
		}
		if open := strings.LastIndexByte(rest[:end], '('); open >= 0 {
			inner := strings.TrimSpace(rest[open+1 : end])
			q, ok := qualifierEnding(inner, lex)
			estimated = ok && q.Name == "approx" && strings.Count(inner, " ") <= 2
		}
		rest = rest[end+1:]
	}
	for rest := text; !dated; {
		open := strings.IndexByte(rest, '(')
		if open < 0 || open+5 > len(rest) {
			break
		}
		dated, rest = isYearDigits(rest[open+1:open+5]), rest[open+1:]
	}
	return estimated, dated
}

// contextOf is the context of a figure of the sentence at view offset start: the
// sentences from from on in its paragraph (paragraphBefore), after the sentence that
// stated the count the figure refers back to, when that one is further back. A sentence
// that refers back ("Of the total, ...") may open a paragraph about the last one's count:
// its context crosses the paragraph's start.
func contextOf(text string, from, start int, recalledFrom document.Span, refersBack bool) string {
	ctx := text[from:start]
	if !refersBack {
		ctx = paragraphBefore(ctx)
	}
	if recalledFrom.End == 0 || recalledFrom.End > start || recalledFrom.Start >= start-len(ctx) {
		return ctx
	}
	return text[recalledFrom.Start:recalledFrom.End] + " " + ctx
}

// RefersBack reports whether an English sentence opens with a word of lexicon.BackRefs ("Of
// the total, about 70 percent ..."): it is about what the sentences before it counted.
func RefersBack(sentence string, lex *lexicon.Lexicon) bool { return BackRef(sentence, lex) != "" }

// BackRef returns the words of lexicon.BackRefs that an English sentence opens with ("Of
// the total"), or "".
func BackRef(sentence string, lex *lexicon.Lexicon) string {
	for _, p := range lex.Words(lexicon.BackRefs) {
		if len(sentence) >= len(p) && strings.EqualFold(sentence[:len(p)], p) &&
			(len(sentence) == len(p) || strings.IndexByte(", .;", sentence[len(p)]) >= 0) { // "produces half of that."
			return p
		}
	}
	return ""
}

// paragraphBefore is the part of the text before a sentence that is in its paragraph: a
// new paragraph starts a new subject ("3,000 workers" after a paragraph about papers is not
// about papers).
func paragraphBefore(context string) string {
	if i := strings.LastIndexByte(context, '\n'); i >= 0 {
		return context[i+1:]
	}
	return context
}

// mayHoldNumber is a cheap test that text might state a number: a digit, a word of the
// lexicon that can start a number, in any case, or Korean. It may say yes wrongly, never no.
func mayHoldNumber(text string, lex *lexicon.Lexicon) bool {
	if IndexDigit(text) >= 0 {
		return true
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c >= 0xEA && c <= 0xED && startsHangul(text[i:]) {
			return true // Korean: a native number word ("두 명") or "절반" may be anywhere
		}
		if !asciiLetters[c] {
			i++
			continue
		}
		if lex.StartLetter(c) && lex.MayStartNumber(text[i:]) { // a word starts at i
			return true
		}
		for i++; i < len(text) && asciiLetters[text[i]]; i++ {
		}
	}
	return false
}

var asciiLetters = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()
