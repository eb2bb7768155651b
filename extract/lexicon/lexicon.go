package lexicon

import (
	"bufio"
	"cmp"
	"embed"
	"fmt"
	"io/fs"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kpfigures/figures/schemas"
)

//go:embed *.tsv *.txt
var files embed.FS

// Lexicon holds the domain tables the reader and scanner consult. It is built once from
// the files of this directory (or of another, with Load) and is read-only afterwards: its
// tables are reached through methods, never handed out, so it is safe for concurrent use
// and no caller can change what another sees.
type Lexicon struct {
	scales         map[string]Scale        // "million" → 1e6 (word), "M" → 1e6 (suffix)
	numbers        map[string]NumWord      // "twelve" → 12
	currencies     []Currency              // longest phrase first
	qualifiers     []Qualifier             // longest phrase first
	units          map[string]schemas.Unit // counted head noun → unit
	categories     []CategoryKeyword       // keyword → category
	boilerplate    []BoilerplatePattern    // website furniture lines
	names          []NameRule              // "486 computers": a number that names a model
	postQualifiers []PostQualifier         // "or more", "or lower": bounds written after the number
	moneyWords     []MoneyWord             // "exports": what kind of money an amount is
	moneyFirst     map[string][]MoneyWord  // moneyWords by their first word, in file order
	sets           [numSets]map[string]bool
	lists          [numSets][]string        // the sets' words in the order of Words
	folded         [numSets]map[string]bool // the sets' words in lower case, for HasFold
	korean         Korean                   // the words of Korean numbers (see korean.go)
	html           map[string][]string      // how HTML pages are read: element or class word → kinds (html.tsv)

	starts         []bool                 // by startKey: the first three letters of every word that can start a number
	startWords     map[string]bool        // the words that can start a number: number words (their first part), "twice", "tripled"
	afterA         map[string]bool        // the words that make "a"/"an" a number: "a million", "a dozen", "a third"
	startLetters   [256]bool              // the first letters of startWords and "a", both cases
	categoryFirst  [256][]CategoryKeyword // categories by the first byte of their keyword
	categoryHeads  []CategoryKeyword      // the keywords that may also end a compound word
	currencyBefore [256][]Currency        // currencies written before the amount, by the last byte of their phrase, longest first
	currencyAfter  [256][]Currency        // currencies written after the amount, by the first byte of their phrase, longest first
	qualifierLast  [256][]Qualifier       // qualifiers by the last byte of their phrase, lower case, longest first
	qualifierWords map[string]bool        // every word of a qualifier's phrase, lower case
	// boilerplate by the first byte of its pattern; those starting with a non-ASCII byte
	// are all under utf8.RuneSelf, and every line is tried against them.
	boilerplateFirst [256][]BoilerplatePattern

	plain *Lexicon // the same without the furniture patterns (see WithoutBoilerplate), made once
}

// startKey packs up to three ASCII letters, case folded, into an index below 27³.
func startKey(text string) (int, bool) {
	k, n := 0, 0
	for n < 3 && n < len(text) && isASCIILetter(text[n]) {
		k = k*27 + int(text[n]|0x20-'a'+1)
		n++
	}
	if n < 3 && n < len(text) && text[n] >= 0x80 {
		return 0, false // a non-ASCII letter: not an English number word
	}
	for i := n; i < 3; i++ {
		k *= 27
	}
	return k, n > 0
}

// NumberStart reports whether text starts like a word that can start a number: a number
// word ("twelve", "twenty-five", "three-year"), "a"/"an" (of "a dozen", "a million"), a
// scale word or a ratio word ("twice"), judged by its first three letters only.
func (l *Lexicon) NumberStart(text string) bool {
	k, ok := startKey(text)
	return ok && l.starts[k]
}

// MayStartNumber is NumberStart on the whole word, and for "a" and "an" on the word after
// it too, where text runs from the word to the end of its sentence. Three letters say yes
// to "for", "this", "found", "several", "military" and every "a": nearly every sentence
// of prose. It may say yes wrongly (the scanner's parse decides), never no.
func (l *Lexicon) MayStartNumber(text string) bool {
	if !l.NumberStart(text) {
		return false
	}
	found, n, ascii := lookupLower(l.startWords, text)
	if !ascii {
		return true // a non-ASCII letter: left to the parse
	}
	if word := text[:n]; !strings.EqualFold(word, "a") && !strings.EqualFold(word, "an") {
		return found
	}
	rest := text[n:]
	for len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\n') {
		rest = rest[1:]
	}
	found, _, ascii = lookupLower(l.afterA, rest)
	return found || !ascii
}

