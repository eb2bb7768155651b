package extract

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/schemas"
)

// Korean numbers: digits with the myriad scale glued on or after them ("81억 1,488만 달러",
// "2만 9천"), a counter that says what is counted ("110편", "1,540명", "28,739 달러"),
// hedges before and after ("약 700만명", "70여명", "10회 이상"), and native number words
// before a counter ("두 명", "서른 세 살"). In Korean a number with a counter is a quantity
// unless the counter makes it a date, an order or a name (ko_notfigures.tsv).

// koreanShareAt returns the share the word token t states, if it is one.
func koreanShareAt(k *lexicon.Korean, t token) (float64, bool) {
	if t.kind != tokWord {
		return 0, false
	}
	return k.Share(k.ShareWord(t.text))
}

// startsHangul reports whether s starts with a Hangul letter.
func startsHangul(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return document.IsHangul(r)
}

// koreanNumber is a Korean number read from tokens [i, j): its value, and what is glued
// after its last scale word (a counter and particles: "명이").
type koreanNumber struct {
	i, j  int
	value float64
	rest  string
}

// koreanFigureAt reads a Korean figure at token i. handled is false when the token does
// not start one, and the English rules then try it.
func (s *scanner) koreanFigureAt(i int) (c candidate, next int, ok, handled bool) {
	t := s.toks[i]
	ko := s.lex.Korean()
	if share, ok := koreanShareAt(ko, t); ok {
		// "절반 가량": half, a share; "절반가량은", "절반 이상이": with its hedge glued on
		c = candidate{start: t.start, end: t.end, value: share, unit: schemas.UnitPercent, qualifier: "exact"}
		next := i + 1
		if i > 0 {
			if q := s.koreanQualifierWord(s.toks[i-1].text, "before"); q != "" {
				c.qualifier, c.start = q, s.toks[i-1].start // "약 절반이"
			}
		}
		if q := s.koreanAfterCounter(t.text[len(ko.ShareWord(t.text)):]); q != "" {
			c.qualifier = q
		} else if q, after := s.koreanQualifierAfter(i + 1); q != "" {
			c.qualifier, c.end, next = q, s.toks[after-1].end, after
		}
		return c, next, true, true
	}
	if t.kind == tokWord {
		if days, rest, ok := ko.DayWord(t.text); ok {
			return s.koreanDayWord(i, days, rest)
		}
		if r, next, ok := s.nativeRatio(i); ok {
			return r, next, true, true
		}
		nw, hedged, isNumeral := ko.HedgedNumeral(t.text) // "백여 명": some hundred
		if isNumeral && nw.Value >= 100 && i > 0 && (s.toks[i-1].text == "(" || s.toks[i-1].text == ":") {
			return c, i + 1, false, true // "기술료(만 원)", "단위: 천 명": the unit a table states its numbers in
		}
		if !isNumeral || i+1 >= len(s.toks) || s.toks[i+1].kind != tokWord || !startsHangul(s.toks[i+1].text) {
			return c, 0, false, false
		}
		c, next, ok, handled = s.koreanNumeral(i, nw)
		if ok && hedged && c.qualifier == "exact" {
			c.qualifier = "approx"
		}
		return c, next, ok, handled
	}
	if s.koreanAgeAt(i) {
		// "김 교수(52)는", "이모(45)씨": the age Korean news sets after a name
		c = candidate{start: t.start, end: t.end, value: t.value, unit: schemas.UnitYears, counted: "age", qualifier: "exact"}
		return c, i + 2, true, true
	}
	if t.kind != tokNum || !s.koreanContext(i) {
		return c, 0, false, false
	}
	if i > 0 && strings.HasSuffix(s.toks[i-1].text, "제") && t.attachedTo(s.toks[i-1]) {
		return c, i + 1, false, true // "제3차": an ordinal
	}
	if s.isLabel(number{i: i, j: i + 1, scale: 1}) {
		return c, i + 1, false, true // "바다수리-6형", "[15]", "(1)"
	}
	if i > 0 && t.attachedTo(s.toks[i-1]) && (s.toks[i-1].text == "·" && !s.koreanListItem(i) || s.toks[i-1].kind == tokWord && !startsHangul(s.toks[i-1].text)) {
		return c, i + 1, false, true // "6·25전쟁", "G7": part of a name
	}
	if i > 0 && t.attachedTo(s.toks[i-1]) && s.toks[i-1].kind == tokWord && startsHangul(s.toks[i-1].text) && !s.counterGlued(i) &&
		s.koreanQualifierWord(s.toks[i-1].text, "before") == "" {
		return c, i + 1, false, true // "코로나19": digits glued to a word, with no counter, name it
	}
	if strings.HasPrefix(t.suffix(), "분의") && i+1 < len(s.toks) && s.toks[i+1].kind == tokNum && t.value > 0 {
		return s.koreanFraction(i) // "3분의 1가량"
	}
	n, ok := s.koreanNumber(i)
	if !ok {
		return c, i + 1, false, true
	}
	c = candidate{start: t.start, end: s.toks[n.j-1].end, value: n.value, qualifier: "exact", scaled: n.value != t.value}
	j := n.j
	rest := n.rest
	if q, after := s.koreanGlued(&rest); q != "" {
		c.qualifier = q
		rest = after
	}
	// A range: "3~5년", "100-200명", "1962∼1966년".
	if rest == "" && j+1 < len(s.toks) && strings.Contains("~∼-–", s.toks[j].text) && s.toks[j].attachedTo(s.toks[j-1]) &&
		s.toks[j+1].kind == tokNum && s.toks[j+1].attachedTo(s.toks[j]) {
		if hi, ok := s.koreanNumber(j + 1); ok && hi.value >= n.value {
			c.isRange, c.low, c.high, c.end, c.qualifier = true, n.value, hi.value, s.toks[hi.j-1].end, "range"
			j, rest = hi.j, hi.rest
		}
	}
	if why := s.koreanNotFigure(i, j, c, rest, false); why != "" {
		return c, j, false, true
	}
	// The counter: glued ("110편의"), else the next word ("28,739 달러"), else "%".
	endBefore, jBefore := c.end, j
	unit, counted, counterEnd := s.koreanCounter(rest)
	particle := rest[counterEnd:] // after the counter, in its word: "의" in "10개의"
	guessed := false              // the counter is not the lexicon's: its word stands for what is counted
	switch {
	case unit == "" && rest == "" && s.percentPointsAt(j):
		unit, counted, c.end, j = "count", "%p", s.toks[j+1].end, j+2 // "2.3%p", "5 %p": percentage points, no percent
	case unit == "" && rest == "" && j < len(s.toks) && s.toks[j].text == "%" && s.toks[j].attachedTo(s.toks[j-1]):
		unit, c.end, j = "percent", s.toks[j].end, j+1
		if j < len(s.toks) && s.toks[j].kind == tokWord && s.toks[j].attachedTo(s.toks[j-1]) &&
			(s.lex.Korean().Particle(s.toks[j].text) || s.koreanAfterCounter(s.toks[j].text) != "") {
			// "95%를 웃돈다": its particle, then what bounds it; "4%대의": a bound glued to it
			particle, c.end, j = s.toks[j].text, s.toks[j].end, j+1
		}
	case unit == "" && rest == "" && j < len(s.toks) && s.toks[j].kind == tokWord && startsHangul(s.toks[j].text):
		w := s.toks[j].text
		if s.outlineNumber(i) {
			return c, j + 1, false, true // "1 역사 2 조직": the numbers of the parts in a table of contents
		}
		if why := s.koreanNotFigure(i, j+1, c, w, true); why != "" {
			return c, j + 1, false, true // "1천 명당": the suffix in the next word, as glued
		}
		if j+1 < len(s.toks) && s.toks[j+1].kind == tokWord { // "미국 달러", "평방 미터"
			if u, _, e := s.koreanCounter(w + " " + s.toks[j+1].text); u != "" && e > len(w) {
				unit, counted, c.end, j = u, w+" "+s.toks[j+1].text, s.toks[j+1].end, j+2
				break
			}
		}
		if q := s.koreanQualifierWord(w, "after"); q == "" {
			if unit, counted, counterEnd = s.koreanCounter(w); unit == "" {
				unit, counted, guessed = "count", s.koreanStem(w), true
			}
			particle, c.end, j = w[counterEnd:], s.toks[j].end, j+1
		}
	case unit == "" && rest == "" && j < len(s.toks) && s.toks[j].attachedTo(s.toks[j-1]) && measureSymbol(s.toks[j].text):
		unit, counted, c.end, j = "count", s.toks[j].text, s.toks[j].end, j+1 // "120,538㎢": a measure's own symbol
	case unit == "" && rest == "" && s.symbolAt(j) > j: // "150만 m²": a symbol of the lexicon, after a space
		end := s.symbolAt(j)
		unit, counted, c.end, j = "count", s.text[s.toks[j].start:s.toks[end-1].end], s.toks[end-1].end, end
	case unit == "" && rest == "" && s.symbolBeforeParticle(j) > 0: // "255억 kWh로": the symbol, its particle glued
		n := s.symbolBeforeParticle(j)
		unit, counted, c.end, j = "count", s.toks[j].text[:n], s.toks[j].start+n, j+1
	case unit == "" && rest != "" && s.lex.Korean().Particle(rest):
		if c.scaled {
			unit, guessed = "count", true // "3천만을 넘었다": a scaled number needs no counter
		}
	case unit == "" && rest != "":
		unit, counted, guessed = "count", s.lex.Korean().WithoutParticle(rest, 1), true // a counter the lexicon does not list: "70단위"
	}
	if (unit == "" || guessed) && c.scaled && c.value >= 1e8 {
		// "R&D 예산 26.5조 확정", "매출 3천억 돌파": an amount in 억 or 조 beside a word of
		// money, its 원 left out as headlines do; the word after it is no counter. So is
		// one in a table's cell ("| 기초연구 | 2조 3,400억 |") in a text that counts in won.
		if won, _, _ := s.koreanCounter("원"); s.speaksOfMoney() || s.table != nil && s.currency == won {
			unit, counted, guessed, c.inferred = won, "", false, true
			c.end, j = endBefore, jBefore
		}
	}
	if guessed && counted == "주" && s.weeksCued(i, j) {
		unit, guessed = schemas.UnitWeeks, false // "12주 동안", "재교육 과정(4주)": weeks, not shares or states
	}
	if unit == "" && s.declared != nil && !(s.toks[i].plain() && isYear(c.value)) {
		unit = schemas.UnitCount // a cell of a table whose unit is declared over it ("(단위: 억 원)")
	}
	if unit == "" && rest == "" && !(t.plain() && isYear(c.value)) {
		if u, w, ok := s.koreanSharedCounter(j); ok {
			unit, counted = u, w // "석사 월 80만·박사 110만 원", "300·400명": the list's last counter
		}
	}
	if unit == "" && rest == "" && (t.grouped || t.frac) && j < len(s.toks) && s.toks[j].kind == tokNum {
		return c, 0, false, false // "졸업생 수 1,250 1,310": a row's first cell, read as any written amount
	}
	if unit == "" {
		return c, j, false, true // a bare number in Korean text: a list number, a label
	}
	if guessed && s.toks[i].plain() && isYear(c.value) && !c.isRange {
		return c, j, false, true // "2024 고등교육 통계": a year before a noun, not a count of it
	}
	if unit == schemas.UnitYears && !c.isRange && j < len(s.toks) && s.toks[j].text == "반" {
		c.value, c.end, j = c.value+0.5, s.toks[j].end, j+1 // "1년 반": a year and a half
	}
	if unit == schemas.UnitYears && !c.isRange && j < len(s.toks) && s.toks[j].kind == tokNum && strings.HasPrefix(s.toks[j].suffix(), "개월") {
		// "5년 6개월": one duration, in months
		c.value, unit, c.end = c.value*12+s.toks[j].value, "months", s.toks[j].end
		counted, j = "개월", j+1
	}
	// What a general counter (one syllable) counts is the noun after it ("8개 대학", "10개의
	// 연구소"); not after a counter that ends its phrase ("200곳에 새로운 강좌를": places, not
	// new), nor a verb ("7곳 늘었고": grew by seven places), nor an adverb ("5곳 더"), nor a
	// word before another number ("5곳 중 2곳": two places of five). Korean also writes the
	// noun first, right before the number: bare before a genitive ("대학 196곳의 교원": the
	// faculty of 196 universities), or floated after its own particle ("특성화대학을 5곳 더
	// 지정"). Without either, it counts what its clause is about ("SW 중심대학은 2015년
	// 8곳에서": eight of those universities); a bare noun before ("기업 12곳이 참여하는
	// 계약학과") is left to the sentence, which says better what the places are to it.
	if general := unit == schemas.UnitCount && !guessed && utf8.RuneCountInString(counted) == 1; general && !measureSymbol(counted) {
		before, bare := s.koreanNounBefore(i)
		whole := s.koreanWholeBefore(i)
		switch {
		case whole != "":
			counted += " " + whole // "회사 가운데 3곳이": companies
		case bare && (particle == "의" || particle == "" && s.koreanVerbalNoun(j)):
			counted += " " + before // "대학원 3곳 추가 선정": the graduate schools are added
		case bare && (particle == "을" || particle == "를"):
			// "정부는 연구소 4곳을 새로 지정했다": the object counted is the noun before the
			// number; the topic of the clause is who acts on it
			counted += " " + before
		case (particle == "" || particle == "의" || particle == "인") && s.koreanNounAfter(j): // "9곳인 센터"
			counted += " " + s.koreanStem(s.spaceWord(j))
		case before != "" && !bare:
			counted += " " + before
		default:
			if topic := s.koreanTopic(i, counted, particle == "에서" || particle == "으로" || particle == "로"); topic != "" {
				counted += " " + topic
			}
		}
	}
	c.unit, c.counted = unit, counted
	if q := s.koreanAfterCounter(particle); q != "" && c.qualifier == "exact" && !c.isRange {
		c.qualifier = q // "150명가량을", "1만 7000달러대로", "7,000명 이상이라고"
	}
	if r, rj, ok := s.koreanRatio(c, firstWord(counted), j); ok {
		return r, rj, true, true
	}
	// Hedges and bounds around it: "약 20년간", "10회 이상". A range stays one: "약
	// 600만~700만 명" is about that range, whose two ends say how far it may go.
	if i > 0 {
		if q := s.koreanQualifierWord(s.toks[i-1].text, "before"); q != "" {
			c.start = s.toks[i-1].start
			if !c.isRange {
				c.qualifier = q
			}
		}
	}
	if q, after := s.koreanQualifierAfter(j); q != "" {
		c.end, j = s.toks[after-1].end, after
		if !c.isRange {
			c.qualifier = q // "150-200개 수준" stays a range
		}
	}
	if r, rj, ok := s.koreanBoundedRange(c, j); ok {
		c, j = r, rj
	} else if r, rj, ok := s.koreanBetween(c, particle, j); ok {
		c, j = r, rj
	}
	if s.lex.Korean().Age(c.counted) && (c.isRange || c.qualifier == "up_to" || c.qualifier == "at_least" ||
		c.qualifier == "less_than" || c.qualifier == "more_than") {
		c.counted = "age" // "만 39세 이하", "19세 이상 34세 이하": an age bracket, as "aged 18 to 34" is
	}
	if start, ok := s.signBefore(number{i: i}); ok && !c.isRange && c.start == t.start {
		c.value, c.start = -c.value, start // "영업이익률은 -3.2%를", "△3.2%": a decrease, stored signed
	}
	return c, j, true, true
}

