package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/schemas"
)

// countedAfter returns the counted noun phrase after token j: "4,000 IT specialists",
// "94 (85%) of the papers", "100 out of the more than 5,000 applicants", "a dozen of
// detailed projects". noPartitive refuses "of" ("one of the first agreements").
func (s *scanner) countedAfter(j int, noPartitive, share bool) string {
	lower := func(k int) string {
		if k >= len(s.toks) {
			return ""
		}
		return strings.ToLower(s.toks[k].text)
	}
	if k, ok := s.pastParen(j, j+12); ok {
		j = k // "4,000 (estimated) engineers"
	}
	if j+1 < len(s.toks) && s.toks[j].text == "±" && s.toks[j+1].kind == tokNum {
		j += 2 // "6.3 ± 2.8 authors": the mean counts the noun after its spread
	}
	if j+1 < len(s.toks) && (s.toks[j].text == "\"" || s.toks[j].text == "“") && s.toks[j+1].kind == tokWord && s.toks[j+1].attachedTo(s.toks[j]) {
		j++ // 29 "laptop farms": the counted noun in quotes
	}
	if j+2 < len(s.toks) && s.toks[j].kind == tokNum && s.toks[j+1].text == "-" && s.toks[j+1].attachedTo(s.toks[j]) &&
		s.toks[j+2].attachedTo(s.toks[j+1]) && s.lex.Unit(lower(j+2)) == schemas.UnitPeople {
		return s.text[s.toks[j].start:s.toks[j+2].end] // "610,000 18-year-olds": people of an age
	}
	partitive := false
	if lower(j) == "out" && lower(j+1) == "of" {
		j += 2
		partitive = true
	} else if lower(j) == "of" && !noPartitive {
		j++
		partitive = true
	}
	pronoun := false
	if partitive {
		pronoun = lower(j) == "these" || lower(j) == "those" || lower(j) == "them"
		for j < len(s.toks) {
			w := lower(j)
			if s.toks[j].kind == tokNum || w == "-" || w == "–" || s.lex.Has(lexicon.WholeArticles, w) || w == "all" ||
				w == "more" || w == "than" || w == "about" || w == "some" || w == "over" || w == "nearly" || w == "approximately" ||
				w == "own" && j > 0 && s.lex.Has(lexicon.WholeArticles, lower(j-1)) || // "eleven of her own students"
				s.numberWord(w) || // "three of the five places"
				s.lex.Has(lexicon.OrderWords, w) && j > 0 && s.lex.Has(lexicon.WholeArticles, lower(j-1)) || // "of the top five places"
				s.inQualifier(j) && j+1 < len(s.toks) && s.toks[j+1].kind == tokNum || // "of the roughly 13,500 doctors"
				possessive(w) && j+1 < len(s.toks) && (s.toks[j+1].kind == tokNum || s.inQualifier(j+1) || // "of the country's 13,500 doctors"
					s.toks[j+1].kind == tokWord && !s.isStopword(s.toks[j+1].text)) { // "of the country's indexed papers"
				j++
				continue
			}
			break
		}
	}
	first, last, ofAt := -1, -1, -1
	for k := j; k < len(s.toks) && k < j+6; k++ {
		t := s.toks[k]
		if end := s.initialismAt(k); end > k && end < len(s.toks) && s.toks[end].kind == tokWord {
			// "16 U.S. states": the initialism modifies the noun after it
			if first < 0 {
				first = k
			}
			last, k = end-1, end-1
			continue
		}
		if t.kind != tokWord {
			break
		}
		w := strings.ToLower(t.text)
		if first < 0 && s.lex.Has(lexicon.Determiners, w) {
			continue // "four such zones"
		}
		if w == "of" && first >= 0 && ofAt < 0 && k+1 < len(s.toks) && s.toks[k+1].kind == tokWord && !s.isStopword(s.toks[k+1].text) {
			ofAt = k
			continue
		}
		if s.isStopword(t.text) && !s.positionBefore(k) || w == "of" {
			break
		}
		if nw, ok := s.lex.Number(w); ok && (nw.Kind == "unit" || nw.Kind == "ten") {
			// "up from 4,120 five years earlier": the next number, not what this one counts;
			// "in 2023 put eight satellites": the next figure's phrase
			break
		}
		isVerbish := (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && !strings.Contains(w, "-") && s.lex.Unit(w) == ""
		afterOf := k > 0 && strings.ToLower(s.toks[k-1].text) == "of"
		switch {
		case first < 0 && s.lex.Has(lexicon.SubjectVerbs, w):
			return "" // "a third found jobs": the share's verb
		case isVerbish && first < 0 && !afterOf && (pronoun || !partitive && strings.HasSuffix(w, "ed") && !s.lex.Has(lexicon.Participles, w) && !s.nounAt(k+1)):
			// "10 indicated", "80% involved", "80% of these involved": a verb; after "of" a
			// participle is an adjective ("the number of approved technology contacts").
			return ""
		case isVerbish && first >= 0 && !afterOf && !degreeAdverb(strings.ToLower(s.toks[k-1].text)) &&
			!(strings.HasSuffix(w, "ing") && s.nounAt(k+1)):
			// "people died annually", "data published": the verb ends the phrase, but
			// "highly skilled engineers" and "the most cited papers" keep their participle,
			// and a noun in -ing names a field before its noun ("unfilled engineering posts").
			k = len(s.toks)
			continue
		}
		if first < 0 {
			first = k
		}
		last = k
		if end := s.symbolAt(k); k == first && end > k {
			return s.text[t.start:s.toks[end-1].end] // a measure's symbol is the whole unit: "4,300 km and delivers", "150,000 m²"
		}
		// The phrase ends at its head noun, a plural or a counted noun of the lexicon,
		// unless "of" continues it: "researchers work" is "researchers", but "units of
		// computer monitors" goes on.
		if (s.plural(w) || s.lex.Unit(w) == "people") && lower(k+1) != "of" && !(!s.plural(w) && s.nounAt(k+1)) &&
			!(strings.HasSuffix(w, "ics") && isPlural(lower(k+1)) && s.lex.Unit(lower(k+1)) != "") {
			// But a singular noun before a noun modifies it: "AI graduate schools", "staff
			// members"; and so does a field named in -ics before a plural the lexicon counts:
			// "mathematics students", "electronics engineers" (not "pupils studies").
			break
		}
	}
	if first < 0 {
		return ""
	}
	if k := s.coordinatedHead(last); k > last {
		last = k // "37 Korean-language and English-language journals"
	}
	phrase := s.text[s.toks[first].start:s.toks[last].end]
	if head := s.sharedHead(last); head != "" {
		phrase += " " + head
	}
	if partitive {
		head := strings.ToLower(s.toks[last].text)
		if ofAt >= 0 {
			head = strings.ToLower(s.toks[ofAt-1].text)
		}
		// "28 of the previous year" is a date; a partitive counts plural or collective nouns,
		// though a share may be of anything ("5% of the population").
		if !share && !strings.HasSuffix(head, "s") && s.lex.Unit(head) != "people" {
			return ""
		}
	}
	return phrase
}

// possessive reports whether a lower-case word is a possessive ("country's", "firms’").
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// positionBefore reports whether token k is "last" (a stopword: "up from 4,000 last year")
// before a plural noun of people or things the lexicon counts that it places: "21.7% of last
// authors".
func (s *scanner) positionBefore(k int) bool {
	if !s.wordsAt(k, "last") || k+1 >= len(s.toks) || s.toks[k+1].kind != tokWord {
		return false
	}
	next := strings.ToLower(s.toks[k+1].text)
	u := s.lex.Unit(next)
	return isPlural(next) && u != "" && !u.IsDuration()
}

// sharedHead returns the head noun a counted phrase that ends at token last without one
// shares with the next number's: "4,800 primary and 4,700 secondary schools" counts schools
// both times, and so do "27 doctoral and more than 50 master's students". "" when the phrase
// has its noun or no number, hedged or not, follows "and"/"or".
func (s *scanner) sharedHead(last int) string {
	next := s.pastQualifier(last + 2)
	if next >= len(s.toks) || s.toks[next].kind != tokNum {
		return ""
	}
	if w := s.toks[last+1].text; !strings.EqualFold(w, "and") && !strings.EqualFold(w, "or") || s.nounAt(last) {
		return ""
	}
	for k := next + 1; k < len(s.toks) && k < next+7; k++ {
		if s.toks[k].kind != tokWord || s.isStopword(s.toks[k].text) {
			return ""
		}
		if s.nounAt(k) {
			return s.toks[k].text
		}
	}
	return ""
}

// coordinatedHead returns the token of the head noun that a phrase ending at token last
// without one shares with the modifier joined to it by "and" or "or" ("Korean-language and
// English-language journals", "public or private universities"), or -1.
func (s *scanner) coordinatedHead(last int) int {
	if s.nounAt(last) || !(s.wordsAt(last+1, "and") || s.wordsAt(last+1, "or")) {
		return -1
	}
	for k := last + 2; k < len(s.toks) && k < last+6; k++ {
		if s.toks[k].kind != tokWord || s.isStopword(s.toks[k].text) {
			return -1
		}
		if s.nounAt(k) {
			return k
		}
	}
	return -1
}

// degreeAdverb reports whether w grades the participle after it: "highly", "most", "best".
func degreeAdverb(w string) bool {
	switch w {
	case "most", "least", "more", "less", "best", "well":
		return true
	}
	return strings.HasSuffix(w, "ly")
}

// nounAt reports whether token k is a word that heads a counted phrase: a plural or a noun
// the lexicon counts. An -ed word before one is an adjective ("four failed attempts").
func (s *scanner) nounAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tokWord {
		return false
	}
	w := strings.ToLower(s.toks[k].text)
	return !s.isStopword(w) && (s.plural(w) || s.lex.Unit(w) != "")
}

