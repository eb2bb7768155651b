package lexicon

import (
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/schemas"
)

// Korean holds the words of Korean numbers, from the ko_*.tsv files.
type Korean struct {
	counters    []KoreanCounter // longest first
	counterOf   map[string]KoreanCounter
	scales      map[string]KoreanScale
	qualifiers  []KoreanQualifier
	numerals    map[string]KoreanNumeral
	sinoDigits  map[string]float64      // Sino-Korean digits, read only inside a compound with a scale word: "삼" in "삼천"
	notFigures  map[string]string       // suffix → why a number with it is no quantity
	particles   map[string]bool         // what may follow a counter in its word
	lightVerbs  []string                // the forms of 하다 that make the noun before them a verb
	partitives  []string                // words that open a clause about a part of the one before: "이 가운데"
	shares      map[string]float64      // words that state a share alone: "절반" (half) → 50
	dayCues     map[string]string       // word → "before" or "after": "N일" beside it counts days
	tense       []string                // syllables that mark a predicate inside a word: "었" in "늘었고"
	dayWords    map[string]float64      // native words for a number of days: "사흘" → 3
	changes     []string                // the starts of verbs of change: "늘었" in "늘었다"
	backrefs    []string                // words that open a clause about the one before: "이는"
	breakdowns  []string                // endings of an opening word that break down what came before: "국적별로는"
	yearWords   map[string]bool         // words that name a year as a time: "작년"
	pronouns    map[string]bool         // words that stand for a noun named before: "이들"
	grades      []string                // suffixes that grade a workforce by degree: "급"
	adverbs     map[string]bool         // words beside a number that name nothing it counts: "더", "현재"
	hedgeNouns  []string                // hedges after a number that take particles: "이상", "가량"
	verbalNouns map[string]bool         // verbal nouns used as a clause's verb after a counter: "추가", "확보"
	machines    []string                // nouns of machines counted with 기: "위성", "원전"
	captions    map[string]schemas.Unit // a caption's head noun → the unit of its table: "논문" → papers
	statusWords []string                // words a caption ends with after its noun: "현황", "추이"
	ageCues     []string                // words after "N대" that make it an age group: "부터", "이상"

	distributiveWords, distributiveEnds []string // "평균"; "씩", "당": a rate per one (ko_distributives.tsv)
	rangeClosers                        []string // "사이", closing "A에서 B 사이" (ko_rangeclosers.txt)
	postVerbs                           []string // "재직", "근무": holding a post (ko_postverbs.txt)
	yearSuffixes                        []string // "년", "학년": glued after four digits, a year (ko_yearsuffixes.txt)
}

// KoreanCounter is a counter or currency word and the unit it gives.
type KoreanCounter struct {
	Word     string
	Unit     schemas.Unit
	Multiple bool // "두 배": how many times, a count of times
	Age      bool // "39세": a person's age, in years
}

// KoreanScale is a scale word: small (천) multiplies within a group, big (만, 억, 조) ends one.
type KoreanScale struct {
	Value float64
	Big   bool
}

// KoreanQualifier is a hedge or bound, and where it stands: before, after or glued.
type KoreanQualifier struct{ Word, Where, Name string }

// KoreanNumeral is a native number word; High differs from Value for a range ("한두").
type KoreanNumeral struct{ Value, High float64 }

// indexCounters puts longer counters first, so that "개월" is tried before "개", and
// indexes them by word: Counter, Age and Multiple are asked of every word beside a number.
func (k *Korean) indexCounters() {
	sort.SliceStable(k.counters, func(i, j int) bool { return len(k.counters[i].Word) > len(k.counters[j].Word) })
	k.counterOf = make(map[string]KoreanCounter, len(k.counters))
	for _, c := range k.counters {
		if _, seen := k.counterOf[c.Word]; !seen {
			k.counterOf[c.Word] = c
		}
	}
}

// StartsNumber reports whether the word w can start a Korean figure: a native number word,
// a word of a share or a native day word.
func (k *Korean) StartsNumber(w string) bool {
	if w == "" || w[0] < 0xEA || w[0] > 0xED {
		return false // not Hangul: the cheap test first, for every English word
	}
	_, _, ok := k.HedgedNumeral(w)
	_, _, day := k.DayWord(w)
	if head, whole := strings.CutSuffix(w, "에"); whole && !ok {
		_, ok = k.Numeral(head) // "열에 아홉": the whole of a ratio
	}
	return ok || day || k.ShareWord(w) != ""
}

