package extract

import (
	"slices"
	"strings"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
)

// particleTail returns how many bytes at the end of a figure's raw text are a Korean
// particle or ending glued to its counter, percent sign, scale word or a hedge that is a noun
// ("240여 명이다", "1,450억 원으로", "62%를", "2조 3,400억으로", "200명 이상을"): the figure's own
// words end before them, where a reader quoting it would cut.
// The scanner reads the whole word, particle and all, to judge the figure; only the text and
// the span a release gives are cut. A syllable that is a counter as well as a particle stays
// ("섭씨 30도": degrees).
func particleTail(text string, lex *lexicon.Lexicon) int {
	w := text[strings.LastIndexByte(text, ' ')+1:]
	if w == "" || !document.HasHangul(w) {
		return 0
	}
	ko := lex.Korean()
	if ko.Counter(afterDigits(w)) {
		return 0 // "3년간": a counter that ends like a particle is the counter
	}
	for b := range w {
		if b == 0 || !ko.Particle(w[b:]) {
			continue
		}
		stem := w[:b]
		if hedge := strings.TrimRight(stem, quoteClosers); endsWithHedgeNoun(hedge, ko) {
			return len(w) - len(hedge) // "200명 이상을", "150명가량을", "'7,000만 원 미만'이"
		}
		if hedgeAt(w[b:], ko) {
			return 0 // "두 명쯤", "150명가량": a hedge is the figure's own word
		}
		if unit := afterDigits(stem); unit != "" && (strings.HasSuffix(stem, "%") || ko.Counter(unit) || ko.ScaleWord(unit) == unit) {
			return len(w) - b
		}
	}
	return 0
}

// endsWithHedgeNoun reports whether w ends with a hedge that is a noun, whose particles
// are the sentence's (ko_hedgenouns.txt: "이상", "가량", "대").
func endsWithHedgeNoun(w string, ko *lexicon.Korean) bool {
	return slices.ContainsFunc(ko.HedgeNouns(), func(h string) bool { return strings.HasSuffix(w, h) })
}

// hedgeAt reports whether tail starts with a Korean qualifier written after a number
// (ko_qualifiers.tsv: "쯤", "가량", "이상").
func hedgeAt(tail string, ko *lexicon.Korean) bool {
	for _, q := range ko.Qualifiers() {
		if q.Where == "after" && strings.HasPrefix(tail, q.Word) {
			return true
		}
	}
	return false
}

// afterDigits returns w past the number it opens with, its marks and the hedge 여 glued to
// it: "2,000여명" → "명".
func afterDigits(w string) string {
	i := 0
	for i < len(w) && (isDigit(w[i]) || w[i] == ',' || w[i] == '.') {
		i++
	}
	return strings.TrimPrefix(w[i:], "여")
}
