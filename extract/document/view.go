package document

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/kpfigures/figures/extract/lexicon"
)

// View is the analysis text of a document: the raw text with conversion damage undone.
// Paragraph breaks are a single '\n'; within a paragraph, words are separated by single
// spaces. Every byte of Text remembers the raw byte it came from.
type View struct {
	Text  string
	segs  []segment  // where runs of the view come from in the raw text
	Pages []PageMark // page numbers the document prints, in view order
	sents []Span     // the sentences, split once (see SentenceSpans)
	src   *textMap   // when the view was built from a text derived from the raw file (HTML)

	dropped []Dropped // furniture left out, in offsets of the text the view was built from
	lex     *lexicon.Lexicon
}

// Lexicon returns the lexicon the view was built with, which its sentences and figures use.
func (v *View) Lexicon() *lexicon.Lexicon { return v.lex }

// Dropped returns the spans of the document the view leaves out as site furniture, in raw
// byte offsets.
func (v *View) Dropped() []Dropped {
	if v.src == nil || len(v.dropped) == 0 {
		return v.dropped
	}
	out := make([]Dropped, len(v.dropped))
	for i, d := range v.dropped {
		out[i] = Dropped{Start: v.src.start(d.Start), End: v.src.end(d.End), Reason: d.Reason}
	}
	return out
}

// SentenceSpans returns the sentences of the view, split on first use with the view's
// lexicon and kept: finding figures, the event check and the review all walk them.
func (v *View) SentenceSpans() []Span {
	if v.sents == nil {
		v.sents = Sentences(v.Text, v.lex)
	}
	return v.sents
}

// segment says that view bytes from view on come from raw bytes from raw on, one for one,
// up to the next segment. Views copy long runs of raw text, so a few segments per line map
// every byte, where a raw offset per byte would take four times the text.
type segment struct {
	view, raw int
}

// PageMark records that the page numbered Page starts at view offset At.
type PageMark struct {
	At   int
	Page int
}

// RawStart maps view offset i to the raw byte offset it came from.
func (v *View) RawStart(i int) int {
	t := v.textStart(i)
	if v.src != nil {
		return v.src.start(t)
	}
	return t
}

// RawEnd maps the exclusive view end j of a span to the exclusive raw end.
func (v *View) RawEnd(j int) int {
	_, size := utf8.DecodeLastRuneInString(v.Text[:j])
	t := v.textStart(j-size) + size
	if v.src != nil {
		return v.src.end(t)
	}
	return t
}

// textStart maps view offset i to the offset in the text the view was built from: the raw
// file itself, or the text derived from it.
func (v *View) textStart(i int) int {
	k := sort.Search(len(v.segs), func(k int) bool { return v.segs[k].view > i }) - 1
	return v.segs[k].raw + i - v.segs[k].view
}

// PageAt returns the page number printed before view offset i, or 0 when unknown.
func (v *View) PageAt(i int) int {
	page := 0
	for _, m := range v.Pages {
		if m.At > i {
			break
		}
		page = m.Page
	}
	return page
}

// viewBuilder appends to the view text while recording raw offsets.
type viewBuilder struct {
	buf  []byte
	segs []segment
}

// copyByte appends c, which stands for the raw byte at offset at.
func (b *viewBuilder) copyByte(c byte, at int) {
	n := len(b.buf)
	if k := len(b.segs) - 1; k < 0 || b.segs[k].raw+n-b.segs[k].view != at {
		b.segs = append(b.segs, segment{view: n, raw: at})
	}
	b.buf = append(b.buf, c)
}

// copyRun appends run, which stands for the raw bytes starting at offset at.
func (b *viewBuilder) copyRun(run []byte, at int) {
	if len(run) == 0 {
		return
	}
	n := len(b.buf)
	if k := len(b.segs) - 1; k < 0 || b.segs[k].raw+n-b.segs[k].view != at {
		b.segs = append(b.segs, segment{view: n, raw: at})
	}
	b.buf = append(b.buf, run...)
}

