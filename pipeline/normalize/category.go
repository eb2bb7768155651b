package normalize

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/schemas"
)

// Category assigns funding, graduates, coauthorship or other, from the figure outwards.
// Money is always funding. Otherwise the domain vocabulary of the lexicon votes: three times
// over in the counted phrase, once in the sentence and once in the section heading or
// data-sheet label; a category needs two votes. A count of people with nothing decisive
// around it takes the two sentences before it too ("approximately 7,000 engineers" after the
// sentence about estimating graduates), and then needs five. What is still undecided takes
// the document's topic when it is co-authorship (a research article on preprints and their
// authors is about it from its first line to its last), durations and ages aside, unless
// its section speaks more of training than of papers (an encyclopedia article's section on
// researchers between those on joint papers). A document
// about a university is not about training in every figure: its buildings, restaurants and
// books are other, so the graduates topic decides nothing alone (only in a research article,
// which is about its subject throughout), and a count that names things outside the
// domains takes no graduates vote from its sentence or heading. A duration is the time of
// the place or noun beside it (durationHolder), not of its sentence's training.
func Category(f extract.Figure, topic Topic, lex *lexicon.Lexicon) schemas.Category {
	return categoryOf(f, votes(f.Sentence, 1, lex), headingVotes(f.Heading, lex), topic, lex)
}

// categoryOf is Category with the votes of the sentence and of the heading counted already:
// a sentence's figures share them, and so do a heading's.
func categoryOf(f extract.Figure, sentence, heading tally, topic Topic, lex *lexicon.Lexicon) schemas.Category {
	if f.Unit.IsCurrency() {
		return schemas.CategoryFunding
	}
	t := sentence
	if inKorean(f) {
		// Korean joins whole clauses, each with its own subject, by a connective ending
		// and a comma ("연구원 수는 2,300여 명이며, 이 가운데 박사 학위 소지자가 약
		// 1,500명이다"): a figure takes the votes of its own clause, unless the clause is about
		// a part of what the one before named ("..., 이 가운데 1만 1,200명을"). English commas
		// more often set off a phrase of the same clause ("most often in the US (690)").
		if c, start, whole := clauseOf(f, lex); !whole && !lex.Korean().OpensPartitive(c) && !lex.Korean().RefersBack(c) {
			t = votes(c, 1, lex)
			if t == (tally{}) && (namesTopic(c, lex) || afterFigureWithRo(f.Sentence[:start]) || valueInBrackets(f)) {
				// A clause with no word of a domain but a topic of its own goes on with the
				// subject of those before it ("장려금은 석사 월 80만 원으로 정해졌으며, 지원
				// 대상은 약 6만 명이다"), never with the part named after it; so does one
				// after a figure that ends its clause with 으로, which the next compares
				// ("졸업생은 1,250명으로, 전년보다 150명 많았다"). An item of a list ("과학원
				// 원사 5명, 후보원사 12명") has neither, and keeps its own; but an item that is a
				// name with its value in brackets ("미국이 62.3%로 가장 높았고, 중국(8.1%),
				// 일본(6.7%)이 뒤를 이었다") states the measure the clause before named.
				t = votes(f.Sentence[:start], 1, lex)
			}
		}
		if t == (tally{}) && lex.Korean().RefersBack(f.Sentence) && !statesKoreanAmount(f.Context, lex) {
			// A sentence that opens with 이는 ("이는 5년 전보다 각각 12%, 4% 늘어난
			// 수준이다") measures what the sentences before it counted; after an amount of
			// money ("이는 기존 계획보다 약 30% 늘어난 규모다"), that amount.
			t = votes(f.Context, 1, lex)
		}
	} else if whole, ok := beforePartClause(f, lex); ok {
		// "76,000 people worked there, including 34,700 researchers, of whom 11,200 held a
		// doctorate": the clause after the figure is about a part of it, and what it says
		// of the part (a doctorate) is not said of the whole.
		t = votes(whole, 1, lex)
	}
	if shareOfMoney(f, lex) || multipleOfMoney(f, lex) {
		// "Education expenditures: 4.7% of GDP", "gives education 8 percent of total
		// spending", "the budget for joint research doubled": a share or a multiple of money
		// measures the budget or the economy, whatever it buys.
		return schemas.CategoryOther
	}
	if f.Unit == schemas.UnitPapers {
		t.coauthorship += 3
	}
	t.add(heading)
	counted := votes(f.Counted, 3, lex)
	if counted == (tally{}) && namesThings(f, lex) {
		// "The university has 10 research institutes and 4 restaurants": what is counted
		// says what the figure is about; the university around them does not make
		// institutes training. (A paper's analysis does make its violations co-authorship.)
		t.graduates = 0
	}
	t.add(counted)
	if f.Unit.IsDuration() && timeAway(f, lex) {
		return schemas.CategoryOther // "five years earlier", "3년 전보다": when, not how long anything took
	}
	if f.Unit.IsDuration() {
		// "At 33 he had written 40 papers", "the review took six months": a time or an age
		// beside papers is no statistic about them; a course's length is about training.
		t.coauthorship = 0
		if f.Counted == "age" || f.Counted == "ages" {
			// "people aged 15 and over who can read", "women aged 30-34": the bracket of a
			// population, whatever the statistic about it.
			t.graduates = 0
		} else if h, named := durationHolder(f); h != "" && !predicateValue(f) {
			// "after two years at a state laboratory she completed a doctorate", "a career
			// of three decades in which she supervised 37 doctoral students": the time is
			// of what the sentence names beside it, not of the training elsewhere in it.
			// The words after a hyphenated one may be an adjective of its noun ("four-year
			// primary and six-year secondary schools"): they add, but decide nothing.
			own := votes(h, 3, lex)
			if own.graduates == 0 && named {
				t.graduates = 0
			}
			own.coauthorship = 0 // "10년간 논문 120여 편을": the papers of that time, not the time
			t.add(own)
		}
		// A duration stated as what its subject is ("The median time to degree was 5.4 years
		// in science") is that subject's: what follows it says where, not what of.
	}
	need := 2
	if f.Counted == extract.Times || lex.Korean().Multiple(f.Counted) {
		need = 1 // "team size grew fourfold, from 2 authors": a multiple of what its sentence counts
	}
	if c := t.winner(need); c != schemas.CategoryOther {
		return c
	}
	if f.Unit == schemas.UnitPeople || f.Unit.IsCount() && !namesThings(f, lex) || shareOfCount(f) {
		t.add(votes(f.Context, 1, lex))
		if c := t.winner(5); c != schemas.CategoryOther {
			return c
		}
	}
	if topic.dominant() == schemas.CategoryCoauthorship && !f.Unit.IsDuration() {
		if sec := topic.at(f.Start); sec.Coauthorship >= sec.Graduates {
			return schemas.CategoryCoauthorship
		}
	}
	if t == (tally{}) && topic.title.graduates >= 2 && topic.title.coauthorship == 0 &&
		(f.Unit == schemas.UnitPeople || f.Unit == schemas.UnitPercent || percentPoints(f, lex)) {
		// "2024년 신규 박사학위 취득자 조사", "Survey of Doctorate Recipients": a survey of a
		// population its title names, whose counts and shares of people say nothing more
		// of it ("응답자 중 취업자는 8,653명으로 취업률은 71.5%였으며").
		return schemas.CategoryGraduates
	}
	if topic.dominant() == schemas.CategoryGraduates && topic.Article {
		// A research article on doctoral careers is about training throughout, its
		// durations too (the years from degree to post); a section that speaks more of
		// papers keeps them.
		if sec := topic.at(f.Start); sec.Graduates >= sec.Coauthorship {
			return schemas.CategoryGraduates
		}
	}
	return schemas.CategoryOther
}

