package checks

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/pipeline/normalize"
	"github.com/kpfigures/figures/schemas"
)

// Events are what the event_year_differs check compares: named bodies and laws dated by a
// founding verb ("the Korea Computer Center was established in 1990"), and named plans,
// programmes and laws dated by the one year of the sentence that names them ("the first
// Science and Technology Development Three-Year Plan (1988)").

// Event is a dated happening a sentence states: "the Pyongyang Information Center was
// opened in 1986".
type Event struct {
	SourceID string
	Name     string // the named body or law, as written
	Key      string // the name normalised for comparison
	Verb     string
	Year     int
	Sentence string
}

// eventGroup is what a name's events say: the first statement, which words the finding,
// the first statement of each year, and the sources that state it, in corpus order.
type eventGroup struct {
	first   Event
	byYear  map[int]Event
	years   []int
	sources []string
}

// addEvents adds the events of the next document in corpus order.
func (c *checker) addEvents(events []Event) {
	if c.eventGroups == nil {
		c.eventGroups = map[string]*eventGroup{}
	}
	for _, e := range events {
		g := c.eventGroups[e.Key]
		if g == nil {
			g = &eventGroup{first: e, byYear: map[int]Event{}}
			c.eventGroups[e.Key] = g
		}
		if _, ok := g.byYear[e.Year]; !ok {
			g.byYear[e.Year] = e
			g.years = append(g.years, e.Year)
		}
		if !slices.Contains(g.sources, e.SourceID) {
			g.sources = append(g.sources, e.SourceID)
		}
	}
}

// eventVerbPattern matches a passive of one of the lexicon's event verbs: "was established",
// "has been officially opened". It is compiled once per lexicon.
func eventVerbPattern(lex *lexicon.Lexicon) *regexp.Regexp {
	if re, ok := eventVerbPatterns.Load(lex); ok {
		return re.(*regexp.Regexp)
	}
	verbs := make([]string, 0, len(lex.Words(lexicon.EventVerbs)))
	for _, v := range lex.Words(lexicon.EventVerbs) {
		verbs = append(verbs, regexp.QuoteMeta(v))
	}
	re := regexp.MustCompile(`\b(?:was|were|had been|has been)\s+(?:first\s+|formally\s+|officially\s+|also\s+)?(` +
		strings.Join(verbs, "|") + `)\b`)
	eventVerbPatterns.Store(lex, re)
	return re
}

// eventVerbPatterns holds eventVerbPattern's result for each lexicon seen.
var eventVerbPatterns sync.Map

// findEvents finds sentences that date a named body or law's founding or enactment: the
// name nearest before the verb, the year the sentence states (see SentenceYear).
func findEvents(doc *document.Document, sourceID string) []Event {
	var out []Event
	v := doc.View
	lex := doc.View.Lexicon()
	for _, sp := range v.SentenceSpans() {
		s := v.Text[sp.Start:sp.End]
		if !normalize.HasYear(s) {
			continue // the cheap test first: most sentences date nothing
		}
		if e, ok := datedPlan(s, lex); ok {
			e.SourceID = sourceID
			out = append(out, e)
		}
		if !hasEventVerb(s, lex) {
			continue
		}
		m := eventVerbPattern(lex).FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		year, ok := normalize.SentenceYear(s, document.Span{Start: m[2], End: m[3]}, lex)
		if !ok {
			continue
		}
		name := normalize.LastName(s[:m[0]], true, lex)
		if name == "" {
			continue
		}
		if len(strings.Fields(name)) < 2 {
			continue // "KCC", "Pyongyang": too short to be sure two sentences mean one body
		}
		out = append(out, Event{SourceID: sourceID, Name: strings.Clone(name), Key: strings.ToLower(name), Verb: strings.Clone(s[m[2]:m[3]]),
			Year: year, Sentence: strings.Clone(s)}) // not a slice of the view, which would stay with it
	}
	return out
}

