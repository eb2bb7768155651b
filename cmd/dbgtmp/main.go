package main

import (
	"fmt"
	"os"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
)

func main() {
	raw, _ := os.ReadFile(os.Args[1])
	doc, err := document.NewDocument(os.Args[1], raw, lexicon.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range extract.Find(doc) {
		fmt.Printf("%q | %s | H=%q | C=%q | S=%q\n", f.Text, f.Unit, f.Heading, f.Counted, f.Sentence)
	}
}