// predicateValue reports whether f follows a copula, the value its subject is ("was 5.4
// years").
func predicateValue(f extract.Figure) bool {
	switch wordBefore(f) {
	case "was", "is", "were", "are":
		return true
	}
	return false
}

// percentPoints reports whether f counts percentage points (lexicon.PercentPoints).
func percentPoints(f extract.Figure, lex *lexicon.Lexicon) bool {
	return lex.Has(lexicon.PercentPoints, strings.ToLower(f.Counted))
}

// wordBefore returns the word just before f in its sentence, in lower case, or "".
func wordBefore(f extract.Figure) string {
	if f.InSentence.Start > len(f.Sentence) {
		return ""
	}
	before := strings.TrimRight(f.Sentence[:f.InSentence.Start], " ")
	return strings.ToLower(before[strings.LastIndexByte(before, ' ')+1:])
}

// valueInBrackets reports whether f stands alone in brackets right after a word: "중국(8.1%)".
func valueInBrackets(f extract.Figure) bool {
	if f.InSentence.Start > len(f.Sentence) || f.InSentence.End > len(f.Sentence) {
		return false
	}
	before, after := f.Sentence[:f.InSentence.Start], f.Sentence[f.InSentence.End:]
	return strings.HasSuffix(before, "(") && len(before) > 1 && before[len(before)-2] != ' ' && strings.HasPrefix(after, ")")
}

