package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/schemas"
)

// candidate is a figure being assembled, in view offsets.
type candidate struct {
	start, end int
	value      float64
	low, high  float64
	isRange    bool
	qualifier  string
	unit       schemas.Unit
	inferred   bool
	counted    string
	subject    bool // counted names the subject before the figure ("Landlines fell to 3")
	predicate  bool // counted names what the figure's things are, after a copula ("30 were women")
	column     bool // counted is the header of the table column the figure is a cell of
	rowLabel   bool // ... or, under a column of years or values, its row's label
	year       int  // the year its table column's header states, 0 when none
	scaled     bool // carried a scale word or suffix ("38M"), so it is an amount even without a noun
	// The sentence that stated the count this one refers back to ("raise that to 3,000"),
	// whose words are context for it; zero when none.
	recalledFrom document.Span
}

// scanner finds the figures of one sentence.
type scanner struct {
	lex   *lexicon.Lexicon
	text  string // the whole view text
	sent  document.Span
	toks  []token
	out   []candidate // scan's results, appended to this slice's start: the Finder's, reused
	table *tableRow   // when the sentence is a data row of a markdown table
	label string      // when the sentence is a data-sheet record, its label (see recordLabel)
	// The record's label names a field of labels ("Coordinates", "Country code"): none of
	// its numbers is a quantity. Decided once per sentence, not per number.
	labelsOnly bool
	lead       string // when the sentence is an item of a list, the noun its lead counts (see listTracker)
	// The sentence, or the record it is a line of, ends with a note of estimate ("(2020 est.)").
	estimated bool
	// The unit declared over the table the sentence is a row of ("(단위: 억 원)"), or nil.
	declared *unitDeclaration

	// The currency of the document's last amount that stated one: a data sheet writes it
	// on some lines and leaves it out on others ("Budget: revenues: 459.7 billion").
	currency schemas.Unit
	// The counts of the sentences just before, and the figures of this one found so far,
	// which a bare "the 19" may restate (recall.go).
	recent []recalled
	here   []candidate
	// A figure of the sentence so far counts something: "of them" after it is a part of that,
	// not of the sentences before ("23 papers, 17 of them in domestic journals").
	namedHere bool
}

// number is a number parsed from tokens [i, j).
type number struct {
	i, j     int
	value    float64
	scale    float64      // the scale word or suffix applied, 1 when none
	word     bool         // spelled out
	fraction bool         // "one-tenth": a share, in percent points
	duration schemas.Unit // "three-year": the unit the hyphenated word carries
	plain    bool         // bare digits: no separators, decimals or scale (so possibly a year or label)
	symbol   string       // "km" in "40km": a measure's symbol glued to the digits, what they count
	percent  bool         // "40pc": a word for percent glued to the digits
	times    bool         // "2.5x": a multiple, its letter glued to the digits
	strong   bool         // "1.5 million-strong": the size of a body of people, its scale word hyphenated to "strong"
	post     string       // "$100 million-plus": the qualifier of a bound hyphenated to the scale word
	compound string       // "two-author": the plural of the noun a hyphenated number word counts ("authors")
}

