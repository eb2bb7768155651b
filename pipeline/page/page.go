package page

import (
	"cmp"
	"slices"
	"strconv"
	"unicode/utf16"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/reference"
	"github.com/kpfigures/figures/schemas"
)

// Limit bounds the figures the release page lists; its charts count them all.
const Limit = 10000

// Data is what the release page shows, gathered while the tables are written, so that
// the page costs no second pass over the figures: the sources, the first Limit figures,
// and the charts' sums over all of them.
type Data struct {
	sources []out.PageSource
	figures []out.PageFigure
	total   int
	charts  *charts
}

// New returns an empty Data.
func New() *Data { return &Data{charts: newCharts()} }

// Source adds a source row.
func (p *Data) Source(s schemas.Source) {
	link := schemas.Deref(s.URL)
	if link == "" && s.TextFile != nil {
		link = *s.TextFile
	}
	p.sources = append(p.sources, out.PageSource{ID: s.SourceID, Title: s.Title, Link: link, File: s.File})
}

// Funding adds a funding row to the dollar charts: its amount in dollars of its price year
// and of the base year, as the funding table states it, unless it restates another
// (same_as). The funding table's writer calls it, on its own goroutine: it touches only the
// dollar sums, which Figure leaves alone.
func (p *Data) Funding(r schemas.Funding) {
	if r.SameAs != nil || r.AmountUSD == nil {
		return // a restatement is counted where it was first stated
	}
	year := strconv.Itoa(int(*r.PriceYear))
	p.charts.usdByYear[year] += *r.AmountUSD
	if r.AmountUSDReal != nil {
		p.charts.realByYear[year] += *r.AmountUSDReal
	}
}

// Figure adds a figure row.
func (p *Data) Figure(f schemas.Figure) {
	p.total++
	p.charts.add(f)
	if len(p.figures) < Limit {
		p.figures = append(p.figures, pageFigure(f))
	}
}

// Write writes the release page of dir, version version, whose tables hold counts rows.
func (p *Data) Write(dir, version string, counts map[string]int) error {
	return out.WritePage(dir, out.Page{Title: "Figures on the IT sector of the Korean peninsula", Version: version,
		Counts: counts, Sources: p.sources, Figures: p.figures, Total: p.total, Charts: p.charts.charts()})
}

func pageFigure(f schemas.Figure) out.PageFigure {
	pf := out.PageFigure{ID: f.FigureID, Source: f.SourceID, Text: f.Text, Unit: string(f.Unit), Category: string(f.Category),
		Review: f.Review, Sentence: f.Sentence, Checks: schemas.Deref(f.Checks)}
	switch {
	case f.Value != nil:
		pf.Value = out.FormatAmount(*f.Value)
	case f.ValueLow != nil && f.ValueHigh != nil:
		pf.Value = out.FormatAmount(*f.ValueLow) + " – " + out.FormatAmount(*f.ValueHigh)
	}
	if f.Year != nil {
		pf.Year = strconv.Itoa(int(*f.Year))
	}
	if f.Page != nil {
		pf.Page = strconv.Itoa(int(*f.Page))
	}
	// The figure's words within its sentence, for marking (a figure not found is not marked).
	if i, j, ok := extract.FigureInSentence(f.Sentence, f.Text, int(f.Start-f.SentenceStart), int(f.SentenceEnd-f.SentenceStart)); ok {
		pf.Mark = [2]int{utf16Len(f.Sentence[:i]), utf16Len(f.Sentence[:j])}
	}
	return pf
}

// utf16Len is the length of s in UTF-16 code units, as JavaScript counts.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r) // 2 for a rune beyond the Basic Multilingual Plane
	}
	return n
}

// charts sums the figures for the page's charts as they stream by.
type charts struct {
	usdByYear   map[string]float64 // funding in US dollars of its price year, by price year, each amount once
	realByYear  map[string]float64 // the same in US dollars of the base year
	byCurrency  map[string]float64 // funding figures per currency
	byInstitute map[string]float64 // the largest count of graduates stated per subject
	shares      []out.Bar          // co-authorship shares, in percent
}

func newCharts() *charts {
	return &charts{usdByYear: map[string]float64{}, realByYear: map[string]float64{},
		byCurrency: map[string]float64{}, byInstitute: map[string]float64{}}
}

func (c *charts) add(f schemas.Figure) {
	v, ok := f.Middle()
	if !ok {
		return
	}
	switch f.Category {
	case schemas.CategoryFunding:
		c.byCurrency[string(f.Unit)]++
	case schemas.CategoryGraduates:
		if f.Unit == schemas.UnitPeople && f.Subject != nil {
			c.byInstitute[*f.Subject] = max(c.byInstitute[*f.Subject], v)
		}
	case schemas.CategoryCoauthorship:
		if f.Unit == schemas.UnitPercent && len(c.shares) < 12 {
			label := f.Text
			if f.Counted != nil {
				label = f.Text + " " + *f.Counted
			}
			c.shares = append(c.shares, out.Bar{Label: label, Value: v})
		}
	}
}

func (c *charts) charts() []out.Chart {
	byYear := func(m map[string]float64) []out.Bar {
		years := bars(m)
		slices.SortFunc(years, func(a, b out.Bar) int { return cmp.Compare(a.Label, b.Label) })
		return years
	}
	base := strconv.Itoa(reference.Default().BaseYear())
	const once = "Each amount once (restatements and conversions, same_as, left out); a range counts by its middle; " +
		"amounts in currencies without exchange rates (RUB, KPW, ...) or without a year are left out."
	return []out.Chart{
		{Title: "Funding in US dollars of each year, by price year", Unit: "USD", Bars: byYear(c.usdByYear),
			Note: "funding.amount_usd: every currency at the annual average exchange rate of its year. " + once},
		{Title: "Funding in US dollars of " + base + ", by price year", Unit: "USD", Bars: byYear(c.realByYear),
			Note: "funding.amount_usd_real: amount_usd in dollars of " + base + " by the US consumer price index. " + once},
		{Title: "Number of funding figures by currency", Bars: top(bars(c.byCurrency), 10)},
		{Title: "Graduates and trainees by institution", Unit: string(schemas.UnitPeople), Bars: top(bars(c.byInstitute), 10),
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
