package normalize

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/schemas"
)

// Normalize turns the figures found in one source into figure rows: an id from their content
// (see FigureID), the category from the lexicon and the document's topic (see Category), the
// year the sentence states and a best-effort subject.
func Normalize(src *schemas.Source, figs []extract.Figure, topic Topic, lex *lexicon.Lexicon) []schemas.Figure {
	return NewNormalizer(src, topic, lex).Rows(make([]schemas.Figure, 0, len(figs)), figs)
}

// Normalizer is Normalize on a source's figures given a run of sentences at a time, in
// order: a figure's id counts the sentences before it (see Identifier).
type Normalizer struct {
	src   *schemas.Source
	topic Topic
	lex   *lexicon.Lexicon
	ids   *Identifier

	// A sentence's figures come one after another: what depends on the sentence alone is
	// worked out once for all of them.
	lastSentence, sentence, masked string
	sentenceVotes                  tally
	names                          sentenceNames // of masked
	// So do a heading's, most of all in a long table under one heading; a table's rows
	// ("Caption: Row label") share all but the label (see headingVotes).
	lastHeading, lastLead   string
	headingVotes, leadVotes tally
}

// NewNormalizer returns a Normalizer for the figures of src, whose topic is topic.
func NewNormalizer(src *schemas.Source, topic Topic, lex *lexicon.Lexicon) *Normalizer {
	return &Normalizer{src: src, topic: topic, lex: lex, ids: NewIdentifier(src.SourceID)}
}

// UseTopic sets the topic of the figures given next: a long document read in sections (see
// pipeline's sections) has each section's measured on its own, with the document's offsets
// (see Topic.Moved).
func (n *Normalizer) UseTopic(topic Topic) { n.topic = topic }

// Rows appends the rows of figs, the figures that follow those given before, to rows.
func (n *Normalizer) Rows(rows []schemas.Figure, figs []extract.Figure) []schemas.Figure {
	src, lex := n.src, n.lex
	for _, f := range figs {
		if f.Sentence != n.lastSentence || n.lastSentence == "" {
			n.lastSentence, n.masked = f.Sentence, WithoutCitations(f.Sentence)
			n.sentence = strings.Clone(f.Sentence) // not a slice of the view, which may then go
			n.sentenceVotes = votes(f.Sentence, 1, lex)
			n.names = newSentenceNames(nameSpans(n.masked, lex))
		}
		if f.Heading != n.lastHeading {
			n.lastHeading = f.Heading
			lead, last := "", f.Heading
			if i := strings.LastIndex(f.Heading, ": "); i >= 0 {
				lead, last = f.Heading[:i], f.Heading[i+len(": "):]
			}
			if lead != n.lastLead {
				n.lastLead, n.leadVotes = lead, headingVotes(lead, lex)
			}
			n.headingVotes = n.leadVotes
			n.headingVotes.add(headingVotes(last, lex))
		}
		r := schemas.Figure{
			FigureID:      n.ids.Next(f.Sentence, int64(f.SentenceStart), f.Text),
			SourceID:      src.SourceID,
			Start:         int64(f.Start),
			End:           int64(f.End),
			Text:          f.Text,
			Qualifier:     f.Qualifier,
			Unit:          f.Unit,
			UnitInferred:  f.UnitInferred,
			Counted:       schemas.Optional(strings.Clone(f.Counted)),
			Category:      categoryOf(f, n.sentenceVotes, n.headingVotes, n.topic, lex),
			Sentence:      n.sentence,
			SentenceStart: int64(f.SentenceStart),
			SentenceEnd:   int64(f.SentenceEnd),
			Review:        "auto",
		}
		if f.IsRange {
			r.ValueLow, r.ValueHigh = new(f.Low), new(f.High)
		} else {
			r.Value = new(f.Value)
		}
		if y := f.ColumnYear; y >= schemas.MinYear && y <= schemas.MaxYear {
			r.Year = new(int32(y)) // a table's cell: its column's year, whatever its row states
		} else if y, ok := yearOf(n.masked, f.InSentence, lex); ok && y >= schemas.MinYear && y <= schemas.MaxYear {
			// A year of the 19th century in the sentence ("founded in 1885", a table row's)
			// dates something else, or a time the schema's years do not reach: the figure
			// stands without one rather than being rejected for it.
			r.Year = new(int32(y))
		}
		r.Subject = schemas.Optional(strings.Clone(subjectIn(n.masked, &n.names, f.InSentence, lex)))
		if f.Page > 0 {
			r.Page = new(int32(f.Page))
		}
		rows = append(rows, r)
	}
	return rows
}

