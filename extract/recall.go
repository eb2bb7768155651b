package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/schemas"
)

// A text names a count once with its noun and then refers back to it by its number alone:
// "We identified 19 co-authored papers ... Nine of the 19 appeared in journals". The
// scanner remembers the counts of the last sentences read, so that "the 19" is read as
// those papers again and "Nine of the 19" as a part of them.

// recalled is a count a sentence stated with what it counts.
type recalled struct {
	value    float64
	unit     schemas.Unit
	counted  string
	sentence document.Span // the sentence that stated it, which is context for what recalls it
}

// maxRecalled bounds the counts remembered: those of the last few sentences.
const maxRecalled = 8

// remember adds the counts among found, stated by sentence sp, to recent, the oldest falling
// out past maxRecalled.
func remember(recent []recalled, found []candidate, sp document.Span) []recalled {
	for _, c := range found {
		if c.counted == "" || c.isRange || !countsThings(c.unit) {
			continue
		}
		if len(recent) == maxRecalled {
			recent = append(recent[:0], recent[1:]...)
		}
		recent = append(recent, recalled{value: c.value, unit: c.unit, counted: c.counted, sentence: sp})
	}
	return recent
}

// countsThings reports whether a unit counts things or people, as a count a later number
// may be a part of does (not money, a share or a span of time).
func countsThings(u schemas.Unit) bool {
	return u.IsCount() || u == schemas.UnitPeople || u == schemas.UnitPapers || u == schemas.UnitProjects || u == schemas.UnitUnits
}

// recall returns the latest count of value v stated: earlier in the sentence, or remembered.
func (s *scanner) recall(v float64) (recalled, bool) {
	for k := len(s.here) - 1; k >= 0; k-- {
		if c := s.here[k]; c.value == v && c.counted != "" && !c.isRange && countsThings(c.unit) {
			// "counted 28 websites; a leak exposed the same 28": named earlier in the sentence
			return recalled{value: c.value, unit: c.unit, counted: c.counted, sentence: s.sent}, true
		}
	}
	for k := len(s.recent) - 1; k >= 0; k-- {
		if s.recent[k].value == v {
			return s.recent[k], true
		}
	}
	return recalled{}, false
}

// openingPlural returns the plural noun a sentence opens with, after "The" or not, when it
// stands before token i ("Companies in the district ..."), in lower case unless it is an
// acronym, or "".
func (s *scanner) openingPlural(i int) string {
	k := 0
	if s.wordsAt(0, "the") {
		k = 1
	}
	if k >= i || s.toks[k].kind != tokWord || !isPlural(strings.ToLower(s.toks[k].text)) || s.wordsAt(k+1, "of") {
		return "" // "Most of them", "Dozens of firms": no subject of its own
	}
	return lowerOpening(s.toks[k].text) // "Companies" opens the sentence; "SMEs" stays
}

// lowerOpening returns the word w that opens a sentence in lower case, unless more than its
// first letter is upper case ("SMEs", "iPhones"), or it is more than one word, which may
// open with a name ("Samsung engineers").
func lowerOpening(w string) string {
	if w == "" || strings.Contains(w, " ") {
		return w
	}
	if rest := w[1:]; w[0] < utf8.RuneSelf && strings.ToLower(rest) == rest {
		return strings.ToLower(w[:1]) + rest
	}
	return w
}

// vagueGroupBefore returns the plural noun the sentence before this one ends on, when a
// vague amount sizes it ("several thousand programmers", "hundreds of engineers", "many
// students"), or "".
func (s *scanner) vagueGroupBefore() string {
	before := strings.TrimRight(s.text[max(0, s.sent.Start-maxGroupBytes):s.sent.Start], " \n")
	before, ok := strings.CutSuffix(before, ".")
	if !ok {
		return ""
	}
	words := strings.Fields(before)
	if len(words) < 2 {
		return ""
	}
	head := words[len(words)-1]
	if !isPlural(strings.ToLower(head)) || !countsThings(s.unitOf(head)) {
		return ""
	}
	for _, w := range words[max(0, len(words)-4) : len(words)-1] {
		w = strings.ToLower(w)
		if s.lex.Has(lexicon.VagueParts, w) {
			return head
		}
		if sc, ok := s.lex.Scale(strings.TrimSuffix(w, "s")); ok && !sc.Suffix {
			return head // "thousands of", "several thousand"
		}
	}
	return ""
}