// hasEventVerb is the quick test before eventVerbPattern: an auxiliary of its passive, then
// one of its verbs.
func hasEventVerb(s string, lex *lexicon.Lexicon) bool {
	if !strings.Contains(s, "was") && !strings.Contains(s, "were") && !strings.Contains(s, "been") {
		return false
	}
	for _, v := range lex.Words(lexicon.EventVerbs) {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}

// eventYears reports named events dated to different years: one finding per name, however
// many sources restate it, so the findings grow with the names, not with their pairs.
func (c *checker) eventYears() {
	for _, k := range slices.Sorted(maps.Keys(c.eventGroups)) {
		g := c.eventGroups[k]
		if len(g.years) < 2 {
			continue
		}
		years := slices.Sorted(slices.Values(g.years))
		parts := make([]string, len(years))
		for i, y := range years {
			parts[i] = fmt.Sprintf("%d (%q, %s)", y, g.byYear[y].Sentence, g.byYear[y].SourceID)
		}
		c.addRaw(schemas.CheckEventYear, nil, g.sources,
			fmt.Sprintf("%s is %s in %s", g.first.Name, g.first.Verb, strings.Join(parts, " and in ")),
			new(float64(years[0])), new(float64(years[len(years)-1])))
	}
}

// datedPlan finds a named plan, programme or law in a sentence that states one year, and
// dates the name nearest that year with it: "the first Science and Technology Development
// Three-Year Plan that was drawn up the following year (1988)". A sentence with two years
// (a period, a comparison) dates nothing: which year goes with which name is not sure.
func datedPlan(s string, lex *lexicon.Lexicon) (Event, bool) {
	if !hasPlanNoun(s, lex) {
		return Event{}, false // the cheap test first: most sentences name no plan
	}
	names := planNames(s, lex)
	if len(names) == 0 {
		return Event{}, false
	}
	for _, n := range names {
		// "Three-Year Plan (1998)": a year in parentheses right after the name dates it
		// (and looks like a citation, "Kim (1998)", to what blanks citations).
		if m := parenYearRE.FindStringSubmatch(s[n.end:]); m != nil {
			y, _ := strconv.Atoi(m[1])
			return Event{Name: n.name, Key: n.key, Verb: "dated", Year: y, Sentence: strings.Clone(s)}, true
		}
	}
	masked := normalize.WithoutCitations(s)
	years := normalize.YearSpans(masked)
	if len(years) == 0 {
		return Event{}, false
	}
	year := masked[years[0][0]:years[0][1]]
	for _, y := range years[1:] {
		if masked[y[0]:y[1]] != year {
			return Event{}, false
		}
	}
	var best planName
	bestDistance := -1
	for _, n := range names {
		d := min(abs(years[0][0]-n.end), abs(n.start-years[0][1]))
		if bestDistance < 0 || d < bestDistance {
			best, bestDistance = n, d
		}
	}
	if bestDistance < 0 {
		return Event{}, false
	}
	y, _ := strconv.Atoi(year)
	return Event{Name: best.name, Key: best.key, Verb: "dated", Year: y, Sentence: strings.Clone(s)}, true
}

var parenYearRE = regexp.MustCompile(`^\s*\((1[89]\d\d|20\d\d)\)`)

// hasPlanNoun reports whether a head noun of the lexicon's plans occurs in s at all.
func hasPlanNoun(s string, lex *lexicon.Lexicon) bool {
	for _, noun := range lex.Words(lexicon.PlanNouns) {
		if strings.Contains(s, noun) {
			return true
		}
	}
	return false
}

// planName is a name datedPlan found, with its byte span in the sentence.
type planName struct {
	name, key  string
	start, end int
}

// planNames finds the names of plans, programmes and laws in s: a run of capitalised words
// (with "and", "of", "for", "on" between them) ending in a head noun of the lexicon, with
// an ordinal word before it ("the first ... Plan"), of two words or more besides the ordinal.
// The key folds case and the space a mended line break leaves after a hyphen.
func planNames(s string, lex *lexicon.Lexicon) []planName {
	type word struct {
		text       string
		start, end int
	}
	words := make([]word, 0, strings.Count(s, " ")+1) // sized once: most sentences here are long
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' {
			j++
		}
		if j > i {
			words = append(words, word{strings.TrimRight(s[i:j], ".,;:)\"”’"), i, j})
		}
		i = j
	}
	capital := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	var out []planName
	for k, w := range words {
		if !lex.Has(lexicon.PlanNouns, w.text) {
			continue
		}
		first := k
		for first > 0 {
			p := words[first-1].text
			if strings.ContainsAny(s[words[first-1].start:words[first-1].end], ",;:()") {
				break
			}
			switch {
			case capital(p) && !lex.HasFold(lexicon.NameArticles, p):
				first--
				continue
			case lex.Has(lexicon.NameConnectors, p) && first-2 >= 0 && capital(words[first-2].text):
				first--
				continue
			}
			break
		}
		for first < k && lex.Has(lexicon.NameConnectors, words[first].text) {
			first++
		}
		if k-first < 1 {
			continue // "the Plan": not a name
		}
		if first > 0 && lex.HasFold(lexicon.Ordinals, words[first-1].text) {
			first--
		}
		name := s[words[first].start:words[k].start] + w.text
		key := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(name, "- ", "-")), " "))
		out = append(out, planName{name: strings.Join(strings.Fields(name), " "), key: key, start: words[first].start, end: words[k].end})
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