// dropLast removes the last byte, if any.
func (b *viewBuilder) dropLast() {
	n := len(b.buf)
	if n == 0 {
		return
	}
	b.buf = b.buf[:n-1]
	if k := len(b.segs) - 1; b.segs[k].view == n-1 {
		b.segs = b.segs[:k]
	}
}

func (b *viewBuilder) lastByte() byte {
	if len(b.buf) == 0 {
		return '\n'
	}
	return b.buf[len(b.buf)-1]
}

// line is one raw line, without its terminator: offsets only, so that the collector has
// no pointers to follow in the hundreds of thousands of lines of a long document.
type line struct {
	start, end int
}

// in returns the line's text in text, the raw bytes read as a string.
func (ln line) in(text string) string { return text[ln.start:ln.end] }

// BuildView builds the analysis view of raw text. It works line by line: furniture lines
// (page numbers, running headers, website menus and story lists) are dropped, wrapped lines
// are joined, words broken across lines are mended, and markup is removed within lines.
func BuildView(raw []byte, lex *lexicon.Lexicon) *View {
	// The lines are read in raw as a string, without copying it: raw is not written while
	// the view is built, and no line's text outlives BuildView.
	text := unsafe.String(unsafe.SliceData(raw), len(raw))
	lines := splitLines(raw)
	keep, dropped := classifyLines(lines, text, lex)
	// A line starts a segment or two (a collapsed space, a dropped marker): sized once, the
	// segments are not copied again and again as a document of megabytes grows them.
	b := &viewBuilder{buf: make([]byte, 0, len(raw)), segs: make([]segment, 0, len(lines)+len(lines)/4+1)}
	v := &View{dropped: dropped, lex: lex}
	// Running headers number pages more reliably than bare numbers, which may be footnote
	// numbers standing alone: when a document has headers, only they mark pages.
	headers := slices.ContainsFunc(keep, func(c lineClass) bool { return c.header })
	// Text extracted from a PDF (pdftotext) ends each page with a form feed: the page index is
	// certain, where printed numbers are guesses.
	var fed []PageMark
	if bytes.IndexByte(raw, '\f') >= 0 {
		fed = []PageMark{{At: 0, Page: 1}}
	}
	var prev *line
	blankSince := false
	for i := range lines {
		ln := &lines[i]
		for n := strings.Count(ln.in(text), "\f"); fed != nil && n > 0; n-- {
			fed = append(fed, PageMark{At: len(b.buf), Page: len(fed) + 1})
		}
		switch keep[i].kind {
		case lineBlank:
			blankSince = true
			continue
		case linePage:
			if keep[i].header || !headers {
				v.Pages = append(v.Pages, PageMark{At: len(b.buf), Page: int(keep[i].page)})
			}
			continue
		case lineDrop:
			continue
		}
		if prev != nil {
			joinLines(b, prev.in(text), ln.in(text), blankSince, ln.start, lex)
		}
		cleanLine(b, raw, ln.start, ln.end, lex)
		prev, blankSince = ln, false
	}
	v.Pages = slices.DeleteFunc(v.Pages, func(m PageMark) bool { return m.Page == 0 })
	if fed != nil {
		v.Pages = fed
	} else if !consecutive(v.Pages) {
		// One mark, or marks out of sequence (section headings that look like page
		// headers, pages whose numbers were lost): no page can be trusted.
		v.Pages = nil
	}
	// Trim a trailing separator so that the view ends with text.
	for len(b.buf) > 0 && (b.lastByte() == ' ' || b.lastByte() == '\n') {
		b.dropLast()
	}
	// The builder's buffer is not written again: the view's text shares it rather than
	// copying it (a document of 10 MB would otherwise be held three times at once).
	v.Text, v.segs = unsafe.String(unsafe.SliceData(b.buf), len(b.buf)), b.segs
	return v
}

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
		case t == "" || isRule(t):
			cls[i].kind = lineBlank // a markdown rule ("---") separates like a blank line
		case isBoilerplate(t, lex, false):
			cls[i].kind = lineDrop
			dropped = droppedLines(dropped, lines, i, i+1, "site furniture: line '"+t+"'")
		case content >= 2 && isBoilerplate(t, lex, true):
			end, ok := furnitureBlock(lines, i, text, lex)
			if !ok {
				content++ // a heading that reads like a marker, followed by the body
				break
			}
			for j := i; j < end; j++ {
				cls[j].kind = lineDrop
			}
			dropped = droppedLines(dropped, lines, i, end, "site furniture: a block after '"+t+"'")
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
	if _, ok := smallInt(words[len(words)-1]); ok && len(words) > 1 {
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
	if n, ok := smallInt(words[len(words)-1]); ok {
		return n, true
	}
	return smallInt(words[0])
}

