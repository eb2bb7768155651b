package document

import (
	"strings"
	"unicode/utf8"
)

// A page copied from a browser keeps its infobox as lines of a field's name, a tab and its
// value ("Area<TAB>67.8 km2", "Established<TAB>1973"). Joined into one paragraph, as other
// lines are, the fields run together into a sentence of numbers that no field names. The
// view writes each such line as a data-sheet record of its own, "Area: 67.8 km2", so that
// the scanner reads the value under its label, as it reads a data sheet's.

// minRecordLines is the fewest lines of a block of tab-separated records: a lone line with
// a tab in it may be a line of prose that a tab indents.
const minRecordLines = 2

// markTabRecords marks the blocks of lines that are a label, a tab and a value.
func markTabRecords(lines []line, text string, cls []lineClass) {
	if strings.IndexByte(text, '\t') < 0 {
		return // most documents have no tab at all: no line is looked at
	}
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && cls[j].kind == lineText && recordTab(lines[j].in(text)) >= 0 {
			j++
		}
		if j-i >= minRecordLines {
			for k := i; k < j; k++ {
				cls[k].kind = lineRecord
			}
		}
		i = max(j, i+1)
	}
}

// recordTab returns the offset in t of the tab that separates a record's label from its
// value, or -1: the label is a few words that start like a heading and do not end a
// sentence, and the value is the rest of the line, with no tab of its own.
func recordTab(t string) int {
	tab := strings.IndexByte(t, '\t')
	if tab <= 0 {
		return -1
	}
	label, value := strings.TrimSpace(t[:tab]), strings.TrimSpace(strings.TrimLeft(t[tab:], "\t"))
	if label == "" || value == "" || strings.IndexByte(value, '\t') >= 0 {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(label); !StartsLikeHeading(r) {
		return -1
	}
	if strings.ContainsAny(label, ".;:!?|") || strings.Count(label, " ") >= MaxHeadingWords {
		return -1
	}
	return tab
}

// writeRecordLine writes the record line [start, end) as "label: value", the colon and its
// space standing for the raw tabs between them.
func writeRecordLine(b *viewBuilder, raw []byte, text string, start, end int) {
	t := text[start:end]
	tab := recordTab(t)
	labelEnd := start + len(strings.TrimRight(t[:tab], " "))
	valueStart := start + tab
	for valueStart < end && (text[valueStart] == '\t' || text[valueStart] == ' ') {
		valueStart++
	}
	first := start
	for first < labelEnd && text[first] == ' ' {
		first++
	}
	b.copyRun(raw[first:labelEnd], first)
	b.copyByte(':', start+tab) // the colon stands for the tab, whatever spaces precede it
	b.copyByte(' ', valueStart-1)
	b.copyRun(raw[valueStart:end], valueStart)
}
