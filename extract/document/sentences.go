package document

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/lexicon"
)

// Span is a half-open range [Start, End) of view offsets.
type Span struct{ Start, End int }

// MaxSentence is the longest sentence, in bytes, Sentences gives.
const MaxSentence = 4000

// Sentences splits the view text into sentences. A paragraph break always ends one; a
// period, question or exclamation mark ends one when a capital, digit or quote follows
// (after the number of a note glued to it, "earlier.3 Four-year"),
// unless it closes an abbreviation from the lexicon ("U.S.", "Mr.", "e.g.", "No. 4",
// "p. 76") or an initial ("J. Smith").
func Sentences(text string, lex *lexicon.Lexicon) []Span {
	out := make([]Span, 0, len(text)/128+1) // prose runs to about 150 bytes a sentence
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\n') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\n') {
			e--
		}
		for e-s > MaxSentence {
			// A "sentence" this long is a table, a list or a file without punctuation:
			// cut it at a space, so that no figure carries megabytes of context.
			cut := s + MaxSentence
			if sp := strings.LastIndexByte(text[s:cut], ' '); sp > 0 {
				cut = s + sp
			} else {
				for cut > s && !utf8.RuneStart(text[cut]) {
					cut--
				}
			}
			end := cut
			for end > s && text[end-1] == ' ' {
				end-- // "a  b" cut at its second space keeps no space at the end
			}
			out = append(out, Span{s, end})
			for s = cut; s < e && text[s] == ' '; s++ {
			}
		}
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			emit(i)
			continue
		}
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(text) && strings.IndexByte("\"')]", text[j]) >= 0 {
			j++
		}
		for j < len(text) && text[j] == '[' {
			// "destroyed.[2] In 1960", "[3][4]", "[note 1]": citation marks belong to the
			// sentence they close.
			k := citationMarkEnd(text, j)
			if k < 0 {
				break
			}
			j = k
		}
		if c == '.' && i > 0 && unicode.IsLower(rune(text[i-1])) {
			// "a year earlier.3 Four-year ...": a note's number glued after the full stop
			// stays with the sentence it annotates.
			k := j
			for k < len(text) && k < j+3 && text[k] >= '0' && text[k] <= '9' {
				k++
			}
			if k > j && k+1 < len(text) && text[k] == ' ' && text[k+1] >= 'A' && text[k+1] <= 'Z' {
				j = k
			}
		}
		if j < len(text) && strings.HasPrefix(text[j:], "”") {
			j += len("”")
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[j+1:])
		// Korean has no capitals: a sentence after a period starts with Hangul.
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || IsHangul(next) || next == '"' || next == '“' || next == '(' || next == '‘') {
			continue
		}
		if c == '.' && (isAbbreviation(text[:i+1], lex) || isNumberedLabel(text[:i], lex) || partTitle(text, i)) {
			continue
		}
		emit(j)
	}
	emit(len(text))
	return out
}

// partTitle reports whether the full stop at text[i] follows the number of a part of a
// document at the start of a line that is only that part's title ("Ⅲ. 분석 결과", "IV.
// Results", "1. 자료 수집"): it ends no sentence. A numbered list item runs longer.
func partTitle(text string, i int) bool {
	// Only the few bytes around the stop are looked at: a paragraph of the view is one
	// line, and every full stop of it passes here.
	start := i
	for start > 0 && i-start < maxPartNumber && text[start-1] != '\n' {
		start--
	}
	if start > 0 && text[start-1] != '\n' {
		return false // the stop is too far into its line to follow a part's number
	}
	end := i
	for end < len(text) && end-start <= maxShortTitle && text[end] != '\n' {
		end++
	}
	return PartTitle(text[start:end])
}

// maxPartNumber bounds the bytes of a part's number before its full stop ("3.2.1", "Ⅻ").
const maxPartNumber = 12

// citationMarkEnd returns the offset after the citation mark that opens at j ("[2]",
// "[note 1]", "[a]", "[citation needed]"): a bracket of at most maxCitationMark letters, digits
// and spaces; or -1.
func citationMarkEnd(text string, j int) int {
	for k := j + 1; k < len(text) && k <= j+maxCitationMark; k++ {
		switch c := text[k]; {
		case c == ']':
			if k == j+1 {
				return -1
			}
			return k + 1
		case c == ' ' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z':
		default:
			return -1
		}
	}
	return -1
}

// maxCitationMark bounds the text inside a citation mark's brackets ("clarification needed").
const maxCitationMark = 24

// isNumberedLabel reports whether text ends with a reference word and its number, which a
// caption's full stop follows ("Table 2-1. ICT graduates by level"): the caption goes on.
func isNumberedLabel(text string, lex *lexicon.Lexicon) bool {
	k := wordBreak.lastIndex(text)
	if k <= 0 {
		return false
	}
	w := text[:k]
	w = w[wordOpen.lastIndex(w)+1:]
	return len(w) < 12 && NumberedReference(w, text[k+1:], lex)
}

// NumberedCaption reads a line that opens with a reference word and its number, as a
// caption does ("Table 2. Articles by type", "<표 4> 졸업생", "Figure 3: ..."): the
// reference word, the words after the number, and whether a mark closes the number ("2.",
// "4>", "3:"), which a sentence that cites the table ("Table 1 shows ...") lacks.
func NumberedCaption(t string, lex *lexicon.Lexicon) (ref, words string, marked, ok bool) {
	ref, rest, found := strings.Cut(captionOpeners.trimLeft(t), " ")
	num, words, _ := strings.Cut(rest, " ")
	if !found || num == "" {
		return "", "", false, false
	}
	marked = strings.ContainsAny(num[len(num)-1:], ".:>])")
	return ref, strings.TrimSpace(words), marked, NumberedReference(ref, strings.TrimRight(num, ">])"), lex)
}

// NumberedReference reports whether ref is a reference word of the lexicon and num its
// number ("Table" "2-1", "Figure" "3:"), as a caption opens; an annex's or a supplement's
// number has a capital letter before it ("Table A1.", "Figure S3", "Table B.2").
func NumberedReference(ref, num string, lex *lexicon.Lexicon) bool {
	if len(num) > 1 && num[0] >= 'A' && num[0] <= 'Z' {
		num = strings.TrimLeft(num[1:], ".-")
	}
	return num != "" && isDigit(num[0]) && strings.Trim(num, ".:-–0123456789") == "" &&
		lex.HasFold(lexicon.References, ref)
}

// isAbbreviation reports whether the word ending text (with its final period) is an
// abbreviation or a one-letter initial.
func isAbbreviation(text string, lex *lexicon.Lexicon) bool {
	k := wordOpen.lastIndex(text)
	word := text[k+1:]
	if lex.Has(lexicon.Abbreviations, word) {
		return true
	}
	core := strings.TrimSuffix(word, ".")
	r, size := utf8.DecodeRuneInString(core)
	return size == len(core) && unicode.IsUpper(r)
}

// IsHangul reports whether r is a Hangul letter.
func IsHangul(r rune) bool { return unicode.Is(unicode.Hangul, r) }

// HasHangul reports whether s holds a Hangul letter. It skips ASCII a byte at a time: it is
// asked of every figure's sentence, most of them English.
func HasHangul(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if IsHangul(r) {
			return true
		}
		i += size
	}
	return false
}