// HedgedNumeral is Numeral for a word that may end in 여, "some" ("백여", "스무여"): the
// number, and whether it was hedged so.
func (k *Korean) HedgedNumeral(w string) (nw KoreanNumeral, hedged, ok bool) {
	if nw, ok = k.Numeral(w); ok {
		return nw, false, true
	}
	if stem, cut := strings.CutSuffix(w, "여"); cut {
		if nw, ok = k.Numeral(stem); ok && nw.Value >= 10 && nw.Value == nw.High {
			return nw, true, true
		}
	}
	return KoreanNumeral{}, false, false
}

// ShareWord returns the share word w starts with ("절반을"), or "".
func (k *Korean) ShareWord(w string) string {
	for s := range k.shares {
		if strings.HasPrefix(w, s) {
			return s
		}
	}
	return ""
}

// Share returns the share a share word states ("절반" → 50).
func (k *Korean) Share(w string) (float64, bool) {
	v, ok := k.shares[w]
	return v, ok
}

// Numeral returns the native number word w ("두" → 2), or a tens word and a units word
// written as one ("열여덟" → 18, "스물아홉" → 29), or a Sino-Korean number in words
// ("삼천" → 3,000, "천만" → 10,000,000).
func (k *Korean) Numeral(w string) (KoreanNumeral, bool) {
	if nw, ok := k.numerals[w]; ok {
		return nw, ok
	}
	if v, ok := k.sinoNumber(w); ok {
		return KoreanNumeral{Value: v, High: v}, true // "삼천 명", "천만 원"
	}
	for i := range w {
		tens, ok := k.numerals[w[:i]]
		if i == 0 || !ok || tens.Value < 10 || tens.Value >= 100 || int(tens.Value)%10 != 0 || tens.High != tens.Value {
			// only a tens word joins a units word: "만세" is no 10,003
			continue
		}
		if unit, ok := k.numerals[w[i:]]; ok && unit.Value < 10 && unit.High == unit.Value {
			return KoreanNumeral{Value: tens.Value + unit.Value, High: tens.Value + unit.Value}, true
		}
	}
	return KoreanNumeral{}, false
}

// sinoNumber reads a Sino-Korean number written in words as one word, its digits and
// scale words joined ("삼천" → 3,000, "천만" → 10,000,000, "이천오백" → 2,500): two
// syllables or more, a scale word among them, nothing else. A digit alone ("이", "사")
// is a word of its own (this, a company) and is no number.
func (k *Korean) sinoNumber(w string) (float64, bool) {
	total, section, digit := 0.0, 0.0, 0.0
	syllables, scaled := 0, false
	for _, r := range w {
		syllables++
		c := string(r)
		if d, ok := k.sinoDigits[c]; ok {
			if digit != 0 {
				return 0, false // "삼사": two digits in a row are no number
			}
			digit = d
			continue
		}
		sc, ok := k.scales[c]
		if !ok || sc.Value > 10000 {
			return 0, false // a syllable of no number, or 억 and 조, which digits write before them
		}
		scaled = true
		if sc.Big { // 만: the group so far, or one, times ten thousand
			total += max(section+digit, 1) * sc.Value
			section, digit = 0, 0
			continue
		}
		section += max(digit, 1) * sc.Value
		digit = 0
	}
	if syllables < 2 || !scaled {
		return 0, false
	}
	return total + section + digit, true
}

// DayWord returns the number of days of the native day word w starts with ("사흘간" → 3)
// and the rest of w after it.
func (k *Korean) DayWord(w string) (days float64, rest string, ok bool) {
	for i := min(len(w), 12); i >= 6; i -= 3 { // two to four syllables of three bytes
		if d, ok := k.dayWords[w[:i]]; ok {
			return d, w[i:], true
		}
	}
	return 0, "", false
}

// ChangeVerb reports whether the word w is a verb of change ("줄어들었다", "증가했다").
func (k *Korean) ChangeVerb(w string) bool {
	return slices.ContainsFunc(k.changes, func(c string) bool { return strings.HasPrefix(w, c) })
}

// Counters gives the counter and currency words, longest first.
func (k *Korean) Counters() []KoreanCounter { return k.counters }

// Qualifiers gives the hedges and bounds, in file order.
func (k *Korean) Qualifiers() []KoreanQualifier { return k.qualifiers }

// NotFigures gives each suffix that makes a number no quantity, with why, in no order.
func (k *Korean) NotFigures() iter.Seq2[string, string] { return maps.All(k.notFigures) }

