package extract

import (
	"slices"
	"strings"

	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/schemas"

	"unicode"
	"unicode/utf8"
)

// inQuotedTitle reports whether the number n stands in a short title in quotation marks,
// every other word of it capitalised: "under its \"Study Korea 300K\" plan".
func (s *scanner) inQuotedTitle(n number) bool {
	titleWord := func(t token) bool {
		r, _ := utf8.DecodeRuneInString(t.text)
		return t.kind == tokNum || t.kind == tokWord && unicode.IsUpper(r) || t.text == "-"
	}
	open, close := -1, -1
	for k := n.i - 1; k >= 0 && k >= n.i-maxTitleWords; k-- {
		if isQuote(s.toks[k].text) {
			open = k
			break
		}
		if !titleWord(s.toks[k]) {
			return false
		}
	}
	for k := n.j; k < len(s.toks) && k < n.j+maxTitleWords; k++ {
		if isQuote(s.toks[k].text) {
			close = k
			break
		}
		if !titleWord(s.toks[k]) {
			return false
		}
	}
	return open >= 0 && close >= 0 && close-open-1 <= maxTitleWords && (open < n.i-1 || close > n.j)
}

// maxTitleWords bounds the tokens of a quoted title (inQuotedTitle).
const maxTitleWords = 6

// inWorkTitle reports whether the number n stands inside the quoted title of a work that a
// word of worktitles.txt introduces, whatever its length: "one preprint, ‘Fine-mapping of
// 150 risk regions identifies 178 target genes,’ listed 343 authors" counts no regions.
func (s *scanner) inWorkTitle(n number) bool {
	open := -1
	for k := n.i - 1; k >= 0 && k >= n.i-maxWorkTitleTokens; k-- {
		t := s.toks[k].text
		if t == "’" || t == "”" {
			return false // a title closed before the number
		}
		if t == "‘" || t == "“" || t == "\"" {
			open = k
			break
		}
	}
	if open < 1 {
		return false
	}
	w := open - 1
	if s.toks[w].text == "," || s.toks[w].text == ":" {
		w--
	}
	if w < 0 || s.toks[w].kind != tokWord || !s.lex.HasFold(lexicon.WorkTitles, s.toks[w].text) {
		return false
	}
	for k := n.j; k < len(s.toks) && k <= n.j+maxWorkTitleTokens; k++ {
		if t := s.toks[k].text; t == "’" || t == "”" || t == "\"" {
			return true
		}
	}
	return false
}

// maxWorkTitleTokens bounds how far from a number inWorkTitle looks for the quotation marks
// of a title.
const maxWorkTitleTokens = 40

// isQuote reports whether t is a quotation mark.
func isQuote(t string) bool {
	return t == "\"" || t == "“" || t == "”" || t == "'" || t == "‘" || t == "’"
}