// plural is isPlural with the lexicon's words in s that are no plurals ("overseas").
func (s *scanner) plural(w string) bool { return isPlural(w) && !s.lex.Has(lexicon.NotPlurals, w) }

// isPlural guesses whether a lower-case word is a plural noun: it ends in s, but not as
// "class", "various", "analysis", "status" or a possessive ("master's") do.
func isPlural(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	for _, not := range []string{"ss", "us", "is", "ous", "'s", "’s"} { // "master's": a possessive
		if strings.HasSuffix(w, not) {
			return false
		}
	}
	return true
}

// nounOfBefore returns the noun of "<noun> of" written just before view offset at ("a
// population of 25.7 million"), or "".
func (s *scanner) nounOfBefore(at int) string {
	k := len(s.toks) - 1
	for k >= 0 && s.toks[k].start >= at {
		k--
	}
	for k >= 0 && s.toks[k].kind == tokWord && s.isQualifierWord(s.toks[k].text) && !strings.EqualFold(s.toks[k].text, "of") {
		k-- // "a faculty of about 70"
	}
	if k < 1 || !strings.EqualFold(s.toks[k].text, "of") || s.toks[k-1].kind != tokWord {
		return ""
	}
	w := s.toks[k-1].text
	lw := strings.ToLower(w)
	if s.lex.Has(lexicon.Measures, lw) {
		if subject := s.subjectOfMeasure(k - 1); subject != "" {
			return subject // "Co-authored papers fell from a peak of 17": papers, not the peak
		}
	}
	if s.isStopword(w) || lw == "number" || lw == "total" || lw == "out" || lw == "one" || s.isQualifierWord(w) || s.inQualifier(k-1) ||
		s.capitalised(w) || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ly") {
		return ""
	}
	if m := k - 2; m >= 0 && s.toks[m].kind == tokWord && s.lex.HasFold(lexicon.Measures, s.toks[m].text) {
		return s.text[s.toks[m].start:s.toks[k-1].end] // "a mean degree of 13.8": the measure's kind too
	}
	return w
}

