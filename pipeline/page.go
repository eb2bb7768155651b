package pipeline

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/parquet-go/parquet-go"

	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/schemas"
)

// PageLimit bounds the figures the release page lists; its charts count them all.
const PageLimit = 10000

// writePage writes the release page of dir from its sources and figures tables, reading
// the figures in batches so that memory does not grow with the release.
func writePage(dir, version string, stats *Stats) error {
	srcs, err := readParquet[schemas.Source](dir, schemas.Sources)
	if err != nil {
		return err
	}
	p := out.Page{Title: "Figures on the IT sector of the Korean peninsula", Version: version, Counts: stats.Rows}
	for _, s := range srcs {
		link := deref(s.URL)
		if link == "" && s.TextFile != nil {
			link = *s.TextFile
		}
		p.Sources = append(p.Sources, out.PageSource{ID: s.SourceID, Title: s.Title, Link: link, File: s.File})
	}
	charts := newPageCharts()
	err = eachFigure(dir, func(f schemas.Figure) {
		p.Total++
		charts.add(f)
		if len(p.Figures) < PageLimit {
			p.Figures = append(p.Figures, pageFigure(f))
		}
	})
	if err != nil {
		return err
	}
	p.Charts = charts.charts()
	return out.WritePage(dir, p)
}

// eachFigure calls fn for each row of dir's figures table, in order.
func eachFigure(dir string, fn func(schemas.Figure)) error {
	f, err := os.Open(filepath.Join(dir, schemas.Figures.Name+".parquet"))
	if err != nil {
		return err
	}
	defer f.Close()
	r := parquet.NewGenericReader[schemas.Figure](f)
	defer r.Close()
	buf := make([]schemas.Figure, 1024)
	for {
		n, err := r.Read(buf)
		for _, fig := range buf[:n] {
			fn(fig)
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", f.Name(), err)
		}
	}
}

func pageFigure(f schemas.Figure) out.PageFigure {
	pf := out.PageFigure{ID: f.FigureID, Source: f.SourceID, Text: f.Text, Unit: f.Unit, Category: f.Category,
		Review: f.Review, Sentence: f.Sentence, Checks: deref(f.Checks)}
	switch {
	case f.Value != nil:
		pf.Value = out.FormatValue(*f.Value)
	case f.ValueLow != nil && f.ValueHigh != nil:
		pf.Value = out.FormatValue(*f.ValueLow) + " – " + out.FormatValue(*f.ValueHigh)
	}
	if f.Year != nil {
		pf.Year = strconv.Itoa(int(*f.Year))
	}
	if f.Page != nil {
		pf.Page = strconv.Itoa(int(*f.Page))
	}
	// The figure's words within its sentence, for marking; the sentence is the cleaned view,
	// so a figure whose raw words held markup may not be found, and is then not marked.
	if i := strings.Index(f.Sentence, f.Text); i >= 0 {
		pf.Mark = [2]int{utf16Len(f.Sentence[:i]), utf16Len(f.Sentence[:i+len(f.Text)])}
	}
	return pf
}

// utf16Len is the length of s in UTF-16 code units, as JavaScript counts.
func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }

// pageCharts sums the figures for the page's charts as they stream by.
type pageCharts struct {
	usdByYear   map[string]float64 // funding in US dollars, by year
	byCurrency  map[string]float64 // funding figures per currency
	byInstitute map[string]float64 // the largest count of graduates stated per subject
	shares      []out.Bar          // co-authorship shares, in percent
}

func newPageCharts() *pageCharts {
	return &pageCharts{usdByYear: map[string]float64{}, byCurrency: map[string]float64{}, byInstitute: map[string]float64{}}
}

// value is a figure's value, or the middle of its range.
func value(f schemas.Figure) (float64, bool) {
	switch {
	case f.Value != nil:
		return *f.Value, true
	case f.ValueLow != nil && f.ValueHigh != nil:
		return (*f.ValueLow + *f.ValueHigh) / 2, true
	}
	return 0, false
}

func (c *pageCharts) add(f schemas.Figure) {
	v, ok := value(f)
	if !ok {
		return
	}
	switch f.Category {
	case "funding":
		c.byCurrency[f.Unit]++
		if f.Unit == "USD" && f.Year != nil {
			c.usdByYear[strconv.Itoa(int(*f.Year))] += v
		}
	case "graduates":
		if f.Unit == "people" && f.Subject != nil {
			c.byInstitute[*f.Subject] = max(c.byInstitute[*f.Subject], v)
		}
	case "coauthorship":
		if f.Unit == "percent" && len(c.shares) < 12 {
			label := f.Text
			if f.Counted != nil {
				label = f.Text + " " + *f.Counted
			}
			c.shares = append(c.shares, out.Bar{Label: label, Value: v})
		}
	}
}

func (c *pageCharts) charts() []out.Chart {
	years := bars(c.usdByYear)
	slices.SortFunc(years, func(a, b out.Bar) int { return cmp.Compare(a.Label, b.Label) })
	return []out.Chart{
		{Title: "Funding in US dollars, by year", Unit: "USD", Bars: years,
			Note: "Sum of the amounts stated for each year (a range counts by its middle); amounts in other currencies are not converted."},
		{Title: "Number of funding figures by currency", Bars: top(bars(c.byCurrency), 10)},
		{Title: "Graduates and trainees by institution", Unit: "people", Bars: top(bars(c.byInstitute), 10),
			Note: "The largest count stated for each subject; subjects are read from the sentence, best effort."},
		{Title: "Co-authorship shares", Unit: "%", Bars: c.shares, Note: "Each share as stated, in the order of the sources."},
	}
}

func bars(m map[string]float64) []out.Bar {
	var bs []out.Bar
	for k, v := range m {
		bs = append(bs, out.Bar{Label: k, Value: v})
	}
	return bs
}

// top keeps the n largest bars, largest first (ties by label: deterministic).
func top(bs []out.Bar, n int) []out.Bar {
	slices.SortFunc(bs, func(a, b out.Bar) int {
		if c := cmp.Compare(b.Value, a.Value); c != 0 {
			return c
		}
		return cmp.Compare(a.Label, b.Label)
	})
	return bs[:min(n, len(bs))]
}
