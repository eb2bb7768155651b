package reference

import (
	"math"
	"strings"
	"testing"
)

func TestShippedTables(t *testing.T) {
	tb := Default()
	for _, tc := range []struct {
		code string
		year int
		want float64
	}{
		{"CHF", 2001, 1.6891}, {"KRW", 2022, 1291.7796}, {"JPY", 2001, 121.57}, {"EUR", 2001, 1.1171}, {"USD", 1950, 1},
	} {
		if got, ok := tb.RatePerUSD(tc.code, tc.year); !ok || math.Abs(got-tc.want) > 0.01 {
			t.Errorf("%s %d: %v %v, want %v", tc.code, tc.year, got, ok, tc.want)
		}
	}
	for _, code := range []string{"RUB", "KPW", "GBP", "DEM"} {
		if tb.HasRates(code) {
			t.Errorf("%s has rates; the table has none", code)
		}
	}
	// 2025 lacks October: the base year is the last complete one.
	if tb.BaseYear() != 2024 {
		t.Errorf("base year %d, want 2024", tb.BaseYear())
	}
	if _, ok := tb.CPI(2025); ok {
		t.Error("an annual CPI for 2025, which lacks a month")
	}
	if c, _ := tb.CPI(1999); math.Abs(c-166.6) > 0.1 {
		t.Errorf("CPI 1999 = %v, want 166.6", c)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ rates, cpi, codes, want string }{
		{"Date,Country,Exchange rate\n2001-01-01,Switzerland,x\n", "Date,Index\n", "Switzerland\tCHF\n", "fx-annual-per-usd.csv: line 2: rate"},
		{"Date,Country,Exchange rate\n", "Date,Index\n2001-01-01,-1\n", "", "cpi-u-monthly.csv: line 2: index"},
		{"Date,Country,Exchange rate\n", "Date,Index\n2001-01-01,170\n", "", "no year with twelve months"},
		{"Date,Country,Exchange rate\n", "Date,Index\n", "Switzerland CHF\n", "currencies.tsv: line 1"},
	} {
		_, err := Parse([]byte(tc.rates), []byte(tc.cpi), []byte(tc.codes))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("error %v, want %q", err, tc.want)
		}
	}
}