// Particle reports whether w may follow a counter in its word.
func (k *Korean) Particle(w string) bool { return k.particles[w] }

// WithoutParticle returns w without the longest particle or ending of the lexicon after it
// that leaves at least min syllables ("연구소와" → "연구소", "곳에" → "곳" with min 1), or w
// itself when none does ("아이" is no "아" + "이" with min 2).
func (k *Korean) WithoutParticle(w string, min int) string {
	for i := range w {
		if i > 0 && k.particles[w[i:]] && utf8.RuneCountInString(w[:i]) >= min {
			return w[:i] // the first cut is the longest particle
		}
	}
	return w
}

// LightVerb reports whether rest, after a noun in its word, makes the noun a verb: a form
// of 하다 ("지원했다", "투자한다").
func (k *Korean) LightVerb(rest string) bool {
	return slices.ContainsFunc(k.lightVerbs, func(p string) bool { return strings.HasPrefix(rest, p) })
}

// Predicate reports whether the word w is a verb or an adjective by a syllable of tense
// after its first ("늘었고", "증가했다"; ko_tense.txt).
func (k *Korean) Predicate(w string) bool {
	_, first := utf8.DecodeRuneInString(w)
	rest := w[first:]
	return slices.ContainsFunc(k.tense, func(t string) bool { return strings.Contains(rest, t) })
}

// Counter reports whether w is one of the counters, all of it ("곳", "개", "명").
func (k *Korean) Counter(w string) bool {
	_, ok := k.counterOf[w]
	return ok
}

// CounterUnit returns the unit of the counter w ("원": KRW, "명": people), or "".
func (k *Korean) CounterUnit(w string) schemas.Unit { return k.counterOf[w].Unit }

// AgeCue reports whether w, the rest of a word after "N대" or the word after it, starts with
// a word of ko_agecues.txt ("10대부터", "70대 이상").
func (k *Korean) AgeCue(w string) bool { return startsWithAny(w, k.ageCues) }

// startsWithAny reports whether w starts with one of words.
func startsWithAny(w string, words []string) bool {
	return slices.ContainsFunc(words, func(c string) bool { return strings.HasPrefix(w, c) })
}

// Distributive reports whether the word w makes a figure beside it a rate per one of
// something (ko_distributives.tsv): "평균", "3개씩", "건당" (a suffix after more than it).
func (k *Korean) Distributive(w string) bool {
	return slices.Contains(k.distributiveWords, w) ||
		slices.ContainsFunc(k.distributiveEnds, func(e string) bool { return len(w) > len(e) && strings.HasSuffix(w, e) })
}

// ClosesRange reports whether the word w starts with a word that closes a range written
// "A에서 B 사이" (ko_rangeclosers.txt): "사이였다", "사이의".
func (k *Korean) ClosesRange(w string) bool { return startsWithAny(w, k.rangeClosers) }

// HoldsPost reports whether the word w, after a duration, is a verbal noun of holding a post
// or a job (ko_postverbs.txt: "35년간 재직하였다", "10년 동안 근무한"): the time is a career's.
func (k *Korean) HoldsPost(w string) bool { return startsWithAny(w, k.postVerbs) }

// CountsAfterDigits reports whether rest, the text glued after four digits, starts with a
// Korean syllable that makes them a count ("2000명", "2000여 개"), not one of
// ko_yearsuffixes.txt that makes them a year ("2021년", "2019회계연도").
func (k *Korean) CountsAfterDigits(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.Is(unicode.Hangul, r) && !startsWithAny(rest, k.yearSuffixes)
}

// CaptionUnit returns the unit a Korean table counts whose caption ends with the words, past
// a word of its status ("연도별 국제공동연구 논문 현황" → papers), or "" (ko_captions.tsv).
func (k *Korean) CaptionUnit(words string) schemas.Unit {
	fields := strings.Fields(words)
	for len(fields) > 0 && slices.Contains(k.statusWords, fields[len(fields)-1]) {
		fields = fields[:len(fields)-1]
	}
	if len(fields) == 0 {
		return ""
	}
	return k.captions[fields[len(fields)-1]]
}

// Graded reports whether the word w, its particle after it or not, ends with a suffix that
// grades a workforce by its degree or rank ("석·박사급", "석사급으로", ko_grades.txt).
func (k *Korean) Graded(w string) bool {
	return slices.ContainsFunc(k.grades, func(g string) bool {
		i := strings.LastIndex(w, g)
		return i > 0 && (i+len(g) == len(w) || k.particles[w[i+len(g):]])
	})
}

