package document

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/lexicon"
)

// joinLines emits the separator between two kept lines: nothing (a word broken across the
// break), a space (a wrapped line) or '\n' (a paragraph break). A data sheet's record
// ("군사비 지출: GDP의 20~25% (2016년 추정)") ends its paragraph at a blank line, whatever
// starts the next ("2022년 연구개발활동조사 주요 결과"); so does a headline, however long it
// runs (headline).
func joinLines(b *viewBuilder, prev, next string, blankBetween, prevOpens, prevHeadline bool, at int, lex *lexicon.Lexicon) {
	p := trimSpace(stripMarkup(prev))
	n := trimSpace(next)
	if p == "" || n == "" {
		addSpace(b, at)
		return
	}
	if b.lastByte() == ' ' || b.lastByte() == '\n' {
		b.dropLast()
	}
	first, _ := utf8.DecodeRuneInString(n)
	if rangeBroken(p, n) {
		return // "US$ 50-\n60 million": a range the line broke at its dash joins without a space
	}
	if strings.HasSuffix(p, "-") && !strings.HasSuffix(p, "--") && unicode.IsLower(first) {
		frag := lastWord(p[:len(p)-1])
		if frag != "" && !lex.HasFold(lexicon.KeepHyphen, frag) && !hasUpperOrDigit(frag) && isLetters(frag) {
			// "develop-\nment": drop the hyphen that the line break introduced.
			b.dropLast()
		}
		return // "IT-\nrelated" keeps its hyphen; neither joins with a space
	}
	if startsBlock(n) || startsRecord(p, n) || listItemAfter(p, n) ||
		(blankBetween && (!continues(p, first) || PartTitle(p) || prevOpens && titleLine(p) || prevHeadline && unicode.IsUpper(first) && (headlineEnd(p, lex) || bylineLine(n)) || RecordLabel(p) != "" || startsBlock(p))) ||
		namesPart(p, lex) || namesPart(n, lex) || captionLine(p, lex) || GroupLabel(p) != "" || partOfGroup(p, n) ||
		DeclaresUnit(p) || DeclaresUnit(n) || tableRowLine(p) && (tableRowLine(n) || !unicode.IsLower(first)) ||
		prevOpens && headingOver(p, n, first) {
		b.copyByte('\n', at)
		return
	}
	b.copyByte(' ', at)
}

// rangeBroken reports whether a line ending with a digit and a dash (a hyphen or an en
// dash) is followed by one starting with a digit: a range of numbers broken at its dash.
func rangeBroken(p, n string) bool {
	d := strings.TrimSuffix(strings.TrimSuffix(p, "-"), "–")
	return len(d) < len(p) && !strings.HasSuffix(d, "-") && d != "" && isDigit(d[len(d)-1]) && isDigit(n[0])
}

// captionLine reports whether t is a table's or a figure's numbered caption, a line that
// no line after it runs into: "<표 4> 졸업생 (2023년, 명)", "Table 2. Articles by type", not
// "Table 1 shows the rest." (a sentence that a wrapped line may continue).
func captionLine(t string, lex *lexicon.Lexicon) bool {
	if t == "" || t[0] != '<' && t[0] != '[' && t[0] != '(' && t[0]|0x20 != 't' && t[0]|0x20 != 'f' && !strings.HasPrefix(t, "표") && !strings.HasPrefix(t, "그림") {
		return false // most lines: the cheap test first
	}
	_, _, marked, ok := NumberedCaption(t, lex)
	return ok && marked && !strings.HasSuffix(t, ".")
}

// DeclaresUnit reports whether a line declares the unit of the table under it, a line of
// its own that no sentence runs into: "(Unit: KRW 100 million)", "[단위: 억 원]", "Unit:
// persons", "(in thousands)".
func DeclaresUnit(t string) bool {
	if strings.HasPrefix(t, "(in ") && strings.HasSuffix(t, ")") && strings.Count(t, " ") < 6 {
		return true
	}
	if _, ok := CutUnitOpener(openers.trimLeft(t)); ok {
		return true
	}
	// A caption that ends with its table's unit: "<표 1> 연도별 수출 실적 (단위: 억 달러, %)".
	if !strings.HasSuffix(t, ")") && !strings.HasSuffix(t, "]") {
		return false
	}
	if open := openBracket.lastIndex(t); open > 0 {
		_, ok := CutUnitOpener(openers.trimLeft(t[open:]))
		return ok
	}
	return false
}