// isQuantity decides whether a number without a unit of its own is a quantity: it needs a
// counted noun, a scale, a qualifier or a range; years and labels need more.
func (s *scanner) isQuantity(n number, c candidate) bool {
	hasUnit := !c.unit.IsCount() && !c.unit.IsDuration() || c.isRange || c.scaled
	hedged := c.qualifier != "exact" && c.qualifier != "range"
	switch {
	case s.inQuotedTitle(n), s.inWorkTitle(n):
		return false // "Study Korea 300K", "Brain Korea 21": a number in a programme's name
	case n.plain && isYear(n.value) && c.unit.IsCurrency() && !c.scaled && c.start == s.toks[n.i].start:
		return false // "in 2015 US dollars", "constant 2010 dollars": a price base, not an amount
	case n.plain && isYear(n.value) && !c.isRange && (c.unit.IsCount() || c.unit == s.unitOf(c.counted)):
		// "in 2001", "the 2000 joint editorials", "up to 2004": a year unless it counts
		// something the lexicon knows ("2000 students"), but not when a clause opens with it
		// ("In 2001 students staged protests", "By 2010 enrolment had doubled").
		if s.opensWithTime(n.i) {
			return false
		}
		// "a 2015 paper": a year before a singular noun dates it; a count takes a plural.
		u := s.unitOf(c.counted)
		return u != schemas.UnitCount && u != "" && !u.IsDuration() && !s.capitalised(c.counted) && !s.singularHead(c.counted)
	case !n.word && n.value != 1 && s.sentenceStartAt(n.i) && c.unit == s.unitOf(c.counted) && s.capitalised(c.counted) &&
		s.singularHead(c.counted):
		return false // "13 Author of this paper ...": a footnote's number before a singular
	case n.value == 1 && !c.scaled && !c.isRange && !c.unit.IsCurrency() && s.perEveryAfter(n):
		// "roughly one for every four people", "one doctor for every 500 residents": the
		// rate's unit; the number after "every" is its figure
		return false
	case n.word && n.value == 1 && c.unit == schemas.UnitPeople && !c.scaled && !c.isRange && s.sentenceStartAt(n.i):
		// "One respondent recalled": a person who opens the sentence, as "a respondent"
		// would; "articles had one author" counts.
		return hedged
	case n.word && n.value == 1 && c.unit == schemas.UnitPeople && !c.scaled && !c.isRange && s.opensClause(n.i) && s.singularHead(c.counted):
		// "though one defector put it at ...", "as one official said": a person who opens a
		// clause; "3 passed and one student failed" counts one of them.
		return hedged || s.countsOne(n)
	case n.word && n.value == 1 && c.unit == schemas.UnitPeople && !c.scaled && !c.isRange && s.afterSpeechVerb(n.i) && s.singularHead(c.counted):
		// "said one security researcher", "according to one official": a source, as "a" would name it
		return hedged || s.countsOne(n)
	case n.word && n.value == 1 && !c.scaled && !c.isRange && s.wordsAt(n.j, "of") && !s.partOfWhole(n):
		// "one of the highest densities", "one of the first agreements": a pronoun, even when
		// the sentence names what is counted ("the number of researchers ..."); "one of five
		// respondents" counts a part
		return false
	case hasUnit, n.duration != "":
		return true // "one-week": a duration written as an adjective
	case n.word && n.value == 1:
		// "7 universities in China and one in Russia": one more of the count before, its
		// noun left out
		return c.counted != "" && (hedged || s.countsOne(n)) || c.counted == "" && s.gappedOne(n)
	case c.counted != "":
		if !hedged && !n.word && s.capitalised(c.counted) && !s.listItem(n, c) && !s.lex.Has(lexicon.Symbols, firstWord(c.counted)) &&
			!c.subject && // "Landlines fell to 3": a sentence opens with its subject
			!(lowerPluralHead(c.counted) && !s.sentenceStartAt(n.i)) {
			// "1 North Korean offensive ...", "the UN 1718 Sanctions Committee": a footnote
			// number or a name, unless the phrase leads to a noun the lexicon counts.
			return s.unitOf(c.counted) != "count"
		}
		return true
	case hedged, s.focusedAt(n.i):
		return true
	case n.i >= 2 && s.toks[n.i-1].text == "=" && strings.EqualFold(s.toks[n.i-2].text, "n"):
		return true // "52.3% (n = 535)": a sample size
	case s.yearValueAt(n.i) && s.valueBefore(n.i-3):
		return true // "31 universities were ranked (2025: 34)": the measure in another year
	case s.changeStart(n):
		return true // "grew from 48 in 2015 to 1,461 in 2023": the value a change began at
	case s.valueOfName(n):
		return true // "most often from the US (631)"
	case n.i > 0 && s.toks[n.i-1].text == "(" && s.countOfShare(n.i-1):
		return true // "two thirds of respondents (782)"
	case s.afterPartitiveLead(n.i):
		return true // "Of the 250 papers, 212 had ...": a part of the whole named first
	case s.objectAfterLead(n.i, n.j):
		return true // "Among the 318 papers, women led 11": a part, the object of the clause's verb
	case s.partAfterFigure(n.i, n.j):
		return true // "we surveyed 1,503 authors; 642 responded": a part of the count before
	case s.wordsAt(n.j, "per") && n.j+2 < len(s.toks) && s.toks[n.j+1].kind == tokNum && s.toks[n.j+2].kind == tokWord:
		return true // "141 per 100 inhabitants": a rate, whose denominator is no figure
	case n.j+1 < len(s.toks) && (s.wordsAt(n.j, "to") || s.toks[n.j].text == ":" && s.toks[n.j+1].attachedTo(s.toks[n.j])) &&
		s.toks[n.j+1].plain() && s.toks[n.j+1].value == 1 && n.value > 1 && !s.wordsAt(n.i-1, "from"):
		return true // "outnumbered places by 7 to 1", "a ratio of 15:1": a ratio to one, not "from 9 to 1"
	case s.ofThemAt(n.j):
		return true // "48 of them", "a dozen of which": a count of things the sentence has named
	case s.partOfWhole(n):
		return true // "two of our three largest grants": a part of a counted whole
	case s.changeEnd(n.i):
		return true // "cut from 10 years to three", "from $200 to 340": the value a change reached
	case s.wholeOfPart(n.i, n.value):
		return true // "(11 of 58)", "12 out of 40": the whole a part was counted of
	case n.i >= 2 && (s.wordsAt(n.i-2, "up", "from") || s.wordsAt(n.i-2, "down", "from") ||
		s.wordsAt(n.i-2, "compared", "with") || s.wordsAt(n.i-2, "compared", "to")) ||
		s.wordsAt(n.i-1, "against") || s.wordsAt(n.i-1, "versus") || s.wordsAt(n.i-1, "vs") || s.wordsAt(n.i-2, "vs", "."),
		s.comparedNext(n.j):
		return true // "up from 12 in 2016", "compared with 31", "against 388": another value of the same measure
	case s.differenceAt(n.j):
		return true // "4,200 freshmen, 300 more than last year": a difference
	case s.restatedAsShare(n.j):
		return true // "women received 612, or 21 per cent": a count its share restates
	case s.parallelByYear(n.i, n.j):
		return true // "33 articles in 2010 and 127 in 2018": the same measure in another year
	case s.includedPart(n.i, n.j):
		return true // "95 papers, including 18 in nuclear engineering and 12 in ...": its parts
	case s.parallelObject(n.i, n.j):
		return true // "one study counted 19 papers, and a later one found 326": the same measure again
	case s.parallelByPreposition(n.i, n.j):
		return true // "faults in 1,036 cases, leaks in 604": the same measure for another item
	case s.yearLeadAt(n.i) && s.earlierCount(n.i-4):
		return true // "... 1,500 students; by 1960, 10,000": the same count at another time
	case s.repeatedVerbObject(n.i, n.j):
		return true // "had five hours to solve 13 problems; the winning team solved 11": that count again
	case s.elidedObject(n.i, n.j):
		return true // "once employed 14 graduate researchers and now has nine": a new value of that count
	case s.incrementAt(n.i) && s.clauseEndsAt(s.pastRate(n.j)) && s.earlierCount(n.i):
		return true // "takes a further three", "will hire another 20 a year": more of what the sentence counted
	case s.alternativeAt(n.i):
		return true // "last five years, or six for the mining course": the same measure for another case
	case s.otherPartAt(n.i):
		return true // "rose in 34 of the 50 countries, but fell in the other 16": the rest of a count
	case s.totalAt(n.j):
		return true // "Single-author articles were rare: 211 in all": the whole the sentence names
	case n.value != 0 && s.changedTo(n.i) && s.earlierCount(n.i-2):
		return true // "had 120 engineers in 2019, then rose to 150": the count's new level
	case s.gappedDurationOf(n.i, n.j) >= 0:
		return true // "one year of kindergarten, five of primary school": the same unit of time again
	case s.gappedCount(n.i, n.j):
		return true // "Eleven of her students hold posts in Korea and four in the US": the same count elsewhere
	case s.pastShare(n.j) > n.j:
		return true // "52 (12.4%)": a count with its share
	case !n.word && s.measureAt(n.i-1) && !s.capitalised(s.toks[n.i-1].text):
		return true // "at distance 2 from", "a collaboration number 3": the value of the measure before it
	case s.timeLeadSubject(n.i, n.j):
		return true // "Last year 236 arrived": the subject of a clause that opens with its time
	case s.pairedValue(n.i, n.j):
		return true // "OECD averages of 21 and 23": the second of two values of one measure
	default:
		// A bare number with nothing counted: only written amounts ("4,000", "3.35") stand alone.
		tok := s.toks[n.i]
		return tok.kind == tokNum && (tok.grouped || tok.frac)
	}
}

// pairedValue reports whether the bare number at tokens [i, j) is joined by "and" or "or"
// to a bare number right before it and ends its clause, or the clause but for a year
// ("the averages were 21 and 23", "rates of 4 and 7 in 2020"): a second value of whatever
// the first is. A label's list ("Sections 3 and 4") is no figure before it gets here.
func (s *scanner) pairedValue(i, j int) bool {
	if i < 3 || !(s.wordsAt(i-1, "and") || s.wordsAt(i-1, "or")) || !s.countAt(i-2) || s.toks[i-2].kind != tokNum {
		return false
	}
	if w := s.toks[i-3]; w.kind == tokWord && s.capitalised(w.text) {
		return false // "Route 21 and 23": names
	}
	if s.yearAt(j) {
		j += 2
	}
	return s.clauseEndsAt(j) && !s.wordsAt(j, "and")
}

// afterPartitiveLead reports whether token i follows the comma that ends a sentence's
// opening "Of the <number> ...," or "Of <number> ...," ("Of the 40 firms surveyed, 31
// export"), where the number at i counts a part of that whole.
func (s *scanner) afterPartitiveLead(i int) bool {
	w := s.leadWhole()
	if w < 0 || i < w+2 || s.toks[i-1].text != "," {
		return false
	}
	for k := w + 1; k < i-1; k++ {
		if s.toks[k].kind == tokPunct {
			return false // the comma before i is not the lead's
		}
	}
	return true
}

// partitiveLeadNoun returns the plural noun phrase of a sentence's opening "Of the
// applicants," or "Among these graduates," with no number in it, when the number at token i
// opens the clause after its comma ("Of the applicants, 30 were admitted"): the whole the
// number counts a part of. "" otherwise.
func (s *scanner) partitiveLeadNoun(i int) string {
	if i < 3 || s.toks[i-1].text != "," || !s.wordsAt(0, "of") && !s.wordsAt(0, "among") {
		return ""
	}
	k := 1
	if s.determinerAt(k) || s.wordsAt(k, "these") || s.wordsAt(k, "all") {
		k++
	}
	last := i - 2
	if last < k || last-k > 3 {
		return ""
	}
	for m := k; m <= last; m++ {
		if s.toks[m].kind != tokWord {
			return "" // "Of the 600 applicants,": leadWhole's; "Of these, 30"
		}
	}
	head := strings.ToLower(s.toks[last].text)
	if s.isStopword(head) || !isPlural(head) && s.lex.Unit(head) == "" || s.wordsAt(k, "other") || head == "others" {
		return "" // "Of course, 30", "Among others, 12", "Among other things, 12"
	}
	return s.text[s.toks[k].start:s.toks[last].end]
}

