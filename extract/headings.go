package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
)

// headingShape reports whether sentence sp of text looks like a heading: a paragraph of its
// own, of at most document.MaxHeadingWords words, that starts with a capital, a digit or a
// letter of a script without case (Hangul), has no number
// past its section number and does not end like a sentence ("Education", "2.3 Funding of
// research"). A data-sheet record ("Exports: $222 million (2018)") is not one: its label is
// its own context.
func headingShape(text string, sp document.Span) bool {
	if sp.Start > 0 && text[sp.Start-1] != '\n' || sp.End < len(text) && text[sp.End] != '\n' {
		return false
	}
	t := text[sp.Start:sp.End]
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".!?:;,") || strings.Contains(t, ": ") {
		return false
	}
	if words := captionWords(t); strings.IndexByte(words, ' ') > 0 && IndexDigit(words[strings.IndexByte(words, ' '):]) >= 0 {
		return false // a number after the first word: no heading, unless it is the caption's year
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsDigit(r) && !document.StartsLikeHeading(r) {
		return false // a capital, a digit, or a letter of a script without case ("연구 인력")
	}
	return strings.Count(t, " ") < document.MaxHeadingWords
}

// IsHeading reports whether sentence sp of view v is a heading, whether or not a section of
// prose follows it: marked as one (a markdown heading, an HTML page's <h2>) or shaped like
// one (headingShape).
func IsHeading(v *document.View, sp document.Span) bool {
	return v.MarkedHeading(sp.Start) || headingShape(v.Text, sp)
}

// captionWords is heading t without the period a caption may name at its end, which is no
// number of its own ("Freshman places filled, by region (2025)").
func captionWords(t string) string {
	if open := strings.LastIndexByte(t, '('); open > 0 && strings.HasSuffix(t, ")") && open+5 < len(t) &&
		isYearDigits(t[open+1:open+5]) {
		return strings.TrimRight(t[:open], " ")
	}
	return t
}

// isProse reports whether a sentence is running prose: document.MaxHeadingWords words or more and at
// most two numbers, where a flattened table's row has many, or a sentence ended by a full
// stop with four words for each of its few numbers ("Kim Il-sung University is the largest, with about
// 16,000 students and 2,000 teaching staff in 2015.").
func isProse(sentence string) bool {
	sentence = withoutCitationMarks(sentence)
	if document.KoreanSentence(sentence) {
		return true // "응답률은 87.4%였다.": a predicate's ending, which no table's row has
	}
	words := strings.Count(sentence, " ") + 1
	if words < document.MaxHeadingWords {
		return false
	}
	runs := DigitRuns(sentence) - yearRuns(sentence) // "rose from 2,410 in 2019 to 4,870 in 2023."
	return runs <= 2 || runs <= 4 && strings.HasSuffix(sentence, ".") && !strings.HasSuffix(sentence, "est.") && words >= 4*runs
}

// withoutCitationMarks returns sentence without the bracketed numbers of its citations
// ("...of the previous month.[7]", "rose by 6%[5] a year"): they are no numbers of the
// prose, and an encyclopedia's sentence ends with its full stop before them.
func withoutCitationMarks(sentence string) string {
	if i := strings.IndexByte(sentence, '['); i < 0 || !citationMarkAt(sentence, i) && !strings.Contains(sentence[i+1:], "[") {
		return sentence // most sentences: the cheap test first
	}
	var b strings.Builder
	b.Grow(len(sentence))
	for i := 0; i < len(sentence); i++ {
		if sentence[i] == '[' && citationMarkAt(sentence, i) {
			i = strings.IndexByte(sentence[i:], ']') + i
			continue
		}
		b.WriteByte(sentence[i])
	}
	return b.String()
}

// citationMarkAt reports whether sentence has a citation mark ("[7]") at offset i.
func citationMarkAt(sentence string, i int) bool {
	j := i + 1
	for j < len(sentence) && isDigit(sentence[j]) {
		j++
	}
	return j > i+1 && j < len(sentence) && sentence[j] == ']'
}

