package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/extract/lexicon"
)

// timeAway reports whether the duration f says how long before or after something, a point
// in time (lexicon.RelativeTimes): "up from 4,120 five years earlier", "15 years ago", "six
// years later", "3년 전보다", "2년 후".
func timeAway(f extract.Figure, lex *lexicon.Lexicon) bool {
	if f.InSentence.End > len(f.Sentence) || f.InSentence.End <= f.InSentence.Start {
		return false
	}
	if lex.Has(lexicon.SpanWords, wordBefore(f)) {
		return false // "for up to ten years after graduation": a span that starts then, not a point
	}
	if statisticOfDurations(f, lex) {
		return false // "a median of 196 days after posting": how long it took from then
	}
	next, rest, _ := strings.Cut(strings.TrimLeft(f.Sentence[f.InSentence.End:], " "), " ")
	if lex.Unit(strings.ToLower(next)).IsDuration() {
		next, rest, _ = strings.Cut(rest, " ") // "five [years] earlier": the figure's text may end before its unit
	}
	if strings.EqualFold(next, "from") && extract.HasPrefixFold(rest, "now") {
		return true // "ten years from now"
	}
	if i := strings.IndexByte(next, '('); i > 0 {
		next = next[:i] // "10년 전(9만 1,207명)보다", "five years earlier (4,120)"
	}
	next = strings.TrimRight(next, ",.;:)")
	if lex.HasFold(lexicon.RelativeTimes, next) {
		return true
	}
	if !inKorean(f) {
		return false
	}
	for _, w := range lex.Words(lexicon.RelativeTimes) {
		if after, ok := strings.CutPrefix(next, w); ok && (after == "" || lex.Korean().Particle(after)) {
			return true // "3년 전보다", "5년 뒤에"
		}
	}
	return false
}

// spanPeriod reports whether the English duration f is a period a span word before it
// sets, the plan's or the statement's time rather than how long any training takes: the
// period an amount of money just before it is spent over ("₩1 trillion over the next five
// years", "KRW 4.5tn ($3.4bn) over five years", "won for three years"), or the time frame a
// statement is made over ("hired 900 engineers over three years", "trained 3,200 in the past
// five years"). "for" alone says how long ("trained for six months"), and "within" how soon
// an outcome came, which is the outcome's ("63% found jobs within two years of
// graduation"); "for the next ten years" is a frame again.
func spanPeriod(f extract.Figure, lex *lexicon.Lexicon) bool {
	if inKorean(f) {
		return koreanSpanPeriod(f, lex)
	}
	span, relative, before, ok := spanBefore(f, lex)
	if !ok {
		return false
	}
	if relative || span != "for" && span != "within" {
		return true
	}
	if i := strings.LastIndexByte(before, '('); i >= 0 && strings.HasSuffix(before, ")") {
		before = strings.TrimRight(before[:i], " ") // "1.2 trillion won ($880 million)": the amount before its conversion
	}
	return endsWithAmount(before, lex)
}

// koreanSpanPeriod is spanPeriod for Korean, which needs no span word: a word of
// lexicon.PeriodLeads right before the duration makes it the frame a plan or a statement
// covers ("향후 5년간 3조 원을 투자한다", "최근 5년간 해외로 나간 박사"), as "over the next
// five years" and "within the past three years" are in English.
func koreanSpanPeriod(f extract.Figure, lex *lexicon.Lexicon) bool {
	return lex.Has(lexicon.PeriodLeads, wordBefore(f))
}

