package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tokWord  tokKind = iota // letters, with inner hyphens and apostrophes: "one-tenth", "IT-related"
	tokNum                  // digits with separators and decimals, and any letters glued on: "4,000", "38M", "10th"
	tokPunct                // any other single character: "%", "$", "–", "(", ","
)

// token is a word, number or punctuation mark of a sentence, with its view span. Every
// word of a sentence that states a number becomes one, so it is kept small.
type token struct {
	text       string
	start, end int // view offsets

	// Numbers only.
	value   float64
	digits  int32 // length of the number before any letters glued on
	kind    tokKind
	grouped bool // written with thousands separators: "4,000"
	frac    bool // written with a decimal part: "3.35"
}

// suffix returns the letters glued after a number's digits: "M" in "38M", "th" in "10th".
func (t *token) suffix() string { return t.text[t.digits:] }

// plain reports whether a number token is bare digits: no separators, decimals or suffix.
func (t *token) plain() bool {
	return t.kind == tokNum && !t.grouped && !t.frac && int(t.digits) == len(t.text)
}

// attachedTo reports whether no white space separates t from prev, the token before it.
func (t token) attachedTo(prev token) bool { return prev.end == t.start }

// tokenizeInto splits text (a sentence of the view, starting at view offset base) into
// tokens appended to toks, so that a caller can reuse one slice.
//
// spaced says the document writes thousands apart with a word space (see spaceGrouped):
// then "485 000" is one number. Unspaced, it reports whether a number was followed by a
// word space and a group of three digits, as a spaced one would be.
func tokenizeInto(toks []token, text string, base int, spaced bool) ([]token, bool) {
	groupLike := false
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' || r == '\n':
			i += size
		case r >= '0' && r <= '9':
			j, like := scanDigits(text, i, spaced && (i == 0 || !isDigit(text[i-1])))
			groupLike = groupLike || like
			t := token{kind: tokNum, start: base + i}
			digits := text[i:j]
			t.grouped = strings.ContainsAny(digits, ", \u2009\u202f\u00a0") // a comma or a space (thinSpaces)
			t.frac = strings.Contains(digits, ".")
			t.value = numberValue(digits, t.grouped, t.frac)
			if f, n := vulgarFractionAt(text, j); n > 0 && !t.frac {
				t.value, t.frac, j = t.value+f, true, j+n // "1½ years", "3 ½ months"
			}
			k := j
			for k < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[k:])
				if !unicode.IsLetter(r2) {
					break
				}
				k += s2
			}
			t.digits = int32(j - i)
			t.text = text[i:k]
			t.end = base + k
			toks = append(toks, t)
			i = k
		case r < utf8.RuneSelf && asciiLetters[r] || r >= utf8.RuneSelf && unicode.IsLetter(r):
			j := i + size
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf && (c|0x20 >= 'a' && c|0x20 <= 'z') {
					j++ // ASCII letters, most of the text, without decoding
					continue
				}
				r2, s2 := rune(text[j]), 1
				if r2 >= utf8.RuneSelf {
					if r2, s2 = utf8.DecodeRuneInString(text[j:]); unicode.IsLetter(r2) {
						j += s2
						continue
					}
				} else if r2 != '-' && r2 != '\'' && r2 != '&' {
					break // space or punctuation, most words' end
				}
				// Inner hyphen, en dash ("Korea–China papers"), apostrophe or ampersand ("R&D
				// personnel") joined by letters on both sides.
				if (r2 == '-' || r2 == '–' || r2 == '\'' || r2 == '’' || r2 == '&') && j+s2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+s2:])
					if unicode.IsLetter(r3) {
						j += s2
						continue
					}
				}
				break
			}
			toks = append(toks, token{kind: tokWord, text: text[i:j], start: base + i, end: base + j})
			i = j
		case r >= utf8.RuneSelf && vulgarFractions[r] != 0: // after the letters: most runes are none
			// "about ½ of firms": a fraction alone, read as the word "half" is (see parseNumber)
			toks = append(toks, token{kind: tokNum, text: text[i : i+size], start: base + i, end: base + i + size,
				value: vulgarFractions[r], frac: true, digits: int32(size)})
			i += size
		default:
			toks = append(toks, token{kind: tokPunct, text: text[i : i+size], start: base + i, end: base + i + size})
			i += size
		}
	}
	return toks, groupLike
}

// numberValue is the value of the digits scanDigits found. Most are short plain integers
// ("2019", "85"), summed here exactly; the rest go through strconv.
func numberValue(digits string, grouped, frac bool) float64 {
	if !grouped && !frac && len(digits) <= 15 {
		v := 0.0
		for i := 0; i < len(digits); i++ {
			v = v*10 + float64(digits[i]-'0')
		}
		return v
	}
	digits = strings.ReplaceAll(digits, ",", "")
	digits = strings.ReplaceAll(digits, " ", "")
	for _, sp := range thinSpaces {
		digits = strings.ReplaceAll(digits, sp, "")
	}
	v, _ := strconv.ParseFloat(digits, 64)
	return v
}

