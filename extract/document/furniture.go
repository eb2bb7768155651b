package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/lexicon"
)

// Dropped is a span of a document the view leaves out as site furniture, with why. Nothing
// is dropped silently: the release reports each span (a warning, and a rejects row when the
// span held figures).
type Dropped struct {
	Start, End int    // byte offsets in the raw file, end exclusive
	Reason     string // "site furniture: line 'Advertisement'", "site furniture: a block after 'Comments0'"
}

// furnitureBlock returns the end (exclusive line index) of the block of site furniture that
// the end-of-article marker at line i opens, and whether it is one. A saved web page ends
// its article with a marker ("Comments", "Latest Stories", "Tags:") followed by lists of
// headlines, counters and labels; a report may well have a heading "Trending technologies" or
// "Recommended measures" followed by its prose or its own list. So the marker drops lines
// only as far as they read like furniture, and only when there are enough of them to be a
// block (or they run to the end of the file): a heading followed by prose is kept, and so is
// a second article after the furniture of the first.
func furnitureBlock(lines []line, i int, text string, lex *lexicon.Lexicon) (int, bool) {
	marker, _ := boilerplateMarker(trimSpace(lines[i].in(text)), lex, true)
	furniture := 0
	j := i + 1
	for ; j < len(lines); j++ {
		t := trimSpace(lines[j].in(text))
		if t == "" || isRule(t) {
			continue
		}
		k := lineKindOf(t, marker.Stories, lex)
		if k == proseLine {
			break
		}
		if k == furnitureLine {
			furniture++
		}
	}
	need := minFurnitureLines
	if marker.Stories {
		need = 1 // "관련기사" over two headlines, then the article goes on: only a site lists its stories
	}
	if j == len(lines) || furniture >= need {
		// Blank lines before the prose that ends the block belong to neither: leave them.
		for j > i+1 && trimSpace(lines[j-1].in(text)) == "" {
			j--
		}
		return j, true
	}
	return i, false
}

// minFurnitureLines is how many furniture lines after a marker make a block of furniture in
// the middle of a file: a story list has several; a heading has none.
const minFurnitureLines = 3

// furnitureKind is what a line after a furniture marker reads like.
type furnitureKind uint8

const (
	neutralLine   furnitureKind = iota // too short to tell ("5 ways to hack")
	furnitureLine                      // a marker, counter, label, address or title-case headline
	proseLine                          // the body of a document: it ends a block of furniture
)

// lineKindOf says whether a trimmed line reads like site furniture or like the body of a
// document: another furniture marker, a bare counter or rank, a short label ("DEBATE"), an
// address, a headline in title case, as story lists print them, or one in sentence case
// without a stop are furniture; six words or more mostly in lower case are prose, even a
// bulleted list item of a report ("• Increase funding by 20% for universities"), unless the
// marker above it opens a list of stories, which only a site prints.
func lineKindOf(t string, stories bool, lex *lexicon.Lexicon) furnitureKind {
	t = strings.TrimSpace(t)
	first, _ := utf8.DecodeRuneInString(t)
	bulleted := strings.ContainsRune("•·*-–—>", first)
	t = strings.TrimSpace(strings.TrimLeft(t, "•·*-–—>0123456789.) \t"))
	if t == "" {
		return furnitureLine // a bullet or a rank alone
	}
	if isBoilerplate(t, lex, false) || isBoilerplate(t, lex, true) {
		return furnitureLine
	}
	if strings.Contains(t, "@") || strings.Contains(t, "://") || strings.HasPrefix(t, "www.") {
		return furnitureLine
	}
	words := strings.Fields(t)
	if len(words) <= 2 {
		return furnitureLine // "DEBATE", "LATEST&nbsp", "Comments0", "Daniel Kim"
	}
	if r, _ := utf8.DecodeRuneInString(t); IsHangul(r) || hangulHeadline(t) {
		// Korean has no capitals: its prose ends a sentence with a predicate ("...했다."),
		// a headline with a noun or a cut verb ("가상자산 1조 원 탈취…역대 최대").
		if koreanSentenceEnd(t) {
			return proseLine
		}
		return furnitureLine
	}
	long, upper := 0, 0
	for _, w := range words {
		w = strings.TrimLeft(w, "‘'\"“([")
		if utf8.RuneCountInString(w) < 4 {
			continue // "of", "and", "to": lower case in headlines too
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) || r == '$' {
			upper++
		}
	}
	switch {
	case len(words) <= 25 && long > 0 && upper*4 >= long*3:
		return furnitureLine
	case (!bulleted || stories) && len(words) <= 14 && !strings.ContainsAny(t[len(t)-1:], ".!?:;\"”’)"):
		// "Samsung to hire 500 AI researchers in Silicon Valley": a headline in sentence
		// case, as some sites print their story lists, ends with no stop; a report's list
		// item under a heading that reads like a marker has its bullet.
		return furnitureLine
	case len(words) >= 6:
		return proseLine
	}
	return neutralLine
}

// droppedLines records lines [from, to) as dropped for reason.
func droppedLines(out []Dropped, lines []line, from, to int, reason string) []Dropped {
	return append(out, Dropped{Start: lines[from].start, End: lines[to-1].end, Reason: reason})
}

// hangulHeadline reports whether the line t is mostly Korean though it opens with another
// script ("北 IT 노동자 ...", "SK하이닉스, ..."): more Hangul letters than Latin ones.
func hangulHeadline(t string) bool {
	hangul, latin := 0, 0
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				latin++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if r >= 0xAC00 && r <= 0xD7A3 || IsHangul(r) { // the syllables first: most Korean text
			hangul++
		}
		i += size
	}
	return hangul > latin
}

// koreanSentenceEnd reports whether the Korean line t ends as a sentence does: a predicate's
// ending and a full stop ("했다.", "입니다."), or a quotation closed after one.
func koreanSentenceEnd(t string) bool {
	t = strings.TrimRight(t, " \"'”’)")
	return strings.HasSuffix(t, "다.") || strings.HasSuffix(t, "요.") || strings.HasSuffix(t, "까?")
}
