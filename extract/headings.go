package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isHeading reports whether sentence sp of text is a heading: a paragraph of its own, of at
// most maxHeadingWords words, that starts with a capital or a digit and does not end like a
// sentence ("Education", "Science and technology", "2.3 Funding of research"). A data-sheet
// record ("Exports: $222 million (2018)") is not one: its label is its own context.
func isHeading(text string, sp Span) bool {
	if sp.Start > 0 && text[sp.Start-1] != '\n' || sp.End < len(text) && text[sp.End] != '\n' {
		return false
	}
	t := text[sp.Start:sp.End]
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".!?:;,") || strings.Contains(t, ": ") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	return strings.Count(t, " ") < maxHeadingWords
}

const maxHeadingWords = 10

// headingOf returns the context a sentence's figures take from outside it: the heading of
// their section, and for a data-sheet record ("Literacy: male: 100%") its label, which names
// the measure as a heading would.
func headingOf(heading, sentence string) string {
	label := recordLabel(sentence)
	switch {
	case label == "":
		return heading
	case heading == "":
		return label
	}
	return heading + ": " + label
}

// recordLabel returns the label of a data-sheet record, the words before its first ": "
// when they read as a field name: a few words, starting with a capital, without the
// punctuation of a sentence. A sentence like "Nikkei reported: 30 papers" gives "".
func recordLabel(sentence string) string {
	i := strings.Index(sentence, ": ")
	if i <= 0 {
		return ""
	}
	label := sentence[:i]
	if r, _ := utf8.DecodeRuneInString(label); !unicode.IsUpper(r) {
		return ""
	}
	if strings.ContainsAny(label, ".,;!?\"“”") || strings.Count(label, " ") >= maxHeadingWords {
		return ""
	}
	return label
}
