package normalize

import (
	"strings"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
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
			if t == (tally{}) {
				// A clause with no word of a domain but a topic of its own goes on with the
				// subject of those before it ("장려금은 석사 월 80만 원으로 정해졌으며, 지원
				// 대상은 약 6만 명이다"), never with the part named after it; so does one after a
				// figure that ends its clause with 으로, which the next compares ("졸업생은
				// 1,250명으로, 전년보다 150명 많았다"). An item of a list ("과학원 원사 5명,
				// 후보원사 12명") has neither, and keeps its own, unless 등 closes the list: its
				// items are parts of what the closing clause names ("학사 9만 명, 석·박사 6만 명
				// 등 모두 15만 명의 반도체 인재"). An item that is a name with its value in
				// brackets ("미국이 62.3%로 가장 높았고, 중국(8.1%), 일본(6.7%)이 뒤를 이었다")
				// states the measure the clause before named. So does a headline's part after its
				// ellipsis ("유학생 3만 명 돌파…10년 새 두 배"), a time aside ("인재 2만 명
				// 키운다… 5년간 1조 원 투입": the plan's, not training's).
				if rest, ok := listClosedAfter(f.Sentence, start+len(c), lex); ok {
					t = votes(rest, 1, lex)
				} else if namesTopic(c, lex) || afterFigureWithRo(f.Sentence[:start]) || afterSameCounter(f, start) || valueInBrackets(f) ||
					strings.HasSuffix(f.Sentence[:start], "…") && !f.Unit.IsDuration() {
					t = votes(f.Sentence[:start], 1, lex)
				}
			}
		}
		if t == (tally{}) && lex.Korean().RefersBack(f.Sentence) && !statesKoreanAmount(f.Context, lex) {
			// A sentence that opens with 이는 ("이는 5년 전보다 각각 12%, 4% 늘어난
			// 수준이다") measures what the sentences before it counted; after an amount of
			// money ("이는 기존 계획보다 약 30% 늘어난 규모다"), that amount.
			t = votes(wholesOf(f.Context, lex), 1, lex)
		}
	} else if whole, ok := beforePartClause(f, lex); ok {
		// "76,000 people worked there, including 34,700 researchers, of whom 11,200 held a
		// doctorate": the clause after the figure is about a part of it, and what it says
		// of the part (a doctorate) is not said of the whole.
		t = votes(whole, 1, lex)
	} else if clause, ok := ownClause(f, lex); ok {
		// "It employed 612 people, of whom 71 per cent held a doctorate; about one
		// researcher in six was a woman": a clause set off by a semicolon that names what
		// its figure counts says it of its own; the doctorate is of the other clause.
		t = votes(clause, 1, lex)
	} else if lead, ok := partitiveLead(f); ok {
		// "Of the 5,781 funded projects, 1,410 involved a co-investigator abroad": the whole
		// is what its lead says, the rest of the sentence says it of the part.
		t = votes(lead, 1, lex)
	} else if lead, ok := timeLead(f, lex); ok {
		// "After two years as a postdoctoral fellow in Germany, Lee joined POSTECH ... on
		// its science faculty of about 150": the time is the lead's, not the faculty's.
		t = votes(lead, 1, lex)
	} else if t.winner(2) == schemas.CategoryOther && (extract.RefersBack(f.Sentence, lex) || partOfBefore(f, lex)) {
		// "512,000 students were enrolled ... Of the total, about 70 percent studied science",
		// "About 60 per cent of them were in science": a part of what the sentences before
		// counted, when its own sentence decides nothing.
		t.add(votes(f.Context, 1, lex))
	}
	if countsOtherThings(f, lex) {
		// "has published 380 papers and holds 29 patents": patents are neither papers nor
		// training, whatever the sentence around them counts.
		return schemas.CategoryOther
	}
	if countsWorkforce(f, lex) {
		// "The two companies together employ more than 150,000 people": a workforce, though
		// the section around it speaks of training.
		return schemas.CategoryOther
	}
	if shareOfMoney(f, lex) || multipleOfMoney(f, lex) {
		// "Education expenditures: 4.7% of GDP", "gives education 8 percent of total
		// spending", "the budget for joint research doubled": a share or a multiple of money
		// measures the budget or the economy, whatever it buys.
		return schemas.CategoryOther
	}
	weight := 3
	if f.RowLabel && breakdownCaption(f.Heading) {
		// "| 대학 | 102,400 | 103,100 |" under "연구 주체별 연구원 수" (researchers by sector):
		// the row's label is a value of the breakdown, and the caption names what is
		// counted; the row, its label and numbers, says no more than the label.
		t, weight = tally{}, 1
	}
	if f.Unit == schemas.UnitPapers {
		t.coauthorship += 3
	}
	if f.Heading != "" && f.Heading == topic.headline && !topic.Article && isHeadline(f.Heading) {
		// A news story's headline heads every figure of the story but says what one of them,
		// or the story, is about, not each ("Budget cuts leave Korean labs scrambling for
		// postdocs" over a union's members and the budget's percentages): it speaks, but
		// does not decide alone. An encyclopedia page's title is short and names what the
		// page is about ("Education in North Korea"): it keeps its voice.
		heading.coauthorship, heading.graduates = heading.coauthorship/2, heading.graduates/2
	}
	if f.Title != "" && topic.title == (tally{}) {
		// A section under the document's title stands under it ("Hyperauthorship: History"),
		// but the title names what the whole document is about, a university's page its
		// restaurants too: it speaks at half its voice, and not at all when the section's
		// own heading names a domain ("Training" under "Joint papers"). A survey's title
		// names the population of every figure of the report, and keeps its whole voice.
		title := topic.headlineVotes
		if f.Title != topic.headline {
			title = headingVotes(f.Title, lex)
		}
		own := tally{heading.coauthorship - title.coauthorship, heading.graduates - title.graduates}
		if own == (tally{}) {
			own = tally{title.coauthorship / 2, title.graduates / 2}
		}
		heading = own
	}
	t.add(heading)
	counted := votes(rateHead(f.Counted), weight, lex)
	if counted == (tally{}) && namesThings(f, lex) {
		// "The university has 10 research institutes and 4 restaurants": what is counted
		// says what the figure is about; the university around them does not make
		// institutes training. (A paper's analysis does make its violations co-authorship.)
		t.graduates = 0
	}
	t.add(counted)
	if f.Unit == schemas.UnitPeople && lex.HasFold(lexicon.OutputVerbs, verbBefore(f, lex)) {
		t.graduates += 3 // "aims to produce 400 AI specialists": what training turns out
	}
	if f.Unit.IsDuration() && (timeAway(f, lex) || spanPeriod(f, lex)) {
		// "five years earlier", "3년 전보다": when, not how long anything took; "₩1 trillion
		// over five years": the period the money is spent over, not the training it pays for
		return schemas.CategoryOther
	}
	if f.Unit == schemas.UnitPeople && ageGroup(f.Counted, lex) {
		// "the number of 18-year-olds fell to 430,000": a population by its age, whatever
		// the sentence says of the schools it will fill; its share with a degree is
		// education's ("70% of 25–34-year-olds hold a tertiary degree")
		t.graduates = 0
	}
	measure := f.Unit.IsDuration() && timeMeasure(f, lex)
	if f.Unit.IsDuration() {
		// "At 33 he had written 40 papers", "the review took six months": a time or an age
		// beside papers is no statistic about them; a course's length is about training. A
		// time measured as a statistic of a process is its process's ("the median time from
		// preprint to publication was 187 days").
		if !measure {
			t.coauthorship = 0
		}
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
			if own.graduates == 0 && (named || lex.Korean().HoldsPost(h)) {
				// "35년간 재직하였다": a career's time, whatever department it was spent in
				t.graduates = 0
			}
			own.coauthorship = 0 // "10년간 논문 120여 편을": the papers of that time, not the time
			t.add(own)
		}
		// A duration stated as what its subject is ("The median time to degree was 5.4 years
		// in science") is that subject's: what follows it says where, not what of.
	}
	need := 2
	if isMultiple(f, lex) {
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
	if topic.dominant() == schemas.CategoryCoauthorship && (!f.Unit.IsDuration() || measure) && !speaksOfGrantDecisions(f.Sentence, lex) {
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

// speaksOfGrantDecisions reports whether sentence speaks of a funder's decisions
// (grantdecisions.txt): "Women submitted 27.1% of applications and received 24.8% of awards"
// is about the competition for grants, though the article around it is about papers.
func speaksOfGrantDecisions(sentence string, lex *lexicon.Lexicon) bool {
	for p := 0; p < len(sentence); p++ {
		if p > 0 && !wordStartsAfter(sentence, p) {
			continue
		}
		for _, w := range lex.Words(lexicon.GrantDecisions) {
			if extract.HasPrefixFold(sentence[p:], w) {
				return true
			}
		}
	}
	return false
}

// headlineWords is how many words make a document's first heading a story's headline rather
// than a page's title.
const headlineWords = 7

// isHeadline reports whether a document's first heading is a story's headline. A Korean
// report's title is a noun phrase of as many words as a headline ("2025년 이공계 인력 육성
// 실태조사 결과 요약"); a Korean headline is clipped and punctuated instead: a subject set
// off by a comma ("정부, AI 대학원 추가 선정"), an ellipsis between its halves, a quotation.
func isHeadline(heading string) bool {
	if wordsAtLeast(heading, headlineWords) {
		return true
	}
	return !extract.IsASCII(heading) && strings.ContainsAny(heading, koreanHeadlineMarks)
}

// koreanHeadlineMarks are the punctuation of a clipped Korean headline.
const koreanHeadlineMarks = ",…\"“‘'"

// breakdownCaption reports whether a heading context names a table broken down by a
// dimension: "Researchers by sector", "연구 주체별 연구원 수".
func breakdownCaption(heading string) bool {
	return strings.Contains(heading, " by ") || strings.Contains(heading, "별 ")
}

// timeLead returns the opening phrase of f's sentence, up to its first comma, when f is a
// duration in it and the phrase opens with a preposition of time (timeleads.txt: "After two
// years as a postdoctoral fellow,"), and whether there is one.
func timeLead(f extract.Figure, lex *lexicon.Lexicon) (string, bool) {
	if !f.Unit.IsDuration() || inKorean(f) {
		return "", false
	}
	comma := strings.Index(f.Sentence, ", ")
	if comma < 0 || f.InSentence.End > comma {
		return "", false
	}
	first, _, _ := strings.Cut(f.Sentence, " ")
	return f.Sentence[:comma], lex.HasFold(lexicon.TimeLeads, first)
}

// partitiveLead returns the lead of f's sentence that f is the whole of, "Of the 5,781
// funded projects" before the comma of "Of the 5,781 funded projects, 1,410 involved ...",
// and whether f is in one.
func partitiveLead(f extract.Figure) (string, bool) {
	comma := strings.Index(f.Sentence, ", ")
	if comma < 0 || f.InSentence.End > comma {
		return "", false
	}
	for _, p := range []string{"Of ", "Among "} {
		if strings.HasPrefix(f.Sentence, p) && f.InSentence.Start >= len(p) {
			return f.Sentence[:comma], true
		}
	}
	return "", false
}

// wholesOf returns the Korean context without its sentences that open with a partitive:
// after "인력은 33만 9,275명이었다. 이 가운데 박사 학위 소지자는 9만 6,000여 명으로", a
// sentence that refers back ("연도별로는 ...") breaks down the whole, not the doctorates.
func wholesOf(context string, lex *lexicon.Lexicon) string {
	var b strings.Builder
	for sent := range strings.SplitAfterSeq(context, ". ") {
		if !lex.Korean().OpensPartitive(strings.TrimLeft(sent, " \n")) {
			b.WriteString(sent)
		}
	}
	return b.String()
}

// partOfBefore reports whether f is a share of what the sentences before counted: "60 per
// cent of them", "a third of these". ("Half of those offered in Silicon Valley" names its
// own whole.)
func partOfBefore(f extract.Figure, lex *lexicon.Lexicon) bool {
	if f.Unit != schemas.UnitPercent || f.InSentence.End > len(f.Sentence) {
		return false
	}
	after := strings.TrimLeft(f.Sentence[f.InSentence.End:], " ")
	return !strings.HasPrefix(after, "of those") && extract.RefersBack(after, lex)
}

// isMultiple reports whether f is a multiple, a count of times: "twice", "3.4-fold", "2배"
// (whose counted phrase may go on with the noun after the counter: "배 예산").
func isMultiple(f extract.Figure, lex *lexicon.Lexicon) bool {
	head, _, _ := strings.Cut(f.Counted, " ")
	return f.Counted == extract.Times || lex.Korean().Multiple(head)
}

// timeMeasure reports whether the duration f is a measure of how long a process takes, as
// the words before it in its sentence name it (lexicon.TimeMeasures: "the median time from
// acceptance to a report was 12 days", "time to retraction fell to 1.6 years").
func timeMeasure(f extract.Figure, lex *lexicon.Lexicon) bool {
	if f.InSentence.Start > len(f.Sentence) {
		return false
	}
	before := strings.ToLower(f.Sentence[:f.InSentence.Start])
	// The process may also be named right after the time its change measures, in the same
	// phrase: "a 1.3-day increase in time to acceptance".
	after := f.Sentence[min(f.InSentence.End, len(f.Sentence)):]
	if end := strings.IndexAny(after, ",;:("); end >= 0 {
		after = after[:end]
	}
	after = strings.ToLower(firstWords(after, timeMeasureReach))
	for _, w := range lex.Words(lexicon.TimeMeasures) {
		if strings.Contains(before, w) || strings.Contains(after, w) {
			return true
		}
	}
	return statisticOfDurations(f, lex)
}

// timeMeasureReach is how many words after a duration may name the process it measures.
const timeMeasureReach = 5

// statisticOfDurations reports whether the words right before the duration f make it the
// value of a statistic over durations (lexicon.DurationStats): "a median of 196 days
// after posting", "(median 188 against 236 days)".
func statisticOfDurations(f extract.Figure, lex *lexicon.Lexicon) bool {
	if f.InSentence.Start > len(f.Sentence) {
		return false
	}
	before := strings.ToLower(strings.TrimRight(f.Sentence[:f.InSentence.Start], " "))
	before = pastComparedValue(before, lex) // "(median 112 vs 91 days)": 91 is a median too
	if open := strings.LastIndexByte(before, '('); open >= 0 && lex.Has(lexicon.Spreads, strings.TrimSpace(before[open+1:])) {
		// "a median of 212 days (interquartile range 140–318)": the spread of the
		// statistic before the bracket, a statistic with it
		head := strings.TrimRight(before[:open], " ")
		if k := strings.LastIndexByte(head, ' '); k >= 0 {
			if j := strings.LastIndexByte(head[:k], ' '); j >= 0 {
				return endsWithDurationStat(head[:j], lex) // past "212 days"
			}
		}
		return false
	}
	return endsWithDurationStat(before, lex)
}

// pastComparedValue cuts a value and the word that compares it (lexicon.ComparedWith) off
// the end of lower-case text, when text ends so ("median 112 vs"), leaving what stood
// before the value; otherwise it returns text.
func pastComparedValue(text string, lex *lexicon.Lexicon) string {
	for _, w := range lex.Words(lexicon.ComparedWith) {
		rest, ok := cutWordsSuffix(text, w)
		if !ok {
			continue
		}
		if value := lastWords(rest, 1); value != "" && extract.IndexDigit(value) >= 0 {
			return strings.TrimRight(strings.TrimSuffix(rest, value), " ")
		}
	}
	return text
}

// endsWithDurationStat reports whether lower-case text ends with a word of
// lexicon.DurationStats.
func endsWithDurationStat(text string, lex *lexicon.Lexicon) bool {
	for _, w := range lex.Words(lexicon.DurationStats) {
		if rest, ok := strings.CutSuffix(text, w); ok && (rest == "" || strings.HasSuffix(rest, " ") || strings.HasSuffix(rest, "(")) {
			return true
		}
	}
	return false
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
	return lex.HasFold(lexicon.PercentPoints, f.Counted)
}

// valueInBrackets reports whether f stands alone in brackets right after a word: "중국(8.1%)".
func valueInBrackets(f extract.Figure) bool {
	if f.InSentence.Start > len(f.Sentence) || f.InSentence.End > len(f.Sentence) {
		return false
	}
	before, after := f.Sentence[:f.InSentence.Start], f.Sentence[f.InSentence.End:]
	return strings.HasSuffix(before, "(") && len(before) > 1 && before[len(before)-2] != ' ' && strings.HasPrefix(after, ")")
}

// inKorean reports whether f's sentence is Korean: its figure may be written without a
// Hangul letter ("나머지 60%는").
func inKorean(f extract.Figure) bool { return document.HasHangul(f.Sentence) }

// placeInSentence returns where f stands in its sentence: where the scanner found it, or,
// for a figure built without that (a test's), where its words are.
func placeInSentence(f extract.Figure) (start, end int, ok bool) {
	if p := f.InSentence; p.Start < p.End && p.End <= len(f.Sentence) {
		return p.Start, p.End, true
	}
	return extract.FigureInSentence(f.Sentence, f.Text, f.Start-f.SentenceStart, f.SentenceEnd-f.SentenceStart)
}

// clauseOf returns the clause of f's sentence that holds it, between commas, semicolons and
// dashes, where it starts in the sentence, and whether that is the whole sentence.
func clauseOf(f extract.Figure, lex *lexicon.Lexicon) (clause string, start int, whole bool) {
	at, to, ok := placeInSentence(f)
	if !ok {
		return f.Sentence, 0, true
	}
	start, end := 0, len(f.Sentence)
	for _, sep := range []string{", ", "; ", " – ", " — ", "…"} {
		i := strings.LastIndex(f.Sentence[:at], sep)
		for sep == ", " && i > 0 && inKorean(f) && sourceLeadEnds(f.Sentence[:i], lex) {
			i = strings.LastIndex(f.Sentence[:i], sep) // "...실시한 설문조사 결과, 응답자의 31.5%가": the lead opens no clause
		}
		if i >= 0 {
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

// rateHead returns what a counted phrase of a rate counts, before its "per": "papers per
// faculty member" counts papers, "grants per university per year" grants; the denominator
// says over what, not about what.
func rateHead(counted string) string {
	head, _, _ := strings.Cut(counted, " per ")
	return head
}

// sourceLeadEnds reports whether Korean text ends with a word of ko_sourceleads.txt, the end
// of a lead that names a source ("설문조사 결과", "보고서에 따르면").
func sourceLeadEnds(text string, lex *lexicon.Lexicon) bool {
	last := text[strings.LastIndexByte(text, ' ')+1:]
	return lex.Has(lexicon.KoreanSourceLeads, last)
}

// ownClause returns the clause of an English sentence, between semicolons or the commas of
// subordinators, that holds the figure and names what it counts: such a clause has a
// subject of its own. Not when it
// opens by pointing back ("of them", "this"), nor when what it counts is a multiple or a
// statistic of what the clause before counted ("...; in mathematics, only 1.6 times as
// many", "...; the mean was 5.7": a measure of measures.txt), nor when the clauses are the items of a list after a
// colon ("three kinds of evidence: (i) images of 147 campuses; (ii) interviews").
func ownClause(f extract.Figure, lex *lexicon.Lexicon) (string, bool) {
	in := f.InSentence
	if f.Counted == "" || in.End > len(f.Sentence) || in.Start > in.End || isMultiple(f, lex) ||
		lex.HasFold(lexicon.Statistics, f.Counted) || lex.HasFold(lexicon.Measures, f.Counted) || strings.Contains(f.Sentence, ": ") {
		return "", false
	}
	start, end := 0, len(f.Sentence)
	if i := strings.LastIndex(f.Sentence[:in.Start], "; "); i >= 0 {
		start = i + 2
	}
	for _, sub := range subordinators {
		// "aims to train 2,400 engineers by 2030, as the country scrambles to fill a
		// shortfall of 54,000 workers": a clause of its own, its own subject
		if i := strings.LastIndex(f.Sentence[:in.Start], sub); i >= 0 && i+len(sub) > start {
			start = i + 2
		}
	}
	if i := strings.Index(f.Sentence[in.End:], "; "); i >= 0 {
		end = in.End + i
	}
	for _, openers := range [...][]string{subordinators, comparisonOpeners} {
		for _, sub := range openers {
			// "estimated a shortage of 9,986 AI workers by 2022, while fewer than 500
			// students a year complete graduate degrees": the clause before one of its own
			// is its own too, unless the later one points back to its subject to compare
			// ("applications for engineering fell 4.5%, while those for medical schools rose")
			if i := strings.Index(f.Sentence[in.End:end], sub); i >= 0 && !pointsBack(f.Sentence[in.End+i+len(sub):]) {
				end = in.End + i
			}
		}
	}
	clause := f.Sentence[start:end]
	if start == 0 && end == len(f.Sentence) || extract.RefersBack(clause, lex) || !strings.Contains(strings.ToLower(clause), strings.ToLower(f.Counted)) {
		return "", false
	}
	return clause, true
}

// pointsBack reports whether an English clause opens with a pronoun for what the clause
// before named ("those for medical schools rose", "it fell"): it compares, and shares its
// subject.
func pointsBack(clause string) bool {
	w, _, _ := strings.Cut(clause, " ")
	switch strings.ToLower(w) {
	case "those", "that", "these", "this", "it", "they":
		return true
	}
	return false
}

// subordinators open an English clause of its own after a comma, its subject its own; so do
// "and" and "but" before a determiner ("..., and the company's lab has published 400 papers").
var subordinators = []string{", as ", ", while ", ", whereas ", ", although ", ", and the ", ", and its ", ", but the ", ", but its "}

// comparisonOpeners set off, after a comma, a value compared with the clause's own: the
// clause before says nothing of the value's group ("will need 127,000 more engineers by
// 2031, against some 5,000 new graduates a year"), but the value is of the clause's measure
// ("... than small firms, against 71.2 percent of large firms").
var comparisonOpeners = []string{", against "}

// afterFigureWithRo reports whether the Korean text before a clause ends with a figure and
// the particle 으로 or 로 ("1,250명으로,", "162만 원으로,"): the figure the next clause goes on
// about.
func afterFigureWithRo(before string) bool {
	fields := strings.Fields(before)
	if len(fields) == 0 {
		return false
	}
	w := strings.TrimRight(fields[len(fields)-1], ",")
	if !strings.HasSuffix(w, "로") {
		return false
	}
	// "1,250명으로", or a number and its counter apart: "162만 원으로"
	return strings.ContainsAny(w, "0123456789") || len(fields) > 1 && strings.ContainsAny(fields[len(fields)-2], "0123456789")
}

// afterSameCounter reports whether f's Korean clause, which starts at start, names nothing
// but a time before f, and the clause before it ends with a number in f's counter: a list of
// values of one measure, whose comma opens no clause of its own ("교수는 38명에 불과했으나
// 2015년 120명, 2024년 231명으로 늘었다"), unlike an item with its own noun ("원사 5명,
// 후보원사 12명").
func afterSameCounter(f extract.Figure, start int) bool {
	at, _, ok := placeInSentence(f)
	if !ok || at < start {
		return false
	}
	for _, w := range strings.Fields(f.Sentence[start:at]) {
		if !startsWithDigit(w) {
			return false // a noun of its own
		}
	}
	fields := strings.Fields(f.Sentence[:start])
	if len(fields) == 0 {
		return false
	}
	last := strings.TrimRight(fields[len(fields)-1], ",")
	i, k := strings.LastIndexAny(last, "0123456789"), strings.LastIndexAny(f.Text, "0123456789")
	return i >= 0 && k >= 0 && k+1 < len(f.Text) && last[i+1:] == f.Text[k+1:]
}

func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

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

// listClosedAfter returns the rest of a Korean sentence from the clause that closes the list
// whose item ends at end: the items after it, set apart by commas, each hold a number, and
// the last goes on with a word of ko_listclosers.txt ("석·박사 6만 명 등 모두 ...").
func listClosedAfter(sentence string, end int, lex *lexicon.Lexicon) (string, bool) {
	for pos, items := end, 0; items < 6; items++ {
		rest, ok := strings.CutPrefix(sentence[pos:], ", ")
		if !ok {
			return "", false
		}
		pos = len(sentence) - len(rest)
		item := rest
		if i := strings.Index(rest, ", "); i >= 0 {
			item = rest[:i]
		}
		if !strings.ContainsAny(item, "0123456789") {
			return "", false
		}
		for _, w := range strings.Fields(item) {
			if closesList(w, lex) {
				return rest, true
			}
		}
		pos += len(item)
	}
	return "", false
}

// closesList reports whether the Korean word w is a word of ko_listclosers.txt, alone or
// before a particle ("등", "등을").
func closesList(w string, lex *lexicon.Lexicon) bool {
	return lex.Has(lexicon.KoreanListClosers, lex.Korean().WithoutParticle(w, 1))
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

// countsOtherThings reports whether the count f counts things of lexicon.OtherThings: a
// word of its counted phrase ("29 patents", "640 patent applications"), or for a bare
// Korean counter the word before the number ("특허 120건").
func countsOtherThings(f extract.Figure, lex *lexicon.Lexicon) bool {
	if !f.Unit.IsCount() && f.Unit != schemas.UnitUnits {
		return false
	}
	for _, w := range strings.Fields(f.Counted) {
		if lex.HasFold(lexicon.OtherThings, strings.TrimSuffix(w, "s")) {
			return true
		}
	}
	if lex.Korean().Counter(f.Counted) {
		return lex.Has(lexicon.OtherThings, lex.Korean().WithoutParticle(wordBefore(f), 1))
	}
	return false
}

// ageGroup reports whether counted names people by their age ("18-year-olds",
// "five-year-olds").
func ageGroup(counted string, lex *lexicon.Lexicon) bool {
	head := counted[strings.LastIndexByte(counted, ' ')+1:]
	for _, a := range lex.Words(lexicon.AgeNouns) {
		if strings.EqualFold(head, a) || len(head) > len(a) && head[len(head)-len(a)-1] == '-' && strings.EqualFold(head[len(head)-len(a):], a) {
			return true
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
	if isMultiple(f, lex) || f.Counted == extract.Ratio {
		// "enrolment doubled", "정원이 두 배로", "a student-teacher ratio of 14:1": a multiple
		// or a ratio of what the sentence counts
		return false
	}
	if percentPoints(f, lex) {
		return false // "rose by 4.5 percentage points": a change of a share of what the sentence counts
	}
	words := strings.Fields(f.Counted)
	if len(words) > 0 && lex.HasFold(lexicon.Measures, words[len(words)-1]) {
		return false // "with a grade point average of 2.7": a measure of what the sentence counts
	}
	if len(words) > 0 && lex.HasFold(lexicon.PersonActs, words[len(words)-1]) {
		return false // "9,870 applications for 320 undergraduate places": applicants' acts
	}
	if len(words) > 0 && lex.HasFold(lexicon.Venues, words[len(words)-1]) && !ranked(f.Sentence, words[len(words)-1], lex) &&
		!strings.Contains(f.Text, "-") {
		// "at four locations": where the sentence's training takes place; "a 600-seat
		// lecture hall" is the size of a thing
		return false
	}
	for _, w := range words {
		if !gluedToDigit(f.Text, w) && !lex.Korean().Counter(w) {
			return true
		}
	}
	return false
}

// ranked reports whether the word noun stands in sentence after an order word and a number
// ("the top five places", orderwords.txt): places in a ranking, not where anything happens.
func ranked(sentence, noun string, lex *lexicon.Lexicon) bool {
	words := strings.Fields(sentence)
	for i := 2; i < len(words); i++ {
		if strings.EqualFold(strings.TrimRight(words[i], ".,;:)"), noun) && lex.HasFold(lexicon.OrderWords, words[i-2]) {
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

// opensPartClause reports whether s opens with a word of partclauses.txt.
func opensPartClause(s string, lex *lexicon.Lexicon) bool {
	for _, p := range lex.Words(lexicon.PartClauses) {
		if extract.HasPrefixFold(s, p) && (len(s) == len(p) || s[len(p)] == ' ') {
			return true
		}
	}
	return false
}

// pastPartNumber returns s past the number, perhaps hedged ("more than 900"), that its first
// three words end with: the number of a part before the words that say it is one. Else s.
func pastPartNumber(s string) string {
	rest := s
	for k := 0; k < 3; k++ {
		w, tail, ok := strings.Cut(rest, " ")
		if !ok {
			break
		}
		if extract.IndexDigit(w) == 0 {
			return tail
		}
		rest = tail
	}
	return s
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
		if opensPartClause(after, lex) || opensPartClause(pastPartNumber(after), lex) {
			// "..., of whom 11,200 held a doctorate", "..., 10,000 of whom hold doctorates",
			// "..., more than 900 of them undergraduate students"
			return f.Sentence[:at+i], true
		}
		rest, at = rest[i+2:], at+i+2
	}
}