// subjectOfMeasure returns the subject of the verb of lexicon.TotalVerbs that a measure at
// token m ("peak", "high", "total") follows after an article and a preposition or none:
// "Joint papers fell from a peak of 17", "enrolment rose to a high of 2,100", "enrolments
// reached an all-time high of 5,210"; or "".
func (s *scanner) subjectOfMeasure(m int) string {
	k := m - 1
	for n := 0; n < 2 && k > 0 && s.toks[k].kind == tokWord && (strings.Contains(s.toks[k].text, "-") || s.wordsAt(k, "record")); n++ {
		k-- // "an all-time high", "a record high", "a five-year low"
	}
	if s.wordsAt(k, "a") || s.wordsAt(k, "an") || s.determinerAt(k) {
		k--
	}
	if s.wordsAt(k, "from") || s.wordsAt(k, "to") || s.wordsAt(k, "at") {
		k-- // "rose to a high of", or straight after the verb: "reached an all-time high of"
	}
	if k < 1 || !s.totalVerb(k) {
		return ""
	}
	return s.subjectOfVerb(k)
}

// subjectBefore returns the noun phrase whose size a number at view offset at states after
// its clause's verb (lexicon.TotalVerbs): "co-authored articles numbered 3,397", "enrolment
// had grown to 2,100", "attendance at the fair was 15,000", "mobile subscribers exceeded 6
// million", or "". The phrase must head on a plural or on a noun the lexicon counts
// ("enrolment", "staff"): "the cost was 300" names nothing counted.
func (s *scanner) subjectBefore(at int) string {
	i := s.tokenAt(at)
	if i < 1 {
		return ""
	}
	k := i - 1
	for k >= 0 && !s.totalVerb(k) && (s.inQualifier(k) || s.wordsAt(k, "from") || s.multipleAt(k) ||
		s.wordsAt(k, "record") || k+1 < len(s.toks) && s.wordsAt(k+1, "record") && (s.wordsAt(k, "a") || s.wordsAt(k, "new"))) {
		k-- // "is about", "was more than", "grew to", "stood at", "fell from", "risen tenfold to", "hit a record"
	}
	if k > 0 && s.toks[k].text == "," && s.wordsAt(k+1, "to") {
		// "rose 12%, to 3.2 million", "have tripled since 2000, to 3.2 million": the level
		// the change reached, after a short phrase of how much or since when
		for m := k - 1; m >= 0 && m > k-6; m-- {
			if s.totalVerb(m) {
				k = m
				break
			}
			if t := s.toks[m]; t.kind == tokPunct && t.text != "%" {
				break
			}
		}
	}
	if !s.totalVerb(k) {
		return ""
	}
	return s.subjectOfVerb(k)
}