// koreanNounAfter reports whether the word at token j, after a number and its counter,
// is a noun the counter counts: Korean, no qualifier, verb or adverb, and no number after
// it that it would be the counter of.
func (s *scanner) koreanNounAfter(j int) bool {
	if j >= len(s.toks) || s.toks[j].kind != tokWord || !startsHangul(s.toks[j].text) {
		return false
	}
	w, ko := s.toks[j].text, s.lex.Korean()
	// A bare word before another number may be that number's partitive ("5곳 중 2곳"); a
	// noun with its particle is a constituent of its own ("10개 대학이 3조 원을").
	return s.koreanQualifierWord(w, "after") == "" && !ko.Predicate(w) && !s.koreanVerbalNoun(j) && !ko.Adverb(ko.WithoutParticle(w, 1)) &&
		!(j+1 < len(s.toks) && s.toks[j+1].kind == tokNum && !s.toks[j+1].attachedTo(s.toks[j]) && ko.WithoutParticle(w, 2) == w)
}

// koreanVerbalNoun reports whether the word at token j is a verbal noun that acts as the
// verb of its clause, after a number and its counter ("3곳 추가 선정"); the whole word, for
// one may end in what looks like a particle ("추가" is no "추" with 가).
func (s *scanner) koreanVerbalNoun(j int) bool {
	return j < len(s.toks) && s.toks[j].kind == tokWord && s.lex.Korean().VerbalNoun(s.toks[j].text)
}

