package document

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/lexicon"
)

// splitLines splits raw at line ends — LF, CRLF, or a lone CR (old Mac files) — leaving
// out the terminators and a UTF-8 byte-order mark at the start.
func splitLines(raw []byte) []line {
	first := 0
	if bytes.HasPrefix(raw, utf8BOM) {
		first = len(utf8BOM)
	}
	lines := make([]line, 0, bytes.Count(raw, []byte{'\n'})+1)
	loneCR := bytes.IndexByte(raw, '\r') >= 0
	nl := -1 // the next LF at or after start, found once for all the CR-ended lines before it
	for start := first; start <= len(raw); {
		if nl < start {
			if nl = bytes.IndexByte(raw[start:], '\n'); nl < 0 {
				nl = len(raw)
			} else {
				nl += start
			}
		}
		end, next := nl, nl+1
		if loneCR {
			if cr := bytes.IndexByte(raw[start:end], '\r'); cr >= 0 && start+cr+1 < end {
				// A CR inside the line: a line end of its own, unless it is CRLF's.
				end, next = start+cr, start+cr+1
			}
		}
		lines = append(lines, line{start: start, end: end})
		start = next
	}
	return lines
}

type lineKind uint8

const (
	lineText lineKind = iota
	lineBlank
	linePage // a bare page number or a running header carrying one
	lineDrop // website furniture
	// The header and the rows of a table set out with spaces (spaced.go).
	lineTableHeader
	lineTableRow
	// A field of an infobox: a label, a tab and its value (records.go).
	lineRecord
)

// lineClass is what classifyLines says of a line: eight bytes, one per line of a document.
type lineClass struct {
	kind   lineKind
	header bool  // the page number comes from a running header, not a bare number
	page   int32 // at most four digits (smallInt)
}

// classifyLines says what each line is; the furniture it drops is also returned as spans.
func classifyLines(lines []line, text string, lex *lexicon.Lexicon) ([]lineClass, []Dropped) {
	cls := make([]lineClass, len(lines))
	var dropped []Dropped
	content, skipTo := 0, 0
	for i, ln := range lines {
		if i < skipTo {
			continue // inside a block of furniture, dropped already
		}
		t := trimSpace(ln.in(text))
		switch {
		case isNoteRule(t) && i+1 < len(lines) && isNoteLine(trimSpace(lines[i+1].in(text))):
			cls[i].kind = lineBlank
			end := notesBlock(lines, i+1, text)
			for j := i + 1; j < end; j++ {
				cls[j].kind = lineDrop
			}
			dropped = droppedLines(dropped, lines, i+1, end, "notes under a rule: '"+trimSpace(lines[i+1].in(text))+"'")
			skipTo = end
		case t == "" || isRule(t):
			cls[i].kind = lineBlank // a markdown rule ("---") separates like a blank line
		case isBoilerplate(t, lex, false):
			cls[i].kind = lineDrop
			dropped = droppedLines(dropped, lines, i, i+1, "site furniture: line '"+t+"'")
		case content >= 2 && isBoilerplate(t, lex, true):
			end, ok := furnitureBlock(lines, i, text, lex)
			if !ok && inlineMarker(t, lex) {
				// "Related: Three more colleges close their doors" between two paragraphs:
				// a link to another story, the line alone
				cls[i].kind = lineDrop
				dropped = droppedLines(dropped, lines, i, i+1, "site furniture: line '"+t+"'")
				break
			}
			if !ok {
				content++ // a heading that reads like a marker, followed by the body
				break
			}
			for j := i; j < end; j++ {
				cls[j].kind = lineDrop
			}
			dropped = droppedLines(dropped, lines, i, end, "site furniture: a block after '"+t+"'")
			skipTo = end
		case content >= 1 && isReferenceHeading(t, lex):
			end, ok := referenceList(lines, i, text, lex)
			if !ok {
				content++ // a heading with no entries under it
				break
			}
			for j := i; j < end; j++ {
				cls[j].kind = lineDrop
			}
			dropped = droppedLines(dropped, lines, i, end, "list of works cited under '"+t+"'")
			skipTo = end
		default:
			content++
		}
	}
	blank := func(i int) bool { return i < 0 || i >= len(lines) || cls[i].kind == lineBlank }
	// A running header or footer is a short line that recurs with only its page number
	// changed ("Journal of Korean Studies, Vol. 12, No. 3 (2015)  47").
	// A shape counts as a header when it recurs with different numbers: the same line twice
	// is a document repeated, not a page turned.
	shape := map[string]int{}  // shape → its first page number, or -1 once a second differs
	shapes := map[int]string{} // by line: few lines are short, alone and numbered
	for i, ln := range lines {
		if cls[i].kind == lineText && blank(i-1) && blank(i+1) {
			if k, ok := headerShape(ln.in(text)); ok {
				shapes[i] = k
				n, _ := edgeNumber(trimSpace(ln.in(text)))
				if first, seen := shape[k]; !seen {
					shape[k] = n
				} else if first != n {
					shape[k] = -1
				}
			}
		}
	}
	for i, ln := range lines {
		if cls[i].kind != lineText || !blank(i-1) || !blank(i+1) {
			continue
		}
		t := trimSpace(ln.in(text))
		if k := shapes[i]; k != "" && shape[k] == -1 {
			n, _ := edgeNumber(t)
			cls[i] = lineClass{kind: linePage, page: int32(n), header: true}
		} else if n, ok := pageNumber(t); ok {
			cls[i] = lineClass{kind: linePage, page: int32(n)}
		}
	}
	return cls, dropped
}