// multipleAt reports whether token k is a word of how many times ("tenfold", "twice").
func (s *scanner) multipleAt(k int) bool {
	if s.toks[k].kind != tokWord {
		return false
	}
	nw, ok := s.lex.NumberFold(s.toks[k].text)
	return ok && nw.IsMultiple()
}

// subjectOfVerb returns the noun phrase that ends before the verb at token k, its subject,
// past an auxiliary ("have roughly tripled") and a phrase set off by commas ("Teams of 20
// or more authors, almost absent at the start, numbered 97", "Hyperauthorship papers, those
// with more than 1,000 authors, numbered 214"), or "".
func (s *scanner) subjectOfVerb(k int) string {
	k--
	for k >= 0 && (s.wordsAt(k, "had") || s.wordsAt(k, "has") || s.wordsAt(k, "have") || s.wordsAt(k, "been") || s.inQualifier(k)) {
		k-- // "have roughly tripled"
	}
	if b, ok := s.beforeParen(k, k-maxAside); ok {
		k = b // "Large teams (112 articles in 2010) numbered 486": the bracket is an aside
	}
	if k > 0 && s.toks[k].text == "," {
		for m, words := k-1, 0; m > 0 && words < maxAside; m, words = m-1, words+1 {
			if b, ok := s.beforeParen(m, m-maxAside); ok {
				m = b + 1 // "..., rare at first (112 articles in 2010), numbered 486"
				continue
			}
			if t := s.toks[m]; t.text == "," {
				k = m - 1
				break
			} else if t.kind != tokWord && !(t.kind == tokNum && m > 0 && s.inQualifier(m-1)) && !(t.plain() && isYear(t.value)) && !s.prepNumber(m) {
				// a bracket, or a number that is no bound's ("those with more than 1,000
				// authors" is an aside that bounds), nor a year ("almost unknown before
				// 2000"), nor a preposition's ("drawn from 41 countries"): no aside
				return ""
			}
		}
	}
	return s.subjectEnding(k)
}

// maxAside bounds the tokens of a bracketed aside that subjectOfVerb passes over.
const maxAside = 16

// sentenceSubject returns the subject of the first verb of lexicon.TotalVerbs in the
// sentence before token i, the thing a total after it counts ("Single-author articles were
// rare throughout: 211 in all"), or "".
func (s *scanner) sentenceSubject(i int) string {
	for k := 1; k < i; k++ {
		if s.totalVerb(k) {
			return s.subjectOfVerb(k)
		}
	}
	return ""
}

// subjectOfFirstVerb returns the subject of the sentence's first verb before token i
// (verbAt), or "".
func (s *scanner) subjectOfFirstVerb(i int) string {
	for k := 1; k < i; k++ {
		if s.verbAt(k) {
			return s.subjectOfVerb(k)
		}
	}
	return ""
}

