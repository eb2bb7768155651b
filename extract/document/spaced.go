package document

import (
	"slices"
	"strings"

	"github.com/kpfigures/figures/extract/lexicon"
)

// Text converted from a PDF or written in a plain-text report sets its tables out with
// spaces: a header whose column names are separated by runs of spaces, then rows of a
// label and numbers aligned under them.
//
//	Field                   Projects    Funding (KRW billion)    Share (%)
//	Agriculture/forestry    31          27.5                     66.6
//
// The view writes such a block as a markdown table ("| Field | Projects | ... |", a rule
// under the header), so that the scanner reads each cell under its column's name, as it
// does for markdown and HTML tables. The bars and the rule stand for the raw spaces and
// line ends around the cells; the cells themselves are copied as they are.

// cell is a column's text in a line of a table set out with spaces: raw offsets.
type cell struct{ start, end int }

// spacedCells splits the line [start, end) of text at runs of two spaces or more, at tabs
// or at bars ("Physics | 254 | 55.9", a table whose bars do not open its lines), and
// appends its cells to cells.
func spacedCells(cells []cell, text string, start, end int) []cell {
	i := start
	for i < end && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	for i < end {
		j := i
		for j < end {
			if text[j] == '\t' || text[j] == '|' || text[j] == ' ' && j+1 < end && (text[j+1] == ' ' || text[j+1] == '\t' || text[j+1] == '|') {
				break
			}
			j++
		}
		cellEnd := j
		for cellEnd > i && text[cellEnd-1] == ' ' {
			cellEnd--
		}
		if cellEnd > i {
			cells = append(cells, cell{i, cellEnd})
		}
		for j < end && (text[j] == ' ' || text[j] == '\t' || text[j] == '|') {
			j++
		}
		i = j
	}
	return cells
}

// minSpacedColumns is the fewest columns a table set out with spaces has: a label and two
// values. A line of prose with two spaces after a full stop splits in two, and is no table.
const minSpacedColumns = 3

// markSpacedTables finds the tables set out with spaces among the text lines and marks
// their header and rows. A table is a header of at least minSpacedColumns cells, none of
// them a number but a year, then at least two rows of as many cells whose cells after the
// first are numbers (or a dash for none); it ends at the first line that is not such a row.
func markSpacedTables(lines []line, text string, cls []lineClass, lex *lexicon.Lexicon) {
	var header, row []cell // reused from line to line: most documents have no such table
	for i := 0; i+2 < len(lines); i++ {
		// The cheap test first: the line under a header ends with a number.
		if cls[i].kind != lineText || !endsWithValue(lines[i+1].in(text)) || !mayBeSpaced(lines[i].in(text)) {
			continue
		}
		header = spacedCells(header[:0], text, lines[i].start, lines[i].end)
		if len(header) < minSpacedColumns || !headerCells(text, header) {
			continue
		}
		j := i + 1
		for ; j < len(lines) && cls[j].kind == lineText && mayBeSpaced(lines[j].in(text)); j++ {
			if row = spacedCells(row[:0], text, lines[j].start, lines[j].end); !valueRow(text, row, len(header), lex) &&
				!tabbedRow(lines[j].in(text), text, row, len(header)) {
				break
			}
		}
		if j-i-1 < 2 {
			continue
		}
		cls[i].kind = lineTableHeader
		for k := i + 1; k < j; k++ {
			cls[k].kind = lineTableRow
		}
		i = j - 1
	}
}

// mayBeSpaced is the cheap test first: a line with a tab, two spaces or a bar inside it.
// A line that opens with a bar is a markdown table's, which the scanner reads as it is.
func mayBeSpaced(t string) bool {
	t = strings.TrimSpace(t)
	return !strings.HasPrefix(t, "|") && (strings.Contains(t, "  ") || strings.IndexByte(t, '\t') >= 0 || strings.IndexByte(t, '|') >= 0)
}

// endsWithValue reports whether the line t ends with a digit, a percent sign or a dash.
func endsWithValue(t string) bool {
	t = lineEnd.trimRight(t)
	if t == "" {
		return false
	}
	c := t[len(t)-1]
	return isDigit(c) || c == '%' || c == '-' || strings.HasSuffix(t, "–") || strings.HasSuffix(t, "—")
}

// headerCells reports whether cells name columns: words, or years over columns of years.
func headerCells(text string, cells []cell) bool {
	for _, c := range cells[1:] {
		s := text[c.start:c.end]
		if numericField(s) && !(len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20"))) {
			return false
		}
	}
	return true
}

