package normalize

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/schemas"
)

// countsWorkforce reports whether f counts the people a verb of workforceverbs.txt takes on
// ("employ more than 150,000 people", "hired 8,700 engineers") or that "with" gives what has
// them ("firms with fewer than 50 employees"), and its counted phrase names
// no more than a workforce (workforcenouns.txt) and no word of a domain ("employed 14
// graduate researchers" is training's).
func countsWorkforce(f extract.Figure, lex *lexicon.Lexicon) bool {
	if f.Unit == schemas.UnitPeople && inKorean(f) {
		return koreanWorkforce(f, lex)
	}
	if f.Unit != schemas.UnitPeople {
		return false
	}
	// "firms with fewer than 50 employees": the size of what has them is a workforce too
	before := beforeHedge(f, lex)
	if last := lastWords(before, 1); !lex.HasFold(lexicon.WorkforceVerbs, last) && !lex.HasFold(lexicon.WorkforceVerbs, lastWords(before, 2)) &&
		!strings.EqualFold(last, "with") {
		return false
	}
	words := strings.Fields(strings.ToLower(f.Counted))
	return len(words) > 0 && lex.Has(lexicon.WorkforceNouns, words[len(words)-1]) && votes(f.Counted, 1, lex) == (tally{})
}

// koreanWorkforce reports whether the Korean count of people f states the size of a
// workforce its clause's subject names, when nothing else in the clause speaks of a domain:
// "현재 국내 양자 분야 연구 인력은 약 1,100명으로" counts researchers at work, though the
// sentences around it speak of training ("인재 2,500명을 길러내겠다").
func koreanWorkforce(f extract.Figure, lex *lexicon.Lexicon) bool {
	clause, start, _ := clauseOf(f, lex)
	at, to, ok := placeInSentence(f)
	if !ok || at < start {
		return false
	}
	words := strings.Fields(f.Sentence[start:at])
	if n := len(words); n > 0 && koreanWorkforceNoun(words[n-1], lex) && markedAsArgument(f.Sentence, to) {
		// "IT 노동자 3천~1만 명을 보낸", "신규 인력 95명을 뽑았다": the workforce the number
		// stands beside, the object or subject of the clause's verb; in a headline's noun
		// phrase ("전문인력 5,000명 배출 목표") the noun after it says what is done
		return votes(clause, 1, lex) == (tally{})
	}
	for i := len(words) - 1; i >= 0; i-- {
		w := words[i]
		noun := lex.Korean().WithoutParticle(w, 1)
		if noun == w || !isSubjectParticle(w[len(noun):]) {
			continue
		}
		if i > 0 && koreanDemand(words[i-1], lex) || koreanDemand(noun, lex) {
			return true // "인재 부족 규모가 1만 2천 명에": a demand for workers, though it names talent
		}
		if koreanWorkforceNoun(noun, lex) {
			return votes(clause, 1, lex) == (tally{}) // unless the clause speaks of training
		}
		return false // the subject names something else ("지원 대상은 약 6만 명이다")
	}
	return false
}

// markedAsArgument reports whether the Korean word of sentence that a figure ends in, at
// offset end, ends with a particle of a subject or an object ("95명을", "3천 명이").
func markedAsArgument(sentence string, end int) bool {
	w, _, _ := strings.Cut(sentence[end:], " ")
	w = sentence[strings.LastIndexByte(sentence[:end], ' ')+1:end] + w
	_, size := utf8.DecodeLastRuneInString(w)
	last := w[len(w)-size:]
	return isSubjectParticle(last) || last == "을" || last == "를"
}

// koreanDemand reports whether the Korean noun ends with a word of a demand for workers
// (workforceverbs.txt): "부족", "인력수요".
func koreanDemand(noun string, lex *lexicon.Lexicon) bool {
	return endsWithKoreanWord(noun, lex.Words(lexicon.WorkforceVerbs))
}

// koreanWorkforceNoun reports whether the Korean noun ends with a noun of a workforce
// (workforcenouns.txt): "연구인력", "노동자".
func koreanWorkforceNoun(noun string, lex *lexicon.Lexicon) bool {
	return endsWithKoreanWord(noun, lex.Words(lexicon.WorkforceNouns))
}

// endsWithKoreanWord reports whether noun ends with one of the Korean words of a list that
// holds English ones too.
func endsWithKoreanWord(noun string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return document.HasHangul(w) && strings.HasSuffix(noun, w) })
}

// isSubjectParticle reports whether p marks a Korean subject or topic: 은, 는, 이, 가.
func isSubjectParticle(p string) bool { return p == "은" || p == "는" || p == "이" || p == "가" }