// latinWord reports whether w is a word of Latin letters, as Korean text writes some nouns
// ("GPU 3만 장").
func latinWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetter(w[i]) {
			return false
		}
	}
	return w != ""
}

// koreanNounBefore returns the noun written right before the number at token i, the
// thing its counter counts in Korean's order "noun, number, counter": bare ("기업 12곳이",
// bare is true) or as the object or subject the number floats after ("특성화대학을 5곳
// 더", "학교가 3곳"). "" when the word before is no such noun: a word of time or place
// ("현재 8곳"), a qualifier ("약"), a word of rates ("보통 3~4개의"), a pronoun, a verb, a
// topic marked with 은 or 는 (what the clause is about, which koreanTopic weighs), a word of
// one syllable ("이 중"), the counter of a number before ("1천200여 개에서 1만2천500개로").
func (s *scanner) koreanNounBefore(i int) (noun string, bare bool) {
	for i > 1 && s.toks[i-1].kind == tokWord && s.koreanQualifierWord(s.toks[i-1].text, "before") != "" {
		i-- // "대학이 약 190개": the noun before the hedge
	}
	if i == 0 {
		return "", false
	}
	t, ko := s.toks[i-1], s.lex.Korean()
	if i > 1 && s.toks[i-2].kind == tokNum {
		return "", false // "1천200여 개에서 1만2천500개로": the counter of the number before
	}
	if t.kind != tokWord || !startsHangul(t.text) && !latinWord(t.text) || s.toks[i].attachedTo(t) || ko.Predicate(t.text) ||
		s.koreanQualifierWord(t.text, "before") != "" || ko.OpensPartitive(t.text) {
		return "", false
	}
	stem := ko.WithoutParticle(t.text, 2)
	if particle := t.text[len(stem):]; particle != "" && !slices.Contains(floatedMarkers, particle) {
		return "", false
	}
	if stem == t.text && slices.ContainsFunc(topicMarkers, func(m string) bool { return strings.HasSuffix(stem, m) }) {
		return "", false // "무작위로 뽑은 1,000건": a verb's form before its noun, not a noun
	}
	if utf8.RuneCountInString(stem) < 2 || ko.Adverb(stem) || ko.Distributive(stem) || ko.Pronoun(stem) || ko.NamesYear(stem) {
		return "", false
	}
	return stem, stem == t.text
}

// koreanWholeBefore returns the noun before a partitive word before token i, the whole the
// number counts a part of ("회사 가운데 3곳", "졸업생 중 20여 명"), or "": a pronoun ("이
// 가운데", "이들 중") names a whole of the sentence before.
func (s *scanner) koreanWholeBefore(i int) string {
	if i < 2 || s.toks[i-1].kind != tokWord || !s.lex.Korean().PartOf(s.toks[i-1].text) || s.toks[i-2].kind != tokWord || !startsHangul(s.toks[i-2].text) {
		return ""
	}
	w := s.toks[i-2].text
	if utf8.RuneCountInString(w) < 2 || s.lex.Korean().Pronoun(w) || s.lex.Korean().Predicate(w) {
		return ""
	}
	return w
}

// floatedMarkers are the particles of a noun that a number and its counter may follow,
// floated after it: "특성화대학을 5곳 더 지정", "학교가 3곳 늘었다".
var floatedMarkers = []string{"을", "를", "이", "가"}

// koreanBoundedRange joins the figure c, a lower bound ending at token j, with the upper
// bound of the same unit right after it into one range: "19세 이상 34세 이하", "3년 초과 5년
// 미만".
func (s *scanner) koreanBoundedRange(c candidate, j int) (candidate, int, bool) {
	if c.isRange || c.qualifier != "at_least" && c.qualifier != "more_than" || j >= len(s.toks) || s.toks[j].kind != tokNum {
		return c, j, false
	}
	hi, hj, ok, _ := s.koreanFigureAt(j)
	if !ok || hi.isRange || hi.unit != c.unit || hi.value < c.value || hi.qualifier != "up_to" && hi.qualifier != "less_than" {
		return c, j, false
	}
	c.isRange, c.low, c.high, c.end, c.qualifier = true, c.value, hi.value, hi.end, "range"
	return c, hj, true
}

// koreanBetween joins the figure c, whose word ends with particle, with the amount of the
// same unit at token j into one range when they are written "A에서 B 사이" (between A and B,
// ko_rangeclosers.txt): "50만 원에서 200만 원 사이였다".
func (s *scanner) koreanBetween(c candidate, particle string, j int) (candidate, int, bool) {
	if c.isRange || particle != "에서" || j >= len(s.toks) || s.toks[j].kind != tokNum {
		return c, j, false
	}
	hi, hj, ok, _ := s.koreanFigureAt(j)
	if !ok || hi.isRange || hi.unit != c.unit || hi.value <= c.value || hj >= len(s.toks) || !s.lex.Korean().ClosesRange(s.toks[hj].text) {
		return c, j, false
	}
	c.isRange, c.low, c.high, c.end, c.qualifier = true, c.value, hi.value, hi.end, "range"
	return c, hj, true
}

// koreanAgeAt reports whether the number at token i is an age in brackets glued to a
// Korean name that ends with a title of lexicon.KoreanTitles ("교수(52)는", "김모(45)씨"):
// a whole number of a person's years, nothing else in the brackets.
func (s *scanner) koreanAgeAt(i int) bool {
	t := s.toks[i]
	if t.kind != tokNum || !t.plain() || t.value < 1 || t.value > 120 || i < 2 || i+1 >= len(s.toks) {
		return false
	}
	open, name, closing := s.toks[i-1], s.toks[i-2], s.toks[i+1]
	if open.text != "(" || !open.attachedTo(name) || !t.attachedTo(open) || name.kind != tokWord || closing.text != ")" || !closing.attachedTo(t) {
		return false
	}
	for _, title := range s.lex.Words(lexicon.KoreanTitles) {
		if strings.HasSuffix(name.text, title) {
			return true
		}
	}
	return false
}

