package normalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/schemas"
)

// shareOfMoney reports whether the percentage f is a share of an amount of money: "of",
// a few determiners, then a word that names money on its own (a strong word of
// lexicon.MoneyWords: "GDP", "spending", "the budget"); or a counted phrase that starts with
// one, as a share compared with such a share has ("4.9% of GDP, against 2.7%"); in Korean,
// such a word before it.
func shareOfMoney(f extract.Figure, lex *lexicon.Lexicon) bool {
	if f.Unit != schemas.UnitPercent || f.InSentence.End > len(f.Sentence) {
		return false
	}
	if f.Column && mentionsMoney(f.Heading, lex) && votes(f.Counted, 1, lex) == (tally{}) {
		// "증감률(%)" in a table of budgets: the change of an amount of money; not "Share of
		// papers (%)", whose column names what it is a share of
		return true
	}
	if inKorean(f) {
		return koreanShareOfMoney(f.Sentence[:f.InSentence.Start], lex) || changeOfMoney(f, lex)
	}
	if before, ok := strings.CutSuffix(strings.TrimRight(f.Sentence[:f.InSentence.Start], " "), "("); ok && endsWithAmount(strings.TrimRight(before, " "), lex) {
		return true // "KRW 3.5 trillion (11.8%) will go to ...": the amount's share of the money
	}
	rest := strings.TrimLeft(f.Sentence[f.InSentence.End:], " ")
	if change, after, ok := strings.Cut(rest, " in "); ok && lex.HasFold(lexicon.ChangeNouns, change) {
		rest = "of " + after // "a 4.5% rise in dormitory fees": a change of money, as a share of it is
	}
	if rest, ok := strings.CutPrefix(rest, "of "); ok && namesMoney(rest, lex) {
		return true
	}
	if (strings.HasPrefix(rest, "of it") || strings.HasPrefix(rest, "of that") || strings.HasPrefix(rest, "of the total")) &&
		holdsAmount(f.Sentence[:f.InSentence.Start], lex) {
		return true // "set aside 3.2 billion won ... but spent less than a tenth of it", "reached $1.3bn, some 0.2% of the total"
	}
	if shareOfAmountBefore(f, lex) {
		return true // "Funding reached ₩1.46 trillion. Of this, 38% went to universities"
	}
	return f.Counted != "" && namesMoney(f.Counted, lex) || changeOfMoney(f, lex) || changeAfterMoney(f, lex)
}

// shareOfAmountBefore reports whether the percentage f is a part of an amount of money the
// sentence before stated, its own sentence opening by referring back to it ("Of this, 38%
// went to universities", "Of the total, a third ..."), with no other figure before it.
func shareOfAmountBefore(f extract.Figure, lex *lexicon.Lexicon) bool {
	lead := extract.BackRef(f.Sentence, lex)
	if lead == "" || f.Context == "" || f.InSentence.Start > len(f.Sentence) || extract.IndexDigit(f.Sentence[len(lead):f.InSentence.Start]) >= 0 {
		return false
	}
	last := strings.TrimRight(f.Context, " ")
	if i := strings.LastIndex(strings.TrimSuffix(last, "."), ". "); i >= 0 {
		last = last[i+2:] // the sentence right before
	}
	return holdsAmount(strings.TrimRight(last, " ."), lex)
}

// holdsAmount reports whether English text states an amount of money anywhere in it.
func holdsAmount(text string, lex *lexicon.Lexicon) bool {
	for i := range len(text) + 1 {
		if (i == len(text) || text[i] == ' ' || text[i] == ',') && i > 0 && endsWithAmount(text[:i], lex) {
			return true
		}
	}
	return false
}

// endsWithAmount reports whether English text ends with an amount of money: a number, or a
// scale word, before a currency written after it ("received 1.1 million won", "500
// dollars"), or a number, and its scale word, after a currency written before it ("paid
// $1.2m", "KRW 3.5 trillion", "US$ 38M").
func endsWithAmount(text string, lex *lexicon.Lexicon) bool {
	text = strings.TrimRight(text, " .")
	after := false
	for _, c := range lex.Currencies() {
		if c.Prefix {
			continue
		}
		if rest, ok := strings.CutSuffix(text, c.Phrase); ok && strings.HasSuffix(rest, " ") {
			text, after = rest[:len(rest)-1], true // "3.2 trillion won", "1.2 million Swiss francs"
			break
		}
	}
	words := strings.Fields(text)
	k := len(words) - 1
	if k > 0 && extract.IndexDigit(words[k]) < 0 {
		if _, ok := lex.ScaleWordFold(words[k]); ok {
			k-- // "KRW 3.5 trillion": the number before its scale word
		}
	}
	if k < 0 || extract.IndexDigit(words[k]) < 0 {
		return false
	}
	if after {
		return true
	}
	for _, c := range lex.Currencies() {
		if c.Prefix && (strings.HasPrefix(words[k], c.Phrase) || k > 0 && words[k-1] == c.Phrase) {
			return true // "$5m", "KRW 3.5"
		}
	}
	return false
}