var (
	periodRE = regexp.MustCompile(`(?i)\b(?:from|between)?\s*(?:[A-Z][a-z]+\.?\s+)?(1[89]\d\d|20\d\d)\s*(?:to|and|–|-|until|till)\s*(?:[A-Z][a-z]+\.?\s+)?(1[89]\d\d|20\d\d)\b`)
)

// SentenceYear returns the year the figure at fig refers to, from its sentence:
// the stated year nearest the figure, where a period ("from 1995 to 1997") counts as its
// end year, and citation years ("(Vladimir, 2003)") do not count.
func SentenceYear(sentence string, fig document.Span, lex *lexicon.Lexicon) (int, bool) {
	return yearOf(WithoutCitations(sentence), fig, lex)
}

// yearOf is SentenceYear on a sentence whose citations are blanked already.
func yearOf(sentence string, fig document.Span, lex *lexicon.Lexicon) (int, bool) {
	if !HasYear(sentence) {
		return 0, false // the cheap test first: the regular expressions below cost
	}
	at := fig.Start
	masked := []byte(sentence)
	blank := func(a, b int) {
		for i := a; i < b; i++ {
			masked[i] = ' '
		}
	}
	blank(fig.Start, fig.End)                  // the figure's own number is not its year
	type mention struct{ pos, year, from int } // from: where its words start, a period's first year
	var ms []mention
	s := string(masked)
	if len(YearSpans(s)) >= 2 { // a period needs two years
		for _, m := range periodRE.FindAllStringSubmatchIndex(s, -1) {
			y, _ := strconv.Atoi(s[m[4]:m[5]])
			ms = append(ms, mention{m[4], y, m[2]})
			blank(m[0], m[1])
		}
		s = string(masked)
	}
	for _, m := range YearSpans(s) {
		if m[0] > 0 && (s[m[0]-1] == ',' || s[m[0]-1] == '.') || m[1] < len(s) && s[m[1]] == ',' && m[1]+1 < len(s) && unicode.IsDigit(rune(s[m[1]+1])) {
			continue // part of a number: "12,2005"
		}
		if lex.Korean().CountsAfterDigits(s[m[1]:]) {
			continue // "2000명", "1만 2000개": a count with its Korean counter
		}
		y, _ := strconv.Atoi(s[m[0]:m[1]])
		if end, ok := shortPeriodEnd(s[m[1]:], y); ok {
			y = end // "for 2021-22", "the 2020/21 academic year": a period counts as its end year
		}
		ms = append(ms, mention{m[0], y, m[0]})
	}
	best, dist := 0, -1
	for _, m := range ms {
		if m.pos > fig.End && comparesBefore(sentence[fig.End:m.pos], lex) {
			continue // "1,500 left last year, up from 900 in 2019": the year of what it is compared with
		}
		if m.from > fig.End && yearOfFigureAfter(sentence[fig.End:m.from]) {
			// "12 papers in 2021, 15 in 2022", "1,720 in 2016–2020": the year its own phrase
			// names, however near the one before
			return m.year, true
		}
		d := m.pos - at
		if d < 0 {
			d = -d
		}
		if dist < 0 || d < dist {
			best, dist = m.year, d
		}
	}
	return best, dist >= 0
}

// shortPeriodEnd returns the end year of a period written with the last two digits of its
// end after a year y and a dash or a slash, rest being what follows y ("-22" after 2021,
// "/00" after 1999), and whether rest starts with one.
func shortPeriodEnd(rest string, y int) (int, bool) {
	for _, sep := range []string{"-", "–", "/"} {
		after, ok := strings.CutPrefix(rest, sep)
		if !ok {
			continue
		}
		if len(after) < 2 || !isDigitByte(after[0]) || !isDigitByte(after[1]) || len(after) > 2 && isDigitByte(after[2]) {
			return 0, false
		}
		yy := int(after[0]-'0')*10 + int(after[1]-'0')
		end := y - y%100 + yy
		if end <= y {
			end += 100 // "1999/00"
		}
		if end-y > 5 {
			return 0, false // "2021-45" reads as no period of a few years
		}
		return end, true
	}
	return 0, false
}

// comparesBefore reports whether the words between a figure and a year after it compare the
// figure with another value, which the year dates ("up from", "than": lexicon.ComparedWith).
func comparesBefore(between string, lex *lexicon.Lexicon) bool {
	for _, w := range lex.Words(lexicon.ComparedWith) {
		if i := strings.Index(between, w); i >= 0 && (i == 0 || between[i-1] == ' ') &&
			(i+len(w) == len(between) || between[i+len(w)] == ' ') {
			return true
		}
	}
	return false
}

