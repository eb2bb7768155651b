package normalize

import (
	"fmt"
	"testing"

	"github.com/kpfigures/figures/schemas"
)

// TestRestatementsForgetTheOldestAmount: a yearbook states millions of amounts; the
// restatements keep the last maxAmounts, so that a restated amount of those is still
// found and the oldest are forgotten.
func TestRestatementsForgetTheOldestAmount(t *testing.T) {
	figure := func(i int, value float64) schemas.Figure {
		return schemas.Figure{FigureID: fmt.Sprintf("f%d", i), Unit: "USD", Value: new(value), Subject: new("Samsung"),
			Sentence: "Samsung invested in the plant.", SentenceStart: int64(i) * 100, Start: int64(i)*100 + 1, End: int64(i)*100 + 9}
	}
	r := NewRestatements()
	var figs []schemas.Figure
	for i := range maxAmounts + 1 {
		figs = append(figs, figure(i, float64(i+1)))
	}
	r.Mark(schemas.Text{}, figs)
	later := []schemas.Figure{figure(maxAmounts+1, 1), figure(maxAmounts+2, maxAmounts+1)}
	r.Mark(schemas.Text{}, later)
	if later[0].SameAs != nil {
		t.Errorf("the first amount, forgotten, is restated by %s", *later[0].SameAs)
	}
	if want := fmt.Sprintf("f%d", maxAmounts); later[1].SameAs == nil || *later[1].SameAs != want {
		t.Errorf("the last amount's restatement has same_as %v, want %s", later[1].SameAs, want)
	}
}