// maxGroupBytes bounds the text before a sentence that vagueGroupBefore reads: the end of
// the sentence before.
const maxGroupBytes = 120

// opensWithSubject reports whether the bare number n opens its sentence as the subject of
// a verb, after a year that sets the time or a hedge or not ("By 2022, 1,902 (44.0%) held",
// "812 responded", "Nineteen said", "Some 40 had left"): a number that counts what the text
// named before. "One" opening a sentence is a pronoun ("One said"), a fraction a share.
func (s *scanner) opensWithSubject(n number) bool {
	first := n.i
	for first > 0 && s.inQualifier(first-1) {
		first--
	}
	if first != 0 && !(first == 3 && s.yearLeadBefore(3)) || n.word && (n.value < 2 || n.fraction) || n.plain && isYear(n.value) {
		return false
	}
	return s.verbAt(s.pastShare(n.j))
}

// justBefore reports whether the count r was named in the sentence right before this one.
func (s *scanner) justBefore(r recalled) bool {
	return r.sentence.End <= s.sent.Start && strings.TrimSpace(s.text[r.sentence.End:s.sent.Start]) == ""
}

// lastPlural returns the last count remembered of more than one thing, which "these" and
// "them" refer back to ("19,733 had at least one author abroad. Among these, ..." are the
// articles, not the author).
func (s *scanner) lastPlural() (recalled, bool) {
	for k := len(s.recent) - 1; k >= 0; k-- {
		if s.recent[k].value != 1 {
			return s.recent[k], true
		}
	}
	return recalled{}, false
}

