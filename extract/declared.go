package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/schemas"
)

// unitDeclaration is the unit a table's bare numbers are stated in, declared once over the
// table: "(Unit: KRW 100 million)", "(단위: 억 원)", "(in thousands of US dollars)". A cell
// "12,450" under the first is KRW 1.245 trillion.
type unitDeclaration struct {
	unit    schemas.Unit // "" when only a scale is declared ("(in thousands)")
	counted string       // the declared noun when the lexicon has no unit for it ("invitations")
	scale   float64
	percent bool // a second unit, percent, for the table's shares ("(단위: 명, %)")
	// A second unit, a currency, for the rows whose label names money ("(단위: 명, 억 원)"
	// over rows of students and a row "예산"), or nil.
	money   *unitDeclaration
	unknown bool // some of its words are no unit, scale or currency of the lexicon's
}

// endsDeclaration reports whether a sentence ends the table a unit was declared over: a
// sentence of prose, or any that ends like one ("3." of a section number, "늘었다."), where
// a table's rows end in a number.
func endsDeclaration(sentence string) bool {
	if isTableLine(sentence) {
		return false // a header of many words is no prose: "| 시기 | 전체 논문 | 공동연구 논문 | 비율 |"
	}
	if document.PartTitle(sentence) {
		return true // the title of the next part: "2. 협력 상대국"
	}
	return isProse(sentence) || strings.HasSuffix(sentence, ".") || strings.HasSuffix(sentence, "!") || strings.HasSuffix(sentence, "?")
}

// active reports whether a unit is declared: the zero declaration is none.
func (d unitDeclaration) active() bool { return d.scale != 0 }

// apply states c in the declared unit when c has none of its own. Where the table also
// holds shares, a fraction among counts of people or papers is one of them.
func (d unitDeclaration) apply(c candidate) candidate {
	if d.unit == schemas.UnitPercent && d.scale == 1 && c.column && !c.scaled && countsThings(c.unit) {
		// "Table 1. Women's share of authorship positions (%)" over a row "First author": the
		// row's label names what the share is of, not a count of authors
		c.unit = schemas.UnitPercent
		return c
	}
	if !c.unit.IsCount() || c.scaled || c.counted != "" && !c.column {
		return c // a unit, a scale or a counted noun of its own ("8곳", "12 schools")
	}
	if d.percent && d.scale == 1 && c.value != math.Trunc(c.value) && (d.unit == schemas.UnitPeople || d.unit == schemas.UnitPapers) {
		c.unit = schemas.UnitPercent
		return c
	}
	c.value, c.low, c.high = c.value*d.scale, c.low*d.scale, c.high*d.scale
	if d.unit != "" {
		c.unit, c.inferred = d.unit, d.unit.IsCurrency()
	}
	if c.counted == "" {
		c.counted = d.counted
	}
	return c
}

// declaredUnit reads the unit declaration that a sentence is, or ends with, in brackets
// ("Table 2. R&D budget by field (Unit: KRW 100 million)"). Its own number is no figure.
func declaredUnit(sentence string, lex *lexicon.Lexicon) (unitDeclaration, bool) {
	s := strings.TrimSpace(sentence)
	if t, ok := strings.CutSuffix(s, ">"); ok && strings.HasPrefix(s, "<") {
		s = strings.TrimSpace(t) // "< 2025년 SW 인재 양성 예산 (단위: 억 원) >": a caption in angle brackets
	}
	bracketed := s != "" && (s[len(s)-1] == ')' || s[len(s)-1] == ']')
	if !bracketed && !hasPrefixFoldAny(s, "unit:", "units:", "단위:") {
		if d, ok := innerCaptionUnit(s, lex); ok {
			return d, true // "Table 1. Women's share of authorship positions (%), selected years"
		}
		return captionNoun(s, lex) // most sentences: no bracket at the end, and no caption
	}
	if open := strings.LastIndexAny(s, "(["); bracketed && open >= 0 {
		s = s[open+1 : len(s)-1]
	}
	rest, ok := document.CutUnitOpener(s)
	if !ok && bracketed && HasPrefixFold(s, "in ") {
		// "(in thousands)", "(in millions of won)"; not "(in 2019)", "(in Seoul)"
		rest, ok = s[len("in "):], inScaleWords(s[len("in "):], lex)
	}
	if !ok && bracketed && (isTableCaption(sentence, lex) || numberedCaption(sentence, lex)) {
		// "Table 2: Graduates by programme, 2015-2019 (persons)": a caption's bracket that is
		// a unit and nothing else
		d, ok := parseDeclaration(s, lex)
		return d, ok && !d.unknown
	}
	if rest = strings.TrimSpace(rest); !ok || rest == "" {
		return unitDeclaration{}, false
	}
	rest, more, _ := strings.Cut(rest, ",") // "명, %": the first unit is the bare numbers'
	d, ok := parseDeclaration(strings.TrimPrefix(rest, ":"), lex)
	if more = strings.TrimSpace(more); more == "%" || strings.EqualFold(more, "percent") {
		d.percent = true
	} else if m, mok := parseDeclaration(more, lex); mok && !m.unknown && m.unit.IsCurrency() && !d.unit.IsCurrency() {
		d.money = &m
	}
	return d, ok
}

