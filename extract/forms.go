package extract

import (
	"strings"

	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/schemas"
)

// The forms of this file each decide one thing about a number the scanner has read: whether
// a sign, a slash, a measure named before it, a data-sheet field or a bound written after it
// makes it a figure, and what it then counts.

// minusSign reports whether a token is a minus sign: a hyphen, the minus sign, or the
// triangle Korean tables and accounts write for one ("△20.0", a fall of 20%).
func minusSign(t string) bool { return t == "-" || t == "−" || t == "△" }

// signBefore returns where a minus sign written just before the number n starts ("-11.1%",
// "−1.1%", "△20.0"): the sign touches the number and follows a space or the start of the
// sentence, so "70-80" and "F-35" keep their hyphens.
func (s *scanner) signBefore(n number) (int, bool) {
	if n.i == 0 {
		return 0, false
	}
	sign := s.toks[n.i-1]
	if !minusSign(sign.text) || !s.toks[n.i].attachedTo(sign) {
		return 0, false
	}
	if n.i >= 2 && sign.attachedTo(s.toks[n.i-2]) && s.toks[n.i-2].text != "(" && s.toks[n.i-2].text != "[" {
		return 0, false // "2010-2015", "F-35": a range's or a name's hyphen; "(−2.1" is a sign
	}
	return sign.start, true
}

// fractionAt reports whether tokens i, i+1, i+2 write a part and its whole, "49/67": each
// number is a figure. A whole of 31 or less may be a day or a month ("3/4", "12/25"), and a
// third number ("3/4/2020") makes a date: neither is a fraction.
func (s *scanner) fractionAt(i int) bool {
	if i < 0 || i+2 >= len(s.toks) {
		return false
	}
	a, slash, b := s.toks[i], s.toks[i+1], s.toks[i+2]
	if a.kind != tokNum || b.kind != tokNum || slash.text != "/" || !slash.attachedTo(a) || !b.attachedTo(slash) {
		return false
	}
	if a.frac || b.frac || a.suffix() != "" || b.suffix() != "" || a.value > b.value || b.value <= 31 || isYear(a.value) || isYear(b.value) {
		return false
	}
	if i+4 < len(s.toks) && s.toks[i+3].text == "/" && s.toks[i+3].attachedTo(b) {
		return false
	}
	return i == 0 || s.toks[i-1].text != "/" || !a.attachedTo(s.toks[i-1])
}

// measureOf returns the measure a bare number is the value of, or "": "an Erdős number of
// 2", "a median age of 34", "the mean is 4.65", "whose own score was only 3". The measure
// nouns are the lexicon's; the number must end its clause, or be followed by the group it
// is given for ("the median was 9 for women"), so that "the number of 3 papers" or "is 30
// km" are left to the other rules.
func (s *scanner) measureOf(n number) string {
	if n.scale != 1 || n.duration != "" || n.fraction {
		return ""
	}
	if n.j < len(s.toks) {
		next := s.toks[n.j]
		if next.kind != tokPunct && !s.wordsAt(n.j, "or") && !s.wordsAt(n.j, "and") &&
			!s.wordsAt(n.j, "for") && !s.wordsAt(n.j, "among") && !s.wordsAt(n.j, "in") {
			return ""
		}
		if next.text == "%" || next.text == "-" || next.text == "/" {
			return ""
		}
	}
	k := n.i - 1
	for k >= 0 && (strings.EqualFold(s.toks[k].text, "only") || strings.EqualFold(s.toks[k].text, "just")) {
		k-- // "of only 3": "only" is not part of the measure
	}
	if k < 1 {
		return ""
	}
	if (s.wordsAt(k, "at") || s.wordsAt(k, "to")) && s.levelVerb(k-1) {
		k-- // "her h-index stood at 52", "the median age rose to 41"
	}
	switch w := strings.ToLower(s.toks[k].text); {
	case w == s.toks[k].text && s.measureAt(k):
		return s.measurePhrase(k) // "Erdős number 2", "a path of length 12", written in lower case
	case w == "(" && s.measureAt(k-1):
		return s.measurePhrase(k - 1) // "the third-highest score (1.67)"
	case w == "of":
		if s.measureAt(k - 1) {
			return s.measurePhrase(k - 1)
		}
	case w == "is" || w == "was" || w == "are" || w == "were" || w == "be" || w == "been" || s.levelVerb(k):
		// The measure is the subject of the clause: "The median Erdős number of Fields
		// Medalists is 3."
		for m := k - 1; m >= 0 && m >= k-8; m-- {
			t := s.toks[m]
			if t.kind == tokPunct && strings.ContainsAny(t.text, ",;:()") || t.kind == tokNum {
				break
			}
			if s.measureAt(m) {
				return s.measurePhrase(m)
			}
		}
	}
	return ""
}