// objectAfterLead reports whether the number at tokens [i, j) is the object of the verb of
// the clause after a sentence's opening "Of the <number> ...," or "Among the <number> ...,",
// ending it or before a preposition ("Among the 318 papers, women led 11", "Of the 290
// graduates, the state assigned 210 to software firms"): a part of the whole named first.
func (s *scanner) objectAfterLead(i, j int) bool {
	w := s.leadWhole()
	if w < 0 || i < w+4 || !s.pastVerbAt(i-1) || j < len(s.toks) && !s.prepositionAt(j) && s.toks[j].text != "." {
		return false
	}
	comma := -1
	for k := w + 1; k < i-1; k++ {
		if s.toks[k].kind == tokPunct {
			if comma >= 0 || s.toks[k].text != "," {
				return false // one comma, the lead's, and no other clause between
			}
			comma = k
		}
	}
	return comma > w && comma < i-2 // a subject between the lead and the verb
}

// partAfterFigure reports whether the number at tokens [i, j) opens a clause after an
// earlier number of the sentence as the subject of a verb ("we surveyed 1,503 authors; 642
// responded", "1,200 applied, and 310 were admitted"): a part of what that number counts.
func (s *scanner) partAfterFigure(i, j int) bool {
	if s.gappedPart(i, j) {
		return true
	}
	k := i - 1
	if s.wordsAt(k-1, "the", "remaining") || s.wordsAt(k-1, "the", "other") || s.wordsAt(k-1, "a", "further") ||
		s.wordsAt(k-1, "of", "which") || s.wordsAt(k-1, "of", "whom") {
		k -= 2 // "; the remaining 269 gave no reason", "73 cases, of which 41 involved"
	} else if s.wordsAt(k, "another") {
		k--
	}
	for k > 0 && (s.wordsAt(k, "only") || s.wordsAt(k, "just") || s.inQualifier(k) && !s.wordsAt(k, "and")) {
		k-- // "while only 980 arrived", "and about 300 left"
	}
	opens := k
	if s.wordsAt(k, "and") || s.wordsAt(k, "but") || s.wordsAt(k, "while") {
		k--
	}
	if k < 1 || s.toks[k].text != ";" && s.toks[k].text != "," && s.toks[k].text != ":" && k == opens || j >= len(s.toks) ||
		s.toks[k].text != ";" && s.toks[k-1].kind == tokNum && s.toks[k+1].attachedTo(s.toks[k]) {
		// no clause before, or a list of numbers ("items 1,2,3,4 were"; not "in 2013, of
		// which 75"), or a time of day ("at 10:30 were"); "were split on it: 16 were in
		// favour" opens its part after a colon
		return false
	}
	j = s.pastShare(j) // "1,745 (40.4%) remained": the part's share, then its verb
	if j >= len(s.toks) {
		return false
	}
	v := s.toks[j]
	if v.kind != tokWord || strings.ToLower(v.text) != v.text || !s.verbAt(j) && !s.partVerbAt(i, j) {
		return false
	}
	// An earlier number, in digits or words, or a share's words: "about a third changed
	// jobs, and 26 moved abroad", "Nineteen said they still used it; four had left".
	if slices.ContainsFunc(s.toks[:k], func(t token) bool { return t.kind == tokNum }) {
		return true
	}
	for m := range k {
		if s.shareWordAt(m) || s.countWordAt(m) {
			return true
		}
	}
	return false
}

// gappedPart reports whether the number at tokens [i, j) repeats the part clause of the
// number before it with the verb left out, after a comma or "and": "16 were in favour, 14
// against and the rest undecided", "42 said yes, 17 no".
func (s *scanner) gappedPart(i, j int) bool {
	if i < 3 || j >= len(s.toks) || s.toks[i-1].text != "," && !s.wordsAt(i-1, "and") || s.toks[j].kind != tokWord ||
		s.verbAt(j) || s.lex.Unit(strings.ToLower(s.toks[j].text)) != "" {
		return false
	}
	for m := i - 2; m >= 0; m-- {
		if s.toks[m].kind == tokNum {
			return m+1 < i-1 && s.verbAt(m+1) && s.partAfterFigure(m, m+1)
		}
	}
	return false
}

// shareWordAt reports whether token m is a word of a share: "half", "two-thirds", or the
// "third" of "a third" or "one third", or the "thirds" of "two thirds".
func (s *scanner) shareWordAt(m int) bool {
	t := s.toks[m]
	if t.kind != tokWord {
		return false
	}
	nw, ok := s.lex.NumberFold(t.text)
	if !ok && (s.wordsAt(m-1, "a") || s.wordsAt(m-1, "one")) {
		nw, ok = s.lex.NumberFold("one-" + t.text) // "a third", "one third"
	}
	if !ok && m > 0 && s.toks[m-1].kind == tokWord {
		nw, ok = s.lex.NumberFold(s.toks[m-1].text + "-" + t.text) // "two thirds"
	}
	return ok && nw.Kind == "fraction"
}

// countWordAt reports whether token m is a number word of two or more ("Nineteen",
// "twelve"), not "one", which is as often a pronoun.
func (s *scanner) countWordAt(m int) bool {
	if s.toks[m].kind != tokWord {
		return false
	}
	nw, ok := s.lex.NumberFold(s.toks[m].text)
	return ok && (nw.Kind == "unit" || nw.Kind == "ten") && nw.Value >= 2
}

// verbAt reports whether token j reads as a verb after its subject: a past form ("642
// responded", "half said") or a form of "be" or "have" (lexicon.SubjectVerbs), and not a
// word that starts a counted phrase.
func (s *scanner) verbAt(j int) bool {
	return s.pastVerbAt(j) && (s.lex.Has(lexicon.SubjectVerbs, s.toks[j].text) || !s.nounAt(j+1))
}

// pastVerbAt reports whether token j is a verb in the past or of lexicon.SubjectVerbs
// ("went", "joined"), not a participle the lexicon lists as an adjective ("trained") nor a
// unit; verbAt asks more of an -ed word, that no noun follows it ("205 trained engineers").
func (s *scanner) pastVerbAt(j int) bool {
	if j >= len(s.toks) || s.toks[j].kind != tokWord {
		return false
	}
	w := s.toks[j].text
	return s.lex.Has(lexicon.SubjectVerbs, w) || strings.HasSuffix(w, "ed") && s.lex.Unit(w) == "" && !s.lex.Has(lexicon.Participles, w)
}

// leadWhole returns the token of the number in a clause's opening "Of the <number>", "Of
// <number>" or "Among <number>", a qualifier before the number or not ("Of the roughly
// 1,700"), or -1. The clause opens the sentence or follows a colon or semicolon ("few firms
// used it: of the 2,540 SMEs in the sample, 311 ...").
func (s *scanner) leadWhole() int {
	if w := s.leadWholeAt(0); w >= 0 {
		return w
	}
	for k, t := range s.toks {
		if t.kind == tokPunct && (t.text == ":" || t.text == ";") {
			if w := s.leadWholeAt(k + 1); w >= 0 {
				return w
			}
		}
	}
	return -1
}