// koreanContext reports whether the number at token i is Korean text's: Hangul glued after
// it, or the next word Hangul, or "약" before it.
func (s *scanner) koreanContext(i int) bool {
	t := s.toks[i]
	if s.slashShare(number{i: i, j: i + 1, scale: 1, value: t.value}) {
		return false // "전체의 1/3이": a share, read as "1/3 of" is
	}
	if rest := t.suffix(); rest != "" {
		return startsHangul(rest)
	}
	if i+1 < len(s.toks) {
		n := s.toks[i+1]
		if n.kind == tokWord && startsHangul(n.text) {
			return true
		}
		if n.text == "%" && i+2 < len(s.toks) && s.toks[i+2].kind == tokWord && startsHangul(s.toks[i+2].text) {
			return true // "6.2%의": handled here for the particle, but "%" alone reads the same
		}
		if s.percentPointsAt(i + 1) {
			return true // "2.3%p": percentage points, as Korean writes them
		}
		if i+2 < len(s.toks) && n.kind == tokPunct && strings.Contains("~∼-–", n.text) && n.attachedTo(t) &&
			s.toks[i+2].kind == tokNum && s.toks[i+2].attachedTo(n) && startsHangul(s.toks[i+2].suffix()) {
			return true // "15-64세", "3~5년": a range whose high end carries the counter
		}
	}
	return i > 0 && s.toks[i-1].kind == tokWord && (startsHangul(s.toks[i-1].text) || s.koreanRangeAt(i) && endsHangul(s.toks[i-1].text)) &&
		(i+1 >= len(s.toks) || s.toks[i+1].text != "%")
}

// koreanRangeAt reports whether the number at token i opens a range written with a tilde,
// as Korean writes them ("20~25%"), where English would write a dash.
func (s *scanner) koreanRangeAt(i int) bool {
	return i+2 < len(s.toks) && (s.toks[i+1].text == "~" || s.toks[i+1].text == "∼") && s.toks[i+1].attachedTo(s.toks[i]) &&
		s.toks[i+2].kind == tokNum && s.toks[i+2].attachedTo(s.toks[i+1])
}

// measureSymbol reports whether a token is one symbol of a unit of measure ("㎢", "㎡",
// "℃"): Unicode's other symbols, not a currency's or an operator.
// ratePeriod reports whether a duration of one, with particle glued after its counter, is
// the period of a rate, as "a year" is in "50 a year": 에 after it ("1년에 최대 50명", "한
// 해에"), or 평균 as the word at token next ("한 달 평균", "1개월 평균"). With any other number
// it is a duration ("3년에 걸쳐").
func (s *scanner) ratePeriod(particle string, next int) bool {
	return particle == "에" || particle == "" && s.wordsAt(next, "평균")
}

// koreanDayWord reads the native day word at token i ("사흘간", "열흘 동안"), the given
// days with the rest of its word after them: a duration when 간, 동안 or 만에 says so.
func (s *scanner) koreanDayWord(i int, days float64, rest string) (c candidate, next int, ok, handled bool) {
	t := s.toks[i]
	c = candidate{start: t.start, end: t.end, value: days, unit: schemas.UnitDays, counted: "일", qualifier: "exact"}
	if strings.HasPrefix(rest, "간") {
		return c, i + 1, true, true
	}
	if rest == "" && i+1 < len(s.toks) {
		switch s.toks[i+1].text {
		case "동안", "동안에", "만에", "만":
			return c, i + 1, true, true
		}
	}
	return c, i + 1, false, true
}

// outlineNumber reports whether the number at token i numbers a heading of a table of
// contents: a small whole number alone before a Korean word, with no counter, where the
// sentence has the number before or after it set the same way ("목차 1 역사 2 조직 3
// 연구", its lines joined).
func (s *scanner) outlineNumber(i int) bool {
	numbers := func(k int) bool {
		if k < 0 || k+1 >= len(s.toks) {
			return false
		}
		t, w := s.toks[k], s.toks[k+1]
		return t.plain() && t.value < 100 && w.kind == tokWord && startsHangul(w.text) && !w.attachedTo(t) &&
			(k == 0 || !t.attachedTo(s.toks[k-1]))
	}
	if !numbers(i) {
		return false
	}
	for k := range s.toks {
		if k != i && numbers(k) && math.Abs(s.toks[k].value-s.toks[i].value) == 1 {
			return true
		}
	}
	return false
}

// symbolAt returns the token after the measure symbol of the lexicon at token j, which the
// tokenizer may have cut before a superscript ("m" "²"), or j when there is none.
func (s *scanner) symbolAt(j int) int {
	if j >= len(s.toks) {
		return j
	}
	if j+1 < len(s.toks) && s.toks[j+1].attachedTo(s.toks[j]) && s.lex.Has(lexicon.Symbols, s.text[s.toks[j].start:s.toks[j+1].end]) {
		return j + 2
	}
	if s.lex.Has(lexicon.Symbols, s.toks[j].text) {
		return j + 1
	}
	return j
}

// symbolBeforeParticle returns the length of the measure symbol (lexicon.Symbols) that token
// j opens when a Korean particle is glued to it ("kWh로", "MW이다"), or 0.
func (s *scanner) symbolBeforeParticle(j int) int {
	if j >= len(s.toks) || s.toks[j].kind != tokWord {
		return 0
	}
	t := s.toks[j].text
	for i := 1; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf {
			if s.lex.Has(lexicon.Symbols, t[:i]) && s.lex.Korean().Particle(t[i:]) {
				return i
			}
			return 0
		}
	}
	return 0
}

func measureSymbol(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	return size == len(t) && unicode.Is(unicode.So, r)
}

func endsHangul(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return document.IsHangul(r)
}

// percentPointsAt reports whether tokens j and j+1 write "%p" or "%포인트", percentage points.
func (s *scanner) percentPointsAt(j int) bool {
	if j+1 >= len(s.toks) || s.toks[j].text != "%" || !s.toks[j+1].attachedTo(s.toks[j]) {
		return false
	}
	next := s.toks[j+1].text
	return strings.HasPrefix(next, "p") || strings.HasPrefix(next, "P") || strings.HasPrefix(next, "포인트")
}

// koreanNumber reads digits and their scale words from token i on: "81억 1,488만", "2만 9천",
// "5000억달러" (the currency glued after the scale is left in rest), "3천200억", "1천200여"
// (a thousand, hundred or ten before smaller digits: one group of the myriad, which a big
// scale word after it multiplies whole).
func (s *scanner) koreanNumber(i int) (koreanNumber, bool) {
	ko := s.lex.Korean()
	n := koreanNumber{i: i, j: i}
	lastBig := 0.0
	group, lastSmall := 0.0, 0.0 // the open group: "3천" before "200억"
	for k := i; k < len(s.toks); k++ {
		t := s.toks[k]
		if t.kind != tokNum {
			break // a group goes on after a big scale word, spaced or not: "3조 5,000억", "53조7천억원"
		}
		rest := t.suffix()
		v := t.value
		small, big := 1.0, 1.0
		if r, ok := ko.ScaleAt(rest); ok && !r.Big {
			small, rest = r.Value, rest[len(ko.ScaleWord(rest)):]
		}
		if r, ok := ko.ScaleAt(rest); ok && r.Big {
			big, rest = r.Value, rest[len(ko.ScaleWord(rest)):]
		}
		if group != 0 {
			if v*small >= lastSmall || lastBig > 1 && big >= lastBig {
				break // "2천500" and "2천 500" are one number, "2천 3천" two
			}
		} else if k > i && (lastBig == 1 || big >= lastBig) {
			break // "3조 5,000억" goes on; "5만 10만" is two numbers
		} else if k > i && big == 1 && v*small >= lastBig {
			break // after "305만", "8000" ends the number; "50000" is another one
		}
		group += v * small
		n.j, n.rest = k+1, rest
		if big == 1 && small > 1 && rest == "" && k+1 < len(s.toks) && s.toks[k+1].kind == tokNum {
			lastSmall = small
			continue // "3천" before "200억": the group goes on
		}
		n.value += group * big
		group, lastBig = 0, big
		if big == 1 || rest != "" {
			break // the units of the last group, or a counter glued on: the number ends
		}
	}
	n.value += group // "2천" before "3천": a group that ends without a big scale word
	return n, n.j > i
}