// scanDigits returns the end of the number starting at text[i]: digits, then groups of three
// after commas or thin spaces ("4,000", "4 000", not "2005, 80"), then a decimal part. When
// spaced, a word space separates groups too, after a first group of one to three digits
// ("485 000"; "in 2019 345 more" is two numbers). Unspaced, it also reports whether a word
// space and three digits follow a first group of one to three, as they would when spaced.
func scanDigits(text string, i int, spaced bool) (int, bool) {
	j := i
	for j < len(text) && isDigit(text[j]) {
		j++
	}
	short := j-i <= 3
	groupLike := !spaced && short && j+4 <= len(text) && text[j] == ' ' && allDigits(text[j+1:j+4])
	spaced = spaced && short
	for {
		sep := groupSeparator(text, j)
		if sep == 0 && spaced && j < len(text) && text[j] == ' ' {
			sep = 1
		}
		if sep == 0 || j+sep+3 > len(text) || !allDigits(text[j+sep:j+sep+3]) || j+sep+3 < len(text) && isDigit(text[j+sep+3]) {
			break
		}
		j += sep + 3
	}
	if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
		j++
		for j < len(text) && isDigit(text[j]) {
			j++
		}
	}
	return j, groupLike
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// vulgarFractions are the fractions Unicode writes as one character ("1½ years", "¼ of").
var vulgarFractions = map[rune]float64{'½': 1.0 / 2, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '¼': 1.0 / 4, '¾': 3.0 / 4,
	'⅕': 1.0 / 5, '⅖': 2.0 / 5, '⅗': 3.0 / 5, '⅘': 4.0 / 5, '⅙': 1.0 / 6, '⅚': 5.0 / 6, '⅛': 1.0 / 8, '⅜': 3.0 / 8, '⅝': 5.0 / 8, '⅞': 7.0 / 8}

// vulgarFractionAlone returns the fraction that text, a token, is as one vulgar fraction
// character and nothing else ("½"), or 0.
func vulgarFractionAlone(text string) float64 {
	if text == "" || text[0] < utf8.RuneSelf {
		return 0 // digits: nearly every number
	}
	r, size := utf8.DecodeRuneInString(text)
	if size != len(text) {
		return 0
	}
	return vulgarFractions[r]
}

// vulgarFractionAt returns the fraction that a vulgar fraction character at text[j], or after
// one space there, adds to the whole number before it, and the bytes it takes; 0, 0 when none.
func vulgarFractionAt(text string, j int) (float64, int) {
	k := j
	if k < len(text) && text[k] == ' ' {
		k++
	}
	if k >= len(text) || text[k] < utf8.RuneSelf {
		return 0, 0
	}
	r, size := utf8.DecodeRuneInString(text[k:])
	if f := vulgarFractions[r]; f != 0 {
		return f, k + size - j
	}
	return 0, 0
}

// spaceGrouped reports whether text writes the thousands of its numbers apart with a word
// space, OECD and SI style ("485 000 researchers", "17 760 doctorates"): in its first
// spaceSample bytes, two numbers or more so written, and more of them than numbers grouped
// with a comma. A first group of one to three digits, after no digit, and one space before
// three digits that end the number.
func spaceGrouped(text string) bool {
	text = text[:min(len(text), spaceSample)]
	spaced, commas := 0, 0
	for i := 0; i < len(text); {
		k := IndexDigit(text[i:])
		if k < 0 {
			break
		}
		i += k
		j := i
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if j-i <= 3 && (i == 0 || text[i-1] != '.' && text[i-1] != ',') && j+4 <= len(text) && allDigits(text[j+1:j+4]) &&
			(j+4 == len(text) || !isDigit(text[j+4])) {
			switch text[j] {
			case ' ':
				spaced++
			case ',':
				commas++
			}
		}
		i = j
	}
	return spaced >= 2 && spaced > commas
}

// spaceSample bounds the text spaceGrouped reads: a document keeps one style.
const spaceSample = 1 << 20

// thinSpaces are the spaces the SI and many style guides set between groups of digits
// ("1 200"): a thin space, a narrow no-break space and a no-break space (ISO and French
// style, where a word space would let the line break inside the number).
var thinSpaces = []string{"\u2009", "\u202f", "\u00a0"}

// groupSeparator returns the length of the thousands separator at text[j], or 0: a comma or
// a thin space.
func groupSeparator(text string, j int) int {
	if j < len(text) && text[j] == ',' {
		return 1
	}
	for _, sp := range thinSpaces {
		if strings.HasPrefix(text[j:], sp) {
			return len(sp)
		}
	}
	return 0
}

// IndexDigit returns the index of the first ASCII digit of s, or -1. Most sentences of prose
// hold none, and every sentence is asked (may it state a number? a year?), so it looks at
// eight bytes at a time.
func IndexDigit(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if hasDigit8(load64(s, i)) {
			break
		}
	}
	for ; i < len(s); i++ {
		if isDigit(s[i]) {
			return i
		}
	}
	return -1
}

// IsASCII reports whether s is all ASCII, eight bytes at a time: the normalizer asks it of
// every sentence and context a category is voted in.
func IsASCII(s string) bool {
	const highs = 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load64(s, i)&highs != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// load64 reads s[i:i+8] as a little-endian word (the compiler makes it one load).
func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// hasDigit8 reports whether any of the eight bytes of w is an ASCII digit: x = w^'0' has a
// byte below 10 exactly there (the classic "has less than" bit trick).
func hasDigit8(w uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := w ^ (ones * '0')
	return (x-ones*10)&^x&highs != 0
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}
