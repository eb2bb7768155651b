package reference

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

var (
	//go:embed fx-annual-per-usd.csv
	ratesCSV []byte
	//go:embed cpi-u-monthly.csv
	cpiCSV []byte
	//go:embed currencies.tsv
	currenciesTSV []byte
)

// Files are the shipped reference files, for citing them: name, title and where they come from.
var Files = []File{
	{"fx-annual-per-usd.csv", "Annual average foreign exchange rates, foreign currency per US dollar (US Federal Reserve H.10/G.5A, via FRED)",
		"https://fred.stlouisfed.org (packaged by github.com/datasets/exchange-rates, data/annual.csv, commit fa7d949956d1db1d21102654b1f40d64d2568677)"},
	{"cpi-u-monthly.csv", "Consumer Price Index for All Urban Consumers (CPI-U), U.S. city average, all items, not seasonally adjusted (US Bureau of Labor Statistics)",
		"https://www.bls.gov (packaged by github.com/datasets/cpi-us, data/cpiai.csv, commit a1f785a423e22924ef9a438f8996130b1d00374f)"},
}

// File is one shipped reference file.
type File struct {
	Name, Title, Path string
}

// Tables are the reference data, parsed.
type Tables struct {
	rates    map[string]map[int]float64 // ISO code → year → units per US dollar
	cpi      map[int]float64            // year → annual average, of years with all twelve months
	baseYear int                        // the latest year with all twelve months
}

// Default returns the tables parsed from the shipped files. They are read-only.
func Default() *Tables { return defaultTables }

var defaultTables = mustParse()

// mustParse parses the embedded files: an error there is a defect of the shipped data, which
// the package's tests catch, not bad input.
func mustParse() *Tables {
	t, err := Parse(ratesCSV, cpiCSV, currenciesTSV)
	if err != nil {
		panic(err)
	}
	return t
}

// Parse reads an exchange-rate table (Date, Country, Exchange rate), a monthly CPI table
// (Date, Index, ...) and the country → currency code map.
func Parse(rates, cpi, currencies []byte) (*Tables, error) {
	codes := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(currencies))
	for line := 1; sc.Scan(); line++ {
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		country, code, ok := strings.Cut(l, "\t")
		if !ok || len(code) != 3 {
			return nil, fmt.Errorf("currencies.tsv: line %d: want country<TAB>ISO code", line)
		}
		codes[country] = code
	}
	t := &Tables{rates: map[string]map[int]float64{}, cpi: map[int]float64{}}
	err := eachRow("fx-annual-per-usd.csv", rates, func(line int, rec []string) error {
		code, ok := codes[rec[1]]
		if !ok {
			return nil // a currency left out on purpose (see currencies.tsv)
		}
		year, v, err := yearValue(rec[0], rec[2], "rate")
		if err != nil {
			return err
		}
		if t.rates[code] == nil {
			t.rates[code] = map[int]float64{}
		}
		t.rates[code][year] = v
		return nil
	})
	if err != nil {
		return nil, err
	}
	sums, months := map[int]float64{}, map[int]int{}
	err = eachRow("cpi-u-monthly.csv", cpi, func(line int, rec []string) error {
		year, v, err := yearValue(rec[0], rec[1], "index")
		if err != nil {
			return err
		}
		sums[year] += v
		months[year]++
		return nil
	})
	if err != nil {
		return nil, err
	}
	for y, n := range months {
		if n == 12 { // a year with a month missing has no annual average
			t.cpi[y] = sums[y] / 12
			t.baseYear = max(t.baseYear, y)
		}
	}
	if t.baseYear == 0 {
		return nil, fmt.Errorf("cpi-u-monthly.csv: no year with twelve months")
	}
	return t, nil
}

// eachRow calls fn with each record after the header of a CSV file, naming the file and
// line in its errors.
func eachRow(name string, b []byte, fn func(line int, rec []string) error) error {
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = -1
	if _, err := r.Read(); err != nil {
		return fmt.Errorf("%s: header: %w", name, err)
	}
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err == nil && len(rec) < 2 {
			err = fmt.Errorf("%d fields", len(rec))
		}
		if err == nil {
			err = fn(line, rec)
		}
		if err != nil {
			return fmt.Errorf("%s: line %d: %w", name, line, err)
		}
	}
}

// yearOf reads the year of a date YYYY-MM-DD.
func yearOf(date string) (int, error) {
	if len(date) < 4 {
		return 0, fmt.Errorf("date %q is not YYYY-MM-DD", date)
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return 0, fmt.Errorf("date %q is not YYYY-MM-DD", date)
	}
	return y, nil
}

// RatePerUSD returns how many units of currency code one US dollar bought on average in
// year (1 for USD itself).
func (t *Tables) RatePerUSD(code string, year int) (float64, bool) {
	if code == "USD" {
		return 1, true
	}
	v, ok := t.rates[code][year]
	return v, ok
}

// HasRates reports whether the tables have rates for currency code in any year.
func (t *Tables) HasRates(code string) bool { return code == "USD" || len(t.rates[code]) > 0 }

// CPI returns the annual average CPI-U of year, for years with all twelve months.
func (t *Tables) CPI(year int) (float64, bool) {
	v, ok := t.cpi[year]
	return v, ok
}

// BaseYear is the latest year with all twelve CPI months: the year whose dollars the real
// amounts are in.
func (t *Tables) BaseYear() int { return t.baseYear }

// Years returns the first and last year with a rate for code.
func (t *Tables) Years(code string) (first, last int) {
	for y := range t.rates[code] {
		if first == 0 || y < first {
			first = y
		}
		last = max(last, y)
	}
	return first, last
}

// yearValue reads a row's year and its positive value, what the value is naming it in the
// error.
func yearValue(year, value, what string) (int, float64, error) {
	y, err := yearOf(year)
	if err != nil {
		return 0, 0, err
	}
	v, err := strconv.ParseFloat(value, 64)
	if err != nil || v <= 0 {
		return 0, 0, fmt.Errorf("%s %q is not a positive number", what, value)
	}
	return y, v, nil
}