// yearRuns counts the years a sentence names after a word ("in 2019", "to 2023"): prose
// dates its numbers, where a table's header row lists its years alone.
func yearRuns(s string) int {
	n := 0
	for i := 0; i+4 <= len(s); i++ {
		if i >= 2 && s[i-1] == ' ' && isLetter(s[i-2]) && isYearDigits(s[i:i+4]) && !grouped(s, i+4) {
			n++
		}
	}
	return n
}

// grouped reports whether the digits of s before offset i go on after it: more digits, or
// a separator and more ("2,410", "2019.5").
func grouped(s string, i int) bool {
	return i < len(s) && (isDigit(s[i]) || (s[i] == ',' || s[i] == '.') && i+1 < len(s) && isDigit(s[i+1]))
}

// isLetter reports whether b is an ASCII letter.
func isLetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// headingTracker follows the headings a figure's sentence stands under. A heading followed
// by prose opens a section and holds until the next one. One followed by a table's rows (a
// caption, a column header: "Estimated no. of graduates") holds only until prose resumes, so
// that a table's column never becomes the context of the pages after it.
type headingTracker struct {
	title            string // the document's first line, when it opens a section: the page's title
	section, caption string
	seen             bool // a sentence has been observed: the next cannot be the title
}

// observe updates the tracker with sentence si of sents. Every sentence passes here, most
// of them without a number: only paragraph boundaries are looked at for most, and the words
// of a sentence are counted only when a caption may end.
func (h *headingTracker) observe(v *document.View, sents []document.Span, si int, lex *lexicon.Lexicon) {
	text, sp := v.Text, sents[si]
	first := !h.seen
	h.seen = true
	if words, ok := tableCaption(text[sp.Start:sp.End], lex); ok {
		h.caption = words // "Table 1. Joint projects by field, 2000–2015": the rows under it
		return
	}
	switch shape := headingShape(text, sp); {
	case v.MarkedHeading(sp.Start) || shape && (opensSection(v, sents, si) || nextPart(h.section, text[sp.Start:sp.End])):
		h.section, h.caption = text[sp.Start:sp.End], ""
		if first && partNumbers(h.section) == nil {
			h.title = h.section // "1. Overview" is a first part, no title
		}
	case shape || fieldOverParts(text, sents, si):
		h.caption = text[sp.Start:sp.End]
	case h.caption != "" && !isTableLine(text[sp.Start:sp.End]) && isProse(text[sp.Start:sp.End]):
		h.caption = "" // prose ends a caption's table; a header of many words does not ("| Funding (KRW billion) |")
	}
}

// fieldOverParts reports whether sentence si is a data sheet's field name on its own line
// over the lines that give its parts ("Unemployment, youth ages 15-24" over "total: 5.9%"):
// the caption of those lines, numbers and commas and all.
func fieldOverParts(text string, sents []document.Span, si int) bool {
	// The next line first: most sentences are prose, and no part of a record follows them.
	return si+1 < len(sents) && document.SubRecordLabel(text[sents[si+1].Start:sents[si+1].End]) != "" &&
		document.FieldHeading(text[sents[si].Start:sents[si].End]) != ""
}

// tableCaption returns the words of a table's caption, a line that opens with the table's
// reference and number ("Table 1. Joint projects by field", "<표 1> 소프트웨어 분야 졸업생
// 현황"), without them, and whether the sentence is one.
func tableCaption(t string, lex *lexicon.Lexicon) (string, bool) {
	if t == "" || t[0]|0x20 != 't' && t[0] != '<' && t[0] != '[' && t[0] != '(' && !strings.HasPrefix(t, "표") {
		return "", false // most sentences: the cheap test first
	}
	ref, words, marked, ok := document.NumberedCaption(t, lex)
	if !ok || !strings.EqualFold(ref, "table") && ref != "표" || !marked && strings.HasSuffix(t, ".") {
		return "", false // "Table 1." against "Table 1 shows ..."
	}
	return words, words != ""
}

// isTableCaption reports whether sentence t is a table's caption (see tableCaption).
func isTableCaption(t string, lex *lexicon.Lexicon) bool {
	_, ok := tableCaption(t, lex)
	return ok
}

// captionOf makes the words of a table's caption that ends with its unit ("Table 2:
// Graduates by programme (persons)") the caption the table's rows stand under.
func (h *headingTracker) captionOf(sentence string) {
	if open := strings.LastIndexAny(sentence, "(["); open > 0 {
		if words := strings.TrimSpace(sentence[:open]); words != "" {
			h.caption = words
		}
	}
}

