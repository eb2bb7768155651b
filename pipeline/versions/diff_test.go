package versions_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kpfigures/figures/pipeline"
	"github.com/kpfigures/figures/pipeline/versions"
)

// twoReleases releases the shipped corpus, then the same corpus with edit applied to each
// document, and returns the two release directories.
func twoReleases(t *testing.T, edit func(string) string) (string, string) {
	t.Helper()
	releases := t.TempDir()
	corpus := t.TempDir()
	docs, err := filepath.Glob("../../corpus/*.txt")
	if err != nil || len(docs) == 0 {
		t.Fatalf("no shipped corpus: %v", err)
	}
	for i, transform := range []func(string) string{func(s string) string { return s }, edit} {
		for _, d := range docs {
			b, err := os.ReadFile(d)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(corpus, filepath.Base(d)), []byte(transform(string(b))), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := pipeline.Release(pipeline.Options{Corpus: corpus, Out: releases, Version: []string{"1.0.0", "2.0.0"}[i]}); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(releases, "1.0.0"), filepath.Join(releases, "2.0.0")
}

// The diff sorts its rows' marks in memory or, beyond a bound, in runs on disk: both give
// the same difference.
func TestDiffSortedOnDisk(t *testing.T) {
	old, new := twoReleases(t, func(s string) string {
		s = strings.Replace(s, "2", "3", 5) // numbers change: figures change or are paired
		if i := strings.Index(s, "\n\n"); i > 0 {
			s = s[:i] + "\n\nIn 2025 the ministry funded 12 new laboratories." + s[i:] // one added
		}
		return s
	})
	inMemory, err := versions.Diff(old, new)
	if err != nil {
		t.Fatal(err)
	}
	changed := 0
	for _, td := range inMemory.Tables {
		changed += len(td.Added) + len(td.Removed) + len(td.Changed)
	}
	if changed == 0 {
		t.Fatal("the edits changed no row")
	}
	defer func(n int) { *versions.MarksPerRun = n }(*versions.MarksPerRun)
	*versions.MarksPerRun = 3
	onDisk, err := versions.Diff(old, new)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(inMemory, onDisk); d != "" {
		t.Errorf("sorted on disk, the diff differs (-in memory +on disk):\n%s", d)
	}
}

// A table with a repeated key is refused, naming the file and both lines.
func TestDiffRefusesRepeatedKey(t *testing.T) {
	old, new := twoReleases(t, func(s string) string { return s })
	path := filepath.Join(new, "figures.csv")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	lines = append(lines[:2], lines[1:]...) // line 3 repeats line 2
	if err := os.WriteFile(path, []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = versions.Diff(old, new)
	if err == nil || !strings.Contains(err.Error(), "figures.csv: lines 2 and 3: duplicate key") {
		t.Errorf("err = %v, want the file and both lines of the repeated key", err)
	}
}

// A summary lists at most its bound of rows of each kind and counts the rest: its counts
// are the full diff's when no figure changed its id (nothing to pair).
func TestSummaryCountsWhatItDoesNotList(t *testing.T) {
	old, new := twoReleases(t, func(s string) string {
		// Every figure moves; one sentence is added before them.
		return "In 2025 the ministry funded 12 new laboratories and 7 institutes.\n\n" + s
	})
	full, err := versions.Diff(old, new)
	if err != nil {
		t.Fatal(err)
	}
	defer func(n int) { *versions.SummaryRows = n }(*versions.SummaryRows)
	*versions.SummaryRows = 1
	sum, err := versions.Summary(old, new)
	if err != nil {
		t.Fatal(err)
	}
	unlisted := 0
	for i, td := range sum.Tables {
		a, r, c := td.Counts()
		fa, fr, fc := full.Tables[i].Counts()
		if a != fa || r != fr || c != fc {
			t.Errorf("%s: summary counts %d added, %d removed, %d changed; the full diff %d, %d, %d", td.Table, a, r, c, fa, fr, fc)
		}
		if len(td.Added) > 1 || len(td.Removed) > 1 || len(td.Changed) > 2 { // one changed, one moved
			t.Errorf("%s: %d added, %d removed, %d changed listed; at most one of each kind", td.Table, len(td.Added), len(td.Removed), len(td.Changed))
		}
		if td.Unlisted != nil {
			unlisted += td.Unlisted.Moved
		}
	}
	if unlisted == 0 {
		t.Error("no moved row left unlisted: the bound was not reached")
	}
	if !strings.Contains(sum.Text(), "not listed") {
		t.Errorf("the summary's text does not say what it left unlisted:\n%s", sum.Text())
	}
	if entry := versions.ChangelogEntry("2.0.0", sum, map[string]int{}); !strings.Contains(entry, "matched by key alone") {
		t.Errorf("the changelog entry does not say that rows beyond the first were matched by key alone:\n%s", entry)
	}
}