// innerCaptionUnit reads the unit a numbered table caption states in brackets before its
// end, the brackets holding the unit and nothing else: "Table 1. Women's share of authorship
// positions (%), selected years".
func innerCaptionUnit(s string, lex *lexicon.Lexicon) (unitDeclaration, bool) {
	if !mayOpenCaption(s) || !strings.Contains(s, "(") || !isTableCaption(s, lex) && !numberedCaption(s, lex) {
		return unitDeclaration{}, false
	}
	for rest := s; ; {
		_, after, ok := strings.Cut(rest, "(")
		if !ok {
			return unitDeclaration{}, false
		}
		inner, tail, ok := strings.Cut(after, ")")
		if !ok {
			return unitDeclaration{}, false
		}
		if d, ok := parseDeclaration(strings.TrimSpace(inner), lex); ok && !d.unknown {
			return d, true
		}
		rest = tail
	}
}

// mayOpenCaption is the cheap test a sentence passes before it is read as a numbered caption,
// as every sentence is: it opens with a capitalised reference word, a bracket or 표.
func mayOpenCaption(s string) bool {
	return s != "" && (s[0] >= 'A' && s[0] <= 'Z' || s[0] == '<' || s[0] == '[' || strings.HasPrefix(s, "표"))
}

// captionNoun reads the unit a numbered caption with no bracket names by its first noun, a
// plural noun of the lexicon's (after a modifier or two) that the caption then divides
// ("Table 2. Articles by type of collaboration, 2005 and 2022", "Table 4: Graduates,
// 2015–2020", "Table 3. Doctoral graduates by field"): the table's bare counts are of it.
// "Table 5. Students per teacher" divides nothing.
func captionNoun(s string, lex *lexicon.Lexicon) (unitDeclaration, bool) {
	if !mayOpenCaption(s) {
		return unitDeclaration{}, false
	}
	ref, words, _, ok := document.NumberedCaption(s, lex)
	if ok && ref == "표" {
		// "<표 1> 연도별 국제공동연구 논문 현황": the head noun before the word of status
		if u := lex.Korean().CaptionUnit(words); u != "" {
			return unitDeclaration{unit: u, scale: 1}, true
		}
		return unitDeclaration{}, false
	}
	if !ok || len(ref) < 4 {
		return unitDeclaration{}, false
	}
	noun, rest, _ := strings.Cut(words, " ")
	for m := 0; m < 2 && rest != "" && !strings.HasSuffix(noun, ",") && !HasPrefixFold(rest, "by ") && !isPlural(strings.ToLower(noun)); m++ {
		noun, rest, _ = strings.Cut(rest, " ") // "Doctoral graduates by field": past a modifier or two
	}
	bare := strings.TrimRight(noun, ",:")
	u := lex.Unit(strings.ToLower(bare))
	if u == "" || u.IsCount() || u.IsCurrency() || u.IsDuration() || u == schemas.UnitPercent || !isPlural(strings.ToLower(bare)) ||
		!(bare != noun || rest == "" || HasPrefixFold(rest, "by ")) || !onlyYears(rest) {
		return unitDeclaration{}, false
	}
	return unitDeclaration{unit: u, counted: bare, scale: 1}, true
}

// onlyYears reports whether every number of s is a year: a caption's period ("2005 and
// 2022"), not the rows a view joined to it ("Graduates by year 2001 1,200 graduates").
func onlyYears(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		e := i
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if grouped(s, e) || !isYearDigits(s[i:e]) {
			return false // "1,200", "2.5", "300": no year
		}
		i = e
	}
	return true
}

// numberedCaption reports whether a sentence opens as a numbered caption: a reference word
// of the lexicon and a number ("Table 2:", "Figure 3.").
func numberedCaption(sentence string, lex *lexicon.Lexicon) bool {
	words := strings.Fields(sentence)
	return len(words) > 2 && document.NumberedReference(words[0], words[1], lex)
}

// rowUnit reads the unit a table's row declares in its label, in brackets before its first
// number ("취업률(%) 65.2 67.8 70.1", "Exports (US$ million) 120 135"). Prose is no row.
func rowUnit(sentence string, lex *lexicon.Lexicon) (unitDeclaration, bool) {
	first := IndexDigit(sentence)
	if first < 0 {
		return unitDeclaration{}, false
	}
	label := strings.TrimRight(sentence[:first], " ")
	if !strings.HasSuffix(label, ")") || isProse(sentence) {
		return unitDeclaration{}, false // most sentences: no bracket before the first number
	}
	return bracketUnit(label, lex)
}