// levelVerb reports whether token k is a verb that states a measure's level ("stood",
// "reached", "rose"): one of lexicon.TotalVerbs, the nouns among them ("number", "total")
// aside.
func (s *scanner) levelVerb(k int) bool {
	return s.totalVerb(k) && !s.wordsAt(k, "number") && !s.wordsAt(k, "numbers") && !s.wordsAt(k, "total") && !s.wordsAt(k, "totals")
}

// measureAt reports whether token m is a measure noun of the lexicon ("score", "median").
func (s *scanner) measureAt(m int) bool {
	return m >= 0 && s.toks[m].kind == tokWord && s.lex.HasFold(lexicon.Measures, s.toks[m].text)
}

// measurePhrase returns the measure noun at token m with the word before it, when that word
// qualifies it ("Erdős number", "median age").
func (s *scanner) measurePhrase(m int) string {
	if m >= 1 {
		if p := s.toks[m-1]; p.kind == tokWord && !s.isStopword(p.text) {
			return s.text[p.start:s.toks[m].end]
		}
	}
	return s.toks[m].text
}

// recordField returns the field a bare number is the value of in a data-sheet record, or "":
// the words between the colons before it ("Exchange rates: 135 (2017 est.)", "subscriptions
// per 100 inhabitants: 23"), the words after a spaced dash ("earth stations - 3"), or a
// field named just before its value in a list of them ("STATIONS: AM 12, FM 40;
// repeaters 7"). A field named by a reference word ("country code - 45") holds a label.
//
// The figure's text starts at view offset start: a hedge before the number ("Academic staff:
// c. 640") is no part of the field.
func (s *scanner) recordField(n number, start int) string {
	if s.label == "" || n.i == 0 {
		return ""
	}
	k := n.i - 1 // the last token of the field's name
	if f := s.tokenAt(start); f >= 1 && f < n.i {
		k = f - 1
	}
	for k > 0 && s.inQualifier(k) {
		k-- // "Universities: about 300": the hedge is no part of the field
	}
	switch p := s.toks[k]; {
	case p.text == ":":
		before := s.text[s.sent.Start:p.start]
		if i := max(strings.LastIndex(before, ": "), strings.LastIndex(before, "; ")); i >= 0 {
			before = before[i+2:] // "total: 70,512,600; subscriptions per 100 inhabitants: 137"
		}
		return strings.TrimSpace(before)
	case (p.text == "-" || p.text == "–") && !s.toks[n.i].attachedTo(p):
		k--
	case p.kind != tokWord || !s.endsField(n.j):
		return ""
	}
	first := k
	for first >= 0 && first > k-4 && s.toks[first].kind == tokWord {
		first--
	}
	if first == k || first >= 0 && !strings.Contains(":,;", s.toks[first].text) ||
		s.lex.HasFold(lexicon.References, s.toks[k].text) {
		return ""
	}
	return s.text[s.toks[first+1].start:s.toks[k].end]
}

// labelKind returns the kind of the record's label a count is of, when the one word after
// the number is no noun of its own but a modifier of the label's ("Academic staff: 512
// full-time, 180 adjunct" counts full-time academic staff, not "full-time"s).
func (s *scanner) labelKind(n number, c candidate) (string, bool) {
	if s.label == "" || !c.unit.IsCount() || n.j >= len(s.toks) {
		return "", false
	}
	w := s.toks[n.j]
	if w.kind != tokWord || w.text != c.counted || s.capitalised(w.text) || s.plural(strings.ToLower(w.text)) || s.lex.Unit(strings.ToLower(w.text)) != "" || !s.endsField(n.j+1) {
		return "", false
	}
	if k := s.tokenAt(c.start) - 1; k < 0 || s.toks[k].text != ":" && s.toks[k].text != "," {
		return "", false // the number opens the record's value, or one of its parts
	}
	return s.label + ": " + w.text, true
}