// timeAway reports whether the duration f says how long before or after something, a point
// in time (lexicon.RelativeTimes): "up from 4,120 five years earlier", "15 years ago", "six
// years later", "3년 전보다", "2년 후".
func timeAway(f extract.Figure, lex *lexicon.Lexicon) bool {
	if f.InSentence.End > len(f.Sentence) || f.InSentence.End <= f.InSentence.Start {
		return false
	}
	if lex.Has(lexicon.SpanWords, wordBefore(f)) {
		return false // "for up to ten years after graduation": a span that starts then, not a point
	}
	next, rest, _ := strings.Cut(strings.TrimLeft(f.Sentence[f.InSentence.End:], " "), " ")
	if lex.Unit(strings.ToLower(next)).IsDuration() {
		next, _, _ = strings.Cut(rest, " ") // "five [years] earlier": the figure's text may end before its unit
	}
	next = strings.TrimRight(next, ",.;:)")
	if lex.Has(lexicon.RelativeTimes, strings.ToLower(next)) {
		return true
	}
	if !inKorean(f) {
		return false
	}
	for _, w := range lex.Words(lexicon.RelativeTimes) {
		if after, ok := strings.CutPrefix(next, w); ok && (after == "" || lex.Korean().Particle(after)) {
			return true // "3년 전보다", "5년 뒤에"
		}
	}
	return false
}

// durationHolder returns the words that say what the duration f is the time of: the place
// after "at" or "in" ("two years at a state laboratory", "five years in the army") or the
// noun phrase before "of" ("a career of nearly three decades"), which name it (named); or
// the words a hyphenated one modifies ("a four-year term", "four-year primary schools"),
// which may start with an adjective. "" when the sentence has none beside it.
func durationHolder(f extract.Figure) (words string, named bool) {
	if f.InSentence.End > len(f.Sentence) || f.InSentence.End <= f.InSentence.Start {
		return "", false
	}
	if inKorean(f) {
		return koreanDurationHolder(f)
	}
	after := strings.Fields(f.Sentence[f.InSentence.End:])
	if strings.Contains(f.Text, "-") {
		return trimClause(after[:min(len(after), 3)]), false
	}
	if len(after) > 2 && (after[1] == "at" || after[1] == "in") {
		return trimClause(after[2:min(len(after), 7)]), true // after the unit: "two [years] at"
	}
	before := strings.Fields(f.Sentence[:f.InSentence.Start])
	if n := len(before); n > 1 && before[n-1] == "of" {
		from := max(0, n-4)
		for i := n - 2; i >= from; i-- {
			if strings.ContainsAny(before[i], ",;:()") {
				from = i + 1
				break
			}
		}
		return trimClause(before[from : n-1]), true
	}
	return "", false
}

// koreanDurationHolder is durationHolder for Korean: the place before the duration, in
// 에서 ("서울대학교에서 4년간", "군에서 3년간"), which names it; else the word after it, past
// 동안 or 만에, most often the verb of what was done in that time ("졸업하였다"), which may
// as well be the object of a plan ("5년간 4,500억 원을 투입해") and so only adds.
func koreanDurationHolder(f extract.Figure) (words string, named bool) {
	before := strings.Fields(f.Sentence[:f.InSentence.Start])
	if n := len(before); n > 0 && strings.HasSuffix(before[n-1], "에서") {
		return before[n-1], true
	}
	for _, w := range strings.Fields(f.Sentence[f.InSentence.End:]) {
		if w != "동안" && w != "동안에" && w != "만에" && w != "만" {
			return strings.TrimRight(w, ",."), false
		}
	}
	return "", false
}

// trimClause joins words up to the first that ends a clause with its punctuation ("a state
// laboratory, she went" → "a state laboratory").
func trimClause(words []string) string {
	for i, w := range words {
		if strings.ContainsAny(w, ",;:.()") {
			return strings.Join(append(words[:i:i], strings.TrimRight(w, ",;:.()")), " ")
		}
	}
	return strings.Join(words, " ")
}

// shareOfMoney reports whether the percentage f is a share of an amount of money: "of",
// a few determiners, then a word that names money on its own (a strong word of
// lexicon.MoneyWords: "GDP", "spending", "the budget"); or a counted phrase that starts with
// one, as a share compared with such a share has ("4.9% of GDP, against 2.7%"); in Korean,
// such a word before it.
func shareOfMoney(f extract.Figure, lex *lexicon.Lexicon) bool {
	if f.Unit != schemas.UnitPercent || f.InSentence.End > len(f.Sentence) {
		return false
	}
	if f.Column && mentionsMoney(f.Heading, lex) {
		return true // "증감률(%)" in a table of budgets: the change of an amount of money
	}
	if inKorean(f) {
		return koreanShareOfMoney(f.Sentence[:f.InSentence.Start], lex) || changeOfMoney(f, lex)
	}
	rest := strings.TrimLeft(f.Sentence[f.InSentence.End:], " ")
	if change, after, ok := strings.Cut(rest, " in "); ok && lex.Has(lexicon.ChangeNouns, strings.ToLower(change)) {
		rest = "of " + after // "a 4.5% rise in dormitory fees": a change of money, as a share of it is
	}
	if rest, ok := strings.CutPrefix(rest, "of "); ok && namesMoney(rest, lex) {
		return true
	}
	return f.Counted != "" && namesMoney(f.Counted, lex) || changeOfMoney(f, lex) || changeAfterMoney(f, lex)
}