// unitOpeners are how a declaration of a table's unit starts, lower case.
var unitOpeners = [...]string{"unit:", "units:", "unit :", "단위:", "단위 :"}

// CutUnitOpener returns t after the words that open a declaration of a table's unit
// ("Unit:", "단위 :"), and whether t starts with them, in any case.
func CutUnitOpener(t string) (string, bool) {
	if t == "" || t[0]|0x20 != 'u' && t[0] != 0xEB { // 0xEB: the first byte of 단
		return t, false
	}
	for _, o := range unitOpeners {
		if len(t) >= len(o) && strings.EqualFold(t[:len(o)], o) {
			return t[len(o):], true
		}
	}
	return t, false
}

// tableRowLine reports whether a line reads as a row of a table that lost its borders: a
// few fields, at least two of them numbers, the last a number, and no sentence's end
// ("정보통신 13,210 15,800", "ICT 12,450 13,210"). Two such lines in a row are two rows, not
// one wrapped sentence, and a row runs into no line but one that starts in lower case.
func tableRowLine(t string) bool {
	t = blanks.trimRight(t)
	if t == "" || !isDigit(t[len(t)-1]) && t[len(t)-1] != '%' {
		return false // most lines: the cheap test first
	}
	fields, numbers := 0, 0
	for f := range strings.FieldsSeq(t) {
		fields++
		if numericField(f) {
			numbers++
		}
	}
	return fields <= 12 && numbers >= 2 && numericField(t[blanks.lastIndex(t)+1:])
}