func (s *scanner) scan() []candidate {
	out := s.out[:0]
	s.namedHere = false
	for i := 0; i < len(s.toks); {
		// Only a number, or a word that can start one ("twelve", "a dozen", "twice"), can
		// start a figure: pass the rest without the work of trying.
		if t := &s.toks[i]; t.kind == tokPunct || t.kind == tokWord && !s.lex.MayStartNumber(s.text[t.start:s.sent.End]) &&
			!s.lex.Korean().StartsNumber(t.text) {
			i++
			continue
		}
		s.here = out
		c, next, ok := s.figureAt(i)
		if ok && c.unit.IsCurrency() {
			if r, after, rate := s.rateAfterPrice(c, next); rate {
				// "($1 = 1,379.0000 won)": the rate a news agency notes; the dollar it prices
				// is no figure, the won it costs a rate
				c, next = r, after
			} else if other, end, rate := s.exchangeRateAfter(c.end); rate {
				// "₩1,306 per US dollar": a price of one currency in another, no money;
				// the "US$1" it is priced against is no figure either
				c.unit, c.counted = schemas.UnitCount, perUnit(c.unit, other)
				for next < len(s.toks) && s.toks[next].start < end {
					next++
				}
			} else if other, rate := s.oneUnitPricedBefore(s.tokenAt(c.start)); rate && other != c.unit {
				// "A dollar bought 1,380 won": the won one dollar costs
				c.unit, c.counted = schemas.UnitCount, perUnit(c.unit, other)
			}
		}
		if ok {
			if s.declared != nil {
				c = s.inDeclared(c, s.declared)
			}
			out = append(out, inReleasedUnits(s.withUnitWord(c)))
			s.namedHere = s.namedHere || c.counted != ""
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
	out = s.koreanDurationRanges(out)
	s.samplesOfSubjects(out)
	s.measuresInBrackets(out)
	s.inheritCounted(out)
	s.restatedCounts(out)
	s.northKoreanWon(out)
	if s.estimated {
		// "Telephones - fixed lines: 1.18 million (2020 est.)": a data sheet's note of
		// estimate hedges every value of its record.
		for k := range out {
			if out[k].qualifier == "exact" {
				out[k].qualifier = "approx"
			}
		}
	}
	return out
}

// averagePer reports whether c is a statistic of the count prev per thing: an average's
// phrase (lexicon.DurationStats: "an average of") set off after prev by a comma before c,
// "per" and a word after c, at token after.
func (s *scanner) averagePer(prev, c candidate, after int) bool {
	if !s.wordsAt(after, "per") || after+1 >= len(s.toks) || s.toks[after+1].kind != tokWord {
		return false
	}
	between := strings.TrimRight(s.text[prev.end:c.start], " ")
	if strings.ContainsAny(between, ";:()") {
		return false // "...; rooms held a mean of 30 per floor": a clause of its own
	}
	for _, p := range s.lex.Words(lexicon.DurationStats) {
		if hasSuffixFold(between, p) && strings.HasSuffix(strings.TrimRight(between[:len(between)-len(p)], " "), ",") {
			return true
		}
	}
	return false
}

// rateAfterPrice reads the exchange rate after the amount c, one unit of a currency, that
// a pricing word (pricelinks.txt) and an amount of another currency price: "$1 = 1,379.0000
// won", as news agencies note it, "$1 trades at about 8,200 North Korean won". It returns
// the rate, a count of the other currency per c's, and the token after it.
func (s *scanner) rateAfterPrice(c candidate, next int) (candidate, int, bool) {
	if c.value != 1 || c.isRange {
		return candidate{}, 0, false
	}
	first, ok := s.priceLinkAt(next)
	// the amount, perhaps after a hedge ("at about 8,200 won")
	for k := first; ok && k < min(first+3, len(s.toks)); k++ {
		if s.toks[k].kind == tokPunct && strings.Contains(",;:()", s.toks[k].text) {
			break
		}
		if r, after, ok := s.figureAt(k); ok {
			if !r.unit.IsCurrency() || r.unit == c.unit || r.isRange {
				break
			}
			r.counted, r.unit = perUnit(r.unit, c.unit), schemas.UnitCount
			return r, after, true
		}
	}
	return candidate{}, 0, false
}

// oneUnitPricedBefore returns the currency of one unit of it, written with an article ("a
// dollar"), before a pricing word that ends just before token k: "A dollar bought 1,380
// won". ("One dollar" is a number, which rateAfterPrice reads.)
func (s *scanner) oneUnitPricedBefore(k int) (schemas.Unit, bool) {
	for a := k - 2; a >= 0 && a >= k-6; a-- {
		if !s.wordsAt(a, "a") && !s.wordsAt(a, "an") {
			continue
		}
		if cur, end, ok := s.currencyAfter(s.toks[a].end); ok {
			if after, ok := s.priceLinkAt(s.tokenAfter(end)); ok && after == k {
				return cur.Code, true
			}
		}
	}
	return "", false
}

// priceLinkAt returns the token after the longest pricing word (pricelinks.txt: "=", "trades
// at") that starts at token k, and whether one does.
func (s *scanner) priceLinkAt(k int) (int, bool) {
	after := -1
	for _, p := range s.lex.Words(lexicon.PriceLinks) {
		if s.phraseAt(k, p) {
			after = max(after, k+phraseWords(p))
		}
	}
	return after, after >= 0
}

// perUnit is what an exchange rate counts: the units of one currency per one of another,
// "KRW per USD".
func perUnit(of, per schemas.Unit) string { return string(of) + " per " + string(per) }

// exchangeRateAfter reports whether the text after view offset end, the end of an amount,
// links it to another currency (exchangelinks.txt): "per US dollar", "to the euro", or one
// unit of it, "per US$1". It returns that currency and the view offset after it.
func (s *scanner) exchangeRateAfter(end int) (schemas.Unit, int, bool) {
	rest := strings.TrimLeft(s.text[end:s.sent.End], " ")
	link := ""
	for _, w := range s.lex.Words(lexicon.ExchangeLinks) {
		if len(w) > len(link) && HasPrefixFold(rest, w+" ") {
			link = w
		}
	}
	if link == "" {
		return "", 0, false
	}
	space := s.sent.End - len(rest) + len(link) // the space after the link
	if c, after, ok := s.currencyAfter(space); ok && !c.Hundredth {
		return c.Code, after, true
	}
	if k := s.tokenAt(space + 1); k >= 0 {
		if code, num, ok := s.currencyAfterTok(k); ok && s.toks[num].plain() && s.toks[num].value == 1 {
			return code, s.toks[num].end, true // "per US$1"; "per $100 spent" is a rate of spending
		}
	}
	return "", 0, false
}

// restatedCounts gives a large bare count that its sentence says nothing of what the count
// of the same value named in a sentence before counted: "... 150,000 specialists by 2031. A
// plan in 2022 set a target of 150,000 as well".
func (s *scanner) restatedCounts(cs []candidate) {
	for i := range cs {
		c := &cs[i]
		if c.unit != schemas.UnitCount || c.counted != "" || c.isRange || c.value < restatedAtLeast || isYear(c.value) {
			continue
		}
		if r, ok := s.recall(c.value); ok && r.sentence.End <= s.sent.Start {
			c.counted, c.unit, c.recalledFrom = r.counted, r.unit, r.sentence
		}
	}
}

// restatedAtLeast is the least value that, bare, restates the count of the same value named
// before: a small number repeats by chance.
const restatedAtLeast = 1000

// withUnitWord extends c's text over the words for its unit when the bare number would
// misread: a multiple's "times" ("1.8 times as often"), a difference's "percentage points",
// and a unit of time when the release converts it ("12 weeks" is 84 days, "two decades" 20
// years) or the number is an article ("almost a decade"). A reader citing the text needs
// the words to see the value.
func (s *scanner) withUnitWord(c candidate) candidate {
	switch {
	case c.unit == schemas.UnitCount && c.counted == Times:
		if k := s.tokenAfter(c.end); k < len(s.toks) && s.toks[k].kind == tokWord && strings.EqualFold(s.toks[k].text, Times) {
			c.end = s.toks[k].end
		}
	case c.unit == schemas.UnitCount && (s.lex.HasFold(lexicon.PercentPoints, c.counted) || strings.EqualFold(c.counted, "points")):
		// "rose 0.5 percentage points", "1.2 points": a difference of percentages
		if rest := strings.TrimPrefix(s.text[c.end:s.sent.End], " "); HasPrefixFold(rest, c.counted) {
			c.end = s.sent.End - len(rest) + len(c.counted)
		}
	case c.unit == schemas.UnitDecades || c.unit == schemas.UnitWeeks || c.unit.IsDuration() && s.articleEndsAt(c.end):
		k := s.tokenAfter(c.end)
		if k+1 < len(s.toks) && s.toks[k].text == "-" && s.toks[k].attachedTo(s.toks[k-1]) && s.toks[k+1].attachedTo(s.toks[k]) {
			k++ // "a two-week course"
		}
		if k < len(s.toks) && s.toks[k].kind == tokWord && s.lex.Unit(strings.ToLower(s.toks[k].text)) == c.unit {
			c.end = s.toks[k].end
		}
	}
	return c
}

// tokenAfter returns the index of the first token that starts at or after view offset at,
// or len(s.toks).
func (s *scanner) tokenAfter(at int) int {
	return sort.Search(len(s.toks), func(k int) bool { return s.toks[k].start >= at })
}

// articleEndsAt reports whether the token that ends at view offset end is "a" or "an".
func (s *scanner) articleEndsAt(end int) bool {
	k := s.tokenEnding(end)
	return k >= 0 && (strings.EqualFold(s.toks[k].text, "a") || strings.EqualFold(s.toks[k].text, "an"))
}

// inReleasedUnits states c in the units the release uses for time: decades as years ("two
// decades" is 20 years), weeks as days ("a two-week course" is 14 days), and hours as a
// count of hours, a measure like km ("21.7 hours a week"), as the labelling rules have it.
func inReleasedUnits(c candidate) candidate {
	switch c.unit {
	case schemas.UnitDecades:
		c.unit, c.value, c.low, c.high = schemas.UnitYears, 10*c.value, 10*c.low, 10*c.high
	case schemas.UnitWeeks:
		c.unit, c.value, c.low, c.high = schemas.UnitDays, 7*c.value, 7*c.low, 7*c.high
	case schemas.UnitHours:
		c.unit = schemas.UnitCount
		switch {
		case c.counted == "" || c.counted == "시간":
			c.counted = "hours"
		case !HasPrefixFold(c.counted, "hour"):
			c.counted = "hours of " + c.counted // "24-hour access"
		}
	}
	return c
}

// pastParen returns the token after the ")" that closes a "(" at token j, looking no
// further than token end, and whether there is one.
func (s *scanner) pastParen(j, end int) (int, bool) {
	if j >= len(s.toks) || s.toks[j].text != "(" {
		return j, false
	}
	for k := j + 1; k < min(end, len(s.toks)); k++ {
		if s.toks[k].text == ")" {
			return k + 1, true
		}
	}
	return j, false
}

// beforeParen returns the token before the "(" that opens a ")" at token k, looking no
// further back than token start, and whether there is one: pastParen backwards.
func (s *scanner) beforeParen(k, start int) (int, bool) {
	if k < 0 || k >= len(s.toks) || s.toks[k].text != ")" {
		return k, false
	}
	for m := k - 1; m >= max(start, 0); m-- {
		switch s.toks[m].text {
		case "(":
			return m - 1, true
		case ")":
			return k, false
		}
	}
	return k, false
}

// tokenAt returns the index of the token that starts at view offset at, or -1. The tokens
// are in the order of the text, so a binary search finds it: the rules ask this for every
// candidate, and for the candidates before each.
func (s *scanner) tokenAt(at int) int {
	k := s.tokenAfter(at)
	if k < len(s.toks) && s.toks[k].start == at {
		return k
	}
	return -1
}

// tokenEnding returns the index of the token that ends at view offset at, or -1.
func (s *scanner) tokenEnding(at int) int {
	k := sort.Search(len(s.toks), func(k int) bool { return s.toks[k].end >= at })
	if k < len(s.toks) && s.toks[k].end == at {
		return k
	}
	return -1
}

// partVerbAt reports whether the number at token i, after "of which" or "of whom", is the
// subject of the past verb at token j: "73 cases, of which 41 involved children" counts
// cases, whatever the verb's object.
func (s *scanner) partVerbAt(i, j int) bool {
	if i < 2 || j >= len(s.toks) || !(s.wordsAt(i-2, "of", "which") || s.wordsAt(i-2, "of", "whom")) {
		return false
	}
	w := s.toks[j].text
	return s.lex.Has(lexicon.SubjectVerbs, w) || strings.HasSuffix(w, "ed") && s.lex.Unit(w) == ""
}

// inDeclared states c in the unit declared over its table, d, as the cell's column or row
// takes it.
func (s *scanner) inDeclared(c candidate, d *unitDeclaration) candidate {
	rate := c.column && s.lex.NamesRate(c.counted)
	switch {
	case rate && (d.percent || d.unit == schemas.UnitPercent):
		// a column headed "증감률" or "Growth" under "(단위: 억 원, %)"; a row "비중" whose
		// declaration is the percent of its caption's
		return percentRow.apply(c)
	case rate && s.namesChange(c.counted):
		return d.apply(c) // "증감", "Change" under "(단위: 억 원)": the difference, in the table's unit
	case rate || c.column && HasPrefixFold(c.counted, "per "):
		return c // "Per 100 people", "Growth" under "(thousands)": a rate, not in the table's unit
	case d.money != nil && s.namesMoney(c.counted):
		return d.money.apply(c) // the row "예산" under "(단위: 명, 억 원)"
	}
	return d.apply(c)
}

// namesChange reports whether a column's header is a noun of change (changenouns.txt) and
// no rate by its ending (증감률, 증가율): "증감", "Change", "Difference".
func (s *scanner) namesChange(header string) bool {
	words := strings.Fields(header)
	for _, w := range words {
		if strings.HasSuffix(w, "율") || strings.HasSuffix(w, "률") {
			return false
		}
	}
	return len(words) == 1 && s.lex.HasFold(lexicon.ChangeNouns, words[0])
}

// measureNoun reports whether counted is no more than the name of a measure, singular or
// plural (lexicon.Measures: "average", "averages", "rate").
func (s *scanner) measureNoun(counted string) bool {
	return counted != "" && (s.lex.HasFold(lexicon.Measures, counted) || s.lex.HasFold(lexicon.Measures, strings.TrimSuffix(counted, "s")))
}

// comparedBetween reports whether the text between offsets from and to holds a word of
// lexicon.ComparedWith ("compared with", "against", "versus").
func (s *scanner) comparedBetween(from, to int) bool {
	if from >= to {
		return false
	}
	between := " " + strings.ToLower(s.text[from:to]) + " "
	return slices.ContainsFunc(s.lex.Words(lexicon.ComparedWith), func(w string) bool { return strings.Contains(between, " "+w+" ") })
}

// inheritCounted gives a bare number the counted noun and unit of the value before it in
// the same sentence when it counts the same thing: a part of the whole named first ("Of the
// 250 papers, 212 had"), or another value of the same measure ("from 8,200 pupils in 2005 to
// 11,900 in 2015", "82,000 articles, up from 45,000", "matched 41,290 of them", "one study
// counted 19 papers, and a later one found 326", "4,200 freshmen, 300 more than last
// year"). Shares and
// amounts keep their own (a share's counted noun is its whole, and currencies are inherited
// by inheritCurrency).
func (s *scanner) inheritCounted(cs []candidate) {
	for i := 1; i < len(cs); i++ {
		c, prev := &cs[i], cs[i-1]
		first, after := s.tokenAt(c.start), s.tokenEnding(c.end)+1 // c's first token and the one after it
		if prev.isRange && i >= 2 && !cs[i-2].isRange {
			prev = cs[i-2] // "9 (range 3–22) for men and 14 for women": the range is 9's spread
		}
		if prev.counted == Times && c.counted == "" {
			continue // "grew thirtyfold, from 48 to 1,461": a count after a multiple counts no times
		}
		if p := &cs[i-1]; p.unit == schemas.UnitCount && (p.counted == "" || s.lex.HasFold(lexicon.Measures, p.counted)) && !p.isRange && s.fromTo(*p, *c) &&
			(c.unit.IsDuration() || c.counted != "" && countsThings(c.unit) && !c.isRange) {
			// "extended from eleven to twelve years", "rose from 120 to 180 engineers", "from
			// 700 to more than 1,500 workers": the start counts what the end does, in its unit
			p.unit, p.counted = c.unit, c.counted
		}
		if p := &cs[i-1]; p.unit == schemas.UnitPercent && c.unit == schemas.UnitPercent && p.counted == "" && c.counted != "" && !p.isRange && s.fromTo(*p, *c) {
			// "rose from 2.1% to 4.8% of gross domestic product": both shares of the same whole
			p.counted = c.counted
		}
		if c.unit.IsCount() && c.counted == "" && !c.isRange && s.wordsAt(first-1, "from") && s.gappedChange(first-1) {
			if m, ok := s.earlierChange(cs, i); ok {
				// "from 5 to 8 authors; in civil engineering, from 3 to 4": the change the
				// gap repeats says what both ends count
				c.unit, c.counted = m.unit, m.counted
				continue
			}
		}
		if c.unit.IsCount() && c.counted == "" && !c.isRange && prev.counted != "" && countsThings(prev.unit) && !prev.isRange &&
			(s.fromTo(prev, *c) || s.changedTo(first)) {
			// "from 90 students to 140", "peaked at 0.92 papers per member a year, and fell to
			// 0.61": the end, the new level, counts what the value before does
			c.unit, c.counted = prev.unit, prev.counted
			continue
		}
		if p := &cs[i-1]; first > 0 && s.toks[first-1].text == "/" && s.toks[first-1].start == p.end && s.toks[first].attachedTo(s.toks[first-1]) {
			// "Of the respondents, 23/54 (43%) ...", "49/67 papers": a part and its whole
			// count the same thing, whichever of them names it
			if c.unit == schemas.UnitCount && c.counted == "" && p.counted != "" && countsThings(p.unit) {
				c.unit, c.counted = p.unit, p.counted
				continue
			}
			if p.unit == schemas.UnitCount && p.counted == "" && c.counted != "" && countsThings(c.unit) {
				p.unit, p.counted = c.unit, c.counted
			}
		}
		if c.unit.IsCount() && !c.isRange && prev.counted != "" && countsThings(prev.unit) && !prev.isRange && s.averagePer(prev, *c, after) {
			// "trained 2,340 technicians, an average of 111 per project": the average is of
			// the technicians the count before named, per project
			c.unit, c.counted = prev.unit, prev.counted+" per "+s.toks[after+1].text
			continue
		}
		if e, ok := s.listedSubject(cs[:i], first, after); ok {
			// "312 stayed on for a doctorate, 205 joined start-ups and 96 went abroad": the
			// same subject in each clause, "joined" a verb as "stayed" was
			c.unit, c.counted = e.unit, e.counted
			continue
		}
		if e, ok := s.repeatedFrame(cs[:i], first); ok && c.unit.IsCount() {
			// "teams of two to five authors ...; for teams of 6–20 it was 39%": the frame
			// repeated, what it holds left out
			c.unit, c.counted = e.unit, e.counted
			continue
		}
		if m := s.gappedDurationOf(first, after); m >= 0 && c.unit.IsCount() && c.counted == "" {
			// "one year of kindergarten, five of primary school": the unit of the first item
			unit := strings.ToLower(s.toks[m+1].text)
			c.unit, c.counted = s.lex.Unit(unit), unit
			continue
		}
		if k := s.gappedFrom(first, after); k > 0 && c.counted == "" {
			// "excluded 1,020 papers with more than 100 authors and 87 with missing
			// affiliations": the count before the preposition the gap repeats
			for m := i - 1; m >= 0; m-- {
				if cs[m].end <= s.toks[k].start {
					prev = cs[m]
					break
				}
			}
		}
		if prev.value == 1 && !prev.isRange && s.ofThemAt(after) {
			// "75 had at least one foreign co-author; China appeared on 58 of them": them are
			// the many counted before the one
			for m := i - 2; m >= 0; m-- {
				if cs[m].value != 1 && cs[m].counted != "" {
					prev = cs[m]
					break
				}
			}
		}
		if p := &cs[i-1]; c.unit.IsCurrency() && p.unit.IsCount() && !p.isRange && s.isCurrencyWord(strings.ToLower(p.counted)) {
			// "from 200 to 340 dollars": the first took the currency's word as its noun
			p.unit, p.counted, p.inferred = c.unit, "", true
		}
		if c.unit.IsCount() && c.counted == "" && !c.isRange && (prev.unit.IsDuration() || prev.unit.IsCurrency() || prev.counted != "" && countsThings(prev.unit)) &&
			(s.changeEnd(first) || s.alternativeAt(first) || s.incrementAt(first) && s.clauseEndsAt(s.pastRate(after))) {
			// "from 10 years to three", "from $200 to 340": the unit of the value it changed
			// from; "five years, or six for the mining course": of the value it stands for;
			// "takes a further three", "will hire another 20": of the value it adds to
			c.unit, c.counted, c.inferred = prev.unit, prev.counted, prev.unit.IsCurrency()
			continue
		}
		if c.unit.IsCount() && !c.isRange && !prev.isRange && countsThings(prev.unit) && prev.counted != "" && !s.measureNoun(prev.counted) &&
			s.measureNoun(c.counted) && s.comparedBetween(prev.end, c.start) {
			// "averaged 23 pupils ..., compared with OECD averages of 21": the same measure
			// elsewhere, counting what the value it is compared with counts
			c.unit, c.counted = prev.unit, prev.counted
			continue
		}
		if c.unit.IsCount() && c.counted == "" && !c.isRange && !prev.isRange && countsThings(prev.unit) && s.pairedValue(first, after) && s.tokenEnding(prev.end) == first-2 {
			// "averages of 21 and 23": the second value counts what the first does
			c.unit, c.counted = prev.unit, prev.counted
			continue
		}
		if c.unit.IsCount() && c.scaled && !c.isRange && prev.unit.IsCurrency() && (s.wordsAt(first-2, "of", "which") || s.wordsAt(first-2, "of", "that")) {
			// "The fund has 2 trillion won, of which 500 billion goes to start-ups": a part of
			// the amount, in its currency
			c.unit, c.counted, c.inferred = prev.unit, "", true
			continue
		}
		if c.unit == schemas.UnitPercent && c.counted == "" && prev.counted != "" && !prev.unit.IsCurrency() &&
			(s.ofThemAt(after) || !prev.unit.IsDuration() && prev.unit != schemas.UnitPercent && !s.lex.Korean().Counter(prev.counted) &&
				strings.TrimSpace(s.text[prev.end:c.start]) == "(") {
			// "412 papers, about a quarter of them ...": a share of those papers; "23,129
			// (37.7%) were women": the count's share of what it counts
			c.counted = prev.counted
			continue
		}
		if c.unit.IsCount() && c.counted == "" && s.sampleSize(*c) && s.measureOfAt(s.tokenAt(prev.start)-1) {
			if head := lowerOpening(s.subjectOfFirstVerb(s.tokenAt(prev.start))); head != "" {
				// "Teams had a mean of 5.2 authors (n = 1,204)": the sample counts what the
				// measure is taken over, the sentence's subject, not what it measures
				c.counted, c.unit = head, s.unitOf(head)
				continue
			}
		}
		if c.unit.IsCount() && c.counted == "" && s.sampleSize(*c) {
			if head := s.nounBeforeWith(prev); head != "" {
				// "papers with more than 100 authors (n = 412)": the sample counts the noun
				// the phrase is about, not the authors its number measures it by
				c.counted, c.unit = head, s.unitOf(head)
				continue
			}
		}
		if c.unit.IsCount() && c.counted == "" && !c.isRange && s.yearValueAt(first) && !prev.isRange {
			// "31 universities were ranked (2025: 34)", "exports of $4.2 billion (2022: 3.8)":
			// the measure before, in another year
			c.unit, c.counted, c.inferred = prev.unit, prev.counted, prev.unit.IsCurrency()
			continue
		}
		if c.unit.IsCount() && c.counted == "" && prev.counted != "" && (s.sampleSize(*c) && !prev.unit.IsDuration() || s.countInParens(*c)) {
			// "two thirds of respondents (n = 428)": the sample counts the share's whole;
			// "two thirds of respondents (782)" counts its part, of the same things. A
			// sample counts no time: "people older than 60 (n = 37)" are 37 people.
			c.counted = prev.counted
			c.unit = s.unitOf(c.counted)
			continue
		}
		if whole, ok := s.wholeOfBracketedPart(cs, i); ok {
			// "1,043 papers, of which roughly a third (352) had", "Of the 600 applicants, a
			// third (212) were admitted": the share and its count are a part of the whole
			// counted before them
			c.counted, c.unit = whole.counted, s.unitOf(whole.counted)
			cs[i-1].counted = whole.counted
			continue
		}
		if c.unit.IsCount() && c.counted == "" && prev.unit == schemas.UnitPercent && prev.counted != "" && s.partAfter(*c) {
			// "About a third of the graduates stayed, and 26 moved abroad": another part of the share's whole
			c.counted = prev.counted
			c.unit = s.unitOf(c.counted)
			continue
		}
		if c.unit == schemas.UnitPercent && prev.unit == schemas.UnitPercent && c.counted == "" && prev.counted != "" &&
			!c.isRange && (s.comparedWith(prev, *c) || (s.parallelShare(first) || s.wordsAt(first, "a") && s.parallelShare(first+1)) && !s.determinerAt(after)) {
			// "4.9% of GDP in 2021, against 2.7% in 2011", "a quarter of her papers ..., and a
			// tenth with ...": a share of the same whole ("and half the usual rate" names its own)
			c.counted = prev.counted
			continue
		}
		if c.unit.IsCount() && c.counted == "" && !c.isRange {
			// "3,120 had more than 50 authors and 214 had more than 1,000": the subject and
			// the object of the same verb before count the same things
			if s.verbAt(after) && !s.copulaAt(after) {
				if m, ok := s.sameVerbBefore(cs, i, after, true); ok {
					c.unit, c.counted = m.unit, m.counted
					continue
				}
			}
			if s.verbAt(first - 1) {
				if m, ok := s.sameVerbBefore(cs, i, first-1, false); ok {
					c.unit, c.counted = m.unit, m.counted
					continue
				}
			}
		}
		if w, ok := s.wholeOfBracketed(cs, i); ok {
			// "38 joint projects in fields ranging from agriculture (14) to IT (9)": the
			// parts of the count named before them
			c.unit, c.counted = w.unit, w.counted
			continue
		}
		if m, ok := s.measureBeforeFrame(cs, i); ok && c.unit.IsCount() && c.counted == "" && !c.isRange && s.comparedWith(prev, *c) {
			// "a median of 11 papers in the ten years after their degree, against 2 for those
			// in industry": compared with the measure, not with the time it was counted in
			c.unit, c.counted = m.unit, m.counted
			continue
		}
		if !c.unit.IsCount() || c.isRange || prev.counted == "" || prev.predicate ||
			prev.unit == schemas.UnitPercent || prev.unit.IsCurrency() || prev.unit.IsDuration() {
			continue // ("30 were women, and 20 were aged over 40": 20 are no women)
		}
		switch lead := cs[0]; {
		case s.partOfLead(lead, *c) && (i == 1 || c.counted == ""):
			// "Of the roughly 1,700 students admitted to four institutes, 268 dropped out"
			c.unit, c.counted = lead.unit, lead.counted
		case c.counted == "" && (s.comparedWith(prev, *c) || s.partAfter(*c) || s.wholeOfPart(first, c.value) ||
			s.elidedObject(first, after) || s.repeatedVerbObject(first, after) || s.yearLeadAt(first) || s.parallelObject(first, first+1) || s.alternativeAt(first) || s.otherPartAt(first) ||
			!c.isRange && s.differenceAt(first+1)):
			c.unit, c.counted = prev.unit, prev.counted
		}
	}
}

// measureBeforeFrame returns the count before cs[i-1] when cs[i-1] is only the time it was
// counted in: a duration after a word of spanwords.txt or "in" (and perhaps "the", "their
// first"), in the same clause as the count ("11 papers in the ten years after their degree",
// "12 citations within five years").
func (s *scanner) measureBeforeFrame(cs []candidate, i int) (candidate, bool) {
	if i < 2 || !cs[i-1].unit.IsDuration() {
		return candidate{}, false
	}
	at := i - 2
	for at > 0 && s.inParens(s.tokenAt(cs[at].start)) {
		at-- // "9 papers (interquartile range 5–15) in the five years": past the aside
	}
	m := cs[at]
	if m.counted == "" || m.isRange || !countsThings(m.unit) || strings.ContainsAny(withoutAsides(s.text[m.end:cs[i-1].start]), ",;:") {
		return candidate{}, false
	}
	k := s.tokenAt(cs[i-1].start) - 1
	for k >= 0 && (s.wordsAt(k, "the") || s.wordsAt(k, "their") || s.wordsAt(k, "its") || s.wordsAt(k, "first") || s.wordsAt(k, "last")) {
		k--
	}
	if k < 0 || !(s.wordsAt(k, "in") || s.lex.Has(lexicon.SpanWords, strings.ToLower(s.toks[k].text))) {
		return candidate{}, false
	}
	return m, true
}

// withoutAsides returns t without its bracketed asides, "(interquartile range 5–15)".
func withoutAsides(t string) string {
	for {
		open := strings.IndexByte(t, '(')
		if open < 0 {
			return t
		}
		end := strings.IndexByte(t[open:], ')')
		if end < 0 {
			return t[:open]
		}
		t = t[:open] + t[open+end+1:]
	}
}

// pluralBefore returns the nearest plural, within a few words before token open, that
// counts what the lexicon knows and is no bare count, or "".
func (s *scanner) pluralBefore(open int) string {
	for m := open - 1; m >= 0 && m >= open-4 && s.toks[m].kind == tokWord; m-- {
		if w := s.toks[m].text; isPlural(w) && s.unitOf(w) != schemas.UnitCount && s.unitOf(w) != "" {
			return w
		}
	}
	return ""
}

// earlierChange returns the change before cs[i] in its sentence that a gapped change
// repeats (see gappedChange): its end when that says what it counts, else its start.
func (s *scanner) earlierChange(cs []candidate, i int) (candidate, bool) {
	for m := i - 1; m >= 0; m-- {
		k := s.tokenAt(cs[m].start)
		if !s.wordsAt(k-1, "from") || !s.changeVerbBefore(k-1, 4) {
			continue
		}
		if m+1 < i && cs[m+1].counted != "" && s.fromTo(cs[m], cs[m+1]) {
			return cs[m+1], countsThings(cs[m+1].unit)
		}
		return cs[m], cs[m].counted != "" && countsThings(cs[m].unit)
	}
	return candidate{}, false
}

// copulaAt reports whether token k is a form of "be": what follows it says what its subject
// is ("30 were women, and 20 were aged over 40"), not a verb that parallel clauses share.
func (s *scanner) copulaAt(k int) bool {
	return s.wordsAt(k, "was") || s.wordsAt(k, "were") || s.wordsAt(k, "is") || s.wordsAt(k, "are")
}

// sameVerbBefore returns the candidate before cs[i] that the same word as token verb
// follows (subject: the verb after each) or precedes (the verb before each, past their
// bounds), when it counts something: a clause parallel to one before, its subject or its
// object of the same kind as there.
func (s *scanner) sameVerbBefore(cs []candidate, i, verb int, subject bool) (candidate, bool) {
	if verb < 0 || verb >= len(s.toks) {
		return candidate{}, false
	}
	for m := i - 1; m >= 0; m-- {
		k := s.tokenEnding(cs[m].end) + 1
		if !subject {
			k = s.tokenAt(cs[m].start) - 1
		}
		if k >= 0 && k < verb && strings.EqualFold(s.toks[k].text, s.toks[verb].text) {
			return cs[m], cs[m].counted != "" && countsThings(cs[m].unit)
		}
	}
	return candidate{}, false
}

// wholeOfBracketed returns the count that cs[i], a bare number in brackets after a name
// ("agriculture (14)"), is a part of: the nearest candidate before the list of such parts
// that is not in brackets, counts something and is at least their sum. A smaller count
// between is no whole of them ("288 students from 37 countries, Vietnam (61), India (44)
// and Uzbekistan (30)": the groups are students, not countries).
func (s *scanner) wholeOfBracketed(cs []candidate, i int) (candidate, bool) {
	c := cs[i]
	if !c.unit.IsCount() || c.counted != "" || c.isRange || !s.bracketedAfterWord(c) {
		return candidate{}, false
	}
	sum := c.value
	for j := i + 1; j < len(cs) && s.bracketedAfterWord(cs[j]); j++ {
		sum += cs[j].value
	}
	for m := i - 1; m >= 0; m-- {
		p := cs[m]
		if s.bracketedAfterWord(p) {
			sum += p.value
			continue
		}
		if strings.HasSuffix(strings.TrimRight(s.text[s.sent.Start:p.start], " "), "(") {
			continue // another part in brackets
		}
		if p.counted != "" && !p.isRange && p.value < sum && countsThings(p.unit) {
			continue
		}
		return p, p.counted != "" && !p.isRange && p.value > c.value && countsThings(p.unit)
	}
	return candidate{}, false
}

// bracketedAfterWord reports whether c stands alone in brackets after a word, "agriculture
// (14)".
func (s *scanner) bracketedAfterWord(c candidate) bool {
	k := s.tokenAt(c.start)
	return k >= 2 && s.toks[k-1].text == "(" && s.toks[k-2].kind == tokWord && k+1 < len(s.toks) && s.toks[k+1].text == ")"
}

// listedSubject returns the earlier count of a list of clauses, each a number and its verb,
// that the number at tokens [first, after) goes on: it follows a comma or "and", a verb in
// the past (an -ed word too, which after a lone number would read as an adjective, "205
// joined start-ups") comes right after it, and the clauses before it back to one whose verb
// is sure ("312 stayed on") are the same.
func (s *scanner) listedSubject(before []candidate, first, after int) (candidate, bool) {
	if first < 1 || !(s.toks[first-1].text == "," || s.wordsAt(first-1, "and")) || !s.pastVerbAt(after) || s.copulaAt(after) {
		// "30 were women, and 20 were aged over 40": a copula's complement says what each is
		return candidate{}, false
	}
	for m := len(before) - 1; m >= 0; m-- {
		e := before[m]
		next := s.tokenEnding(e.end) + 1
		if e.isRange || e.counted == "" || !countsThings(e.unit) || next <= 0 || !s.pastVerbAt(next) {
			return candidate{}, false
		}
		if s.verbAt(next) {
			return e, true
		}
	}
	return candidate{}, false
}

// repeatedFrame returns the earlier candidate among before that stands in the same frame
// "<noun> of" as the number at token first, past a qualifier ("labs of 10–14 members ... in
// labs of more than 25", "teams of two to five authors ...; for teams of 6–20"), when it
// counts something other than the frame's noun.
func (s *scanner) repeatedFrame(before []candidate, first int) (candidate, bool) {
	frame := s.frameBefore(first)
	if frame == "" {
		return candidate{}, false
	}
	for m := len(before) - 1; m >= 0; m-- {
		e := before[m]
		if strings.EqualFold(s.frameBefore(s.tokenAt(e.start)), frame) && e.counted != "" && !strings.EqualFold(e.counted, frame) && countsThings(e.unit) {
			return e, true
		}
	}
	return candidate{}, false
}

// frameBefore returns the noun of the "<noun> of" that the number at token i stands in,
// past a qualifier ("labs of more than 25": labs), or "".
func (s *scanner) frameBefore(i int) string {
	k := i - 1
	for k >= 0 && s.inQualifier(k) && !s.wordsAt(k, "of") {
		k--
	}
	if k < 1 || !s.wordsAt(k, "of") || s.toks[k-1].kind != tokWord {
		return ""
	}
	return s.toks[k-1].text
}

// bareYear reports whether the number n is a year standing alone before the punctuation
// that ends its phrase, outside tables and records, with nothing glued before it and no
// currency: a date, which no rule of figureAt makes a figure (a year counts only with a
// noun, a unit or a range after it). Most numbers of prose that are no figures are such
// years; the scan passes them without the work of trying.
func (s *scanner) bareYear(n number) bool {
	t := s.toks[n.i]
	if !n.plain || !isYear(n.value) || n.j != n.i+1 || n.scale != 1 || n.word || n.symbol != "" || n.duration != "" ||
		s.table != nil || s.declared != nil || s.label != "" {
		return false
	}
	if n.i > 0 && t.attachedTo(s.toks[n.i-1]) {
		return false // "$2000", "-2000", "~2000"
	}
	if n.j < len(s.toks) {
		next := s.toks[n.j]
		if next.kind != tokPunct || !strings.Contains(",.;)", next.text) {
			return false
		}
	}
	_, _, money := s.currencyBefore(t.start, false)
	return !money
}

// maxListItems bounds the items of a list of numbers read ahead for what its last one
// carries: a list of ten author counts names its noun once, at its end ("with 3, 1, 2, 4,
// 2, 6, 1, 3, 5 and 3 authors").
const maxListItems = 16

// sharedCounted returns what the last number of a list that starts at token j counts, for
// the numbers before it that count the same: "133 and 246 papers", "12, 15 and 20 schools";
// with change, the number a change goes to from the one before it: "from 11 to 12 years".
func (s *scanner) sharedCounted(j int, change bool) string {
	for steps := 0; steps < maxListItems && j+1 < len(s.toks) && (s.toks[j].text == "," || s.wordsAt(j, "and") || steps == 0 && s.comparedNext(j) ||
		change && steps == 0 && s.wordsAt(j, "to")); steps++ {
		if s.toks[j].text == "," && s.wordsAt(j+1, "and") || s.wordsAt(j, "vs", ".") {
			j++ // "12, 15, and 20 schools"; "2.1 vs. 2.6 papers"
		}
		if k := s.pastQualifier(j + 1); k > j+1 {
			j = k - 1 // "at least 1,000 and at most 1,200 papers": the next number's hedge
		}
		if j+1 >= len(s.toks) || !s.countAt(j+1) {
			return "" // "five and ten years" is a list as "5 and 10 years" is; a year is none
		}
		n, ok := s.parseNumber(j + 1)
		if !ok || n.scale != 1 {
			return ""
		}
		j = n.j
		if j < len(s.toks) && s.toks[j].kind == tokWord && !s.wordsAt(j, "and") {
			return s.countedAfter(j, false, false)
		}
	}
	return ""
}

// opensItem reports whether the number n opens its list item, alone or after the item's
// name and a colon ("Seoul: 1,200").
func (s *scanner) opensItem(n number) bool {
	first := 0
	if len(s.toks) > 0 && s.toks[0].kind == tokPunct && isBullet(s.toks[0].text) {
		first = 1 // the item's bullet, where the view keeps it
	}
	if n.i == first {
		return true
	}
	if n.i < 1 || s.toks[n.i-1].text != ":" {
		return false
	}
	for k := first; k < n.i-1; k++ {
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	return true
}

// gluedToAlnum reports whether token i is glued to a number or a word before it: the end of
// an identifier ("grant 2021R1A2C1011234"), not a number of its own.
func (s *scanner) gluedToAlnum(i int) bool {
	return i > 0 && s.toks[i].attachedTo(s.toks[i-1]) && s.toks[i-1].kind != tokPunct
}

// sharedScale returns the scale word's factor, and the currency if any, that the last number
// of a list starting at token j carries, for the bare numbers before it: "12, 15 and 20
// million dollars", "$2, $3 and $5 billion"; with change, the number a change goes to from
// the one before it: "from 3.5 to 4.2 trillion won". Each number between may have its
// currency before it, none a noun after it.
func (s *scanner) sharedScale(j int, change bool) (float64, schemas.Unit, bool) {
	for steps := 0; steps < maxListItems && j+1 < len(s.toks) && (s.toks[j].text == "," || s.wordsAt(j, "and") || s.wordsAt(j, "or") ||
		change && steps == 0 && s.wordsAt(j, "to")); steps++ {
		if s.toks[j].text == "," && (s.wordsAt(j+1, "and") || s.wordsAt(j+1, "or")) {
			j++
		}
		k := s.pastQualifier(j + 1) // "from 3.5 to nearly 4.2 trillion won"
		cur := schemas.Unit("")
		if code, end, ok := s.currencyAfterTok(k); ok {
			cur, k = code, end // "$3" in "$2, $3 and $5 billion"
		}
		if k >= len(s.toks) || s.toks[k].kind != tokNum || s.toks[k].plain() && isYear(s.toks[k].value) {
			return 0, "", false
		}
		n, ok := s.parseNumber(k)
		if !ok {
			return 0, "", false
		}
		if n.scale != 1 {
			if c, _, ok := s.currencyAfter(s.toks[n.j-1].end); ok && cur == "" {
				cur = c.Code // "20 million dollars"
			}
			return n.scale, cur, true
		}
		j = n.j
		if j < len(s.toks) && s.toks[j].kind == tokWord && !s.wordsAt(j, "and") && !s.wordsAt(j, "or") {
			return 0, "", false // "12 schools, 15 million dollars": the first has a noun of its own
		}
	}
	return 0, "", false
}

// pastQualifier returns the token after the hedge or bound of the lexicon that the words
// from token k up to a number make in full ("at most", "up to", "nearly"), or k.
func (s *scanner) pastQualifier(k int) int {
	if k >= len(s.toks) || s.toks[k].kind != tokWord {
		return k
	}
	for m := k + 1; m <= k+3 && m < len(s.toks); m++ {
		if s.toks[m].kind == tokNum {
			if s.toks[m-1].kind != tokWord {
				return k
			}
			phrase := s.text[s.toks[k].start:s.toks[m-1].end]
			if q, ok := qualifierEnding(phrase, s.lex); ok && len(q.Phrase) == len(phrase) {
				return m
			}
			return k
		}
	}
	return k
}

// wholeOfBracketedPart returns the count before a share that names nothing, when cs[i]
// stands alone in brackets after that share: the share's part, counted as its whole is.
func (s *scanner) wholeOfBracketedPart(cs []candidate, i int) (candidate, bool) {
	if i < 2 {
		return candidate{}, false
	}
	c, share := cs[i], cs[i-1]
	if !c.unit.IsCount() || c.counted != "" || share.unit != schemas.UnitPercent || share.counted != "" || !s.countInParens(c) {
		return candidate{}, false
	}
	whole := cs[i-2]
	if whole.counted == "" || whole.isRange || whole.unit == schemas.UnitPercent || whole.unit.IsCurrency() || whole.unit.IsDuration() {
		return candidate{}, false
	}
	return whole, true
}

// countInParens reports whether c stands alone in parentheses after a share's whole, "two
// thirds of respondents (782)" (see countOfShare).
func (s *scanner) countInParens(c candidate) bool {
	open := s.tokenAt(c.start) - 1
	return open >= 0 && s.toks[open].text == "(" && s.countOfShare(open)
}

// samplesOfSubjects gives a sample size in brackets the noun it counts: the subject's head
// when the bracket closes its clause's subject, before the verb ("Graduates who had
// published at least one paper abroad (n = 1,027) were twice as likely": the graduates, not
// the paper the words between name); else, when the figure before it counts nothing, the
// nearest plural before the bracket ("Reviewers we interviewed (n = 37)").
func (s *scanner) samplesOfSubjects(cs []candidate) {
	for i := range cs {
		c := &cs[i]
		if !c.unit.IsCount() || c.counted != "" || c.isRange || !s.sampleSize(*c) {
			continue
		}
		open := s.tokenAt(c.start) - 3 // "(" "n" "=" before the number
		if open < 1 || s.toks[open].text != "(" {
			continue
		}
		head := ""
		if closing := s.tokenEnding(c.end) + 1; closing < len(s.toks) && s.toks[closing].text == ")" && s.verbAt(closing+1) {
			head = s.clauseSubject(open)
		}
		if head == "" && (i == 0 || cs[i-1].counted == "" || cs[i-1].unit.IsDuration()) {
			head = s.pluralBefore(open)
		}
		if head != "" {
			c.counted, c.unit = head, s.unitOf(head)
		}
	}
}

// measuresInBrackets gives a measure in brackets after the clause it measures the plural
// noun before the bracket, and the value compared with it the same: "published fewer papers
// per year (median 2.1 versus 3.4)".
func (s *scanner) measuresInBrackets(cs []candidate) {
	for i := range cs {
		c := &cs[i]
		if !c.unit.IsCount() || c.counted != "" && !s.lex.HasFold(lexicon.Measures, c.counted) || c.isRange {
			continue
		}
		k := s.tokenAt(c.start)
		if k < 2 || s.toks[k-2].text != "(" || !s.measureAt(k-1) {
			continue
		}
		head := s.measuredBefore(k - 2)
		if head == "" {
			continue
		}
		c.counted, c.unit = head, s.unitOf(head)
		if i+1 < len(cs) && cs[i+1].unit.IsCount() && (cs[i+1].counted == "" || cs[i+1].counted == c.counted) && s.comparedNext(s.tokenEnding(c.end)+1) {
			cs[i+1].counted, cs[i+1].unit = head, c.unit // "versus 3.4"
		}
	}
}

// measuredBefore returns the plural, within the clause's last words before token open, that
// a measure in brackets there measures, or "": the nearest one the lexicon counts, past the
// plurals a number counts ("papers in the five years before applying (median 10 versus
// 7)": papers, not years).
func (s *scanner) measuredBefore(open int) string {
	for m := open - 1; m >= 0 && m >= open-8 && s.toks[m].kind == tokWord; m-- {
		w := s.toks[m].text
		if u := s.unitOf(w); !isPlural(w) || u == schemas.UnitCount || u == "" {
			continue
		}
		if m > 0 && (s.toks[m-1].kind == tokNum || s.numberWord(s.toks[m-1].text)) {
			continue // "five years": a time the clause names, no measure
		}
		return w
	}
	return ""
}

// clauseSubject returns the noun phrase that opens the clause ending before token end, up to
// the first preposition or relative pronoun ("Students from large labs", "Graduates who
// ..."), when it is a plain one of at most four words heading on a plural or a noun the
// lexicon counts; or "".
func (s *scanner) clauseSubject(end int) string {
	start := 0
	for k := end - 1; k >= 0; k-- {
		if t := s.toks[k].text; t == ";" || t == ":" {
			start = k + 1
			break
		}
		if s.toks[k].text == "," {
			return "" // "In 2020, students ...": more than a subject before it
		}
	}
	for start < end && s.determinerAt(start) {
		start++
	}
	last := start - 1
	for k := start; k < end && k < start+4 && s.toks[k].kind == tokWord && !s.prepositionAt(k) && !s.relativeAt(k); k++ {
		last = k
	}
	if last < start {
		return ""
	}
	head := strings.ToLower(s.toks[last].text)
	if s.isStopword(head) || !isPlural(head) && s.lex.Unit(head) == "" || s.shareWordAt(last) {
		return "" // "Two thirds of respondents (n = 428)": a share, whose whole is no subject of a verb here
	}
	return s.text[s.toks[start].start:s.toks[last].end]
}

// relativeAt reports whether token k is a relative pronoun, which ends the noun phrase it
// follows ("graduates who", "papers that").
func (s *scanner) relativeAt(k int) bool {
	switch strings.ToLower(s.toks[k].text) {
	case "who", "whom", "whose", "that", "which":
		return true
	}
	return false
}

// fromTo reports whether a and b are written "from <a> to <b>", a measure between or not
// ("from a mean of 2.8 to 4.1").
func (s *scanner) fromTo(a, b candidate) bool {
	return strings.TrimSpace(s.text[a.end:b.start]) == "to" && strings.HasSuffix(s.trimMeasureOf(strings.TrimRight(s.text[s.sent.Start:a.start], " ")), " from")
}

// sampleSize reports whether c is written as a sample size, "n = 428".
func (s *scanner) sampleSize(c candidate) bool {
	before := strings.TrimRight(s.text[s.sent.Start:c.start], " =")
	return hasSuffixFold(before, "n") && boundaryBefore(before, len(before)-1)
}

// measureOfAt reports whether token k is "of" after a measure noun (measures.txt): "a mean
// of", "the median number of".
func (s *scanner) measureOfAt(k int) bool {
	return s.wordsAt(k, "of") && s.measureAt(k-1)
}

// nounBeforeWith returns the plural noun before "with" or "without" that opens the figure c
// ("papers with more than 100 authors", "students without a degree"), or "".
func (s *scanner) nounBeforeWith(c candidate) string {
	k := s.tokenAt(c.start)
	if k < 2 || !s.wordsAt(k-1, "with") && !s.wordsAt(k-1, "without") {
		return ""
	}
	if w := s.toks[k-2]; w.kind == tokWord && isPlural(w.text) {
		return w.text
	}
	return ""
}

// partOfLead reports whether c counts a part of the whole that the number of a sentence's
// opening "Of the 40 firms," names. What follows the part is then its verb ("31 export
// software"), unless it is a plural noun of its own.
func (s *scanner) partOfLead(whole, c candidate) bool {
	w := s.leadWhole()
	return w >= 0 && whole.start <= s.toks[w].start && s.toks[w].start < whole.end &&
		(s.afterPartitiveLead(s.tokenAt(c.start)) || c.counted == "" && s.restatedAsShare(s.tokenEnding(c.end)+1) ||
			c.counted == "" && s.objectAfterLead(s.tokenAt(c.start), s.tokenEnding(c.end)+1)) &&
		(!isPlural(lastWord(c.counted)) || s.verbFirst(c.counted)) // "Of the 2,914 doctorates, women received 612, or 21 per cent"
}

// verbFirst reports whether a phrase opens with a verb in -ed, not a participle that
// describes a noun ("joined universities" is what a part did; "trained engineers" are
// engineers).
func (s *scanner) verbFirst(phrase string) bool {
	w, _, _ := strings.Cut(phrase, " ")
	return strings.HasSuffix(w, "ed") && strings.ToLower(w) == w && !s.lex.Has(lexicon.Participles, w)
}

// partAfter reports whether c opens a clause as a part of the number before it (see
// partAfterFigure).
func (s *scanner) partAfter(c candidate) bool {
	i := s.tokenAt(c.start)
	return i >= 0 && s.partAfterFigure(i, s.tokenEnding(c.end)+1)
}

// comparedWith reports whether the bare number c is another value of the measure prev
// counts: the end of a change from prev, a value prev is compared with ("rose to 72.3 points
// from 68.1", "89,000 in Korea against 36,000 in Japan"), more of it ("10,000 students,
// plus 4,000 in distance learning") or a part of them ("12.4 million records, of which 9.8
// million").
func (s *scanner) comparedWith(prev, c candidate) bool {
	before := s.trimQualifier(strings.TrimRight(s.text[s.sent.Start:c.start], " ")) // "against just 90"
	return hasSuffixFold(before, " to") && s.changeFrom(prev.start) ||
		hasSuffixFold(before, " from") && !hasPrefixFoldAny(s.text[c.end:s.sent.End], " to ") ||
		hasSuffixFold(before, " compared with") || hasSuffixFold(before, " compared to") ||
		hasSuffixFold(before, " against") || hasSuffixFold(before, " versus") || hasSuffixFold(before, " plus") ||
		comparedMeasure(before) ||
		hasSuffixFold(before, " of which") || hasSuffixFold(before, " of whom") ||
		s.ofThemAt(s.tokenEnding(c.end)+1) ||
		s.parallelByYear(s.tokenAt(c.start), s.tokenEnding(c.end)+1) ||
		s.parallelByPreposition(s.tokenAt(c.start), s.tokenEnding(c.end)+1) ||
		s.gappedCount(s.tokenAt(c.start), s.tokenEnding(c.end)+1) ||
		s.includedPart(s.tokenAt(c.start), s.tokenEnding(c.end)+1)
}

// ratioRangeEnd reads the second share of "between one in eight and one in ten" (or "between
// 2/3 and 3/4 of") from token j, after the first, c: its value in percent and the token after
// it.
func (s *scanner) ratioRangeEnd(c candidate, j int) (float64, int, bool) {
	if betweenAt(strings.TrimRight(s.text[s.sent.Start:c.start], " ")) < 0 || !s.wordsAt(j, "and") || j+1 >= len(s.toks) {
		return 0, 0, false
	}
	n, ok := s.parseNumber(j + 1)
	if !ok {
		return 0, 0, false
	}
	if s.slashShare(n) {
		return 100 * n.value / s.toks[n.j+1].value, n.j + 2, true // "between 2/3 and 3/4 of"
	}
	r, ok := s.ratio(n)
	if !ok {
		return 0, 0, false
	}
	return 100 * n.value / r.value, r.j, true
}

// comparedMeasure reports whether the words before a number name the measure it is compared
// under: "against an OECD average of", "compared with a national rate of".
func comparedMeasure(before string) bool {
	if !hasSuffixFold(before, " of") {
		return false
	}
	words := strings.Fields(tail(before, 60))
	for k := len(words) - 2; k >= max(len(words)-6, 0); k-- {
		w := strings.ToLower(words[k])
		if strings.ContainsAny(w, ",;:()") {
			return false
		}
		if w == "against" || w == "versus" || w == "with" && k > 0 && strings.EqualFold(words[k-1], "compared") {
			return true
		}
	}
	return false
}

// figureAt tries to read a figure starting with the number at token i. It returns the
// token index to continue from, past everything the attempt consumed.
func (s *scanner) figureAt(i int) (candidate, int, bool) {
	if v, end, next, ok := s.ratioAt(i); ok {
		// "14:1", "3:2", "12.5 대 1": one ratio, its value the first term for one of the second
		c := candidate{start: s.toks[i].start, end: end, value: v, unit: schemas.UnitCount, counted: Ratio}
		c.qualifier = s.qualify(&c)
		if i > 0 && c.qualifier == "exact" {
			if q := s.koreanQualifierWord(s.toks[i-1].text, "before"); q != "" {
				c.qualifier, c.start = q, s.toks[i-1].start // "약 3.9 대 1"
			}
		}
		return c, next, true
	}
	if c, next, ok, handled := s.koreanFigureAt(i); handled {
		return c, next, ok
	}
	if c, next, ok := s.multiple(i); ok {
		return c, next, true
	}
	n, ok := s.parseNumber(i)
	if !ok || s.isLabel(n) {
		return candidate{}, i + 1, false
	}
	if s.bareYear(n) {
		return candidate{}, n.j, false // "in 2001,", "(1999)": a date, tried no further
	}
	c := candidate{start: s.toks[n.i].start, end: s.toks[n.j-1].end, value: n.value, scaled: n.scale != 1}
	j := n.j
	if n.symbol != "" {
		c.unit, c.counted = schemas.UnitCount, n.symbol // "40km", "18m이다": a measure in its symbol
		c.qualifier = s.qualify(&c)
		return c, j, true
	}
	if n.times {
		c.unit, c.counted = schemas.UnitCount, Times // "grew 2.5x": how many times, as "2.5-fold"
		c.qualifier = s.qualify(&c)
		return c, j, true
	}
	if n.compound != "" {
		c.unit, c.counted = s.unitOf(n.compound), n.compound // "two-author papers", "a three-member team"
		c.qualifier = s.qualify(&c)
		return c, j, true
	}
	if n.fraction {
		c.unit = schemas.UnitPercent
	}
	if j < len(s.toks)-1 && s.toks[j].text == "-" && strings.EqualFold(s.toks[j+1].text, "fold") && s.toks[j].attachedTo(s.toks[j-1]) {
		// "3.4-fold": a ratio, like "twice"
		c.end, c.unit, c.counted, c.qualifier = s.toks[j+1].end, "count", Times, s.qualify(&c)
		return c, j + 2, true
	}
	if strong := j < len(s.toks)-2 && s.toks[j].text == "-" && strings.EqualFold(s.toks[j+1].text, "strong") && s.toks[j].attachedTo(s.toks[j-1]); strong || n.strong {
		// "a 1,000-strong team of engineers", "a 500-strong workforce", "the 1.5
		// million-strong army": the size of a body of people, counted by what it is made of.
		if strong {
			j += 2
		}
		c.end, c.counted = s.toks[j-1].end, s.countedAfter(j, false, false)
		if _, members, ok := strings.Cut(c.counted, " of "); ok {
			c.counted = members
		}
		c.unit, c.qualifier = s.unitOf(c.counted), s.qualify(&c)
		return c, j, c.counted != ""
	}
	if factor, code, k, ok := s.scaledCurrencyWord(j); ok {
		// "a 622-trillion-won cluster", "a 300 billion-won programme": an amount as an
		// adjective, its scale and currency in one hyphenated word.
		c.value, c.scaled, c.unit, c.end = c.value*factor, true, code, s.toks[k-1].end
		if cur, start, ok := s.currencyBefore(c.start, true); ok {
			c.unit, c.start = cur, start
		}
		c.counted = s.countedAfter(k, false, false)
		c.qualifier = s.qualify(&c)
		return c, k, true
	}
	if s.ageAdjective(n, j) {
		// "the 58-year-old said", "a 45-year-old professor": an age
		c.end, c.unit, c.counted, c.qualifier = s.toks[j+1].end, schemas.UnitYears, "age", s.qualify(&c)
		return c, j + 2, true
	}
	if counted, ok := s.compoundNoun(n, j); ok {
		// "a 30-member delegation", "a 100-page report", "a 5,000-seat stadium": the number
		// counts the noun glued to it, which the next word's noun is made of.
		c.end, c.counted, c.unit = s.toks[j+1].end, counted, s.unitOf(counted)
		c.qualifier = s.qualify(&c)
		return c, j + 2, true
	}
	if u, ok := s.suspendedDuration(j); ok && n.duration == "" && n.scale == 1 {
		n.duration = u // "two- and three-year colleges": the first takes the unit of the second
		c.end, j = s.toks[j].end, j+1
		n.j = j
	}
	if u, ok := s.durationSuffix(j); ok && n.duration == "" && n.scale == 1 {
		n.duration = u // "11-year", "24-hour": a duration written as an adjective
		c.end, j = s.toks[j+1].end, j+2
		n.j = j
	}
	if n.duration != "" {
		c.unit = n.duration
	}
	// "one in four", "1/3 of the jobs": a share.
	if r, ok := s.ratio(n); ok || s.slashShare(n) {
		if !ok {
			r = number{i: n.j + 1, j: n.j + 2, value: s.toks[n.j+1].value}
		}
		c.value, c.unit, c.end, j = 100*n.value/r.value, "percent", s.toks[r.j-1].end, r.j
		if hi, hj, ok := s.ratioRangeEnd(c, j); ok {
			// "between one in eight and one in ten": a range of shares
			c.isRange, c.low, c.high, c.end, j = true, min(c.value, hi), max(c.value, hi), s.toks[hj-1].end, hj
		}
		c.counted = s.countedAfter(j, false, true)
		if words := s.ratioNoun(n); ok && words > 0 {
			c.counted = s.text[s.toks[n.j].start:s.toks[n.j+words-1].end] // "one student in six"
		}
		c.qualifier = s.qualify(&c)
		return c, j, true
	}
	if n.percent {
		c.unit = schemas.UnitPercent
	} else {
		j = s.unitAfter(&c, j)
	}
	if code, start, ok := s.currencyBefore(c.start, c.scaled); ok {
		c.unit, c.start = code, start
	}
	if !c.scaled && !n.word && (c.unit == "" || c.unit.IsCurrency()) && !s.wordsAt(n.i-1, "between") && !s.gluedToAlnum(n.i) &&
		!(n.plain && isYear(n.value) && c.unit == "") && // "in 2019 and $2.5bn in 2020": a year, not 2,019 billion
		!s.toks[n.i].grouped { // "SFr 500,000 and CHF 1.2m": written out in full, it takes no scale
		if sc, cur, ok := s.sharedScale(j, s.changeAt(j, c)); ok {
			// "12, 15 and 20 million dollars", "$2, $3 and $5 billion": the scale, and the
			// currency, that the list's last number carries
			c.value, c.scaled = c.value*sc, true
			if c.unit == "" && cur != "" {
				c.unit, c.inferred = cur, true
			}
		}
	}
	// A range: "150–200", "70-80", "between 700,000 and 800,000", "26% to 66 %", "one- to three-year".
	if hi, hj, ok := s.rangeEnd(n, j, c.start); ok {
		if n.plain && hi.plain && isYear(n.value) && (isYear(hi.value) || s.yearEnding(n, hi)) {
			return candidate{}, hj, false // a period, "1994-1995", "2020-25", not a quantity
		}
		if r, rj, ok := s.asRange(c, n, hi, hj); ok {
			c, j = r, rj
			if s.yearOldAt(j, true) && c.high <= 120 {
				// "25–34-year-olds": a bracket of ages, where "18-year-olds" alone names a population
				c.end, c.unit, c.counted, j = s.toks[j+1].end, schemas.UnitYears, "age", j+2
				c.qualifier = s.qualify(&c)
				return c, j, true
			}
		}
		// Otherwise two figures ("gave $5 million to 300 schools", "from 2% to 5%"): this
		// one ends here, and the number after the separator gets its own chance.
	} else if n.plain && j == n.j && s.chained(n.j) {
		return candidate{}, n.j + 2, false // "2-3-1", a section number
	}
	post := ""
	j, post = s.postQualify(&c, j)
	if post == "" {
		post = n.post
	}
	if (c.unit == "" || c.unit.IsDuration()) && c.counted == "" {
		if !s.partVerbAt(n.i, j) {
			c.counted = s.countedAfter(j, n.word && n.value == 1, false)
		}
		whole := n
		if c.isRange {
			whole.j = j // "1,000 to 1,500 of them": what follows the range's high end
		}
		if r, ok := s.recalledAt(whole); ok && c.counted == "" && c.unit == "" {
			c.counted, c.unit, c.recalledFrom = r.counted, r.unit, r.sentence // "Nine of the 19 appeared": those papers
		}
		if c.counted == "" && c.unit == "" && !(n.plain && isYear(n.value)) {
			c.counted = s.sharedCounted(j, s.changeAt(j, c)) // "133 and 246 papers", "from 11 to 12 years"
		}
		if c.counted == "" && c.unit == "" {
			c.counted = s.listedCounted(n) // "China (212 papers), Germany (48)"
		}
		if c.counted == "" && c.unit == "" && !(n.plain && isYear(n.value)) {
			c.counted = s.gappedCounted(n) // "1,977 papers, China on 1,205 and Japan on 430"
		}
		if c.counted == "" && c.unit == "" {
			c.counted = s.bracketedComparison(n) // "fewer papers on average (2.1 vs 2.6)"
		}
		if c.unit == "" {
			c.unit = s.unitOf(c.counted)
		}
	} else if c.unit.IsCurrency() {
		c.counted = strings.TrimPrefix(s.countedAfter(j, false, false), "worth of ")
	} else {
		k := j
		if k < len(s.toks) && s.toks[k].text == ")" && n.i > 0 && s.toks[n.i-1].text == "(" {
			k++ // "94 (85%) of the papers": the share in parentheses counts what follows
			if k < len(s.toks) && s.toks[k].attachedTo(s.toks[k-1]) && startsHangul(s.toks[k].text) {
				k = len(s.toks) // "742명(39.6%)이 떠났다": the particle is the whole's; no noun follows
			}
		}
		c.counted = s.countedAfter(k, false, c.unit == schemas.UnitPercent)
		if k > j && s.verbFirst(c.counted) {
			c.counted = "" // "1,211 (63.7%) joined universities": the share's whole is the count's
		}
		if c.unit == schemas.UnitPercent && c.counted == "" && !s.namedHere && s.ofThemAt(k) && (k+2 >= len(s.toks) || s.toks[k+2].kind == tokPunct) {
			if r, ok := s.lastPlural(); ok {
				// "38,412 undergraduates in 2025. Women make up 17.3% of them": a share of
				// the last count named ("half of those offered in ..." names its own whole)
				c.counted, c.recalledFrom = r.counted, r.sentence
			}
		}
	}
	if tok := s.toks[n.i]; c.counted != "" && s.capitalised(c.counted) && s.unitOf(c.counted) == "count" &&
		(tok.grouped || tok.frac && n.i > 0) && !s.lex.Has(lexicon.Symbols, firstWord(c.counted)) && !lowerPluralHead(c.counted) {
		// "Mirim University 1984 5 years 100 2,900 Kim Chaek Univ.": a written amount in a
		// flattened table runs into the next row's name, which it does not count ("1.2 GW"
		// is a measure's symbol, "2,000 AI scholarships" a plural noun's phrase).
		c.counted = ""
	}
	inTable := false
	if s.table != nil && c.counted == "" {
		// A table cell counts what its column's header names.
		if h, d := s.table.column(c.start); h != "" {
			c.counted, inTable, c.column, c.rowLabel = h, true, true, s.table.byRowLabel(c.start)
			c.year = s.table.year(c.start)
			if d.active() {
				c = d.apply(c) // "Rate (%)", "Budget (KRW billion)", "Share women (%)": the column's unit
			}
			if c.unit.IsCount() {
				c.unit = s.unitOf(strings.ToLower(h))
			}
		}
	}
	if c.isRange && c.unit.IsCount() && c.counted == "" {
		if u, w := s.spreadUnit(n.i); u != "" {
			c.unit, c.counted = u, w // "187 days (interquartile range 121–281)": days too
		}
	}
	if c.counted == "" && (c.unit.IsCount()) && !(n.plain && isYear(n.value)) {
		// "a population of 25.7 million": the noun before "of" is what is counted; "the total
		// number of Russian scientists ... is estimated to exceed 450": so is the one after it.
		c.counted = s.nounOfBefore(c.start)
		if c.counted == "" {
			c.counted = s.numberOf(c.start)
		}
		if c.counted == "" {
			c.counted = s.subjectBefore(c.start)
			c.subject = c.counted != ""
		}
		if c.counted == "" {
			c.counted = s.partitiveLeadNoun(n.i) // "Of the applicants, 30 were admitted"
		}
		if c.counted == "" {
			c.counted = s.objectBefore(c.start)
		}
		if open := n.i - 1; c.counted == "" && open > 0 && s.toks[open].text == "(" && s.vagueCountBefore(open) {
			c.counted = s.toks[open-1].text // "the most reports (118)": reports
		}
		if c.counted == "" && s.totalAt(j) {
			c.counted = s.sentenceSubject(n.i)
			c.subject = c.counted != ""
		}
		if c.counted == "" && s.withEndsClause(n.i, j) {
			// "Students from Vietnam made up the largest group with 73,000, followed by China
			// with about 68,000": each name's share of the sentence's subject
			c.counted = s.subjectOfFirstVerb(n.i)
			c.subject = c.counted != ""
		}
		if c.unit == "" && c.counted != "" {
			c.unit = s.unitOf(c.counted)
		}
	}
	if c.unit.IsCount() && (s.agedBefore(c.start) || c.counted == "" && s.ageBracket(n)) {
		c.unit, c.counted = schemas.UnitYears, "age" // "people aged 16 and over", "aged 18 to 27", "respondents under 40"
	}
	if c.unit == schemas.UnitYears && !c.isRange {
		j = s.yearsAndMonths(&c, j)
	}
	c.qualifier = s.qualify(&c)
	if c.qualifier == "exact" && post != "" {
		c.qualifier = post
	}
	quantity := s.isQuantity(n, c)
	if (inTable || s.declared != nil) && !(n.plain && isYear(n.value)) {
		quantity = true // a number in a table's cell is a quantity, a year column aside
	}
	if s.lead != "" && c.counted == "" && !c.isRange && c.unit.IsCount() && !(n.plain && isYear(n.value)) && s.opensItem(n) {
		c.counted, c.unit, quantity = s.lead, s.unitOf(s.lead), true // "• 98 with Japan", "- Seoul: 1,200" under their lead
	}
	if (!quantity || c.counted == "") && !c.isRange && c.unit.IsCount() && !(n.plain && isYear(n.value)) {
		// A bare number that is the value of something the sentence names: a measure ("an
		// Erdős number of 2", "the best score (2.75)"), a data-sheet field ("Exchange
		// rates: 135"), or a part or whole of "49/67".
		if m := s.measureOf(n); m != "" {
			c.counted, quantity = m, true
		} else if f := s.recordField(n, c.start); f != "" && !(n.word && n.value == 1 && s.wordsAt(n.j, "of")) {
			// ("Economy - overview: one of the world's least open economies": a pronoun.)
			// "Population: 51,966,948" needs no field to be a quantity, but it says what it counts.
			c.counted, quantity = s.fieldOfLabel(f), true
			head, _, _ := strings.Cut(f, ", ") // "Joint papers, 2010–2020": the narrowing counts nothing
			if c.unit = s.unitOf(strings.ToLower(head)); c.unit.IsCount() && c.counted != f {
				c.unit = s.unitOf(strings.ToLower(s.label)) // "Internet users: total: 2.1 million"
			}
		} else if !quantity && (s.fractionAt(n.i) || s.fractionAt(n.i-2)) {
			quantity = true
		} else if s.ageAt(n) || s.ageAfterName(n) || s.ageOfEvent(n) || s.ageOfPerson(n) {
			c.unit, c.counted, quantity = schemas.UnitYears, "age", true
		} else if s.partOfReferent(n) {
			// "Of these, 80 were women": a part of what the sentence before counted.
			quantity = true
			if w := s.peopleAfterCopula(n.j); c.counted == "" && w != "" {
				c.counted, c.unit = w, schemas.UnitPeople
			}
		} else if w := s.peopleAfterCopula(n.j); c.counted == "" && w != "" && !(n.plain && isYear(n.value)) && !s.afterPartitiveLead(n.i) {
			// "The survey found 30 were women": a count of the people it says they were ("Among
			// 1,920 investigators, 412 were women" counts a part of the investigators)
			c.counted, c.unit, c.predicate, quantity = w, schemas.UnitPeople, true, true
		}
	}
	if field, ok := s.labelKind(n, c); ok {
		c.counted, c.unit = field, s.unitOf(strings.ToLower(s.label)) // "Academic staff: 512 full-time"
	}
	if c.unit == schemas.UnitPercent && c.counted == "" && s.label != "" {
		c.counted = s.fieldOfLabel(s.recordField(n, c.start)) // "Share of world papers: 2.9%": the field says of what
	}
	if c.unit.IsCount() && c.scaled && s.label != "" && s.currency != "" && (s.namesMoney(c.counted) || s.namesMoney(s.label)) {
		c.unit, c.inferred = s.currency, true // "Budget: revenues: 459.7 billion" after "Exports: $757.6 billion"
	}
	if start, ok := s.signBefore(n); ok && !c.isRange && quantity {
		c.value, c.start = -c.value, start // "-11.1%": a decrease, stored signed
	}
	if !quantity || s.isName(n, c) {
		return candidate{}, j, false
	}
	if c.isRange && s.hyphenRange(c) && !c.scaled && c.unit != schemas.UnitPercent && !c.unit.IsCurrency() && (c.counted == "" || s.capitalised(c.counted)) {
		return candidate{}, j, false // "2-5", "Part 3-2": section numbers
	}
	if c.isRange && c.low == c.high && s.hyphenRange(c) {
		return candidate{}, j, false // "a 50-50 split", "a 2-2 draw": shares or a score, no range
	}
	if c.unit == "" {
		c.unit = schemas.UnitCount
	}
	return c, j, true
}

// peopleAfterCopula returns the noun of people after "were" or "are" at token j, with a
// word before it or not ("30 were women", "2,400 are doctoral candidates"), or "".
func (s *scanner) peopleAfterCopula(j int) string {
	k := j + 1
	if k >= len(s.toks) || !s.wordsAt(j, "were") && !s.wordsAt(j, "are") || s.toks[k].kind != tokWord {
		return ""
	}
	if s.lex.Unit(strings.ToLower(s.toks[k].text)) == schemas.UnitPeople {
		return s.toks[k].text
	}
	// "2,400 are doctoral candidates": a word before the noun
	if n := k + 1; n < len(s.toks) && s.toks[n].kind == tokWord && !s.isStopword(s.toks[k].text) && !s.capitalised(s.toks[k].text) &&
		s.lex.Unit(strings.ToLower(s.toks[n].text)) == schemas.UnitPeople {
		return s.text[s.toks[k].start:s.toks[n].end]
	}
	return ""
}

// asRange joins the figure c, read from the number n, with the upper end hi read up to
// token hj, when the two make one range: the low end is not above the high one, both ends
// measure the same thing, and the words are not a change "from X to Y" (two values of the
// same measure, each a figure).
func (s *scanner) asRange(c candidate, n, hi number, hj int) (candidate, int, bool) {
	low := n.value
	if n.scale == 1 && hi.scale != 1 && !n.word && n.value <= hi.value/hi.scale {
		// "1.2 and 2.3 billion": the scale applies to both ends, but not to
		// "200,000 to 1.2 million", whose low end is written in full.
		low *= hi.scale
	}
	hc := candidate{start: s.toks[hi.i].start, end: s.toks[hi.j-1].end, value: hi.value}
	if hi.duration != "" {
		hc.unit = hi.duration
	}
	hj = s.unitAfter(&hc, hj)
	switch {
	case low > hc.value:
		return c, 0, false // "split 60% to 40%", "98-16" (a report number), "2010 to 312"
	case n.plain && isYear(n.value) && !(hi.plain && isYear(hi.value)) && (s.wordsAt(n.i-1, "in") || s.wordsAt(n.i-1, "by")):
		return c, 0, false // "from 315,000 in 2012 to 558,000 in 2021": a year, then the next value
	case c.unit != "" && hc.unit != "" && hc.unit != c.unit,
		c.unit == schemas.UnitPercent && hc.unit == "" && (hi.scale != 1 || hc.value > 100):
		return c, 0, false // "grew 25% to KRW 4.2 trillion", "40% to 12 million", "rose 8% to 21,000"
	case s.changeFrom(c.start) && !s.dashBetween(s.toks[n.j-1].end, hi):
		// "rose from $2 million to $5 million": a change, not a range; "up from an estimated
		// $250 million–$300 million": a change from a range
		return c, 0, false
	case s.boundBefore(c.start) && !s.dashBetween(s.toks[n.j-1].end, hi) && hc.value > 2*low:
		// "a probability of at least 0.9 to 86% of names": a bounded value is one value;
		// "as many as 200-300 people" bounds a range written tight, and "no more than 4,000
		// to 5,000" one whose ends are near
		return c, 0, false
	case s.wordsAt(n.i-1, "by") && hc.unit == "" && hc.value > 2*low:
		// "raised the quota by 2,000 to 5,058": a change and the level it reached; "rose
		// by 10 to 15 percent" and "by 5 to 10" are ranges of the change
		return c, 0, false
	}
	if hc.unit != "" {
		c.unit = hc.unit
	}
	c.isRange, c.low, c.high, c.end = true, low, hc.value, hc.end
	c.scaled = c.scaled || hi.scale != 1
	return c, hj, true
}

// namesMoney reports whether a word of phrase names money on its own: a strong one-word
// entry of lexicon.MoneyWords ("revenues", "budget", "GDP").
func (s *scanner) namesMoney(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		if s.lex.NamesMoney(strings.ToLower(strings.Trim(w, ":;,()[]"))) {
			return true
		}
	}
	return false
}

// agedBefore reports whether "aged" or "age" (or "aged between", "aged under") stands just
// before view offset at: the number after it is an age in years, whatever noun follows
// ("children aged six enter", "at age 6", "respondents aged under 40").
func (s *scanner) agedBefore(at int) bool {
	before := strings.TrimRight(s.text[s.sent.Start:at], " ")
	before = s.trimQualifier(strings.TrimSuffix(before, " between"))
	for _, w := range [...]string{"aged", "age", "ages"} {
		if hasSuffixFold(before, w) && boundaryBefore(before, len(before)-len(w)) {
			return true
		}
	}
	return false
}

// ageAt reports whether the bare number n is a person's age written "at N" as a clause of
// its own: "in 2010, at 49, she was elected", "At 33 he had written 40 papers", "(at 71)".
// "at" must open the clause and the number close it or come before its subject, so that
// "stood at 52" or "at 3 sites" are left to the other rules.
func (s *scanner) ageAt(n number) bool {
	if !s.bareAge(n, 1, 120) || n.i < 1 || !s.wordsAt(n.i-1, "at") {
		return false
	}
	if k := n.i - 2; k >= 0 {
		if t := s.toks[k]; t.text != "," && t.text != "(" && !(t.kind == tokNum && isYear(t.value)) {
			return false
		}
	}
	if n.j >= len(s.toks) {
		return true
	}
	switch t := s.toks[n.j]; {
	case t.text == "," || t.text == ")":
		return true
	case t.kind == tokWord:
		return s.lex.HasFold(lexicon.Pronouns, t.text)
	}
	return false
}

// ageOfEvent reports whether the bare number n is the age at which the event a verb of
// lifeverbs.txt states happened, "at N" closing its clause after the verb and its object,
// or before the purpose of the event: "entered Seoul National University at 17 and
// graduated in 1989", "died at 85", "left Korea at 19 to study".
func (s *scanner) ageOfEvent(n number) bool {
	if !s.bareAge(n, 1, 120) || n.i < 2 || !s.wordsAt(n.i-1, "at") {
		return false
	}
	if n.j < len(s.toks) && !s.clauseEndsAt(n.j) && !s.wordsAt(n.j, "in") && !s.purposeAt(n.j) {
		return false
	}
	for k := n.i - 2; k >= 0 && k >= n.i-7; k-- {
		if s.toks[k].kind != tokWord {
			return false
		}
		if s.setPhraseEndsAt(lexicon.LifeVerbs, k) {
			return true // "entered", "was elected"
		}
	}
	return false
}

// purposeAt reports whether token j opens an infinitive of purpose, "to" and a lower-case
// word ("left Korea at 19 to study"), not "to" and a number ("rose at 19 to 25").
func (s *scanner) purposeAt(j int) bool {
	return s.wordsAt(j, "to") && j+1 < len(s.toks) && s.toks[j+1].kind == tokWord && !s.capitalised(s.toks[j+1].text) && !s.numberWord(s.toks[j+1].text)
}

// ageBracket reports whether the bare number n bounds the ages of the people the word
// before its bound names: "respondents under 40", "children under 5", "adults over 65".
func (s *scanner) ageBracket(n number) bool {
	if s.bareAge(n, 1, 120) && (s.wordsAt(n.i-2, "younger", "than") || s.wordsAt(n.i-2, "older", "than")) {
		return true // "investigators younger than 40": only an age is younger
	}
	if !s.bareAge(n, 1, 120) || n.i < 2 || !(s.wordsAt(n.i-1, "under") || s.wordsAt(n.i-1, "over") ||
		s.wordsAt(n.i-1, "above") || s.wordsAt(n.i-1, "below")) {
		return false
	}
	if n.j < len(s.toks) && s.toks[n.j].kind == tokWord && (s.lex.Unit(strings.ToLower(s.toks[n.j].text)) != "" || s.symbolAt(n.j) > n.j) {
		return false // "women over 40 hours", "children under 5 kg": the number has its own noun
	}
	who := s.toks[n.i-2]
	return who.kind == tokWord && s.lex.Unit(strings.ToLower(who.text)) == schemas.UnitPeople
}

// bareAge reports whether n could be a person's age in years written in bare digits: a
// whole number from least to most.
func (s *scanner) bareAge(n number, least, most float64) bool {
	return n.scale == 1 && !n.word && s.toks[n.i].plain() && n.value >= least && n.value <= most && n.value == float64(int(n.value))
}

// ageAdjective reports whether the number n, whose tokens end at j, is glued to
// "-year-old": a person's age, as a noun ("the 58-year-old") or before one.
// "18-year-olds" alone names a population, not an age anyone is stated to have.
func (s *scanner) ageAdjective(n number, j int) bool {
	return s.bareAge(n, 1, 120) && s.yearOldAt(j, false)
}

// yearOldAt reports whether tokens j and j+1 are "-year-old" (or "-years-old", and
// "-year-olds" when plural is set) glued to the number before them.
func (s *scanner) yearOldAt(j int, plural bool) bool {
	if j < 1 || j+1 >= len(s.toks) || s.toks[j].text != "-" || !s.toks[j].attachedTo(s.toks[j-1]) {
		return false
	}
	w := s.toks[j+1]
	return w.attachedTo(s.toks[j]) && (strings.EqualFold(w.text, "year-old") || strings.EqualFold(w.text, "years-old") ||
		plural && strings.EqualFold(w.text, "year-olds"))
}

// compoundNoun returns the plural of the noun glued with a hyphen after the number n,
// whose tokens end at j, when the two make an adjective of the noun after them ("30-member
// delegation" counts members): a lower-case word of three letters or more ("3-D" is a
// kind, not a count), no unit of time ("three-year" is a duration) and no bound
// ("2,000-plus"). "a 5-star hotel" passes for five stars. (A number word is one token with
// its noun: see parseWordNumber.)
func (s *scanner) compoundNoun(n number, j int) (string, bool) {
	if n.word || n.scale != 1 || j+2 >= len(s.toks) || s.toks[j].text != "-" || !s.toks[j].attachedTo(s.toks[j-1]) {
		return "", false
	}
	w, head := s.toks[j+1], s.toks[j+2]
	if w.kind != tokWord || !w.attachedTo(s.toks[j]) || head.kind != tokWord || len(w.text) < 3 || strings.ToLower(w.text) != w.text ||
		s.isStopword(head.text) || isPlural(w.text) {
		return "", false
	}
	plural := w.text + "s"
	if strings.HasSuffix(w.text, "y") && !strings.HasSuffix(w.text, "ey") {
		plural = w.text[:len(w.text)-1] + "ies" // "a 3-storey" is no plural, but "a 12-country" is
	}
	if u := s.lex.Unit(plural); u.IsDuration() || u == "" && s.lex.Unit(w.text) != "" {
		return "", false
	}
	for _, q := range s.lex.PostQualifiers() {
		if len(q.Words) == 2 && q.Words[0] == "-" && q.Words[1] == w.text {
			return "", false // "40-odd", "2,000-plus"
		}
	}
	if s.lex.Has(lexicon.Determiners, w.text) || s.lex.Has(lexicon.Stopwords, w.text) ||
		strings.HasPrefix(w.text, "a-") || strings.HasPrefix(w.text, "per-") || s.percentWordAt(j+1) > j+1 {
		return "", false // "a $500,000-a-year salary": a rate; "a 7-percent cut": a share
	}
	return plural, true
}

// fieldOfLabel names a record's field with its label when it is a part of it ("Universities:
// total: 190" counts "Universities: total", "Literacy: male: 100%" is "Literacy: male"):
// the part alone says too little of what is counted.
func (s *scanner) fieldOfLabel(field string) string {
	if field == "" || s.label == "" || strings.HasPrefix(field, s.label) {
		return field
	}
	return s.label + ": " + field
}

// ageAfterName reports whether the bare number n is the age a news report sets after a
// person's name between commas: "Park Ji-min, 52, a professor at KAIST", "said Lee, 47."
func (s *scanner) ageAfterName(n number) bool {
	if !s.bareAge(n, 15, 110) {
		return false
	}
	name := n.i - 2
	if name < 0 || s.toks[n.i-1].text != "," || s.toks[name].kind != tokWord || !s.capitalised(s.toks[name].text) {
		return false
	}
	if n.j < len(s.toks) && s.toks[n.j].text == "," && n.j+1 < len(s.toks) {
		switch strings.ToLower(s.toks[n.j+1].text) {
		case "a", "an", "the", "who", "said", "says", "told":
			return true // "Park Ji-min, 52, a professor"
		}
		return false
	}
	if n.j < len(s.toks) && s.toks[n.j].text != "." && s.toks[n.j].text != "”" && s.toks[n.j].text != "\"" {
		return false
	}
	k := name
	for k > 0 && s.toks[k-1].kind == tokWord && s.capitalised(s.toks[k-1].text) {
		k-- // "said Kim Yoo-jin, 47."
	}
	return k > 0 && (s.wordsAt(k-1, "said") || s.wordsAt(k-1, "says") || s.wordsAt(k-1, "told"))
}

// ageOfPerson reports whether the bare number n is what one person, a pronoun, was or is
// in years: "She was 65 when she retired", "he was 29 at the time". A number is no other
// thing a single person is.
func (s *scanner) ageOfPerson(n number) bool {
	if !s.bareAge(n, 1, 120) || n.i < 2 || !s.wordsAt(n.i-1, "was") && !s.wordsAt(n.i-1, "is") ||
		!s.lex.HasFold(lexicon.Pronouns, s.toks[n.i-2].text) || s.wordsAt(n.i-2, "they") || s.wordsAt(n.i-2, "we") {
		return false
	}
	return n.j >= len(s.toks) || s.clauseEndsAt(n.j) || s.wordsAt(n.j, "when") || s.wordsAt(n.j, "at", "the", "time")
}

// partOfReferent reports whether the bare number n follows "of these," (or "of them,",
// "of those,", "of which,", "of whom,"): it counts a part of what was counted before.
func (s *scanner) partOfReferent(n number) bool {
	if n.i < 3 || s.toks[n.i-1].text != "," || !s.wordsAt(n.i-3, "of") {
		return false
	}
	switch strings.ToLower(s.toks[n.i-2].text) {
	case "these", "those", "them", "which", "whom":
		return true
	}
	return false
}

// trimQualifier returns before without the qualifier it ends with, and the space before
// that: "aged under" → "aged", "from about" → "from".
func (s *scanner) trimQualifier(before string) string {
	if before == "" {
		return before
	}
	for _, q := range s.lex.QualifiersEndingWith(lexicon.LowerASCII(before[len(before)-1])) {
		if n := len(before) - len(q.Phrase); n > 0 && before[n-1] == ' ' && hasSuffixFold(before, q.Phrase) {
			return before[:n-1]
		}
	}
	return before
}

// dashBetween reports whether only a dash or a tilde stands between a range's low end,
// which ends at view offset lowEnd, and its high end hi, past the high end's own currency
// ("200-300", "$3,000–$5,000").
func (s *scanner) dashBetween(lowEnd int, hi number) bool {
	at := s.toks[hi.i].start
	if _, start, ok := s.currencyBefore(at, true); ok && start >= lowEnd {
		at = start
	}
	switch strings.TrimSpace(s.text[lowEnd:at]) {
	case "-", "–", "~":
		return true
	}
	return false
}

// boundBefore reports whether a bound of qualifiers.tsv ("at least", "more than", "up to")
// stands just before view offset at.
func (s *scanner) boundBefore(at int) bool {
	q, ok := qualifierEnding(strings.TrimRight(s.text[s.sent.Start:at], " "), s.lex)
	return ok && (q.Name == "at_least" || q.Name == "more_than" || q.Name == "less_than" || q.Name == "up_to")
}

// slashShare reports whether n is the top of a fraction written with a slash and read as a
// share: a small bottom (10 or less) and "of" after it ("1/3 of the jobs", "2/5 of them"),
// or a Korean particle glued to it ("전체의 1/3이").
// "49/67" and "12/40" are a part and its whole, two figures; "3/12" may be a date.
func (s *scanner) slashShare(n number) bool {
	if n.j+2 >= len(s.toks) || n.scale != 1 || !s.toks[n.i].plain() || n.j != n.i+1 {
		return false
	}
	slash, b := s.toks[n.j], s.toks[n.j+1]
	if slash.text != "/" || !slash.attachedTo(s.toks[n.i]) || !b.attachedTo(slash) || b.frac || b.grouped ||
		b.value > 10 || n.value < 1 || n.value >= b.value {
		return false
	}
	if rest := b.suffix(); rest != "" {
		return startsHangul(rest) && s.lex.Korean().Particle(rest) // "전체의 1/3이": a particle after the bottom
	}
	if p := n.j + 2; p < len(s.toks) && s.toks[p].kind == tokWord && s.toks[p].attachedTo(b) && startsHangul(s.toks[p].text) {
		return s.lex.Korean().Particle(s.toks[p].text)
	}
	return s.wordsAt(n.j+2, "of") || s.fractionBoundAhead(n.j+2) // "between 2/3 and 3/4 of"
}

// yearEnding reports whether hi is the last two digits of a year after the year n, joined
// to it by a dash: "2020-25", "1999–00".
func (s *scanner) yearEnding(n, hi number) bool {
	t := s.toks[hi.i]
	if hi.i != n.j+1 || len(t.text) != 2 || !t.plain() || s.toks[n.j].text != "-" && s.toks[n.j].text != "–" {
		return false
	}
	last := int(n.value) % 100
	return int(hi.value) > last || last == 99 && hi.value == 0
}

// changeFrom reports whether "from" stands just before view offset at, after a word that
// is not a range verb: "rose from 2% to 5%" states two values, "ranged from" one range.
func (s *scanner) changeFrom(at int) bool {
	before := s.trimQualifier(strings.TrimRight(s.text[s.sent.Start:at], " ")) // "from about 14,000"
	before = s.trimMeasureOf(before)                                           // "grew from a mean of 2.8 to 4.1"
	if !hasSuffixFold(before, "from") || !boundaryBefore(before, len(before)-len("from")) {
		return false
	}
	before = strings.TrimRight(before[:len(before)-len("from")], " ")
	w := before[strings.LastIndexByte(before, ' ')+1:]
	return !s.lex.HasFold(lexicon.RangeVerbs, w)
}

// changeAt reports whether c, whose tokens end before token j, starts a change "from <c> to"
// there: the cheap test of "to" first, since every bare number asks.
func (s *scanner) changeAt(j int, c candidate) bool {
	return s.wordsAt(j, "to") && s.changeFrom(c.start)
}

// trimMeasureOf returns before without the measure that ends it, "a mean of", "the number
// of" (measures.txt, an article before it or not), or before itself.
func (s *scanner) trimMeasureOf(before string) string {
	rest, ok := strings.CutSuffix(before, " of")
	if !ok {
		return before
	}
	k := strings.LastIndexByte(rest, ' ')
	if !s.lex.HasFold(lexicon.Measures, rest[k+1:]) {
		return before
	}
	rest = strings.TrimRight(rest[:k+1], " ")
	if k := strings.LastIndexByte(rest, ' '); s.lex.Has(lexicon.WholeArticles, strings.ToLower(rest[k+1:])) || strings.EqualFold(rest[k+1:], "a") || strings.EqualFold(rest[k+1:], "an") {
		rest = strings.TrimRight(rest[:k+1], " ")
	}
	return rest
}

// durationSuffix reports whether a hyphen and a unit of time glued to the number before
// token j follow it ("11-year", "24-hour"), and which unit.
func (s *scanner) durationSuffix(j int) (schemas.Unit, bool) {
	if j+1 >= len(s.toks) || s.toks[j].text != "-" || !s.toks[j].attachedTo(s.toks[j-1]) || !s.toks[j+1].attachedTo(s.toks[j]) {
		return "", false
	}
	u := s.lex.Unit(strings.ToLower(s.toks[j+1].text) + "s")
	return u, u.IsDuration()
}

// scaledCurrencyWord reads the hyphenated word after the number that ends at token j when it
// is a scale word and a currency written after amounts ("-trillion-won", " billion-won"),
// glued by a hyphen or after a space. It returns the token index after the word.
func (s *scanner) scaledCurrencyWord(j int) (float64, schemas.Unit, int, bool) {
	if j < len(s.toks) && s.toks[j].text == "-" && s.toks[j].attachedTo(s.toks[j-1]) {
		j++
		if j >= len(s.toks) || !s.toks[j].attachedTo(s.toks[j-1]) {
			return 0, "", 0, false
		}
	}
	if j >= len(s.toks) || s.toks[j].kind != tokWord {
		return 0, "", 0, false
	}
	scale, name, ok := strings.Cut(s.toks[j].text, "-")
	if !ok || name == "" {
		return 0, "", 0, false // most words after a number have no hyphen: nothing lowered
	}
	sc, isScale := s.lex.Scale(strings.ToLower(scale))
	if !isScale || sc.Suffix {
		return 0, "", 0, false
	}
	for _, first := range [...]byte{name[0], lexicon.LowerASCII(name[0])} { // "won", "Won"; "USD"
		for _, c := range s.lex.CurrenciesAfterStartingWith(first) {
			if !c.Hundredth && strings.EqualFold(name, c.Phrase) {
				return sc.Factor, c.Code, j + 1, true
			}
		}
	}
	return 0, "", 0, false
}

// suspendedDuration reports whether token j is a hyphen left hanging after a number, before
// "and" or "or" and a duration written as an adjective ("two- and three-year colleges",
// "5- or 10-year plans"), and the duration's unit, which the number takes.
func (s *scanner) suspendedDuration(j int) (schemas.Unit, bool) {
	if j+2 >= len(s.toks) || s.toks[j].text != "-" || !s.toks[j].attachedTo(s.toks[j-1]) || !(s.wordsAt(j+1, "and") || s.wordsAt(j+1, "or")) {
		return "", false
	}
	next, ok := s.parseNumber(j + 2)
	if !ok {
		return "", false
	}
	if next.duration != "" {
		return next.duration, true
	}
	return s.durationSuffix(next.j)
}

// hyphenRange reports whether a range is written with a plain hyphen ("70-80").
func (s *scanner) hyphenRange(c candidate) bool {
	return strings.Contains(s.text[c.start:c.end], "-")
}
