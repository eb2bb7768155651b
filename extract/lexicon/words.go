package lexicon

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kpfigures/figures/schemas"
)

// WordSet names a list of words the lexicon holds, each in its own file.
type WordSet int

// The word sets. Those marked lower case are looked up in lower case: the caller lowers
// the word first.
const (
	References        WordSet = iota // references.tsv, lower case: words after which a number is a label ("table 3")
	Abbreviations                    // abbreviations.txt: "U.S.", where a period ends no sentence
	Months                           // months.txt, lower case: month and season names
	KeepHyphen                       // keephyphen.txt: "self" keeps its hyphen in "self-\nsufficient"
	Stopwords                        // stopwords.txt: words that end a counted noun phrase
	RangeVerbs                       // rangeverbs.txt: "ranged" from X to Y is a range, not a change
	Measures                         // measures.txt: "number", "score": nouns whose value a bare number states
	Statistics                       // statistics.txt: "p", "r": test statistics, whose values are not figures
	Participles                      // participles.txt: "trained", an -ed word that may start a counted phrase
	Determiners                      // determiners.txt: "such", a word between a number and its noun, not counted
	PlanNouns                        // plans.txt: "Plan", "Act": the head of a plan's or a law's name
	Ordinals                         // ordinals.txt, lower case: "first"
	SectionNames                     // sections.txt, lower case: "introduction", a heading that names a part of a document
	NotSubjects                      // notsubjects.txt: "IT", "GDP": capitalised words that name no one
	Openers                          // openers.txt, lower case: "moreover", a sentence adverb, not the start of a name
	NameLinks                        // namelinks.txt: "of", "and": words that join capitalised words into a name
	EventVerbs                       // eventverbs.txt: "established": verbs that date a founding or enactment
	NameArticles                     // namearticles.txt, lower case: "the", "its": words before a plan's name, not in it
	NameConnectors                   // nameconnectors.txt: "of", "on": words inside a plan's name
	Venues                           // venues.txt, lower case: "locations": nouns that count where something happens
	TimeMeasures                     // timemeasures.txt, lower case: "time to", "소요 기간": words that name a duration after them as a measure of how long a process takes
	CountNouns                       // countnouns.txt, lower case: "number", "output": nouns before "of" and the phrase a bare number after them counts
	LabelFields                      // labelfields.txt, lower case: "code", "coordinates": a record field's last word whose value is a label, never a quantity
	PersonActs                       // personacts.txt, lower case: "applications": nouns that count what people do, of their sentence's domain as a count of people is
	OtherThings                      // otherthings.txt, lower case: "patent", "특허": things whose count is no statistic of papers or training, whatever the sentence around it speaks of
	OutputVerbs                      // outputverbs.txt, lower case: "produce": verbs whose count of people after them is what training turns out
	WorkTitles                       // worktitles.txt, lower case: "preprint", "titled": words before a quoted title of a work, whose numbers count nothing of the text's
	TimeLeads                        // timeleads.txt, lower case: "after", "during": prepositions that open a sentence's lead phrase of time, whose duration is the lead's
	WorkforceVerbs                   // workforceverbs.txt, lower case: "employ", "hired": verbs whose count of people after them is a workforce, no statistic of training
	WorkforceNouns                   // workforcenouns.txt, lower case: "engineers", "staff": what such a count counts when it names no more than a workforce
	Symbols                          // symbols.txt: "Mbps", "MHz": measure symbols after a number, not names
	Dimensions                       // dimensions.txt, lower case: "long", "high": words after a length, which make "40m" metres
	TotalVerbs                       // totalverbs.txt: "numbered": verbs whose number counts the phrase before them
	ReferenceLists                   // referencelists.txt, lower case: "references", a heading over a list of works cited
	SubjectVerbs                     // subjectverbs.txt, lower case: "said", "were": verbs whose subject a number before them is
	RateWords                        // ratewords.txt, lower case: "growth", "비중": a table row's label that names a rate or share
	ArticleAbstracts                 // articleparts.txt, lower case: "abstract", the heading that opens a research article
	ArticleResults                   // articleparts.txt, lower case: "methods", "results", headings that show it reports a study
	KoreanConnectives                // ko_connectives.txt: "며", an ending that closes a Korean clause inside a sentence
	KoreanTitles                     // ko_persontitles.txt: "교수", a title a name ends with, before an age in brackets
	ChangeNouns                      // changenouns.txt, lower case: "rise", a change a percentage measures ("a 4% rise in fees")
	ChangeVerbs                      // changeverbs.txt, lower case: "fell", a change a percentage after it measures ("income fell by 47%")
	Pronouns                         // pronouns.txt, lower case: "she", a clause's subject after an age ("At 33 he")
	PartClauses                      // partclauses.txt, lower case: "of whom", a clause about a part of the figure before it
	SurveyWords                      // surveywords.txt, lower case: "survey", "조사": a title's word that names a survey of a population
	WholeArticles                    // wholearticles.txt, lower case: "the", "our": words between "of" and a whole's number ("two of our three grants")
	OrderWords                       // orderwords.txt, lower case: "top", "first": a whole's place in an order, after its article ("three of the top five places")
	RelativeTimes                    // relativetimes.txt, lower case: "ago", "later", "후": words after a duration that make it a point in time
	SpanWords                        // spanwords.txt, lower case: "for", "within": words before a duration that keep it a span
	PercentPoints                    // percentpoints.txt, lower case: "percentage points", "%p": what a difference of two percentages counts
	Modals                           // modals.txt, lower case: "will", "to": words before a verb's base form ("will double")
	Spreads                          // spreads.txt, lower case: "interquartile range", "iqr": a spread in brackets in the unit of the figure before
	Ranks                            // ranks.txt, lower case: "ranking": a data sheet's field whose number is a place in an order
	AgeNouns                         // agenouns.txt, lower case: "year-olds": nouns that name people by their age
	TimesSuffixes                    // timessuffixes.txt, lower case: "x": letters glued to digits that make a multiple ("2.5x")
	PriceLinks                       // pricelinks.txt, lower case: "=", "trades at": words after one unit of a currency that price it in another
	ExchangeLinks                    // exchangelinks.txt, lower case: "per": words between an amount and a currency that make the amount an exchange rate
	GrantDecisions                   // grantdecisions.txt, lower case: "success rate": a funder's decisions, which a research article's topic does not decide
	RankGroups                       // rankgroups.txt, lower case: "band": a group of places after a range in a sentence about a ranking
	Comparatives                     // comparatives.txt, lower case: "smaller": a difference a percentage before it measures ("20% smaller")
	LabelsAfter                      // labelsafter.txt, lower case: "min read": words after a number that make it a page's label ("5 min read")
	ShareVerbs                       // shareverbs.txt, lower case: "made up": verbs whose object, a fraction ending the clause, is a share ("made up a third")
	PageCounts                       // pagecounts.txt, lower case: "comments": a page's own count, alone between separators ("· 12 comments ·")
	HaveVerbs                        // haveverbs.txt, lower case: "has", "employed": verbs whose bare object ending a clause is a new value of a count before
	BackRefs                         // backrefs.txt, lower case: "of the total": a sentence's opening that refers to what the sentences before counted
	EstimateVerbs                    // estimateverbs.txt, lower case: "put", "estimated": verbs whose object a number after "at" sizes
	PercentWords                     // percentwords.txt, lower case: "per cent", "pc": percent written after a number
	VagueParts                       // vagueparts.txt, lower case: "most", "majority": a part stated without a number, which a number in brackets can count
	Totals                           // totals.txt, lower case: "in all", words after a bare number that make it the whole of what its sentence names
	NotPlurals                       // notplurals.txt, lower case: "overseas", "news": words in s that are no plural nouns
	RaiseVerbs                       // raiseverbs.txt, lower case: "bringing", "raised": verbs whose object a number after "to" sizes
	ComparedWith                     // comparedwith.txt, lower case: "up from", "than": words that compare a figure with a value a year after them dates
	YearNotes                        // yearnotes.txt, lower case: "est.", "안", "p": a note after a column's year that the figures under it are estimated or planned
	SpeechVerbs                      // speechverbs.txt, lower case: "said", "according to": words before a quoted source ("said one official")
	ValueColumns                     // valuecolumns.txt, lower case: "value", "수치": a table header that names no measure, only that its cells hold one
	Remainders                       // remainders.txt, lower case: "rest", "remainder": what is left of a whole once a part is taken
	KoreanListClosers                // ko_listclosers.txt: "등", a word after the last item of a Korean list, whose items are parts of what the list's clause names
	Increments                       // increments.txt, lower case: "a further", "another": words before a bare number that make it more of what the sentence counted before
	LifeVerbs                        // lifeverbs.txt, lower case: "entered", "died": verbs of a life's events, whose "at N" closing the clause is an age
	DurationStats                    // durationstats.txt, lower case: "a median of", "(median": words right before a duration that make it the value of a statistic over durations
	KoreanSourceLeads                // ko_sourceleads.txt: "결과", "따르면": the last word of a lead that names a source before a comma, which opens no clause of its own
	PeriodLeads                      // periodleads.txt, lower case: "next", "past", "최근": words before a duration that make it the time frame of a plan or a statement
	numSets
)