// valueRow reports whether cells are a row of a table of n columns: a label, then numbers
// or dashes standing for none. A label may be a number, a period or a class of sizes.
func valueRow(text string, cells []cell, n int, lex *lexicon.Lexicon) bool {
	if len(cells) != n {
		return false
	}
	numbers := 0
	for _, c := range cells[1:] {
		s := text[c.start:c.end]
		switch {
		case numericField(s) || rangeField(s):
			numbers++
		case s == "-" || s == "–" || s == "—" || s == "n/a" || s == "..":
		default:
			return false
		}
	}
	// The label's first byte, not its first rune cut to a byte: "기" (U+AE30) would be "0".
	label := text[cells[0].start:cells[0].end]
	return numbers > 0 && (!isDigit(label[0]) || numericField(label) || periodLabel(label) || ClassLabel(label, lex))
}

// rangeField reports whether a cell is a range of two numbers ("50-60", "1.2–2.3"), as an
// estimate's cell may be.
func rangeField(s string) bool {
	from, to, ok := cutRange(s)
	return ok && numericField(strings.TrimSpace(from)) && numericField(strings.TrimSpace(to))
}

// ClassLabel reports whether a table row's label is a class of sizes, not a value: a
// range of whole numbers ("1–49", "50-299") or a number with a bound after it (lexicon
// postqualifiers: "300 or more", "10+").
func ClassLabel(label string, lex *lexicon.Lexicon) bool {
	if from, to, ok := cutRange(label); ok {
		return wholeNumber(strings.TrimSpace(from)) && wholeNumber(strings.TrimSpace(to))
	}
	n := 0
	for n < len(label) && (isDigit(label[n]) || label[n] == ',') {
		n++
	}
	if n == 0 || !wholeNumber(label[:n]) {
		return false
	}
	bound := strings.Fields(label[n:])
	for _, q := range lex.PostQualifiers() {
		if slices.Equal(q.Words, bound) {
			return true
		}
	}
	return false
}

// wholeNumber reports whether s is a whole number in digits, grouped or not ("1,000").
func wholeNumber(s string) bool {
	return s != "" && isDigit(s[0]) && isDigit(s[len(s)-1]) && strings.Trim(s, "0123456789,") == ""
}

// tabbedRow reports whether cells, of the line t, are a row of a table of n columns whose
// cells are separated by tabs, as a table copied from a web page is: as many cells as the
// header, some of them numbers, others words ("3<TAB>Yonsei University<TAB>Seoul<TAB>1885<TAB>
// 25,474"). Tabs set a table apart where runs of spaces may be a page's two columns of prose,
// so only they may hold words past the first cell.
func tabbedRow(t, text string, cells []cell, n int) bool {
	if len(cells) != n || strings.Count(strings.TrimSpace(t), "\t") < n-1 {
		return false
	}
	for _, c := range cells {
		if numericField(text[c.start:c.end]) {
			return true
		}
	}
	return false
}

// periodLabel reports whether a row's label is a period of years: "2000~2010", "2011–2015",
// "2020-25".
func periodLabel(label string) bool {
	from, to, ok := cutRange(label)
	return ok && len(from) == 4 && (len(to) == 4 || len(to) == 2) && strings.Trim(from+to, "0123456789") == ""
}

// cutRange cuts a label around the first dash or tilde of those a range is written with.
func cutRange(label string) (from, to string, ok bool) {
	for _, sep := range [...]string{"~", "∼", "–", "-", "—"} {
		if from, to, ok := strings.Cut(label, sep); ok {
			return from, to, true
		}
	}
	return "", "", false
}

// writeTableLine writes the line [start, end) of a table set out with spaces as a markdown
// table line: "| cell | cell |", each bar standing for the raw spaces before the next cell;
// under a header, a rule line standing for the line's end.
func writeTableLine(b *viewBuilder, raw []byte, text string, start, end int, header bool) {
	cells := spacedCells(nil, text, start, end)
	b.copyByte('|', start)
	for _, c := range cells {
		b.copyByte(' ', c.start)
		b.copyRun(raw[c.start:c.end], c.start)
		after := min(c.end, len(raw)-1) // the last cell of a document may end it
		b.copyByte(' ', after)
		b.copyByte('|', after)
	}
	if header {
		for _, c := range []byte("\n|---|") {
			b.copyByte(c, end)
		}
	}
}