// withEndsClause reports whether the bare number at tokens [i, j) follows "with", past a
// hedge, and ends its clause: "led with 73,000, followed by China with about 68,000 and".
func (s *scanner) withEndsClause(i, j int) bool {
	if k := s.beforeQualifier(i-1, "with"); !s.wordsAt(k, "with") {
		return false
	}
	return j >= len(s.toks) || s.toks[j].kind == tokPunct && s.toks[j].text != "%" && s.toks[j].text != "(" || s.wordsAt(j, "and")
}

// objectBefore returns the object of a verb of estimating (lexicon.EstimateVerbs) that the
// number at view offset at sizes after "at" ("put its staff at 800+", "estimated the
// workforce at about 4,000"), or of a verb of raising or cutting (lexicon.RaiseVerbs) that it
// sizes after "to" or "from" ("bringing its headcount to 312", "raise the annual intake from
// 3,058 to 5,058"). "" when no such verb stands within a few words before "at", "to" or "from".
func (s *scanner) objectBefore(at int) string {
	k := s.beforeQualifier(s.tokenAt(at)-1, "at", "to", "from") // "at about 4,000"
	verbs := lexicon.EstimateVerbs
	switch {
	case s.wordsAt(k, "at"):
	case s.wordsAt(k, "to"), s.wordsAt(k, "from"):
		verbs = lexicon.RaiseVerbs // "bringing its headcount to 312", "raise the annual intake from 3,058"
	default:
		return ""
	}
	for v := k - 2; v >= 0 && v >= k-5; v-- {
		if s.toks[v].kind != tokWord {
			return ""
		}
		if s.lex.Has(verbs, strings.ToLower(s.toks[v].text)) {
			if verbs == lexicon.RaiseVerbs && s.countNounAt(k-1) && (k-2 == v || s.determinerAt(k-2)) {
				return s.earlierCounted(v) // "10 more schools, bringing the total to 22"
			}
			return s.phraseEnding(k-1, v+1)
		}
	}
	return ""
}

// countNounAt reports whether token k is a noun of lexicon.CountNouns: "total", "number".
func (s *scanner) countNounAt(k int) bool {
	return k >= 0 && s.toks[k].kind == tokWord && s.lex.Has(lexicon.CountNouns, strings.ToLower(s.toks[k].text))
}

// earlierCounted returns what the last count of the sentence before token i counts, or "".
func (s *scanner) earlierCounted(i int) string {
	if m := s.lastCountBefore(i); m >= 0 {
		if n, ok := s.parseNumber(m); ok {
			return s.countedAfter(n.j, false, false)
		}
	}
	return ""
}

// beforeQualifier returns the token before the words of qualifiers that end at token k
// ("was more than", "at about"), going back no further than a word of stop ("at", "to",
// "with": words that are part of qualifiers and of what stands before one); k itself when
// no qualifier ends there.
func (s *scanner) beforeQualifier(k int, stop ...string) int {
	for k >= 0 && s.inQualifier(k) && !s.wordsAtAny(k, stop) {
		k--
	}
	return k
}

// wordsAtAny reports whether token k is one of words.
func (s *scanner) wordsAtAny(k int, words []string) bool {
	for _, w := range words {
		if s.wordsAt(k, w) {
			return true
		}
	}
	return false
}

// inQualifier reports whether token k is a word of a qualifier's phrase ("more", "than").
func (s *scanner) inQualifier(k int) bool {
	return s.toks[k].kind == tokWord && s.lex.InQualifier(s.toks[k].text)
}

// totalVerb reports whether token k is a verb of lexicon.TotalVerbs.
func (s *scanner) totalVerb(k int) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].kind == tokWord && s.lex.HasFold(lexicon.TotalVerbs, s.toks[k].text)
}

// subjectEnding returns the noun phrase of a clause's subject that ends at token k: its head
// and up to three words before it. A prepositional phrase after the head is left out ("the
// population of the city", "attendance at the fair", "citations to these papers").
func (s *scanner) subjectEnding(k int) string { return s.phraseEnding(k, 0) }

