package normalize

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/reference"
	"github.com/kpfigures/figures/schemas"
)

// Money a reader can add up: each funding row's kind, the year whose prices it is in, and
// its amount in US dollars of that year and of the base year (see package reference).

// MoneyKind decides what kind of money a figure is from the lexicon's words nearest it: a
// word of its counted phrase first, then the sentence's, by distance in words, a weak word
// counting as three times as far.
func MoneyKind(f schemas.Figure, lex *lexicon.Lexicon) string {
	if f.Counted != nil {
		if k, ok := nearestKind(wordsOf(*f.Counted), 0, 0, lex); ok {
			return k
		}
	}
	words := wordsOf(f.Sentence)
	i, j, ok := extract.FigureInSentence(f.Sentence, f.Text, int(f.Start-f.SentenceStart), int(f.SentenceEnd-f.SentenceStart))
	if !ok || len(words) == 0 {
		return "other"
	}
	first, last := len(words), -1 // the figure's words
	for k, w := range words {
		if w.end > i && w.start < j {
			first, last = min(first, k), max(last, k)
		}
	}
	if last < 0 {
		first, last = 0, 0
	}
	// An empty word where the figure was, so that no phrase spans it; in place: the words are
	// this function's own.
	words[first] = word{}
	texts := append(words[:first+1], words[last+1:]...)
	if k, ok := nearestKind(texts, first, first, lex); ok {
		return k
	}
	return "other"
}

// word is a word of a sentence, lower case, with its byte span.
type word struct {
	text       string
	start, end int
}

// wordsOf splits s into its words (letters and digits), lower case.
func wordsOf(s string) []word {
	var out []word
	eachWord(s, func(w string, start, end int) bool {
		out = append(out, word{strings.ToLower(w), start, end})
		return true
	})
	return out
}

// eachWord calls fn with each word of s (a run of letters and digits) and its byte span,
// until fn returns false.
func eachWord(s string, fn func(w string, start, end int) bool) {
	start := -1
	for i, r := range s {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			if !fn(s[start:i], start, i) {
				return
			}
			start = -1
		}
	}
	if start >= 0 {
		fn(s[start:], start, len(s))
	}
}

// nearestKind returns the kind of the lexicon phrase in words nearest the gap at [gap,
// gapEnd] (the figure), a weak phrase counting three times its distance; ties go to the
// lexicon's first.
func nearestKind(words []word, gap, gapEnd int, lex *lexicon.Lexicon) (string, bool) {
	best, bestScore, bestOrder := "", -1, 0
	for k := range words {
		for _, mw := range moneyWordsAt(words[k].text, lex) {
			if k+len(mw.Words) > len(words) {
				continue
			}
			match := true
			for n, w := range mw.Words[1:] {
				if words[k+1+n].text != w {
					match = false
					break
				}
			}
			if !match {
				continue
			}
			d := 0
			switch {
			case k+len(mw.Words) <= gap:
				d = gap - (k + len(mw.Words))
			case k > gapEnd:
				d = k - gapEnd - 1
			}
			if mw.Weak {
				d = 3*d + 1
			}
			if bestScore < 0 || d < bestScore || d == bestScore && mw.Order < bestOrder {
				best, bestScore, bestOrder = mw.Kind, d, mw.Order
			}
		}
	}
	return best, bestScore >= 0
}

// moneyWordsAt returns the lexicon's money phrases that start with the word w. A Korean
// word is looked up without its particle or the 하다 that makes it a verb, and by the last
// part of a compound, longest first ("연구개발예산을" → 예산, "지원했다" → 지원): Korean
// writes compounds as one word, head last.
func moneyWordsAt(w string, lex *lexicon.Lexicon) []lexicon.MoneyWord {
	if mws := lex.MoneyWordsStartingWith(w); len(mws) > 0 || w == "" || w[0] < utf8.RuneSelf {
		return mws
	}
	ko := lex.Korean()
	for i := range w {
		for end := len(w); end > i; end-- {
			if end < len(w) && !ko.Particle(w[end:]) && !ko.LightVerb(w[end:]) {
				continue
			}
			if mws := lex.MoneyWordsStartingWith(w[i:end]); len(mws) > 0 {
				return mws
			}
		}
	}
	return nil
}

