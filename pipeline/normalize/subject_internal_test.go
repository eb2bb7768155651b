package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
)

// TestSubjectInAsSubjectOf: the subject read from the sentence's name spans worked out once
// is the one read from the text before and after each figure alone, for every sentence of
// the documents written for the evaluation and a figure at every word of it.
func TestSubjectInAsSubjectOf(t *testing.T) {
	lex := lexicon.Default()
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "english", "docs", "*.txt"))
	if len(paths) < 40 {
		t.Fatalf("%d documents, want the labelled ones", len(paths))
	}
	tried := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(string(raw), "\n") {
			s := WithoutCitations(line)
			names := newSentenceNames(nameSpans(s, lex)) // read once, for every figure of the line
			for start := 0; start < len(s); start++ {
				if start > 0 && s[start-1] != ' ' {
					continue // a figure starts a word
				}
				end := start + strings.IndexByte(s[start:]+" ", ' ')
				fig := document.Span{Start: start, End: end}
				if got, want := subjectIn(s, &names, fig, lex), subjectOf(s, fig, lex); got != want {
					t.Fatalf("%s: %q at %d-%d: subject %q, want %q", filepath.Base(p), s, start, end, got, want)
				}
				tried++
			}
		}
	}
	t.Logf("%d figures' subjects compared", tried)
}
