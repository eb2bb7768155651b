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
// punctuation of a sentence ("Nikkei reported: 30 papers" still reads as one: the words
// alone cannot tell). One comma may set off a narrower field ("Unemployment, youth ages 15-24", "GDP -
// composition, by sector of origin"), not a sentence adverb ("Finally, it said").
func RecordLabel(sentence string) string {
	i := strings.Index(sentence, ": ")
	if i <= 0 {
		return ""
	}
	return fieldName(sentence[:i])
}

// fieldName returns label when it reads as the name of a data sheet's field: it starts like a
// heading, has a few words, no sentence punctuation, and at most a comma that narrows it.
func fieldName(label string) string {
	if r, _ := utf8.DecodeRuneInString(label); !StartsLikeHeading(r) {
		return ""
	}
	if strings.ContainsAny(label, ".;!?\"“”") || strings.Count(label, " ") >= MaxHeadingWords || !narrowedField(label) {
		return ""
	}
	if strings.Count(label, "(") > strings.Count(label, ")") {
		return "" // "It funded 212 projects (2023: 198)": a colon inside a bracket ends no field's name
	}
	return label
}

// GroupLabel returns the label of a line that opens a group of a data sheet's records, a
// label and its colon alone ("Age structure:", "School life expectancy (primary to
// tertiary education):"), whose lines under it each give one part ("0-14 years: 11.6%",
// "male: 17 years"); "" for any other line.
func GroupLabel(line string) string {
	label, ok := strings.CutSuffix(strings.TrimSpace(line), ":")
	if !ok || label == "" || strings.Contains(label, ": ") {
		return ""
	}
	return fieldName(label)
}

// FieldHeading returns the name of a data sheet's field set on a line of its own above the
// lines that give its parts, as a data sheet laid out for the web has it ("Literacy" over
// "definition: age 15 and over can read and write" and "total population: 98.8%"), where a
// printed one writes "Literacy:" (GroupLabel); "" for a line that is no such name.
func FieldHeading(line string) string {
	t := strings.TrimSpace(line)
	if t == "" || len(t) > maxFieldHeading || strings.HasSuffix(t, ":") || strings.Contains(t, ": ") {
		return ""
	}
	return fieldName(t)
}

// maxFieldHeading bounds the bytes of a field's name on a line of its own: a few words
// ("School life expectancy (primary to tertiary education)").
const maxFieldHeading = 100

// SubRecordLabel returns the label of a line that may give one part of a group of records:
// a few words, which may start with a small letter or a digit, before ": " and a value
// ("0-14 years: 11.6%", "total population: 98.8%"); "" for any other line.
func SubRecordLabel(line string) string {
	i := strings.Index(line, ": ")
	if i <= 0 || i+2 >= len(line) {
		return ""
	}
	label := line[:i]
	if strings.ContainsAny(label, ".;!?\"“”,") || strings.Count(label, " ") >= subRecordWords {
		return ""
	}
	return label
}

// subRecordWords bounds the words of a group's part label ("65 years and over").
const subRecordWords = 5

// narrowedField reports whether the commas of a label, if any, are one that narrows the
// field: a lower-case word or a year or period after it ("Joint papers, 2010–2020"), and no
// adverb before it.
func narrowedField(label string) bool {
	field, narrower, ok := strings.Cut(label, ", ")
	if !ok {
		return !strings.Contains(label, ",")
	}
	r, _ := utf8.DecodeRuneInString(narrower)
	return !strings.Contains(narrower, ",") && !strings.Contains(field, ",") && (unicode.IsLower(r) || unicode.IsDigit(r)) &&
		!strings.HasSuffix(field, "ly")
}

// StartsLikeHeading reports whether r may start a heading or a record's label: a capital,
// a letter of a script without case ("연구원 수: 60만 1,279명"), or a Roman numeral that
// numbers a part ("Ⅲ. 분석 결과").
func StartsLikeHeading(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r) || isRomanNumeral(r)
}

// isRomanNumeral reports whether r is one of Unicode's Roman numerals, "Ⅰ" to "Ⅻ".
func isRomanNumeral(r rune) bool { return r >= 'Ⅰ' && r <= 'Ⅻ' }

// PartTitle reports whether a line is the numbered title of a part standing alone above a
// blank line ("Ⅳ. 결론", "1. 자료 수집", "2.1 Data"), which the paragraph after it does not
// continue even when it opens with a number ("2016년 유엔 제재 ..."); a line a page break
// cuts runs longer, and a flattened table's cells ("1999", "Unknown") carry no number of a
// part.
func PartTitle(p string) bool {
	if len(p) > maxShortTitle || strings.Count(p, " ") >= 4 {
		return false
	}
	num, title, ok := strings.Cut(p, " ")
	return ok && title != "" && PartNumber(num)
}

// PartNumber reports whether w numbers a part of a document: "Ⅲ.", "IV.", "2.", "2.1",
// "3.2.1.", "가." (the Korean letters in their order number the parts under a numbered one).
func PartNumber(w string) bool {
	roman := func(r rune) bool { return isRomanNumeral(r) || strings.ContainsRune("IVX", r) }
	r, size := utf8.DecodeRuneInString(w)
	if roman(r) {
		return strings.HasSuffix(w, ".") && strings.TrimFunc(w, func(r rune) bool { return roman(r) || r == '.' }) == ""
	}
	if strings.ContainsRune(hangulEnumerators, r) {
		return w[size:] == "."
	}
	return w != "" && isDigit(w[0]) && strings.Trim(w, "0123456789.") == "" && strings.Contains(w, ".")
}

// hangulEnumerators are the syllables that letter a list in Korean, in their order: "가.",
// "나.", "다." number the parts under "2." as "a.", "b." would.
const hangulEnumerators = "가나다라마바사아자차카타파하"

// maxShortTitle bounds the bytes of a short title (PartTitle): three Korean words.
const maxShortTitle = 40