// numericField reports whether a field of a table's row is a number: digits with their
// separators, a sign or a percent sign ("13,210", "-2.5", "31.5%").
func numericField(f string) bool {
	f = strings.TrimSuffix(strings.TrimLeft(f, "-−+"), "%")
	if f == "" || !isDigit(f[0]) || !isDigit(f[len(f)-1]) {
		return false
	}
	for i := 0; i < len(f); i++ {
		if c := f[i]; !isDigit(c) && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// partOfGroup reports whether line n gives one part of a group of a data sheet's records
// ("male: 17 years"), or opens the next group ("Literacy:"), after a line of the data sheet
// or the field's name alone on its line ("Literacy").
func partOfGroup(p, n string) bool {
	if SubRecordLabel(n) == "" && GroupLabel(n) == "" { // "... (2023 est.)" then "Literacy:"
		return false
	}
	if r, _ := utf8.DecodeRuneInString(n); FieldHeading(p) != "" && !unicode.IsUpper(r) {
		return true // "Literacy" over "total population: 98.8%"; "… one country in" runs into "Asia: …"
	}
	return GroupLabel(p) != "" || SubRecordLabel(p) != "" || RecordLabel(p) != ""
}

// namesPart reports whether line t is the heading of a part of a document alone
// ("Abstract", "2. Methods", "Results"): a line of its own, whatever the lines around it.
func namesPart(t string, lex *lexicon.Lexicon) bool {
	if len(t) > 30 {
		return false
	}
	w := strings.ToLower(strings.TrimRight(headingWords(t), ":"))
	return lex.Has(lexicon.SectionNames, w) || lex.Has(lexicon.ArticleAbstracts, w) || lex.Has(lexicon.ArticleResults, w)
}

// headingOver reports whether line p, which opens a paragraph, is a heading over line n,
// whose first letter is first: n starts as a sentence does, with a capital, with a letter of
// a script without case ("국제 협력" over "북한 연구자가 ..."), or under a Korean heading
// with a digit ("인력" over "2000년대 중반 ..."), and p is a headingLine.
func headingOver(p, n string, first rune) bool {
	pFirst, _ := utf8.DecodeRuneInString(p)
	return (StartsLikeHeading(first) || unicode.IsDigit(first) && IsHangul(pFirst)) && headingLine(p, n)
}

// headingLine reports whether line p, which opens a paragraph, is a heading over line n
// rather than the first of the paragraph's wrapped lines ("Results", "2.3 Funding of
// research"): a few words without a sentence's punctuation, and so short that the first
// word of n would have fitted on it, had the writer's tool wrapped it.
func headingLine(p, n string) bool {
	w := listNumber.trimLeft(p)
	if w == "" || strings.ContainsAny(w, ".,;:!?\"”0123456789") || strings.Count(w, " ") >= MaxHeadingWords {
		return false
	}
	first, _, _ := strings.Cut(n, " ")
	return len(p)+1+len(first) <= len(n)
}

// headlineEnd reports whether line p ends as a headline may: with a letter or a digit, not a
// hyphen or a comma, and not with a function word ("signed by the Minister of"). A byline
// under it ends any headline ("..., UN panel says" over "By Staff Reporter").
func headlineEnd(p string, lex *lexicon.Lexicon) bool {
	last, _ := utf8.DecodeLastRuneInString(p)
	return (unicode.IsLetter(last) || unicode.IsDigit(last)) && !lex.HasFold(lexicon.Stopwords, lastWord(p))
}

// endsSentence reports whether line t ends with a sentence's closing mark, past a footnote
// number glued after it.
func endsSentence(t string) bool {
	last, _ := utf8.DecodeLastRuneInString(withoutNoteMarker(trimSpace(t)))
	return strings.ContainsRune(".!?\"”", last)
}

// continues reports whether text after a blank line continues the sentence before it, as
// in PDF conversions that put a blank line after every line.
func continues(prev string, first rune) bool {
	prev = withoutNoteMarker(prev)
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:;\"”", last) {
		return false
	}
	if unicode.IsLower(first) || unicode.IsDigit(first) || first == '(' {
		return true
	}
	// A line cut after a comma or a joining word runs on.
	return last == ',' || last == '–' || last == '-' || unicode.IsLower(last) && len(prev) > 50
}

// withoutNoteMarker returns a line without the footnote number a printed page sets after the
// full stop that ends it ("… roughly half the official figure.2"), so that the stop ends
// the paragraph; a decimal ("a ratio of 3.5") keeps its digits.
func withoutNoteMarker(t string) string {
	digits := len(t) - len(digitSet.trimRight(t))
	k := len(t) - digits
	if digits == 0 || digits > 2 || k < 2 {
		return t
	}
	if p := t[k-1]; (p == '.' || p == '!' || p == '?') && !isDigit(t[k-2]) {
		return t[:k]
	}
	return t
}

// markdownHeading reports whether line t is a Markdown heading: one to six '#', a space,
// words ("## Methods"), where "#1" or "#hashtag" is none.
func markdownHeading(t string) bool {
	t = strings.TrimLeft(t, " \t")
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && n < len(t) && t[n] == ' ' && strings.TrimSpace(t[n:]) != ""
}

// startsBlock reports whether a line opens a new block in markdown (heading, list item,
// table row) or in a Korean report's outline ("□ 취업 현황", "○ 응답자 중"), which a soft
// line join must not run into the previous line.
func startsBlock(t string) bool {
	return strings.HasPrefix(t, "#") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") ||
		strings.HasPrefix(t, "• ") || strings.HasPrefix(t, "|") || outlineBullet(t)
}

// outlineBullet reports whether t opens with a bullet of a Korean report's outline (개조식):
// □ ■ ○ ● ◦ ▪ ◎ ▶ ※, then a space.
func outlineBullet(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	return strings.ContainsRune("□■○●◦▪◎▶※", r) && strings.HasPrefix(t[size:], " ")
}

// titleLine reports whether p, a line that stands alone as a paragraph, is a title or a
// heading rather than the first line of a sentence that a blank line cuts: short, and not
// ending as a cut sentence does (a lower-case word, a comma, a dash): "과학기술정보통신부
// 보도자료" over "2024년 신규 박사학위 취득자 조사 결과 발표".
func titleLine(p string) bool {
	last, _ := utf8.DecodeLastRuneInString(p)
	return utf8.RuneCountInString(p) <= titleRunes && !unicode.IsLower(last) && !strings.ContainsRune(",–-", last)
}

// titleRunes is the longest line titleLine takes for a title.
const titleRunes = 40

// listItemAfter reports whether line n is an item of a numbered list ("1. Require
// multi-factor authentication;") after line p that introduces the list or ends an item
// before it: its number is the item's, not the end of p's sentence ("rose to\n12. Then").
func listItemAfter(p, n string) bool {
	k := 0
	for k < len(n) && k < 3 && isDigit(n[k]) {
		k++
	}
	if k == 0 || k+2 > len(n) || n[k] != '.' && n[k] != ')' || n[k+1] != ' ' {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	return strings.ContainsRune(":;.!?", last)
}

// startsRecord reports whether line next is a record of a data sheet ("Population:
// 25,955,138 (2022 est.)") after a line that is one too, or that ends a sentence or a
// heading: each record is a statement of its own, not the rest of a wrapped line.
func startsRecord(prev, next string) bool {
	if RecordLabel(next) == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	return RecordLabel(prev) != "" || strings.ContainsRune(".!?)”\"", last) || titleWords(strings.Fields(prev))
}

func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return s[i+1:]
}

func hasUpperOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }) >= 0
}