// leadWholeAt is leadWhole for a clause that opens at token st.
func (s *scanner) leadWholeAt(st int) int {
	k := st
	switch {
	case s.wordsAt(st, "of", "the"), s.wordsAt(st, "among", "the"):
		k += 2
	case s.wordsAt(st, "of"), s.wordsAt(st, "among"):
		k++ // "Among 1,920 investigators funded in 2020, 412 were women"
	default:
		return -1
	}
	for m := 0; m < 2 && k < len(s.toks) && s.toks[k].kind == tokWord && s.isQualifierWord(s.toks[k].text); m++ {
		k++ // "Of the roughly 1,700 students admitted"
	}
	if k+1 < len(s.toks) && s.toks[k].kind == tokNum {
		return k
	}
	return -1
}

// lowerPluralHead reports whether a capitalised phrase ends in a plural common noun: "AI
// graduate schools" and "Korean firms" count things, "Sanctions Committee" names one. (At
// the start of a sentence the number is still more likely a note's or a section's: "4 US
// unilateral sanctions were imposed", "3.2 Co-authorship patterns".)
func lowerPluralHead(phrase string) bool {
	last := phrase[strings.LastIndexByte(phrase, ' ')+1:]
	return strings.Contains(phrase, " ") && !strings.ContainsFunc(last, unicode.IsUpper) && isPlural(last) || pluralAcronym(last)
}

