package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/lexicon"
)

// cutNoteMarkers cuts a note's marker glued to the full stop after a number that ends a
// sentence. Text taken from a PDF writes "rose from 3 to 47.1 Most were small", the 1 a
// footnote's marker: no sentence goes on from a number to a capitalised function word
// ("Most", "The", "It"), so a decimal number before one is a whole number, a stop and a
// marker. The number keeps its digits before the stop, the stop stays, and the marker,
// which counts nothing, is left out.
func cutNoteMarkers(toks []token, lex *lexicon.Lexicon) []token {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].kind != tokNum || !toks[i].frac {
			continue // most tokens: the test that costs least first
		}
		t := toks[i]
		if t.grouped || t.suffix() != "" || !opensSentence(toks[i+1], t, lex) {
			continue
		}
		whole, marker, ok := strings.Cut(t.text, ".")
		if !ok || whole == "" || marker == "" || len(marker) > 2 || marker[0] == '0' {
			continue
		}
		num := token{kind: tokNum, text: whole, start: t.start, end: t.start + len(whole), digits: int32(len(whole)),
			value: numberValue(whole, false, false)}
		stop := token{kind: tokPunct, text: ".", start: num.end, end: num.end + 1}
		toks = append(toks, token{})
		copy(toks[i+2:], toks[i+1:])
		toks[i], toks[i+1] = num, stop
		i++
	}
	return toks
}

// opensSentence reports whether the word w, after the number t, can only open a sentence: a
// capitalised function word (lexicon.Stopwords, VagueParts, Pronouns) spaced from t.
func opensSentence(w, t token, lex *lexicon.Lexicon) bool {
	if w.kind != tokWord || w.attachedTo(t) || len(w.text) < 2 {
		return false
	}
	r, size := utf8.DecodeRuneInString(w.text)
	rest := w.text[size:]
	if !unicode.IsUpper(r) || strings.ToLower(rest) != rest {
		return false
	}
	lower := strings.ToLower(w.text)
	return lex.Has(lexicon.Stopwords, lower) || lex.Has(lexicon.VagueParts, lower) || lex.Has(lexicon.Pronouns, lower)
}
