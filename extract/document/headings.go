package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxHeadingWords bounds the words of a heading and of a record's label.
const MaxHeadingWords = 10

// RecordLabel returns the label of a data-sheet record, the words before its first ": "
// when they read as a field name: a few words, starting with a capital, without the
// punctuation of a sentence. A sentence like "Nikkei reported: 30 papers" gives "".
func RecordLabel(sentence string) string {
	i := strings.Index(sentence, ": ")
	if i <= 0 {
		return ""
	}
	label := sentence[:i]
	if r, _ := utf8.DecodeRuneInString(label); !unicode.IsUpper(r) {
		return ""
	}
	if strings.ContainsAny(label, ".,;!?\"“”") || strings.Count(label, " ") >= MaxHeadingWords {
		return ""
	}
	return label
}