// spanBefore finds the span word (lexicon.SpanWords) before the English duration f, past
// its hedge and a "the next" or "the past": it returns the word, lower case, whether a
// relative word stood between ("over the next five years"), and the words before it.
func spanBefore(f extract.Figure, lex *lexicon.Lexicon) (span string, relative bool, before string, ok bool) {
	if inKorean(f) || f.InSentence.Start > len(f.Sentence) {
		return "", false, "", false
	}
	words := strings.Fields(f.Sentence[:f.InSentence.Start])
	n := len(words)
	for n > 0 && lex.InQualifier(words[n-1]) && !lex.Has(lexicon.SpanWords, strings.ToLower(words[n-1])) {
		n-- // "over as many as ten years"; "over" itself is a span's word here
	}
	if n > 1 && lex.HasFold(lexicon.PeriodLeads, words[n-1]) {
		n-- // "over the next five years"
		relative = true
		if strings.EqualFold(words[n-1], "the") {
			n--
		}
	}
	if n < 2 {
		return "", false, "", false
	}
	span = strings.ToLower(words[n-1])
	if !lex.Has(lexicon.SpanWords, span) && !(relative && span == "in") {
		return "", false, "", false // "in the past five years" is a frame; "in five years", a time away
	}
	return span, relative, strings.Join(words[:n-1], " "), true
}

// durationHolder returns the words that say what the duration f is the time of: the place
// after "at" or "in" ("two years at a state laboratory", "five years in the army") or the
// noun phrase before "of" ("a career of nearly three decades"), which name it (named); or
// the words a hyphenated one modifies ("a four-year term", "four-year primary schools"),
// which may start with an adjective. "" when the sentence has none beside it.
func durationHolder(f extract.Figure) (words string, named bool) {
	if f.InSentence.End > len(f.Sentence) || f.InSentence.End <= f.InSentence.Start {
		return "", false
	}
	if inKorean(f) {
		return koreanDurationHolder(f)
	}
	after := strings.Fields(f.Sentence[f.InSentence.End:])
	if strings.Contains(f.Text, "-") {
		return trimClause(after[:min(len(after), 3)]), false
	}
	if len(after) > 2 && (after[1] == "at" || after[1] == "in") {
		// After the unit: "two [years] at". A country or a city after "in" ("six weeks in
		// Switzerland") says where the time was spent, not what it was of.
		place := after[2]
		if strings.EqualFold(place, "the") && len(after) > 3 {
			place = after[3]
		}
		r, _ := utf8.DecodeRuneInString(place)
		return trimClause(after[2:min(len(after), 7)]), after[1] == "at" || !unicode.IsUpper(r)
	}
	before := strings.Fields(f.Sentence[:f.InSentence.Start])
	if n := len(before); n > 1 && before[n-1] == "of" {
		from := max(0, n-4)
		for i := n - 2; i >= from; i-- {
			if strings.ContainsAny(before[i], ",;:()") {
				from = i + 1
				break
			}
		}
		return trimClause(before[from : n-1]), true
	}
	return "", false
}

// koreanDurationHolder is durationHolder for Korean: the place before the duration, in
// 에서 ("서울대학교에서 4년간", "군에서 3년간"), which names it, unless it is a number or
// the duration is the time an event after it took ("대학교에서 4년 만에 박사 학위를"); else
// the word after it, past 동안 or 만에, most often the verb of what was done in that time
// ("졸업하였다"), which may as well be the object of a plan ("5년간 4,500억 원을 투입해") and
// so only adds.
func koreanDurationHolder(f extract.Figure) (words string, named bool) {
	var after string
	took := false // "4년 만에 박사 학위를 받았다": the time the event after it took
	for _, w := range strings.Fields(f.Sentence[f.InSentence.End:]) {
		if w != "동안" && w != "동안에" && w != "만에" && w != "만" {
			after = strings.TrimRight(w, ",.")
			break
		}
		took = took || w == "만에" || w == "만"
	}
	before := strings.Fields(f.Sentence[:f.InSentence.Start])
	if n := len(before); n > 0 && !took && strings.HasSuffix(before[n-1], "에서") && extract.IndexDigit(before[n-1]) < 0 {
		return before[n-1], true // ("6개월에서 1년으로": the value it changed from, no place)
	}
	return after, false
}

// trimClause joins words up to the first that ends a clause with its punctuation ("a state
// laboratory, she went" → "a state laboratory").
func trimClause(words []string) string {
	for i, w := range words {
		if strings.ContainsAny(w, ",;:.()") {
			return strings.Join(append(words[:i:i], strings.TrimRight(w, ",;:.()")), " ")
		}
	}
	return strings.Join(words, " ")
}
