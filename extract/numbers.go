package extract

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/schemas"
)

// gluedSymbol returns the measure symbol (lexicon.Symbols) a suffix glued to digits is,
// with a Korean particle or ending after it ("40km", "18m이다"), or "".
func (s *scanner) gluedSymbol(suffix string) string {
	for k := len(suffix); k > 0; k-- {
		if s.lex.Has(lexicon.Symbols, suffix[:k]) && (k == len(suffix) || startsHangul(suffix[k:])) {
			return suffix[:k]
		}
	}
	return ""
}

// metres reports whether the suffix "m" glued to the number at token i is metres, not
// millions: no currency before it, and a measure noun before it ("a length of 40m"), a
// dimension after it ("99.8m long", lexicon.Dimensions), or Korean text around it ("길이
// 99.8m"), which writes millions as 백만.
func (s *scanner) metres(i int, suffix string) bool {
	if suffix != "m" {
		return false
	}
	if _, _, ok := s.currencyBefore(s.toks[i].start, true); ok {
		return false
	}
	word := func(k int) string {
		if k < 0 || k >= len(s.toks) || s.toks[k].kind != tokWord {
			return ""
		}
		return s.toks[k].text
	}
	before, after := word(i-1), word(i+1)
	if (i+1 < len(s.toks) && s.toks[i+1].text == "-") && i+2 < len(s.toks) {
		after = word(i + 2) // "a 30m-high dam"
	}
	switch {
	case endsHangul(before) || startsHangul(after):
		return true
	case s.lex.HasFold(lexicon.Dimensions, after):
		return true
	case before == "of" || before == "is" || before == "was":
		before = word(i - 2)
	}
	return s.lex.HasFold(lexicon.Measures, before)
}

// parseNumber reads a number starting at token i: digits, or number words, with any
// scale word or suffix after them.
func (s *scanner) parseNumber(i int) (number, bool) {
	if i < 0 || i >= len(s.toks) {
		return number{i: i, j: i + 1, scale: 1}, false // "from 0 to Most": no number after the hedge
	}
	t := s.toks[i]
	n := number{i: i, j: i + 1, scale: 1}
	switch t.kind {
	case tokNum:
		if !(t.value < maxDigits) {
			return n, false // sixteen digits or more, or beyond float64: an identifier, not a quantity
		}
		n.value = t.value
		if f := vulgarFractionAlone(t.text); f != 0 {
			// "about ½ of firms": a share, as "half" is; "1½" is a number
			n.value, n.word, n.fraction = 100*f, true, true
			if !s.bareShare(i) {
				return n, false
			}
			return n, true
		}
		if suffix := t.suffix(); suffix != "" {
			if sc, ok := s.lex.Scale(suffix); ok && sc.Suffix && !s.metres(i, suffix) {
				n.scale = sc.Factor
			} else if s.percentSuffix(suffix) {
				n.percent = true // "40pc"
			} else if s.lex.Has(lexicon.TimesSuffixes, strings.ToLower(suffix)) {
				if s.dimensionsAt(i) {
					return n, false // "1920x1080": dimensions
				}
				n.times = true // "2.5x"
			} else if n.symbol = s.gluedSymbol(suffix); n.symbol == "" {
				return n, false // "10th", "1990s", "3G", "14일": ordinals, decades, names
			}
		}
		if i > 0 && s.toks[i-1].kind == tokWord && t.attachedTo(s.toks[i-1]) && !s.currencyGluedBefore(i, n.scale != 1 || s.scaleWordAt(i+1)) {
			return n, false // "Komiyama1": a footnote marker glued to a word; "KRW3.2tn" is an amount
		}
		n.plain = t.plain()
	case tokWord:
		if !s.parseWordNumber(&n) {
			return n, false
		}
	default:
		return n, false
	}
	if !n.fraction && n.duration == "" && s.wordsAt(n.j, "and", "a", "half") {
		n.value += 0.5 // "one and a half times", "2 and a half million"
		n.j += 3
		n.plain = false
	}
	// lexicon.Scale words after the number: "two million", "500 thousand", "1.2 billion", and
	// hyphenated as an adjective: "a $5-million grant", "a 622-trillion-won cluster".
	for n.j < len(s.toks) && n.duration == "" && !n.fraction {
		nt := s.toks[n.j]
		if s.hyphenBeforeScale(n.j) {
			n.j++
			nt = s.toks[n.j]
		}
		if head, rest, ok := strings.Cut(nt.text, "-"); ok && nt.kind == tokWord {
			// "the 1.5 million-strong army", "a $100 million-plus bounty", "a $2
			// million-a-year contract": the scale word hyphenated to what follows it
			sc, scaled := s.lex.ScaleWordFold(head)
			post := s.hyphenPostQualifier(rest)
			perPeriod := HasPrefixFold(rest, "a-") || HasPrefixFold(rest, "per-") // "a $2 million-a-year contract"
			if scaled && !sc.Suffix && (strings.EqualFold(rest, "strong") || post != "" || perPeriod) {
				n.scale *= sc.Factor
				n.strong, n.post, n.plain = strings.EqualFold(rest, "strong"), post, false
				n.j++
			}
			break
		}
		sc, ok := s.lex.Scale(nt.text)
		if !ok && nt.kind == tokWord {
			sc, ok = s.lex.ScaleWordFold(nt.text) // "$2 Billion" in a title
		}
		if nt.kind != tokWord || !ok || (sc.Suffix && len(nt.text) < 2) {
			break
		}
		n.scale *= sc.Factor
		n.j++
		n.plain = false
	}
	if t.kind == tokNum {
		s.powerOfTen(&n)
	}
	n.value *= n.scale
	if n.word && n.scale >= 100 {
		s.wordRemainder(&n)
	}
	if math.IsInf(n.value, 0) {
		// "900 trillion trillion … trillion": stacked scale words past float64. The value
		// stays finite, and so beyond any plausible amount, for the row rules to reject
		// with their reason (schemas.MaxValue); output formats never see +Inf.
		n.value = math.MaxFloat64
	}
	return n, true
}

// hyphenBeforeScale reports whether token j is a hyphen written tight between a number and
// a scale word ("5-million"), which joins them as a space would.
func (s *scanner) hyphenBeforeScale(j int) bool {
	if j+1 >= len(s.toks) || s.toks[j].text != "-" || !s.toks[j].attachedTo(s.toks[j-1]) || !s.toks[j+1].attachedTo(s.toks[j]) {
		return false
	}
	sc, ok := s.lex.Scale(s.toks[j+1].text)
	return ok && !sc.Suffix
}

// powerOfTen extends n over a power of ten written after it, "× 10^4" or "x 10^-3" (a
// scientific notation of a count: "2 × 10^4 preprints"), into its scale.
func (s *scanner) powerOfTen(n *number) {
	j := n.j
	if j+2 >= len(s.toks) || s.toks[j].text != "×" && s.toks[j].text != "x" || s.toks[j+1].text != "10" {
		return
	}
	if e, k, ok := superscript(s.toks, j+2); ok { // "10⁴"
		n.scale *= math.Pow(10, e)
		n.j, n.plain = k, false
		return
	}
	if j+3 >= len(s.toks) || s.toks[j+2].text != "^" {
		return
	}
	k, sign := j+3, 1.0
	if s.toks[k].text == "-" || s.toks[k].text == "−" {
		k, sign = k+1, -1
	}
	if k >= len(s.toks) || !s.toks[k].plain() || s.toks[k].value > 30 || !s.toks[k].attachedTo(s.toks[k-1]) {
		return
	}
	n.scale *= math.Pow(10, sign*s.toks[k].value)
	n.j, n.plain = k+1, false
}

// superscript reads an exponent written in superscript digits from token k ("⁴", "⁻³"),
// one token per character, and returns it with the token after it.
func superscript(toks []token, k int) (float64, int, bool) {
	e, sign, digits := 0.0, 1.0, 0
	if k < len(toks) && toks[k].text == "⁻" {
		sign, k = -1, k+1
	}
	for ; k < len(toks) && digits < 2; k++ {
		v := superscriptValue(toks[k].text)
		if v < 0 {
			break
		}
		e, digits = e*10+float64(v), digits+1
	}
	return sign * e, k, digits > 0
}

