package pipeline

import (
	"math"
	"strings"
	"testing"

	"github.com/kpfigures/figures/schemas"
)

// fundingByText builds a corpus and returns its funding rows by their text.
func fundingByText(t *testing.T, files map[string]string) map[string]schemas.Funding {
	t.Helper()
	out := map[string]schemas.Funding{}
	for _, f := range buildCorpus(t, files).Funding {
		out[f.Text] = f
	}
	return out
}

func near(got *float64, want, tol float64) bool { return got != nil && math.Abs(*got-want) <= tol*want }

// TestMoneyInDollars converts the four amounts of the issue that asked for dollars: each in
// US dollars of its year and of the base year, a conversion in parentheses counted once.
func TestMoneyInDollars(t *testing.T) {
	rows := fundingByText(t, map[string]string{
		"a.txt": "In 2001, the firm delivered 1.2 million Swiss francs worth of hardware to Europe.\n",
		"b.txt": "The ministry allocated KRW 50 billion to the semiconductor programme in 2022.\n",
		"c.txt": "In 2019, Samsung invested 1.2 trillion won ($1.04 billion) in the new plant.\n",
		"d.txt": "A budget of US$ 3 million was approved for the network in 1999.\n",
	})
	if f := rows["1.2 million Swiss francs"]; !near(f.AmountUSD, 710400, 0.001) || *f.PriceYear != 2001 {
		t.Errorf("CHF: %+v", f)
	}
	if f := rows["KRW 50 billion"]; !near(f.AmountUSD, 38.7e6, 0.002) || f.Kind != "budget" {
		t.Errorf("KRW: %+v", f)
	}
	won, usd := rows["1.2 trillion won"], rows["$1.04 billion"]
	if won.SameAs != nil || usd.SameAs == nil || *usd.SameAs != won.FigureID || won.Kind != "investment" {
		t.Errorf("a conversion in parentheses: %+v, %+v", won, usd)
	}
	if !near(won.AmountUSD, 1.04e9, 0.02) {
		t.Errorf("1.2 trillion won in 2019: %v dollars", *won.AmountUSD)
	}
	if f := rows["US$ 3 million"]; *f.AmountUSD != 3e6 || !near(f.AmountUSDReal, 1.9*3e6, 0.02) || f.USDNote != nil {
		t.Errorf("USD 1999: %+v (real %v)", f, *f.AmountUSDReal)
	}
}

func TestSameAs(t *testing.T) {
	tests := []struct {
		name, doc string
		restates  map[string]string // text → text of the amount it restates; others restate none
	}{
		{"conversion after or", "The fund holds €20m, or about $22m, for start-ups.",
			map[string]string{"about $22m": "€20m"}},
		{"headline and body", "Samsung to invest $500 million in chips\n\nSamsung Electronics said it would invest $500 million in a chip plant.",
			map[string]string{"$500 million@2": "$500 million"}},
		{"headline in another case", "Chips: samsung to invest $500 million\n\nSamsung Electronics said it would invest $500 million in a chip plant.",
			map[string]string{"$500 million@2": "$500 million"}},
		{"headline about another firm", "Hyundai to invest $500 million in cars\n\nSamsung Electronics said it would invest $500 million in a chip plant.", nil},
		{"same amount, other subject", "Samsung will invest $500 million in chips. Hyundai will invest $500 million in cars.", nil},
		{"a list is not a restatement", "Robots get US$ 52M, chips – US$ 17M and software US$ 52M each year.", nil},
		{"same currency, other amount in parentheses", "The budget of $5 million ($2 million for equipment) was approved.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ds := buildCorpus(t, map[string]string{"a.txt": tc.doc + "\n"})
			byKey, idOf, seen := map[string]schemas.Figure{}, map[string]string{}, map[string]int{}
			for _, f := range ds.Figures {
				seen[f.Text]++
				key := f.Text
				if seen[f.Text] > 1 {
					key += "@" + string(rune('0'+seen[f.Text]))
				}
				byKey[key], idOf[key] = f, f.FigureID
			}
			for key, f := range byKey {
				want, ok := tc.restates[key]
				switch {
				case ok && (f.SameAs == nil || *f.SameAs != idOf[want]):
					t.Errorf("%s: same_as %v, want %s (%s)", key, f.SameAs, idOf[want], want)
				case !ok && f.SameAs != nil:
					t.Errorf("%s: same_as %s, want none", key, *f.SameAs)
				}
			}
			if len(byKey) < 2 {
				t.Errorf("figures %v", byKey)
			}
		})
	}
}

func TestDollarsNotes(t *testing.T) {
	rows := fundingByText(t, map[string]string{
		"a.txt": "In 2005, Russia lent 300 million roubles to the project.\n",
		"b.txt": "The plant cost $40 million, a vast sum.\n",
		"c.txt": "In 2020, output was worth $12 billion in 2015 US dollars.\n",
	})
	if f := rows["300 million roubles"]; f.AmountUSD != nil || f.USDNote == nil || !strings.Contains(*f.USDNote, "no exchange rates for RUB") {
		t.Errorf("RUB: %+v", f)
	}
	if f := rows["$40 million"]; f.AmountUSD != nil || f.PriceYear != nil || f.USDNote == nil || !strings.Contains(*f.USDNote, "no price year") {
		t.Errorf("no year: %+v", f)
	}
	if f := rows["$12 billion"]; f.PriceYear == nil || *f.PriceYear != 2015 || f.USDNote == nil || !strings.Contains(*f.USDNote, "price base") {
		t.Errorf("price base: %+v", f)
	}
}