// pluralAcronym reports whether w is the plural of an acronym: "PhDs", "SMEs", "NGOs".
func pluralAcronym(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	upper := 0
	for _, r := range stem {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return ok && upper >= 2
}

// firstWord is the first word of a phrase.
func firstWord(phrase string) string {
	w, _, _ := strings.Cut(phrase, " ")
	return w
}

// lastWord is the last word of a phrase, in lower case.
func lastWord(phrase string) string {
	return strings.ToLower(phrase[strings.LastIndexByte(phrase, ' ')+1:])
}

// wordsAt reports whether the tokens from k on are the words ws, in any case.
func (s *scanner) wordsAt(k int, ws ...string) bool {
	if k < 0 || k+len(ws) > len(s.toks) {
		return false
	}
	for i, w := range ws {
		if !strings.EqualFold(s.toks[k+i].text, w) {
			return false
		}
	}
	return true
}

// phraseAt reports whether the words from token k are phrase, a lexicon entry whose words
// white space separates ("min read", "made up"), as wordsAt does for separate words; it
// allocates nothing.
func (s *scanner) phraseAt(k int, phrase string) bool {
	if k < 0 {
		return false
	}
	for w := range strings.FieldsSeq(phrase) {
		if k >= len(s.toks) || !strings.EqualFold(s.toks[k].text, w) {
			return false
		}
		k++
	}
	return true
}

// phraseWords returns how many words phrase has.
func phraseWords(phrase string) int {
	n := 0
	for range strings.FieldsSeq(phrase) {
		n++
	}
	return n
}

// partOfWhole reports whether the number n is followed by "of", perhaps an article or a
// possessive (lexicon.WholeArticles), and a larger number: the count of a part of a whole
// ("two of the three largest grants", "three of five respondents").
func (s *scanner) partOfWhole(n number) bool {
	k := n.j
	if !s.wordsAt(k, "of") {
		return false
	}
	k++
	if k < len(s.toks) && s.toks[k].kind == tokWord && s.lex.HasFold(lexicon.WholeArticles, s.toks[k].text) {
		k++
		if k < len(s.toks) && s.toks[k].kind == tokWord && s.lex.HasFold(lexicon.OrderWords, s.toks[k].text) {
			k++ // "three of the top five places"
		}
	}
	if k >= len(s.toks) {
		return false
	}
	whole, ok := s.parseNumber(k)
	return ok && whole.value > n.value && !(whole.plain && isYear(whole.value))
}

// changeEnd reports whether the number at token i ends a change "from <number> ... to"
// whose first value names its unit ("from 10 years to three", "from $200 to 340"), or a
// change of a count its sentence names ("its staff shrank from 120 to 95").
func (s *scanner) changeEnd(i int) bool {
	if !s.wordsAt(i-1, "to") {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-4; k-- {
		if t := s.toks[k]; t.kind == tokPunct && t.text != "%" && t.text != "$" {
			return false
		}
		if s.wordsAt(k-1, "from") {
			if k == i-2 && s.toks[k].kind == tokNum && !(s.toks[k].plain() && isYear(s.toks[k].value)) {
				// "shrank from 120 to 95", "doubled, from 4 to 8": a verb of change before
				// "from", or before the comma before it; "ran from 9 to 11" is none
				reach := 1
				if s.wordsAt(k-2, ",") {
					reach = 2
				}
				return s.changeVerbBefore(k-1, reach) || s.gappedChange(k-1)
			}
			return s.toks[k].kind == tokNum && k < i-2 // "from 10 years": its unit after it
		}
		if k >= 2 && s.wordsAt(k-2, "from") && s.toks[k-1].kind == tokPunct {
			return s.toks[k].kind == tokNum // "from $200": its unit before it
		}
	}
	return false
}

// changeStart reports whether the number n starts a change "from <n> [in <year>] to
// <number>" after a verb of change (changeverbs.txt), a multiple or a hedge between or not:
// "grew from 48 in 2015 to 1,461 in 2023", "grew roughly thirtyfold, from 48", or before an
// end with a hedge ("from 700 to more than 1,500"). "The meeting ran from 9 to 11" has
// neither.
func (s *scanner) changeStart(n number) bool {
	if !s.wordsAt(n.i-1, "from") {
		return false
	}
	j := n.j
	if s.yearAt(j) {
		j += 2 // "in 2015"
		if s.toks[j-1].kind == tokWord {
			j++ // "in February 2015"
		}
		if j+1 < len(s.toks) && (s.toks[j].text == "–" || s.toks[j].text == "-") && s.toks[j+1].plain() && isYear(s.toks[j+1].value) {
			j += 2 // "in 1995–1999": a period
		}
	}
	if !s.wordsAt(j, "to") || j+1 >= len(s.toks) {
		return false
	}
	k := j + 1
	for k < len(s.toks) && s.inQualifier(k) {
		k++
	}
	if _, ok := s.parseNumber(k); !ok {
		return false
	}
	// "vary widely, from 700 to more than 1,500": an end hedged is a quantity's, no time of
	// day's, whatever verb comes before
	return k > j+1 || s.changeVerbBefore(n.i-1, 4) || s.gappedChange(n.i-1)
}

// gappedChange reports whether the "from" at token from repeats an earlier change of its
// sentence with the verb left out, after a comma or a conjunction: "rose from 120 to 180 in
// Busan and from 90 to 140 in Daegu", "went from 5 to 8 authors; in civil engineering, from
// 3 to 4".
func (s *scanner) gappedChange(from int) bool {
	if from < 1 || !(s.toks[from-1].text == "," || s.toks[from-1].text == ";" || s.wordsAt(from-1, "and") ||
		s.wordsAt(from-1, "but") || s.wordsAt(from-1, "while") || s.wordsAt(from-1, "whereas")) {
		return false
	}
	for k := from - 2; k >= 0; k-- {
		if s.wordsAt(k, "from") && k+1 < from && s.toks[k+1].kind == tokNum && s.changeVerbBefore(k, 4) {
			return true
		}
	}
	return false
}

// changedTo reports whether the number at token i follows a verb of change and "to" ("fell
// to 0.61", "rose to 150"): the level a measure named before changed to.
func (s *scanner) changedTo(i int) bool {
	return s.wordsAt(i-1, "to") && s.changeVerbBefore(i-1, 1)
}

// changeVerbBefore reports whether a verb of change (changeverbs.txt) stands among the reach
// tokens before token from, its "from".
func (s *scanner) changeVerbBefore(from, reach int) bool {
	for k := from - 1; k >= 0 && k >= from-reach; k-- {
		if s.toks[k].kind == tokWord && s.lex.HasFold(lexicon.ChangeVerbs, s.toks[k].text) {
			return true
		}
	}
	return false
}

// ofThemAt reports whether token j opens "of them" (these, those, which, whom): the number
// before it counts a part of what was just named ("surveyed 1,311 of them", "150 start-ups,
// a dozen of which").
func (s *scanner) ofThemAt(j int) bool {
	return j > 0 && s.wordsAt(j, "of") && (s.wordsAt(j+1, "them") || s.wordsAt(j+1, "these") || s.wordsAt(j+1, "those") ||
		s.wordsAt(j+1, "which") || s.wordsAt(j+1, "whom"))
}

// wholeOfPart reports whether the number at token i is the whole of a part just counted:
// "11 of 58", "12 out of 40", "nine of the 14", "221 points out of a possible 252", where
// the part is smaller.
func (s *scanner) wholeOfPart(i int, whole float64) bool {
	k := i - 1
	for m := 0; m < 2 && k >= 0 && s.toks[k].kind == tokWord && s.lex.HasFold(lexicon.WholeArticles, s.toks[k].text); m++ {
		k-- // "of the 19", "out of a possible 252"
	}
	if !s.wordsAt(k, "of") {
		return false
	}
	out := s.wordsAt(k-1, "out")
	if k--; out {
		k--
		if k > 0 && s.toks[k].kind == tokWord && s.toks[k-1].kind == tokNum && isPlural(s.toks[k].text) {
			k-- // "221 points out of a possible 252": the part's noun between
		}
	}
	if k < 0 || s.toks[k].kind != tokNum && s.toks[k].kind != tokWord {
		return false
	}
	if k > 0 && s.lex.HasFold(lexicon.References, s.toks[k-1].text) {
		return false // "Page 1 of 12", "Part 2 of 3": a label and its last
	}
	part, ok := s.parseNumber(k)
	return ok && part.j == k+1 && part.value < whole && !(part.plain && isYear(part.value))
}

// isStopword reports whether w ends a counted phrase. Acronyms are never stopwords ("IT").
func (s *scanner) isStopword(w string) bool {
	lw := strings.ToLower(w)
	if lw != w && strings.ToUpper(w) == w && len(w) > 1 {
		return false
	}
	return s.lex.Has(lexicon.Stopwords, lw)
}

// isName reports whether the number names a model ("486 computers").
func (s *scanner) isName(n number, c candidate) bool {
	t := s.toks[n.i]
	if s.inPlanName(n) {
		return true
	}
	counted := strings.ToLower(c.counted)
	for _, r := range s.lex.Names() {
		if t.text == r.Number && n.j == n.i+1 && strings.HasPrefix(counted, r.Word) {
			return true
		}
	}
	return s.namedByCapital(n, c)
}

// singularHead reports whether a counted phrase ends in a word of the lexicon's that is
// not a plural ("Author", "teacher"; not "Authors", "staff").
func (s *scanner) singularHead(counted string) bool {
	w := strings.ToLower(counted[strings.LastIndexByte(counted, ' ')+1:])
	return !isPlural(w) && s.lex.Unit(w+"s") != ""
}

// namedByCapital reports whether a bare number is part of the name a capitalised word
// before it starts, with a singular noun after it: "the Top 500 list", "the Apollo 11
// mission", "a Level 3 certificate". A count names a plural ("Pyongyang 286 schools").
func (s *scanner) namedByCapital(n number, c candidate) bool {
	t := s.toks[n.i]
	if t.kind != tokNum || t.grouped || t.frac || n.j != n.i+1 || n.i < 2 || !c.unit.IsCount() || c.counted == "" || c.subject {
		return false
	}
	if !s.capitalBefore(n.i) || s.lex.Has(lexicon.NotSubjects, s.toks[n.i-1].text) {
		return false
	}
	head := firstWord(c.counted)
	return !s.capitalised(head) && !isPlural(strings.ToLower(head)) && s.lex.Unit(strings.ToLower(head)) == ""
}

// capitalBefore reports whether a capitalised word that does not open the sentence stands
// just before token i: a name the number at i may be part of.
func (s *scanner) capitalBefore(i int) bool {
	return i > 0 && s.toks[i-1].kind == tokWord && s.capitalised(s.toks[i-1].text) && !s.sentenceStartAt(i-1)
}

// inPlanName reports whether the bare number n stands inside the name of a plan: after a
// capitalised word and before the singular head noun of a plan's name ("the Cyber Korea 21
// plan", "its Industry 4.0 strategy"). A count of plans says "plans".
func (s *scanner) inPlanName(n number) bool {
	if n.j >= len(s.toks) || n.scale != 1 || n.word || n.value == 1 || !s.capitalBefore(n.i) {
		return false
	}
	if before := s.toks[n.i-1].text; strings.HasSuffix(before, "'s") || s.isStopword(before) {
		return false
	}
	return s.inSetFold(lexicon.PlanNouns, s.toks[n.j].text)
}

func (s *scanner) capitalised(phrase string) bool {
	r, _ := utf8.DecodeRuneInString(phrase)
	return unicode.IsUpper(r)
}

func isYear(v float64) bool { return v >= 1800 && v <= 2100 && v == float64(int(v)) }

// isYearDigits reports whether s is four digits of a year.
func isYearDigits(s string) bool {
	y := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		y = 10*y + int(s[i]-'0')
	}
	return len(s) == 4 && isYear(float64(y))
}

// parallelByYear reports whether the number at tokens [i, j) gives a measure's value in a
// year, a place or for a group, after the sentence gave it for another: "33 articles in 2010
// and 127 in 2018", "40 cases in 2010, 95 in 2015", "9 for domestic papers and 14 for
// international ones", "1,036 firms in Seoul, 604 in Busan", "grew from 14 papers in 2000
// to 172 in 2021". It follows "and", ",", "versus" or "to", is followed by "in" and a year
// (or by "for" or "among", or by "in" or "at" and a name), and an earlier number of the
// sentence is followed the same way after a few words ("33 articles with a North Korean
// address in 2010").
func (s *scanner) parallelByYear(i, j int) bool {
	if i == 0 || !(s.wordsAt(i-1, "and") || s.wordsAt(i-1, ",") || s.wordsAt(i-1, "versus") || s.wordsAt(i-1, "to")) {
		return false
	}
	if k, ok := s.pastParen(j, len(s.toks)); ok {
		j = k // "14 (IQR 5–35) for"
	} else if j < len(s.toks) && s.toks[j].text == "(" {
		return false
	}
	same := s.yearAt
	switch {
	case s.yearAt(j):
	case s.wordsAt(j, "for") || s.wordsAt(j, "among") || (s.wordsAt(j, "in") || s.wordsAt(j, "at")) && j+1 < len(s.toks) &&
		s.toks[j+1].kind == tokWord && s.capitalised(s.toks[j+1].text):
		// "1,036 firms in Seoul, 604 in Busan": the same measure at another place
		p := s.toks[j].text
		same = func(m int) bool { return s.wordsAt(m, p) }
	default:
		return false
	}
	for k := 0; k < i-1; k++ {
		if !s.countAt(k) || s.yearAt(k-1) {
			continue // "six authors (IQR 4–8) in 2005 and eight (IQR 6–11) in 2022": a number word too
		}
		for m := k + 1; m < min(k+9, i-1) && (s.toks[m].kind == tokWord || s.toks[m].text == "("); m++ {
			if same(m) {
				return true
			}
			if s.toks[m].text == "(" { // "9 (IQR 3–22) for", "six authors (IQR 4–8) in 2005": past the parenthesis
				after, ok := s.pastParen(m, i-1)
				if !ok {
					break
				}
				m = after - 1
			}
		}
	}
	return false
}

// includedPart reports whether the bare number at tokens [i, j) counts a part of an
// earlier count of its sentence that "including" lists: "95 papers, including 18 in nuclear
// engineering and 12 in aerospace materials". It follows "including", or "and" or a comma
// in the list "including" opens, and a preposition, a comma, "and" or the end follows it.
func (s *scanner) includedPart(i, j int) bool {
	if j < len(s.toks) {
		if t := strings.ToLower(s.toks[j].text); t != "in" && t != "at" && t != "for" && t != "from" && t != "," && t != "and" && t != "." && t != ";" {
			return false
		}
	}
	k := i - 1
	for steps := 0; k >= 1 && steps < 12; k, steps = k-1, steps+1 {
		if s.wordsAt(k, "including") {
			break
		}
		if t := s.toks[k].text; t == ";" || t == ":" || k == i-1 && t != "," && !strings.EqualFold(t, "and") {
			return false
		}
	}
	if k < 1 || !s.wordsAt(k, "including") {
		return false
	}
	return slices.ContainsFunc(s.toks[:k], func(t token) bool { return t.kind == tokNum && !(t.plain() && isYear(t.value)) })
}

// parallelByPreposition reports whether the number at tokens [i, j) ends an item of a list
// whose first item gave a count after the same preposition: "faults in 1,036 cases, leaks in
// 604 and fire risks in 97". The number follows its item's words and the preposition, and
// ends the item (a comma, "and", "or", a semicolon or the end of the sentence follows).
func (s *scanner) parallelByPreposition(i, j int) bool {
	if i < 2 || s.toks[i-1].kind != tokWord || s.toks[i-2].kind != tokWord || !s.toks[i].plain() && !s.toks[i].grouped {
		return false
	}
	p := strings.ToLower(s.toks[i-1].text)
	if p != "in" && p != "for" && p != "among" && p != "at" {
		return false
	}
	if j < len(s.toks) {
		if t := s.toks[j].text; t != "," && t != ";" && t != "." && !strings.EqualFold(t, "and") && !strings.EqualFold(t, "or") {
			return false
		}
	}
	for k := 1; k < i-3; k++ {
		if s.toks[k].kind == tokNum && s.wordsAt(k-1, p) && !(s.toks[k].plain() && isYear(s.toks[k].value)) &&
			k+1 < len(s.toks) && s.toks[k+1].kind == tokWord && s.unitOf(strings.ToLower(s.toks[k+1].text)) != "" {
			return true
		}
	}
	return false
}

// gappedCount reports whether the number at tokens [i, j) follows "and" and comes before a
// preposition that the sentence used after an earlier count, its verb left out: "Eleven of
// her former doctoral students hold professorships in South Korea and four in the United
// States". The number counts what that count counts.
func (s *scanner) gappedCount(i, j int) bool {
	k := s.gappedFrom(i, j)
	return k > 0 && s.earlierCount(k)
}

// gappedDurationOf returns the token of the earlier number of the sentence that a list item
// at tokens [i, j), a bare number and "of", repeats with its unit of time left out: "free
// and compulsory for twelve years: one year of kindergarten, five of primary school, three
// of lower secondary", where five and three are years. -1 when there is none: the item must
// follow a comma or "and", and the earlier one be "<number> <unit of time> of".
func (s *scanner) gappedDurationOf(i, j int) int {
	if i < 4 || !s.wordsAt(j, "of") || s.wordsAt(j+1, "the") || s.wordsAt(j+1, "them") || s.wordsAt(j+1, "these") || s.wordsAt(j+1, "those") ||
		!(s.wordsAt(i-1, "and") || s.toks[i-1].text == ",") {
		return -1
	}
	for m := i - 3; m >= 0; m-- {
		if s.toks[m].text == ":" || s.toks[m].text == ";" {
			return -1
		}
		if s.countAt(m) && s.toks[m+1].kind == tokWord && s.lex.Unit(strings.ToLower(s.toks[m+1].text)).IsDuration() && s.wordsAt(m+2, "of") {
			return m
		}
	}
	return -1
}

// valueBefore reports whether a number that is no year stands in the clause before token k,
// a few words back: the value a bracket after it gives for another year.
func (s *scanner) valueBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-8; m-- {
		t := s.toks[m]
		if t.kind == tokPunct && (t.text == ";" || t.text == ")" || t.text == "(") {
			return false
		}
		if t.kind == tokNum && !(t.plain() && isYear(t.value)) {
			return true // past the year the value before is of ("212 projects in 2024 (2023: 198)")
		}
	}
	return false
}