// NamesRate reports whether a table row's label names a rate or a share: a word of
// ratewords.txt, or a Korean word ending in 율 or 률 ("증가율", "성장률").
func (l *Lexicon) NamesRate(label string) bool {
	for _, w := range strings.Fields(label) {
		w = strings.ToLower(strings.Trim(w, "()[]:"))
		if l.sets[RateWords][w] || strings.HasSuffix(w, "율") || strings.HasSuffix(w, "률") {
			return true
		}
	}
	return false
}

// Has reports whether w is in the word set.
func (l *Lexicon) Has(set WordSet, w string) bool { return l.sets[set][w] }

// HasFold reports whether w is in the word set in any case ("CI", "ci", "Plan"), lowering
// an ASCII word on the stack rather than allocating: the scanner asks it of the word before
// every number.
func (l *Lexicon) HasFold(set WordSet, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return l.folded[set][strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return l.folded[set][strings.ToLower(w)] // "β", "χ"
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return l.folded[set][string(buf[:len(w)])]
}

// Words returns the words of a set, longest first, then in byte order: an order that does
// not change from run to run, for the lookups that try each word in turn. The slice is the
// lexicon's own, which the caller reads and never changes.
func (l *Lexicon) Words(set WordSet) []string { return l.lists[set] }

// Scale returns the scale word or suffix w ("million", "M").
func (l *Lexicon) Scale(w string) (Scale, bool) {
	sc, ok := l.scales[w]
	return sc, ok
}

// Number returns the number word w ("twelve", "one-third").
func (l *Lexicon) Number(w string) (NumWord, bool) {
	nw, ok := l.numbers[w]
	return nw, ok
}

// NumberFold is Number for a word in any case, lowered without allocating: for the words
// before every number, most of which are none.
func (l *Lexicon) NumberFold(w string) (NumWord, bool) {
	var buf [24]byte // longer than any number word
	if len(w) > len(buf) {
		return NumWord{}, false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = LowerASCII(w[i])
	}
	nw, ok := l.numbers[string(buf[:len(w)])]
	return nw, ok
}

// ScaleWordFold is Scale for a scale word in any case ("Million" in a title), lowered
// without allocating; suffixes keep their case ("M" is a million, "m" too, but "B" and "b"
// differ in some texts), so only words are looked up this way.
func (l *Lexicon) ScaleWordFold(w string) (Scale, bool) {
	var buf [24]byte
	if len(w) > len(buf) {
		return Scale{}, false
	}
	for i := 0; i < len(w); i++ {
		buf[i] = LowerASCII(w[i])
	}
	sc, ok := l.scales[string(buf[:len(w)])]
	return sc, ok && !sc.Suffix
}

// Unit returns the unit a counted head noun gives ("papers" → papers), or "".
func (l *Lexicon) Unit(noun string) schemas.Unit { return l.units[noun] }

// HTMLKinds returns how an HTML element or class word is read (html.tsv).
func (l *Lexicon) HTMLKinds(w string) []string { return slices.Clone(l.html[w]) }

// Currencies gives the currency phrases, longest first.
func (l *Lexicon) Currencies() []Currency { return l.currencies }

// CurrenciesBeforeEndingWith returns the currencies written before an amount ("US$") whose
// phrase ends with byte c, longest first.
func (l *Lexicon) CurrenciesBeforeEndingWith(c byte) []Currency { return l.currencyBefore[c] }

// CurrenciesAfterStartingWith returns the currencies written after an amount ("won",
// "Swiss francs", "cents") whose phrase starts with byte c, longest first.
func (l *Lexicon) CurrenciesAfterStartingWith(c byte) []Currency { return l.currencyAfter[c] }

// Qualifiers gives the hedges and bounds written before a number, longest first.
func (l *Lexicon) Qualifiers() []Qualifier { return l.qualifiers }

// PostQualifiers gives the bounds written after a number ("or more").
func (l *Lexicon) PostQualifiers() []PostQualifier { return l.postQualifiers }

// Names gives the rules by which a number names a model ("486 computers").
func (l *Lexicon) Names() []NameRule { return l.names }

// MoneyWordsStartingWith returns the money words whose first word is w (lower case), in
// file order. The slice is the lexicon's own, which the caller reads and never changes.
func (l *Lexicon) MoneyWordsStartingWith(w string) []MoneyWord { return l.moneyFirst[w] }

// NamesMoney reports whether the lower-case word w names money on its own: a strong
// one-word entry of moneykinds.tsv ("budget", "revenues", "GDP", "예산").
func (l *Lexicon) NamesMoney(w string) bool {
	for _, m := range l.moneyFirst[w] {
		if !m.Weak && len(m.Words) == 1 {
			return true
		}
	}
	return false
}

// MoneyWords returns every money phrase of moneykinds.tsv, in file order.
func (l *Lexicon) MoneyWords() []MoneyWord { return l.moneyWords }

// Korean returns the words of Korean numbers.
func (l *Lexicon) Korean() *Korean { return &l.korean }

// The lookups below and the lists above serve the scanner's inner loops: they return the
// lexicon's own slices, which the caller reads and never changes.

// CategoriesStartingWith returns the category keywords whose first byte is c, in lexicon order.
func (l *Lexicon) CategoriesStartingWith(c byte) []CategoryKeyword { return l.categoryFirst[c] }

// CategoryHeads returns the category keywords that also match as the last part of a
// compound word, before its particle ("단과대학에서" holds 대학), in lexicon order.
func (l *Lexicon) CategoryHeads() []CategoryKeyword { return l.categoryHeads }

// QualifiersEndingWith returns the qualifiers whose phrase ends with byte c (lower case),
// longest first.
func (l *Lexicon) QualifiersEndingWith(c byte) []Qualifier { return l.qualifierLast[c] }

// InQualifier reports whether the word w, in any case, is a word of a qualifier's phrase
// ("more", "than", "about"), without allocating.
func (l *Lexicon) InQualifier(w string) bool {
	found, n, _ := lookupLower(l.qualifierWords, w)
	return found && n == len(w)
}

// BoilerplateStartingWith returns the furniture patterns whose first byte is c (lower
// case for an ASCII letter).
func (l *Lexicon) BoilerplateStartingWith(c byte) []BoilerplatePattern {
	return l.boilerplateFirst[c]
}

// StartLetter reports whether a word starting with byte c may start a number word.
func (l *Lexicon) StartLetter(c byte) bool { return l.startLetters[c] }

// WithoutBoilerplate returns a lexicon with the same tables but no furniture patterns: for
// reading again a span the furniture rules dropped, to count what dropping it cost.
func (l *Lexicon) WithoutBoilerplate() *Lexicon { return l.plain }