// lookupLower looks up the letters text starts with, lowered, in words, without allocating.
// It returns the number of letters and whether they are all ASCII.
func lookupLower(words map[string]bool, text string) (found bool, n int, ascii bool) {
	var buf [24]byte // longer than any word of the lexicon that can start a number
	for n < len(text) {
		c := text[n]
		if c >= utf8.RuneSelf {
			return false, n, false
		}
		if !isASCIILetter(c) {
			break
		}
		if n < len(buf) {
			buf[n] = c | 0x20
		}
		n++
	}
	return n <= len(buf) && words[string(buf[:n])], n, true
}

// NameRule says that Number followed by a word starting with Word is a name.
type NameRule struct {
	Number string
	Word   string
}

// Scale is a multiplier named by a word ("million") or a suffix ("M", "bn").
type Scale struct {
	Factor float64
	Suffix bool
}

// NumWord is a number written as a word.
type NumWord struct {
	Value float64
	Kind  string // unit, ten, fraction, multiple, multiplier, hedged, distributive (see numbers.tsv)
}

// IsHedged reports whether the word is a number only before a scale word, and roughly so
// ("a couple of dozen").
func (w NumWord) IsHedged() bool { return w.Kind == "hedged" }

// IsDistributive reports whether the word picks one of so many things before an ordinal
// ("every third graduate"): a share, never a number alone.
func (w NumWord) IsDistributive() bool { return w.Kind == "distributive" }

// IsMultiple reports whether the word says how many times ("twice", "double the share"):
// a figure of its own, never part of a number.
func (w NumWord) IsMultiple() bool { return w.Kind == "multiple" || w.Kind == "multiplier" }

// Currency maps a currency name, code or symbol to its ISO 4217 code.
type Currency struct {
	Phrase    string
	Code      schemas.Unit
	Prefix    bool // written before the amount ("US$ 38M"), else after ("1.2 million Swiss franks")
	Hundredth bool // written after the amount, which is in hundredths of the currency ("15 cents")
	// Written before a scaled amount only: "W30tn" is won, "Galaxy W30" a model.
	ScaledOnly bool
}

// Qualifier is a hedge or bound written before a number.
type Qualifier struct {
	Phrase string
	Name   string
	Rank   int
}

// CategoryKeyword votes for a category when its sentence or counted phrase contains it.
type CategoryKeyword struct {
	Keyword  string
	Category schemas.Category
	Weight   int
	Head     bool // also the last part of a compound word ("단과대학", "대학생"): written "~대학"
}

// MoneyWord is a word or phrase that says what kind of money an amount near it is.
type MoneyWord struct {
	Words []string // lower case
	Kind  string   // one of schemas.MoneyKinds
	Weak  bool     // a verb or a word of many uses: it counts as farther away
	Order int      // its place in moneykinds.tsv: of two as near, the first decides
}

// PostQualifier is a bound written after a number ("or more").
type PostQualifier struct {
	Words []string // lower case
	Name  string   // the qualifier: at_least, up_to
}

// BoilerplatePattern matches a line of website furniture.
type BoilerplatePattern struct {
	Pattern string // lower case; a trailing * matches any rest of the line
	End     bool   // the article ends here: drop this line and the furniture after it
	// Stories: a list of other stories follows, which only a site prints; its bulleted
	// headlines are furniture, where after a marker a report may also use as a heading
	// ("Recommended measures") a bulleted line is the report's own list.
	Stories bool
}