// endsField reports whether token j ends a record's field value: the sentence ends, or a
// separator or a parenthesised note follows.
func (s *scanner) endsField(j int) bool {
	return j >= len(s.toks) || strings.Contains(",;(", s.toks[j].text)
}

// postQualify extends c over a bound written after it ("two or more", "2 or lower", "15 and
// over", "2,000-plus", "10,000+"), from token j; it returns the token index after the bound and the bound's qualifier.
// A unit of time may stand between ("65 years and over"): the figure then takes it.
func (s *scanner) postQualify(c *candidate, j int) (int, string) {
	k, unit := j, schemas.Unit("")
	if c.unit == "" && j < len(s.toks) && s.toks[j].kind == tokWord {
		if u := s.lex.Unit(strings.ToLower(s.toks[j].text)); u.IsDuration() {
			k, unit = j+1, u
		}
	}
	for _, q := range s.lex.PostQualifiers() {
		if s.wordsAt(k, q.Words...) && (s.toks[k].kind == tokWord || s.toks[k].attachedTo(s.toks[k-1])) {
			// A sign bounds the number it is glued to ("10,000+", "2,000-plus"), not one
			// spaced from it ("3 + 4").
			c.end = s.toks[k+len(q.Words)-1].end
			if unit != "" {
				c.unit, c.counted = unit, strings.ToLower(s.toks[j].text)
			}
			return k + len(q.Words), q.Name
		}
	}
	return j, ""
}

// isStatistic reports whether the number at token i is the value of a test statistic: "p =
// 0.03", "r = 0.949", "p<0.001".
func (s *scanner) isStatistic(i int) bool {
	if i < 1 {
		return false
	}
	if s.statisticWordAt(i - 1) {
		return true // "95% CI 1.5–2.2", "rho 0.41": a name of more than one letter needs no "="
	}
	if i >= 2 && s.toks[i-1].text == "," && s.statisticWordAt(i-2) {
		return true // "95% CI, 1.02–1.06"
	}
	if i < 2 {
		return false
	}
	op, sym := s.toks[i-1].text, s.toks[i-2]
	if i >= 3 && (sym.text == "²" || sym.text == "2") && sym.attachedTo(s.toks[i-3]) {
		sym = s.toks[i-3] // "R² = 0.81", "χ2 = 12.3": the statistic's name before its square
	}
	return (op == "=" || op == "<" || op == ">" || op == "≤" || op == "≥" || op == ":") && sym.kind == tokWord &&
		s.statisticName(sym.text)
}

// statisticAt reports whether the number at token i is a test statistic's value
// (isStatistic), negative or not, or the upper end of an interval that one opens: "CI
// 1.5–2.2", "95% CI −11% to 3%".
func (s *scanner) statisticAt(i int) bool {
	i = s.signedFrom(i)
	if s.isStatistic(i) {
		return true
	}
	k := i - 1
	if k < 1 || s.toks[k].text != "–" && s.toks[k].text != "-" && !s.wordsAt(k, "to") {
		return false
	}
	if k--; s.toks[k].text == "%" {
		k--
	}
	return k >= 0 && s.toks[k].kind == tokNum && s.isStatistic(s.signedFrom(k))
}

// signedFrom returns the token of the minus sign glued before the number at token i, or i.
// A hyphen after a number is a range's dash ("1.5-2.2"), not a sign.
func (s *scanner) signedFrom(i int) int {
	if i < 1 || !minusSign(s.toks[i-1].text) || !s.toks[i].attachedTo(s.toks[i-1]) {
		return i
	}
	if i >= 2 && (s.toks[i-2].kind == tokNum || s.toks[i-2].text == "%") && s.toks[i-1].attachedTo(s.toks[i-2]) {
		return i
	}
	return i - 1
}