// yearOfFigureAfter reports whether the words between a figure and a year after it make
// the year the figure's own: a preposition of time last, a counted noun or two before it,
// no clause break ("15 in ", "12 papers in ", "$3 million for ").
func yearOfFigureAfter(between string) bool {
	if strings.ContainsAny(between, ",;:()") {
		return false
	}
	words := strings.Fields(between)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	switch words[len(words)-1] {
	case "in", "for", "by":
		return true
	}
	return false
}

// YearSpans finds the years 1800–2099 that stand as words of their own (as \b(1[89]\d\d|20\d\d)\b would),
// without a regular expression, which would cost on every figure's sentence.
func YearSpans(s string) [][2]int {
	var out [][2]int
	isWord := func(c byte) bool { return isDigitByte(c) || c|0x20 >= 'a' && c|0x20 <= 'z' || c == '_' }
	for i := 0; i+4 <= len(s); i++ {
		if !yearAt(s, i) {
			continue
		}
		if (i == 0 || !isWord(s[i-1])) && (i+4 == len(s) || !isWord(s[i+4])) {
			out = append(out, [2]int{i, i + 4})
			i += 3
		}
	}
	return out
}

// HasYear reports whether s has four digits that read 1800–2099 anywhere, even inside a
// word ("2003a"): the quick test before the expressions that find years and citations.
// Every sentence of a corpus passes through it, and most hold no digit at all.
func HasYear(s string) bool {
	return anyYear(s, func(int) bool { return true })
}

