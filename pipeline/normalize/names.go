package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/lexicon"
)

// nameSpans returns the runs of capitalised words of s, as byte spans: a capitalised word is
// an ASCII capital followed by letters and & ' ’ . - ending in a letter ("Kim", "U.S",
// "Rodong-Sinmun"); words join across white space and the linking words of, and, for, the,
// de ("Ministry of Education"). It does by hand, in one pass, what the regular expression
//
//	(?:[A-Z][\p{L}&'’.-]*[\p{L}]|[A-Z]{2,})(?:\s+(?:of|and|for|the|de)?\s*(?:[A-Z][\p{L}&'’.-]*[\p{L}]|[A-Z]{2,}))*
//
// finds with FindAllStringIndex (names_test.go checks that they agree), several times faster.
func nameSpans(s string, lex *lexicon.Lexicon) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if end, ok := capitalWord(s, i); ok {
			for {
				next, ok := nameLink(s, end, lex)
				if !ok {
					break
				}
				end = next
			}
			out = append(out, [2]int{i, end})
			i = end
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return out
}

// capitalWord returns the end of the capitalised word at s[i], if one starts there.
func capitalWord(s string, i int) (int, bool) {
	if i >= len(s) || s[i] < 'A' || s[i] > 'Z' {
		return 0, false
	}
	lastLetter := -1
	for j := i + 1; j < len(s); {
		c := s[j]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				j++
				lastLetter = j
			case c == '&' || c == '\'' || c == '.' || c == '-':
				j++
			default:
				j = len(s) // the word ends here
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		switch {
		case unicode.IsLetter(r):
			j += size
			lastLetter = j
		case r == '’':
			j += size
		default:
			j = len(s)
		}
	}
	return lastLetter, lastLetter > 0
}

// nameLink returns the end of the next capitalised word joined to a name ending at s[end]:
// white space, an optional linking word, optional white space, the word.
func nameLink(s string, end int, lex *lexicon.Lexicon) (int, bool) {
	k := skipSpace(s, end)
	if k == end {
		return 0, false
	}
	for _, w := range lex.Words(lexicon.NameLinks) {
		if strings.HasPrefix(s[k:], w) {
			if next, ok := capitalWord(s, skipSpace(s, k+len(w))); ok {
				return next, true
			}
		}
	}
	return capitalWord(s, k)
}

// skipSpace skips the white space of regular expressions' \s: space, \t, \n, \f, \r.
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// HeadNoun is the head of a counted phrase: the last word before "of", else the last word,
// lower case, without a plural s.
func HeadNoun(counted string) string {
	words := strings.Fields(strings.ToLower(counted))
	if k := slices.Index(words, "of"); k > 0 {
		words = words[:k]
	}
	if len(words) == 0 {
		return ""
	}
	return strings.TrimSuffix(words[len(words)-1], "s")
}
