package extract

import (
	"strconv"
	"strings"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/schemas"
)

// Markdown tables state their figures in cells, and what each column counts in the header
// row: "| Year | Graduates |" over "| 2018 | 1,450 |". The scanner reads a data row's cells
// with the header's names as their counted nouns.

// tableRow is a data row of a markdown table: the view offsets where its cells start, and
// the names of the columns above them.
type tableRow struct {
	cellStarts []int
	header     []string
	units      []unitDeclaration // the unit each column's header declares in brackets ("Rate (%)"), or none
	byLabel    []bool            // the column's header names no measure ("Value", "2023"): the row's label does
	years      []int             // the year each column's header is ("2023", "2026년(안)"), or 0
	label      string            // the row's first cell without its brackets ("취업률")
	labelUnit  unitDeclaration   // the unit the first cell declares in brackets ("취업률(%)"), or none
	classLabel bool              // the first cell is a class of sizes ("1–49", "300 or more"), no value
}

// inLabel reports whether view offset at is in the row's first cell.
func (r *tableRow) inLabel(at int) bool {
	return len(r.cellStarts) > 1 && at < r.cellStarts[1]
}

// isTableHeader reports whether sentence t is the header of a markdown table: a table line
// with its rule next. Its numbers name columns ("Spending per trainee (KRW 1,000)", "Firms
// of 1–49"), and are no figures.
func isTableHeader(t, next string) bool {
	return isTableLine(t) && !isTableRule(t) && isTableRule(next)
}

// isTableLine reports whether a sentence of the view is a markdown table line.
func isTableLine(t string) bool {
	return strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 2
}

// isTableRule reports whether a table line is the rule under a header: "|---|:--:|".
func isTableRule(t string) bool {
	return strings.Trim(t, "|-: ") == "" && strings.Contains(t, "-")
}

// tableCells splits a table line at its bars; it returns each cell's text and view offset.
func tableCells(t string, base int) (cells []string, starts []int) {
	for i := 0; i < len(t); {
		if t[i] != '|' {
			i++
			continue
		}
		j := strings.IndexByte(t[i+1:], '|')
		if j < 0 {
			break
		}
		cells = append(cells, strings.TrimSpace(t[i+1:i+1+j]))
		starts = append(starts, base+i+1)
		i += 1 + j
	}
	return cells, starts
}

// tableTracker follows the sentences of a view and says which are rows of a table with a
// header.
type tableTracker struct {
	header  []string
	units   []unitDeclaration // read once from the header, for every row
	byLabel []bool
	years   []int
}

// row returns the table row context of sentence t at view offset base, or nil; next is the
// sentence after it, which tells a header (followed by its rule) from a data row.
func (tt *tableTracker) row(t string, base int, next string, lex *lexicon.Lexicon) *tableRow {
	if !isTableLine(t) {
		tt.header = nil
		return nil
	}
	if isTableRule(t) {
		return nil
	}
	cells, starts := tableCells(t, base)
	if isTableRule(next) {
		tt.header, tt.units, tt.byLabel, tt.years = cells, make([]unitDeclaration, len(cells)), make([]bool, len(cells)), make([]int, len(cells))
		for i, h := range cells {
			if i > 1 && narrowsColumnBefore(h) {
				// "| Papers | With foreign co-authors |": the papers that have them
				cells[i] = cells[i-1] + " " + strings.ToLower(h[:1]) + h[1:]
				h = cells[i]
			}
			tt.years[i] = headerYear(h, lex)
			if d, ok := bracketUnit(h, lex); ok && !d.unknown {
				tt.units[i] = d // "Rate (%)", "Budget (KRW billion)"
			} else if d, ok := parseDeclaration(h, lex); ok && !d.unknown && (d.unit.IsCurrency() || d.unit == schemas.UnitPercent) {
				tt.units[i] = d // "US$ million", "%": a column named by its unit alone
			}
			// "| 취업자(명) | 14,520 | ..." under "| 구분 | 2020 | ...": the columns are years, and
			// the row's label says what its cells count, and in what unit; so it does under
			// "| Indicator | Value |".
			tt.byLabel[i] = i > 0 && (tt.years[i] > 0 || lex.HasFold(lexicon.ValueColumns, h))
		}
		return nil
	}
	if tt.header == nil {
		return labelledRow(cells, starts, lex)
	}
	r := &tableRow{cellStarts: starts, header: tt.header, units: tt.units, byLabel: tt.byLabel, years: tt.years}
	if len(cells) > 0 {
		r.label = strings.TrimSpace(withoutBracket(cells[0]))
		r.labelUnit, _ = bracketUnit(cells[0], lex)
		r.classLabel = document.ClassLabel(r.label, lex)
	}
	return r
}

// narrowsColumnBefore reports whether a header names a part of what the column before it
// counts, by what that part has or lacks: "With foreign co-authors", "Without a degree".
func narrowsColumnBefore(h string) bool {
	return HasPrefixFold(h, "with ") || HasPrefixFold(h, "without ")
}

