package checks

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/schemas"
)

// The table_vs_total check: the rows of a table, flattened into text or not, summed and
// compared with a total the text states about the table ("These estimates are shown in
// Figure 1. ... approximately 7,000 IT engineers"). The table is found by its caption
// ("Figure 1: ...", "Table 2. ..."); its rows are the lines next to the caption that read
// as a table's (several numbers, or a short cell without a sentence's end); the column
// summed is each row's last amount. The total is a figure of the same kind, at least as
// large as every row, in a sentence that names the table or the sentence after it.

var (
	captionRE  = regexp.MustCompile(`^(Table|Figure|Fig\.|Chart|Exhibit|TABLE|FIGURE)\s+(\d+)\s*[:.]`)
	tableRefRE = regexp.MustCompile(`(?i)\b(table|figure|fig\.|chart|exhibit)\s+(\d+)\b`)
)

// tableLabel is how a caption or a reference names a table: "figure 1" (Fig. is Figure).
func tableLabel(kind, number string) string {
	kind = strings.ToLower(kind)
	if kind == "fig." {
		kind = "figure"
	}
	return kind + " " + number
}

// viewSentence is a sentence of the view with its span in the raw bytes.
type viewSentence struct {
	text       string
	start, end int64
}

// rawSpan is a sentence's span in the raw bytes.
type rawSpan struct{ start, end int64 }

// tableRef is a sentence that refers to a captioned table: the table's rows, read from the
// text before any figure is found, and the sentences that may state its total.
type tableRef struct {
	label, written string    // "figure 1", and as its caption writes it: "Figure 1"
	before, after  []rawSpan // the rows before the caption, nearest first, and after it
	stated         []rawSpan // the referring sentence and the one after it
}

// tablePlan is the table_vs_total check of one source, planned from its text: the references
// to its tables, in order, and the sentences whose figures they read, which a source's
// figures given a run at a time are sifted for.
type tablePlan struct {
	refs   []tableRef
	needed []rawSpan        // sorted, each once
	figs   []schemas.Figure // the figures in needed, in order
	next   int              // the first span of needed not passed yet
}

// planTables plans the check on a view whose raw text starts at offset base of its source,
// or returns nil when no sentence refers to a table captioned in it.
func planTables(v *document.View, base int64) *tablePlan {
	if !strings.Contains(v.Text, "Table ") && !strings.Contains(v.Text, "Figure ") && !strings.Contains(v.Text, "Fig. ") &&
		!strings.Contains(v.Text, "Chart ") && !strings.Contains(v.Text, "Exhibit ") &&
		!strings.Contains(v.Text, "TABLE ") && !strings.Contains(v.Text, "FIGURE ") {
		return nil // the cheap test first: most documents have no caption
	}
	spans := v.SentenceSpans()
	sentence := func(i int) viewSentence {
		sp := spans[i]
		return viewSentence{v.Text[sp.Start:sp.End], base + int64(v.RawStart(sp.Start)), base + int64(v.RawEnd(sp.End))}
	}
	captions, written := captionsOf(v.Text, spans)
	if len(captions) == 0 {
		return nil // most documents have none: nothing more to do
	}
	// Only the words of the captions found can refer to them: the cheap test before the
	// expression, on every sentence.
	var kinds []string
	for label := range captions {
		kind, _, _ := strings.Cut(written[label], " ")
		for _, k := range []string{kind, strings.ToLower(kind)} {
			if !slices.Contains(kinds, k) {
				kinds = append(kinds, k)
			}
		}
	}
	p := &tablePlan{}
	for i, sp := range spans {
		text := v.Text[sp.Start:sp.End]
		if !slices.ContainsFunc(kinds, func(k string) bool { return strings.Contains(text, k) }) {
			continue
		}
		for _, m := range tableRefRE.FindAllStringSubmatch(text, -1) {
			label := tableLabel(m[1], m[2])
			at, ok := captions[label]
			if !ok || at == i {
				continue
			}
			ref := tableRef{label: label, written: written[label]}
			for _, step := range []int{-1, 1} {
				var rows []rawSpan
				for k := at + step; k >= 0 && k < len(spans) && k != i; k += step {
					s := sentence(k)
					if !tableLine(s.text) || captionRE.MatchString(s.text) {
						break
					}
					rows = append(rows, rawSpan{s.start, s.end})
				}
				if step < 0 {
					ref.before = rows
				} else {
					ref.after = rows
				}
			}
			for k := i; k <= i+1 && k < len(spans); k++ {
				if k != at {
					s := sentence(k)
					ref.stated = append(ref.stated, rawSpan{s.start, s.end})
				}
			}
			p.refs = append(p.refs, ref)
			p.needed = append(append(append(p.needed, ref.before...), ref.after...), ref.stated...)
		}
	}
	if len(p.refs) == 0 {
		return nil
	}
	slices.SortFunc(p.needed, func(a, b rawSpan) int { return int(a.start - b.start) })
	p.needed = slices.Compact(p.needed)
	return p
}

