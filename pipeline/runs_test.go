package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/kpfigures/figures/schemas"
)

// runsText states what the per-source stages compare across sentences: a share and the total
// before it, shares of one total, parts and their total, a table and the total the text
// states about it, an amount restated, and a sentence said twice.
const runsText = `Graduates

The universities enrolled 2,000 students in 2010. Of them, 700 (45%) graduated in 2014.
Later, 94 (85%) of the papers had a foreign co-author, and 75 (61%) of the papers were cited.

The ministry spent $10 million on the network in 2005. It gave $5 million to Kim Il Sung University, $4 million to Kim Chaek University and $3 million to Pyongyang University of Science and Technology.

Table 1. Graduates by year
2001 1,200 graduates
2002 1,450 graduates
2003 1,600 graduates
2004 1,900 graduates

As Table 1 shows, approximately 9,000 engineers graduated in those years.

Samsung invested $500 million in the plant in 2019. Sales grew 5%.
Analysts said Samsung's $500 million plant would open in 2021. Sales grew 5%.

A dozen of them were new.
`

// TestRunsGiveTheSameDataset: a document's stages take its figures a run at a time; what
// they carry from run to run must make the result that of the whole document at once,
// whatever the runs' size (one figure at a time splits every pair of sentences).
func TestRunsGiveTheSameDataset(t *testing.T) {
	corpus := runsCorpus(t, "")
	whole, _ := buildInRuns(t, corpus, 1<<30)
	for _, rule := range []schemas.CheckRule{schemas.CheckShareVsTotal, schemas.CheckPartsVsTotal, schemas.CheckTableVsTotal} {
		if !slices.ContainsFunc(whole.Checks, func(c schemas.Check) bool { return c.CheckID == rule.ID }) {
			t.Errorf("no %s finding: the text no longer tests what runs carry", rule.ID)
		}
	}
	if !slices.ContainsFunc(whole.Figures, func(f schemas.Figure) bool { return f.SameAs != nil && f.SourceID != "" && f.Text == "$500 million" }) {
		t.Errorf("the restated $500 million has no same_as: the text no longer tests what runs carry")
	}
	for _, n := range []int{1, 2, 3, 7, 64} {
		got, _ := buildInRuns(t, corpus, n)
		if diff := cmp.Diff(whole, got, cmpopts.IgnoreUnexported(Dataset{})); diff != "" {
			t.Errorf("runs of %d figures differ from the whole document (-whole +runs):\n%s", n, diff)
		}
	}
}

// TestRunsWithReview: a review whose entries find their figures by sentence (a stale id, a
// sentence a little changed, a number changed) gives the same release and the same review
// outcome whatever the runs' size, through the planned second pass.
func TestRunsWithReview(t *testing.T) {
	plain, _ := buildInRuns(t, runsCorpus(t, ""), 1<<30)
	byText := map[string]schemas.Figure{}
	for _, f := range plain.Figures {
		if f.SourceID == "runs" {
			byText[f.Text] = f
		}
	}
	entry := func(id, action, text, sentence, extra string) string {
		return fmt.Sprintf("  - figure_id: %s\n    source_id: runs\n    action: %s\n    text: %q\n    sentence: %q\n%s",
			id, action, text, sentence, extra)
	}
	moved, near, changed, byID := byText["approximately 9,000"], byText["$4 million"], byText["1,450"], byText["$10 million"]
	for _, f := range []schemas.Figure{moved, near, changed, byID} {
		if f.FigureID == "" {
			t.Fatalf("the runs text no longer states the figures the review names: %v", byText)
		}
	}
	review := entry("f0000000000000001", "confirm", moved.Text, moved.Sentence, "") + // a stale id
		entry("f0000000000000002", "correct", near.Text, strings.Replace(near.Sentence, "gave", "granted", 1), "    value: 4100000\n") +
		entry("f0000000000000003", "reject", "1,460", strings.Replace(changed.Sentence, "1,450", "1,460", 1), "    reason: typo\n") + // its number changed
		entry(byID.FigureID, "confirm", byID.Text, byID.Sentence, "") +
		// Figures the extractor misses: one among the others, one after the last.
		"  - action: add\n    source_id: runs\n    quote: \"2021\"\n    value: 2021\n    unit: count\n    category: other\n" +
		"  - action: add\n    source_id: runs\n    quote: \"were new\"\n    value: 12\n    unit: count\n    category: other\n"
	corpus := runsCorpus(t, review)
	whole, wholeReview := buildInRuns(t, corpus, 1<<30)
	if added := slices.IndexFunc(whole.Figures, func(f schemas.Figure) bool { return f.Review == "added" && f.Text == "were new" }); added < 0 ||
		!slices.ContainsFunc(whole.Figures, func(f schemas.Figure) bool { return f.Review == "added" && f.Text == "2021" }) {
		t.Fatalf("the review's additions are not in the release")
	}
	if wholeReview.moved == 0 || wholeReview.stale == "" {
		t.Fatalf("the review matched nothing by sentence (moved %d) or nothing is outdated (%q): it no longer tests the plan",
			wholeReview.moved, wholeReview.stale)
	}
	for _, n := range []int{1, 2, 5, 64} {
		got, gotReview := buildInRuns(t, corpus, n)
		if diff := cmp.Diff(whole, got, cmpopts.IgnoreUnexported(Dataset{})); diff != "" {
			t.Errorf("runs of %d figures differ from the whole document (-whole +runs):\n%s", n, diff)
		}
		if gotReview != wholeReview {
			t.Errorf("runs of %d figures: review outcome %+v, whole document %+v", n, gotReview, wholeReview)
		}
	}
}

// reviewOutcome is what a release made of its review file.
type reviewOutcome struct {
	moved int
	stale string
}

// runsCorpus writes a corpus of the shipped documents, their manifest and review, and
// runsText as runs.txt, with review appended to the review file.
func runsCorpus(t *testing.T, review string) string {
	t.Helper()
	files := map[string]string{"runs.txt": runsText}
	shipped, _ := filepath.Glob(filepath.Join(corpusDir, "*"))
	for _, path := range shipped {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(path)] = string(raw)
	}
	files["review.yaml"] += review
	return writeCorpus(t, files)
}

// buildInRuns builds the dataset of corpus with runs of n figures, on two workers, and
// returns it with what became of the review.
func buildInRuns(t *testing.T, corpus string, n int) (*Dataset, reviewOutcome) {
	t.Helper()
	c, err := OpenCorpus(corpus)
	if err != nil {
		t.Fatal(err)
	}
	c.runFigures = n
	ds := c.newDataset()
	if err := c.writeTo(false, nil, 2, ds, &memSpill{}); err != nil {
		t.Fatal(err)
	}
	outcome := reviewOutcome{moved: c.Review.Moved()}
	if err := c.Review.Stale(); err != nil {
		outcome.stale = err.Error()
	}
	return ds, outcome
}
