package validate_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kpfigures/figures/pipeline"
	"github.com/kpfigures/figures/pipeline/validate"
)

// Validating a written release on its own: its files against SHA256SUMS, its tables
// against the schema and the row rules, its figures' words against the corpus's bytes.
func ExampleRelease() {
	corpus, _ := os.MkdirTemp("", "example-corpus-")
	defer os.RemoveAll(corpus)
	releases, _ := os.MkdirTemp("", "example-releases-")
	defer os.RemoveAll(releases)
	os.WriteFile(filepath.Join(corpus, "it.txt"), []byte("IT\n\nMore than 4,000 IT specialists have graduated.\n"), 0o644)
	sum, err := pipeline.Release(pipeline.Options{Corpus: corpus, Out: releases})
	if err != nil {
		fmt.Println(err)
		return
	}
	report, err := validate.Release(sum.Dir, corpus)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(report.OK, report.Rows["figures"], report.Rows["graduates"])

	// A figure's bytes changed after the release: the checksums say so.
	os.WriteFile(filepath.Join(sum.Dir, "figures.csv"), []byte("figure_id\n"), 0o644)
	report, _ = validate.Release(sum.Dir, corpus)
	p := report.Problems[0]
	fmt.Println(report.OK, p.File, strings.SplitN(p.Message, ":", 2)[0])
	// Output:
	// true 1 1
	// false figures.csv checksum mismatch
}