// spreadUnit returns the unit, and its word, of the figure before a bracket that opens with
// the name of a spread (lexicon.Spreads) just before the number at token i: "187 days
// (interquartile range 121–281)" gives days. "" when the bracket names none or the figure
// before it has no percent sign or noun of the lexicon after it.
func (s *scanner) spreadUnit(i int) (schemas.Unit, string) {
	if i > 0 && (s.toks[i-1].text == "," || s.toks[i-1].text == ":") {
		i-- // "(IQR, 5–15)", "(interquartile range: 121–281)"
	}
	for _, name := range s.lex.Words(lexicon.Spreads) {
		first := i - phraseWords(name)
		if first < 1 || s.toks[first-1].text != "(" || !s.phraseAt(first, name) {
			continue
		}
		// The figure the spread is of: the number nearest before the bracket, with its unit
		// after it ("4 papers per grant (IQR 2–8)": papers).
		for m := first - 2; m >= max(0, first-7); m-- {
			t := s.toks[m]
			if t.kind == tokPunct && t.text != "%" {
				break
			}
			if !(t.kind == tokNum || t.kind == tokWord && s.numberWord(t.text)) || m+1 >= first-1 {
				continue // "six authors (IQR 4–8)": a number word too
			}
			next := s.toks[m+1]
			if next.text == "%" {
				return schemas.UnitPercent, ""
			}
			if u := s.lex.Unit(strings.ToLower(next.text)); next.kind == tokWord && u != "" {
				return u, next.text // "6 authors (interquartile range 4–9)": authors too
			}
			break
		}
		return "", ""
	}
	return "", ""
}

// statisticWordAt reports whether token k is a word of more than one letter that names a
// test statistic ("CI", "confidence"): one letter is a name only before "=".
func (s *scanner) statisticWordAt(k int) bool {
	return k >= 0 && k < len(s.toks) && s.toks[k].kind == tokWord && len(s.toks[k].text) > 1 && s.statisticName(s.toks[k].text)
}

// statisticName reports whether w names a test statistic of the lexicon, in any case.
func (s *scanner) statisticName(w string) bool { return s.inSetFold(lexicon.Statistics, w) }

// inSetFold reports whether w is in the lexicon's word set, in any case, without the
// allocation of lowering (or capitalising) every word it is asked about.
func (s *scanner) inSetFold(set lexicon.WordSet, w string) bool { return s.lex.HasFold(set, w) }

// betweenAt returns where "between" starts in before, the text in front of a range's low
// end, when before ends with it or with "between" and a phrase ending in "of" ("between the
// ages of"); else -1.
func betweenAt(before string) int {
	if hasSuffixFold(before, "between") && boundaryBefore(before, len(before)-len("between")) {
		return len(before) - len("between")
	}
	if !hasSuffixFold(before, " of") {
		return -1
	}
	i := lastIndexFold(before, "between ")
	if i < 0 || !boundaryBefore(before, i) || strings.Count(before[i:], " ") > 4 || strings.ContainsAny(before[i:], ",;()") {
		return -1
	}
	return i
}

// bareShare reports whether a fraction word without "one-" at token i states a share: it
// is followed by "of" or a determiner, and starts its clause or follows a qualifier
// ("nearly half of the exports", "and half of the firms", "Half the students left"),
// unlike "the latter half of 2001".
func (s *scanner) bareShare(i int) bool {
	if s.afterBy(i) {
		return true // "cut by half": a change by a share
	}
	if !s.wordsAt(i+1, "of") && !s.determinerAt(i+1) {
		// "nearly half said", "half were women": a share of those the sentence is about;
		// "but delivered fewer than half.": a hedged share that ends its clause.
		return s.parallelShare(i) || s.opensClause(i) && s.verbAt(i+1) || s.comparedShare(i+1) || s.boundBeforeOf(i+1) || s.hedgedAfterWith(i) ||
			i > 0 && s.inQualifier(i-1) && (i+1 >= len(s.toks) || s.toks[i+1].kind == tokPunct && s.toks[i+1].text != "-")
	}
	if i == 0 || s.toks[i-1].kind != tokWord {
		return true
	}
	p := strings.ToLower(s.toks[i-1].text)
	switch {
	case p == "and" || p == "but" || p == "or" || p == "while" || s.isQualifierWord(p):
		return true
	case !s.wordsAt(i+1, "of"):
		return false // "took half the time": an idiom after a verb
	}
	// "half of" after a verb or a preposition is the share an action takes ("spent half of
	// its budget", "for half of the cost"); after an article or an ordinal it names a part
	// of a period ("the latter half of 2001", "the first half of the year").
	return !s.determinerAt(i-1) && p != "a" && p != "an" && !s.lex.Has(lexicon.Ordinals, p) &&
		p != "latter" && p != "former" && p != "last" && p != "other" && p != "past" && p != "next"
}

