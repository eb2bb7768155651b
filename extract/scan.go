package extract

import (
	"math"
	"strings"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/schemas"
)

// Figure is one quantity stated in a document.
type Figure struct {
	Start, End int    // byte offsets of the figure's words in the raw file, end exclusive
	Text       string // the raw words at [Start, End), white space collapsed

	Value     float64 // in base units; meaningless for a range
	Low, High float64 // the ends of a range
	IsRange   bool

	Qualifier    string // exact, approx, more_than, at_least, up_to, less_than, range
	Unit         string // ISO 4217 code, percent, people, papers, projects, units, years, months, days, count
	UnitInferred bool   // the currency was inherited from an earlier amount of the same list
	Counted      string // the counted noun phrase, as written

	Sentence      string        // the sentence, from the analysis view
	InSentence    document.Span // where the figure stands in Sentence
	Context       string        // the two sentences before Sentence in its paragraph, for context rules
	Heading       string        // the heading of the figure's section, or its data-sheet label ("Literacy")
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
	lex := v.Lexicon()
	// About one figure per two kilobytes of prose: sized once for most documents, where
	// growing from nothing would copy these large records again and again.
	figs := make([]Figure, 0, len(v.Text)/2048+8)
	sents := v.SentenceSpans()
	var toks []token // reused from sentence to sentence
	var tables tableTracker
	var headings headingTracker
	for si, sp := range sents {
		headings.observe(v.Text, sents, si)
		next := ""
		if si+1 < len(sents) {
			next = v.Text[sents[si+1].Start:sents[si+1].End]
		}
		row := tables.row(v.Text[sp.Start:sp.End], sp.Start, next)
		if !mayHoldNumber(v.Text[sp.Start:sp.End], lex) {
			continue // most sentences state no number: skip tokenizing them
		}
		toks = tokenizeInto(toks[:0], v.Text[sp.Start:sp.End], sp.Start)
		label := document.RecordLabel(v.Text[sp.Start:sp.End])
		s := &scanner{lex: lex, text: v.Text, sent: sp, toks: toks, table: row, label: label}
		found := s.scan()
		heading := ""
		if len(found) > 0 {
			heading = headings.context(label)
		}
		inheritCurrency(found)
		for _, c := range found {
			start, end := v.RawStart(c.start), v.RawEnd(c.end)
			figs = append(figs, Figure{
				Start: start, End: end, Text: schemas.CollapseSpace(string(raw[start:end])),
				Value: c.value, Low: c.low, High: c.high, IsRange: c.isRange,
				Qualifier: c.qualifier, Unit: c.unit, UnitInferred: c.inferred, Counted: c.counted,
				Sentence:      v.Text[sp.Start:sp.End],
				Context:       paragraphBefore(v.Text[sents[max(0, si-2)].Start:sp.Start]),
				Heading:       heading,
				InSentence:    document.Span{Start: c.start - sp.Start, End: c.end - sp.Start},
				SentenceStart: v.RawStart(sp.Start), SentenceEnd: v.RawEnd(sp.End),
				Page: v.PageAt(c.start),
			})
		}
	}
	return figs
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

func isASCIILetter(c byte) bool { return asciiLetters[c] }

// candidate is a figure being assembled, in view offsets.
type candidate struct {
	start, end int
	value      float64
	low, high  float64
	isRange    bool
	qualifier  string
	unit       string
	inferred   bool
	counted    string
	scaled     bool // carried a scale word or suffix ("38M"), so it is an amount even without a noun
}

// scanner finds the figures of one sentence.
type scanner struct {
	lex   *lexicon.Lexicon
	text  string // the whole view text
	sent  document.Span
	toks  []token
	table *tableRow // when the sentence is a data row of a markdown table
	label string    // when the sentence is a data-sheet record, its label (see recordLabel)
}

// number is a number parsed from tokens [i, j).
type number struct {
	i, j     int
	value    float64
	scale    float64 // the scale word or suffix applied, 1 when none
	word     bool    // spelled out
	fraction bool    // "one-tenth": a share, in percent points
	duration string  // "three-year": the unit the hyphenated word carries
	plain    bool    // bare digits: no separators, decimals or scale (so possibly a year or label)
}

func (s *scanner) scan() []candidate {
	var out []candidate
	for i := 0; i < len(s.toks); {
		// Only a number, or a word that can start one ("twelve", "a dozen", "twice"), can
		// start a figure: pass the rest without the work of trying.
		if t := &s.toks[i]; t.kind == tokPunct || t.kind == tokWord && !s.lex.MayStartNumber(s.text[t.start:s.sent.End]) &&
			!s.lex.Korean().StartsNumber(t.text) {
			i++
			continue
		}
		c, next, ok := s.figureAt(i)
		if ok {
			out = append(out, c)
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	return out
}

// figureAt tries to read a figure starting with the number at token i. It returns the
// token index to continue from, past everything the attempt consumed.
func (s *scanner) figureAt(i int) (candidate, int, bool) {
	if c, next, ok, handled := s.koreanFigureAt(i); handled {
		return c, next, ok
	}
	if c, next, ok := s.twice(i); ok {
		return c, next, true
	}
	n, ok := s.parseNumber(i)
	if !ok || s.isLabel(n) {
		return candidate{}, i + 1, false
	}
	c := candidate{start: s.toks[n.i].start, end: s.toks[n.j-1].end, value: n.value, scaled: n.scale != 1}
	j := n.j
	if n.fraction {
		c.unit = "percent"
	}
	if j < len(s.toks)-1 && s.toks[j].text == "-" && strings.EqualFold(s.toks[j+1].text, "fold") && s.toks[j].attachedTo(s.toks[j-1]) {
		// "3.4-fold": a ratio, like "twice"
		c.end, c.unit, c.counted, c.qualifier = s.toks[j+1].end, "count", "times", s.qualify(&c)
		return c, j + 2, true
	}
	if u, ok := s.durationSuffix(j); ok && n.duration == "" && n.scale == 1 {
		n.duration = u // "11-year", "24-hour": a duration written as an adjective
		c.end, j = s.toks[j+1].end, j+2
		n.j = j
	}
	if n.duration != "" {
		c.unit = n.duration
	}
	// "one in four": a share.
	if r, ok := s.ratio(n); ok {
		c.value, c.unit, c.end, j = 100*n.value/r.value, "percent", s.toks[r.j-1].end, r.j
		c.counted = s.countedAfter(j, false, true)
		c.qualifier = s.qualify(&c)
		return c, j, true
	}
	j = s.unitAfter(&c, j)
	if code, start, ok := s.currencyBefore(c.start); ok {
		c.unit, c.start = code, start
	}
	// A range: "150–200", "70-80", "between 700,000 and 800,000", "26% to 66 %", "one- to three-year".
	if hi, hj, ok := s.rangeEnd(n, j, c.start); ok {
		if n.plain && hi.plain && isYear(n.value) && isYear(hi.value) {
			return candidate{}, hj, false // a period, "1994-1995", not a quantity
		}
		if r, rj, ok := s.asRange(c, n, hi, hj); ok {
			c, j = r, rj
		}
		// Otherwise two figures ("gave $5 million to 300 schools", "from 2% to 5%"): this
		// one ends here, and the number after the separator gets its own chance.
	} else if n.plain && j == n.j && s.chained(n.j) {
		return candidate{}, n.j + 2, false // "2-3-1", a section number
	}
	post := ""
	j, post = s.postQualify(&c, j)
	if c.unit == "" || schemas.IsDuration(c.unit) {
		c.counted = s.countedAfter(j, n.word && n.value == 1, false)
		if c.unit == "" {
			c.unit = s.unitOf(c.counted)
		}
	} else if schemas.IsCurrency(c.unit) {
		c.counted = strings.TrimPrefix(s.countedAfter(j, false, false), "worth of ")
	} else {
		k := j
		if k < len(s.toks) && s.toks[k].text == ")" && n.i > 0 && s.toks[n.i-1].text == "(" {
			k++ // "94 (85%) of the papers": the share in parentheses counts what follows
		}
		c.counted = s.countedAfter(k, false, c.unit == "percent")
	}
	if tok := s.toks[n.i]; c.counted != "" && s.capitalised(c.counted) && s.unitOf(c.counted) == "count" &&
		(tok.grouped || tok.frac && n.i > 0) {
		// "Mirim University 1984 5 years 100 2,900 Kim Chaek Univ.": a written amount in a
		// flattened table runs into the next row's name, which it does not count.
		c.counted = ""
	}
	inTable := false
	if s.table != nil && c.counted == "" {
		// A table cell counts what its column's header names.
		if h := s.table.column(c.start); h != "" {
			c.counted, inTable = h, true
			if c.unit == "" || c.unit == "count" {
				c.unit = s.unitOf(strings.ToLower(h))
			}
		}
	}
	if c.counted == "" && (c.unit == "" || c.unit == "count") && !(n.plain && isYear(n.value)) {
		// "a population of 25.7 million": the noun before "of" is what is counted; "the total
		// number of Russian scientists ... is estimated to exceed 450": so is the one after it.
		c.counted = s.nounOfBefore(c.start)
		if c.counted == "" {
			c.counted = s.numberOf(c.start)
		}
		if c.unit == "" && c.counted != "" {
			c.unit = s.unitOf(c.counted)
		}
	}
	if c.unit == "years" && !c.isRange {
		j = s.yearsAndMonths(&c, j)
	}
	c.qualifier = s.qualify(&c)
	if c.qualifier == "exact" && post != "" {
		c.qualifier = post
	}
	quantity := s.isQuantity(n, c)
	if inTable && !(n.plain && isYear(n.value)) {
		quantity = true // a number in a table's cell is a quantity, a year column aside
	}
	if !quantity && !c.isRange && (c.unit == "" || c.unit == "count") && !(n.plain && isYear(n.value)) {
		// A bare number that is the value of something the sentence names: a measure ("an
		// Erdős number of 2"), a data-sheet field ("Exchange rates: 135"), or a part or
		// whole of "49/67".
		if m := s.measureOf(n); m != "" {
			c.counted, quantity = m, true
		} else if f := s.recordField(n); f != "" {
			c.counted, quantity = f, true
			c.unit = s.unitOf(strings.ToLower(f))
		} else if s.fractionAt(n.i) || s.fractionAt(n.i-2) {
			quantity = true
		}
	}
	if start, ok := s.signBefore(n); ok && !c.isRange && quantity {
		c.value, c.start = -c.value, start // "-11.1%": a decrease, stored signed
	}
	if !quantity || s.isName(n, c) {
		return candidate{}, j, false
	}
	if c.isRange && s.hyphenRange(c) && !c.scaled && c.unit != "percent" && !schemas.IsCurrency(c.unit) && (c.counted == "" || s.capitalised(c.counted)) {
		return candidate{}, j, false // "2-5", "Part 3-2": section numbers
	}
	if c.unit == "" {
		c.unit = "count"
	}
	return c, j, true
}

// asRange joins the figure c, read from the number n, with the upper end hi read up to
// token hj, when the two make one range: the low end is not above the high one, both ends
// measure the same thing, and the words are not a change "from X to Y" (two values of the
// same measure, each a figure).
func (s *scanner) asRange(c candidate, n, hi number, hj int) (candidate, int, bool) {
	low := n.value
	if n.scale == 1 && hi.scale != 1 && !n.word && n.value <= hi.value/hi.scale {
		// "1.2 and 2.3 billion": the scale applies to both ends, but not to
		// "200,000 to 1.2 million", whose low end is written in full.
		low *= hi.scale
	}
	hc := candidate{start: s.toks[hi.i].start, end: s.toks[hi.j-1].end, value: hi.value}
	if hi.duration != "" {
		hc.unit = hi.duration
	}
	hj = s.unitAfter(&hc, hj)
	switch {
	case low > hc.value:
		return c, 0, false // "split 60% to 40%", "98-16" (a report number), "2010 to 312"
	case c.unit != "" && hc.unit != "" && hc.unit != c.unit,
		c.unit == "percent" && hc.unit == "" && hi.scale != 1:
		return c, 0, false // "grew 25% to KRW 4.2 trillion", "40% to 12 million"
	case s.changeFrom(c.start):
		return c, 0, false // "rose from $2 million to $5 million": a change, not a range
	}
	if hc.unit != "" {
		c.unit = hc.unit
	}
	c.isRange, c.low, c.high, c.end = true, low, hc.value, hc.end
	c.scaled = c.scaled || hi.scale != 1
	return c, hj, true
}

// changeFrom reports whether "from" stands just before view offset at, after a word that
// is not a range verb: "rose from 2% to 5%" states two values, "ranged from" one range.
func (s *scanner) changeFrom(at int) bool {
	before := strings.TrimRight(s.text[s.sent.Start:at], " ")
	if !hasSuffixFold(before, "from") || !boundaryBefore(before, len(before)-len("from")) {
		return false
	}
	before = strings.TrimRight(before[:len(before)-len("from")], " ")
	w := before[strings.LastIndexByte(before, ' ')+1:]
	return !s.lex.Has(lexicon.RangeVerbs, strings.ToLower(w))
}

// durationSuffix reports whether a hyphen and a unit of time glued to the number before
// token j follow it ("11-year", "24-hour"), and which unit.
func (s *scanner) durationSuffix(j int) (string, bool) {
	if j+1 >= len(s.toks) || s.toks[j].text != "-" || !s.toks[j].attachedTo(s.toks[j-1]) || !s.toks[j+1].attachedTo(s.toks[j]) {
		return "", false
	}
	u := s.lex.Unit(strings.ToLower(s.toks[j+1].text) + "s")
	return u, schemas.IsDuration(u)
}

// hyphenRange reports whether a range is written with a plain hyphen ("70-80").
func (s *scanner) hyphenRange(c candidate) bool {
	return strings.Contains(s.text[c.start:c.end], "-")
}

// isQuantity decides whether a number without a unit of its own is a quantity: it needs a
// counted noun, a scale, a qualifier or a range; years and labels need more.
func (s *scanner) isQuantity(n number, c candidate) bool {
	hasUnit := c.unit != "" && c.unit != "count" && !schemas.IsDuration(c.unit) || c.isRange || c.scaled
	hedged := c.qualifier != "exact" && c.qualifier != "range"
	switch {
	case n.plain && isYear(n.value) && !c.isRange && (c.unit == "" || c.unit == "count" || c.unit == s.unitOf(c.counted)):
		// "in 2001", "the 2000 joint editorials", "up to 2004": a year unless it counts
		// something the lexicon knows ("2000 students").
		u := s.unitOf(c.counted)
		return u != "count" && u != "" && !schemas.IsDuration(u) && !s.capitalised(c.counted)
	case hasUnit, n.duration != "":
		return true // "one-week": a duration written as an adjective
	case n.word && n.value == 1:
		return c.counted != "" && (hedged || s.countsOne(n))
	case c.counted != "":
		if !hedged && !n.word && s.capitalised(c.counted) && !s.listItem(n, c) {
			// "1 North Korean offensive ...", "the UN 1718 Sanctions Committee": a footnote
			// number or a name, unless the phrase leads to a noun the lexicon counts.
			return s.unitOf(c.counted) != "count"
		}
		return true
	case hedged:
		return true
	case n.i >= 2 && s.toks[n.i-1].text == "=" && strings.EqualFold(s.toks[n.i-2].text, "n"):
		return true // "52.3% (n = 535)": a sample size
	case s.wordsAt(n.j, "of", "them") || s.wordsAt(n.j, "of", "these") || s.wordsAt(n.j, "of", "those"):
		return true // "48 of them": a count of things the sentence has named
	case n.i >= 2 && (s.wordsAt(n.i-2, "up", "from") || s.wordsAt(n.i-2, "down", "from") ||
		s.wordsAt(n.i-2, "compared", "with") || s.wordsAt(n.i-2, "compared", "to")):
		return true // "up from 12 in 2016", "compared with 31": another value of the same measure
	case n.j+3 < len(s.toks) && s.toks[n.j].text == "(" && s.toks[n.j+2].text == "%" && s.toks[n.j+3].text == ")":
		return true // "52 (12.4%)": a count with its share
	default:
		// A bare number with nothing counted: only written amounts ("4,000", "3.35") stand alone.
		tok := s.toks[n.i]
		return tok.kind == tokNum && (tok.grouped || tok.frac)
	}
}

// wordsAt reports whether the tokens from k on are the words ws, in any case.
func (s *scanner) wordsAt(k int, ws ...string) bool {
	if k < 0 || k+len(ws) > len(s.toks) {
		return false
	}
	for i, w := range ws {
		if !strings.EqualFold(s.toks[k+i].text, w) {
			return false
		}
	}
	return true
}

// isStopword reports whether w ends a counted phrase. Acronyms are never stopwords ("IT").
func (s *scanner) isStopword(w string) bool {
	lw := strings.ToLower(w)
	if lw != w && strings.ToUpper(w) == w && len(w) > 1 {
		return false
	}
	return s.lex.Has(lexicon.Stopwords, lw)
}

// isName reports whether the number names a model ("486 computers").
func (s *scanner) isName(n number, c candidate) bool {
	t := s.toks[n.i]
	counted := strings.ToLower(c.counted)
	for r := range s.lex.Names() {
		if t.text == r.Number && n.j == n.i+1 && strings.HasPrefix(counted, r.Word) {
			return true
		}
	}
	return false
}

func (s *scanner) capitalised(phrase string) bool {
	r, _ := utf8.DecodeRuneInString(phrase)
	return unicode.IsUpper(r)
}

func isYear(v float64) bool { return v >= 1800 && v <= 2100 && v == float64(int(v)) }

// parseNumber reads a number starting at token i: digits, or number words, with any
// scale word or suffix after them.
func (s *scanner) parseNumber(i int) (number, bool) {
	t := s.toks[i]
	n := number{i: i, j: i + 1, scale: 1}
	switch t.kind {
	case tokNum:
		if !(t.value < maxDigits) {
			return n, false // sixteen digits or more, or beyond float64: an identifier, not a quantity
		}
		n.value = t.value
		if suffix := t.suffix(); suffix != "" {
			sc, ok := s.lex.Scale(suffix)
			if !ok || !sc.Suffix {
				return n, false // "10th", "1990s", "3G", "14일": ordinals, decades, names
			}
			n.scale = sc.Factor
		}
		if i > 0 && s.toks[i-1].kind == tokWord && t.attachedTo(s.toks[i-1]) {
			return n, false // "Komiyama1": a footnote marker glued to a word
		}
		n.plain = t.plain()
	case tokWord:
		if !s.parseWordNumber(&n) {
			return n, false
		}
	default:
		return n, false
	}
	// lexicon.Scale words after the number: "two million", "500 thousand", "1.2 billion".
	for n.j < len(s.toks) && n.duration == "" && !n.fraction {
		nt := s.toks[n.j]
		sc, ok := s.lex.Scale(nt.text)
		if nt.kind != tokWord || !ok || (sc.Suffix && len(nt.text) < 2) {
			break
		}
		n.scale *= sc.Factor
		n.j++
		n.plain = false
	}
	n.value *= n.scale
	if math.IsInf(n.value, 0) {
		// "900 trillion trillion … trillion": stacked scale words past float64. The value
		// stays finite, and so beyond any plausible amount, for the row rules to reject
		// with their reason (schemas.MaxValue); output formats never see +Inf.
		n.value = math.MaxFloat64
	}
	return n, true
}

// maxDigits bounds the numbers written in digits that can be quantities: longer runs are
// identifiers (ISBNs, account and phone numbers) and lose precision as float64 anyway.
const maxDigits = 1e15

// parseWordNumber reads a number in words at n.i: "nine", "twenty-five", "a dozen",
// "one hundred", "one-tenth", "three-year".
func (s *scanner) parseWordNumber(n *number) bool {
	t := s.toks[n.i]
	if !s.lex.NumberStart(t.text) {
		return false
	}
	w := strings.ToLower(t.text)
	if w == "a" || w == "an" {
		if n.i+1 >= len(s.toks) {
			return false
		}
		next := strings.ToLower(s.toks[n.i+1].text)
		if sc, ok := s.lex.Scale(next); ok && !sc.Suffix {
			n.value, n.word = 1, true
			return true // the scale loop multiplies it: "a million"
		}
		if next == "dozen" {
			n.value, n.word, n.j = 12, true, n.i+2
			return true
		}
		// "a third of", "a quarter of": a share, like "one-third".
		if nw, ok := s.lex.Number("one-" + next); ok && nw.Kind == "fraction" && n.i+2 < len(s.toks) && strings.ToLower(s.toks[n.i+2].text) == "of" {
			n.value, n.word, n.fraction, n.j = nw.Value, true, true, n.i+2
			return true
		}
		return false
	}
	if t.text != w && n.i > 0 && !s.sentenceStartAt(n.i) {
		return false // "Seven-Year Plan", "Three Kingdoms": part of a name
	}
	if n.i > 0 && s.toks[n.i-1].kind == tokWord {
		switch strings.ToLower(s.toks[n.i-1].text) {
		case "these", "those", "both":
			return false // "these three", "both": things already named and counted
		case "the":
			if w == "two" {
				return false // "the two countries": the pair the text is about, named before
			}
		}
	}
	if nw, ok := s.lex.Number(w); ok {
		n.value, n.word = nw.Value, true
		n.fraction = nw.Kind == "fraction"
		if w == "dozen" {
			return false // "dozen" alone, without "a", is vague ("dozens")
		}
		if n.fraction && !strings.Contains(w, "-") && !s.bareShare(n.i) {
			return false // "the latter half of 2001": a part of a period, not a share
		}
		s.hundreds(n)
		return true
	}
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	// "twenty-five"
	if len(parts) == 2 {
		if a, ok := s.lex.Number(parts[0]); ok && a.Kind == "ten" {
			if b, ok := s.lex.Number(parts[1]); ok && b.Kind == "unit" && b.Value < 10 {
				n.value, n.word = a.Value+b.Value, true
				return true
			}
		}
	}
	// "three-year", "five-year": a duration written as an adjective.
	head := strings.Join(parts[:len(parts)-1], "-")
	unit := s.lex.Unit(parts[len(parts)-1] + "s")
	if nw, ok := s.lex.Number(head); ok && nw.Kind != "fraction" && schemas.IsDuration(unit) {
		n.value, n.word, n.duration = nw.Value, true, unit
		return true
	}
	return false
}

// hundreds extends a number word with "hundred" and a following unit: "one hundred twenty".
func (s *scanner) hundreds(n *number) {
	if n.j < len(s.toks) && strings.ToLower(s.toks[n.j].text) == "hundred" {
		n.value *= 100
		n.j++
		if n.j < len(s.toks) {
			if nw, ok := s.lex.Number(strings.ToLower(s.toks[n.j].text)); ok && nw.Kind != "fraction" && nw.Value < 100 {
				n.value += nw.Value
				n.j++
			}
		}
	}
}

func (s *scanner) sentenceStartAt(i int) bool {
	if i == 0 {
		return true
	}
	p := s.toks[i-1].text
	return p == "“" || p == "\"" || p == "(" || p == ":" || p == "‘"
}

// isLabel reports whether the number at n is a reference, date, name or list marker
// rather than a quantity, judging by the tokens around it.
func (s *scanner) isLabel(n number) bool {
	i := n.i
	prev := func(k int) token {
		if i-k < 0 {
			return token{kind: tokPunct}
		}
		return s.toks[i-k]
	}
	next := func(k int) token {
		if n.j-1+k >= len(s.toks) {
			return token{kind: tokPunct}
		}
		return s.toks[n.j-1+k]
	}
	p1, p2 := prev(1), prev(2)
	if p1.kind == tokWord && strings.EqualFold(p1.text, "per") {
		return true // "per 100 inhabitants": the denominator of a rate
	}
	if s.isStatistic(i) {
		return true // "r = 0.949": how a test came out
	}
	if w := strings.ToLower(p1.text); s.lex.Has(lexicon.References, w) || p1.kind == tokWord && s.lex.Has(lexicon.Months, w) {
		return true // "Section 3", "Order 13810", "§ 1701", "May 10"
	}
	if p1.text == "." && p2.kind == tokWord && s.lex.Has(lexicon.References, strings.ToLower(p2.text)+".") && p1.attachedTo(p2) {
		return true // "p. 76", "No. 4", "Vol. 64"
	}
	if n1 := next(1); n1.text == "/" && n.j < len(s.toks) && n1.attachedTo(s.toks[n.j-1]) && next(2).kind == tokNum && !s.fractionAt(i) {
		return true // "3/4/2020": a date
	}
	if (p1.text == "-" || p1.text == "–") && p1.attachedTo(p2) && s.toks[i].attachedTo(p1) && p2.kind == tokWord {
		return true // "Rodong-1", "F-35", "Manrikyong-1"
	}
	if (p1.text == "(" && next(1).text == ")") || (p1.text == "[" && next(1).text == "]") {
		return true // "(1)" list numbering, "[245]" citation
	}
	if t := s.toks[i]; t.kind == tokNum && t.frac && n.scale == 1 && p1.kind == tokWord && s.capitalised(p1.text) &&
		!s.lex.Has(lexicon.Stopwords, strings.ToLower(p1.text)) && !s.isQualifierWord(p1.text) && !s.isCurrencyWord(p1.text) {
		return true // "Red Star OS 3.0", "Windows 3.1": a version after a name
	}
	if p1.text == ":" && p2.kind == tokNum && isYear(p2.value) {
		return true // "(Mansourov, 2005: 80)"
	}
	if p1.text == "/" && p2.kind == tokNum && p1.attachedTo(p2) && s.toks[i].attachedTo(p1) && !s.fractionAt(i-2) {
		return true // "2019/20", "3/4": an academic year or a date written with a slash
	}
	if p1.text == "," && p2.kind == tokNum && p2.plain() && isYear(p2.value) && s.inParens(i) {
		return true // "(Kim and Lee 2014, 112–115)": pages of a citation
	}
	if n.j < len(s.toks) && s.lex.Has(lexicon.Months, strings.ToLower(next(1).text)) && next(1).kind == tokWord && n.plain {
		return true // "10 May 2001"
	}
	return s.inLink(s.toks[i].start)
}

func (s *scanner) isQualifierWord(w string) bool {
	w = strings.ToLower(w)
	for q := range s.lex.Qualifiers() {
		if strings.HasSuffix(q.Phrase, w) {
			return true
		}
	}
	return false
}

func (s *scanner) isCurrencyWord(w string) bool {
	for c := range s.lex.Currencies() {
		if c.Phrase == w {
			return true
		}
	}
	return false
}

// inParens reports whether token i stands inside an unclosed parenthesis of its sentence.
func (s *scanner) inParens(i int) bool {
	depth := 0
	for _, t := range s.toks[:i] {
		switch t.text {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}

// inLink reports whether view offset at lies inside a URL or e-mail address.
func (s *scanner) inLink(at int) bool {
	a := strings.LastIndexAny(s.text[:at], " \n") + 1
	b := strings.IndexAny(s.text[at:], " \n")
	if b < 0 {
		b = len(s.text)
	} else {
		b += at
	}
	chunk := s.text[a:b]
	return strings.Contains(chunk, "@") || strings.Contains(chunk, "://") || strings.Contains(chunk, "www.")
}

// chained reports whether a hyphen and another number follow at token j, as in "2-3-1".
func (s *scanner) chained(j int) bool {
	return j+1 < len(s.toks) && s.toks[j].text == "-" && s.toks[j+1].kind == tokNum && s.toks[j].attachedTo(s.toks[j-1])
}

// twice reads "twice" (and "thrice") as a ratio.
func (s *scanner) twice(i int) (candidate, int, bool) {
	t := s.toks[i]
	if t.kind != tokWord || t.text[0]|0x20 != 't' || len(t.text) != 5 && len(t.text) != 6 {
		return candidate{}, i, false // only "twice" and "thrice"
	}
	var v float64
	switch {
	case strings.EqualFold(t.text, "twice"):
		v = 2
	case strings.EqualFold(t.text, "thrice"):
		v = 3
	default:
		return candidate{}, i, false
	}
	if i >= 2 && strings.ToLower(s.toks[i-1].text) == "or" && strings.ToLower(s.toks[i-2].text) == "once" {
		return candidate{}, i + 1, false // "once or twice": vague
	}
	return candidate{start: t.start, end: t.end, value: v, unit: "count", counted: "times", qualifier: "exact"}, i + 1, true
}

// ratio reads "one in four" after the number n.
func (s *scanner) ratio(n number) (number, bool) {
	if n.j+1 >= len(s.toks) || strings.ToLower(s.toks[n.j].text) != "in" {
		return number{}, false
	}
	r, ok := s.parseNumber(n.j + 1)
	if !ok || r.value <= n.value || n.scale != 1 || r.scale != 1 || n.value == 0 || !(n.word || n.plain) || !(r.word || r.plain) {
		return number{}, false
	}
	if r.plain && isYear(r.value) {
		return number{}, false
	}
	return r, true
}

// unitAfter attaches a percent sign or word, or a currency written after the amount, to c.
// It returns the token index after them.
func (s *scanner) unitAfter(c *candidate, j int) int {
	if j < len(s.toks) && s.toks[j].text == "%" {
		c.unit, c.end = "percent", s.toks[j].end
		return j + 1
	}
	if j < len(s.toks) {
		w := strings.ToLower(s.toks[j].text)
		if w == "percent" || w == "per" && s.wordsAt(j+1, "cent") || w == "percentage" && (s.wordsAt(j+1, "points") || s.wordsAt(j+1, "point")) {
			k := j + 1
			if w != "percent" {
				k++ // "per cent", "percentage points"
			}
			c.unit, c.end = "percent", s.toks[k-1].end
			return k
		}
	}
	if code, end, ok := s.currencyAfter(c.end); ok {
		c.unit, c.end = code, end
		for j < len(s.toks) && s.toks[j].start < end {
			j++
		}
	}
	return j
}

// currencyBefore finds a currency written just before view offset at ("US$ 38M", "\$1.5").
func (s *scanner) currencyBefore(at int) (code string, start int, ok bool) {
	before := strings.TrimRight(s.text[s.sent.Start:at], " ")
	for c := range s.lex.Currencies() {
		if c.Prefix && strings.HasSuffix(before, c.Phrase) && boundaryBefore(before, len(before)-len(c.Phrase)) {
			return c.Code, s.sent.Start + len(before) - len(c.Phrase), true
		}
	}
	return "", 0, false
}

// currencyAfter finds a currency written just after view offset at ("1.2 million Swiss franks").
func (s *scanner) currencyAfter(at int) (code string, end int, ok bool) {
	after := s.text[at:s.sent.End]
	trimmed := strings.TrimLeft(after, " ")
	skip := len(after) - len(trimmed)
	for c := range s.lex.Currencies() {
		if !c.Prefix && strings.HasPrefix(trimmed, c.Phrase) && boundaryAfter(trimmed, len(c.Phrase)) && (skip > 0 || !isLetterStart(c.Phrase)) {
			return c.Code, at + skip + len(c.Phrase), true
		}
	}
	return "", 0, false
}

func isLetterStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func boundaryBefore(s string, i int) bool {
	if i <= 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func boundaryAfter(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// rangeEnd reads the upper end of a range after the number n, whose tokens and unit end at
// token j; start is the view offset where the figure starts (before any currency).
func (s *scanner) rangeEnd(n number, j, start int) (number, int, bool) {
	if j < len(s.toks) && s.toks[j].text == "-" && n.word && s.toks[j].attachedTo(s.toks[j-1]) {
		j++ // "one- to three-year"
	}
	if j+1 >= len(s.toks) {
		return number{}, 0, false
	}
	sep := s.toks[j]
	before := strings.TrimRight(s.text[s.sent.Start:start], " ")
	switch {
	case sep.text == "–" || sep.text == "—":
	case sep.text == "-":
		// A hyphen joins a range only when written tight: "70-80".
		if !sep.attachedTo(s.toks[j-1]) || !s.toks[j+1].attachedTo(sep) {
			return number{}, 0, false
		}
	case strings.EqualFold(sep.text, "to"):
		if hasSuffixFold(before, "ratio of") {
			return number{}, 0, false // "a ratio of 75% to 25%": two shares, not a range
		}
	case strings.EqualFold(sep.text, "and"):
		if betweenAt(before) < 0 {
			return number{}, 0, false // "between 700,000 and 800,000", "between the ages of 18 and 27"
		}
	case strings.EqualFold(sep.text, "or"):
		if !n.word || j+1 >= len(s.toks) || s.toks[j+1].kind != tokWord {
			return number{}, 0, false // "one or two"; "2 or 3" may be a list
		}
	default:
		return number{}, 0, false
	}
	k := j + 1
	if _, cstart, ok := s.currencyAfterTok(k); ok {
		k = cstart
	}
	hi, ok := s.parseNumber(k)
	if !ok || s.isLabel(hi) {
		return number{}, 0, false
	}
	return hi, hi.j, true
}

// currencyAfterTok skips a currency symbol or code repeated before a range's upper end
// ("US$ 10 to US$ 20"); it returns the token index after it.
func (s *scanner) currencyAfterTok(k int) (string, int, bool) {
	for c := range s.lex.Currencies() {
		if !c.Prefix {
			continue
		}
		end := k
		text := ""
		for end < len(s.toks) && len(text) < len(c.Phrase) {
			text += s.toks[end].text
			end++
		}
		if text == c.Phrase && end < len(s.toks) && s.toks[end].kind == tokNum {
			return c.Code, end, true
		}
	}
	return "", 0, false
}

// qualify finds the qualifier written before the figure, extends the figure over it, and
// returns the qualifier's name. When two compete ("estimated to exceed 450"), the bound wins.
func (s *scanner) qualify(c *candidate) string {
	if schemas.IsDuration(c.unit) && !c.isRange {
		before := tail(strings.TrimRight(s.text[s.sent.Start:c.start], " "), 16)
		if hasSuffixFold(before, " over") || hasSuffixFold(before, " within") || strings.EqualFold(before, "over") {
			return "exact" // "over five years", "within two years": during, not more than
		}
	}
	best, rank := "exact", 0
	if c.isRange {
		best, rank = "range", 1
		before := strings.TrimRight(s.text[s.sent.Start:c.start], " ")
		if b := betweenAt(before); b >= 0 {
			c.start = s.sent.Start + b
		}
		return best
	}
	for hops := 0; hops < 2; hops++ {
		before := strings.TrimRight(s.text[s.sent.Start:c.start], " ")
		if hops > 0 {
			// Only "estimated to exceed", "is expected to reach" style chains continue.
			if !hasSuffixFold(before, " to") {
				break
			}
			before = strings.TrimRight(before[:len(before)-len(" to")], " ")
		}
		q, ok := s.qualifierAtEnd(before)
		if !ok {
			break
		}
		if q.Rank > rank {
			best, rank = q.Name, q.Rank
		}
		c.start = s.sent.Start + len(before) - len(q.Phrase)
	}
	return best
}

// hasSuffixFold is strings.HasSuffix ignoring case, for the lexicon's ASCII phrases; it
// allocates nothing, where lowering the text first would.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// tail returns the last n bytes of s or a little more, starting on a rune: the words just
// before a number, where qualifiers and separators are looked for, without lowering the
// whole sentence for every number in it.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[i:]
}

func (s *scanner) qualifierAtEnd(before string) (lexicon.Qualifier, bool) {
	if before == "" {
		return lexicon.Qualifier{}, false
	}
	for _, q := range s.lex.QualifiersEndingWith(lexicon.LowerASCII(before[len(before)-1])) {
		if hasSuffixFold(before, q.Phrase) && boundaryBefore(before, len(before)-len(q.Phrase)) {
			return q, true
		}
	}
	return lexicon.Qualifier{}, false
}

// countedAfter returns the counted noun phrase after token j: "4,000 IT specialists",
// "94 (85%) of the papers", "100 out of the more than 5,000 applicants", "a dozen of
// detailed projects". noPartitive refuses "of" ("one of the first agreements").
func (s *scanner) countedAfter(j int, noPartitive, share bool) string {
	skipParen := func() {
		if j < len(s.toks) && s.toks[j].text == "(" {
			for k := j + 1; k < len(s.toks) && k < j+12; k++ {
				if s.toks[k].text == ")" {
					j = k + 1
					return
				}
			}
		}
	}
	lower := func(k int) string {
		if k >= len(s.toks) {
			return ""
		}
		return strings.ToLower(s.toks[k].text)
	}
	skipParen()
	partitive := false
	if lower(j) == "out" && lower(j+1) == "of" {
		j += 2
		partitive = true
	} else if lower(j) == "of" && !noPartitive {
		j++
		partitive = true
	}
	pronoun := false
	if partitive {
		pronoun = lower(j) == "these" || lower(j) == "those" || lower(j) == "them"
		for j < len(s.toks) {
			w := lower(j)
			if s.toks[j].kind == tokNum || w == "-" || w == "–" || w == "the" || w == "these" || w == "those" || w == "all" ||
				w == "more" || w == "than" || w == "about" || w == "some" || w == "over" || w == "nearly" || w == "approximately" || w == "its" || w == "their" {
				j++
				continue
			}
			break
		}
	}
	first, last, ofAt := -1, -1, -1
	for k := j; k < len(s.toks) && k < j+6; k++ {
		t := s.toks[k]
		if t.kind != tokWord {
			break
		}
		w := strings.ToLower(t.text)
		if first < 0 && s.lex.Has(lexicon.Determiners, w) {
			continue // "four such zones"
		}
		if w == "of" && first >= 0 && ofAt < 0 && k+1 < len(s.toks) && s.toks[k+1].kind == tokWord && !s.isStopword(s.toks[k+1].text) {
			ofAt = k
			continue
		}
		if s.isStopword(t.text) || w == "of" {
			break
		}
		isVerbish := (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && !strings.Contains(w, "-") && s.lex.Unit(w) == ""
		afterOf := k > 0 && strings.ToLower(s.toks[k-1].text) == "of"
		switch {
		case isVerbish && first < 0 && (pronoun || !partitive && strings.HasSuffix(w, "ed") && !s.lex.Has(lexicon.Participles, w) && !s.nounAt(k+1)):
			return "" // "10 indicated", "80% involved", "80% of these involved": a verb
		case isVerbish && first >= 0 && !afterOf && !strings.HasSuffix(strings.ToLower(s.toks[k-1].text), "ly"):
			// "people died annually", "data published": the verb ends the phrase, but
			// "highly skilled engineers" keeps its participle.
			k = len(s.toks)
			continue
		}
		if first < 0 {
			first = k
		}
		last = k
		// The phrase ends at its head noun, a plural or a counted noun of the lexicon,
		// unless "of" continues it: "researchers work" is "researchers", but "units of
		// computer monitors" goes on.
		if (isPlural(w) || s.lex.Unit(w) == "people") && lower(k+1) != "of" {
			break
		}
	}
	if first < 0 {
		return ""
	}
	phrase := s.text[s.toks[first].start:s.toks[last].end]
	if partitive {
		head := strings.ToLower(s.toks[last].text)
		if ofAt >= 0 {
			head = strings.ToLower(s.toks[ofAt-1].text)
		}
		// "28 of the previous year" is a date; a partitive counts plural or collective nouns,
		// though a share may be of anything ("5% of the population").
		if !share && !strings.HasSuffix(head, "s") && s.lex.Unit(head) != "people" {
			return ""
		}
	}
	return phrase
}

// nounAt reports whether token k is a word that heads a counted phrase: a plural or a noun
// the lexicon counts. An -ed word before one is an adjective ("four failed attempts").
func (s *scanner) nounAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tokWord {
		return false
	}
	w := strings.ToLower(s.toks[k].text)
	return !s.isStopword(w) && (isPlural(w) || s.lex.Unit(w) != "")
}

// isPlural guesses whether a lower-case word is a plural noun: it ends in s, but not as
// "class", "various", "analysis" or "status" do.
func isPlural(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, not := range []string{"ss", "us", "is", "ous"} {
		if strings.HasSuffix(w, not) {
			return false
		}
	}
	return true
}

// nounOfBefore returns the noun of "<noun> of" written just before view offset at ("a
// population of 25.7 million"), or "".
func (s *scanner) nounOfBefore(at int) string {
	k := len(s.toks) - 1
	for k >= 0 && s.toks[k].start >= at {
		k--
	}
	for k >= 0 && s.toks[k].kind == tokWord && s.isQualifierWord(s.toks[k].text) && !strings.EqualFold(s.toks[k].text, "of") {
		k-- // "a faculty of about 70"
	}
	if k < 1 || !strings.EqualFold(s.toks[k].text, "of") || s.toks[k-1].kind != tokWord {
		return ""
	}
	w := s.toks[k-1].text
	lw := strings.ToLower(w)
	if s.isStopword(w) || lw == "number" || lw == "total" || lw == "out" || lw == "one" || s.isQualifierWord(w) ||
		s.capitalised(w) || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ly") {
		return ""
	}
	return w
}

// numberOf finds "number of <phrase>" before view offset at in the sentence, the way a
// sentence names what a bare number counts.
func (s *scanner) numberOf(at int) string {
	k := lastIndexFold(s.text[s.sent.Start:at], "number of ")
	if k < 0 {
		return ""
	}
	from := s.sent.Start + k + len("number of ")
	for j, t := range s.toks {
		if t.start >= from && t.start < at {
			return s.countedAfter(j, true, false)
		}
	}
	return ""
}

// lastIndexFold is strings.LastIndex ignoring the case of ASCII letters, for a lower-case
// ASCII sub; it allocates nothing, and its offsets are those of s, where lowering s first
// could move them.
func lastIndexFold(s, sub string) int {
	for i := len(s) - len(sub); i >= 0; i-- {
		if s[i]|0x20 == sub[0] && HasPrefixFold(s[i:], sub) {
			return i
		}
	}
	return -1
}

// HasPrefixFold is strings.HasPrefix ignoring the case of ASCII letters, for a lower-case
// ASCII prefix.
func HasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if c := s[i]; c != prefix[i] && !(c >= 'A' && c <= 'Z' && c|0x20 == prefix[i]) {
			return false
		}
	}
	return true
}

// unitOf maps a counted phrase to its unit through the lexicon, by its head noun: the last
// word before "of", else the last word ("units of computer monitors" → units).
func (s *scanner) unitOf(counted string) string {
	if counted == "" {
		return ""
	}
	words := strings.Fields(counted)
	head := len(words) - 1
	for k, w := range words {
		if w == "of" || w == "per" {
			head = k - 1 // "units of computer monitors", "subscriptions per 100 inhabitants"
			break
		}
	}
	// The head noun, or failing that the nearest lexicon noun before it ("Russian
	// scientists permanently working": people).
	for k := head; k >= 0; k-- {
		if u := s.lex.Unit(words[k]); u != "" {
			return u
		}
		if u := s.lex.Unit(strings.ToLower(words[k])); u != "" {
			return u
		}
	}
	return "count"
}

// yearsAndMonths extends "5 years" over "and 6 months" (5.5 years).
func (s *scanner) yearsAndMonths(c *candidate, j int) int {
	word := func(k int, prefix string) bool {
		return k < len(s.toks) && s.toks[k].kind == tokWord && strings.HasPrefix(strings.ToLower(s.toks[k].text), prefix)
	}
	if word(j, "year") && word(j+1, "and") && j+2 < len(s.toks) && s.toks[j+2].kind == tokNum && word(j+3, "month") {
		c.value += s.toks[j+2].value / 12
		c.end = s.toks[j+3].end
		return j + 4
	}
	return j
}

// inheritCurrency gives a scaled amount without a currency the currency of the amount
// before it in the same sentence, marking it inferred: "US$ 52M, monitors – 20M".
func inheritCurrency(cs []candidate) {
	for i := range cs {
		if cs[i].unit != "count" || cs[i].counted != "" || !cs[i].scaled || i == 0 {
			continue
		}
		if prev := cs[i-1].unit; schemas.IsCurrency(prev) {
			cs[i].unit, cs[i].inferred = prev, true
		}
	}
}