// koreanGlued takes a hedge glued between the number and its counter off rest: "여명" →
// approx, "명".
func (s *scanner) koreanGlued(rest *string) (string, string) {
	for _, q := range s.lex.Korean().Qualifiers() {
		if q.Where == "glued" && strings.HasPrefix(*rest, q.Word) {
			return q.Name, strings.TrimPrefix(*rest, q.Word)
		}
	}
	return "", *rest
}

// koreanQualifierWord returns the qualifier a word standing before or after a number is,
// or "".
// After a number, the word may go on with a particle or a verb's ending ("넘었으며").
func (s *scanner) koreanQualifierWord(w, where string) string {
	ko := s.lex.Korean()
	for _, q := range ko.Qualifiers() {
		if q.Where != where {
			continue
		}
		if w == q.Word {
			return q.Name
		}
		// A closing quote may end the phrase before its particle: "'5,000만 원 이상 7,000만
		// 원 미만'이".
		if rest, ok := strings.CutPrefix(w, q.Word); ok && where == "after" {
			rest = strings.TrimLeft(rest, quoteClosers)
			if len(rest) <= 3 || ko.Particle(rest) || ko.Predicate(w) {
				return q.Name
			}
		}
	}
	return ""
}

// quoteClosers are the closing quotes a Korean phrase may end with before its particle.
const quoteClosers = "'\"’”」』"

// koreanAfterCounter returns the qualifier that the rest of a word after its counter starts
// with ("가량을" in "150명가량을", "대로" in "달러대로"), or "".
func (s *scanner) koreanAfterCounter(rest string) string {
	ko := s.lex.Korean()
	for _, q := range ko.Qualifiers() {
		if (q.Where == "counter" || q.Where == "after") && !strings.Contains(q.Word, " ") && strings.HasPrefix(rest, q.Word) {
			if after := rest[len(q.Word):]; after == "" || ko.Particle(after) || ko.Predicate(rest) {
				return q.Name
			}
		}
	}
	return ""
}

// koreanQualifierAfter reads the qualifier that the words from token j on write after a
// number, one word ("넘게", "이상") or two ("못 미치는"), and returns the token after it;
// "" and j when there is none.
func (s *scanner) koreanQualifierAfter(j int) (string, int) {
	if j >= len(s.toks) || s.toks[j].kind != tokWord {
		return "", j
	}
	for _, q := range s.lex.Korean().Qualifiers() {
		if first, second, two := strings.Cut(q.Word, " "); two && q.Where == "after" && s.toks[j].text == first &&
			j+1 < len(s.toks) && strings.HasPrefix(s.toks[j+1].text, second) {
			return q.Name, j + 2
		}
	}
	if q := s.koreanQualifierWord(s.toks[j].text, "after"); q != "" {
		return q, j + 1
	}
	return "", j
}

// koreanCounter returns the unit of the counter w starts with, what it counts and how long
// the counter is; "" when the lexicon lists none, or when what follows the counter in w is
// no particle ("대기업은" is a word, not the counter 대).
func (s *scanner) koreanCounter(w string) (unit schemas.Unit, counted string, end int) {
	ko := s.lex.Korean()
	for _, c := range ko.Counters() {
		// A counter of one syllable is checked by what follows it ("대기업은" is a word,
		// not 대); a longer one is sure enough ("달러대로", "5개년계획").
		rest := strings.TrimPrefix(w, c.Word)
		if len(rest) < len(w) && (rest == "" || utf8.RuneCountInString(c.Word) > 1 || ko.Particle(rest) || ko.Particle(firstSyllable(rest)) ||
			(c.Unit.IsCurrency() || c.Unit == schemas.UnitPeople) && s.koreanAfterCounter(rest) != "") {
			// "1조 원대", "3만 명대다": a hedge glued after a currency or people ("120세대" is no age)
			return c.Unit, c.Word, len(c.Word)
		}
	}
	return "", "", 0
}

// firstSyllable is the first rune of s.
func firstSyllable(s string) string {
	_, size := utf8.DecodeRuneInString(s)
	return s[:size]
}

// The particles that mark what a clause is about, and with them those of the object a
// change changes.
var topicMarkers, changedMarkers = []string{"은", "는"}, []string{"은", "는", "을", "를"}

// koreanTopic returns the noun a clause before token i is about, marked with 은 or 는
// ("중심대학은"), whose number the bare counter gives; "" when there is none before the
// clause starts. When the number is an end of a change (change: "8곳에서 15곳으로"), the
// object marked with 을 or 를 on the way is what changes ("정부는 특성화 대학원을 현재
// 8곳에서 15곳으로 늘리고": graduate schools, not the government).
func (s *scanner) koreanTopic(i int, counter string, change bool) string {
	for k := i - 1; k >= 0; k-- {
		t := s.toks[k]
		if t.kind == tokNum && (isYear(t.value) && strings.HasPrefix(t.suffix(), "년") || strings.HasPrefix(t.suffix(), counter)) {
			continue // "2015년 8곳에서 2022년 44곳으로": dates, and the other end of a change
		}
		if t.text == "," && k > 0 && s.toks[k-1].kind == tokNum && strings.HasPrefix(s.toks[k-1].suffix(), counter) {
			continue // "수도권 3곳, 비수도권 5곳이다": an item of a list, counted as those before it
		}
		if t.kind == tokPunct && t.text != "(" && t.text != ")" || t.kind == tokNum {
			return ""
		}
		if t.kind != tokWord || !startsHangul(t.text) {
			continue
		}
		markers := topicMarkers
		if change {
			markers = changedMarkers
		}
		for _, p := range markers {
			if stem, ok := strings.CutSuffix(t.text, p); ok && utf8.RuneCountInString(stem) >= 2 && !s.lex.Korean().Predicate(t.text) {
				if s.lex.Korean().Pronoun(stem) {
					return "" // "이들은": the topic is named before, not here
				}
				return stem
			}
		}
	}
	return ""
}

// spaceWord returns the text from token j up to the next space: a Korean word that the
// tokens cut at a digit, "제1중학교에서" from "제" and "1중학교에서".
func (s *scanner) spaceWord(j int) string {
	k := j
	for k+1 < len(s.toks) && s.toks[k+1].kind != tokPunct && s.toks[k+1].attachedTo(s.toks[k]) {
		k++
	}
	return s.text[s.toks[j].start:s.toks[k].end]
}

// koreanStem is a Korean word without the particle or ending after it, as what a number
// counts: "연구소와" → "연구소", "식당을" → "식당"; a word of two syllables or fewer is a
// noun of its own ("아이").
func (s *scanner) koreanStem(w string) string { return s.lex.Korean().WithoutParticle(w, 2) }

