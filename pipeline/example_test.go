package pipeline_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/kpfigures/figures/pipeline"
)

// corpusOf writes documents into a new corpus directory and returns it.
func corpusOf(docs map[string]string) string {
	dir, err := os.MkdirTemp("", "example-corpus-")
	if err != nil {
		panic(err)
	}
	for name, text := range docs {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			panic(err)
		}
	}
	return dir
}

// Building a dataset in memory from a corpus directory: every figure with its unit,
// category and, for money, its amount in US dollars.
func ExampleBuild() {
	dir := corpusOf(map[string]string{"budget.txt": "Budget\n\n" +
		"In 2019, Samsung invested 1.2 trillion won ($1.04 billion) and trained 300 engineers.\n"})
	defer os.RemoveAll(dir)
	ds, err := pipeline.Build(dir)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range ds.Figures {
		fmt.Println(f.Text, f.Unit, f.Category, f.SameAs != nil)
	}
	for _, f := range ds.Funding {
		fmt.Printf("%s: %s, %.0f US dollars of %d\n", f.Text, f.Kind, *f.AmountUSD, *f.PriceYear)
	}
	// Output:
	// 1.2 trillion won KRW funding false
	// $1.04 billion USD funding true
	// 300 people graduates false
	// 1.2 trillion won: investment, 1029334666 US dollars of 2019
	// $1.04 billion: investment, 1040000000 US dollars of 2019
}

// Publishing a release: the first version of a new releases directory.
func ExampleRelease() {
	dir := corpusOf(map[string]string{"budget.txt": "Budget\n\nThe ministry allocated US$ 12 million in 2004.\n"})
	defer os.RemoveAll(dir)
	out, _ := os.MkdirTemp("", "example-releases-")
	defer os.RemoveAll(out)
	sum, err := pipeline.Release(pipeline.Options{Corpus: dir, Out: out})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(filepath.Base(sum.Dir), sum.Counts["figures"], sum.Counts["funding"])
	// Output: 1.0.0 1 1
}
