package normalize

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/schemas"
)

// tally holds the votes of the categories a figure can be put in by its words.
type tally struct{ coauthorship, graduates int }

func (t *tally) add(u tally) {
	t.coauthorship, t.graduates = t.coauthorship+u.coauthorship, t.graduates+u.graduates
}

// headingVotes are the votes of a section heading or a record's label. A heading that
// joins two subjects speaks half as much for each: "Early life and education" is not all
// about schooling, where "Education" is.
func headingVotes(heading string, lex *lexicon.Lexicon) tally {
	var t tally
	// The heading context joins the section heading, a caption and a record's label with
	// ": " ("People and Society: Literacy"): each part speaks for itself.
	for part := range strings.SplitSeq(heading, ": ") {
		v := votes(part, 1, lex)
		if strings.Contains(part, " and ") || strings.Contains(part, " & ") {
			v.coauthorship, v.graduates = v.coauthorship/2, v.graduates/2
		}
		t.add(v)
	}
	return t
}

// votes returns the weights of the category keywords text holds, each once, where a keyword
// counts when a word starts with it ("graduate" in schemas.CategoryGraduates, not in
// "undergraduate"), and is not inside a phrase marked other ("a model trained on").
func votes(text string, weight int, lex *lexicon.Lexicon) tally {
	var t tally
	if text == "" {
		return t
	}
	mixed := !extract.IsASCII(text) // only then may a Latin word have a Korean one glued to it
	var seenBuf [8]lexicon.CategoryKeyword
	seen := seenBuf[:0] // each entry counts once, as strings.Contains would; a sentence has few
	for p := 0; p < len(text); p++ {
		if p > 0 && !wordStartsAfter(text, p) {
			continue
		}
		vote := func(k lexicon.CategoryKeyword) {
			if slices.Contains(seen, k) {
				return
			}
			seen = append(seen, k)
			switch k.Category {
			case schemas.CategoryCoauthorship:
				t.coauthorship += weight * k.Weight
			case schemas.CategoryGraduates:
				t.graduates += weight * k.Weight
			}
		}
		if text[p] >= utf8.RuneSelf {
			// a degree that grades a workforce ("석사급 인력", "박사급 연구원") names workers,
			// not training
			if word, _, _ := strings.Cut(text[p:], " "); lex.Korean().Graded(word) {
				p += len(word) - 1
				continue
			}
		}
		keywords := lex.CategoriesStartingWith(lexicon.LowerASCII(text[p]))
		if masked := maskAt(text, p, keywords); masked > 0 {
			p += masked - 1 // "a model trained on": no keyword inside the phrase votes
			continue
		}
		for _, k := range keywords {
			if extract.HasPrefixFold(text[p:], k.Keyword) {
				vote(k)
			}
		}
		if text[p] >= utf8.RuneSelf || mixed && latinBeforeHangul(text[p:]) {
			// A compound's head is the longest last part the lexicon knows: "서울대학교" ends
			// with 대학교, which masks the 학교 of "선도학교".
			word, _, _ := strings.Cut(text[p:], " ")
			var head lexicon.CategoryKeyword
			for _, k := range lex.CategoryHeads() {
				if len(k.Keyword) > len(head.Keyword) && endsCompound(word, k.Keyword, lex) {
					head = k
				}
			}
			if head.Keyword != "" {
				vote(head)
			}
		}
	}
	return t
}

// latinBeforeHangul reports whether the word text starts with is Latin letters or digits
// glued to a Korean word ("AI대학원을", "SW중심대학"), whose compound head votes as it would
// alone.
func latinBeforeHangul(text string) bool {
	for i := 0; i < len(text) && text[i] != ' '; i++ {
		if text[i] >= utf8.RuneSelf {
			return i > 0
		}
	}
	return false
}

// maskAt returns the length of the phrase of categories.tsv marked other that starts at p
// ("model trained", where "trained" would vote graduates), or 0.
func maskAt(text string, p int, keywords []lexicon.CategoryKeyword) int {
	for _, k := range keywords {
		if k.Category == schemas.CategoryOther && extract.HasPrefixFold(text[p:], k.Keyword) {
			return len(k.Keyword)
		}
	}
	return 0
}

// wordStartsAfter reports whether a word may start at p, after a space, an opening bracket,
// an opening quote, a slash or a middle dot ("정원 1,500명 가운데" quoted, "(students)",
// "석·박사", "teachers/students"): the byte before p is
// tested first, and a rune decoded only when it may end an opening quote.
func wordStartsAfter(text string, p int) bool {
	if text[p] == '%' {
		return true // a mask may open with a percentage's sign: "61% cited low pay"
	}
	switch b := text[p-1]; b {
	case ' ', '"', '\'', '(', '[', '/':
		return true
	case 0x98, 0x9C, 0x8C, 0x8E, 0xB7: // the last bytes of ‘ “ 「 『 and of the middle dot of "석·박사"
		r, _ := utf8.DecodeLastRuneInString(text[:p])
		return r == '‘' || r == '“' || r == '「' || r == '『' || r == '·'
	}
	return false
}

// endsCompound reports whether keyword is the last part of the compound word, before its
// particle: "단과대학에서" ends with 대학; "대학생" is "대학" at its start, not its end.
func endsCompound(word, keyword string, lex *lexicon.Lexicon) bool {
	for i := 1; i < len(word); i++ {
		if strings.HasPrefix(word[i:], keyword) {
			rest := word[i+len(keyword):]
			if rest == "" || lex.Korean().Particle(rest) {
				return true
			}
		}
	}
	return false
}

// winner returns the category with the most votes, at least min; ties go to coauthorship.
func (t tally) winner(min int) schemas.Category {
	best, score := schemas.CategoryOther, min-1
	if t.coauthorship > score {
		best, score = schemas.CategoryCoauthorship, t.coauthorship
	}
	if t.graduates > score {
		best = schemas.CategoryGraduates
	}
	return best
}
