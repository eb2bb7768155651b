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

// tableVsTotal runs the check on one source.
func (c *checker) tableVsTotal(doc *document.Document, figs []schemas.Figure) {
	v := doc.View
	if !strings.Contains(v.Text, "Table ") && !strings.Contains(v.Text, "Figure ") && !strings.Contains(v.Text, "Fig. ") &&
		!strings.Contains(v.Text, "Chart ") && !strings.Contains(v.Text, "Exhibit ") &&
		!strings.Contains(v.Text, "TABLE ") && !strings.Contains(v.Text, "FIGURE ") {
		return // the cheap test first: most documents have no caption
	}
	spans := v.SentenceSpans()
	sentences := make([]viewSentence, len(spans))
	captions := map[string]int{}   // label → sentence index, the first caption of each
	written := map[string]string{} // label → as the caption writes it: "Figure 1"
	for i, sp := range spans {
		sentences[i] = viewSentence{v.Text[sp.Start:sp.End], int64(v.RawStart(sp.Start)), int64(v.RawEnd(sp.End))}
		if t := sentences[i].text; t == "" || t[0] != 'T' && t[0] != 'F' && t[0] != 'C' && t[0] != 'E' {
			continue // the cheap test before the expression
		}
		if m := captionRE.FindStringSubmatch(sentences[i].text); m != nil {
			if _, ok := captions[tableLabel(m[1], m[2])]; !ok {
				captions[tableLabel(m[1], m[2])] = i
				written[tableLabel(m[1], m[2])] = m[1] + " " + m[2]
			}
		}
	}
	if len(captions) == 0 {
		return // most documents have none: nothing more to do
	}
	figuresOf := func(s viewSentence) []schemas.Figure {
		// A sentence's figures lie inside its raw span; the figures are in order of offsets.
		i := sort.Search(len(figs), func(i int) bool { return figs[i].Start >= s.start })
		j := i
		for j < len(figs) && figs[j].End <= s.end {
			j++
		}
		return figs[i:j]
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
	done := map[string]bool{}
	for i, s := range sentences {
		if !slices.ContainsFunc(kinds, func(k string) bool { return strings.Contains(s.text, k) }) {
			continue
		}
		for _, m := range tableRefRE.FindAllStringSubmatch(s.text, -1) {
			label := tableLabel(m[1], m[2])
			at, ok := captions[label]
			if !ok || at == i || done[label] {
				continue
			}
			parts := tableColumn(sentences, at, i, figuresOf)
			if len(parts) < 2 {
				continue
			}
			var stated []schemas.Figure
			for k := i; k <= i+1 && k < len(sentences); k++ {
				if k != at {
					stated = append(stated, figuresOf(sentences[k])...)
				}
			}
			if total, ok := totalOf(stated, parts); ok {
				done[label] = true
				c.compareTable(written[label], parts, total)
			}
		}
	}
}

// tableColumn returns each row's last amount, for the table whose caption is sentence at:
// the rows before the caption, or, when there are none, after it, never past the sentence
// ref that refers to the table or another caption.
func tableColumn(sentences []viewSentence, at, ref int, figuresOf func(viewSentence) []schemas.Figure) []schemas.Figure {
	for _, step := range []int{-1, 1} {
		var parts []schemas.Figure
		for k := at + step; k >= 0 && k < len(sentences) && k != ref && tableLine(sentences[k].text) &&
			!captionRE.MatchString(sentences[k].text); k += step {
			row := figuresOf(sentences[k])
			for j := len(row) - 1; j >= 0; j-- {
				if f := row[j]; amount(f) {
					parts = append(parts, f)
					break
				}
			}
		}
		if len(parts) >= 2 {
			if step < 0 {
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