// perEveryAfter reports whether "for every" and a number follow the one at n, perhaps past
// the noun it counts ("one doctor for every 500 residents").
func (s *scanner) perEveryAfter(n number) bool {
	k := n.j
	for ; k < len(s.toks) && k < n.j+2 && s.toks[k].kind == tokWord && !s.wordsAt(k, "for"); k++ {
	}
	return s.wordsAt(k, "for", "every") && k+2 < len(s.toks) && (s.toks[k+2].kind == tokNum || s.numberWord(s.toks[k+2].text))
}

// gappedOne reports whether the word "one" at n is a gapped count (gappedCount) whose
// nearest number before the repeated preposition is a count: "9 offices in Japan and one in
// Vietnam", not "one of the first plants in Hanoi and one in Hue", nor the second member of
// "two laboratories, one in Cheongju and one in Pangyo", where each "one" names a member.
func (s *scanner) gappedOne(n number) bool {
	k := s.gappedFrom(n.i, n.j)
	for m := k - 1; m >= 0; m-- {
		if t := s.toks[m]; t.kind == tokNum || t.kind == tokWord && s.numberWord(t.text) {
			return s.countAt(m) && !(m == k-1 && s.wordsAt(m, "one"))
		}
	}
	return false
}

// gappedFrom returns the token of the earlier preposition that a gapped count repeats (see
// gappedCount), or -1.
func (s *scanner) gappedFrom(i, j int) int {
	if i < 4 || j >= len(s.toks) || !s.wordsAt(i-1, "and") || s.toks[j].kind != tokWord {
		return -1
	}
	p := strings.ToLower(s.toks[j].text)
	if p != "in" && p != "at" && p != "for" && p != "to" && p != "with" && p != "without" {
		return -1 // "excluded 1,020 papers with ... and 87 with missing affiliations"
	}
	for k := i - 2; k > 0; k-- {
		if s.wordsAt(k, p) {
			return k
		}
	}
	return -1
}