// superscriptValue is the digit a superscript digit writes.
func superscriptValue(t string) int {
	for v, d := range []string{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"} {
		if t == d {
			return v
		}
	}
	return -1
}

// maxDigits bounds the numbers written in digits that can be quantities: longer runs are
// identifiers (ISBNs, account and phone numbers) and lose precision as float64 anyway.
const maxDigits = 1e15

// decimal rounds away the binary error that scaling a decimal fraction leaves: 4.1 × 10^9
// is 4099999999.9999995 in float64, and a reader of "₩4.1 billion" must see 4100000000.
// A figure's digits are at most fifteen (maxDigits), so a value that fifteen significant
// digits write with a shorter tail of zeros was such a decimal; a third (33.333333333333336)
// has no shorter form and keeps its nearest float.
func decimal(v float64) float64 {
	if v == math.Trunc(v) || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	short := strconv.FormatFloat(v, 'e', 14, 64) // fifteen significant digits
	mantissa, _, _ := strings.Cut(short, "e")
	if !strings.HasSuffix(mantissa, "000") {
		return v
	}
	r, err := strconv.ParseFloat(short, 64)
	if err != nil {
		return v
	}
	return r
}

// parseWordNumber reads a number in words at n.i: "nine", "twenty-five", "a dozen",
// "one hundred", "one-tenth", "three-year".
func (s *scanner) parseWordNumber(n *number) bool {
	t := s.toks[n.i]
	if !s.lex.NumberStart(t.text) {
		return false
	}
	// "one-and-a-half", "a two-and-a-half-year course": the whole number's word, and a half
	if strings.IndexByte(t.text, '-') > 0 {
		if head, tail, ok := strings.Cut(strings.ToLower(t.text), andAHalf); ok && head != "" {
			if !s.parseWordNumberAs(n, t, head+tail) || n.fraction {
				return false
			}
			n.value += 0.5
			return true
		}
	}
	return s.parseWordNumberAs(n, t, strings.ToLower(t.text))
}

// oneInOrdinal reads "every third graduate" at n.i as the share of one in the ordinal's
// number ("every fifth" is one-fifth of them), when a noun that is no unit of time follows:
// "every third year" says how often.
func (s *scanner) oneInOrdinal(n *number) bool {
	if n.i+2 >= len(s.toks) || s.toks[n.i+1].kind != tokWord || s.toks[n.i+2].kind != tokWord {
		return false
	}
	nw, ok := s.lex.Number("one-" + strings.ToLower(s.toks[n.i+1].text))
	noun := strings.ToLower(s.toks[n.i+2].text)
	if !ok || nw.Kind != "fraction" || s.lex.Unit(noun).IsDuration() || noun == "time" || s.isStopword(noun) || s.prepositionAt(n.i+2) {
		return false
	}
	n.value, n.word, n.fraction, n.j = nw.Value, true, true, n.i+2
	return true
}

// andAHalf is what a number word hyphenated to a half ends with: "one-and-a-half".
const andAHalf = "-and-a-half"