// priceBaseRE finds a price base a sentence states: "in 2015 US dollars", "at 2010 prices",
// "constant 2005 dollars".
var priceBaseRE = regexp.MustCompile(`(?i)\b(?:in|at)\s+(?:constant\s+)?((?:19|20)\d\d)\s+(?:US\s+|U\.S\.\s+)?(?:dollars|prices|won|yen|euros)\b|\bconstant\s+((?:19|20)\d\d)\s+(?:US\s+)?dollars\b`)

// mayStatePriceBase is the cheap test before priceBaseRE: a word a price base ends with.
func mayStatePriceBase(s string) bool {
	for _, w := range []string{"dollars", "prices", " won", " yen", "euros"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// Dollars is what the funding table says of an amount in US dollars.
type Dollars struct {
	PriceYear    *int32
	USD, USDReal *float64
	Note         *string // why USD is null, or how it was reached
}

// ToDollars converts a money figure: at the annual average rate of its price year (a price
// base the sentence states, else the figure's year, else published, the source's publication
// year, 0 when unknown), then to dollars of the base year by the CPI.
func ToDollars(f schemas.Figure, published int, t *reference.Tables) Dollars {
	var c Dollars
	var how []string // how the dollars were reached, when not plainly
	year := 0
	var base []string
	if mayStatePriceBase(f.Sentence) {
		base = priceBaseRE.FindStringSubmatch(f.Sentence)
	}
	switch {
	case base != nil:
		// "$12 billion in 2015 US dollars" is in 2015 prices whatever year it describes.
		year, _ = strconv.Atoi(base[1] + base[2])
		how = append(how, "price year from the price base the sentence states")
	case f.Year != nil:
		year = int(*f.Year)
	case published > 0:
		year = published
		how = append(how, "price year from the source's publication year")
	default:
		c.Note = new("no price year: the sentence states none and the source's publication date is unknown")
		return c
	}
	c.PriceYear = new(int32(year))
	if !t.HasRates(string(f.Unit)) {
		c.Note = new(fmt.Sprintf("no exchange rates for %s in the reference table", f.Unit))
		return c
	}
	rate, ok := t.RatePerUSD(string(f.Unit), year)
	if !ok {
		first, last := t.Years(string(f.Unit))
		c.Note = new(fmt.Sprintf("no %s rate for %d (the reference table has %d–%d)", f.Unit, year, first, last))
		return c
	}
	amount, _ := f.Middle() // a range's midpoint
	if f.Value == nil {
		how = append(how, "a range: its midpoint")
	}
	usd := amount / rate
	c.USD = new(cents(usd))
	if cpi, ok := t.CPI(year); ok {
		base, _ := t.CPI(t.BaseYear())
		c.USDReal = new(cents(usd * base / cpi))
	} else {
		how = append(how, fmt.Sprintf("no annual CPI for %d, so no real amount", year))
	}
	if len(how) > 0 {
		c.Note = new(strings.Join(how, "; "))
	}
	return c
}

// cents rounds dollars to the cent: a converted amount is no more precise than that, and a
// spreadsheet reads fifteen significant digits, not the seventeen of a float64.
func cents(usd float64) float64 { return math.Round(usd*100) / 100 }

// PublishedYears gives each source's publication year (absent when unknown), for the price
// year of the amounts it states.
type PublishedYears map[string]int

// Add records the publication year of a source, when it states one.
func (p PublishedYears) Add(s schemas.Source) {
	if s.Published == nil || len(*s.Published) < 4 {
		return
	}
	if y, err := strconv.Atoi((*s.Published)[:4]); err == nil {
		p[s.SourceID] = y
	}
}