// headerShape returns a line's shape for spotting running headers: its words with digits
// blanked, when it is short enough to be one.
func headerShape(t string) (string, bool) {
	t = strings.TrimSpace(t)
	// A running header carries its page number first or last; anything else, or anything
	// too long to be a header, is not one (and costs nothing more).
	if len(t) == 0 || len(t) > 160 || !isDigit(t[0]) && !isDigit(t[len(t)-1]) {
		return "", false
	}
	words := strings.Fields(t)
	// Odd and even pages put the number on opposite sides: leave it out of the shape. A line
	// without a page number at an edge ("2000s, over 50 cities …") is no header, however
	// often a corpus repeats it.
	if _, rest, ok := pageOfPages(words); ok {
		words = rest // "... DOI: 10.7554/eLife.91234  3 of 18"
	} else if _, ok := smallInt(words[len(words)-1]); ok && len(words) > 1 {
		words = words[:len(words)-1]
	} else if _, ok := smallInt(words[0]); ok && len(words) > 1 {
		words = words[1:]
	} else {
		return "", false
	}
	if len(words) < 2 || len(words) > 14 {
		return "", false
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '#'
		}
		return r
	}, strings.Join(words, " ")), true
}

// edgeNumber returns the page number at the start or end of a header line, if any.
func edgeNumber(t string) (int, bool) {
	words := strings.Fields(t)
	if n, _, ok := pageOfPages(words); ok {
		return n, true
	}
	if n, ok := smallInt(words[len(words)-1]); ok {
		return n, true
	}
	return smallInt(words[0])
}

// pageOfPages reads a page number written with the count of pages at the end of a line's
// words ("3 of 18", "3/18"): the page number and the words before it.
func pageOfPages(words []string) (int, []string, bool) {
	k := len(words)
	if k >= 3 && words[k-2] == "of" {
		n, ok := smallInt(words[k-3])
		_, total := smallInt(words[k-1])
		return n, words[:k-3], ok && total
	}
	if k >= 2 {
		if a, b, found := strings.Cut(words[k-1], "/"); found {
			n, ok := smallInt(a)
			_, total := smallInt(b)
			return n, words[:k-1], ok && total
		}
	}
	return 0, nil, false
}

// isNoteRule reports whether t is the rule a printed page sets above its notes: five or
// more underscores alone ("______").
func isNoteRule(t string) bool { return len(t) >= 5 && strings.Trim(t, "_") == "" }