// changeAfterMoney reports whether the percentage f is "an increase of" (a change noun,
// changenouns.txt) set after a clause about money: "Its budget rises to 29.7 trillion won,
// an increase of about 12%".
func changeAfterMoney(f extract.Figure, lex *lexicon.Lexicon) bool {
	before, ok := strings.CutSuffix(strings.TrimRight(f.Sentence[:f.InSentence.Start], " "), " of")
	if !ok {
		return false
	}
	k := strings.LastIndexByte(before, ' ')
	if !lex.Has(lexicon.ChangeNouns, strings.ToLower(before[k+1:])) {
		return false
	}
	head := strings.TrimSuffix(strings.TrimRight(before[:k+1], " "), " an")
	head = strings.TrimSuffix(head, " a")
	head, ok = strings.CutSuffix(head, ",")
	if !ok {
		return false // "the share of graduates saw an increase of 4%": no clause of its own
	}
	if i := strings.LastIndexAny(head, ",;"); i >= 0 {
		head = head[i+1:]
	}
	return mentionsMoney(head, lex) || endsWithAmount(head, lex)
}

// endsWithAmount reports whether text ends with an amount of money: a number, or a scale
// word, before a currency written after it ("received 1.1 million won"), or a number after
// one written before it ("paid $1.2m").
func endsWithAmount(text string, lex *lexicon.Lexicon) bool {
	text = strings.TrimRight(text, " .")
	last := text[strings.LastIndexByte(text, ' ')+1:]
	for _, c := range lex.Currencies() {
		if c.Prefix {
			if rest, ok := strings.CutPrefix(last, c.Phrase); ok && extract.IndexDigit(rest) == 0 {
				return true
			}
			continue
		}
		before, ok := strings.CutSuffix(text, " "+c.Phrase)
		if !ok {
			continue
		}
		w := before[strings.LastIndexByte(before, ' ')+1:]
		if _, scale := lex.ScaleWordFold(w); scale || extract.IndexDigit(w) >= 0 {
			return true
		}
	}
	return false
}

// changeOfMoney reports whether the percentage f follows a verb of change whose subject, in
// the clause before it, names money: "their grant income fell by 47%", "the budget was cut
// 12%"; in Korean, the verb comes after it (ko_changeverbs.txt): "예산은 12% 늘었다".
func changeOfMoney(f extract.Figure, lex *lexicon.Lexicon) bool {
	// The verb first, which most percentages lack; then the money in the clause before it.
	before := strings.TrimRight(f.Sentence[:f.InSentence.Start], " ")
	if inKorean(f) {
		after, _, _ := strings.Cut(strings.TrimLeft(f.Sentence[f.InSentence.End:], " "), " ")
		if !lex.Korean().ChangeVerb(after) {
			return false // "대학 예산은 절반 가까이 줄어들었다": the subject before, the verb after
		}
	} else {
		k := strings.LastIndexByte(before, ' ')
		if before[k+1:] == "by" {
			before = strings.TrimRight(before[:k+1], " ")
			k = strings.LastIndexByte(before, ' ')
		}
		if k < 0 || !lex.Has(lexicon.ChangeVerbs, strings.ToLower(before[k+1:])) {
			return false
		}
		before = before[:k+1] // the subject, without its verb
	}
	_, start, _ := clauseOf(f, lex)
	return start <= len(before) && mentionsMoney(before[start:], lex)
}

// shareOfCount reports whether the percentage f stands in brackets right after a count, as
// its share of a whole ("742명(39.6%)이", "312 (29.9%) of them"): it is about what the count
// counts, and takes the sentences before it as a count of people does.
func shareOfCount(f extract.Figure) bool {
	if f.Unit != schemas.UnitPercent || f.InSentence.Start > len(f.Sentence) {
		return false
	}
	before := strings.TrimRight(f.Sentence[:f.InSentence.Start], " ")
	before, ok := strings.CutSuffix(before, "(")
	if !ok {
		return false
	}
	before = strings.TrimRight(before, " ")
	r, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsDigit(r) || document.IsHangul(r) && len(before) > 0 && extract.IndexDigit(before[max(0, len(before)-8):]) >= 0
}