// elidedObject reports whether the number at tokens [i, j) is the bare object of a verb of
// having (lexicon.HaveVerbs) that ends its clause, a rate of time after it or not, after an
// earlier count of the sentence: "a lab that once employed 14 graduate researchers now has
// nine", "opened with 40 students, now admits about 150 a year and ...".
func (s *scanner) elidedObject(i, j int) bool {
	j = s.pastRate(j) // "now admits about 150 a year"
	if i < 3 || !s.clauseEndsAt(j) || s.toks[i-1].kind != tokWord || !s.lex.HasFold(lexicon.HaveVerbs, s.toks[i-1].text) {
		return false
	}
	return s.earlierCount(i-1) || s.superlativeBefore(i-1)
}

// superlativeBefore reports whether the clause before token k, a verb, names its subject by
// the most of a plural ("The author with the most retractions had 41"): the verb's bare
// object counts that plural.
func (s *scanner) superlativeBefore(k int) bool {
	for m := k - 1; m >= 1 && m >= k-8; m-- {
		if t := s.toks[m]; t.kind == tokPunct {
			return false
		}
		if s.wordsAt(m-1, "the", "most") && m+1 <= k && s.plural(strings.ToLower(s.toks[m+1].text)) {
			return true
		}
	}
	return false
}

// incrementAt reports whether the words before token i are a phrase of increments.txt ("a
// further", "another").
func (s *scanner) incrementAt(i int) bool { return s.setPhraseEndsAt(lexicon.Increments, i-1) }

// setPhraseEndsAt reports whether a phrase of the word set, of one word or more, ends at
// token k ("another", "a further", "was elected").
func (s *scanner) setPhraseEndsAt(set lexicon.WordSet, k int) bool {
	return slices.ContainsFunc(s.lex.Words(set), func(p string) bool { return s.phraseAt(k-phraseWords(p)+1, p) })
}

// clauseEndsAt reports whether a clause ends at token j: the sentence's end, a stop, a comma
// or a semicolon, or "and" or "but" opening the next.
func (s *scanner) clauseEndsAt(j int) bool {
	return j >= len(s.toks) || s.toks[j].kind == tokPunct && strings.Contains(".,;", s.toks[j].text) || s.wordsAt(j, "and") || s.wordsAt(j, "but")
}

// repeatedVerbObject reports whether the number at tokens [i, j) is the bare object of the
// verb, in any of its forms, whose object an earlier count of its sentence is, ending its
// clause ("had five hours to solve 13 problems; the winning team solved 11", "published 30
// papers in 2020; her student published 12"): a new value of that count.
func (s *scanner) repeatedVerbObject(i, j int) bool {
	if i < 3 || !s.clauseEndsAt(j) || s.toks[i-1].kind != tokWord {
		return false
	}
	stem := verbStem(s.toks[i-1].text)
	if len(stem) < 3 {
		return false
	}
	for m := i - 2; m >= 1; m-- {
		if s.countAt(m) && m+1 < i-1 && s.nounAt(m+1) && s.toks[m-1].kind == tokWord && verbStem(s.toks[m-1].text) == stem {
			return true
		}
	}
	return false
}

// verbStem is a verb without the ending of its form: "solved", "solves" and "solve" are
// "solv".
func verbStem(w string) string {
	w = strings.ToLower(w)
	for _, suffix := range []string{"ing", "ed", "es", "s", "e"} {
		if strings.HasSuffix(w, suffix) && len(w)-len(suffix) >= 3 {
			return w[:len(w)-len(suffix)]
		}
	}
	return w
}

// otherPartAt reports whether the number at token i follows "the other" or "the remaining"
// after an earlier count of its sentence: the rest of what that counts ("in 34 of the 50
// countries, but fell in the other 16").
func (s *scanner) otherPartAt(i int) bool {
	return i >= 3 && (s.wordsAt(i-2, "the", "other") || s.wordsAt(i-2, "the", "remaining")) && s.earlierCount(i-2)
}

// totalAt reports whether words of lexicon.Totals stand at token j and close the clause:
// the number before them is the whole of what its sentence names ("211 in all", "95 in
// total.", "some 300 altogether, and").
func (s *scanner) totalAt(j int) bool {
	for _, p := range s.lex.Words(lexicon.Totals) {
		if s.phraseAt(j, p) {
			k := j + phraseWords(p)
			return k >= len(s.toks) || s.toks[k].kind == tokPunct && s.toks[k].text != "%" || s.wordsAt(k, "and") || s.wordsAt(k, "but")
		}
	}
	return false
}

// alternativeAt reports whether the bare number at token i follows ", or" just after an
// earlier number and its noun: another value of the same measure for a case the clause
// names ("programmes last five years, or six for the mining course", "40 students, or 60
// in the capital").
func (s *scanner) alternativeAt(i int) bool {
	if i < 4 || !s.wordsAt(i-1, "or") || s.toks[i-2].text != "," {
		return false
	}
	noun := s.toks[i-3]
	return noun.kind == tokWord && s.lex.Unit(strings.ToLower(noun.text)) != "" && s.countAt(i-4)
}

// earlierCount reports whether a number that is no year, in digits or words, stands before
// token i in the sentence.
func (s *scanner) earlierCount(i int) bool { return s.lastCountBefore(i) >= 0 }

// lastCountBefore returns the token of the last number before token i that is no year, in
// digits or words, or -1.
func (s *scanner) lastCountBefore(i int) int {
	for m := i - 1; m >= 0; m-- {
		if s.countAt(m) {
			return m
		}
	}
	return -1
}

// countAt reports whether token m is a number that is no year, in digits or words, and not
// the pronoun of "one of the first labs".
func (s *scanner) countAt(m int) bool {
	t := s.toks[m]
	return t.kind == tokNum && !(t.plain() && isYear(t.value)) ||
		t.kind == tokWord && s.numberWord(t.text) && !(strings.EqualFold(t.text, "one") && s.wordsAt(m+1, "of"))
}

// pastShare returns the token after a count's share in brackets that starts at token j
// ("52 (12.4%)": "(", the number, "%", ")"), or j when none does.
func (s *scanner) pastShare(j int) int {
	if j+3 < len(s.toks) && s.toks[j].text == "(" && s.toks[j+2].text == "%" && s.toks[j+3].text == ")" {
		return j + 4
	}
	return j
}

// pastRate returns the token after the rate of time that starts at token j ("a year", "per
// month", "each year", "annually"), or j.
func (s *scanner) pastRate(j int) int {
	if j+1 < len(s.toks) && (s.wordsAt(j, "a") || s.wordsAt(j, "per") || s.wordsAt(j, "each") || s.wordsAt(j, "every")) &&
		s.lex.Unit(strings.ToLower(s.toks[j+1].text)).IsDuration() {
		return j + 2
	}
	if s.wordsAt(j, "annually") || s.wordsAt(j, "yearly") {
		return j + 1
	}
	return j
}

// yearLeadAt reports whether the number at token i follows a year that opens its clause
// ("; by 1960, 10,000", "and in 1990, 16,000"): the same measure as an earlier count of the
// sentence at another time ("In 1946 the university had 1,500 students; by 1960, 10,000").
func (s *scanner) yearLeadAt(i int) bool {
	if i < 4 || !s.yearLeadBefore(i) {
		return false
	}
	p := s.toks[i-4]
	return p.text == ";" || p.text == "," || s.wordsAt(i-4, "and")
}