// isNoteLine reports whether t starts like a note under such a rule: its number, a space,
// then a word ("3 Korea Education Development Institute (2024) ...").
func isNoteLine(t string) bool {
	k := 0
	for k < len(t) && k < 3 && isDigit(t[k]) {
		k++
	}
	return k > 0 && k+1 < len(t) && t[k] == ' ' && !isDigit(t[k+1])
}

// notesBlock returns the end (exclusive line index) of the notes that start at line i: the
// lines up to the next blank line, rule or page header.
func notesBlock(lines []line, i int, text string) int {
	for ; i < len(lines); i++ {
		if t := trimSpace(lines[i].in(text)); t == "" || isRule(t) {
			break
		}
	}
	return i
}

// isRule reports whether t is a markdown horizontal rule: three or more of - * _ alone.
func isRule(t string) bool {
	if len(t) < 3 || t[0] != '-' && t[0] != '*' && t[0] != '_' {
		return false
	}
	return strings.Trim(t, "-") == "" || strings.Trim(t, "*") == "" || strings.Trim(t, "_") == ""
}

// isBoilerplate reports whether the line t is a marker of boilerplate.tsv that drops the
// line (or, with end, what follows it), as written or inside the brackets and bullets that
// sites set their markers in ("[관련기사]", "【Related】", "▶ 많이 본 뉴스"), or as a markdown
// heading ("## Related articles", and an HTML page's <h3>, which the view reads as one).
func isBoilerplate(t string, lex *lexicon.Lexicon, end bool) bool {
	_, ok := boilerplateMarker(t, lex, end)
	return ok
}

// inlineMarker reports whether the line t is an end-of-article marker with its link on the
// same line ("Related: <headline>", "Read more: <headline>"): more words after a marker
// that ends with ":".
func inlineMarker(t string, lex *lexicon.Lexicon) bool {
	p, ok := boilerplateMarker(t, lex, true)
	prefix, open := strings.CutSuffix(p.Pattern, "*")
	if !ok || !open || !strings.HasSuffix(prefix, ":") {
		return false
	}
	v := strings.ToLower(markdownVisible(t))
	i := strings.Index(v, prefix)
	return i >= 0 && strings.TrimSpace(v[i+len(prefix):]) != ""
}

// boilerplateMarker is isBoilerplate that also returns the pattern the line matches.
func boilerplateMarker(t string, lex *lexicon.Lexicon, end bool) (lexicon.BoilerplatePattern, bool) {
	limit := 60
	if v := markdownVisible(t); v != t {
		t, limit = v, 120 // a line of markdown links is a site's list of them, its headlines longer than a marker
	}
	if len(t) == 0 || len(t) > limit && !shortInLetters(t) {
		return lexicon.BoilerplatePattern{}, false // furniture lines are short; article sentences are not furniture
	}
	if p, ok := boilerplateLine(t, lex, end); ok {
		return p, true
	}
	bare := strings.TrimRight(strings.TrimLeft(t, markerOpeners), markerClosers)
	if bare == t || bare == "" {
		return lexicon.BoilerplatePattern{}, false
	}
	return boilerplateLine(bare, lex, end)
}

// markdownVisible returns the words a markdown line shows: without the emphasis around it
// and with each link's text for the link ("*Related: [Seoul to double PhD
// stipends](https://...)*" shows "Related: Seoul to double PhD stipends"). A line without
// them is returned as it is.
func markdownVisible(t string) string {
	if !strings.Contains(t, "](") && !strings.HasPrefix(t, "*") && !strings.HasPrefix(t, "_") {
		return t
	}
	t = strings.Trim(t, "*_ ")
	var b strings.Builder
	for {
		open := strings.IndexByte(t, '[')
		if open < 0 {
			break
		}
		mid := strings.Index(t[open:], "](")
		if mid < 0 {
			break
		}
		close := strings.IndexByte(t[open+mid:], ')')
		if close < 0 {
			break
		}
		b.WriteString(t[:open])
		b.WriteString(t[open+1 : open+mid])
		t = t[open+mid+close+1:]
	}
	b.WriteString(t)
	return b.String()
}