// phraseEnding is subjectEnding for a noun phrase that starts at token from or after it: the
// object after its verb.
func (s *scanner) phraseEnding(k, from int) string {
	// The head stands before the first preposition of a chain of short prepositional
	// phrases: "Applications to PhD programmes in basic medical science fell".
	last, reach := k, k-6
	for m := k; m >= from && m > reach && (s.toks[m].kind == tokWord || s.prepNumber(m)); m-- {
		if s.wordsAt(m, "whose") || s.wordsAt(m, "which") || s.wordsAt(m, "who") || s.wordsAt(m, "whom") {
			break // "authors with a tool whose precision was": the relative clause has its own subject
		}
		if s.prepositionAt(m) && m-1 >= from && s.toks[m-1].kind == tokWord {
			last, reach = m-1, m-6
		}
	}
	if last > from && last < k && s.toks[last].kind == tokWord && strings.HasSuffix(s.toks[last].text, "ed") && s.nounAt(last-1) {
		last-- // "Patents filed by district institutions numbered 9,412": the participle's noun
	}
	if last < from || s.toks[last].kind != tokWord {
		return ""
	}
	head := strings.ToLower(s.toks[last].text)
	if s.isStopword(head) || !isPlural(head) && s.lex.Unit(head) == "" {
		return ""
	}
	first := last
	for first > from && last-first < 3 && s.toks[first-1].kind == tokWord && !s.isStopword(s.toks[first-1].text) {
		first--
	}
	return s.text[s.toks[first].start:s.toks[last].end]
}

// prepNumber reports whether token k is a number after a preposition, perhaps hedged: a
// phrase that holds it heads on the noun before the preposition ("Teams of 20 or more
// authors", "firms of over 300 staff", "Articles with more than 20 authors", "Students from
// 41 countries").
func (s *scanner) prepNumber(k int) bool {
	if s.toks[k].kind != tokNum {
		return false
	}
	for k--; k > 0 && !s.prepositionAt(k) && s.inQualifier(k); k-- {
	}
	return k >= 0 && s.prepositionAt(k)
}

// listedCounted returns what the first value of a list of names with values in brackets
// counts, for a later value in brackets that states nothing: "led by China (212 papers),
// Germany (48) and Japan (31)" counts papers throughout. Only names, commas and "and" or "or"
// may stand between the brackets.
func (s *scanner) listedCounted(n number) string {
	if n.i < 2 || s.toks[n.i-1].text != "(" || n.j >= len(s.toks) || s.toks[n.j].text != ")" || !s.capitalBefore(n.i-1) {
		return ""
	}
	for k := n.i - 2; k >= 1; k-- {
		t := s.toks[k]
		if t.text == ")" {
			o := k - 1 // the bracket's opener
			for o >= 0 && s.toks[o].text != "(" && s.toks[o].text != ")" {
				o--
			}
			if o < 0 || s.toks[o].text != "(" || !s.capitalBefore(o) {
				return ""
			}
			if v := o + 1; v+1 < k && s.toks[v].kind == tokNum && s.toks[v+1].kind == tokWord {
				return s.countedAfter(v+1, false, false) // "(212 papers)"
			}
			k = o // "(48)": a value that states nothing either
			continue
		}
		if t.kind == tokWord && (s.capitalised(t.text) || s.wordsAt(k, "and") || s.wordsAt(k, "or")) || t.text == "," {
			continue
		}
		return ""
	}
	return ""
}

// gappedCounted returns what the first value of a list counts, for a later value that a
// name leads with the verb and the noun left out: "appearing on 1,977 papers, China on
// 1,205 and Japan on 430", "Seoul had 52 laboratories, Busan 31 and Daegu 12". Each later
// item is a capitalised name, the first item's preposition when it has one, and a number;
// commas and "and" or "or" stand between the items.
func (s *scanner) gappedCounted(n number) string {
	if n.j < len(s.toks) && s.toks[n.j].kind == tokWord && !s.wordsAt(n.j, "and") && !s.wordsAt(n.j, "or") {
		return "" // a word after the value: it says what it counts, or is a phrase of its own
	}
	i, prep := n.i, ""
	for {
		k := i - 1
		if k >= 0 && s.toks[k].kind == tokWord && s.prepositionAt(k) {
			if prep != "" && !strings.EqualFold(s.toks[k].text, prep) {
				return ""
			}
			prep, k = s.toks[k].text, k-1
		} else if prep != "" {
			return "" // "China on 1,205 and Japan 430": not one list
		}
		name := k
		for k >= 0 && s.toks[k].kind == tokWord && s.capitalised(s.toks[k].text) && !s.sentenceStartAt(k) && !s.monthAt(k) {
			k--
		}
		if k == name {
			return "" // no name leads the value
		}
		sep := k
		if s.wordsAt(k-1, "followed", "by") {
			k -= 2 // "1,977 papers, followed by China on 1,205"
		}
		for k >= 0 && (s.toks[k].text == "," || s.wordsAt(k, "and") || s.wordsAt(k, "or")) {
			k--
		}
		if k == sep || k < 1 {
			return ""
		}
		if s.toks[k].kind == tokNum {
			i = k // another item of the same shape: "China on 1,205"
			continue
		}
		// The first item: its number and the words after it up to the separator, which
		// name what it counts ("1,977 papers"), after the preposition the later items repeat.
		for v := k; v >= 1 && v > k-4; v-- {
			if s.toks[v].kind != tokNum {
				continue
			}
			if prep != "" && !(s.toks[v-1].kind == tokWord && strings.EqualFold(s.toks[v-1].text, prep)) {
				return ""
			}
			return s.countedAfter(v+1, false, false)
		}
		return ""
	}
}

