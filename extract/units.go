package extract

import (
	"strings"

	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/schemas"

	"unicode"
	"unicode/utf8"
)

// unitAfter attaches a percent sign or word, or a currency written after the amount, to c.
// It returns the token index after them.
func (s *scanner) unitAfter(c *candidate, j int) int {
	if j < len(s.toks) && s.toks[j].text == "%" {
		c.unit, c.end = "percent", s.toks[j].end
		return j + 1
	}
	// "percentage points" are no percent: a change of 7.0% to 7.4% is 0.4 points, or 5.7
	// percent. They stay count, with "percentage points" counted.
	if k := s.percentWordAt(j); k > j {
		c.unit, c.end = "percent", s.toks[k-1].end
		return k
	}
	if j+1 < len(s.toks) && s.toks[j].text == "-" && s.toks[j].attachedTo(s.toks[j-1]) && s.toks[j+1].attachedTo(s.toks[j]) {
		if k := s.percentWordAt(j + 1); k > j+1 {
			c.unit, c.end = "percent", s.toks[k-1].end // "a 7-percent cut", "12-per-cent"
			return k
		}
	}
	if cur, end, ok := s.currencyAfter(c.end); ok {
		c.unit, c.end = cur.Code, end
		if cur.Hundredth {
			c.value /= 100 // "15 cents" is 0.15 dollars
		}
		for j < len(s.toks) && s.toks[j].start < end {
			j++
		}
	}
	return j
}

// percentWordAt returns the token after a word for percent (lexicon.PercentWords) that
// starts at token j, or j.
func (s *scanner) percentWordAt(j int) int {
	if j >= len(s.toks) || s.toks[j].kind != tokWord {
		return j
	}
	for _, p := range s.lex.Words(lexicon.PercentWords) {
		if len(p) <= 3 && s.toks[j].text == p || len(p) > 3 && s.phraseAt(j, p) {
			return j + phraseWords(p)
		}
	}
	return j
}

// percentSuffix reports whether a suffix glued to digits is a word for percent ("40pc").
func (s *scanner) percentSuffix(suffix string) bool {
	return len(suffix) <= 3 && s.lex.Has(lexicon.PercentWords, suffix)
}

// currencyBefore finds a currency written just before view offset at ("US$ 38M", "\$1.5").
// A currency written before scaled amounts only ("W30tn") is one only when scaled is.
func (s *scanner) currencyBefore(at int, scaled bool) (code schemas.Unit, start int, ok bool) {
	before := strings.TrimRight(s.text[s.sent.Start:at], " ")
	if before == "" {
		return "", 0, false
	}
	for _, c := range s.lex.CurrenciesBeforeEndingWith(before[len(before)-1]) {
		if (scaled || !c.ScaledOnly) && strings.HasSuffix(before, c.Phrase) && boundaryBefore(before, len(before)-len(c.Phrase)) {
			return c.Code, s.sent.Start + len(before) - len(c.Phrase), true
		}
	}
	return "", 0, false
}

// currencyAfter finds a currency written just after view offset at ("1.2 million Swiss franks").
func (s *scanner) currencyAfter(at int) (cur lexicon.Currency, end int, ok bool) {
	after := s.text[at:s.sent.End]
	trimmed := strings.TrimLeft(after, " ")
	if rest, ok := strings.CutPrefix(after, "-"); ok && isLetterStart(rest) {
		trimmed = rest // "a 622-trillion-won cluster", "a 10-billion-dollar fund": an adjective
	}
	skip := len(after) - len(trimmed)
	if trimmed == "" {
		return lexicon.Currency{}, 0, false
	}
	for _, c := range s.lex.CurrenciesAfterStartingWith(trimmed[0]) {
		if strings.HasPrefix(trimmed, c.Phrase) && boundaryAfter(trimmed, len(c.Phrase)) && (skip > 0 || !isLetterStart(c.Phrase)) {
			return c, at + skip + len(c.Phrase), true
		}
	}
	return lexicon.Currency{}, 0, false
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
		digits := !n.word && s.toks[j+1].kind == tokNum
		if !n.word && !digits || n.word && s.toks[j+1].kind != tokWord {
			return number{}, 0, false
		}
		if digits {
			// "24 or 25 years old", "5 or 6 engineers": two neighbouring values of one
			// noun; "Articles 2 or 3" is a list and "10 or 100" a choice.
			hi, ok := s.parseNumber(j + 1)
			if !ok || hi.scale != 1 || n.scale != 1 || hi.value <= n.value || hi.value > 2*n.value+1 ||
				hi.j >= len(s.toks) || s.toks[hi.j].kind != tokWord || s.isLabel(hi) {
				return number{}, 0, false
			}
			return hi, hi.j, true
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
func (s *scanner) currencyAfterTok(k int) (schemas.Unit, int, bool) {
	for _, c := range s.lex.Currencies() {
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
	if c.unit.IsDuration() && !c.isRange && c.counted != "age" { // "aged over 65" is an age
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
		q, ok := qualifierEnding(before, s.lex)
		if !ok || q.Rank == 0 {
			break // a focus word ("just 2") leaves the figure exact and outside its text
		}
		if s.comparesMultiple(before, q) {
			break // "twice as many as twenty years ago": a comparison, not a bound
		}
		if q.Rank > rank {
			best, rank = q.Name, q.Rank
		}
		c.start = s.sent.Start + len(before) - len(q.Phrase)
	}
	return best
}

// comparesMultiple reports whether the qualifier q that text ends with is "as many as" or
// "as much as" after a multiple: a comparison, not a bound ("twice as many as 40").
func (s *scanner) comparesMultiple(text string, q lexicon.Qualifier) bool {
	return HasPrefixFold(q.Phrase, "as ") && s.multipleBefore(text[:len(text)-len(q.Phrase)])
}

// multipleBefore reports whether text ends with a word of how many times ("twice", "three
// times", "half", "fourfold"), which makes "as many as" after it a comparison.
func (s *scanner) multipleBefore(text string) bool {
	w := strings.ToLower(lastWord(strings.TrimRight(text, " ")))
	if nw, ok := s.lex.Number(w); ok && (nw.IsMultiple() || nw.Kind == "fraction") {
		return true
	}
	return w == "times" || strings.HasSuffix(w, "fold")
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

// focusedAt reports whether a focus word ("just 2", "only 12", "a total of 40") singles out
// the number at token i, or a comparison with a multiple ("half as many as 40"): it is a
// quantity even when nothing counted follows it.
func (s *scanner) focusedAt(i int) bool {
	before := strings.TrimRight(s.text[s.sent.Start:s.toks[i].start], " ")
	q, ok := qualifierEnding(before, s.lex)
	return ok && (q.Rank == 0 || s.comparesMultiple(before, q))
}

// qualifierEnding returns the qualifier of the lexicon that text ends with, as a whole word.
func qualifierEnding(text string, lex *lexicon.Lexicon) (lexicon.Qualifier, bool) {
	if text == "" {
		return lexicon.Qualifier{}, false
	}
	for _, q := range lex.QualifiersEndingWith(lexicon.LowerASCII(text[len(text)-1])) {
		if hasSuffixFold(text, q.Phrase) && boundaryBefore(text, len(text)-len(q.Phrase)) {
			return q, true
		}
	}
	return lexicon.Qualifier{}, false
}