// captionsOf finds the captions among the sentences spans of text: each label's first
// caption's sentence index ("figure 1" → 12), and the label as the caption writes it ("Figure 1").
func captionsOf(text string, spans []document.Span) (captions map[string]int, written map[string]string) {
	captions, written = map[string]int{}, map[string]string{}
	for i, sp := range spans {
		if t := text[sp.Start:sp.End]; t == "" || t[0] != 'T' && t[0] != 'F' && t[0] != 'C' && t[0] != 'E' {
			continue // the cheap test before the expression
		}
		if m := captionRE.FindStringSubmatch(text[sp.Start:sp.End]); m != nil {
			if _, ok := captions[tableLabel(m[1], m[2])]; !ok {
				captions[tableLabel(m[1], m[2])] = i
				written[tableLabel(m[1], m[2])] = m[1] + " " + m[2]
			}
		}
	}
	return captions, written
}

// sift keeps the figures of figs, the next of the source in order, that lie in a needed
// sentence.
func (p *tablePlan) sift(figs []schemas.Figure) {
	for _, f := range figs {
		for p.next < len(p.needed) && p.needed[p.next].end < f.End {
			p.next++
		}
		if p.next < len(p.needed) && f.Start >= p.needed[p.next].start && f.End <= p.needed[p.next].end {
			p.figs = append(p.figs, f)
		}
	}
}

// figuresOf returns the figures kept of the sentence at s.
func (p *tablePlan) figuresOf(s rawSpan) []schemas.Figure {
	// A sentence's figures lie inside its raw span; the figures are in order of offsets.
	i := sort.Search(len(p.figs), func(i int) bool { return p.figs[i].Start >= s.start })
	j := i
	for j < len(p.figs) && p.figs[j].End <= s.end {
		j++
	}
	return p.figs[i:j]
}

// tableVsTotal runs the check once every figure is sifted: for each reference, the rows'
// last amounts against a total the referring sentences state, each table once.
func (c *checker) tableVsTotal(p *tablePlan) {
	if p == nil {
		return
	}
	done := map[string]bool{}
	for _, ref := range p.refs {
		if done[ref.label] {
			continue
		}
		parts := p.column(ref)
		if len(parts) < 2 {
			continue
		}
		var stated []schemas.Figure
		for _, s := range ref.stated {
			stated = append(stated, p.figuresOf(s)...)
		}
		if total, ok := totalOf(stated, parts); ok {
			done[ref.label] = true
			c.compareTable(ref.written, parts, total)
		}
	}
}

// column returns each row's last amount, for the table ref refers to: the rows before its
// caption, or, when there are not two, after it.
func (p *tablePlan) column(ref tableRef) []schemas.Figure {
	for side, rows := range [][]rawSpan{ref.before, ref.after} {
		var parts []schemas.Figure
		for _, s := range rows {
			row := p.figuresOf(s)
			for j := len(row) - 1; j >= 0; j-- {
				if f := row[j]; amount(f) {
					parts = append(parts, f)
					break
				}
			}
		}
		if len(parts) >= 2 {
			if side == 0 {
				slices.Reverse(parts) // in the order of the rows
			}
			return parts
		}
	}
	return nil
}

// tableLine reports whether a sentence of the view reads as a line of a table: three
// numbers or more, or two without a sentence's end (a row), or a few words without one (a
// header cell).
func tableLine(s string) bool {
	s = strings.TrimSpace(s)
	runs, end := extract.DigitRuns(s), strings.HasSuffix(s, ".")
	words := len(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '|' }))
	return runs >= 3 || runs == 2 && !end || words <= 6 && !end
}

// amount reports whether a figure is a count or an amount a table's column can sum: not a
// share, a duration or a year.
func amount(f schemas.Figure) bool {
	return (f.Value != nil || f.ValueHigh != nil) && f.Unit != schemas.UnitPercent && !f.Unit.IsDuration()
}

// totalOf picks, of the figures stated about a table, the total of its column: of the same
// kind (money of the parts' currency, or a count), at least as large as every part.
func totalOf(stated, parts []schemas.Figure) (schemas.Figure, bool) {
	largest := 0.0
	for _, p := range parts {
		largest = math.Max(largest, p.High())
	}
	money := parts[0].Unit.IsCurrency()
	for _, f := range stated {
		if f.Value == nil || !amount(f) || *f.Value < largest || f.Unit.IsCurrency() != money ||
			money && f.Unit != parts[0].Unit {
			continue
		}
		return f, true
	}
	return schemas.Figure{}, false
}

// compareTable reports a column whose sum, a range when a row is one, does not lie within
// the stated total's tolerance: ±10% of an approximate total, ±0.5% of an exact one; a
// bound ("more than 7,000") only on its side.
func (c *checker) compareTable(label string, parts []schemas.Figure, total schemas.Figure) {
	var lo, hi float64
	texts := make([]string, len(parts))
	for k, p := range parts {
		lo, hi = lo+p.Low(), hi+p.High()
		texts[k] = p.Text
	}
	t := *total.Value
	tol := 0.005
	if total.Qualifier == "approx" {
		tol = 0.1
	}
	var off bool
	switch total.Qualifier {
	case "more_than", "at_least":
		off = hi < t*(1-tol)
	case "less_than", "up_to":
		off = lo > t*(1+tol)
	default:
		off = lo < t*(1-tol) || hi > t*(1+tol)
	}
	if !off {
		return
	}
	sum := num(lo)
	if hi != lo {
		sum += "–" + num(hi)
	}
	c.add(schemas.CheckTableVsTotal, append(parts, total),
		fmt.Sprintf("the rows of %s (%s) add up to %s, but the text states %q about it", label,
			strings.Join(texts, " + "), sum, total.Text), total.Value, new(hi))
}