// Matches reports whether line, trimmed, is this piece of furniture; case is ignored.
func (p BoilerplatePattern) Matches(line string) bool {
	pat := p.Pattern
	if strings.HasPrefix(pat, "[*]") { // a bracketed section tag, "[ASIA] Latest Stories"
		i := strings.Index(line, "]")
		if !strings.HasPrefix(line, "[") || i < 0 {
			return false
		}
		line, pat = strings.TrimSpace(line[i+1:]), strings.TrimSpace(pat[3:])
	}
	if strings.HasSuffix(pat, "*") {
		pat = pat[:len(pat)-1]
		if len(line) < len(pat) || !strings.EqualFold(line[:len(pat)], pat) {
			return false
		}
		// A whole word: "Subscribe" is furniture, "Subscribers: 2.1 million" is not.
		return len(line) == len(pat) || !isASCIILetter(pat[len(pat)-1]) || !isASCIILetter(line[len(pat)])
	}
	return strings.EqualFold(line, pat)
}

// first is the lower-case first byte of the lines the pattern can match.
func (p BoilerplatePattern) first() byte { return p.Pattern[0] }

var defaultLexicon = mustLoad()

// Default returns the lexicon built from the files shipped in this directory.
func Default() *Lexicon { return defaultLexicon }

// Files returns the files the default lexicon is built from: a start for a lexicon of
// one's own (Load).
func Files() fs.FS { return files }

func mustLoad() *Lexicon {
	lex, err := Load(files)
	if err != nil {
		// The files are embedded at build time; a malformed one is a programming error
		// caught by every test run, never a property of user input.
		panic(err)
	}
	return lex
}