// isRule reports whether t is a markdown horizontal rule: three or more of - * _ alone.
func isRule(t string) bool {
	if len(t) < 3 || t[0] != '-' && t[0] != '*' && t[0] != '_' {
		return false
	}
	return strings.Trim(t, "-") == "" || strings.Trim(t, "*") == "" || strings.Trim(t, "_") == ""
}

func isBoilerplate(t string, lex *lexicon.Lexicon, end bool) bool {
	if len(t) == 0 || len(t) > 60 {
		return false // furniture lines are short; article sentences are not furniture
	}
	c := t[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	for _, ps := range [2][]lexicon.BoilerplatePattern{lex.BoilerplateStartingWith(c), lex.BoilerplateStartingWith(utf8.RuneSelf)} {
		for _, p := range ps {
			if p.End == end && p.Matches(t) {
				return true
			}
		}
	}
	return false
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

// joinLines emits the separator between two kept lines: nothing (a word broken across the
// break), a space (a wrapped line) or '\n' (a paragraph break).
func joinLines(b *viewBuilder, prev, next string, blankBetween bool, at int, lex *lexicon.Lexicon) {
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
	if strings.HasSuffix(p, "-") && !strings.HasSuffix(p, "--") && unicode.IsLower(first) {
		frag := lastWord(p[:len(p)-1])
		if frag != "" && !lex.Has(lexicon.KeepHyphen, strings.ToLower(frag)) && !hasUpperOrDigit(frag) && isLetters(frag) {
			// "develop-\nment": drop the hyphen that the line break introduced.
			b.dropLast()
		}
		return // "IT-\nrelated" keeps its hyphen; neither joins with a space
	}
	if startsBlock(n) || startsRecord(p, n) || (blankBetween && !continues(p, first)) {
		b.copyByte('\n', at)
		return
	}
	b.copyByte(' ', at)
}

// continues reports whether text after a blank line continues the sentence before it, as
// in PDF conversions that put a blank line after every line.
func continues(prev string, first rune) bool {
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

// startsBlock reports whether a line opens a new block in markdown (heading, list item,
// table row), which a soft line join must not run into the previous line.
func startsBlock(t string) bool {
	return strings.HasPrefix(t, "#") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") ||
		strings.HasPrefix(t, "• ") || strings.HasPrefix(t, "|")
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
	s = strings.TrimRight(s, " \t\r*_")
	if strings.HasSuffix(s, "</sup>") {
		if i := strings.LastIndex(s, "<sup>"); i >= 0 {
			s = s[:i]
		}
	}
	return s
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
	if i+1 < len(s) && (s[i] == '-' || s[i] == '*' || s[i] == '+') && s[i+1] == ' ' {
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
		case c == '*' || c == '_' && (i == 0 || i+1 == len(s) || s[i-1] == ' ' || s[i+1] == ' '):
			i++ // markdown emphasis
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
		case isSpaceAt(s, i) > 0:
			addSpace(b, start+i)
			i += isSpaceAt(s, i)
			continue
		case c >= '0' && c <= '9' && depth == 0 && (i == 0 || !isWordByte(s[i-1])):
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
