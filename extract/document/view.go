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

	dropped    []Dropped // furniture left out, in offsets of the text the view was built from
	paragraphs []int     // view offsets of the lines after a blank line, in order
	marked     []int     // view offsets of the lines its markup makes headings ("## Methods"), in order
	lex        *lexicon.Lexicon
}

// AfterBlankLine reports whether the view's line starting at offset at follows a blank line
// of the document: the view joins paragraphs with one newline, as it joins lines.
func (v *View) AfterBlankLine(at int) bool {
	_, found := slices.BinarySearch(v.paragraphs, at)
	return found
}

// MarkedHeading reports whether the view's line starting at offset at is a heading by its
// markup ("# Who stays in science? Doctoral graduates, 2015–2024"), not by its shape alone:
// a heading whatever its words, its punctuation and what follows it.
func (v *View) MarkedHeading(at int) bool {
	_, found := slices.BinarySearch(v.marked, at)
	return found
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
		v.sents = wholeMarkedLines(Sentences(v.Text, v.lex), v.marked, v.Text)
	}
	return v.sents
}

// wholeMarkedLines joins the sentences a marked heading's line was split into ("Who stays
// in science?" and "Doctoral graduates in South Korea"): the line is one heading.
func wholeMarkedLines(sents []Span, marked []int, text string) []Span {
	if len(marked) == 0 {
		return sents
	}
	out := sents[:0]
	for _, sp := range sents {
		if n := len(out); n > 0 {
			last := &out[n-1]
			if _, found := slices.BinarySearch(marked, last.Start); found && !strings.Contains(text[last.Start:sp.Start], "\n") {
				last.End = sp.End
				continue
			}
		}
		out = append(out, sp)
	}
	return out
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
func BuildView(raw []byte, lex *lexicon.Lexicon) *View { return buildView(raw, lex, false) }

// BuildBlockView builds the view of text whose blank lines always end a paragraph: the text
// of a web page's blocks, where a headline and the byline under it are two blocks however
// the headline ends, and no page break splits a sentence.
func BuildBlockView(raw []byte, lex *lexicon.Lexicon) *View { return buildView(raw, lex, true) }

// bylineLine reports whether line t is a story's byline: "By" and a capitalised name, short
// ("By Staff Reporter | 14 March 2025"). A headline stands over it.
func bylineLine(t string) bool {
	t = trimSpace(t)
	rest, ok := strings.CutPrefix(t, "By ")
	if !ok || len(t) > maxBylineBytes {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// maxBylineBytes bounds a byline's line (bylineLine).
const maxBylineBytes = 80

// headingAlone reports whether line p, a paragraph of its own, reads as a heading: short,
// and not ending with a word that leaves its sentence open ("The ministry said that", a
// PDF's line set apart by a blank one, goes on after it).
func headingAlone(p string, lex *lexicon.Lexicon) bool {
	p = trimSpace(p)
	return p != "" && utf8.RuneCountInString(p) <= titleRunes && !lex.Has(lexicon.Stopwords, strings.ToLower(lastWord(p)))
}

// aloneAt reports whether line i stands alone in its paragraph, a blank line (or the end)
// after it.
func aloneAt(lines []line, keep []lineClass, i int) bool {
	return i+1 >= len(lines) || keep[i+1].kind == lineBlank
}

func buildView(raw []byte, lex *lexicon.Lexicon, blocks bool) *View {
	// The lines are read in raw as a string, without copying it: raw is not written while
	// the view is built, and no line's text outlives BuildView.
	text := unsafe.String(unsafe.SliceData(raw), len(raw))
	lines := splitLines(raw)
	keep, dropped := classifyLines(lines, text, lex)
	markSpacedTables(lines, text, keep, lex)
	markTabRecords(lines, text, keep)
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
	// A line alone in its paragraph, first in the document or after a sentence's end, is a
	// headline before a blank line and a capitalised paragraph that ends a sentence or is a
	// byline ("Foreign students top 200,000 for the first time" over "SEOUL, Oct 2 ... target."
	// or "By Staff Reporter | 14 March 2025"). A
	// PDF's text that sets a blank line after every line runs its sentences on over them:
	// there the line before is mid-sentence, or the line after one alone and unfinished.
	prevAfterSentence := true
	prevOpens := true  // prev opens a paragraph: the first line, or one after a blank line
	prevTable := false // prev is a line of a table set out with spaces, or a record
	prevMarked := false
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
		table := keep[i].kind == lineTableHeader || keep[i].kind == lineTableRow || keep[i].kind == lineRecord
		marked := markdownHeading(ln.in(text))
		switch {
		case prev != nil && (table || prevTable || blocks && blankSince || marked || prevMarked):
			b.copyByte('\n', ln.start) // a table's lines stand apart from the text around them, and blocks from each other
		case prev != nil:
			next := ln.in(text)
			headline := prevOpens && prevAfterSentence && (endsSentence(next) || bylineLine(next) || !aloneAt(lines, keep, i))
			joinLines(b, prev.in(text), next, blankSince, prevOpens, headline, ln.start, lex)
		}
		if blankSince && prev != nil && b.lastByte() == '\n' {
			v.paragraphs = append(v.paragraphs, len(b.buf))
		}
		if marked {
			v.marked = append(v.marked, len(b.buf))
		}
		if keep[i].kind == lineRecord {
			writeRecordLine(b, raw, text, ln.start, ln.end)
		} else if table {
			writeTableLine(b, raw, text, ln.start, ln.end, keep[i].kind == lineTableHeader)
		} else {
			cleanLine(b, raw, ln.start, ln.end, lex)
		}
		// A heading alone in its paragraph ends what came before as a sentence would: the
		// headline after it ("Chapter 3\n\nHalf of graduates head to big tech, data
		// show\n\nNearly half of ...") is read as one after a sentence is.
		prevAfterSentence = prev == nil || endsSentence(prev.in(text)) || prevOpens && blankSince && headingAlone(prev.in(text), lex)
		prev, prevOpens, blankSince, prevTable, prevMarked = ln, prev == nil || blankSince, false, table, marked
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