// multipleOfMoney reports whether the multiple f multiplies an amount of money: a strong
// word of money before it in its clause or among the first words after it ("the budget for
// joint research doubled", "the package doubles the monthly stipend",
// "공동연구 예산은 1조 8천억 원으로 두 배 가까이로 늘었다").
func multipleOfMoney(f extract.Figure, lex *lexicon.Lexicon) bool {
	if f.Counted != extract.Times && !lex.Korean().Multiple(f.Counted) || f.InSentence.End > len(f.Sentence) {
		return false
	}
	clause, start, _ := clauseOf(f, lex)
	if start > f.InSentence.Start {
		return false
	}
	if what, ok := comparedAfter(f.Sentence[f.InSentence.End:]); ok {
		// "3.1 times as many papers", "cited 1.4 times as often": what the comparison names
		// after it is what is multiplied, whatever money the clause names before.
		return mentionsMoney(what, lex)
	}
	if mentionsMoney(f.Sentence[start:f.InSentence.Start], lex) {
		return true
	}
	// "The package doubles the monthly stipend": the verb's object, a few words after it
	end := min(start+len(clause), len(f.Sentence))
	after := strings.Fields(f.Sentence[min(f.InSentence.End, end):end])
	return mentionsMoney(strings.Join(after[:min(len(after), 4)], " "), lex)
}

// comparedAfter returns what a multiple's comparison names right after it ("times as many
// papers as", "as often"): the noun after "as many", or "" for "as often"; ok is false
// when no such comparison follows.
func comparedAfter(rest string) (what string, ok bool) {
	words := strings.Fields(strings.ToLower(rest))
	for i, w := range words {
		words[i] = strings.Trim(w, ",;:.)")
	}
	if len(words) > 0 && words[0] == "times" {
		words = words[1:]
	}
	switch {
	case len(words) >= 2 && words[0] == "as" && words[1] == "often":
		return "", true
	case len(words) >= 3 && words[0] == "as" && words[1] == "many":
		return words[2], true
	}
	return "", false
}

// mentionsMoney reports whether a word of text names money on its own (a strong one-word
// entry of moneykinds.tsv), a Korean one before its particle ("예산은"): "the budget for
// joint research", a table's caption "2025년 SW 인재 양성 예산".
func mentionsMoney(text string, lex *lexicon.Lexicon) bool {
	for _, w := range strings.Fields(text) {
		w = strings.ToLower(strings.Trim(w, ",;:()<>\"'"))
		for _, m := range moneyWordsAt(w, lex) {
			if !m.Weak && len(m.Words) == 1 {
				return true
			}
		}
	}
	return false
}

// statesKoreanAmount reports whether Korean text states an amount of money: digits, or a
// scale word after them, right before a currency counter of the lexicon, glued or not
// ("3,000달러", "1조 2,000억 원을", "110억 달러").
func statesKoreanAmount(text string, lex *lexicon.Lexicon) bool {
	afterNumber := false // the word before ends a number
	for _, w := range strings.Fields(text) {
		rest := strings.TrimLeft(w, "0123456789,.")
		glued := len(rest) < len(w)
		if sc := lex.Korean().ScaleWord(rest); glued && sc != "" {
			rest = rest[len(sc):] // "2,000억원": the scale, then the counter
		}
		if (glued || afterNumber) && rest != "" {
			for _, c := range lex.Korean().Counters() {
				if c.Unit.IsCurrency() && strings.HasPrefix(rest, c.Word) {
					return true
				}
			}
		}
		afterNumber = glued && rest == ""
	}
	return false
}

// namesMoney reports whether the phrase starts, after a few determiners, with a strong word
// of lexicon.MoneyWords.
func namesMoney(phrase string, lex *lexicon.Lexicon) bool {
	words := strings.Fields(phrase)
	words = words[:min(len(words), maxShareWords)]
	for i, w := range words {
		words[i] = strings.ToLower(strings.TrimRight(w, ".,;:)"))
	}
	for len(words) > 0 && moneyDeterminer(words[0]) {
		words = words[1:]
	}
	// The money word may follow a modifier or two of the same noun phrase ("the research
	// budget", "dormitory fees"), not a preposition ("students in funded programmes").
	for i := 0; i < len(words) && i < maxMoneyModifiers+1 && !lex.Has(lexicon.Stopwords, words[i]); i++ {
		for _, m := range lex.MoneyWordsStartingWith(words[i]) {
			if !m.Weak && len(m.Words) <= len(words)-i && slices.Equal(m.Words, words[i:i+len(m.Words)]) {
				return true
			}
		}
	}
	return false
}

// maxMoneyModifiers bounds the words before the money word of a share's noun phrase.
const maxMoneyModifiers = 2

// koreanShareOfMoney reports whether the Korean text before a percentage names the money it
// is a share of: a word of money with 의 ("예산의 40%") or before 가운데 or 중 ("예산 가운데
// 약 40퍼센트는 ..., 나머지 60%는").
func koreanShareOfMoney(before string, lex *lexicon.Lexicon) bool {
	words := strings.Fields(before)
	for i, w := range words {
		whole := strings.HasSuffix(w, "의") || i+1 < len(words) && (words[i+1] == "가운데" || words[i+1] == "중")
		if !whole {
			continue
		}
		for _, m := range moneyWordsAt(w, lex) {
			if !m.Weak {
				return true
			}
		}
	}
	return false
}