// parseWordNumberAs reads the number word t, w in lower case, into n.
func (s *scanner) parseWordNumberAs(n *number, t token, w string) bool {
	if v, k, ok := s.fractionOfScale(n.i); ok {
		n.value, n.word, n.j = v, true, k // the scale loop multiplies it: "half a million"
		return true
	}
	if w == "a" || w == "an" {
		if n.i+1 >= len(s.toks) {
			return false
		}
		next := strings.ToLower(s.toks[n.i+1].text)
		if s.boundedOneUnit(n.i) {
			n.value, n.word = 1, true
			return true // "at least a year", "more than a month": one of the unit after it, bounded
		}
		if sc, ok := s.lex.Scale(next); ok && !sc.Suffix {
			n.value, n.word = 1, true
			return true // the scale loop multiplies it: "a million"
		}
		if next == "dozen" {
			n.value, n.word, n.j = 12, true, n.i+2
			return true
		}
		if nw, ok := s.lex.Number(next); ok && nw.IsHedged() && s.wordsAt(n.i+2, "of") && s.scaleWordAt(n.i+3) {
			n.value, n.word, n.j, n.post = nw.Value, true, n.i+3, "approx"
			return true // the scale loop multiplies it: "a couple of dozen"
		}
		if nw, ok := s.lex.Number("one-" + next); ok && nw.Kind == "fraction" {
			if u, ok := s.partOfOneUnit(n.i + 2); ok {
				n.value, n.word, n.j = nw.Value/100, true, u // "a quarter of a percent"
				return true
			}
			// "a third of", "a quarter of": a share, like "one-third"; "fell by a third": a
			// change; "A third had two authors", "of which a third were": a share opening a clause
			if s.shareOfTwoWords(n.i) || s.parallelShare(n.i+1) || s.comparedFraction(n.i) {
				n.value, n.word, n.fraction, n.j = nw.Value, true, true, n.i+2
				return true
			}
		}
		return false
	}
	if t.text != strings.ToLower(t.text) && n.i > 0 && !s.sentenceStartAt(n.i) {
		return false // "Seven-Year Plan", "Three Kingdoms": part of a name
	}
	if n.i > 0 && s.toks[n.i-1].kind == tokWord {
		switch strings.ToLower(s.toks[n.i-1].text) {
		case "both", "any":
			return false // "any two authors": whichever pair, no count
		case "these", "those":
			// "these three" alone stands for things already counted; "these four countries"
			// counts them again, as a figure.
			if !s.nounAt(n.i + 1) {
				return false
			}
		case "the":
			// "the two countries": the pair the text is about, named before ("over the two
			// decades" of a period named); "the two years after that" measures a new time.
			if w == "two" && !(s.lex.Unit(strings.ToLower(s.toks[min(n.i+1, len(s.toks)-1)].text)).IsDuration() &&
				(s.wordsAt(n.i+2, "after") || s.wordsAt(n.i+2, "before") || s.wordsAt(n.i+2, "following"))) {
				return false
			}
		}
	}
	if n.i+1 < len(s.toks) && s.toks[n.i+1].kind == tokWord {
		// "two thirds of", "one quarter of": the fraction written without its hyphen.
		next := strings.ToLower(s.toks[n.i+1].text)
		if nw, ok := s.lex.Number(w + "-" + next); ok && nw.Kind == "fraction" {
			if u, ok := s.partOfOneUnit(n.i + 2); ok {
				n.value, n.word, n.j = nw.Value/100, true, u // "three quarters of a percentage point"
				return true
			}
			if s.shareOfTwoWords(n.i) || s.comparedFraction(n.i) {
				n.value, n.word, n.fraction, n.j = nw.Value, true, true, n.i+2
				return true
			}
		}
	}
	if nw, ok := s.lex.Number(w); ok && nw.Kind == "fraction" {
		if u, ok := s.partOfOneUnit(n.i + 1); ok {
			n.value, n.word, n.j = nw.Value/100, true, u // "half a percentage point", "half a year"
			return true
		}
	}
	if nw, ok := s.lex.Number(w); ok && nw.IsDistributive() {
		return s.oneInOrdinal(n)
	}
	if nw, ok := s.lex.Number(w); ok && !nw.IsMultiple() && !nw.IsHedged() {
		n.value, n.word = nw.Value, true
		n.fraction = nw.Kind == "fraction"
		if w == "dozen" && !s.wordsAt(n.i+1, "or", "so") {
			return false // "dozen" alone, without "a", is vague ("dozens"); "the last dozen or so years" is not
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
	if len(parts) == 3 && parts[1] == "in" { // "one-in-three households": a share
		a, okA := s.lex.Number(parts[0])
		b, okB := s.lex.Number(parts[2])
		if okA && okB && a.Kind == "unit" && b.Kind != "fraction" && b.Value > a.Value {
			n.value, n.word, n.fraction = 100*a.Value/b.Value, true, true
			return true
		}
	}
	// "twenty-odd": a number and the hedge hyphenated to it
	if len(parts) == 2 {
		if post := s.hyphenPostQualifier(parts[1]); post != "" {
			if nw, ok := s.lex.Number(parts[0]); ok && (nw.Kind == "unit" || nw.Kind == "ten") {
				n.value, n.word, n.post = nw.Value, true, post
				return true
			}
		}
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
	plural := parts[len(parts)-1] + "s"
	unit := s.lex.Unit(plural)
	nw, ok := s.lex.Number(head)
	switch {
	case !ok || nw.Kind == "fraction":
		return false
	case unit.IsDuration():
		n.value, n.word, n.duration = nw.Value, true, unit
		return true
	case unit == schemas.UnitPeople || unit == schemas.UnitPapers:
		// "two-author papers", "a three-member team": the number of people or papers of
		// each; "two-way", "one-stop" and "three-point" are idioms, of no noun the lexicon counts.
		n.value, n.word, n.compound = nw.Value, true, plural
		return true
	}
	return false
}

// fractionOfScale reads a fraction of a scale word at token i: "half a million", "a
// quarter of a million", "three-quarters of a billion" are numbers, not shares. It returns
// the fraction as a part of one and the token of the scale word.
func (s *scanner) fractionOfScale(i int) (float64, int, bool) {
	lower := func(k int) string {
		if k >= len(s.toks) || s.toks[k].kind != tokWord {
			return ""
		}
		return strings.ToLower(s.toks[k].text)
	}
	if !s.scaleWithin(i+2, i+5) {
		return 0, 0, false // most words that may start a number start no fraction of a scale
	}
	w, k := lower(i), i+1
	nw, ok := s.lex.Number(w)
	switch {
	case w == "a" || w == "an":
		nw, ok = s.lex.Number("one-" + lower(i+1))
		k = i + 2
	case !ok:
		nw, ok = s.lex.Number(w + "-" + lower(i+1)) // "two thirds of a million"
		k = i + 2
	}
	if !ok || nw.Kind != "fraction" {
		return 0, 0, false
	}
	if lower(k) == "of" {
		k++
	}
	if a := lower(k); a != "a" && a != "an" {
		return 0, 0, false
	}
	if sc, ok := s.lex.Scale(lower(k + 1)); !ok || sc.Suffix {
		return 0, 0, false
	}
	return nw.Value / 100, k + 1, true
}

// scaleWithin reports whether a token in [from, to) is a scale word ("million").
func (s *scanner) scaleWithin(from, to int) bool {
	for k := from; k < to && k < len(s.toks); k++ {
		if sc, ok := s.lex.Scale(s.toks[k].text); ok && !sc.Suffix {
			return true
		}
	}
	return false
}

// afterCopula reports whether token i follows "is", "was", "are" or "were", past a
// qualifier ("was about").
func (s *scanner) afterCopula(i int) bool {
	return s.copulaAt(s.beforeQualifier(i - 1))
}

// shareEnds reports whether the fraction at tokens [i, j) ends its clause as what a copula or
// a verb of shares.txt states: "the share was about two thirds;", "women made up a third.",
// "would account for perhaps a quarter", where "it took three quarters" may be of a year.
func (s *scanner) shareEnds(i, j int) bool {
	if j < len(s.toks) && s.toks[j].kind != tokPunct {
		return false
	}
	if s.afterCopula(i) {
		return true
	}
	k := i - 1
	for k >= 0 && s.inQualifier(k) {
		k-- // "account for about a quarter"
	}
	return slices.ContainsFunc(s.lex.Words(lexicon.ShareVerbs), func(verb string) bool {
		// The verb's last word may be a qualifier's too: "made up a third" ("up to").
		n := phraseWords(verb)
		return s.phraseAt(k-n+1, verb) || s.phraseAt(i-n, verb)
	})
}

// shareOfTwoWords reports whether a fraction written in two words at tokens i and i+1 ("a
// third", "two thirds") is a share by what stands around it: "of" after it ("a third of"),
// "by" before it ("fell by a third"), a comparison ("half what", "a quarter less"), a verb
// after it that opens a clause ("A third had"), the end of its clause ("made up a third."),
// the high end of a range of fractions after it, or the count of its part in brackets ("of
// which a third (352) had").
func (s *scanner) shareOfTwoWords(i int) bool {
	return s.wordsAt(i+2, "of") || s.afterBy(i) || s.comparedShare(i+2) || s.comparativeAt(i+2) ||
		s.opensClause(i) && s.verbAt(i+2) || s.fractionBoundAhead(i+2) || s.shareEnds(i, i+2) || s.bracketedCount(i+2) ||
		s.boundBeforeOf(i+2)
}

// boundBeforeOf reports whether the tokens from j are a bound written after a number
// (lexicon.PostQualifiers: "or more", "or fewer") and "of": the fraction before them is a
// share ("a third or more of papers", "half or more of them").
func (s *scanner) boundBeforeOf(j int) bool {
	for _, q := range s.lex.PostQualifiers() {
		if s.wordsAt(j, q.Words...) && s.wordsAt(j+len(q.Words), "of") {
			return true
		}
	}
	return false
}

// dimensionsAt reports whether token k is digits glued to an "x" with more digits glued
// after it: "1920x1080", "2x4".
func (s *scanner) dimensionsAt(k int) bool {
	return k >= 0 && k+1 < len(s.toks) && s.toks[k].kind == tokNum && s.lex.Has(lexicon.TimesSuffixes, strings.ToLower(s.toks[k].suffix())) &&
		s.toks[k+1].kind == tokNum && s.toks[k+1].attachedTo(s.toks[k])
}

// counterGlued reports whether the number token i has a Korean counter glued on: "표 24개가"
// counts tables, where "표 1" names one.
func (s *scanner) counterGlued(i int) bool {
	u, _, _ := s.koreanCounter(s.toks[i].suffix())
	return u != ""
}

// referenceVerbAt reports whether the reference word at token k is a verb whose object the
// number before token j counts: in lower case after a modal or "to", with a plural noun or
// "more" after the number ("hopes to file 12 more", "will order 300 computers"); "refer to
// page 12" names a page.
func (s *scanner) referenceVerbAt(k, j int) bool {
	t := s.toks[k].text
	if k < 1 || t != strings.ToLower(t) || !s.lex.HasFold(lexicon.Modals, s.toks[k-1].text) {
		return false
	}
	return s.wordsAt(j, "more") || j < len(s.toks) && s.toks[j].kind == tokWord && s.plural(strings.ToLower(s.toks[j].text)) && !s.isStopword(strings.ToLower(s.toks[j].text))
}

// bracketedCount reports whether a plain number alone in brackets opens at token j: "(352)".
func (s *scanner) bracketedCount(j int) bool {
	return j+2 < len(s.toks) && s.toks[j].text == "(" && s.toks[j+1].kind == tokNum && s.toks[j+1].plain() && s.toks[j+2].text == ")"
}

// comparativeAt reports whether token j is "more", "less", "fewer" or a comparative of
// lexicon.Comparatives: a fraction before it measures a difference ("98 million won, a
// quarter less than a man's", "two thirds higher").
func (s *scanner) comparativeAt(j int) bool {
	if j >= len(s.toks) || s.toks[j].kind != tokWord {
		return false
	}
	w := strings.ToLower(s.toks[j].text)
	return w == "more" || w == "less" || w == "fewer" || s.lex.Has(lexicon.Comparatives, w)
}

// hundreds extends a number word with "hundred" and a following unit: "one hundred twenty".
func (s *scanner) hundreds(n *number) {
	if n.j < len(s.toks) && strings.ToLower(s.toks[n.j].text) == "hundred" {
		n.value *= 100
		n.j++
		k := n.j
		if s.wordsAt(k, "and") {
			k++ // "one hundred and twenty", as British English writes it
		}
		if k < len(s.toks) {
			if nw, ok := s.lex.Number(strings.ToLower(s.toks[k].text)); ok && (nw.Kind == "unit" || nw.Kind == "ten") && nw.Value < 100 {
				n.value += nw.Value
				n.j = k + 1
			}
		}
	}
}

// boundedOneUnit reports whether "a" or "an" at token i is one of the unit of time after
// it, bounded or hedged by a qualifier before it: "at least a year of retraining", "less
// than a week", "nearly a decade". Not after a number the qualifier compares ("6.1% more
// than a year earlier"), nor before a word that makes it a time away ("a year earlier"),
// nor after "over" or a focus word ("over a decade", "just a year"), which may say when.
func (s *scanner) boundedOneUnit(i int) bool {
	if !s.unitWordAt(i+1) || s.wordsAt(i+1, "percentage") {
		return false
	}
	before := strings.TrimRight(s.text[s.sent.Start:s.toks[i].start], " ")
	q, ok := qualifierEnding(before, s.lex)
	if !ok || q.Rank == 0 || strings.EqualFold(q.Phrase, "over") {
		return false
	}
	if k := s.beforeQualifier(i - 1); k >= 0 && s.toks[k].kind == tokNum || k >= 0 && s.toks[k].text == "%" {
		return false
	}
	return i+2 >= len(s.toks) || !s.lex.HasFold(lexicon.RelativeTimes, s.toks[i+2].text)
}

// timeAwayAt reports whether the tokens from j are a unit of time and a word of
// lexicon.RelativeTimes: "decades earlier", "years ago".
func (s *scanner) timeAwayAt(j int) bool {
	return j+1 < len(s.toks) && s.toks[j].kind == tokWord && s.lex.Unit(strings.ToLower(s.toks[j].text)).IsDuration() &&
		s.toks[j+1].kind == tokWord && s.lex.HasFold(lexicon.RelativeTimes, s.toks[j+1].text)
}

// partOfOneUnit reports whether the fraction before token k is a part of one unit, not a
// share: "half a percent", "half a year", "a quarter of a percentage point", "a third of an
// hour". It returns the token of the unit word.
func (s *scanner) partOfOneUnit(k int) (int, bool) {
	if s.wordsAt(k, "of") {
		k++
	}
	if (s.wordsAt(k, "a") || s.wordsAt(k, "an")) && s.unitWordAt(k+1) {
		return k + 1, true
	}
	return 0, false
}

// unitWordAt reports whether token k is a word of a unit the lexicon knows, singular
// ("year", "percentage point"), as a fraction of one names it.
func (s *scanner) unitWordAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tokWord {
		return false
	}
	w := strings.ToLower(s.toks[k].text)
	if s.wordsAt(k, "percentage", "point") || s.wordsAt(k, "percent") || s.wordsAt(k, "per", "cent") {
		return true
	}
	return s.lex.Unit(w + "s").IsDuration()
}

// wordRemainder extends a number in words over the smaller group written after its scale
// word: "a hundred and twenty", "two thousand five hundred", "one million and fifty".
func (s *scanner) wordRemainder(n *number) {
	k := n.j
	if s.wordsAt(k, "and") {
		k++
	}
	if k >= len(s.toks) || s.toks[k].kind != tokWord {
		return
	}
	m := number{i: k, j: k + 1, scale: 1}
	if !s.parseWordNumber(&m) || m.fraction || m.duration != "" || m.value < 1 || m.value >= n.scale {
		return
	}
	n.value += m.value
	n.j = m.j
}

func (s *scanner) sentenceStartAt(i int) bool {
	if i == 0 {
		return true
	}
	p := s.toks[i-1].text
	if i == 1 && isBullet(p) {
		return true // "• Two in three of them said": a list item's first word
	}
	if (p == "-" || p == "–" || p == "—") && i >= 2 && (s.toks[i-2].text == ")" || allCapitals(s.toks[i-2].text)) && !s.toks[i].attachedTo(s.toks[i-1]) {
		return true // "SEOUL (Yonhap) - Fourteen ...", "WASHINGTON — Fourteen ...": a dateline before the sentence
	}
	return p == "“" || p == "\"" || p == "(" || p == ":" || p == "‘"
}

// allCapitals reports whether w is a word of three or more letters, all capitals: a
// dateline's city ("WASHINGTON").
func allCapitals(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// forEveryBefore reports whether token i follows "(for) every additional" or "(for) each
// extra": the step of a rate of change. "For every 10 papers they wrote with Americans,
// they wrote 4 with Koreans" states a ratio, both of whose numbers count.
//
// "17.3 in every 1 000 people employed" and "out of every 100" name a rate's base too: a
// power of ten after "in every", as after "per" ("one in every five" is a share).
func (s *scanner) forEveryBefore(i int) bool {
	k := i - 1
	if s.wordsAt(k, "every") && (s.wordsAt(k-1, "in") || s.wordsAt(k-2, "out", "of")) {
		v := s.toks[i].value
		return s.toks[i].kind == tokNum && v >= 10 && math.Log10(v) == math.Floor(math.Log10(v))
	}
	if !s.wordsAt(k, "additional") && !s.wordsAt(k, "extra") {
		return false
	}
	return s.wordsAt(k-1, "every") || s.wordsAt(k-1, "each") // "each additional ten authors was associated with"
}

// labelField reports whether a record's field or label, ending in the word w, holds labels,
// not quantities (lexicon.LabelFields: "code", "coordinates").
func labelField(w string, lex *lexicon.Lexicon) bool {
	return lex.HasFold(lexicon.LabelFields, w[strings.LastIndexByte(w, ' ')+1:])
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
	if s.table != nil && s.table.classLabel && s.table.inLabel(s.toks[i].start) {
		return true // "| 1–49 | 1,684 |", "| 300 or more | 472 |": a row's class of sizes, no value
	}
	if s.phoneGroup(i) {
		return true // "044-202-6000": a telephone number's groups, and any number with a leading zero
	}
	if s.shortYear(i) {
		return true // "Expo '93", "the class of ’98": a year with its century left out
	}
	if p1.kind == tokWord && strings.EqualFold(p1.text, "per") || s.toks[i].attachedTo(p1) && s.perAmountAt(i) {
		return true // "per 100 inhabitants", "$3 per $100 spent": the denominator of a rate
	}
	if s.forEveryBefore(i) {
		return true // "for every additional 1,000 km": the step of a rate, as after "per"
	}
	if s.sectionNumber(n) {
		return true // "2.2 Higher education in science and engineering"
	}
	if s.labelAfter(n.j) {
		return true // "By Rachel Kim | December 12, 2024 | 5 min read": a page's reading time
	}
	if s.pageCount(n) {
		return true // "By Jane Doe · 5 min read · 12 comments": the page's own count
	}
	if s.rankField(i) {
		return true // "comparison ranking: total 29": a place in an order, not a quantity
	}
	if s.rankGroupAt(n.j) {
		return true // "placed in the 301–350 band" of a ranking: places, not a quantity
	}
	if t := s.toks[i]; t.frac && !t.grouped && len(t.text) >= 6 && len(t.text) <= 7 && t.text[4] == '.' && isYear(float64(int(t.value))) &&
		(n.j >= len(s.toks) || s.toks[n.j].kind == tokWord && s.capitalised(s.toks[n.j].text)) {
		return true // "in 2023.1 Production rose": a year and a note's number, glued by a PDF
	}
	if n1 := next(1); n1.kind == tokWord && n.value <= 12 && (n1.text == "am" || n1.text == "pm" ||
		strings.HasPrefix(n1.text, "a.m") || strings.HasPrefix(n1.text, "p.m") ||
		(n1.text == "a" || n1.text == "p") && next(2).text == "." && next(3).text == "m") {
		return true // "from 9 am to 5 p.m.": a time of day ("one AM station" is radio)
	}
	if t := s.toks[i]; p1.text == "." && t.attachedTo(p1) && p1.attachedTo(p2) && (p2.kind == tokWord || p2.text == ")" || p2.text == "\"" || p2.text == "”") &&
		(n.j >= len(s.toks) || !s.toks[n.j].attachedTo(s.toks[n.j-1])) && t.plain() && t.value < 1000 {
		return true // "a year earlier.3 Four-year ...": a note's number glued after the full stop
	}
	if p1.text == "Year" && s.toks[i].plain() && n.value <= 13 {
		return true // "Year 10 students": a school year's label, as "Grade 3" is ("each year 100" counts)
	}
	if s.wordsAt(i-3, "give", "or", "take") || s.wordsAt(i-3, "plus", "or", "minus") {
		return true // "5,000 papers, give or take 100": a tolerance, as "± 100" is
	}
	if p1.text == "±" && (p2.kind == tokNum || p2.text == "%") {
		// "6.3 ± 2.8 authors": the spread of a mean (a standard deviation or error), as "SD
		// 2.8" is; "within ±1 year" is a tolerance of its own
		return true
	}
	if s.statisticAt(i) {
		return true // "r = 0.949": how a test came out; "CI 1.5–2.2", "CI −11% to 3%": both ends
	}
	if n1, n2 := next(1), next(2); n1.text == "%" && n2.kind == tokWord && len(n2.text) > 1 && s.statisticName(n2.text) {
		return true // "95% CI": the confidence of an interval, not a share
	}
	if next(1).text == "%" && i >= 2 && s.copulaAt(i-1) && (s.statisticWordAt(i-2) || s.statisticWordAt(i-3)) {
		// "Confidence intervals are 95%", "the confidence level was 90%": the confidence
		// the intervals are stated at
		return true
	}
	if n1, n2 := next(1), next(2); n1.text == "." && n2.kind == tokNum && n.j < len(s.toks) && n1.attachedTo(s.toks[n.j-1]) && n2.attachedTo(n1) {
		return true // "R 3.6.1", "2.4.0": a version or a section number
	}
	if w := strings.ToLower(p1.text); (s.lex.Has(lexicon.References, w) && !s.referenceVerbAt(i-1, n.j) && !s.counterGlued(i) && !(p1.text == "no" && n.duration != "") || s.monthAt(i-1)) && !s.timeAwayAt(n.j) && !n.fraction {
		// "Section 3", "Order 13810", "§ 1701", "May 10"; not "double the number two decades
		// earlier", "the figure 20 years ago", "a model a third the size of", nor a duration
		// written as an adjective after "no", which denies it ("had no four-year university")
		return true
	}
	if n1 := next(1); s.toks[i].frac && n1.kind == tokWord && !strings.HasSuffix(n1.text, "s") && s.lex.HasFold(lexicon.References, n1.text) {
		return true // "the 3.0 version": a label before its word, with a decimal point; "2.5 articles" a count
	}
	if p1.text == "." && p2.kind == tokWord && s.lex.Has(lexicon.References, strings.ToLower(p2.text)+".") && p1.attachedTo(p2) {
		return true // "p. 76", "No. 4", "Vol. 64"
	}
	if s.dimensionsAt(i - 1) {
		return true // "1920x1080", "a 2x4 design": the second of two dimensions
	}
	if n1, n2 := next(1), next(2); (n1.text == "x" || n1.text == "×") && n2.kind == tokNum && n2.text != "10" ||
		(p1.text == "x" || p1.text == "×") && p2.kind == tokNum && s.toks[i].text != "10" {
		return true // "a 2 x 4 design", "1920 × 1080": dimensions, not counts
	}
	if (s.wordsAt(i-1, "and") || p1.text == "," || s.wordsAt(i-1, "or")) && p2.kind == tokNum && p2.plain() && s.toks[i].plain() &&
		i >= 3 && s.lex.HasFold(lexicon.References, s.toks[i-3].text) {
		return true // "Sections 3 and 4", "Tables 2, 5": the next label of a list of them
	}
	if n1 := next(1); n1.text == "/" && n.j < len(s.toks) && n1.attachedTo(s.toks[n.j-1]) && next(2).kind == tokNum && !s.fractionAt(i) && !s.slashShare(n) {
		return true // "3/4/2020": a date
	}
	if s.labelsOnly || p1.text == ":" && p2.kind == tokWord && labelField(p2.text, s.lex) {
		return true // "Coordinates: 39°55′N / 39.918; 127.536", "...; country code: 850": a record that holds labels
	}
	if (p1.text == "-" || p1.text == "–") && p1.attachedTo(p2) && s.toks[i].attachedTo(p1) && p2.kind == tokWord && !s.scaleWordAt(i-2) {
		return true // "Rodong-1", "F-35", "Manrikyong-1"; not "2.5 million–3 million", a range
	}
	if (p1.text == "(" && next(1).text == ")" && !startsHangul(s.toks[i].suffix()) && !s.lex.Has(lexicon.Symbols, s.toks[i].suffix())) ||
		(p1.text == "[" && next(1).text == "]") {
		// "(1)" list numbering, "[245]" citation; "(9,700)", written in thousands, is an
		// amount, and so is the value of a measure named before it: "the highest score (1.42)";
		// "(9.7회)" has its Korean counter, "(8.9GB)" its unit's symbol.
		return p1.text == "[" || !s.toks[i].grouped && !s.measureAt(i-2) && !s.valueOfName(n) && !s.countOfShare(i-1)
	}
	if t := s.toks[i]; t.kind == tokNum && t.frac && n.scale == 1 && p1.kind == tokWord && s.capitalised(p1.text) && s.table == nil && next(1).kind != tokNum &&
		next(1).text != "%" && s.percentWordAt(n.j) == n.j && // "the National Pension Service 9.2%": a share, no version
		!s.lex.HasFold(lexicon.Stopwords, p1.text) && !s.isQualifierWord(p1.text) && !s.isCurrencyWord(p1.text) &&
		!s.lex.HasFold(lexicon.Spreads, p1.text) && // "(IQR 0.8–4.5)": a spread's low end
		!endsHangul(p1.text) { // "SK하이닉스가 28.7%로": a subject with its particle, not a name
		return true // "Red Star OS 3.0", "Windows 3.1": a version after a name, not a row's first value ("Displays 21.4 21.3")
	}
	if p1.text == ":" && p2.kind == tokNum && isYear(p2.value) && (s.inParens(i) && !s.yearValueAt(i) || s.capitalBefore(i-2)) {
		return true // "(Mansourov, 2005: 80)", "Kim 2005: 80"; "after 2015: 58 articles appeared" counts
	}
	if s.clockAt(i-2) || s.clockAt(i) {
		return true // "at 9:30", "08:41 (UTC)": a time of day, both its numbers
	}
	if s.table != nil && s.table.ranked(s.toks[i].start, s.lex) {
		return true // a cell under "Rank", "No.", "#", "순위": a row's label; "QS World 71" under "| Ranking | 2022 |"
	}
	if p1.text == "#" && s.toks[i].attachedTo(p1) {
		return true // "Reviewer #2", "#3": a number that names
	}
	if s.coordinateAt(n) {
		return true // "39°55′N 127°32′E", "37.57° N": a place on the globe
	}
	if p1.text == "/" && p2.kind == tokNum && p1.attachedTo(p2) && s.toks[i].attachedTo(p1) && !s.fractionAt(i-2) {
		return true // "2019/20", "3/4": an academic year or a date written with a slash
	}
	if p1.text == "/" && p2.kind == tokWord && p1.attachedTo(p2) && s.toks[i].attachedTo(p1) {
		return true // "13.2 births/1,000 population": the denominator of a rate, as after "per"
	}
	if p1.text == "," && p2.kind == tokNum && p2.plain() && isYear(p2.value) && s.inParens(i) {
		return true // "(Kim and Lee 2014, 112–115)": pages of a citation
	}
	if s.journalLocator(i) {
		return true // "Journal of Graph Theory 18 (4): 351–367": volume, issue and pages
	}
	if n.j < len(s.toks) && s.monthAt(n.j) && n.plain {
		return true // "10 May 2001"
	}
	return s.inLink(s.toks[i].start)
}

// yearValueAt reports whether the number at token i is written "(<year>: <number>)", a
// bracket that opens on the year: the value of the measure before it in another year ("31
// universities were ranked (2025: 34)"), not a citation's page, which names its author first.
func (s *scanner) yearValueAt(i int) bool {
	return i >= 3 && s.toks[i-1].text == ":" && s.toks[i-2].plain() && isYear(s.toks[i-2].value) && s.toks[i-3].text == "("
}

// monthAt reports whether token k names a month. Its name is capitalised: "30 may enter" is
// a modal verb, "the march of 300 students" a walk.
func (s *scanner) monthAt(k int) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].kind == tokWord && s.capitalised(s.toks[k].text) && s.lex.HasFold(lexicon.Months, s.toks[k].text)
}

// journalLocator reports whether the number at token i is part of where a reference puts an
// article in its journal, "volume (issue): pages" ("18 (4): 351–367", "23(2):201-233"): the
// volume, the issue, the first page or the last.
func (s *scanner) journalLocator(i int) bool {
	text := func(k int) string {
		if k < 0 || k >= len(s.toks) {
			return ""
		}
		return s.toks[k].text
	}
	plain := func(k int) bool { return k >= 0 && k < len(s.toks) && s.toks[k].kind == tokNum && s.toks[k].plain() }
	// volumeAt: the volume at v, then "(" issue ")" ":" and the first page.
	volumeAt := func(v int) bool {
		return plain(v) && text(v+1) == "(" && plain(v+2) && text(v+3) == ")" && text(v+4) == ":" && plain(v+5)
	}
	if volumeAt(i) || volumeAt(i-2) || volumeAt(i-5) {
		return true
	}
	dash := text(i-1) == "–" || text(i-1) == "-"
	return dash && plain(i) && volumeAt(i-7)
}

// coordinateAt reports whether the number n is a degree or a minute of a geographic
// coordinate: glued to "°", "′" or "'", and followed, within its group, by the letter of a
// hemisphere ("39°55′N", "127°32′E", "37.57° N").
func (s *scanner) coordinateAt(n number) bool {
	k := n.j
	for steps := 0; steps < 6 && k < len(s.toks); steps++ {
		t := s.toks[k]
		switch {
		case t.text == "°" || t.text == "′" || t.text == "'" || t.text == "″" || t.kind == tokNum && t.attachedTo(s.toks[k-1]):
			k++
			continue
		case t.kind == tokWord && len(t.text) == 1 && strings.Contains("NSEW", t.text):
			return k > n.j // a hemisphere after a degree sign, not "25 N" alone
		}
		return false
	}
	return false
}

// ratioAt reports whether the number token i is the first term of a ratio: "14:1", "2.5:1",
// "1:5,000", "3:1이었다", glued around a colon, or Korean's "12.5 대 1" and "11.8대 1" (대,
// "to", before a spaced second term). The second term is bare but for a Korean particle,
// and neither a time of day ("9:30"), a year and a page of a citation ("Kim 2005:80") nor a
// third term ("1:2:3", "12:30:45") is a ratio. It returns the ratio's value, the end of its
// second term and the token after it.
func (s *scanner) ratioAt(i int) (value float64, end, next int, ok bool) {
	num := s.toks[i]
	if num.kind != tokNum || i+1 >= len(s.toks) || s.clockAt(i) || num.plain() && isYear(num.value) {
		return 0, 0, 0, false
	}
	d := i + 2 // the second term's token
	switch sep := s.toks[i+1]; {
	case num.suffix() == "대" && !sep.attachedTo(num):
		d = i + 1
	case num.suffix() != "" || d >= len(s.toks):
		return 0, 0, 0, false
	case sep.text == ":" && sep.attachedTo(num) && s.toks[d].attachedTo(sep):
	case sep.text == "대" && !sep.attachedTo(num) && !s.toks[d].attachedTo(sep):
	default:
		return 0, 0, 0, false
	}
	den := s.toks[d]
	if den.kind != tokNum || den.value == 0 || den.suffix() != "" && !s.lex.Korean().Particle(den.suffix()) {
		return 0, 0, 0, false
	}
	if d+1 < len(s.toks) && s.toks[d+1].text == ":" && s.toks[d+1].attachedTo(den) ||
		i > 0 && s.toks[i-1].text == ":" && num.attachedTo(s.toks[i-1]) {
		return 0, 0, 0, false
	}
	return num.value / den.value, den.start + int(den.digits), d + 1, true
}

// clockAt reports whether tokens k, k+1 and k+2 write a time of day: hours up to 24, a
// colon and two digits of minutes below 60, glued ("9:30", "08:41").
func (s *scanner) clockAt(k int) bool {
	if k < 0 || k+2 >= len(s.toks) {
		return false
	}
	h, colon, m := s.toks[k], s.toks[k+1], s.toks[k+2]
	return h.plain() && h.value <= 24 && colon.text == ":" && colon.attachedTo(h) && m.attachedTo(colon) &&
		m.plain() && len(m.text) == 2 && m.value < 60
}

// valueOfName reports whether the number at n, alone in parentheses, is the value of the
// name just before it ("from the US (631) or China (214)", "Noam Chomsky (4)"), not a list
// marker at the start of a sentence nor a year.
func (s *scanner) valueOfName(n number) bool {
	i := n.i
	if i < 2 || n.j >= len(s.toks) || s.toks[i-1].text != "(" || s.toks[n.j].text != ")" {
		return false
	}
	name := s.toks[i-2]
	if name.kind != tokWord || s.sentenceStartAt(i-2) || n.plain && isYear(n.value) {
		return false
	}
	return s.capitalised(name.text) || s.bracketedAt(n.j+2, 1) || s.bracketedAt(i-4, -1)
}

// bracketedAt reports whether the words of a list go on from token k (the word after "and",
// "or" or a comma, going forward by step 1, or the ")" before them, going back by step -1)
// to another value in brackets: "followed by engineering (511) and chemistry (289)", where
// each names its value with a common noun.
func (s *scanner) bracketedAt(k, step int) bool {
	joins := k - step
	if joins < 0 || joins >= len(s.toks) {
		return false
	}
	if j := s.toks[joins].text; j != "," && !strings.EqualFold(j, "and") && !strings.EqualFold(j, "or") && !strings.EqualFold(j, "to") {
		return false // "to": "ranging from agriculture (14) to information technology (9)"
	}
	if step < 0 {
		// back: ")" closes a bracket that a number opens, after a word
		for m := k - 1; m >= 2 && m > k-6; m-- {
			if s.toks[m].text == "(" {
				return s.toks[m-1].kind == tokWord && s.toks[m+1].kind == tokNum && m+1 < k
			}
		}
		return false
	}
	m := k // forward: a name of a few words, then a number in brackets
	for m < len(s.toks) && m < k+3 && s.toks[m].kind == tokWord {
		m++
	}
	return m > k && m+2 < len(s.toks) && s.toks[m].text == "(" && s.toks[m+1].kind == tokNum &&
		!(s.toks[m+1].plain() && isYear(s.toks[m+1].value))
}

// sectionNumber reports whether n numbers the heading its sentence is: a short decimal
// ("2.2", "3.10") that opens it, before a capital, in a sentence with no other number and
// no full stop at its end.
func (s *scanner) sectionNumber(n number) bool {
	if n.i == 0 && document.PartTitle(s.text[s.sent.Start:s.sent.End]) {
		return true // "2. 협력 상대국", "Ⅲ. 분석 결과": a part's title
	}
	t := s.toks[n.i]
	if n.i != 0 || n.j != 1 || !t.frac || t.grouped || len(t.text) > 5 || n.j >= len(s.toks) ||
		s.toks[n.j].kind != tokWord || !s.capitalised(s.toks[n.j].text) {
		return false
	}
	sentence := s.text[s.sent.Start:s.sent.End]
	return IndexDigit(sentence[t.end-s.sent.Start:]) < 0 && !strings.HasSuffix(sentence, ".")
}

// labelAfter reports whether the words from token j are a phrase of labelsafter.txt.
func (s *scanner) labelAfter(j int) bool {
	if j >= len(s.toks) || s.toks[j].kind != tokWord {
		return false
	}
	return slices.ContainsFunc(s.lex.Words(lexicon.LabelsAfter), func(phrase string) bool { return s.phraseAt(j, phrase) })
}

// pageCount reports whether the number n is a count of the page's own (pagecounts.txt:
// "12 comments", "1,024 views"): its word after it, and nothing else between the page's
// separators or the sentence's edges around them.
func (s *scanner) pageCount(n number) bool {
	k := n.j
	if k >= len(s.toks) || s.toks[k].kind != tokWord || !s.lex.HasFold(lexicon.PageCounts, s.toks[k].text) {
		return false
	}
	separator := func(t token) bool { return t.text == "·" || t.text == "|" || t.text == "•" }
	end := k + 1
	for end < len(s.toks) && (s.toks[end].text == "*" || s.toks[end].text == "_") {
		end++ // "| 12 pages*": the markdown emphasis around the line
	}
	return (n.i == 0 || separator(s.toks[n.i-1])) && (end == len(s.toks) || separator(s.toks[k+1]))
}

// rankField reports whether the number at token i gives a data sheet's field whose name
// ends with a word of ranks.txt: "comparison ranking: 84", "world rank: total 12".
func (s *scanner) rankField(i int) bool {
	before := s.text[s.sent.Start:s.toks[i].start]
	if strings.IndexByte(before, ':') < 0 {
		return false // most sentences: no field at all
	}
	colon := strings.LastIndex(before, ": ")
	if colon < 0 {
		return false
	}
	field := before[:colon]
	w := field[strings.LastIndexAny(field, " :;")+1:]
	return len(w) <= maxRankWord && s.lex.HasFold(lexicon.Ranks, w)
}

// perAmountAt reports whether the number at token i is an amount written after "per", its
// currency before it: "$3 per $100 spent".
func (s *scanner) perAmountAt(i int) bool {
	if !s.wordsAt(i-2, "per") && !s.wordsAt(i-3, "per") && !s.wordsAt(i-4, "per") {
		return false // most numbers glued to what comes before them: "(12.3%)", "$5"
	}
	_, start, ok := s.currencyBefore(s.toks[i].start, false)
	return ok && hasSuffixFold(strings.TrimRight(s.text[s.sent.Start:start], " "), " per")
}

// rankGroupAt reports whether token j, after a number, or the word after a range it opens,
// names a group of places (rankgroups.txt) in a sentence that names a ranking (ranks.txt).
func (s *scanner) rankGroupAt(j int) bool {
	if j+1 < len(s.toks) && (s.toks[j].text == "-" || s.toks[j].text == "–" || s.wordsAt(j, "to")) && s.toks[j+1].kind == tokNum {
		j += 2
	}
	if j >= len(s.toks) || s.toks[j].kind != tokWord || !s.lex.HasFold(lexicon.RankGroups, s.toks[j].text) {
		return false
	}
	for _, t := range s.toks {
		if t.kind == tokWord && len(t.text) <= maxRankWord && s.lex.HasFold(lexicon.Ranks, t.text) {
			return true
		}
	}
	return false
}

// maxRankWord bounds the words rankField looks up: the longest of ranks.txt is short.
const maxRankWord = 12

// countOfShare reports whether the "(" at token open follows a share or its whole, so that
// the number in it counts the part the share states: "two thirds of respondents (782)", "40%
// of the firms (312)", "roughly a third (352)", "about 35% (212)", or a part stated without
// a number: "most of them (81)", "the majority (64)".
func (s *scanner) countOfShare(open int) bool {
	if s.shareEndsAt(open - 1) {
		return true
	}
	if s.vagueCountBefore(open) {
		return true // "contributed the most reports (118)", "many reports (81)"
	}
	k := open - 1
	for words := 0; k >= 0 && s.toks[k].kind == tokWord && !s.wordsAt(k, "of"); k-- {
		if words++; words > 4 {
			return false
		}
	}
	if k == open-1 || k < 1 || !s.wordsAt(k, "of") {
		return false
	}
	return s.shareEndsAt(k - 1)
}

// shareEndsAt reports whether token k ends a share: a percentage ("40%", "40 per cent"), a
// fraction word ("half", "a third", "two thirds") or a part stated without a number ("most",
// "the majority", vagueparts.txt).
func (s *scanner) shareEndsAt(k int) bool {
	if k < 0 {
		return false
	}
	share := s.toks[k]
	if share.text == "%" || share.kind == tokWord && (strings.EqualFold(share.text, "percent") || s.wordsAt(k-1, "per", "cent") ||
		s.lex.HasFold(lexicon.VagueParts, share.text)) {
		return true
	}
	if share.kind != tokWord {
		return false
	}
	w := strings.ToLower(share.text)
	for _, form := range []string{w, "one-" + w, strings.ToLower(s.toks[max(k-1, 0)].text) + "-" + w} {
		if nw, ok := s.lex.Number(form); ok && nw.Kind == "fraction" {
			return true // "half of", "a third of", "two thirds of"
		}
	}
	return false
}

// shortYear reports whether the number at token i is two digits after an apostrophe that
// opens them, a year without its century ("Expo '93", "the class of ’98"); "the students' 93
// papers" closes a word with its apostrophe.
func (s *scanner) shortYear(i int) bool {
	if i < 1 || len(s.toks[i].text) != 2 || !s.toks[i].plain() {
		return false
	}
	a := s.toks[i-1]
	if a.text != "'" && a.text != "’" || !s.toks[i].attachedTo(a) {
		return false
	}
	return i < 2 || !a.attachedTo(s.toks[i-2])
}

// vagueCountBefore reports whether the "(" at token open follows a plural noun that a word of
// lexicon.VagueParts counts without a number, a few words before it: "the most reports
// (118)", "many joint papers (81)". The number in brackets is that count.
func (s *scanner) vagueCountBefore(open int) bool {
	if open < 2 || s.toks[open-1].kind != tokWord || !isPlural(strings.ToLower(s.toks[open-1].text)) {
		return false
	}
	for k := open - 2; k >= 0 && k >= open-4 && s.toks[k].kind == tokWord; k-- {
		if s.wordsAt(k, "of") {
			return false
		}
		if s.lex.HasFold(lexicon.VagueParts, s.toks[k].text) {
			return true
		}
	}
	return false
}

func (s *scanner) isQualifierWord(w string) bool {
	w = strings.ToLower(w)
	for _, q := range s.lex.Qualifiers() {
		if strings.HasSuffix(q.Phrase, w) {
			return true
		}
	}
	return false
}

// qualifiedAt reports whether a qualifier of the lexicon ends just before view offset at
// ("nearly double", "more than double").
func (s *scanner) qualifiedAt(at int) bool {
	_, ok := qualifierEnding(strings.TrimRight(s.text[s.sent.Start:at], " "), s.lex)
	return ok
}

// hyphenPostQualifier returns the qualifier of a bound written after a hyphen
// (lexicon.PostQualifiers: "- plus" in "2,000-plus"), for the word w after it, or "".
func (s *scanner) hyphenPostQualifier(w string) string {
	for _, q := range s.lex.PostQualifiers() {
		if len(q.Words) == 2 && q.Words[0] == "-" && strings.EqualFold(q.Words[1], w) {
			return q.Name
		}
	}
	return ""
}

// scaleWordAt reports whether token k is a scale word ("trillion", "Billion").
func (s *scanner) scaleWordAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tokWord {
		return false
	}
	sc, ok := s.lex.ScaleWordFold(s.toks[k].text)
	return ok && !sc.Suffix
}

