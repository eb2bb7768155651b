package extract_test

import (
	"fmt"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
)

// Reading a document and finding its figures: each with its value, unit, qualifier and
// counted noun, at its exact bytes.
func ExampleFind() {
	raw := []byte("In 2006 the ministry allocated US$ 38M to train more than 4,000 IT specialists " +
		"and 150–200 teachers.\n")
	doc, err := document.NewDocument("note.txt", raw, lexicon.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range extract.Find(doc) {
		value := fmt.Sprint(f.Value)
		if f.IsRange {
			value = fmt.Sprintf("%v–%v", f.Low, f.High)
		}
		fmt.Printf("%q bytes %d–%d: %s %s %s %q\n", raw[f.Start:f.End], f.Start, f.End, value, f.Unit, f.Qualifier, f.Counted)
	}
	// Output:
	// "US$ 38M" bytes 31–38: 3.8e+07 USD exact ""
	// "more than 4,000" bytes 48–63: 4000 people more_than "IT specialists"
	// "150–200" bytes 83–92: 150–200 people range "teachers"
}