// recalledAt returns the count the bare number n refers back to: "the 19", "the same 19"
// and "all 19 were" restate the 19 papers named before (so does the whole in "Nine of the
// 19"); "Nine of the 19" counts a part of them, and so does "Nine of them" after the
// sentence that named them; "raise that to 3,000" gives the last count named a new value.
func (s *scanner) recalledAt(n number) (recalled, bool) {
	if s.wordsAt(n.i-1, "the") || s.wordsAt(n.i-2, "the", "same") || s.wordsAt(n.i-1, "all") && s.verbAt(n.j) {
		// "the same 28", "all fourteen were reports": the ones named before, every one of them
		return s.recall(n.value)
	}
	if s.wordsAt(n.j, "of", "the") && n.j+2 < len(s.toks) && s.toks[n.j+2].kind == tokNum {
		return s.recall(s.toks[n.j+2].value)
	}
	if !s.namedHere && s.ofThemAt(n.j) {
		if n.i >= 2 && s.toks[n.i-1].text == "," && s.toks[n.i-2].kind == tokWord && isPlural(s.toks[n.i-2].text) &&
			countsThings(s.unitOf(s.toks[n.i-2].text)) && s.unitOf(s.toks[n.i-2].text) != schemas.UnitCount {
			// "its first undergraduates, 200 of them, in 2014": the plural just before
			head := s.toks[n.i-2].text
			return recalled{counted: head, unit: s.unitOf(head), sentence: s.sent}, true
		}
		if head := s.openingPlural(n.i); head != "" {
			// "Companies in the district reported sales of ₩17 trillion, and 1,097 of them
			// were start-ups": the sentence's own subject, named without a number
			return recalled{counted: head, unit: s.unitOf(head), sentence: s.sent}, true
		}
		if head := s.vagueGroupBefore(); head != "" {
			if r, ok := s.lastPlural(); !ok || !s.justBefore(r) {
				// "... feeds a workforce of several thousand programmers. Between 1,500 and
				// 2,000 of them work abroad": the group the sentence before ended on, named
				// without a figure, is nearer than any count of the sentences before it
				return recalled{counted: head, unit: s.unitOf(head), sentence: s.sent}, true
			}
		}
	}
	if s.namedHere || len(s.recent) == 0 {
		return recalled{}, false // the sentence's own count is nearer (inheritCounted)
	}
	if s.ofThemAt(n.j) {
		return s.lastPlural() // "We found 19 papers. Nine of them ...": the last count named
	}
	if s.opensWithSubject(n) {
		if r, ok := s.lastPlural(); ok && s.justBefore(r) {
			// "We tracked 4,318 scientists ... By 2022, 1,902 (44.0%) held a position in
			// Korea": a part of the count the sentence before named
			return r, true
		}
	}
	if s.withEndsClause(n.i, n.j) {
		if r, ok := s.lastPlural(); ok && s.justBefore(r) {
			// "The team scored 221 points. South Korea came fourth with 207": the measure
			// the sentence before counted, for another name
			return r, true
		}
	}
	if n.i == 2 && s.wordsAt(0, "a", "further") || n.i == 1 && s.wordsAt(0, "another") {
		// "... had enrolled 1,800 workers by 2019. A further 2,200 were on a waiting list":
		// more of the last count named
		return s.lastPlural()
	}
	if ref := s.backRefBefore(n.i); ref != "" {
		// "Of the 61,208 articles, 19,733 had an author abroad. Among these, 9,271 had one in
		// the US": a part of the last count named; "Of the rest, 312 stayed on": a part of
		// the whole the sentence before split
		if s.lex.Has(lexicon.Remainders, lastWord(ref)) {
			return s.lastWhole()
		}
		return s.lastPlural()
	}
	if n.i >= 2 && s.wordsAt(n.i-1, "to") && s.pronounAt(n.i-2) {
		// "... produce about 1,400 AI specialists a year. The ministry wants to raise that to
		// 3,000": a new value of the count just named
		return s.recent[len(s.recent)-1], true
	}
	k := n.i - 1
	for k > 0 && (s.wordsAt(k, "to") || s.wordsAt(k, "at") || s.inQualifier(k)) && !s.totalVerb(k) {
		k--
	}
	if k < n.i-1 && s.totalVerb(k) && s.pronounAt(k-1) && (k == 1 || k >= 2 && s.toks[k-2].kind == tokPunct) {
		// "The number of joint projects peaked at 31 in 2007. It fell to 2 in 2010.": the
		// count's new level, its subject a pronoun for it
		return s.recent[len(s.recent)-1], true
	}
	return recalled{}, false
}

// backRefBefore returns the sentence's opening words of lexicon.BackRefs ("Among these",
// "Of the rest") when token i follows the comma after them, or "".
func (s *scanner) backRefBefore(i int) string {
	if i < 2 || s.toks[i-1].text != "," {
		return ""
	}
	if ref := BackRef(s.text[s.sent.Start:s.sent.End], s.lex); ref != "" && phraseWords(ref) == i-1 {
		return ref
	}
	return ""
}

// lastWhole returns the largest count the last sentence that stated counts remembered: the
// whole it split, which "the rest" is what is left of.
func (s *scanner) lastWhole() (recalled, bool) {
	if len(s.recent) == 0 {
		return recalled{}, false
	}
	last := s.recent[len(s.recent)-1].sentence
	best := -1
	for k, r := range s.recent {
		if r.sentence == last && (best < 0 || r.value > s.recent[best].value) {
			best = k
		}
	}
	return s.recent[best], true
}

// pronounAt reports whether token k is "it", "this" or "that": a count named before.
func (s *scanner) pronounAt(k int) bool {
	return s.wordsAt(k, "it") || s.wordsAt(k, "this") || s.wordsAt(k, "that")
}
