package pipeline

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/pipeline/normalize"
	"github.com/kpfigures/figures/schemas"
)

// kindsFile holds money figures labelled with their kind, written for this test.
var kindsFile = filepath.Join("..", "testdata", "money", "kinds.tsv")

// kindsAccuracy extracts each labelled sentence and compares the funding row's kind with
// the label. It returns the right and the labelled counts, and the misses.
func kindsAccuracy(t *testing.T) (right, total int, misses []string) {
	t.Helper()
	f, err := os.Open(kindsFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lex := lexicon.Default()
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if l := sc.Text(); l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 3 {
			t.Fatalf("%s: line %d: want sentence, amount and kind", kindsFile, line)
		}
		doc, err := document.NewDocument("k", []byte(parts[0]), lexicon.Default())
		if err != nil {
			t.Fatal(err)
		}
		src := schemas.Source{SourceID: "k"}
		got := "(amount not found)"
		for _, r := range normalize.Normalize(&src, extract.Find(doc), normalize.Topic{}, lex) {
			if strings.Contains(r.Text, parts[1]) && r.Unit.IsCurrency() {
				got = fundingRow(r, 0, lexicon.Default()).Kind
			}
		}
		total++
		if got == parts[2] {
			right++
		} else {
			misses = append(misses, fmt.Sprintf("%s: %s, want %s", parts[0], got, parts[2]))
		}
	}
	return right, total, misses
}

// shippedKindsAccuracy compares the kinds of the shipped corpus's funding rows with their
// labels (testdata/money/kinds-shipped.tsv).
func shippedKindsAccuracy(t *testing.T) (right, total int, misses []string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "money", "kinds-shipped.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	ds, err := Build(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, s := range ds.Sources {
		files[s.SourceID] = s.File
	}
	for _, l := range strings.Split(string(b), "\n") {
		parts := strings.Split(l, "\t")
		if len(parts) != 3 || strings.HasPrefix(l, "#") {
			continue
		}
		got := "(amount not found)"
		for _, f := range ds.Funding {
			if files[f.SourceID] == parts[0] && strings.Contains(f.Text, parts[1]) {
				got = f.Kind
			}
		}
		total++
		if got == parts[2] {
			right++
		} else {
			misses = append(misses, fmt.Sprintf("%s %q: %s, want %s", parts[0], parts[1], got, parts[2]))
		}
	}
	return right, total, misses
}

// TestMoneyKinds measures the kind lexicon on the labelled figures and keeps the numbers
// the codebook prints (pipeline/kinds.md, rewritten with -update) equal to them.
func TestMoneyKinds(t *testing.T) {
	right, total, misses := kindsAccuracy(t)
	sRight, sTotal, sMisses := shippedKindsAccuracy(t)
	misses = append(misses, sMisses...)
	acc := float64(right) / float64(total)
	doc := fmt.Sprintf("Measured on %d money figures in sentences written and labelled for the purpose "+
		"(`testdata/money/kinds.tsv`; the same person wrote the lexicon, after them, so expect less on text of your own): "+
		"%d right, accuracy %.2f; on the %d money figures of the shipped documents (`testdata/money/kinds-shipped.tsv`): "+
		"%d right, accuracy %.2f.\n", total, right, acc, sTotal, sRight, float64(sRight)/float64(sTotal))
	const path = "kinds.md"
	if *update {
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if kindsMeasured != doc {
		t.Errorf("%s says %q; measured %q (go test -update rewrites it)", path, kindsMeasured, doc)
	}
	if acc < 0.8 {
		t.Errorf("kind accuracy %.2f < 0.80; misses:\n%s", acc, strings.Join(misses, "\n"))
	}
	for _, m := range misses {
		t.Log(m)
	}
}