// bracketUnit reads the unit a label declares in the brackets it ends with: a row's
// ("Exports (US$ million)") or a table column's ("Rate (%)", "Budget (KRW billion)", "R&D
// (% of GDP)").
func bracketUnit(label string, lex *lexicon.Lexicon) (unitDeclaration, bool) {
	if !strings.HasSuffix(label, ")") {
		return unitDeclaration{}, false
	}
	open := strings.LastIndexByte(label, '(')
	if open < 0 {
		return unitDeclaration{}, false
	}
	unit := label[open+1 : len(label)-1]
	for _, p := range []string{"% of ", "percent of ", "per cent of "} {
		if HasPrefixFold(unit, p) {
			return percentRow, true // "R&D (% of GDP)": a share, of whatever the rest names
		}
	}
	if strings.Count(unit, " ") > 2 {
		return unitDeclaration{}, false // a note in brackets, not a unit ("(Department of ...)")
	}
	if !strings.ContainsFunc(unit, unicode.IsLetter) && IndexDigit(unit) >= 0 && onlyYears(unit) {
		return unitDeclaration{}, false // "Students (2022)", "(2010–2020)": a year, not a scale
	}
	d, ok := parseDeclaration(unit, lex)
	return d, ok && !d.unknown // a unit, not any words in brackets ("Seoul (capital)")
}

// rateRow reports whether a table row's label, the words before its first number, names a
// rate or a share ("증가율 -1.2 24.0", "Growth 12.5 24.0"): under a declaration of a unit
// and percent, its cells are the percentages.
func rateRow(sentence string, lex *lexicon.Lexicon) bool {
	first := IndexDigit(sentence)
	return first > 0 && lex.NamesRate(strings.TrimRight(strings.TrimRight(sentence[:first], " "), "-−"))
}

// percentRow is the unit of a rate's row under a declaration of a unit and percent.
var percentRow = unitDeclaration{unit: schemas.UnitPercent, scale: 1}

// inScaleWords reports whether "(in ...)" names a scale: "in thousands", "in millions of won".
func inScaleWords(rest string, lex *lexicon.Lexicon) bool {
	w, _, _ := strings.Cut(rest, " ")
	sc, ok := lex.Scale(strings.TrimSuffix(strings.ToLower(w), "s"))
	return ok && !sc.Suffix
}

// parseDeclaration reads the unit words of a declaration: a currency or a counted noun,
// scaled by numbers and scale words ("KRW 100 million", "억 원", "millions of US dollars",
// "1,000 persons", "%").
func parseDeclaration(words string, lex *lexicon.Lexicon) (unitDeclaration, bool) {
	d := unitDeclaration{scale: 1}
	for _, c := range lex.Currencies() {
		if c.Hundredth {
			continue
		}
		if i := strings.Index(words, c.Phrase); i >= 0 && boundaryBefore(words, i) && boundaryAfter(words, i+len(c.Phrase)) {
			d.unit = c.Code
			words = words[:i] + " " + words[i+len(c.Phrase):]
			break
		}
	}
	var nouns []string
	for _, w := range strings.Fields(words) {
		lw := strings.ToLower(strings.Trim(w, "()[]"))
		if lw == "of" {
			continue // "millions of US dollars"
		}
		lw = strings.TrimRight(lw, ",;")
		if isYearDigits(strings.TrimSuffix(lw, "년")) && len(lw) > 4 {
			continue // "(2023년, 명)": the year the table states
		}
		if v, err := strconv.ParseFloat(strings.ReplaceAll(lw, ",", ""), 64); err == nil && v > 0 {
			if isYear(v) {
				continue // "Budget (2023, KRW billion)": the year the column states, no scale
			}
			d.scale *= v
			continue
		}
		if t := strings.TrimSuffix(strings.TrimLeft(lw, "'’"), "s"); t == "000" {
			d.scale *= 1000 // "Graduates ('000)": in thousands
			continue
		}
		if sc, ok := lex.Scale(strings.TrimSuffix(lw, "s")); ok && (!sc.Suffix || d.unit.IsCurrency()) {
			d.scale *= sc.Factor // "KRW billion", "USD m" (after a currency, not "Height (m)")
			continue
		}
		if lw == "%" || lw == "percent" || lw == "per cent" {
			d.unit = schemas.UnitPercent
			continue
		}
		lw = koreanScales(lw, lex, &d.scale)
		u := lex.Unit(lw)
		for _, kc := range lex.Korean().Counters() {
			if lw == kc.Word && u == "" {
				u = kc.Unit
			}
		}
		switch {
		case u != "" && d.unit == "":
			d.unit = u
		case lw != "" && u == "":
			nouns = append(nouns, w)
		}
	}
	d.unknown = len(nouns) > 0
	if d.unit == "" && len(nouns) > 0 {
		d.unit, d.counted = schemas.UnitCount, strings.Join(nouns, " ") // "(Unit: invitations)"
	}
	return d, d.unit != "" || d.scale != 1
}

// koreanScales multiplies scale by the Korean scale words a word starts with ("백만원":
// 100 × 10,000) and returns the rest of it ("원").
func koreanScales(w string, lex *lexicon.Lexicon, scale *float64) string {
	for w != "" {
		sc, ok := lex.Korean().ScaleAt(w)
		if !ok {
			break
		}
		*scale *= sc.Value
		_, size := utf8.DecodeRuneInString(w)
		w = w[size:]
	}
	return w
}