// hedgedAfterWith reports whether the share word at token i is hedged and follows "with",
// the subject of a clause of its own: "a 22-fold increase, with more than half written with
// Chinese partners".
func (s *scanner) hedgedAfterWith(i int) bool {
	before := strings.TrimRight(s.text[s.sent.Start:s.toks[i].start], " ")
	q, ok := qualifierEnding(before, s.lex)
	return ok && q.Rank != 0 && lastWord(strings.TrimRight(before[:len(before)-len(q.Phrase)], " ")) == "with"
}

// opensClause reports whether token i starts a clause whose subject a share word there
// may be, with a qualifier before it or not: at the start of the sentence or after a
// comma, a colon or a dash ("Of the 300 graduates, a third found jobs"), after a
// conjunction ("and half were women", "and fewer than half had") or after the pronoun of a
// whole named before ("of which nearly a quarter were", "of whom half said").
func (s *scanner) opensClause(i int) bool {
	if s.sentenceStartAt(i) {
		return true
	}
	before := strings.TrimRight(s.text[s.sent.Start:s.toks[i].start], " ")
	if q, ok := qualifierEnding(before, s.lex); ok && q.Rank != 0 {
		before = strings.TrimRight(before[:len(before)-len(q.Phrase)], " ")
	}
	if before == "" || strings.ContainsAny(before[len(before)-1:], ",;:(") || strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–") {
		return true
	}
	switch lastWord(before) {
	case "and", "but", "while", "that", "whereas", "though", "although", "as", "because", "when":
		return true
	case "which", "whom", "these", "those", "them":
		return lastWord(strings.TrimRight(before[:strings.LastIndexByte(before, ' ')+1], " ")) == "of"
	}
	return false
}

// afterSpeechVerb reports whether token i follows a word of speechverbs.txt, of one word
// ("said") or two ("according to").
func (s *scanner) afterSpeechVerb(i int) bool {
	if i >= 1 && s.lex.HasFold(lexicon.SpeechVerbs, s.toks[i-1].text) {
		return true
	}
	return i >= 2 && s.lex.Has(lexicon.SpeechVerbs, strings.ToLower(s.toks[i-2].text)+" "+strings.ToLower(s.toks[i-1].text))
}

// comparedShare reports whether the words from token k on compare a share with a measure:
// "half what the same job pays", "a third as many", "half that of Japan", "half as likely
// as", "a third as likely to".
func (s *scanner) comparedShare(k int) bool {
	if s.wordsAt(k, "the") && k+1 < len(s.toks) && s.lex.Has(lexicon.Measures, strings.ToLower(s.toks[k+1].text)) {
		return true // "a model a tenth the size of its rivals", "half the rate"
	}
	return s.wordsAt(k, "what") || s.wordsAt(k, "as", "much") || s.wordsAt(k, "as", "many") ||
		s.wordsAt(k, "that", "of") || s.wordsAt(k, "those", "of") ||
		s.wordsAt(k, "as") && k+2 < len(s.toks) && s.toks[k+1].kind == tokWord && (s.wordsAt(k+2, "as") || s.wordsAt(k+2, "to"))
}

// comparedFraction reports whether the fraction written in two words at tokens i and i+1
// ("a quarter") is the other side of a comparison with a percentage before it in its
// sentence, after a word of lexicon.ComparedWith and its hedge: "40 per cent of its
// researchers hold a doctorate, against roughly a quarter across the academy", "35% of the
// staff, compared with a third in 2010".
func (s *scanner) comparedFraction(i int) bool {
	k := i - 1
	for k >= 0 && s.inQualifier(k) {
		k--
	}
	for _, p := range s.lex.Words(lexicon.ComparedWith) {
		if at := k - phraseWords(p) + 1; at > 0 && s.phraseAt(at, p) {
			return s.percentBefore(at)
		}
	}
	return false
}