// maxShareWords bounds the words after "of" a share's money is looked for in: a few
// determiners and a money phrase ("of the state's total gross domestic product").
const maxShareWords = 8

// moneyDeterminer reports whether w may stand between "of" and the money a share is of:
// "of the state's total spending".
func moneyDeterminer(w string) bool {
	switch w {
	case "the", "its", "their", "total", "all", "annual", "national", "government", "state", "state's", "public", "overall":
		return true
	}
	return false
}

// inKorean reports whether f's sentence is Korean: its figure may be written without a
// Hangul letter ("나머지 60%는").
func inKorean(f extract.Figure) bool { return document.HasHangul(f.Sentence) }

// clauseOf returns the clause of f's sentence that holds it, between commas, semicolons and
// dashes, where it starts in the sentence, and whether that is the whole sentence.
func clauseOf(f extract.Figure, lex *lexicon.Lexicon) (clause string, start int, whole bool) {
	at, to, ok := extract.FigureInSentence(f.Sentence, f.Text, f.Start-f.SentenceStart)
	if !ok {
		return f.Sentence, 0, true
	}
	start, end := 0, len(f.Sentence)
	for _, sep := range []string{", ", "; ", " – ", " — "} {
		if i := strings.LastIndex(f.Sentence[:at], sep); i >= 0 {
			start = max(start, i+len(sep))
		}
		if i := strings.Index(f.Sentence[to:], sep); i >= 0 {
			end = min(end, to+i)
		}
	}
	if inKorean(f) {
		// Korean also closes a clause with a verb's connective ending, no comma needed
		// ("42개 연구소를 운영하며 해마다 논문 3,000편을 낸다").
		for i := 0; i < len(f.Sentence); {
			w, next := wordAt(f.Sentence, i)
			if connective(w, lex) {
				if next <= at {
					start = max(start, next)
				} else if i >= to {
					end = min(end, i+len(w))
					break
				}
			}
			i = next
		}
	}
	return f.Sentence[start:end], start, start == 0 && end == len(f.Sentence)
}

// afterFigureWithRo reports whether the Korean text before a clause ends with a figure and
// the particle 으로 or 로 ("1,250명으로,"): the figure the next clause goes on about.
func afterFigureWithRo(before string) bool {
	fields := strings.Fields(before)
	if len(fields) == 0 {
		return false
	}
	w := strings.TrimRight(fields[len(fields)-1], ",")
	return strings.HasSuffix(w, "로") && strings.ContainsAny(w, "0123456789")
}

// wordAt returns the word of s that starts at offset i and the offset after the spaces
// that follow it.
func wordAt(s string, i int) (string, int) {
	j := strings.IndexByte(s[i:], ' ')
	if j < 0 {
		return s[i:], len(s)
	}
	next := i + j
	for next < len(s) && s[next] == ' ' {
		next++
	}
	return s[i : i+j], next
}

// connective reports whether the Korean word w ends its clause with a connective ending of
// lexicon.KoreanConnectives ("운영하며", "늘었고").
func connective(w string, lex *lexicon.Lexicon) bool {
	if utf8.RuneCountInString(w) < 2 {
		return false
	}
	for _, e := range lex.Words(lexicon.KoreanConnectives) {
		if strings.HasSuffix(w, e) && len(w) > len(e) {
			return true
		}
	}
	return false
}

// namesTopic reports whether a Korean clause has a topic marked with 은 or 는 ("지원
// 대상은"): a noun of two syllables or more before the particle, not a verb's ending
// ("늘어난", "많은").
func namesTopic(clause string, lex *lexicon.Lexicon) bool {
	for _, w := range strings.Fields(clause) {
		for _, p := range []string{"은", "는"} {
			if stem, ok := strings.CutSuffix(w, p); ok && utf8.RuneCountInString(stem) >= 2 && !lex.Korean().Predicate(w) {
				return true
			}
		}
	}
	return false
}

