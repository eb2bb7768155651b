package extract

import (
	"html"
	"strings"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
)

// DroppedFigures returns the figures the dropped span d of raw would give if it were read as
// text, at their raw offsets: what leaving it out cost, for the report.
func DroppedFigures(raw []byte, d document.Dropped, lex *lexicon.Lexicon) []Figure {
	plain := lex.WithoutBoilerplate() // the same tables, without the furniture rules that dropped the span
	part := raw[d.Start:d.End]
	figs := FindInView(document.BuildView(part, plain), part)
	for i := range figs {
		f := &figs[i]
		f.Start, f.End = f.Start+d.Start, f.End+d.Start
		f.SentenceStart, f.SentenceEnd = f.SentenceStart+d.Start, f.SentenceEnd+d.Start
	}
	return figs
}

// FigureInSentence returns where a figure's words stand in its sentence, as byte offsets: the
// figure's text is raw bytes, which for a web page may hold tags and entities
// ("US$&nbsp;38 million") that the sentence, cleaned, does not. near is the figure's offset
// in its sentence's raw bytes (start minus sentence start), and rawLen the sentence's length
// there: the sentence, with its whitespace collapsed and tags gone, is never longer, so of
// the words' whole-word occurrences at or before near the figure's is the one nearest to near
// scaled to the sentence's length: the last one in plain text ("1" in "from 3.08 in 2014
// (Figure 1)"), the one in its place in a table row whose tags the sentence lost ("| 2012 |
// 1 | 2 | 1 |"). ok is false when the words are not found.
func FigureInSentence(sentence, text string, near, rawLen int) (start, end int, ok bool) {
	words := text
	if !strings.Contains(sentence, words) {
		var b strings.Builder
		for depth, i := 0, 0; i < len(text); i++ { // the words without their tags
			switch c := text[i]; {
			case c == '<':
				depth++
			case c == '>' && depth > 0:
				depth--
			case depth == 0:
				b.WriteByte(c)
			}
		}
		words = strings.Join(strings.Fields(strings.ReplaceAll(html.UnescapeString(b.String()), "\u00a0", " ")), " ")
	}
	if words == "" {
		return 0, 0, false
	}
	est := near
	if rawLen > len(sentence) {
		est = near * len(sentence) / rawLen
	}
	first, firstWhole, best := -1, -1, -1
	for i := 0; ; {
		k := strings.Index(sentence[i:], words)
		if k < 0 {
			break
		}
		k += i
		if first < 0 {
			first = k
		}
		if boundaryBefore(sentence, k) && boundaryAfter(sentence, k+len(words)) {
			if firstWhole < 0 {
				firstWhole = k
			}
			if k <= near && (best < 0 || abs(k-est) <= abs(best-est)) {
				best = k
			}
		}
		i = k + 1
	}
	switch {
	case best >= 0:
	case firstWhole >= 0:
		best = firstWhole
	case first >= 0:
		best = first
	default:
		return 0, 0, false
	}
	return best, best + len(words), true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