// labelledRow reads a row of a table without a header whose two cells are a label and a
// value, as an infobox sets its fields ("| Companies | 2,144 (2022) |", "| Area (km2) |
// 67.8 |"): the label says what the value counts, or nil for any other row.
func labelledRow(cells []string, starts []int, lex *lexicon.Lexicon) *tableRow {
	if len(cells) != 2 || cells[0] == "" || IndexDigit(cells[0]) >= 0 || IndexDigit(cells[1]) < 0 {
		return nil
	}
	r := &tableRow{cellStarts: starts, header: []string{"", cells[0]}, units: make([]unitDeclaration, 2)}
	if d, ok := bracketUnit(cells[0], lex); ok && !d.unknown {
		r.units[1] = d
	}
	return r
}

// column returns the header name of the cell holding view offset at, or "", and the unit
// the header declares (the zero declaration when none); under a header that names no
// measure (a year, "Value"), the row's label and the unit it declares.
func (r *tableRow) column(at int) (string, unitDeclaration) {
	if r.byRowLabel(at) {
		return r.label, r.labelUnit
	}
	col := r.colAt(at)
	if col < 0 || col >= len(r.header) {
		return "", unitDeclaration{}
	}
	return r.header[col], r.units[col]
}

// byRowLabel reports whether column returns the row's label for the cell holding view
// offset at.
func (r *tableRow) byRowLabel(at int) bool {
	col := r.colAt(at)
	return col >= 0 && col < len(r.byLabel) && r.byLabel[col] && r.label != ""
}

// ranked reports whether the cell holding view offset at is a place in an order, not a
// quantity: its column's header is a rank or a reference ("Rank", "No.", "#", "순위"), or,
// under a column of years or values, the header over the rows' labels is ("| Ranking |
// 2022 | 2023 |" over "| QS World | 71 | 81 |").
func (r *tableRow) ranked(at int, lex *lexicon.Lexicon) bool {
	rank := func(h string) bool {
		h = strings.ToLower(h)
		if s, ok := strings.CutSuffix(h, "s"); ok && lex.Has(lexicon.References, s) {
			return false // "Articles", "Pages": a header in the plural counts what a reference word names
		}
		return h == "#" || lex.Has(lexicon.References, h) || lex.Has(lexicon.Ranks, h)
	}
	col := r.colAt(at)
	if col < 0 || col >= len(r.header) {
		return false
	}
	if col < len(r.byLabel) && r.byLabel[col] && r.label != "" {
		// The label column's header names the rows' kind: "Type" over "Bilateral" is no
		// reference, as "Type 2" would be; only a rank word makes the rows ranks.
		return lex.HasFold(lexicon.Ranks, r.header[0]) || rank(r.label)
	}
	return rank(r.header[col])
}

// year returns the year the header of the column holding view offset at states, or 0: a
// column of years ("| 구분 | 2022 | 2023 |") or a year in the header's brackets ("Students
// (2022)"). The cell's row may state another year ("| KAIST | 1971 | 11,264 |", founded).
func (r *tableRow) year(at int) int {
	col := r.colAt(at)
	if col < 1 || col >= len(r.header) {
		return 0
	}
	if col < len(r.years) && r.years[col] > 0 {
		return r.years[col]
	}
	h := r.header[col]
	if open := strings.LastIndexByte(h, '('); open >= 0 && strings.HasSuffix(h, ")") {
		if y := strings.TrimSuffix(h[open+1:len(h)-1], "년"); isYearDigits(y) {
			n, _ := strconv.Atoi(y)
			return n
		}
	}
	return 0
}

// colAt returns the index of the cell holding view offset at, or -1 before the first.
func (r *tableRow) colAt(at int) int {
	col := -1
	for i, s := range r.cellStarts {
		if s <= at {
			col = i
		}
	}
	return col
}

// headerYear returns the year a column's header is, or 0: "2023", "2023년", and with a note
// of an estimate or a plan (yearnotes.txt) bracketed or glued after it: "2026년(안)", "2024
// (est.)", "2025p".
func headerYear(h string, lex *lexicon.Lexicon) int {
	if open := strings.LastIndexByte(h, '('); open > 0 && strings.HasSuffix(h, ")") &&
		lex.HasFold(lexicon.YearNotes, strings.TrimSpace(h[open+1:len(h)-1])) {
		h = strings.TrimSpace(h[:open])
	}
	h = strings.TrimSuffix(h, "년")
	if len(h) == 5 && lex.HasFold(lexicon.YearNotes, h[4:]) {
		h = h[:4]
	}
	if len(h) != 4 || !(strings.HasPrefix(h, "19") || strings.HasPrefix(h, "20")) || !isDigit(h[2]) || !isDigit(h[3]) {
		return 0
	}
	y, _ := strconv.Atoi(h)
	return y
}

// withoutBracket returns a label without the brackets it ends with: "취업자(명)" → "취업자".
func withoutBracket(label string) string {
	if strings.HasSuffix(label, ")") {
		if open := strings.LastIndexByte(label, '('); open > 0 {
			return label[:open]
		}
	}
	return label
}
