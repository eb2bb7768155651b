package versions_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/kpfigures/figures/pipeline"
	"github.com/kpfigures/figures/pipeline/versions"
)

// release publishes a corpus of one document, text, as the next version in releases.
func release(releases, text string) error {
	dir, err := os.MkdirTemp("", "example-corpus-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "it.txt"), []byte(text), 0o644); err != nil {
		return err
	}
	_, err = pipeline.Release(pipeline.Options{Corpus: dir, Out: releases})
	return err
}

// Comparing two releases: a figure whose number was edited is one changed row, field by
// field, paired with its old id by its sentence.
func ExampleDiff() {
	out, _ := os.MkdirTemp("", "example-releases-")
	defer os.RemoveAll(out)
	for _, n := range []string{"4,000", "5,000"} {
		if err := release(out, "IT\n\nMore than "+n+" IT specialists have graduated.\n"); err != nil {
			fmt.Println(err)
		}
	}
	d, err := versions.Diff(filepath.Join(out, "1.0.0"), filepath.Join(out, "1.1.0"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range d.Tables {
		if t.Table != "figures" {
			continue
		}
		fmt.Println(len(t.Added), len(t.Removed), len(t.Changed))
		for _, f := range t.Changed[0].Fields {
			if f.Field == "value" || f.Field == "text" {
				fmt.Printf("%s: %s → %s\n", f.Field, f.Old, f.New)
			}
		}
	}
	// Output:
	// 0 0 1
	// text: More than 4,000 → More than 5,000
	// value: 4000 → 5000
}
