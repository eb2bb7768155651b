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
	if r, _ := utf8.DecodeRuneInString(label); !StartsLikeHeading(r) {
		return ""
	}
	if strings.ContainsAny(label, ".,;!?\"“”") || strings.Count(label, " ") >= MaxHeadingWords {
		return ""
	}
	return label
}

// StartsLikeHeading reports whether r may start a heading or a record's label: a capital,
// or a letter of a script without case ("연구원 수: 60만 1,279명").
func StartsLikeHeading(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
}
