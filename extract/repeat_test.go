package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
)

// TestRepeatedReports checks that a file made of several documents one after another gives
// the figures of each, every time: no heading, furniture marker or repeated line of one
// document ends or swallows the next.
func TestRepeatedReports(t *testing.T) {
	paths, err := filepath.Glob("../corpus/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no corpus documents: %v", err)
	}
	var one []byte
	alone := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := document.NewDocument(p, raw, lexicon.Default())
		if err != nil {
			t.Fatal(err)
		}
		alone += len(Find(doc))
		one = append(one, raw...)
		one = append(one, '\n')
	}
	const copies = 20
	doc, err := document.NewDocument("repeated", bytes.Repeat(one, copies), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(Find(doc)), copies*alone; got != want {
		t.Errorf("%d copies of the corpus give %d figures, want %d (%d each)", copies, got, want, alone)
	}
}