// speaksOfMoney reports whether the sentence holds a Korean word of money the lexicon
// names strongly (예산, 매출, 투자, ...).
func (s *scanner) speaksOfMoney() bool {
	sentence := s.text[s.sent.Start:s.sent.End]
	for _, mw := range s.lex.MoneyWords() {
		if w := mw.Words[0]; !mw.Weak && w[0] >= utf8.RuneSelf && strings.Contains(sentence, w) {
			return true
		}
	}
	return false
}

// perNounAt reports whether token k is a noun glued to 당 (per) that a figure follows within
// a few words, the amount per one of it: "대학당 연평균 100억 원", "팀당 5천만 원". A count
// of things whose name ends in 당 ("3개 정당이 참여했다", parties) has no figure after it.
func (s *scanner) perNounAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tokWord || utf8.RuneCountInString(s.toks[k].text) < 2 || !strings.HasSuffix(s.toks[k].text, "당") {
		return false
	}
	for m := k + 1; m < len(s.toks) && m <= k+3; m++ {
		if s.toks[m].kind == tokNum {
			return true
		}
	}
	return false
}

// koreanNotFigure says why the number at token i, read into c with rest glued after it (or,
// spaced, the word after it), is no quantity: a year or a date, an order, a name; "" when it
// is one. Token next follows the word that ends in rest.
func (s *scanner) koreanNotFigure(i, next int, c candidate, rest string, spaced bool) string {
	ko := s.lex.Korean()
	if s.durationOrdinal(rest, next) {
		return "ordinal" // "입사 3년 차", "1년차 레지던트": the third year, not three years
	}
	unit, _, counter := s.koreanCounter(rest)
	if c.value == 1 && !c.isRange && unit.IsDuration() && s.ratePeriod(rest[counter:], next) {
		return "a rate's period" // "1년에 최대 50명": fifty a year; "1개월 평균"
	}
	if strings.HasPrefix(rest, "일") && s.koreanDays(i, next, c, rest) {
		return ""
	}
	decade := func(v float64) bool { return v >= 10 && v <= 90 && math.Mod(v, 10) == 0 }
	if after, ok := strings.CutPrefix(rest, "대"); ok && (c.isRange && decade(c.low) && decade(c.high) || !c.isRange && decade(c.value)) &&
		(after != "" && ko.AgeCue(after) || after == "" && next < len(s.toks) && ko.AgeCue(s.toks[next].text)) {
		return "age group" // "10대부터 40대까지", "70대 이상", "20~30대 연구자": people in their Ns
	}
	if s.shortYearAt(i) && (strings.HasPrefix(rest, "년") || c.isRange) && !strings.HasPrefix(rest, "년간") {
		return "year" // "'22년 대비", "'24~'28년": a year written with its last two digits
	}
	if after, ok := strings.CutPrefix(rest, "기"); ok && (after == "" || ko.Particle(after)) && i > 0 &&
		s.toks[i-1].kind == tokWord && !s.toks[i].attachedTo(s.toks[i-1]) && ko.Machine(s.toks[i-1].text) {
		return "" // "정지궤도위성 3기를": three satellites, not a third cohort
	}
	for suffix, why := range ko.NotFigures() {
		if s.notFigureSuffix(rest, suffix, counter, spaced) {
			return why
		}
	}
	if unit != "" && !unit.IsDuration() && s.perNounAt(next) {
		return "a rate's denominator" // "1개 대학당 연평균 100억 원": a hundred billion per university
	}
	if strings.HasPrefix(rest, "분") && i > 0 && strings.HasSuffix(s.toks[i-1].text, "시") {
		return "time of day" // "7시 10분"
	}
	year := c.value >= 1800 && c.value <= 2100 && c.value == float64(int(c.value))
	if strings.HasPrefix(rest, "년") && !strings.HasPrefix(rest, "년간") && !strings.HasPrefix(rest, "년 동안") && year {
		return "year"
	}
	if c.isRange && c.low >= 1800 && c.high <= 2100 && strings.HasPrefix(rest, "년") {
		return "period"
	}
	if rest == "세대" && c.value <= 10 && i+1 < len(s.toks) && (s.toks[i+1].kind == tokWord && startsHangul(s.toks[i+1].text) &&
		s.koreanQualifierWord(s.toks[i+1].text, "after") == "" || s.generationInBrackets(i+1)) {
		return "generation" // "4세대 방사광가속기", "5세대 이동통신", "3세대(3G)"; "100세대" (households) is a count
	}
	if rest == "" && year && c.unit == "" && s.toks[i].plain() {
		// "1962 ..." in Korean text without a counter: a year written bare.
		if i+1 < len(s.toks) && !(s.toks[i+1].kind == tokWord && startsHangul(s.toks[i+1].text)) {
			return "year"
		}
	}
	return ""
}

// durationOrdinal reports whether rest, glued after a number, is a counter of time and 차,
// glued or the word after it (token next): "3년차", "1년 차", "2개월 차에": which year or
// month of a span, an ordinal.
func (s *scanner) durationOrdinal(rest string, next int) bool {
	nextCha := next < len(s.toks) && s.toks[next].kind == tokWord && strings.HasPrefix(s.toks[next].text, "차")
	if !nextCha && !strings.Contains(rest, "차") {
		return false // most numbers: the cheap test first, before the counters
	}
	ko := s.lex.Korean()
	isCha := func(w string) bool {
		after, ok := strings.CutPrefix(w, "차")
		return ok && (after == "" || ko.Particle(after))
	}
	for _, c := range ko.Counters() {
		if after, ok := strings.CutPrefix(rest, c.Word); ok && c.Unit.IsDuration() {
			return isCha(after) || after == "" && nextCha && isCha(s.toks[next].text)
		}
	}
	return false
}

// notFigureSuffix reports whether w, after a number, starts with suffix of
// ko_notfigures.tsv. A longer counter wins: "두 차례" (twice) is no "차" (an order), "3시간"
// (hours) no "시" (o'clock). Glued to digits, the suffix may start a longer word ("201호령",
// a decree's number; "4.0판이", a version); a word of its own after a space, a suffix of
// one syllable is the whole word but its ending: "세 시에" (three o'clock), not "세 시기로"
// (three periods); "100만 판매" (sales), not a version.
func (s *scanner) notFigureSuffix(w, suffix string, counter int, spaced bool) bool {
	rest, ok := strings.CutPrefix(w, suffix)
	if !ok || len(suffix) < counter {
		return false
	}
	ko := s.lex.Korean()
	return !spaced || utf8.RuneCountInString(suffix) > 1 || rest == "" || ko.Particle(rest) || ko.Predicate(rest)
}

// generationInBrackets reports whether token k opens brackets around a generation's
// English name, "(3G)" or "(5G)", after "N세대".
func (s *scanner) generationInBrackets(k int) bool {
	return k+2 < len(s.toks) && s.toks[k].text == "(" && s.toks[k+1].kind == tokNum &&
		strings.EqualFold(s.toks[k+1].suffix(), "G") && s.toks[k+2].text == ")"
}

