package normalize

import (
	"strings"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/extract/lexicon"
)

// verbBefore is the word before f past the hedge between ("employs an estimated 1,000 to
// 1,500 staff", "trained some 300"): the verb whose object f is, when one stands there.
func verbBefore(f extract.Figure, lex *lexicon.Lexicon) string {
	return lastWords(beforeHedge(f, lex), 1)
}

// beforeHedge is the text of f's sentence before it, without the hedge phrases that end it
// ("a shortage of some", "employs an estimated").
func beforeHedge(f extract.Figure, lex *lexicon.Lexicon) string {
	if f.InSentence.Start > len(f.Sentence) {
		return ""
	}
	before := strings.TrimRight(f.Sentence[:f.InSentence.Start], " ")
	for cut := true; cut && before != ""; {
		cut = false
		for _, q := range lex.QualifiersEndingWith(lexicon.LowerASCII(before[len(before)-1])) {
			if rest, ok := cutWordsSuffix(before, q.Phrase); ok && rest != "" {
				before, cut = rest, true
				break
			}
		}
	}
	return before
}

// lastWords is the last n words of text, or "" when it has fewer.
func lastWords(text string, n int) string {
	start := len(text)
	for k := 0; k < n; k++ {
		if start <= 0 {
			return ""
		}
		start = strings.LastIndexByte(text[:start], ' ')
		if k < n-1 {
			start = max(start, 0)
		}
	}
	return text[start+1:]
}

// firstWords is the first n words of text, or all of it when it has fewer.
func firstWords(text string, n int) string {
	text = strings.TrimLeft(text, " ")
	end := 0
	for k := 0; k < n; k++ {
		i := strings.IndexByte(text[end:], ' ')
		if i < 0 {
			return text
		}
		end += i + 1
	}
	return text[:end]
}

// cutWordsSuffix cuts the words of phrase, in any case, off the end of text, when they
// are whole words there.
func cutWordsSuffix(text, phrase string) (string, bool) {
	if len(phrase) > len(text) || !strings.EqualFold(text[len(text)-len(phrase):], phrase) {
		return text, false
	}
	rest := text[:len(text)-len(phrase)]
	if rest != "" && rest[len(rest)-1] != ' ' {
		return text, false // "lot" in "pilot"
	}
	return strings.TrimRight(rest, " "), true
}

// wordBefore returns the word just before f in its sentence, in lower case, or "".
func wordBefore(f extract.Figure) string {
	if f.InSentence.Start > len(f.Sentence) {
		return ""
	}
	before := strings.TrimRight(f.Sentence[:f.InSentence.Start], " ")
	return strings.ToLower(before[strings.LastIndexByte(before, ' ')+1:])
}

// wordAfter is the word right after f in its sentence, lower case, without punctuation.
func wordAfter(f extract.Figure) string {
	if f.InSentence.End > len(f.Sentence) {
		return ""
	}
	w, _, _ := strings.Cut(strings.TrimLeft(f.Sentence[f.InSentence.End:], " "), " ")
	return strings.ToLower(strings.TrimRight(w, ".,;:)"))
}
