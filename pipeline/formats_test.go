package pipeline

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/pipeline/validate"
	"github.com/kpfigures/figures/schemas"
)

// needTool skips a test without an external tool, unless make test asked for every tool.
func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("FIGURES_REQUIRE_TOOLS") != "" {
			t.Fatalf("%s not installed; make test installs it", name)
		}
		t.Skipf("%s not installed", name)
	}
}

// TestReleaseFormats releases a corpus of a saved web page, a two-column PDF typeset with
// groff, and Markdown: offsets into the raw HTML and into the shipped PDF text, pages from
// the PDF, metadata from the documents themselves.
func TestReleaseFormats(t *testing.T) {
	needTool(t, "pdftotext")
	corpus := t.TempDir()
	copyFile(t, "../extract/testdata/html/article.html", filepath.Join(corpus, "article.html"))
	copyFile(t, "../testdata/pdf/two-column.pdf", filepath.Join(corpus, "paper.pdf"))
	os.WriteFile(filepath.Join(corpus, "notes.md"), []byte("# Notes\n\n- The ministry funded **40 projects** in 2019.\n"), 0o644)
	outDir := filepath.Join(t.TempDir(), "rel")
	sum, err := Release(Options{Corpus: corpus, Out: outDir, Version: "1.0.0"})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Stats.Skipped) > 0 {
		t.Fatalf("skipped %v", sum.Stats.Skipped)
	}
	srcs, err := out.ReadTable[schemas.Source](sum.Dir, schemas.Sources)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range srcs {
		got[s.SourceID] = strings.Join([]string{s.Title, schemas.Deref(s.Authors), schemas.Deref(s.Published), schemas.Deref(s.Publisher), schemas.Deref(s.URL), schemas.Deref(s.TextFile)}, " | ")
	}
	want := map[string]string{
		"article": "North Korea expands IT training at Kim Chaek University | Jane Park | 2021-03-04 | Peninsula Tech Review | https://example.org/news/2021/03/nk-it-training | ",
		"paper":   "Software Engineers of the North | Min-ji Han | " + pdfDate(t, filepath.Join(corpus, "paper.pdf")) + " |  |  | text_paper.txt",
		"notes":   "Notes |  |  |  |  | ", // its first heading
	}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("source %s: %q\nwant %q", id, got[id], w)
		}
	}
	text, err := os.ReadFile(filepath.Join(sum.Dir, "text_paper.txt"))
	if err != nil {
		t.Fatal(err)
	}
	figs, err := out.ReadTable[schemas.Figure](sum.Dir, schemas.Figures)
	if err != nil {
		t.Fatal(err)
	}
	raws := map[string][]byte{"paper": text}
	for _, id := range []string{"article", "notes"} {
		raws[id], _ = os.ReadFile(filepath.Join(corpus, map[string]string{"article": "article.html", "notes": "notes.md"}[id]))
	}
	pages := map[string]int32{}
	for _, f := range figs {
		if raw := strings.Join(strings.Fields(string(raws[f.SourceID][f.Start:f.End])), " "); raw != f.Text {
			t.Errorf("%s: figure %q, bytes at [%d, %d) %q", f.SourceID, f.Text, f.Start, f.End, raw)
		}
		if f.SourceID == "paper" && f.Page != nil {
			pages[f.Text] = *f.Page
		}
	}
	for text, page := range map[string]int32{"more than 4,000": 1, "about US$ 12 million": 1, "150–200": 1, "1.2 million Swiss francs": 1,
		"about 1,200": 2, "2.5 billion won": 2} {
		if pages[text] != page {
			t.Errorf("PDF figure %q on page %d, want %d (pages %v)", text, pages[text], page, pages)
		}
	}
	if n := sum.Stats.Rows[schemas.Figures.Name]; n < 12 {
		t.Errorf("%d figures", n)
	}
	if probs, err := validate.Problems(sum.Dir, corpus); err != nil || len(probs) > 0 {
		t.Errorf("validate: %v %v", err, probs)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// pdfDate is the creation date pdfinfo reads, which the release takes as published.
func pdfDate(t *testing.T, path string) string {
	return pdfInfo(path).Published
}

// TestResultOwnsItsBytes: a worker reads every document into the same buffer, so nothing of
// a document's result may point into the bytes it was read from. Each document of a corpus of
// every format is processed through one buffer, the buffer is then scribbled over, and the
// result must still equal that of a fresh read.
func TestResultOwnsItsBytes(t *testing.T) {
	corpus := t.TempDir()
	copyFile(t, "../extract/testdata/html/article.html", filepath.Join(corpus, "article.html"))
	if _, err := exec.LookPath("pdftotext"); err == nil {
		copyFile(t, "../testdata/pdf/two-column.pdf", filepath.Join(corpus, "paper.pdf"))
	}
	os.WriteFile(filepath.Join(corpus, "notes.md"), []byte("# Notes\n\n- The ministry funded **40 projects** in 2019.\n"), 0o644)
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, f := range files {
		copyFile(t, f, filepath.Join(corpus, filepath.Base(f)))
	}
	c, err := OpenCorpus(corpus)
	if err != nil {
		t.Fatal(err)
	}
	var buf []byte
	figures := 0
	for i, d := range c.Docs {
		got, err := collectFigures(func(emit func(figureRun) error) (*DocResult, error) { return c.runFile(i, &buf, emit) })
		if err != nil {
			t.Fatal(err)
		}
		scribble := buf[:cap(buf)]
		for k := range scribble {
			scribble[k] = 'X'
		}
		want, err := c.Run(i)
		if err != nil {
			t.Fatal(err)
		}
		figures += len(want.Figures)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(DocResult{})); diff != "" {
			t.Errorf("%s: the result changed with the buffer it was read into (-fresh +reused):\n%s", d.Path, diff)
		}
	}
	if figures < 50 {
		t.Errorf("%d figures in the corpus: the test tests little", figures)
	}
}