// koreanDays reports whether "N일" at token i is a number of days, not a day of a month:
// "평균 40일에서 10일로" (from 40 days on average to 10), "3일 만에" (within three days). A
// month has no day after 31; a word of ko_daycues.tsv before or after the number says it
// counts days; and the other end of "N일에서 M일로" is one when its first end is.
func (s *scanner) koreanDays(i, next int, c candidate, rest string) bool {
	ko := s.lex.Korean()
	day := func(i, next int, value float64, rest string) bool {
		return value > 31 || value != math.Trunc(value) ||
			i > 0 && ko.DayCue(s.toks[i-1].text, "before") ||
			rest == "일" && next < len(s.toks) && ko.DayCue(s.toks[next].text, "after")
	}
	if c.isRange {
		return c.high > 31 || day(i, next, 0, rest)
	}
	if day(i, next, c.value, rest) {
		return true
	}
	// "40일에서 10일로": one end of a change from days to days makes the other days too.
	other, otherRest := -1, []string{}
	switch strings.TrimPrefix(rest, "일") {
	case "에서":
		other, otherRest = next, []string{"일로", "일으로"}
	case "로", "으로":
		other, otherRest = i-1, []string{"일에서"}
	}
	if other < 0 || other >= len(s.toks) || s.toks[other].kind != tokNum {
		return false
	}
	n, ok := s.koreanNumber(other)
	return ok && n.j == other+1 && slices.Contains(otherRest, n.rest) && day(other, other+1, n.value, n.rest)
}

// weeksCued reports whether the number at token i, with 주 glued to it and token j after
// it, is a number of weeks: a word of time after it ("12주 동안", "4주 만에"), or the
// brackets around it that state the length of what they follow ("재교육 과정(4주)").
func (s *scanner) weeksCued(i, j int) bool {
	if j < len(s.toks) && s.lex.Korean().DayCue(s.toks[j].text, "after") {
		return true
	}
	return i > 0 && j < len(s.toks) && s.toks[i-1].text == "(" && s.toks[j].text == ")" && s.toks[i].attachedTo(s.toks[i-1])
}

// koreanNumeral reads a native number word and the words after it: "두 명", "서른 세 살",
// "한두 번 정도".
func (s *scanner) koreanNumeral(i int, nw lexicon.KoreanNumeral) (c candidate, next int, ok, handled bool) {
	ko := s.lex.Korean()
	j := i + 1
	value, high := nw.Value, nw.High
	if value >= 20 && value == high && j < len(s.toks) {
		if u, isUnit := ko.Numeral(s.toks[j].text); isUnit && u.Value < 10 && u.Value == u.High &&
			j+1 < len(s.toks) && s.toks[j+1].kind == tokWord && startsHangul(s.toks[j+1].text) {
			value, high, j = value+u.Value, value+u.Value, j+1 // "서른 세 살"
		}
	}
	w := s.toks[j].text
	unit, counted, counter := s.koreanCounter(w)
	for suffix := range ko.NotFigures() {
		if s.notFigureSuffix(w, suffix, counter, true) {
			return c, j + 1, false, true // "다섯 번째": an order
		}
	}
	if unit == "" {
		if value == 1 || value >= 10 && value == nw.Value {
			// "한 대기업은": "a" large company, not one; "열 ...": a word more often than a
			// count. Only a counter makes them numbers ("한 달", "한 명").
			return c, i + 1, false, true
		}
		unit, counted = schemas.UnitCount, s.koreanStem(w)
	}
	if value == 1 && unit.IsDuration() && (w == counted && j+1 < len(s.toks) && s.toks[j+1].kind == tokNum ||
		s.ratePeriod(w[counter:], j+1) || w == counted && s.periodNoun(j+1)) {
		// "한 해 100편", "한 달 30만 원", "한 해에 최대 5억 달러", "한 달 평균 3천 달러", "한
		// 해 예산은 ... 4,500억 원": a rate's "a year", as "per" or "annual" is in English;
		// the amount after it is the figure.
		return c, j + 1, false, true
	}
	if value == 1 && w[:counter] == "해" && i > 0 && (s.toks[i-1].kind == tokNum && isYear(s.toks[i-1].value) &&
		strings.HasPrefix(s.toks[i-1].suffix(), "년") || ko.NamesYear(s.toks[i-1].text)) {
		return c, j + 1, false, true // "2022년 한 해 동안", "작년 한 해", "2022년 한 해에만": the year named, not a duration
	}
	if value == 1 && high == 1 && w[counter:] == "도" {
		return c, j + 1, false, true // "한 명도 배정되지 않았다", "한 번도": not a single one, none
	}
	if value == 1 && high == 1 && !unit.IsDuration() && (strings.HasSuffix(w, "에") || strings.HasSuffix(w, "에서") || strings.HasSuffix(w, "의")) {
		return c, j + 1, false, true // "한 곳에 모였다", "한 번에": in one place, at once; "한 번의 공격으로": in a single attack
	}
	if value == 1 && high == 1 && w[:counter] == "사람" && (i == 0 || s.toks[i-1].text == ",") && (w[counter:] == "이" || w[counter:] == "가") {
		// "..., 한 사람이 계정을 10개 넘게 운영하기도 한다": someone who opens a clause, as
		// "One respondent recalled" is in English; the counter 명 counts ("한 명이 숨졌다")
		return c, j + 1, false, true
	}
	if value == 1 && high == 1 && unit == schemas.UnitPeople && s.distributiveAhead(j+1) {
		// "한 사람이 한 달에 버는 돈은 평균 3,000달러", "조력자 한 명이 받은 돈은 건당 50만
		// 원": each one, as "per person" is in English; the figure is the rate after it.
		return c, j + 1, false, true
	}
	c = candidate{start: s.toks[i].start, end: s.toks[j].end, value: value, unit: unit, counted: counted, qualifier: "exact"}
	if high != value {
		c.isRange, c.low, c.high, c.qualifier = true, value, high, "range"
	}
	j++
	if r, rj, ok := s.koreanRatio(c, w[:counter], j); ok {
		return r, rj, true, true // "열 명 가운데 한 명꼴"
	}
	if q, after := s.koreanQualifierAfter(j); q != "" && !c.isRange {
		c.qualifier, c.end, j = q, s.toks[after-1].end, after
	}
	if strings.HasSuffix(w, "쯤") && !c.isRange {
		c.qualifier = "approx"
	}
	return c, j, true, true
}

// periodNoun reports whether token k is a noun that "한 해" or "한 달" before it makes a
// quantity per period ("한 해 예산은", "한 달 생활비가"), with an amount ahead in its
// clause: a Korean word that is no duration cue after a number ("동안", "만에").
func (s *scanner) periodNoun(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tokWord || !startsHangul(s.toks[k].text) || s.lex.Korean().DayCue(s.toks[k].text, "after") {
		return false // "한 해 동안", "한 달 만에" (ko_daycues.tsv): a duration
	}
	return s.inClauseAhead(k, func(t token) bool { return t.kind == tokNum })
}

// distributiveAhead reports whether a word that makes a figure a rate per one
// (ko_distributives.tsv) follows token k in its clause.
func (s *scanner) distributiveAhead(k int) bool {
	return s.inClauseAhead(k, func(t token) bool { return s.lex.Korean().Distributive(t.text) })
}

// inClauseAhead reports whether a token from k on, before a comma or a full stop and
// within a dozen tokens, is one that match accepts.
func (s *scanner) inClauseAhead(k int, match func(token) bool) bool {
	for end := min(len(s.toks), k+12); k < end; k++ {
		switch t := s.toks[k]; {
		case t.text == "," || t.text == "." || t.text == ";":
			return false
		case match(t):
			return true
		}
	}
	return false
}

// koreanListItem reports whether the number at token i, after a number and "·", is the next
// item of a list that has a counter ("300·400명", "80만·110만 원"), where a name's number
// has none ("6·25전쟁").
func (s *scanner) koreanListItem(i int) bool {
	if i < 2 || s.toks[i-2].kind != tokNum {
		return false
	}
	_, _, ok := s.koreanSharedCounter(i - 1)
	return ok
}