// percentBefore reports whether a percentage is written before token k: a percent sign or
// a word of lexicon.PercentWords.
func (s *scanner) percentBefore(k int) bool {
	for m := range k {
		if s.toks[m].text == "%" || strings.HasSuffix(s.toks[m].text, "%") || s.percentWordAt(m) > m {
			return true
		}
	}
	return false
}

// parallelShare reports whether the share word at token i continues a list of shares of
// one whole after "and" or a comma: "half of them for gambling and a quarter for
// pornography", where the first says "of" and the rest leave it out.
func (s *scanner) parallelShare(i int) bool {
	k := i - 1
	if s.wordsAt(k, "a") {
		k--
	}
	if !s.wordsAt(k, "and") && !s.wordsAt(k, ",") {
		return false
	}
	for m := 0; m < k; m++ {
		if s.wordsAt(m+1, "of") && s.shareWordAt(m) {
			return true // "half of them", "About a quarter of her papers"
		}
	}
	return false
}

// afterBy reports whether token i follows "by", with a qualifier between or not: "fell by
// a third", "grew by roughly half", "fell by more than half".
func (s *scanner) afterBy(i int) bool {
	if s.wordsAt(i-1, "by") || i >= 2 && s.wordsAt(i-2, "by") && s.isQualifierWord(s.toks[i-1].text) {
		return true
	}
	// "fell by more than half": a qualifier of more than one word
	before := strings.TrimRight(s.text[s.sent.Start:s.toks[i].start], " ")
	q, ok := qualifierEnding(before, s.lex)
	if !ok || q.Rank == 0 {
		return false
	}
	return lastWord(strings.TrimRight(before[:len(before)-len(q.Phrase)], " ")) == "by"
}

// countsOne reports whether the word "one", followed by a noun, counts it rather than being
// a pronoun or an article ("one of the first agreements", "One reason"): it follows "only",
// "just" or "exactly" ("only one channel"), or it is an item of a list of counts ("two AM
// networks and one FM network", "three parks but only one park").
func (s *scanner) countsOne(n number) bool {
	if n.i == 0 || s.wordsAt(n.j, "of") {
		return false
	}
	switch strings.ToLower(s.toks[n.i-1].text) {
	case "only", "just", "exactly", "single":
		return true
	case "and", "but", "or", ",", ";":
		for k := n.i - 2; k >= 0; k-- {
			t := s.toks[k]
			nw, _ := s.lex.Number(strings.ToLower(t.text))
			if t.kind == tokNum && !(t.plain() && isYear(t.value)) ||
				t.kind == tokWord && nw.Kind == "unit" && !strings.EqualFold(t.text, "one") {
				return true
			}
		}
	}
	return false
}

// listItem reports whether a number before a capitalised name is an item of a list of
// counts ("4 Eutelsat (2 Atlantic and 2 Pacific), 1 Gorizont"): a list's separator stands
// before it, not the start of the sentence (a footnote number) or a word (a name, "the UN
// 1718 Committee"), and the name is not an abbreviation ("50 U.S.C.", a title of a code).
func (s *scanner) listItem(n number, c candidate) bool {
	if n.i == 0 || n.j+2 < len(s.toks) && s.toks[n.j+1].text == "." && s.toks[n.j+1].attachedTo(s.toks[n.j]) &&
		s.toks[n.j+2].attachedTo(s.toks[n.j+1]) {
		return false
	}
	p := s.toks[n.i-1]
	switch strings.ToLower(p.text) {
	case "(", ",", ";", ":", "and", "or":
		return true
	case "-", "–", "—":
		return !s.toks[n.i].attachedTo(p) // "stations - 3 Intelsat", not "2-3-1 DEVELOPMENT"
	case "•", "·", "*":
		// "• 31 Korean universities": a list's item, when its words count things; not a
		// ranked headline ("• 1 North Korea Destroys Power Lines"), nor a footnote's asterisk
		last := c.counted[strings.LastIndexByte(c.counted, ' ')+1:]
		return !s.toks[n.i].attachedTo(p) && last == strings.ToLower(last) && isPlural(last)
	}
	return false
}