// Pronoun reports whether w stands for a noun named before ("이들", ko_pronouns.txt).
func (k *Korean) Pronoun(w string) bool { return k.pronouns[w] }

// Adverb reports whether w, beside a number and its counter, names nothing the number
// counts ("5곳 더", "현재 8곳", ko_adverbs.txt).
func (k *Korean) Adverb(w string) bool { return k.adverbs[w] }

// HedgeNouns are the hedges written after a number that are nouns, whose particles are
// the sentence's ("이상", "가량", ko_hedgenouns.txt).
func (k *Korean) HedgeNouns() []string { return k.hedgeNouns }

// VerbalNoun reports whether w, right after a number and its counter, is a verbal noun that
// acts as the clause's verb ("3곳 추가 선정", "3만 장 확보", ko_verbalnouns.txt).
func (k *Korean) VerbalNoun(w string) bool { return k.verbalNouns[w] }

// Machine reports whether the word w ends with a noun of a machine or plant that a number
// counts with 기 after it ("정지궤도위성", ko_machines.txt).
func (k *Korean) Machine(w string) bool {
	return slices.ContainsFunc(k.machines, func(m string) bool { return strings.HasSuffix(w, m) })
}

// NamesYear reports whether w names a year as a time ("작년", ko_yearwords.txt).
func (k *Korean) NamesYear(w string) bool { return k.yearWords[w] }

// Age reports whether w is a counter of a person's years of age ("세", "살").
func (k *Korean) Age(w string) bool { return k.counterOf[w].Age }

// Multiple reports whether w is a counter of how many times ("배"), as "times" is what an
// English multiple counts.
func (k *Korean) Multiple(w string) bool { return k.counterOf[w].Multiple }

// DayCue reports whether the word w, standing where ("before" or "after") a number with
// 일, makes it a number of days rather than a day of a month ("평균 40일", "3일 만에").
// A particle may follow it ("이내에").
func (k *Korean) DayCue(w, where string) bool {
	for cue, at := range k.dayCues {
		if at == where && strings.HasPrefix(w, cue) && (len(w) == len(cue) || k.Particle(w[len(cue):])) {
			return true
		}
	}
	return false
}

// OpensPartitive reports whether clause starts with a word of ko_partitives.txt: it is about
// a part of what the clause before it named ("이 가운데 1만 1,200명을").
func (k *Korean) OpensPartitive(clause string) bool { return opensWith(clause, k.partitives) }

// PartOf reports whether w is the word of a partitive that follows its whole (the last word
// of a two-word entry of ko_partitives.txt: "가운데", "중"): "회사 가운데 3곳" counts
// companies.
func (k *Korean) PartOf(w string) bool {
	return slices.ContainsFunc(k.partitives, func(p string) bool {
		_, last, two := strings.Cut(p, " ")
		return two && last == w
	})
}

// RefersBack reports whether clause starts with a word of ko_backrefs.txt, or with a word
// that ends as one of its "~" entries does ("국적별로는 중국이 1만 2,000여 명으로": by
// nationality, of those counted before): it is about what the clause or sentence before it
// stated.
func (k *Korean) RefersBack(clause string) bool {
	if opensWith(clause, k.backrefs) {
		return true
	}
	first, _, _ := strings.Cut(clause, " ")
	return slices.ContainsFunc(k.breakdowns, func(e string) bool { return len(first) > len(e) && strings.HasSuffix(first, e) })
}

// opensWith reports whether clause starts with one of words, whole.
func opensWith(clause string, words []string) bool {
	return slices.ContainsFunc(words, func(p string) bool {
		rest, ok := strings.CutPrefix(clause, p)
		return ok && (rest == "" || rest[0] == ' ')
	})
}

// ScaleWord returns the scale word rest starts with, or "".
func (k *Korean) ScaleWord(rest string) string {
	r, size := utf8.DecodeRuneInString(rest)
	if r == utf8.RuneError || size == 0 {
		return ""
	}
	if _, ok := k.scales[string(r)]; ok {
		return string(r)
	}
	return ""
}

// ScaleAt returns the scale word rest starts with.
func (k *Korean) ScaleAt(rest string) (KoreanScale, bool) {
	w := k.ScaleWord(rest)
	if w == "" {
		return KoreanScale{}, false
	}
	sc, ok := k.scales[w]
	return sc, ok
}