// currencyGluedBefore reports whether the word glued before the number token i is a
// currency written before amounts ("KRW3.2tn", "USD5m"; "W30tn" only when scaled).
func (s *scanner) currencyGluedBefore(i int, scaled bool) bool {
	_, start, ok := s.currencyBefore(s.toks[i].start, scaled)
	return ok && start == s.toks[i-1].start
}

func (s *scanner) isCurrencyWord(w string) bool {
	for _, c := range s.lex.Currencies() {
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

// inLink reports whether view offset at lies inside a URL, an e-mail address or a DOI.
func (s *scanner) inLink(at int) bool {
	a := strings.LastIndexAny(s.text[:at], " \n") + 1
	b := strings.IndexAny(s.text[at:], " \n")
	if b < 0 {
		b = len(s.text)
	} else {
		b += at
	}
	chunk := s.text[a:b]
	return strings.Contains(chunk, "@") || strings.Contains(chunk, "://") || strings.Contains(chunk, "www.") || isDOI(chunk)
}

// isDOI reports whether chunk is a digital object identifier, with or without its "doi:"
// scheme: "10.", a registrant's digits, a slash ("10.7554/eLife.91234"). Its numbers name
// a work, as a URL's do.
func isDOI(chunk string) bool {
	if len(chunk) > 4 && strings.EqualFold(chunk[:4], "doi:") {
		return true
	}
	rest, ok := strings.CutPrefix(chunk, "10.")
	if !ok {
		return false
	}
	k := 0
	for k < len(rest) && isDigit(rest[k]) {
		k++
	}
	return k >= 4 && k < len(rest) && rest[k] == '/'
}

// phoneGroup reports whether the number at token i is a group of digits of a telephone or
// an identifier: written with a leading zero ("044", "02"), or one of three or more groups
// joined by hyphens ("202-6000" in "044-202-6000").
func (s *scanner) phoneGroup(i int) bool {
	t := s.toks[i]
	if t.kind != tokNum {
		return false
	}
	if len(t.text) > 1 && t.text[0] == '0' && t.text[1] >= '0' && t.text[1] <= '9' {
		return true
	}
	groups := 1
	for k := i; k >= 2 && s.toks[k-1].text == "-" && s.toks[k-2].kind == tokNum && s.toks[k].attachedTo(s.toks[k-1]) && s.toks[k-1].attachedTo(s.toks[k-2]); k -= 2 {
		groups++
	}
	for k := i; k+2 < len(s.toks) && s.toks[k+1].text == "-" && s.toks[k+2].kind == tokNum && s.toks[k+1].attachedTo(s.toks[k]) && s.toks[k+2].attachedTo(s.toks[k+1]); k += 2 {
		groups++
	}
	return groups >= 3
}

// chained reports whether a hyphen and another number follow at token j, as in "2-3-1".
func (s *scanner) chained(j int) bool {
	return j+1 < len(s.toks) && s.toks[j].text == "-" && s.toks[j+1].kind == tokNum && s.toks[j].attachedTo(s.toks[j-1])
}

// multiple reads a word that says how many times, a figure of its own (count of times):
// "twice", "tripled", "threefold" (the lexicon's kind multiple) or "three-fold".
func (s *scanner) multiple(i int) (candidate, int, bool) {
	t := s.toks[i]
	if t.kind != tokWord || !s.lex.NumberStart(t.text) {
		return candidate{}, i, false // the cheap test of parseWordNumber first: most words are none
	}
	nw, ok := s.lex.NumberFold(t.text)
	if ok && nw.Kind == "multiplier" && !s.determinerAt(i+1) && !s.wordsAt(i+1, "what") && !(i > 0 && s.lex.HasFold(lexicon.Modals, s.toks[i-1].text)) &&
		!s.qualifiedAt(t.start) {
		// "a double degree": only "double the share", "double what it was", "will double" and
		// "nearly double" multiply
		return candidate{}, i, false
	}
	if !ok || !nw.IsMultiple() {
		// "thirty-fold", "thirtyfold": any number word, hyphenated or glued to "fold"
		word := ""
		switch {
		case hasSuffixFold(t.text, "-fold"):
			word = t.text[:len(t.text)-len("-fold")]
		case hasSuffixFold(t.text, "fold"):
			word = t.text[:len(t.text)-len("fold")]
		default:
			return candidate{}, i, false
		}
		if nw, ok = s.lex.NumberFold(word); !ok || nw.Kind != "unit" && nw.Kind != "ten" {
			return candidate{}, i, false
		}
	}
	if hasSuffixFold(t.text, "ing") && (s.wordsAt(i+1, "time") || s.wordsAt(i+1, "period")) {
		return candidate{}, i, false // "a doubling time of 22 years": the name of a measure
	}
	if s.wordsAt(i+1, "digits") || s.wordsAt(i+1, "digit") {
		return candidate{}, i, false // "returned to double digits": a magnitude, as "두 자릿수" is
	}
	c := candidate{start: t.start, end: t.end, value: nw.Value, unit: schemas.UnitCount, counted: Times}
	if i >= 2 && strings.EqualFold(s.toks[i-1].text, "or") && strings.EqualFold(s.toks[i-2].text, "once") {
		// "visited once or twice": a range of times, from its first word
		c.start, c.isRange, c.low, c.high, c.value = s.toks[i-2].start, true, 1, nw.Value, 0
	}
	c.qualifier = s.qualify(&c) // "nearly fourfold", "more than doubled"
	return c, i + 1, true
}

// determinerAt reports whether token k is a word that starts what a multiplier multiplies:
// "double the share", "triple that of 2010".
func (s *scanner) determinerAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	switch strings.ToLower(s.toks[k].text) {
	case "the", "that", "those", "this", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// fractionBoundAhead reports whether tokens from k on are "and", "to" or "or" and a share
// written as a fraction of something ("a quarter of", "three quarters of", "3/4 of"): the
// high end of a range whose low end is the fraction before k ("between a fifth and a quarter
// of all graduates").
func (s *scanner) fractionBoundAhead(k int) bool {
	if !s.wordsAt(k, "and") && !s.wordsAt(k, "to") && !s.wordsAt(k, "or") {
		return false
	}
	m := k + 1
	if s.wordsAt(m, "a") || s.wordsAt(m, "one") {
		m++
	}
	switch {
	case m+1 >= len(s.toks):
		return false
	case s.shareWordAt(m):
		return s.wordsAt(m+1, "of")
	case s.toks[m].kind == tokWord:
		// "three quarters of": the fraction written without its hyphen
		nw, ok := s.lex.NumberFold(s.toks[m].text + "-" + s.toks[m+1].text)
		return ok && nw.Kind == "fraction" && s.wordsAt(m+2, "of")
	}
	// "3/4 of"
	return m+3 < len(s.toks) && s.toks[m].kind == tokNum && s.toks[m+1].text == "/" && s.toks[m+2].kind == tokNum && s.wordsAt(m+3, "of")
}

// ratioNoun returns how many words, a noun and perhaps an adjective before it, stand
// between "one" or "1" (the number n) and the "in" or "out of" of a ratio: "one student in
// six", "1 case out of every 17", "one Korean mathematician in three"; 0 if none.
func (s *scanner) ratioNoun(n number) int {
	if !(n.word || n.plain) || n.value != 1 {
		return 0
	}
	for words := 1; words <= 2; words++ {
		k := n.j + words // the "in" or "out of" after them
		if k+1 >= len(s.toks) || !s.wordsAt(k, "in") && !s.wordsAt(k, "out", "of") {
			continue
		}
		noun := s.toks[k-1]
		r, _ := utf8.DecodeRuneInString(noun.text)
		if noun.kind != tokWord || s.isStopword(noun.text) || unicode.IsUpper(r) {
			return 0
		}
		if words == 2 && (s.toks[n.j].kind != tokWord || s.isStopword(s.toks[n.j].text)) {
			return 0
		}
		return words
	}
	return 0
}

// ratio reads "one in four", "nine out of ten" or "seven of 10" after the number n.
func (s *scanner) ratio(n number) (number, bool) {
	n.j += s.ratioNoun(n) // "one student in six": the noun the ratio counts, between its terms
	if n.j+1 >= len(s.toks) || !s.wordsAt(n.j, "in") && !s.wordsAt(n.j, "of") && !(s.wordsAt(n.j, "out") && s.wordsAt(n.j+1, "of")) {
		return number{}, false
	}
	at := n.j + 1
	if s.wordsAt(n.j, "of") && !s.wordsAt(at, "every") {
		// "seven of 10 returnees", "3 of every 4": a ratio to a round base; "7 of 12
		// members" is a count and its whole, and "one of ten universities" names one member
		// of a set of ten
		if r, ok := s.parseNumber(at); !ok || r.value != 10 && r.value != 100 || n.value == 1 {
			return number{}, false
		}
	}
	if s.wordsAt(n.j, "out") && s.wordsAt(n.j+1, "of") {
		// "nine out of ten", "3 out of every 4"; "100 out of the 5,000 applicants" is a
		// count and its whole, and so is "100 out of 5,000"
		at++
		if !s.wordsAt(at, "every") {
			if r, ok := s.parseNumber(at); !ok || r.value > 10 && r.value != 100 {
				return number{}, false
			}
		}
	}
	if s.wordsAt(at, "every") && at+1 < len(s.toks) {
		at++ // "one in every five"
	}
	r, ok := s.parseNumber(at)
	whole := r.plain || s.toks[at].kind == tokNum && !s.toks[at].frac && r.j == at+1 // "4 in every 10,000"
	if !ok || r.value <= n.value || n.scale != 1 || r.scale != 1 || n.value == 0 || !(n.word || n.plain) || !(r.word || whole) {
		return number{}, false
	}
	if r.plain && isYear(r.value) {
		return number{}, false
	}
	return r, true
}