// namesThings reports whether f counts things its counted phrase names ("10 research
// institutes", "10개의 연구소", "두 측면"), not people, shares, multiples or durations, not places
// where something happens (lexicon.Venues), and not a bare counter, glued to the number
// or not ("200곳에", "3건", "200여 곳"), which says no more than "units".
func namesThings(f extract.Figure, lex *lexicon.Lexicon) bool {
	if !f.Unit.IsCount() && f.Unit != schemas.UnitUnits || extract.HasPrefixFold(f.Counted, "hours") {
		return false // hours are released as a count, and are a duration still ("34시간 이상")
	}
	if f.Column {
		return false // "Filled", "Places": a table's column names a measure; its caption says of what
	}
	if f.Counted == extract.Times || lex.Korean().Multiple(f.Counted) {
		return false // "enrolment doubled", "정원이 두 배로": a multiple of what the sentence counts
	}
	if percentPoints(f, lex) {
		return false // "rose by 4.5 percentage points": a change of a share of what the sentence counts
	}
	words := strings.Fields(f.Counted)
	if len(words) > 0 && lex.Has(lexicon.Venues, strings.ToLower(words[len(words)-1])) {
		return false // "at four locations": where the sentence's training takes place
	}
	for _, w := range words {
		if !gluedToDigit(f.Text, w) && !lex.Korean().Counter(w) {
			return true
		}
	}
	return false
}

// gluedToDigit reports whether w follows a digit in text with no space between.
func gluedToDigit(text, w string) bool {
	for i := 1; i < len(text); i++ {
		if text[i-1] >= '0' && text[i-1] <= '9' && strings.HasPrefix(text[i:], w) {
			return true
		}
	}
	return false
}

// Topic is what a document is about, for the categories with a vocabulary: the share of
// its sentences that use each one's words (votes enough to decide a sentence alone). An
// encyclopedia article has a section on joint papers between one on researchers and one on
// telephones: each section long enough to measure has a topic of its own, which can keep
// the document's co-authorship topic from a section that speaks more of training.
type Topic struct {
	Coauthorship, Graduates float64
	// Article: the document has the parts of a research article (an abstract, and methods
	// or results), which is about its subject throughout, where an encyclopedia article on
	// a university also counts its restaurants.
	Article  bool
	sections []sectionTopic // in document order
	title    tally          // the votes of the document's title when it names a survey (see namesSurvey)
}

// namesSurvey reports whether a title names a survey (lexicon.SurveyWords): "Survey of
// Doctorate Recipients", "신규 박사학위 취득자 조사 결과".
func namesSurvey(title string, lex *lexicon.Lexicon) bool {
	for _, w := range strings.Fields(title) {
		w = strings.ToLower(strings.Trim(w, ".,:;()'\"“”‘’"))
		if lex.Has(lexicon.SurveyWords, w) {
			return true
		}
		for _, k := range lex.Words(lexicon.SurveyWords) {
			// A Korean word matches the end of the title's ("실태조사").
			if r, _ := utf8.DecodeRuneInString(k); document.IsHangul(r) && strings.HasSuffix(w, k) {
				return true
			}
		}
	}
	return false
}

// titleSentences is how many of a document's first sentences may be its title: a press
// release names its ministry on the line before it.
const titleSentences = 3

// sectionTopic is the topic of the section that starts at raw offset start, when it has
// sectionSentences or more to measure it by.
type sectionTopic struct {
	start    int
	topic    Topic
	measured bool
}

// sectionSentences is how many sentences of a section measure its own topic; a shorter
// section takes its document's.
const sectionSentences = 3

// at returns the topic of the text at raw offset: its section's when that was measured,
// else the document's.
func (t Topic) at(offset int) Topic {
	i := sort.Search(len(t.sections), func(i int) bool { return t.sections[i].start > offset }) - 1
	if i < 0 || !t.sections[i].measured {
		return t
	}
	return t.sections[i].topic
}

// Moved returns the topic measured on a section of a long document (see pipeline's
// sections) that starts at raw offset base, with its sections' offsets the document's.
func (t Topic) Moved(base int) Topic {
	moved := t
	moved.sections = make([]sectionTopic, len(t.sections))
	for i, s := range t.sections {
		s.start += base
		moved.sections[i] = s
	}
	return moved
}

// topicShare is the share of a document's sentences that must speak a domain's language for
// the document to be about it. A research article on co-authorship uses its words in most
// sentences; a report on a country's IT industry that has a section on joint papers and one
// on universities reaches neither.
const topicShare = 0.3

// topicSample is how many sentences measure a long document's topic.
const topicSample = 500

// dominant returns the category the document is about, or "": its share is at least
// topicShare and twice the other's.
func (t Topic) dominant() schemas.Category {
	switch {
	case t.Coauthorship >= topicShare && t.Coauthorship >= 2*t.Graduates:
		return schemas.CategoryCoauthorship
	case t.Graduates >= topicShare && t.Graduates >= 2*t.Coauthorship:
		return schemas.CategoryGraduates
	}
	return ""
}

