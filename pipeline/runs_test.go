package pipeline

import (
	"os"
	"path/filepath"
	"slices"
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
`

// TestRunsGiveTheSameDataset: a document's stages take its figures a run at a time; what
// they carry from run to run must make the result that of the whole document at once,
// whatever the runs' size (one figure at a time splits every pair of sentences).
func TestRunsGiveTheSameDataset(t *testing.T) {
	files := map[string]string{"runs.txt": runsText}
	shipped, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, path := range shipped {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(path)] = string(raw)
	}
	corpus := writeCorpus(t, files)
	build := func(runFigures int) *Dataset {
		c, err := OpenCorpus(corpus)
		if err != nil {
			t.Fatal(err)
		}
		c.runFigures = runFigures
		ds := c.newDataset()
		if err := c.writeTo(true, nil, 2, ds, &memSpill{}); err != nil {
			t.Fatal(err)
		}
		return ds
	}
	whole := build(1 << 30)
	for _, rule := range []schemas.CheckRule{schemas.CheckShareVsTotal, schemas.CheckPartsVsTotal, schemas.CheckTableVsTotal} {
		if !slices.ContainsFunc(whole.Checks, func(c schemas.Check) bool { return c.CheckID == rule.ID }) {
			t.Errorf("no %s finding: the text no longer tests what runs carry", rule.ID)
		}
	}
	if !slices.ContainsFunc(whole.Figures, func(f schemas.Figure) bool { return f.SameAs != nil && f.SourceID != "" && f.Text == "$500 million" }) {
		t.Errorf("the restated $500 million has no same_as: the text no longer tests what runs carry")
	}
	for _, n := range []int{1, 2, 3, 7, 64} {
		if diff := cmp.Diff(whole, build(n), cmpopts.IgnoreUnexported(Dataset{})); diff != "" {
			t.Errorf("runs of %d figures differ from the whole document (-whole +runs):\n%s", n, diff)
		}
	}
}