// OpensSection reports whether sentence si of sents, in view v, is a heading that opens a
// section: one followed by prose, which stands under it until the next.
func OpensSection(v *document.View, sents []document.Span, si int) bool {
	return v.MarkedHeading(sents[si].Start) || headingShape(v.Text, sents[si]) && opensSection(v, sents, si)
}

// opensSection reports whether the heading-shaped sentence si is followed by prose: the
// sentence after it, or the one after that when a short sentence of its own opens the
// section ("Criticism" / "Labour groups have criticised its hours." / a long one). A heading
// with a blank line after it over a caption set tight over its rows heads them, and the prose
// after them: "Funding" over "Funding (2022)" and its records, then the sentences on income.
// (Lines set a blank line apart, as a PDF's text may be throughout, are no such caption: a
// table's column header "No. of students per school year" heads no section.)
func opensSection(v *document.View, sents []document.Span, si int) bool {
	if si+1 >= len(sents) {
		return false
	}
	text := v.Text
	next := text[sents[si+1].Start:sents[si+1].End]
	if isProse(next) {
		return true
	}
	if v.AfterBlankLine(sents[si+1].Start) && headingShape(text, sents[si+1]) &&
		si+2 < len(sents) && !v.AfterBlankLine(sents[si+2].Start) {
		return true
	}
	return si+2 < len(sents) && shortSentence(next) && isProse(text[sents[si+2].Start:sents[si+2].End])
}

// shortSentence reports whether t is a sentence too short to be counted as prose alone: a
// few words ending with a full stop, with four words or more for each of its numbers, as
// in isProse ("Evaluators interviewed 23 former participants in 2013."), where a data
// sheet's record ends with "est." and a table's row has a number in most cells.
func shortSentence(t string) bool {
	words := strings.Count(t, " ") + 1
	return strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "est.") && words >= 3 &&
		words >= 4*(DigitRuns(t)-yearRuns(t))
}

// nextPart reports whether the heading t numbers the part that comes after the one the
// current section heading numbers: the next at its depth or above ("2. Training abroad"
// after "1. Overview", "4. Costs" after "3.2 Staff") or its first sub-part ("3.1 Staff"
// after "3. Results"). It is a section of its own, though a table follows it rather than prose.
func nextPart(section, t string) bool {
	a, b := partNumbers(section), partNumbers(t)
	switch {
	case len(a) == 0 || len(b) == 0:
		return false
	case len(b) == len(a)+1:
		return slices.Equal(a, b[:len(a)]) && b[len(a)] == 1
	case len(b) <= len(a):
		last := len(b) - 1
		return slices.Equal(a[:last], b[:last]) && b[last] == a[last]+1
	}
	return false
}

// partNumbers returns the numbers of a heading's leading part number ("3.2 Costs": 3, 2),
// or nil.
func partNumbers(heading string) []int {
	w, _, _ := strings.Cut(heading, " ")
	if !document.PartNumber(w) || !isDigit(w[0]) {
		return nil
	}
	var out []int
	for _, f := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil
		}
		out = append(out, n)
	}
	return out
}

// context returns the heading context of the figures of the sentence last observed, whose
// data-sheet label (recordLabel) is label: the document's title, the heading of their
// section and the caption they stand under, then the label, which names the measure as a
// heading would. A section stands under the title as a chapter under its book's: "History"
// of a page "Hyperauthorship" is the history of hyperauthorship.
func (h *headingTracker) context(label string) string {
	parts := make([]string, 0, 4)
	for _, p := range []string{h.over(), h.section, h.caption, label} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ": ")
}

// over returns the document's title when the current section is another, which it stands
// over, else "" (the title's own section, or no title).
func (h *headingTracker) over() string {
	if h.title == h.section {
		return ""
	}
	return h.title
}

// DigitRuns counts the runs of digits in s: a table's row has many, prose few.
func DigitRuns(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) && (i == 0 || !isDigit(s[i-1]) && s[i-1] != ',' && s[i-1] != '.') {
			n++
		}
	}
	return n
}