func isLetters(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// stripMarkup is a cheap approximation of cleanLine's output, for decisions at line ends.
func stripMarkup(s string) string {
	s = markup.trimRight(s)
	if strings.HasSuffix(s, "</sup>") {
		if i := strings.LastIndex(s, "<sup>"); i >= 0 {
			s = s[:i]
		}
	}
	return s
}

// countAfterBullet reports whether a markdown list item opens with a count and the words
// after it ("- **31** Korean universities were ranked"): its bullet stays in the view, so
// that the number reads as a list item's, not as a footnote's before a capitalised word.
// List numbering ("- 12) Some ...", "- 3. Results") is no count.
func countAfterBullet(s []byte) bool {
	s = bytes.TrimLeft(s, " ") // "-   31 Korean universities", as converters indent list items
	s = bytes.TrimPrefix(bytes.TrimPrefix(s, []byte("**")), []byte("__"))
	j := 0
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || j > 0 && (s[j] == ',' || s[j] == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
		j++
	}
	if j == 0 {
		return false
	}
	rest := bytes.TrimPrefix(bytes.TrimPrefix(s[j:], []byte("**")), []byte("__"))
	return len(rest) > 1 && rest[0] == ' ' && rest[1] != ' '
}

// cleanLine copies raw[start:end) into the view, collapsing whitespace and removing markup
// and footnote markers.
func cleanLine(b *viewBuilder, raw []byte, start, end int, lex *lexicon.Lexicon) {
	s := raw[start:end]
	i := 0
	// Markdown block prefixes: headings, list bullets and footnote numbering at line start
	// ("- 12) Some of the examples ...").
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	for i < len(s) && s[i] == '#' {
		i++
	}
	if i+1 < len(s) && (s[i] == '-' || s[i] == '*' || s[i] == '+') && s[i+1] == ' ' && !countAfterBullet(s[i+2:]) {
		i += 2
	}
	depth := 0 // parenthesis depth, so that "(Mansourov, 2005: 80)" keeps its "80)"
	for i < len(s) {
		// Most bytes are copied as they are: copy the run up to the next byte that may
		// need a decision in one step.
		j := i
		if s[i] != ' ' { // a space that starts a run is decided below, as a possible run of spaces
			for ; j < len(s); j++ {
				c := s[j]
				if !cleanSpecial[c] {
					continue
				}
				if c >= '0' && c <= '9' && (depth > 0 || j > 0 && isWordByte(s[j-1])) {
					continue // not the start of a footnote marker
				}
				break
			}
			// A single space after a copied byte is copied as it is; the second of two
			// spaces starts a run to collapse. Looking for it apart from the byte loop
			// keeps the commonest byte of prose out of that loop.
			if k := bytes.Index(s[i:j], doubleSpace); k >= 0 {
				j = i + k + 1
			}
		}
		if j > i {
			b.copyRun(s[i:j], start+i)
			if i = j; i == len(s) {
				break
			}
		}
		c := s[i]
		switch {
		case c == '<' && bytes.HasPrefix(s[i:], []byte("<sup>")):
			if j := bytes.Index(s[i:], []byte("</sup>")); j >= 0 {
				i += j + len("</sup>")
				continue
			}
		case c == '*':
			i++ // markdown emphasis
			continue
		case c == '_':
			// A run of underscores at the edge of a word is emphasis ("__300__", "_45_");
			// inside one it is the word's ("snake_case").
			k := i
			for k < len(s) && s[k] == '_' {
				k++
			}
			if i == 0 || k == len(s) || !isWordByte(s[i-1]) || !isWordByte(s[k]) {
				i = k
				continue
			}
			b.copyRun(s[i:k], start+i)
			i = k
			continue
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			i++ // markdown escape: "\$" is "$"
			continue
		case c == '&' && bytes.HasPrefix(s[i:], []byte("&nbsp")):
			i += len("&nbsp")
			if i < len(s) && s[i] == ';' {
				i++
			}
			addSpace(b, start+i-1)
			continue
		case c == 0xC2 && digitGroupSpace(s, i):
			b.copyRun(s[i:i+2], start+i) // "12 345": a no-break space between groups of digits stays one
			i += 2
			continue
		case isSpaceAt(s, i) > 0:
			addSpace(b, start+i)
			i += isSpaceAt(s, i)
			continue
		case c >= '0' && c <= '9' && noteAfterNumber(s, i) > 0:
			// "no more than 4,000 to 5,000.1 This paper": the number of a footnote a printed
			// page sets after the stop that ends a sentence on a number
			i += noteAfterNumber(s, i)
			continue
		case c >= '0' && c <= '9' && depth == 0 && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t'):
			// A marker stands at the line's start or after a space: "2.8–7.1)." closes a
			// bracket the line before opened.
			if n := footnoteMarker(s[i:]); n > 0 {
				i += n
				continue
			}
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		}
		b.copyByte(c, start+i)
		i++
	}
}

// cleanSpecial marks the bytes that cleanLine must look at one by one: markup, white space
// other than a single space, digits (footnote markers) and parentheses.
var doubleSpace = []byte("  ")

var cleanSpecial = func() (t [256]bool) {
	for _, c := range []byte("<*_\\&()0123456789\t\r\f\v\xc2") {
		t[c] = true
	}
	return t
}()

// noteAfterNumber returns the length of a footnote's number at s[i:] set after the full stop
// that ends a sentence on a number with groups of digits ("5,000.1 This paper"): one or two
// digits after ",ddd.", then a space and a capital. A decimal goes on with its unit or its
// sentence ("5,000.5 hectares"), and a grouped number is seldom given to a tenth. 0 if none.
func noteAfterNumber(s []byte, i int) int {
	if i < 5 || s[i-1] != '.' || s[i-5] != ',' || !isDigit(s[i-4]) || !isDigit(s[i-3]) || !isDigit(s[i-2]) {
		return 0
	}
	n := 0
	for i+n < len(s) && n < 3 && isDigit(s[i+n]) {
		n++
	}
	if n == 0 || n > 2 || i+n+1 >= len(s) || s[i+n] != ' ' || s[i+n+1] < 'A' || s[i+n+1] > 'Z' {
		return 0
	}
	return n
}

// footnoteMarker returns the length of a footnote or list marker "12)" at the start of s:
// one to three digits and a closing parenthesis followed by a space or the line end.
func footnoteMarker(s []byte) int {
	j := 0
	for j < len(s) && j < 3 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == 0 || j >= len(s) || s[j] != ')' {
		return 0
	}
	if j+1 < len(s) && s[j+1] != ' ' && s[j+1] != ';' && s[j+1] != ',' && s[j+1] != '.' {
		return 0
	}
	return j + 1
}

func addSpace(b *viewBuilder, at int) {
	if c := b.lastByte(); c != ' ' && c != '\n' {
		b.copyByte(' ', at)
	}
}

// digitGroupSpace reports whether s[i:] opens a no-break space between a digit and a group of
// exactly three digits: the thousands separator of ISO and French style ("12 345").
func digitGroupSpace(s []byte, i int) bool {
	if i == 0 || i+5 > len(s) || s[i] != 0xC2 || s[i+1] != 0xA0 || !isDigit(s[i-1]) {
		return false
	}
	g := s[i+2 : i+5]
	return isDigit(g[0]) && isDigit(g[1]) && isDigit(g[2]) && (i+5 == len(s) || !isDigit(s[i+5]))
}

// isSpaceAt returns the byte length of the white space at s[i] (ASCII or no-break space), or 0.
func isSpaceAt(s []byte, i int) int {
	switch s[i] {
	case ' ', '\t', '\r', '\f', '\v':
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0xA0 {
			return 2
		}
	}
	return 0
}

func asciiVisible(c byte) bool { return c > ' ' && c < 0x7f }

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// trimSpace trims ASCII and no-break white space.
func trimSpace(s string) string {
	if s == "" || asciiVisible(s[0]) && asciiVisible(s[len(s)-1]) {
		return s // the common case, without decoding runes
	}
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' })
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