// changeAfterMoney reports whether the percentage f is "an increase of" (a change noun,
// changenouns.txt) set after a clause about money: "Its budget rises to 29.7 trillion won,
// an increase of about 12%", "stipends rise to 1.1 million won, a 15% increase"; or a
// comparison set after a clause that states an amount: "announced a ₩1.1 trillion package
// to train AI specialists, 14% more than last year".
func changeAfterMoney(f extract.Figure, lex *lexicon.Lexicon) bool {
	compared := false
	before, ok := strings.CutSuffix(strings.TrimRight(f.Sentence[:f.InSentence.Start], " "), " of")
	if ok {
		k := strings.LastIndexByte(before, ' ')
		if !lex.HasFold(lexicon.ChangeNouns, before[k+1:]) {
			return false
		}
		before = before[:k+1]
	} else if after := wordAfter(f); lex.Has(lexicon.ChangeNouns, after) {
		before = f.Sentence[:f.InSentence.Start] // "rises to 1.1 million won, a 15% increase"
	} else if after == "more" || after == "less" || lex.Has(lexicon.Comparatives, after) {
		before, compared = f.Sentence[:f.InSentence.Start], true
	} else {
		return false
	}
	head := strings.TrimSuffix(strings.TrimRight(before, " "), " an")
	head, ok = clauseBeforeComma(strings.TrimSuffix(head, " a"))
	if !ok {
		return false // "the share of graduates saw an increase of 4%": no clause of its own
	}
	return mentionsMoney(head, lex) || endsWithAmount(head, lex) || compared && statesAmount(head, lex)
}

// clauseBeforeComma returns the clause that text, past its trailing spaces, ends with a
// comma after (the words since the comma or semicolon before that one), and whether text
// ends with a comma at all: what a figure set off after it by the comma speaks of.
func clauseBeforeComma(text string) (string, bool) {
	head, ok := strings.CutSuffix(strings.TrimRight(text, " "), ",")
	if !ok {
		return "", false
	}
	if i := strings.LastIndexAny(head, ",;"); i >= 0 {
		head = head[i+1:]
	}
	return head, true
}

// statesAmount reports whether English text states an amount of money anywhere in it: some
// words of it end with one ("announced a ₩1.1 trillion package").
func statesAmount(text string, lex *lexicon.Lexicon) bool {
	for i := range len(text) {
		if text[i] == ' ' && endsWithAmount(text[:i], lex) {
			return true
		}
	}
	return endsWithAmount(text, lex)
}

// changeOfMoney reports whether the percentage f follows a verb of change whose subject, in
// the clause before it, names money: "their grant income fell by 47%", "the budget was cut
// 12%", or a verb of level: "the state budget for education stood at 7.6%"; or comes before
// a comparative (comparatives.txt) with such a subject: "grants to women were about 20%
// smaller"; in Korean, the verb comes after it (ko_changeverbs.txt): "예산은 12% 늘었다".
func changeOfMoney(f extract.Figure, lex *lexicon.Lexicon) bool {
	// The verb first, which most percentages lack; then the money in the clause before it.
	before := strings.TrimRight(f.Sentence[:f.InSentence.Start], " ")
	if inKorean(f) {
		after, rest, _ := strings.Cut(strings.TrimLeft(f.Sentence[f.InSentence.End:], " "), " ")
		for (after == "," || percentWord(after)) && rest != "" {
			after, rest, _ = strings.Cut(rest, " ") // "각각 12%, 9% 늘었다": the verb after the list
		}
		if !lex.Korean().ChangeVerb(after) {
			return false // "대학 예산은 절반 가까이 줄어들었다": the subject before, the verb after
		}
	} else if after := wordAfter(f); lex.Has(lexicon.Comparatives, after) {
		// "grants to women were about 20% smaller": a difference of the subject before
	} else {
		k := strings.LastIndexByte(before, ' ')
		level := false
		if w := before[k+1:]; w == "by" || w == "at" || w == "to" {
			level = w != "by" // "stood at 7.6%", "amounted to": the level, not the change
			before = strings.TrimRight(before[:k+1], " ")
			k = strings.LastIndexByte(before, ' ')
		}
		verb := strings.ToLower(before[k+1:])
		// "averaged $210k, up 12%": a word that stands for the verb after a comma
		standIn := k >= 0 && strings.HasSuffix(before[:k], ",") && lex.Has(lexicon.ChangeVerbs, ", "+verb)
		if k < 0 || !lex.Has(lexicon.ChangeVerbs, verb) && !standIn && !(level && lex.Has(lexicon.TotalVerbs, verb)) {
			// "cut its research budget by 14.7%": the verb before the money it changes
			return strings.HasSuffix(f.Sentence[:f.InSentence.Start], "by ") && changedObject(before, lex)
		}
		before = before[:k+1] // the subject, without its verb
	}
	_, start, _ := clauseOf(f, lex)
	if !inKorean(f) && start >= len(strings.TrimRight(before, " ")) {
		// The clause opens with the verb: its subject stands before a phrase set off by
		// commas ("The state budget for education, published as a share of total
		// expenditure, stood at 7.6%").
		start = 0
	}
	if inKorean(f) {
		// "인건비는 석사과정 98만 원, 박사과정 162만 원으로, 3년 전보다 각각 12%, 9% 늘었다":
		// a clause after one that ends with a figure and 으로 goes on with its subject
		for p := start; p > 0; {
			i := strings.LastIndex(f.Sentence[:p], ", ")
			if i < 0 {
				break
			}
			if afterFigureWithRo(f.Sentence[:i+2]) {
				start = 0
				break
			}
			p = i
		}
	}
	return start <= len(before) && mentionsMoney(before[start:], lex)
}