// markerOpeners and markerClosers are the brackets and bullets around a site's markers.
const (
	markerOpeners = "#[【〈<《「『■□▶▷►▲△◆◇●○※★☆· "
	markerClosers = "]】〉>》」』: "
)

func boilerplateLine(t string, lex *lexicon.Lexicon, end bool) (lexicon.BoilerplatePattern, bool) {
	c := t[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	for _, p := range lex.BoilerplateStartingWith(c) {
		if p.End == end && p.Matches(t) {
			// "댓글 가운데 40%는 찬성이었다.": a sentence about comments, no marker
			return p, !end || !readsAsSentence(t)
		}
	}
	return lexicon.BoilerplatePattern{}, false
}

// pageNumber recognises a line that is only a page number ("8") or a running header or
// footer carrying one ("Bytes and Bullets in Korea 333"): at most eight words of a title,
// no sentence punctuation, a number of at most four digits first or last.
func pageNumber(t string) (int, bool) {
	if len(t) == 0 || len(t) > 120 || !isDigit(t[0]) && !isDigit(t[len(t)-1]) {
		return 0, false // no number at an edge, or longer than eight words of a title and one
	}
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 8 {
		return 0, false
	}
	if n, rest, ok := pageOfPages(words); ok && (len(rest) == 0 || titleWords(rest)) {
		return n, true // "Page 3 of 18", "3 of 18"
	}
	num := words[len(words)-1]
	rest := words[:len(words)-1]
	if n, ok := smallInt(num); ok {
		if len(rest) == 0 || titleWords(rest) {
			return n, true
		}
	}
	if n, ok := smallInt(words[0]); ok && len(words) > 1 && titleWords(words[1:]) {
		return n, true
	}
	return 0, false
}

// consecutive reports whether there are at least two page marks, numbered one after another.
func consecutive(marks []PageMark) bool {
	if len(marks) < 2 {
		return false
	}
	for i := 1; i < len(marks); i++ {
		if marks[i].Page != marks[i-1].Page+1 {
			return false
		}
	}
	return true
}

func smallInt(s string) (int, bool) {
	if len(s) == 0 || len(s) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, n > 0 && (n < 1800 || n > 2100) // "2019" alone is a date on a cover, not a page
}

// titleWords reports whether words read like a running title: capitalised words and the
// short function words titles keep in lower case, with no sentence punctuation.
func titleWords(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case strings.ContainsAny(w, ".,;:!?()[]\"“”"):
			return false
		case unicode.IsUpper(r):
		case w == "and" || w == "of" || w == "in" || w == "the" || w == "on" || w == "for" || w == "a":
		default:
			return false
		}
	}
	return true
}

// shortInLetters reports whether t, longer than 60 bytes, is a line of at most 60 letters
// all the same: one that opens in another script than Latin, whose letters take two or three
// bytes ("<저작권자 ⓒ 예시일보, 무단 전재 및 재배포 금지>").
func shortInLetters(t string) bool {
	first := refOpeners.trimLeft(t)
	return len(t) <= 180 && first != "" && first[0] >= utf8.RuneSelf && utf8.RuneCountInString(t) <= 60
}

// KoreanSentence reports whether t is a Korean sentence ended by its predicate ("감소했다."):
// prose however few its words, which are longer than English ones.
func KoreanSentence(t string) bool { return hangulHeadline(t) && koreanSentenceEnd(t) }

// readsAsSentence reports whether the line t is a sentence of prose: a Korean one ends with
// its predicate, an English one has six words or more and a full stop.
func readsAsSentence(t string) bool {
	if hangulHeadline(t) {
		return koreanSentenceEnd(t)
	}
	return strings.HasSuffix(t, ".") && len(strings.Fields(t)) >= 6
}