// bracketedComparison returns the plural noun that a comparison in brackets after it
// measures, for a bare value of it: "Women had fewer such papers on average (2.1 vs 2.6)"
// counts papers twice. "on average", "each" and "overall" may stand between.
func (s *scanner) bracketedComparison(n number) string {
	open := -1
	switch {
	case s.wordsAt(n.i-1, "(") && (s.wordsAt(n.j, "vs") || s.wordsAt(n.j, "versus")):
		open = n.i - 1 // the first value
	case s.wordsAt(n.j, ")") && (s.wordsAt(n.i-1, "vs") || s.wordsAt(n.i-1, "versus")) && n.i >= 3 && s.toks[n.i-2].kind == tokNum:
		open = n.i - 3 // the second
	case s.wordsAt(n.j, ")") && s.wordsAt(n.i-2, "vs", ".") && n.i >= 4 && s.toks[n.i-3].kind == tokNum:
		open = n.i - 4 // "(2.1 vs. 2.6)"
	}
	if open < 1 || s.toks[open].text != "(" {
		return ""
	}
	k := open - 1
	if s.wordsAt(k-1, "on", "average") {
		k -= 2
	} else if s.wordsAt(k, "each") || s.wordsAt(k, "overall") {
		k--
	}
	if !s.nounAt(k) {
		return ""
	}
	return strings.ToLower(s.toks[k].text)
}

// prepositionAt reports whether token m is a preposition that opens a phrase after a
// subject's head noun.
func (s *scanner) prepositionAt(m int) bool {
	switch strings.ToLower(s.toks[m].text) {
	case "of", "at", "in", "to", "for", "from", "by", "with", "on", "among", "between", "across":
		return true
	}
	return false
}

// numberOf finds "number of <phrase>" (or another noun of lexicon.CountNouns: "output of",
// "count of") before view offset at in the sentence, the way a sentence names what a bare
// number counts.
func (s *scanner) numberOf(at int) string {
	before := s.text[s.sent.Start:at]
	k, n := -1, 0
	for _, w := range s.lex.Words(lexicon.CountNouns) {
		if i := lastIndexFold(before, w+" of "); i > k && (i == 0 || before[i-1] == ' ') {
			k, n = i, len(w)+len(" of ")
		}
	}
	if k < 0 || strings.IndexByte(before[k:], ';') >= 0 {
		return "" // "the number of distinct authors; papers with ... (n = 412)": another clause's
	}
	from := s.sent.Start + k + n
	for j, t := range s.toks {
		if t.start >= from && t.start < at {
			return s.countedAfter(j, true, false)
		}
	}
	return ""
}

// lastIndexFold is strings.LastIndex ignoring the case of ASCII letters, for a lower-case
// ASCII sub; it allocates nothing, and its offsets are those of s, where lowering s first
// could move them.
func lastIndexFold(s, sub string) int {
	for i := len(s) - len(sub); i >= 0; i-- {
		if s[i]|0x20 == sub[0] && HasPrefixFold(s[i:], sub) {
			return i
		}
	}
	return -1
}

// hasPrefixFoldAny reports whether s starts with one of the lower-case prefixes, ignoring case.
func hasPrefixFoldAny(s string, prefixes ...string) bool {
	return slices.ContainsFunc(prefixes, func(p string) bool { return HasPrefixFold(s, p) })
}

// HasPrefixFold is strings.HasPrefix ignoring the case of ASCII letters, for a lower-case
// ASCII prefix.
func HasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if c := s[i]; c != prefix[i] && !(c >= 'A' && c <= 'Z' && c|0x20 == prefix[i]) {
			return false
		}
	}
	return true
}