// koreanSharedCounter returns the counter, and what it counts, of the next number of a list
// that the number ending before token j, which has none, shares: after "·" or ",", perhaps
// past the item's name ("80만·박사 110만 원", "300·400명", "80만, 110만 원").
func (s *scanner) koreanSharedCounter(j int) (schemas.Unit, string, bool) {
	if j+1 >= len(s.toks) || s.toks[j].text != "·" && s.toks[j].text != "," {
		return "", "", false
	}
	k := j + 1
	if s.toks[k].kind == tokWord && startsHangul(s.toks[k].text) && k+1 < len(s.toks) && s.toks[k+1].kind == tokNum {
		k++ // the next item's name: "박사"
	}
	if s.toks[k].kind != tokNum {
		return "", "", false
	}
	n, ok := s.koreanNumber(k)
	if !ok {
		return "", "", false
	}
	word := n.rest
	if word == "" && n.j < len(s.toks) && s.toks[n.j].kind == tokWord {
		word = s.toks[n.j].text // "110만 원": the counter a word apart
	}
	unit, counted, _ := s.koreanCounter(word)
	return unit, counted, unit != ""
}

// koreanFraction reads "N분의 M" (M Nths) at token i as a share in percent points.
func (s *scanner) koreanFraction(i int) (c candidate, next int, ok, handled bool) {
	den, num := s.toks[i], s.toks[i+1]
	c = candidate{start: den.start, end: num.end, value: 100 * num.value / den.value, unit: schemas.UnitPercent, qualifier: "exact"}
	if i > 0 {
		if q := s.koreanQualifierWord(s.toks[i-1].text, "before"); q != "" {
			c.qualifier, c.start = q, s.toks[i-1].start // "약 3분의 1"
		}
	}
	rest := num.suffix()
	if q, _ := s.koreanGlued(&rest); q != "" {
		c.qualifier = q
	} else if q := s.koreanAfterCounter(rest); q != "" {
		c.qualifier = q
	} else if q, after := s.koreanQualifierAfter(i + 2); q != "" && (rest == "" || s.lex.Korean().Particle(rest)) {
		c.qualifier, c.end = q, s.toks[after-1].end // "3분의 2 이상", "4분의 1에도 못 미친다"
		return c, after, true, true
	}
	return c, i + 2, true, true
}

// koreanRatio reads "3곳 중 1곳", "10명 중 7명꼴", "10명 가운데 4명": a part of a small or round whole counted
// with the same counter, a rate like "one in three" (percent). c is the whole, counted with
// counter, and j the token after it. A part of a larger whole ("학생 300명 중
// 120명") is two figures, as "12 of 40 papers" is.
func (s *scanner) koreanRatio(c candidate, counter string, j int) (candidate, int, bool) {
	if c.isRange || counter == "" || c.unit.IsCurrency() ||
		j+1 >= len(s.toks) || s.toks[j].text != "중" && s.toks[j].text != "가운데" {
		return c, 0, false
	}
	// The part: digits ("4명"), or a native number and its counter ("한 명꼴").
	var part float64
	var rest string
	next := 0
	if s.toks[j+1].kind == tokNum {
		n, ok := s.koreanNumber(j + 1)
		if !ok {
			return c, 0, false
		}
		part, rest, next = n.value, n.rest, n.j
	} else if nw, ok := s.lex.Korean().Numeral(s.toks[j+1].text); ok && nw.Value == nw.High && j+2 < len(s.toks) {
		part, rest, next = nw.Value, s.toks[j+2].text, j+3
	}
	if next == 0 || part >= c.value || part <= 0 || !strings.HasPrefix(rest, counter) {
		return c, 0, false
	}
	if c.value != 100 && c.value > 10 && !strings.HasPrefix(rest[len(counter):], "꼴") {
		return c, 0, false // "지원자 240명 중 90명이": a part of a large whole, two figures; "12명 중 1명꼴로" is a rate
	}
	r := candidate{start: c.start, end: s.toks[next-1].end, value: 100 * part / c.value,
		unit: schemas.UnitPercent, qualifier: c.qualifier, counted: c.counted}
	if q := s.koreanQualifierWord(rest[len(counter):], "after"); q != "" {
		r.qualifier = q
	}
	return r, next, true
}

// nativeRatio reads a ratio of two native numbers without a counter, the whole first with
// 에: "열에 아홉은" (nine in ten), "다섯에 하나" (one in five).
func (s *scanner) nativeRatio(i int) (candidate, int, bool) {
	ko := s.lex.Korean()
	head, ok := strings.CutSuffix(s.toks[i].text, "에")
	if !ok || i+1 >= len(s.toks) || !s.toks[i+1].attachedTo(s.toks[i]) && s.toks[i+1].start != s.toks[i].end+1 {
		return candidate{}, 0, false
	}
	whole, ok := ko.Numeral(head)
	if !ok || whole.Value != whole.High || whole.Value < 2 {
		return candidate{}, 0, false
	}
	w := s.toks[i+1].text
	part, ok := ko.Numeral(w)
	if !ok {
		part, ok = ko.Numeral(ko.WithoutParticle(w, 1))
	}
	if !ok || part.Value != part.High || part.Value >= whole.Value {
		return candidate{}, 0, false
	}
	return candidate{start: s.toks[i].start, end: s.toks[i+1].start + len(ko.WithoutParticle(w, 1)), value: 100 * part.Value / whole.Value,
		unit: schemas.UnitPercent, qualifier: "exact"}, i + 2, true
}

// koreanDurationRanges joins two durations of a Korean sentence written "X에서 Y" into one range
// when the second is not the end of a change ("6개월에서 1년 사이", "3년에서 5년이다", not
// "100명에서 200명으로 늘었다"): in months when one end is in years.
func (s *scanner) koreanDurationRanges(cs []candidate) []candidate {
	for k := 0; k+1 < len(cs); k++ {
		a, b := cs[k], cs[k+1]
		// The second end follows at once: a hedge before it is part of it ("최소 3개월에서
		// 최대 2년").
		if a.isRange || b.isRange || !monthsOrYears(a.unit) || !monthsOrYears(b.unit) || a.end > b.start ||
			!strings.HasSuffix(s.text[a.start:a.end], "에서") || strings.TrimSpace(s.text[a.end:b.start]) != "" ||
			strings.HasSuffix(s.text[b.start:b.end], "로") {
			continue
		}
		lo, hi := a.value, b.value
		if a.unit != b.unit {
			lo, hi = inMonths(a), inMonths(b)
			if a.unit != schemas.UnitMonths {
				a.counted = b.counted // the months end's counter
			}
			a.unit = schemas.UnitMonths
		}
		if hi <= lo {
			continue
		}
		a.isRange, a.low, a.high, a.value, a.end, a.qualifier = true, lo, hi, 0, b.end, "range"
		cs[k] = a
		cs = append(cs[:k+1], cs[k+2:]...)
	}
	return cs
}

// monthsOrYears reports whether u is a duration in months or years.
func monthsOrYears(u schemas.Unit) bool { return u == schemas.UnitMonths || u == schemas.UnitYears }

// inMonths returns a duration in months or years in months.
func inMonths(c candidate) float64 {
	if c.unit == schemas.UnitYears {
		return 12 * c.value
	}
	return c.value
}

// shortYearAt reports whether the number at token i is a year written with its last two
// digits after an apostrophe, as Korean reports write them ("'22년", "('21)").
func (s *scanner) shortYearAt(i int) bool {
	if i < 1 || s.toks[i].digits != 2 || !s.toks[i].attachedTo(s.toks[i-1]) {
		return false
	}
	p := s.toks[i-1].text
	return p == "'" || p == "’" || p == "‘"
}