// Load builds a lexicon from the files of fsys, which has every file of Files: a lexicon
// edited or extended without rebuilding the program. Its errors name the file and line.
func Load(fsys fs.FS) (*Lexicon, error) {
	lex := &Lexicon{scales: map[string]Scale{}, qualifierWords: map[string]bool{}, numbers: map[string]NumWord{}, units: map[string]schemas.Unit{},
		korean: Korean{scales: map[string]KoreanScale{}, numerals: map[string]KoreanNumeral{}, sinoDigits: map[string]float64{},
			notFigures: map[string]string{}, particles: map[string]bool{}, shares: map[string]float64{}, dayCues: map[string]string{}, dayWords: map[string]float64{},
			yearWords: map[string]bool{}, pronouns: map[string]bool{}, adverbs: map[string]bool{}, verbalNouns: map[string]bool{}, captions: map[string]schemas.Unit{}},
		html: map[string][]string{}}
	for i := range lex.sets {
		lex.sets[i] = map[string]bool{}
	}
	// lowered and asIs add a file's words to a word set, in lower case or as written.
	lowered := func(set WordSet) func(f []string) error {
		return func(f []string) error { lex.sets[set][strings.ToLower(f[0])] = true; return nil }
	}
	asIs := func(set WordSet) func(f []string) error {
		return func(f []string) error { lex.sets[set][f[0]] = true; return nil }
	}
	loaders := []struct {
		file   string
		fields int
		add    func(f []string) error
	}{
		{"scales.tsv", 3, func(f []string) error {
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				return err
			}
			return addOnce(lex.scales, f[0], Scale{Factor: v, Suffix: f[2] == "suffix"})
		}},
		{"numbers.tsv", 3, func(f []string) error {
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				return err
			}
			return addOnce(lex.numbers, f[0], NumWord{Value: v, Kind: f[2]})
		}},
		{"currencies.tsv", 3, func(f []string) error {
			if f[2] != "prefix" && f[2] != "suffix" && f[2] != "hundredth" && f[2] != "scaledprefix" {
				return fmt.Errorf("%q: position %q is not prefix, suffix, hundredth or scaledprefix", f[0], f[2])
			}
			lex.currencies = append(lex.currencies, Currency{Phrase: f[0], Code: schemas.Unit(f[1]),
				Prefix: f[2] == "prefix" || f[2] == "scaledprefix", Hundredth: f[2] == "hundredth", ScaledOnly: f[2] == "scaledprefix"})
			return nil
		}},
		{"qualifiers.tsv", 3, func(f []string) error {
			r, err := strconv.Atoi(f[2])
			lex.qualifiers = append(lex.qualifiers, Qualifier{Phrase: f[0], Name: f[1], Rank: r})
			return err
		}},
		{"units.tsv", 2, func(f []string) error { return addOnce(lex.units, f[0], schemas.Unit(f[1])) }},
		{"categories.tsv", 3, func(f []string) error {
			if c := schemas.Category(f[1]); c != schemas.CategoryGraduates && c != schemas.CategoryCoauthorship && c != schemas.CategoryOther {
				return fmt.Errorf("category %q: keywords decide graduates or coauthorship, or mask as other (funding is the money amounts)", f[1])
			}
			w, err := strconv.Atoi(f[2])
			k, head := strings.CutPrefix(f[0], "~")
			lex.categories = append(lex.categories, CategoryKeyword{Keyword: k, Category: schemas.Category(f[1]), Weight: w, Head: head})
			return err
		}},
		{"references.tsv", 1, lowered(References)},
		{"abbreviations.txt", 1, asIs(Abbreviations)},
		{"boilerplate.tsv", 2, func(f []string) error {
			if strings.HasPrefix(f[0], "*") {
				return fmt.Errorf("pattern %q starts with *: only the end of a line can be left open", f[0])
			}
			p := BoilerplatePattern{Pattern: strings.ToLower(f[0])}
			switch f[1] {
			case "start":
			case "end":
				p.End = true
			case "stories":
				p.End, p.Stories = true, true
			default:
				return fmt.Errorf("pattern %q: where is %q, not start, end or stories", f[0], f[1])
			}
			lex.boilerplate = append(lex.boilerplate, p)
			return nil
		}},
		{"months.txt", 1, lowered(Months)},
		{"keephyphen.txt", 1, asIs(KeepHyphen)},
		{"stopwords.txt", 1, asIs(Stopwords)},
		{"names.tsv", 2, func(f []string) error { lex.names = append(lex.names, NameRule{f[0], f[1]}); return nil }},
		{"rangeverbs.txt", 1, asIs(RangeVerbs)},
		{"measures.txt", 1, asIs(Measures)},
		{"statistics.txt", 1, asIs(Statistics)},
		{"venues.txt", 1, lowered(Venues)},
		{"otherthings.txt", 1, lowered(OtherThings)},
		{"personacts.txt", 1, lowered(PersonActs)},
		{"labelfields.txt", 1, lowered(LabelFields)},
		{"workforceverbs.txt", 1, lowered(WorkforceVerbs)},
		{"timeleads.txt", 1, lowered(TimeLeads)},
		{"worktitles.txt", 1, lowered(WorkTitles)},
		{"outputverbs.txt", 1, lowered(OutputVerbs)},
		{"workforcenouns.txt", 1, lowered(WorkforceNouns)},
		{"countnouns.txt", 1, lowered(CountNouns)},
		{"timemeasures.txt", 1, lowered(TimeMeasures)},
		{"durationstats.txt", 1, lowered(DurationStats)},
		{"remainders.txt", 1, lowered(Remainders)},
		{"symbols.txt", 1, asIs(Symbols)},
		{"surveywords.txt", 1, lowered(SurveyWords)},
		{"wholearticles.txt", 1, lowered(WholeArticles)},
		{"lifeverbs.txt", 1, lowered(LifeVerbs)},
		{"increments.txt", 1, lowered(Increments)},
		{"orderwords.txt", 1, lowered(OrderWords)},
		{"dimensions.txt", 1, lowered(Dimensions)},
		{"totalverbs.txt", 1, asIs(TotalVerbs)},
		{"postqualifiers.tsv", 2, func(f []string) error {
			lex.postQualifiers = append(lex.postQualifiers, PostQualifier{Words: strings.Fields(f[0]), Name: f[1]})
			return nil
		}},
		{"participles.txt", 1, asIs(Participles)},
		{"determiners.txt", 1, asIs(Determiners)},
		{"plans.txt", 1, asIs(PlanNouns)},
		{"moneykinds.tsv", 3, func(f []string) error {
			if !slices.Contains(schemas.MoneyKinds, f[1]) || f[2] != "strong" && f[2] != "weak" {
				return fmt.Errorf("%q: kind %q is not one of %v, or %q is not strong or weak", f[0], f[1], schemas.MoneyKinds, f[2])
			}
			lex.moneyWords = append(lex.moneyWords, MoneyWord{Words: strings.Fields(f[0]), Kind: f[1], Weak: f[2] == "weak",
				Order: len(lex.moneyWords)})
			return nil
		}},
		{"ordinals.txt", 1, asIs(Ordinals)},
		{"sections.txt", 1, asIs(SectionNames)},
		{"subjectverbs.txt", 1, asIs(SubjectVerbs)},
		{"referencelists.txt", 1, lowered(ReferenceLists)},
		{"articleparts.txt", 2, func(f []string) error {
			switch f[1] {
			case "abstract":
				lex.sets[ArticleAbstracts][f[0]] = true
			case "results":
				lex.sets[ArticleResults][f[0]] = true
			default:
				return fmt.Errorf("%q: part %q is neither abstract nor results", f[0], f[1])
			}
			return nil
		}},
		{"ko_connectives.txt", 1, asIs(KoreanConnectives)},
		{"ko_listclosers.txt", 1, asIs(KoreanListClosers)},
		{"ko_sourceleads.txt", 1, asIs(KoreanSourceLeads)},
		{"ko_persontitles.txt", 1, asIs(KoreanTitles)},
		{"changenouns.txt", 1, lowered(ChangeNouns)},
		{"relativetimes.txt", 1, lowered(RelativeTimes)},
		{"periodleads.txt", 1, lowered(PeriodLeads)},
		{"spanwords.txt", 1, lowered(SpanWords)},
		{"percentpoints.txt", 1, lowered(PercentPoints)},
		{"modals.txt", 1, lowered(Modals)},
		{"spreads.txt", 1, lowered(Spreads)},
		{"vagueparts.txt", 1, lowered(VagueParts)},
		{"shareverbs.txt", 1, lowered(ShareVerbs)},
		{"percentwords.txt", 1, lowered(PercentWords)},
		{"totals.txt", 1, lowered(Totals)},
		{"valuecolumns.txt", 1, lowered(ValueColumns)},
		{"speechverbs.txt", 1, lowered(SpeechVerbs)},
		{"yearnotes.txt", 1, lowered(YearNotes)},
		{"comparedwith.txt", 1, lowered(ComparedWith)},
		{"raiseverbs.txt", 1, lowered(RaiseVerbs)},
		{"notplurals.txt", 1, lowered(NotPlurals)},
		{"estimateverbs.txt", 1, lowered(EstimateVerbs)},
		{"backrefs.txt", 1, lowered(BackRefs)},
		{"haveverbs.txt", 1, lowered(HaveVerbs)},
		{"labelsafter.txt", 1, lowered(LabelsAfter)},
		{"pagecounts.txt", 1, lowered(PageCounts)},
		{"comparatives.txt", 1, lowered(Comparatives)},
		{"ranks.txt", 1, lowered(Ranks)},
		{"rankgroups.txt", 1, lowered(RankGroups)},
		{"grantdecisions.txt", 1, lowered(GrantDecisions)},
		{"exchangelinks.txt", 1, lowered(ExchangeLinks)},
		{"pricelinks.txt", 1, lowered(PriceLinks)},
		{"timessuffixes.txt", 1, lowered(TimesSuffixes)},
		{"agenouns.txt", 1, lowered(AgeNouns)},
		{"changeverbs.txt", 1, lowered(ChangeVerbs)},
		{"pronouns.txt", 1, lowered(Pronouns)},
		{"partclauses.txt", 1, lowered(PartClauses)},
		{"ratewords.txt", 1, lowered(RateWords)},
		{"notsubjects.txt", 1, asIs(NotSubjects)},
		{"openers.txt", 1, asIs(Openers)},
		{"namelinks.txt", 1, asIs(NameLinks)},
		{"eventverbs.txt", 1, asIs(EventVerbs)},
		{"namearticles.txt", 1, asIs(NameArticles)},
		{"nameconnectors.txt", 1, asIs(NameConnectors)},
		{"ko_counters.tsv", 2, func(f []string) error {
			if f[1] == "times" { // a multiple: a count of times
				lex.korean.counters = append(lex.korean.counters, KoreanCounter{Word: f[0], Unit: schemas.UnitCount, Multiple: true})
				return nil
			}
			if f[1] == "age" { // a person's age: years
				lex.korean.counters = append(lex.korean.counters, KoreanCounter{Word: f[0], Unit: schemas.UnitYears, Age: true})
				return nil
			}
			if !schemas.Unit(f[1]).Known() {
				return fmt.Errorf("%q: unit %q is neither a currency code, nor times, nor age, nor one of %v", f[0], f[1], schemas.Units)
			}
			lex.korean.counters = append(lex.korean.counters, KoreanCounter{Word: f[0], Unit: schemas.Unit(f[1])})
			return nil
		}},
		{"ko_scales.tsv", 3, func(f []string) error {
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil || f[2] != "small" && f[2] != "big" {
				return fmt.Errorf("%q: want a value and small or big", f[0])
			}
			lex.korean.scales[f[0]] = KoreanScale{Value: v, Big: f[2] == "big"}
			return nil
		}},
		{"ko_qualifiers.tsv", 3, func(f []string) error {
			if f[1] != "before" && f[1] != "after" && f[1] != "glued" && f[1] != "counter" {
				return fmt.Errorf("%q: where %q is not before, after, glued or counter", f[0], f[1])
			}
			lex.korean.qualifiers = append(lex.korean.qualifiers, KoreanQualifier{Word: f[0], Where: f[1], Name: f[2]})
			return nil
		}},
		{"ko_numerals.tsv", 3, func(f []string) error {
			v, err1 := strconv.ParseFloat(f[1], 64)
			h, err2 := strconv.ParseFloat(f[2], 64)
			if err1 != nil || err2 != nil || h < v {
				return fmt.Errorf("%q: want a value and a high end not below it", f[0])
			}
			lex.korean.numerals[f[0]] = KoreanNumeral{Value: v, High: h}
			return nil
		}},
		{"ko_sinodigits.tsv", 2, func(f []string) error {
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil || v < 1 || v > 9 {
				return fmt.Errorf("%q: want a digit from 1 to 9", f[0])
			}
			lex.korean.sinoDigits[f[0]] = v
			return nil
		}},
		{"ko_shares.tsv", 2, func(f []string) error {
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				return fmt.Errorf("%q: share %q is not a number", f[0], f[1])
			}
			lex.korean.shares[f[0]] = v
			return nil
		}},
		{"ko_particles.txt", 1, func(f []string) error { lex.korean.particles[f[0]] = true; return nil }},
		{"ko_lightverbs.txt", 1, func(f []string) error { lex.korean.lightVerbs = append(lex.korean.lightVerbs, f[0]); return nil }},
		{"ko_partitives.txt", 1, func(f []string) error {
			lex.korean.partitives = append(lex.korean.partitives, strings.Join(f, " "))
			return nil
		}},
		{"ko_notfigures.tsv", 2, func(f []string) error { lex.korean.notFigures[f[0]] = f[1]; return nil }},
		{"ko_tense.txt", 1, func(f []string) error { lex.korean.tense = append(lex.korean.tense, f[0]); return nil }},
		{"ko_yearwords.txt", 1, func(f []string) error { lex.korean.yearWords[f[0]] = true; return nil }},
		{"ko_pronouns.txt", 1, func(f []string) error { lex.korean.pronouns[f[0]] = true; return nil }},
		{"ko_grades.txt", 1, func(f []string) error { lex.korean.grades = append(lex.korean.grades, f[0]); return nil }},
		{"ko_adverbs.txt", 1, func(f []string) error { lex.korean.adverbs[f[0]] = true; return nil }},
		{"ko_hedgenouns.txt", 1, func(f []string) error { lex.korean.hedgeNouns = append(lex.korean.hedgeNouns, f[0]); return nil }},
		{"ko_verbalnouns.txt", 1, func(f []string) error { lex.korean.verbalNouns[f[0]] = true; return nil }},
		{"ko_machines.txt", 1, func(f []string) error { lex.korean.machines = append(lex.korean.machines, f[0]); return nil }},
		{"ko_captions.tsv", 2, func(f []string) error {
			if f[1] == "status" {
				lex.korean.statusWords = append(lex.korean.statusWords, f[0])
				return nil
			}
			if u := schemas.Unit(f[1]); !u.Known() || u.IsCurrency() {
				return fmt.Errorf("%q: %q is neither status nor a unit of counts", f[0], f[1])
			}
			lex.korean.captions[f[0]] = schemas.Unit(f[1])
			return nil
		}},
		{"ko_agecues.txt", 1, func(f []string) error { lex.korean.ageCues = append(lex.korean.ageCues, f[0]); return nil }},
		{"ko_rangeclosers.txt", 1, func(f []string) error { lex.korean.rangeClosers = append(lex.korean.rangeClosers, f[0]); return nil }},
		{"ko_postverbs.txt", 1, func(f []string) error { lex.korean.postVerbs = append(lex.korean.postVerbs, f[0]); return nil }},
		{"ko_yearsuffixes.txt", 1, func(f []string) error { lex.korean.yearSuffixes = append(lex.korean.yearSuffixes, f[0]); return nil }},
		{"ko_distributives.tsv", 2, func(f []string) error {
			switch f[1] {
			case "word":
				lex.korean.distributiveWords = append(lex.korean.distributiveWords, f[0])
			case "suffix":
				lex.korean.distributiveEnds = append(lex.korean.distributiveEnds, f[0])
			default:
				return fmt.Errorf("%q: where %q is neither word nor suffix", f[0], f[1])
			}
			return nil
		}},
		{"ko_daywords.tsv", 2, func(f []string) error {
			v, err := strconv.ParseFloat(f[1], 64)
			if err != nil {
				return fmt.Errorf("%q: days %q is not a number", f[0], f[1])
			}
			lex.korean.dayWords[f[0]] = v
			return nil
		}},
		{"ko_backrefs.txt", 1, func(f []string) error {
			if e, ok := strings.CutPrefix(f[0], "~"); ok {
				lex.korean.breakdowns = append(lex.korean.breakdowns, e)
			} else {
				lex.korean.backrefs = append(lex.korean.backrefs, f[0])
			}
			return nil
		}},
		{"ko_changeverbs.txt", 1, func(f []string) error { lex.korean.changes = append(lex.korean.changes, f[0]); return nil }},
		{"ko_daycues.tsv", 2, func(f []string) error {
			if f[1] != "before" && f[1] != "after" {
				return fmt.Errorf("%q: where %q is not before or after", f[0], f[1])
			}
			lex.korean.dayCues[f[0]] = f[1]
			return nil
		}},
		{"html.tsv", 2, func(f []string) error {
			switch f[1] {
			case "drop", "furniture", "block", "heading", "row", "cell", "headcell", "line", "article":
			default:
				return fmt.Errorf("%q: kind %q is not drop, furniture, block, row, cell, headcell, line or article", f[0], f[1])
			}
			lex.html[f[0]] = append(lex.html[f[0]], f[1])
			return nil
		}},
	}
	for _, l := range loaders {
		if err := readTable(fsys, l.file, l.fields, l.add); err != nil {
			return nil, err
		}
	}
	lex.korean.indexCounters()
	lex.moneyFirst = map[string][]MoneyWord{}
	for _, mw := range lex.moneyWords {
		if len(mw.Words) == 0 {
			return nil, fmt.Errorf("moneykinds.tsv: an entry without words")
		}
		lex.moneyFirst[mw.Words[0]] = append(lex.moneyFirst[mw.Words[0]], mw)
	}
	for set, words := range lex.sets {
		lex.lists[set] = slices.SortedFunc(maps.Keys(words), func(a, b string) int {
			return cmp.Or(len(b)-len(a), strings.Compare(a, b))
		})
		lex.folded[set] = map[string]bool{}
		for w := range words {
			lex.folded[set][strings.ToLower(w)] = true
		}
	}
	lex.starts = make([]bool, 27*27*27)
	mark := func(w string) {
		if k, ok := startKey(w); ok {
			lex.starts[k] = true
		}
	}
	lex.startWords, lex.afterA = map[string]bool{}, map[string]bool{"dozen": true}
	for _, w := range []string{"a", "an"} {
		mark(w)
	}
	for w, nw := range lex.numbers {
		if nw.IsHedged() {
			lex.afterA[w] = true // "a couple of dozen": never a number's first word
			continue
		}
		first, _, _ := strings.Cut(w, "-") // "twenty-five", "three-year", "one-third"
		lex.startWords[first] = true
		if rest, ok := strings.CutPrefix(w, "one-"); ok && nw.Kind == "fraction" {
			lex.afterA[rest] = true // "a third of"
		}
		if nw.Kind == "unit" || nw.Kind == "ten" {
			lex.startWords[w+"fold"] = true // "thirtyfold", read as "thirty-fold" is
		}
	}
	for w, nw := range lex.numbers {
		if !nw.IsHedged() {
			mark(w)
		}
	}
	for w := range lex.startWords {
		lex.startLetters[LowerASCII(w[0])], lex.startLetters[w[0]&^0x20] = true, true
	}
	lex.startLetters['a'], lex.startLetters['A'] = true, true
	for w, sc := range lex.scales {
		if !sc.Suffix {
			mark(w)
			lex.afterA[strings.ToLower(w)] = true // "a million"
		}
	}
	for w := range lex.sets[AgeNouns] {
		if _, ok := lex.units[w]; !ok {
			lex.units[w] = schemas.UnitPeople // "18-year-olds" are people, of an age
		}
	}
	for w, u := range lex.units {
		if one, ok := strings.CutSuffix(w, "s"); ok && u.IsDuration() {
			lex.afterA[one] = true // "at least a year": the scanner asks for a bound before it
		}
	}
	for _, k := range lex.categories {
		if k.Keyword == "" {
			return nil, fmt.Errorf("categories.tsv: empty keyword")
		}
		if k.Keyword != strings.ToLower(k.Keyword) {
			// Matched ignoring the case of ASCII letters; Hangul has none.
			return nil, fmt.Errorf("categories.tsv: keyword %q: lower case only (matched ignoring case)", k.Keyword)
		}
		lex.categoryFirst[k.Keyword[0]] = append(lex.categoryFirst[k.Keyword[0]], k)
		if k.Head {
			lex.categoryHeads = append(lex.categoryHeads, k)
		}
	}
	sort.SliceStable(lex.currencies, func(i, j int) bool { return len(lex.currencies[i].Phrase) > len(lex.currencies[j].Phrase) })
	sort.SliceStable(lex.qualifiers, func(i, j int) bool { return len(lex.qualifiers[i].Phrase) > len(lex.qualifiers[j].Phrase) })
	for _, c := range lex.currencies {
		if c.Phrase == "" {
			return nil, fmt.Errorf("currencies.tsv: empty phrase")
		}
		if c.Prefix {
			last := c.Phrase[len(c.Phrase)-1]
			lex.currencyBefore[last] = append(lex.currencyBefore[last], c)
		} else {
			lex.currencyAfter[c.Phrase[0]] = append(lex.currencyAfter[c.Phrase[0]], c)
		}
	}
	for _, p := range lex.boilerplate {
		c := p.first()
		lex.boilerplateFirst[c] = append(lex.boilerplateFirst[c], p)
	}
	for _, q := range lex.qualifiers {
		if q.Phrase == "" {
			return nil, fmt.Errorf("qualifiers.tsv: empty phrase")
		}
		last := LowerASCII(q.Phrase[len(q.Phrase)-1])
		lex.qualifierLast[last] = append(lex.qualifierLast[last], q)
		for _, w := range strings.Fields(strings.ToLower(q.Phrase)) {
			lex.qualifierWords[w] = true
		}
	}
	plain := *lex
	plain.boilerplate, plain.boilerplateFirst = nil, [256][]BoilerplatePattern{}
	plain.plain = &plain
	lex.plain = &plain
	return lex, nil
}

// addOnce adds key to m, refusing a second entry for it: a lexicon with two meanings for a
// word is a mistake its editor must hear about.
func addOnce[V any](m map[string]V, key string, v V) error {
	if _, dup := m[key]; dup {
		return fmt.Errorf("duplicate entry %q", key)
	}
	m[key] = v
	return nil
}

// readTable reads a tab-separated lexicon file, skipping blank lines and # comments.
func readTable(fsys fs.FS, name string, fields int, add func([]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("lexicon %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != fields {
			return fmt.Errorf("lexicon %s: line %d: want %d tab-separated fields, got %d", name, n, fields, len(parts))
		}
		if err := add(parts); err != nil {
			return fmt.Errorf("lexicon %s: line %d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// LowerASCII lowers an ASCII capital letter and leaves every other byte alone.
func LowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