// timeLeadSubject reports whether the number at tokens [i, j) is the subject of a verb right
// after it in a clause that opens with a time: "Last year 236 arrived", "In 2021, 63
// arrived", "This year 410 applied". It counts what the sentences before counted; a number
// before a noun or no verb ("In 2021 3 Korean labs", "in 2021 2.0 was released") is left alone.
func (s *scanner) timeLeadSubject(i, j int) bool {
	if !s.verbAt(j) || s.toks[i].kind != tokNum || isYear(s.toks[i].value) {
		return false
	}
	k := i - 1
	if k >= 0 && s.toks[k].text == "," {
		k--
	}
	switch {
	case k >= 1 && s.toks[k].plain() && isYear(s.toks[k].value) && (s.wordsAt(k-1, "in") || s.wordsAt(k-1, "by") || s.wordsAt(k-1, "since")):
	case k >= 1 && s.toks[k].kind == tokWord && s.lex.Unit(strings.ToLower(s.toks[k].text)+"s").IsDuration() &&
		(s.wordsAt(k-1, "last") || s.wordsAt(k-1, "this") || s.wordsAt(k-1, "next") || s.wordsAt(k-1, "that")):
	default:
		return false
	}
	return k-2 < 0 || s.toks[k-2].kind == tokPunct
}

// yearLeadBefore reports whether the three tokens before token i are "by" or "in", a year
// and a comma: a time the clause opens with ("By 2022, 1,902 held").
func (s *scanner) yearLeadBefore(i int) bool {
	return i >= 3 && i <= len(s.toks) && s.toks[i-1].text == "," && s.toks[i-2].plain() && isYear(s.toks[i-2].value) &&
		(s.wordsAt(i-3, "by") || s.wordsAt(i-3, "in"))
}

// numberWord reports whether w is a number word of the lexicon that counts ("eleven").
func (s *scanner) numberWord(w string) bool {
	nw, ok := s.lex.Number(strings.ToLower(w))
	return ok && (nw.Kind == "unit" || nw.Kind == "ten")
}

// differenceAt reports whether tokens from j on are "more than", "fewer than" or "less than",
// or "more" or "fewer" that ends a phrase: the number before them is a difference of the
// measure ("300 more than last year", "plans to admit 120 more by 2027").
func (s *scanner) differenceAt(j int) bool {
	if s.wordsAt(j, "more", "than") || s.wordsAt(j, "fewer", "than") || s.wordsAt(j, "less", "than") {
		return true
	}
	if !s.wordsAt(j, "more") && !s.wordsAt(j, "fewer") {
		return false
	}
	k := j + 1
	return k >= len(s.toks) || s.toks[k].kind == tokPunct && s.toks[k].text != "%" && s.toks[k].text != "-" ||
		s.isStopword(s.toks[k].text) && !s.wordsAt(k, "of")
}

// restatedAsShare reports whether tokens from j on are ", or" and a percentage: the number
// before them is a count of which the percentage is the share ("received 612, or 21 per
// cent", "1,200, or 40%").
func (s *scanner) restatedAsShare(j int) bool {
	if j+3 >= len(s.toks) || s.toks[j].text != "," || !s.wordsAt(j+1, "or") || s.toks[j+2].kind != tokNum {
		return false
	}
	k := j + 3
	return s.toks[k].text == "%" || s.percentWordAt(k) > k || s.percentSuffix(s.toks[j+2].suffix())
}

// comparedNext reports whether tokens from j on are "vs", "vs.", "versus" or "against" and a
// number: the number before them is one side of a comparison ("median 4 vs 5").
//
// After "against", the number must name its unit ("188 against 236 days"): "passed by 188
// against 12" counts votes the sentence has named.
func (s *scanner) comparedNext(j int) bool {
	k := j + 1
	against := false
	switch {
	case s.wordsAt(j, "vs", "."):
		k++
	case s.wordsAt(j, "vs") || s.wordsAt(j, "versus"):
	case s.wordsAt(j, "against"):
		against = true
	default:
		return false
	}
	if k >= len(s.toks) || s.toks[k].kind != tokNum {
		return false
	}
	return !against || k+1 < len(s.toks) && s.toks[k+1].kind == tokWord && s.lex.Unit(strings.ToLower(s.toks[k+1].text)) != ""
}

// parallelObject reports whether the bare number at tokens [i, j) ends its clause as the
// object of its verb, after a clause of the sentence that stated a count the same way, a
// verb (and perhaps one word) before the number and a noun after it: "an early analysis
// counted just 19 papers, and a later study found 326". The second clause leaves out the
// noun that the first named.
func (s *scanner) parallelObject(i, j int) bool {
	if k, ok := s.pastParen(j, len(s.toks)); ok {
		j = k // "found 326 (Lee, 2017)."
	}
	if i < 4 || j < len(s.toks) && !strings.Contains(".,;", s.toks[j].text) || !s.objectVerbAt(i-1) {
		return false
	}
	boundary := -1
	for k := i - 2; k > 1 && boundary < 0; k-- {
		if s.toks[k].text == ";" || s.toks[k].text == "," && (s.wordsAt(k+1, "and") || s.wordsAt(k+1, "but") ||
			s.wordsAt(k+1, "while") || s.wordsAt(k+1, "whereas")) {
			boundary = k
		}
	}
	// The count stated first is the last number before this one, years aside.
	k := i - 1
	for k > 0 && (s.toks[k].kind != tokNum || !s.toks[k].grouped && isYear(s.toks[k].value)) { // "in 2011", "the 1990s"
		k--
	}
	if k < 1 || k >= boundary || s.toks[k+1].kind != tokWord || s.unitOf(strings.ToLower(s.toks[k+1].text)) == "" {
		return false
	}
	return s.objectVerbAt(k-1) || k >= 2 && s.toks[k-1].kind == tokWord && s.objectVerbAt(k-2)
}

// objectVerbAt reports whether token k is a verb whose object a number after it may be:
// a verb in the past tense ("counted", "found") or one of the lexicon's verbs of a total.
func (s *scanner) objectVerbAt(k int) bool {
	return k >= 0 && s.toks[k].kind == tokWord && (s.verbAt(k) || s.lex.HasFold(lexicon.TotalVerbs, s.toks[k].text))
}

// opensWithTime reports whether token i follows a preposition of time that opens the
// sentence or a clause ("In 2001 ...", "..., and by 2010 ..."), where a year is a year
// whatever noun follows it.
func (s *scanner) opensWithTime(i int) bool {
	if i >= 2 && (s.wordsAt(i-1, "and") || s.toks[i-1].text == ",") && s.toks[i-2].plain() && isYear(s.toks[i-2].value) {
		return s.opensWithTime(i - 2) // "In 2015 and 2019 students ..."
	}
	if i < 1 || !(s.wordsAt(i-1, "in") || s.wordsAt(i-1, "by") || s.wordsAt(i-1, "since") || s.wordsAt(i-1, "until") ||
		s.wordsAt(i-1, "before") || s.wordsAt(i-1, "after") || s.wordsAt(i-1, "during")) {
		return false
	}
	return i == 1 || s.toks[i-2].kind == tokPunct || s.wordsAt(i-2, "and") || s.wordsAt(i-2, "but")
}

// yearAt reports whether the tokens from k are "in" or "by" and a year, a month between or
// not ("in 2010", "by 2015", "in February 2012").
func (s *scanner) yearAt(k int) bool {
	if k < 0 || k+1 >= len(s.toks) || !s.wordsAt(k, "in") && !s.wordsAt(k, "by") {
		return false
	}
	if y := k + 1; y+1 < len(s.toks) && s.monthAt(y) {
		k++ // "in February 2012"
	}
	return s.toks[k+1].plain() && isYear(s.toks[k+1].value)
}