// percentWord reports whether the word w is a percentage, its comma after it or not:
// "12%,".
func percentWord(w string) bool {
	w = strings.TrimRight(w, ",")
	return strings.HasSuffix(w, "%") && len(w) > 1 && w[0] >= '0' && w[0] <= '9'
}

// changedObject reports whether English text ends with a verb of change and its object, a
// phrase that names money or heads on a word of money ("the government cut its research
// and development budget"), the words before a percentage's "by".
func changedObject(text string, lex *lexicon.Lexicon) bool {
	words := strings.Fields(text)
	for i := len(words) - 2; i >= 0 && i >= len(words)-1-maxShareWords; i-- {
		if lex.HasFold(lexicon.ChangeVerbs, words[i]) {
			// the object's head, last: "its research and development budget"
			return namesMoney(strings.Join(words[i+1:], " "), lex) || namesMoney(words[len(words)-1], lex)
		}
	}
	return false
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
	if !isMultiple(f, lex) || f.InSentence.End > len(f.Sentence) {
		return false
	}
	if head, ok := clauseBeforeComma(f.Sentence[:f.InSentence.Start]); ok && statesAmount(head, lex) {
		// "averaged 554,000 won a month, nearly twice the level of 2007": set after an
		// amount, it multiplies the amount
		return true
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
	determined := false // "the cost": after a determiner a word of many uses is the noun
	for len(words) > 0 && moneyDeterminer(words[0]) {
		words, determined = words[1:], true
	}
	// The money word may follow a modifier or two of the same noun phrase ("the research
	// budget", "dormitory fees"), not a preposition ("students in funded programmes").
	for i := 0; i < len(words) && i < maxMoneyModifiers+1 && !lex.Has(lexicon.Stopwords, words[i]); i++ {
		for _, m := range lex.MoneyWordsStartingWith(words[i]) {
			if (!m.Weak || determined && i == 0) && len(m.Words) <= len(words)-i && slices.Equal(m.Words, words[i:i+len(m.Words)]) {
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
		// "예산의 12%", "예산 가운데"; "GDP 대비 5.2%", "매출액 대비": of the whole, or to it
		whole := strings.HasSuffix(w, "의") || i+1 < len(words) && (words[i+1] == "가운데" || words[i+1] == "중" || words[i+1] == "대비")
		if !whole {
			continue
		}
		name, aside, _ := strings.Cut(strings.TrimSuffix(w, "의"), "(") // "국내총생산(GDP)"
		if strongMoneyWord(w, lex) || strongMoneyWord(name, lex) || strongMoneyWord(strings.TrimSuffix(aside, ")"), lex) ||
			i > 0 && bareNoun(words[i-1], lex) && strongMoneyWord(words[i-1], lex) {
			return true // "예산의 12%", "등록금 수입의 비중은 9%": a modifier of the noun may name the money
		}
		if i > 0 && extract.IndexDigit(words[i-1]) >= 0 && lex.Korean().CounterUnit(strings.TrimSuffix(strings.TrimSuffix(w, "의"), ")")).IsCurrency() {
			return true // "미국 취업자(약 1억 9,000만 원)의 40% 수준": a share of an amount
		}
	}
	return false
}

// strongMoneyWord reports whether the Korean word w names money with a strong word of
// moneykinds.tsv ("예산의", "등록금").
func strongMoneyWord(w string, lex *lexicon.Lexicon) bool {
	return slices.ContainsFunc(moneyWordsAt(w, lex), func(m lexicon.MoneyWord) bool { return !m.Weak })
}

// bareNoun reports whether the Korean word w carries no particle: it modifies the noun
// after it ("등록금 수입").
func bareNoun(w string, lex *lexicon.Lexicon) bool {
	return lex.Korean().WithoutParticle(w, 1) == w
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