// unitOf maps a counted phrase to its unit through the lexicon, by its head noun: the last
// word before "of", else the last word ("units of computer monitors" → units).
func (s *scanner) unitOf(counted string) schemas.Unit {
	if counted == "" {
		return ""
	}
	var buf [12]string // on the stack: a counted phrase has a few words
	words := buf[:0]
	for w := range strings.FieldsSeq(counted) {
		words = append(words, w)
	}
	head := len(words) - 1
	for k, w := range words {
		if w == "of" || w == "per" || (w == "with" || w == "without") && k > 0 {
			// "units of computer monitors", "subscriptions per 100 inhabitants", "papers
			// with foreign co-authors"
			head = k - 1
			break
		}
	}
	// The head noun, or failing that the nearest lexicon noun before it ("Russian
	// scientists permanently working": people); a plural head the lexicon does not know
	// counts things ("AI graduate schools").
	if head > 0 && strings.EqualFold(words[head], "numbers") {
		head-- // "student numbers" counts students
	}
	for k := head; k >= 0; k-- {
		if u := s.lex.Unit(words[k]); u != "" {
			return u
		}
		lower := strings.ToLower(words[k])
		if u := s.lex.Unit(lower); u != "" {
			return u
		}
		if _, rest, ok := strings.Cut(lower, "-"); ok && s.lex.Unit(rest) != "" {
			return s.lex.Unit(rest) // "five-year-olds": the noun the number word hyphens to
		}
		if k == head && isPlural(lower) {
			break
		}
	}
	return "count"
}

// yearsAndMonths extends "5 years" over "and 6 months" (5.5 years).
func (s *scanner) yearsAndMonths(c *candidate, j int) int {
	word := func(k int, prefix string) bool {
		return k < len(s.toks) && s.toks[k].kind == tokWord && strings.HasPrefix(strings.ToLower(s.toks[k].text), prefix)
	}
	if word(j, "year") && word(j+1, "and") && j+2 < len(s.toks) && s.toks[j+2].kind == tokNum && word(j+3, "month") {
		c.value += s.toks[j+2].value / 12
		c.end = s.toks[j+3].end
		return j + 4
	}
	return j
}

// inheritCurrency gives a scaled amount without a currency the currency of the amount
// before it in the same sentence, marking it inferred: "US$ 52M, monitors – 20M".
func inheritCurrency(cs []candidate) {
	for i := range cs {
		if cs[i].unit != schemas.UnitCount || cs[i].counted != "" || !cs[i].scaled || i == 0 {
			continue
		}
		if prev := cs[i-1].unit; prev.IsCurrency() {
			cs[i].unit, cs[i].inferred = prev, true
		}
	}
}

// northKoreanWon states in North Korean won (KPW) the amounts of a sentence written in bare
// "won" when the sentence names North Korean won for one of its amounts: "5,500 North Korean
// won ... while workers earn about 3,000 won a month". Bare "won" is South Korea's
// otherwise.
func (s *scanner) northKoreanWon(cs []candidate) {
	named := false
	for _, c := range cs {
		named = named || c.unit == "KPW" || strings.HasPrefix(c.counted, perUnit("KPW", "")) // "$1 trades at 8,200 North Korean won"
	}
	if !named {
		return
	}
	for i := range cs {
		if c := &cs[i]; c.unit == "KRW" && hasSuffixFold(s.text[c.start:c.end], " won") && !hasSuffixFold(s.text[c.start:c.end], "korean won") {
			c.unit = "KPW"
		}
	}
}

// initialismAt returns the token after an initialism of lexicon.Abbreviations written with
// periods ("U.S.", "U.K.", "U.N.") that starts at token k, or k when none does.
func (s *scanner) initialismAt(k int) int {
	t := s.toks[k]
	if t.kind != tokWord || len(t.text) != 1 || !unicode.IsUpper(rune(t.text[0])) {
		return k
	}
	end := k
	for end+1 < len(s.toks) && s.toks[end+1].text == "." && s.toks[end+1].attachedTo(s.toks[end]) {
		end += 2 // a letter and its period
		if end >= len(s.toks) || s.toks[end].kind != tokWord || len(s.toks[end].text) != 1 || !s.toks[end].attachedTo(s.toks[end-1]) {
			break
		}
	}
	if end == k || !s.lex.Has(lexicon.Abbreviations, s.text[t.start:s.toks[end-1].end]) {
		return k
	}
	return end
}