// DocumentTopic measures the topic of the document whose view is v, over its sentences of
// four words or more (headings and data-sheet fragments say too little). A long document is
// measured on topicSample sentences spread evenly over it: a share needs no more, and every
// sentence of a 10 MB report would cost a tenth of its release.
func DocumentTopic(v *document.View, lex *lexicon.Lexicon) Topic {
	var doc, sec topicCount
	var sections []sectionTopic
	start := 0 // of the section being measured: the text before the first heading is one too
	closeSection := func() {
		sections = append(sections, sectionTopic{start: start, topic: sec.topic(), measured: sec.n >= sectionSentences})
		sec = topicCount{}
	}
	sents := v.SentenceSpans()
	step := max(1, len(sents)/topicSample)
	var abstract, results bool
	var title tally
	for _, sp := range sents[:min(len(sents), titleSentences)] {
		if h := v.Text[sp.Start:sp.End]; extract.HeadingShape(v.Text, sp) && namesSurvey(h, lex) {
			title.add(votes(h, 1, lex))
		}
	}
	for i, sp := range sents {
		if extract.OpensSection(v.Text, sents, i) {
			closeSection()
			start = v.RawStart(sp.Start)
		}
		if extract.HeadingShape(v.Text, sp) {
			// A part's heading, whether prose or a subheading follows it ("Ⅲ. 분석 결과" over
			// "1. 공동연구 현황"), without its number.
			h := strings.ToLower(strings.TrimRight(withoutPartNumber(v.Text[sp.Start:sp.End]), ":"))
			abstract = abstract || lex.Has(lexicon.ArticleAbstracts, h)
			results = results || lex.Has(lexicon.ArticleResults, h)
		}
		if i%step != 0 {
			continue
		}
		if s := v.Text[sp.Start:sp.End]; wordsAtLeast(s, 4) {
			t := votes(s, 1, lex)
			doc.add(t)
			sec.add(t)
		}
	}
	closeSection()
	topic := doc.topic()
	topic.sections, topic.Article, topic.title = sections, abstract && results, title
	return topic
}

// withoutPartNumber returns a heading without the number of its part: "Ⅲ. 분석 결과" →
// "분석 결과", "2. Methods" → "Methods".
func withoutPartNumber(h string) string {
	if num, title, ok := strings.Cut(h, " "); ok && document.PartNumber(num) {
		return title
	}
	return h
}

// topicCount counts the sentences that speak each domain's language.
type topicCount struct{ n, co, gr int }

func (c *topicCount) add(t tally) {
	c.n++
	if t.coauthorship >= 2 {
		c.co++
	}
	if t.graduates >= 2 {
		c.gr++
	}
}

func (c topicCount) topic() Topic {
	if c.n == 0 {
		return Topic{}
	}
	return Topic{Coauthorship: float64(c.co) / float64(c.n), Graduates: float64(c.gr) / float64(c.n)}
}

// wordsAtLeast reports whether s has at least n words (runs without a space).
func wordsAtLeast(s string, n int) bool {
	words := 0
	for i := 0; i < len(s) && words < n; i++ {
		if s[i] != ' ' && (i == 0 || s[i-1] == ' ') {
			words++
		}
	}
	return words >= n
}

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
// counts when a word starts with it ("graduate" in schemas.CategoryGraduates, not in "undergraduate").
func votes(text string, weight int, lex *lexicon.Lexicon) tally {
	var t tally
	if text == "" {
		return t
	}
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
		for _, k := range lex.CategoriesStartingWith(lexicon.LowerASCII(text[p])) {
			if extract.HasPrefixFold(text[p:], k.Keyword) {
				vote(k)
			}
		}
		if text[p] >= utf8.RuneSelf {
			word, _, _ := strings.Cut(text[p:], " ")
			for _, k := range lex.CategoryHeads() {
				if endsCompound(word, k.Keyword, lex) {
					vote(k)
				}
			}
		}
	}
	return t
}

// wordStartsAfter reports whether a word may start at p, after a space, an opening bracket,
// an opening quote, a slash or a middle dot ("정원 1,500명 가운데" quoted, "(students)",
// "석·박사", "teachers/students"): the byte before p is
// tested first, and a rune decoded only when it may end an opening quote.
func wordStartsAfter(text string, p int) bool {
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

// beforePartClause returns the words of f's sentence before the clause after f that opens,
// after a comma, with a word of partclauses.txt ("..., of whom 11,200 held a doctorate"),
// and whether there is one.
func beforePartClause(f extract.Figure, lex *lexicon.Lexicon) (string, bool) {
	if f.InSentence.End > len(f.Sentence) {
		return "", false
	}
	for rest, at := f.Sentence[f.InSentence.End:], f.InSentence.End; ; {
		i := strings.Index(rest, ", ")
		if i < 0 {
			return "", false
		}
		after := rest[i+2:]
		for _, p := range lex.Words(lexicon.PartClauses) {
			if extract.HasPrefixFold(after, p) && (len(after) == len(p) || after[len(p)] == ' ') {
				return f.Sentence[:at+i], true
			}
		}
		rest, at = rest[i+2:], at+i+2
	}
}