// anyYear reports whether s has a year (see yearAt) for which ok, given the year's end, holds.
// It goes from digit to digit, which IndexDigit finds eight bytes at a time.
func anyYear(s string, ok func(end int) bool) bool {
	for i := extract.IndexDigit(s); i >= 0 && i+4 <= len(s); {
		if yearAt(s, i) && ok(i+4) {
			return true
		}
		j := extract.IndexDigit(s[i+1:])
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// yearAt reports whether s[i:i+4] reads 1800–2099.
func yearAt(s string, i int) bool {
	c := s[i]
	return (c == '1' && (s[i+1] == '8' || s[i+1] == '9') || c == '2' && s[i+1] == '0') &&
		isDigitByte(s[i+2]) && isDigitByte(s[i+3])
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// Subject is a best-effort guess at who or what a figure is about: the nearest name before
// the figure in its sentence ("ROK Ministry of Information", "Nikkei Asia", "Orascom"), else
// the first after it. Citations, words capitalised only because they open the sentence,
// nationality adjectives ("Russian") and generic acronyms ("IT") are not names.
func Subject(sentence string, fig document.Span, lex *lexicon.Lexicon) string {
	return subjectOf(WithoutCitations(sentence), fig, lex)
}

// subjectOf is Subject on a sentence whose citations are blanked already.
func subjectOf(s string, fig document.Span, lex *lexicon.Lexicon) string {
	if name := LastName(s[:fig.Start], true, lex); name != "" {
		return name
	}
	return firstName(s[fig.End:], lex)
}

// subjectIn is subjectOf with the name spans of the whole sentence s worked out once for
// all its figures, and the name each span gives read once when a figure first asks (a data
// sheet's row holds dozens of figures, and reading the runs of capitalised words before each
// figure anew is quadratic in the row). A run that spans the figure's start or end would be
// read otherwise in the part before or after it alone: then subjectOf decides.
func subjectIn(s string, names *sentenceNames, fig document.Span, lex *lexicon.Lexicon) string {
	for _, m := range names.spans {
		if m[0] < fig.Start && fig.Start < m[1] || m[0] < fig.End && fig.End < m[1] {
			return subjectOf(s, fig, lex)
		}
	}
	for i := len(names.spans) - 1; i >= 0; i-- {
		if names.spans[i][1] <= fig.Start {
			if name, ok := names.read(s, i, true, lex); ok {
				return name
			}
		}
	}
	for i, m := range names.spans {
		if m[0] >= fig.End {
			if name, ok := names.read(s, i, false, lex); ok {
				return name
			}
		}
	}
	return ""
}

// sentenceNames are the runs of capitalised words of a sentence (nameSpans) and the names
// they give, each read on first use. A run's name depends on the run and on whether it may
// open the sentence, not on the figure it is read for: nameOf on the words before a figure
// reads no further than the run's end, and after one, only the run.
type sentenceNames struct {
	spans         [][2]int
	before, after []spanName // by span: its name as read before a figure, and after one
}

type spanName struct {
	name       string
	ok, isRead bool
}

func newSentenceNames(spans [][2]int) sentenceNames {
	return sentenceNames{spans: spans, before: make([]spanName, len(spans)), after: make([]spanName, len(spans))}
}

// read returns the name span i of s gives, read before a figure (atStart: the sentence's
// first word may be capitalised by position only) or after one.
func (n *sentenceNames) read(s string, i int, before bool, lex *lexicon.Lexicon) (string, bool) {
	sn := &n.after[i]
	if before {
		sn = &n.before[i]
	}
	if !sn.isRead {
		sn.name, sn.ok = nameOf(s, n.spans[i], before, lex)
		sn.isRead = true
	}
	return sn.name, sn.ok
}

// hyphenLower matches "IT-related": an acronym joined to a lower-case word is an adjective.
var hyphenLower = regexp.MustCompile(`-\p{Ll}`)

// LastName returns the last run of capitalised words of s that can be a subject, found
// from the end: a sentence's figures and events want only the name nearest before them.
// atStart says that s starts the sentence, whose first word is capitalised whatever it is.
func LastName(s string, atStart bool, lex *lexicon.Lexicon) string {
	spans := nameSpans(s, lex)
	for i := len(spans) - 1; i >= 0; i-- {
		if name, ok := nameOf(s, spans[i], atStart, lex); ok {
			return name
		}
	}
	return ""
}

// firstName returns the first run of capitalised words of s that can be a subject.
func firstName(s string, lex *lexicon.Lexicon) string {
	for _, m := range nameSpans(s, lex) {
		if name, ok := nameOf(s, m, false, lex); ok {
			return name
		}
	}
	return ""
}

// nameOf returns the name the run of capitalised words s[m[0]:m[1]] gives, if it gives one.
func nameOf(s string, m [2]int, atStart bool, lex *lexicon.Lexicon) (string, bool) {
	words := strings.Fields(s[m[0]:m[1]])
	if atStart && strings.TrimSpace(s[:m[0]]) == "" && len(words) > 0 && !isAcronym(words[0]) &&
		(len(words) == 1 || openingWord(words[0], lex)) {
		words = words[1:] // "There", "Moreover", "During": capitalised by position only
	}
	for len(words) > 0 && (words[0] == "of" || words[0] == "and" || words[0] == "the" || words[0] == "The" || words[0] == "A" || words[0] == "An") {
		words = words[1:]
	}
	for len(words) > 0 && (words[len(words)-1] == "of" || words[len(words)-1] == "and" || words[len(words)-1] == "the") {
		words = words[:len(words)-1]
	}
	if len(words) == 0 || isMonth(words[0], lex) {
		return "", false
	}
	if len(words) > 6 {
		words = words[:6]
	}
	name := strings.TrimSuffix(strings.TrimSuffix(strings.Join(words, " "), "'s"), "’s")
	if len(words) == 1 && (lex.Has(lexicon.NotSubjects, name) || hyphenLower.MatchString(name)) || allDemonyms(words) {
		return "", false
	}
	return name, true
}

// openingWord reports whether a sentence's first word is a function word or sentence adverb
// rather than the start of a name ("During", "Moreover", "Recently").
func openingWord(w string, lex *lexicon.Lexicon) bool {
	lw := strings.ToLower(w)
	return lex.Has(lexicon.Stopwords, lw) || strings.HasSuffix(lw, "ly") || lex.Has(lexicon.Openers, lw)
}

// allDemonyms reports whether a name is only nationality adjectives: "Russian and Korean".
func allDemonyms(words []string) bool {
	for _, w := range words {
		if w != "and" && !isDemonym(w) && w != "North" && w != "South" {
			return false
		}
	}
	return true
}

func isAcronym(w string) bool { return len(w) > 1 && strings.ToUpper(w) == w }

// isDemonym guesses a nationality adjective: "Russian", "Korean", "Chinese", "Japanese".
func isDemonym(w string) bool {
	return strings.HasSuffix(w, "ian") || strings.HasSuffix(w, "ean") || strings.HasSuffix(w, "ese") ||
		strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "can")
}

func isMonth(w string, lex *lexicon.Lexicon) bool {
	return lex.HasFold(lexicon.Months, strings.TrimSuffix(w, "."))
}
