package document

import (
	"strings"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/lexicon"
)

// referenceList returns the end (exclusive line index) of the list of works cited that the
// heading at line i ("References", "## Bibliography", "참고문헌") opens, and whether it has
// entries under it. A citation's numbers are years, volumes, issues and pages ("12 (3):
// 45–67"), never figures, so the list is left out of the view like furniture, and reported.
// The list runs to the next heading that heads no list of its own (an appendix, a second
// article) or to the end of the file.
//
// The same words also head parts of prose ("Citations" over the results on how often papers
// were cited, "Sources" over a paragraph on where the data came from), so a list needs
// entries shaped like citations: at least a third of its lines carry a citation's mark (a
// line of a wrapped entry may carry none; a paragraph of prose seldom carries one).
func referenceList(lines []line, i int, text string, lex *lexicon.Lexicon) (int, bool) {
	j, entries, cited := i+1, 0, 0
	for ; j < len(lines); j++ {
		t := trimSpace(lines[j].in(text))
		if t == "" || isRule(t) {
			continue
		}
		if isPartHeading(t) && !isReferenceHeading(t, lex) {
			break
		}
		entries++
		if readsAsCitation(t, lex) {
			cited++
		}
	}
	for j > i+1 && trimSpace(lines[j-1].in(text)) == "" {
		j-- // blank lines before the next heading belong to neither
	}
	return j, entries > 0 && 3*cited >= entries
}

// readsAsCitation reports whether a line carries a mark of a work cited: a DOI, a web
// address, "et al." or a year of publication, a run of four digits from 1800 to 2099 set
// as a citation sets it, closed by punctuation ("Kim, J. (2016).", "Res Policy. 2019;48",
// "2016a,", "《북한 이해 2021》"). A year after a function word ("received 2,310 citations by 2018."), with 년
// glued ("2018년까지") or running on into words ("the articles of 2022 the advantage") is
// prose's time.
func readsAsCitation(t string, lex *lexicon.Lexicon) bool {
	for _, mark := range [...]string{"doi", "DOI", "http", "www.", "et al"} {
		if strings.Contains(t, mark) {
			return true
		}
	}
	for k := 0; k < len(t); {
		e := k
		for e < len(t) && isDigit(t[e]) {
			e++
		}
		if e-k == 4 && (t[k:k+2] == "18" || t[k:k+2] == "19" || t[k:k+2] == "20") && closesCitationYear(t[e:]) {
			before := strings.TrimRight(t[:k], " ")
			if w := before[strings.LastIndexByte(before, ' ')+1:]; !lex.HasFold(lexicon.Stopwords, w) {
				return true // after a name or punctuation ("Kim, J. (2016)"), not after "by" or "in"
			}
		}
		k = max(e, k+1)
	}
	return false
}

// closesCitationYear reports whether the text after a year closes it as a citation does: the
// line's end or punctuation, after a letter that tells two works of one year apart ("2016a").
func closesCitationYear(rest string) bool {
	if len(rest) > 0 && 'a' <= rest[0] && rest[0] <= 'z' && (len(rest) == 1 || !isLetterByte(rest[1])) {
		rest = rest[1:]
	}
	if rest == "" || strings.IndexByte(").,;:]", rest[0]) >= 0 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("》〉」』", r) // a Korean title's bracket: "《북한 이해 2021》"
}

func isLetterByte(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// isReferenceHeading reports whether a trimmed line is a heading of referencelists.txt,
// with or without a section number and markdown marks ("7. References", "## Sources").
func isReferenceHeading(t string, lex *lexicon.Lexicon) bool {
	if len(t) > 40 {
		return false // the longest such heading is a few words; most lines are longer
	}
	// "References[edit]": a heading copied from an encyclopedia page with its edit link
	words := strings.TrimRight(strings.TrimSuffix(headingWords(t), "[edit]"), ": ")
	var buf [40]byte // lowered without allocating: the heading is short
	for i := 0; i < len(words); i++ {
		buf[i] = words[i]
		if 'A' <= buf[i] && buf[i] <= 'Z' {
			buf[i] += 'a' - 'A'
		}
	}
	return lex.Has(lexicon.ReferenceLists, string(buf[:len(words)]))
}

// headingWords is a heading line without its markdown marks and section number.
func headingWords(t string) string {
	return strings.TrimSpace(strings.TrimLeft(t, "#0123456789.) \t"))
}

// isPartHeading reports whether a trimmed line reads as the heading of a part of a
// document: a few words, starting like a heading, with no number past its section number
// and no full stop, which every entry of a list of works cited has ("Kim, J. (2016).").
func isPartHeading(t string) bool {
	w := headingWords(t)
	if w == "" || strings.Count(w, " ") >= MaxHeadingWords || strings.ContainsAny(w, ".0123456789") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return StartsLikeHeading(r)
}
