package normalize

import (
	"strings"
	"testing"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
)

// TestWordsBefore: the words before a figure are read past a whole hedge phrase ("an
// estimated", "some"), never past a word that is only part of one ("of" in "upwards of").
func TestWordsBefore(t *testing.T) {
	lex := lexicon.Default()
	tests := []struct {
		sentence, text string
		n              int
		want           string
	}{
		{"The center employs an estimated 1,000 staff.", "1,000", 1, "employs"},
		{"They face a shortage of some 3,000 engineers.", "3,000", 2, "shortage of"},
		{"They face a shortage of 3,000 engineers.", "3,000", 2, "shortage of"},
		{"Hired 40 engineers.", "40", 2, ""},
		{"Hired 40 engineers.", "40", 1, "Hired"},
		{"40 engineers left.", "40", 1, ""},
	}
	for _, tc := range tests {
		i := strings.Index(tc.sentence, tc.text)
		f := extract.Figure{Sentence: tc.sentence, Text: tc.text, InSentence: document.Span{Start: i, End: i + len(tc.text)}}
		if got := lastWords(beforeHedge(f, lex), tc.n); got != tc.want {
			t.Errorf("lastWords(beforeHedge(%q), %d) = %q, want %q", tc.sentence, tc.n, got, tc.want)
		}
	}
}
