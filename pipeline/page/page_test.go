package page

import (
	"fmt"
	"math"
	"testing"

	"github.com/kpfigures/figures/pipeline/normalize"
	"github.com/kpfigures/figures/reference"
	"github.com/kpfigures/figures/schemas"
)

// TestChartsCountEachAmountOnce: the dollar charts add each amount once, at its price
// year, leaving out its conversions and restatements (same_as), as the funding table's
// rows without same_as add up.
func TestChartsCountEachAmountOnce(t *testing.T) {
	money := func(id string, unit schemas.Unit, v float64, year int32, sameAs string) schemas.Figure {
		return schemas.Figure{FigureID: id, SourceID: "s", Unit: unit, Value: new(v), Year: new(year),
			Category: "funding", SameAs: schemas.Optional(sameAs)}
	}
	figs := []schemas.Figure{
		money("won", "KRW", 1.2e12, 2019, ""),
		money("dollars", "USD", 1.04e9, 2019, "won"), // the conversion in parentheses
		money("again", "KRW", 1.2e12, 2019, "won"),   // the same amount stated again
		money("budget", "USD", 3e6, 1999, ""),
	}
	p := New()
	for _, f := range figs {
		p.Figure(f)
		d := normalize.ToDollars(f, 0, reference.Default()) // as the funding table's row states it
		p.Funding(schemas.Funding{FigureID: f.FigureID, SameAs: f.SameAs, PriceYear: d.PriceYear, AmountUSD: d.USD, AmountUSDReal: d.USDReal})
	}
	want := map[string]float64{}
	for _, f := range figs {
		if f.SameAs == nil {
			want[fmt.Sprint(*f.Year)] += *normalize.ToDollars(f, 0, reference.Default()).USD
		}
	}
	if len(p.charts.usdByYear) != len(want) {
		t.Fatalf("chart %v, want %v", p.charts.usdByYear, want)
	}
	for y, v := range want {
		if math.Abs(p.charts.usdByYear[y]-v) > 1 {
			t.Errorf("%s: chart %v, want %v", y, p.charts.usdByYear[y], v)
		}
	}
	if v := p.charts.usdByYear["2019"]; v > 1.1e9 {
		t.Errorf("2019 counts the won amount more than once: %v", v)
	}
}
