package extract

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/google/go-cmp/cmp"
)

// want is the part of a figure a case checks.
type want struct {
	Text      string
	Value     string // "38000000", or "150..200" for a range
	Unit      string
	Qualifier string
	Counted   string
}

func summarize(f Figure) want {
	v := fmt.Sprint(f.Value)
	if f.IsRange {
		v = fmt.Sprintf("%v..%v", f.Low, f.High)
	}
	return want{Text: f.Text, Value: v, Unit: string(f.Unit), Qualifier: f.Qualifier, Counted: f.Counted}
}

func find(t *testing.T, text string) []want {
	t.Helper()
	doc, err := document.NewDocument("case", []byte(text), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	var got []want
	for _, f := range Find(doc) {
		got = append(got, summarize(f))
	}
	return got
}

// numberForms are the ways of writing a figure the scanner reads, with what it finds.
var numberForms = []struct {
	name string
	text string
	want []want
}{
	{"digits with separators", "More than 4,000 IT specialists have graduated.",
		[]want{{"More than 4,000", "4000", "people", "more_than", "IT specialists"}}},
	{"decimals and scale word", "North Korea delivered US$ 3.35 million worth of computer hardware.",
		[]want{{"US$ 3.35 million", "3.35e+06", "USD", "exact", "computer hardware"}}},
	{"scale suffix glued", "It will receive US$ 38M from the state.",
		[]want{{"US$ 38M", "3.8e+07", "USD", "exact", ""}}},
	{"thousands set apart by a word space in a text written so; a rate's base after 'in every'", "Researchers numbered 485 000 in 2022, up from 316 900 in 2012; 17.3 in every 1 000 people employed were researchers.",
		[]want{{"485 000", "485000", "people", "exact", "Researchers"}, {"316 900", "316900", "people", "exact", "Researchers"}, {"17.3", "17.3", "count", "exact", ""}}},
	{"a word space groups no digits in a text that groups them with commas", "It enrolled 4,000 students and 1 200 more came, with 12,500 staff.",
		[]want{{"4,000", "4000", "people", "exact", "students"}, {"200", "200", "people", "exact", "students"}, {"12,500", "12500", "people", "exact", "staff"}}},
	{"an identifier's digits before a scaled amount share no scale", "It was supported by a grant (2021R1A2C1011234, 150 million won).",
		[]want{{"150 million won", "1.5e+08", "KRW", "exact", ""}}},
	{"the first side of a comparison takes the unit of the second", "Review took 188 against 236 days; papers had 2.1 vs. 2.6 authors.",
		[]want{{"188", "188", "days", "exact", "days"}, {"236", "236", "days", "exact", "days"}, {"2.1", "2.1", "people", "exact", "authors"}, {"2.6", "2.6", "people", "exact", "authors"}}},
	{"a list's scale and currency said once, after its last number", "Budgets were 12, 15 and 20 million dollars; grants of $2, $3 and $5 billion; sales of 3.2 and 4.1 billion won.",
		[]want{{"12", "1.2e+07", "USD", "exact", ""}, {"15", "1.5e+07", "USD", "exact", ""}, {"20 million dollars", "2e+07", "USD", "exact", ""},
			{"$2", "2e+09", "USD", "exact", ""}, {"$3", "3e+09", "USD", "exact", ""}, {"$5 billion", "5e+09", "USD", "exact", ""},
			{"3.2", "3.2e+09", "KRW", "exact", ""}, {"4.1 billion won", "4.1e+09", "KRW", "exact", ""}}},
	{"the start of a change takes the scale and currency of its end; a part of an amount its currency", "Funding rose from 3.5 to nearly 4.2 trillion won. The fund has 2 trillion won, of which 500 billion goes to start-ups.",
		[]want{{"3.5", "3.5e+12", "KRW", "exact", ""}, {"nearly 4.2 trillion won", "4.2e+12", "KRW", "approx", ""}, {"2 trillion won", "2e+12", "KRW", "exact", ""}, {"500 billion", "5e+11", "KRW", "exact", ""}}},
	{"an amount written out in full takes no scale of the next", "The foundation gave SFr 500,000 and CHF 1.2m.",
		[]want{{"SFr 500,000", "500000", "CHF", "exact", ""}, {"CHF 1.2m", "1.2e+06", "CHF", "exact", ""}}},
	{"a whole number and a half, spaced or hyphenated", "The grant was one and a half million dollars for a two-and-a-half-year study of 3 and a half thousand pupils; output grew one-and-a-half times.",
		[]want{{"one and a half million dollars", "1.5e+06", "USD", "exact", ""}, {"two-and-a-half-year", "2.5", "years", "exact", "study"},
			{"3 and a half thousand", "3500", "people", "exact", "pupils"}, {"one-and-a-half times", "1.5", "count", "exact", "times"}}},
	{"vulgar fractions, after a whole number or alone as a share", "It took 1½ years, then 3 ½ months; about ½ of firms and ¼ of labs agreed.",
		[]want{{"1½", "1.5", "years", "exact", "years"}, {"3 ½", "3.5", "months", "exact", "months"}, {"about ½", "50", "percent", "approx", "firms"}, {"¼", "25", "percent", "exact", "labs"}}},
	{"scale words abbreviated with a full stop", "It will invest KRW 1.2 tril. in chips and pay 3.5 mil. won per student.",
		[]want{{"KRW 1.2 tril", "1.2e+12", "KRW", "exact", ""}, {"3.5 mil", "3.5e+06", "KRW", "exact", ""}}},
	{"bn suffix", "Sales reached $2.5bn last year.",
		[]want{{"$2.5bn", "2.5e+09", "USD", "exact", ""}}},
	{"an amount as an adjective, hyphenated", "It won a $5-million grant for a 622-trillion-won cluster and a 1.2-million-euro prize.",
		[]want{{"$5-million", "5e+06", "USD", "exact", "grant"}, {"622-trillion-won", "6.22e+14", "KRW", "exact", "cluster"},
			{"1.2-million-euro", "1.2e+06", "EUR", "exact", "prize"}}},
	{"an amount as an adjective after a space", "A 300 billion-won programme was launched.",
		[]want{{"300 billion-won", "3e+11", "KRW", "exact", "programme"}}},
	{"a measure's symbol glued", "The campus road is 2.4km and the new hall weighs 900kg.",
		[]want{{"2.4km", "2.4", "count", "exact", "km"}, {"900kg", "900", "count", "exact", "kg"}}},
	{"m is metres beside a dimension, millions beside money or people", "The 120m-high tower cost £40m; 3m people visit it.",
		[]want{{"120m", "120", "count", "exact", "m"}, {"£40m", "4e+07", "GBP", "exact", ""}, {"3m", "3e+06", "people", "exact", "people"}}},
	{"a ratio with its noun between its terms", "One student in six received less; nearly one researcher in five left.",
		[]want{{"One student in six", "16.666666666666668", "percent", "exact", "student"}, {"nearly one researcher in five", "20", "percent", "approx", "researcher"}}},
	{"an initialism before the counted noun", "Laptop farms were found in 16 U.S. states and 3 U.K. cities.",
		[]want{{"16", "16", "count", "exact", "U.S. states"}, {"3", "3", "count", "exact", "U.K. cities"}}},
	{"a part of a counted whole", "We lost two of our three largest grants; two of the 2,000 applicants were admitted.",
		[]want{{"two", "2", "count", "exact", "largest grants"}, {"three", "3", "count", "exact", "largest grants"}, {"two", "2", "people", "exact", "applicants"}, {"2,000", "2000", "people", "exact", "applicants"}}},
	{"m is metres after a measure noun", "The research vessel has a length of 99.8m.",
		[]want{{"99.8m", "99.8", "count", "exact", "m"}}},
	{"words with scale", "The intranet has about two million subscribers.",
		[]want{{"about two million", "2e+06", "count", "approx", "subscribers"}}},
	{"ten million", "a database of about ten million entries.",
		[]want{{"about ten million", "1e+07", "count", "approx", "entries"}}},
	{"a dozen", "The side proposed a dozen of detailed projects.",
		[]want{{"a dozen", "12", "projects", "exact", "detailed projects"}}},
	{"a couple of a scale word is about two of it; a couple alone counts nothing", "A couple of hundred engineers left within a couple of years, and a couple of dozen stayed.",
		[]want{{"A couple of hundred", "200", "people", "approx", "engineers"}, {"a couple of dozen", "24", "count", "approx", ""}}},
	{"a half-dozen", "The lab hired a half-dozen postdocs and half a dozen engineers.",
		[]want{{"half-dozen", "6", "people", "exact", "postdocs"}, {"half a dozen", "6", "people", "exact", "engineers"}}},
	{"number word", "The analysis drew on nine experts in various fields.",
		[]want{{"nine", "9", "people", "exact", "experts"}}},
	{"compound number word", "They sent twenty-five engineers abroad.",
		[]want{{"twenty-five", "25", "people", "exact", "engineers"}}},
	{"one in four", "Every one in four joint projects is IT-related.",
		[]want{{"one in four", "25", "percent", "exact", "joint projects"}}},
	{"fraction word", "It is estimated to be one-tenth of the total.",
		[]want{{"one-tenth", "10", "percent", "exact", "total"}}},
	{"swiss franks after the amount", "It sold 1.2 million Swiss franks worth of products.",
		[]want{{"1.2 million Swiss franks", "1.2e+06", "CHF", "exact", "products"}}},
	{"USD code", "The UNDP paid USD 690,000 for the project.",
		[]want{{"USD 690,000", "690000", "USD", "exact", ""}}},
	{"won", "The budget was 5 billion won in 2003.",
		[]want{{"5 billion won", "5e+09", "KRW", "exact", ""}}},
	{"yen and euros", "It cost 300 million yen and 2 million euros.",
		[]want{{"300 million yen", "3e+08", "JPY", "exact", ""}, {"2 million euros", "2e+06", "EUR", "exact", ""}}},
	{"yuan and rubles", "Trade reached 40 million yuan, or 300 million rubles.",
		[]want{{"40 million yuan", "4e+07", "CNY", "exact", ""}, {"300 million rubles", "3e+08", "RUB", "exact", ""}}},
	{"markdown escaped dollar", `Hyundai signed a \$1.5 million contract.`,
		[]want{{"$1.5 million", "1.5e+06", "USD", "exact", "contract"}}},
	{"percent sign", "It accounts for 85% of exports.",
		[]want{{"85%", "85", "percent", "exact", "exports"}}},
	{"percent word", "Some 12 percent of the students left.",
		[]want{{"Some 12 percent", "12", "percent", "approx", "students"}}},
	{"percentage points", "Its share rose by 2.5 percentage points.",
		[]want{{"2.5 percentage points", "2.5", "count", "exact", "percentage points"}}}, // points are no percent: README
	{"en dash range", "Each year 150–200 students enter.",
		[]want{{"150–200", "150..200", "people", "range", "students"}}},
	{"hyphen range", "Only 70-80 researchers work there.",
		[]want{{"70-80", "70..80", "people", "range", "researchers"}}},
	{"between range", "Between 700,000 and 800,000 people died annually.",
		[]want{{"Between 700,000 and 800,000", "700000..800000", "people", "range", "people"}}},
	{"shared scale", "They sent between USD 1.2 and 2.3 billion home.",
		[]want{{"between USD 1.2 and 2.3 billion", "1.2e+09..2.3e+09", "USD", "range", ""}}},
	{"percent range with spaces", "It ranges from 26% to 66 % of the level.",
		[]want{{"26% to 66 %", "26..66", "percent", "range", "level"}}},
	{"word range of durations", "Scientists came for one- to three-year jobs.",
		[]want{{"one- to three-year", "1..3", "years", "range", "jobs"}}},
	{"approx", "The ROK plans to train about 430,000 specialists.",
		[]want{{"about 430,000", "430000", "people", "approx", "specialists"}}},
	{"nearly", "They earn nearly USD 300 million per year.",
		[]want{{"nearly USD 300 million", "3e+08", "USD", "approx", ""}}},
	{"over", "Over 50 cities were connected.",
		[]want{{"Over 50", "50", "count", "more_than", "cities"}}},
	{"bound beats estimate", "Their number is estimated to exceed 450.",
		[]want{{"estimated to exceed 450", "450", "count", "more_than", ""}}},
	{"at least", "At least 110 of these papers were suspect.",
		[]want{{"At least 110", "110", "papers", "at_least", "papers"}}},
	{"up to", "It can assemble up to 500 thousand units per a year.",
		[]want{{"up to 500 thousand", "500000", "units", "up_to", "units"}}},
	{"estimated at", "Their number is estimated at 7,000 engineers.",
		[]want{{"estimated at 7,000", "7000", "people", "approx", "engineers"}}},
	{"a maximum of", "It allows a maximum of 30 students.",
		[]want{{"a maximum of 30", "30", "people", "up_to", "students"}}},
	{"as many as", "As many as 300 hackers work abroad.",
		[]want{{"As many as 300", "300", "people", "up_to", "hackers"}}},
	{"ca.", "There ca. 25 Russian scientists worked.",
		[]want{{"ca. 25", "25", "people", "approx", "Russian scientists"}}},
	{"less than", "Fewer than 20 students passed.",
		[]want{{"Fewer than 20", "20", "people", "less_than", "students"}}},
	{"duration days", "Forms must be filed 15 days in advance.",
		[]want{{"15", "15", "days", "exact", "days"}}},
	{"years and months", "The course lasts 5 years and 6 months in all.",
		[]want{{"5 years and 6 months", "5.5", "years", "exact", "years"}}},
	{"hyphenated duration", "It is a five-year university.",
		[]want{{"five-year", "5", "years", "exact", "university"}}},
	{"partitive count", "Researchers took part in 94 (85%) of the papers.",
		[]want{{"94", "94", "papers", "exact", "papers"}, {"85%", "85", "percent", "exact", "papers"}}},
	{"out of", "Each year 100 out of the more than 5,000 applicants are selected.",
		[]want{{"100", "100", "people", "exact", "applicants"}, {"more than 5,000", "5000", "people", "more_than", "applicants"}}},
	{"ratio of two shares", "They funded it at a ratio of 75% to 25%.",
		[]want{{"75%", "75", "percent", "exact", ""}, {"25%", "25", "percent", "exact", ""}}},
	{"inherited currency", "Robots get US$ 52M, monitors – 20M.",
		[]want{{"US$ 52M", "5.2e+07", "USD", "exact", ""}, {"20M", "2e+07", "USD", "exact", ""}}},
	{"twice", "Output grew twice as fast.",
		[]want{{"twice", "2", "count", "exact", "times"}}},
	{"a spread in the unit of the figure before it", "It took 187 days (interquartile range 121–281) and 6 authors (IQR 4–9).",
		[]want{{"187", "187", "days", "exact", "days"}, {"121–281", "121..281", "days", "range", "days"}, {"6", "6", "people", "exact", "authors"}, {"4–9", "4..9", "people", "range", "authors"}}},
	{"an age bound by a comparative", "Investigators younger than 40 wrote more than those older than 55.",
		[]want{{"younger than 40", "40", "years", "less_than", "age"}, {"older than 55", "55", "years", "more_than", "age"}}},
	{"a spread of a rate", "A median of 4 papers per grant (interquartile range 2–8) came out.",
		[]want{{"4", "4", "papers", "exact", "papers"}, {"2–8", "2..8", "papers", "range", "papers"}}},
	{"a multiplier as a verb after a modal", "Fellowships will double, and the plan aims to triple output; a double degree.",
		[]want{{"double", "2", "count", "exact", "times"}, {"triple", "3", "count", "exact", "times"}}},
	{"an x glued to digits is a multiple; between two numbers, dimensions", "The budget grew 2.5x, a 10x return, on 1920x1080 screens with a 2x4 grid.",
		[]want{{"2.5x", "2.5", "count", "exact", "times"}, {"10x", "10", "count", "exact", "times"}}},
	{"a multiple glued to fold", "Preprints grew more than thirtyfold and grants twenty-fold.",
		[]want{{"more than thirtyfold", "30", "count", "more_than", "times"}, {"twenty-fold", "20", "count", "exact", "times"}}},
	{"a rate's denominator after a slash", "Birth rate: 13.2 births/1,000 population",
		[]want{{"13.2", "13.2", "count", "exact", "births"}}},
	{"percent hyphen range", "It earned 20-30% of its revenue.",
		[]want{{"20-30%", "20..30", "percent", "range", "revenue"}}},
	{"scale shared by words range", "It cost between 2 and 3 million dollars.",
		[]want{{"between 2 and 3 million dollars", "2e+06..3e+06", "USD", "range", ""}}},
	{"share of a range", "It took 50-60 percent of the 3,000-4,000 workers.",
		[]want{{"50-60 percent", "50..60", "percent", "range", "workers"}, {"3,000-4,000", "3000..4000", "people", "range", "workers"}}},
	{"a third of", "Around a third of its graduates went abroad.",
		[]want{{"Around a third", "33.333333333333336", "percent", "approx", "graduates"}}},
	{"digits ratio", "It had 1 in 5 households connected.",
		[]want{{"1 in 5", "20", "percent", "exact", "households"}}},
	{"hundreds of thousands in words", "About two hundred thousand people were trained.",
		[]want{{"About two hundred thousand", "200000", "people", "approx", "people"}}},
	{"possessive before a count", "During his four trips to China he toured plants.",
		[]want{{"four", "4", "count", "exact", "trips"}}},
	{"the value of a measure right after it", "Kim is at distance 2 from her; the median 7 is low.",
		[]want{{"2", "2", "count", "exact", ""}, {"7", "7", "count", "exact", ""}}},
	{"a noun shared past the second number's hedge", "At least 1,000 and at most 1,200 papers, and 5 and nearly 9 teams.",
		[]want{{"At least 1,000", "1000", "papers", "at_least", "papers"}, {"at most 1,200", "1200", "papers", "up_to", "papers"},
			{"5", "5", "count", "exact", "teams"}, {"nearly 9", "9", "count", "approx", "teams"}}},
	{"a count after a year and a colon, outside a citation", "Output grew after 2015: 58 articles appeared in 2018.",
		[]want{{"58", "58", "papers", "exact", "articles"}}},
	{"a field before the noun it counts", "It had 42 mathematics students and 9 physics teachers.",
		[]want{{"42", "42", "people", "exact", "mathematics students"}, {"9", "9", "people", "exact", "physics teachers"}}},
	{"a part of a whole a possessive names", "Seven of his own students and three of our engineers left.",
		[]want{{"Seven", "7", "people", "exact", "students"}, {"three", "3", "people", "exact", "engineers"}}},
	{"range with the low end in full", "Grants ranged from CNY 200,000 to CNY 1.2 million each.",
		[]want{{"CNY 200,000 to CNY 1.2 million", "200000..1.2e+06", "CNY", "range", ""}}},
	{"from one year's count to another's", "The number of authors rose from 97 in 2010 to 312 in 2020.",
		[]want{{"97", "97", "people", "exact", "authors"}, {"312", "312", "people", "exact", "authors"}}},
	{"sample size", "Of these, 52.3% (n = 535) involved Chinese co-authors.",
		[]want{{"52.3%", "52.3", "percent", "exact", ""}, {"535", "535", "count", "exact", ""}}},
	{"participle adjective", "It sent 500 trained specialists abroad.",
		[]want{{"500", "500", "people", "exact", "trained specialists"}}},
	{"noun of before", "It has a population of 25.7 million.",
		[]want{{"25.7 million", "2.57e+07", "people", "exact", "population"}}},
	{"count of them, and up from", "In 2020, 48 of them were enrolled, up from 12 in 2016.",
		[]want{{"48", "48", "count", "exact", ""}, {"12", "12", "count", "exact", ""}}},
	{"over a duration is during it", "The ministry set aside KRW 2.3 trillion over five years.",
		[]want{{"KRW 2.3 trillion", "2.3e+12", "KRW", "exact", ""}, {"five", "5", "years", "exact", "years"}}},
	{"fold", "Prices rose 3.4-fold.",
		[]want{{"3.4-fold", "3.4", "count", "exact", "times"}}},
	{"a data sheet's field narrowed by a period", "- Joint papers, 2010–2020: 212\n- Budget, 2023: 45",
		[]want{{"212", "212", "papers", "exact", "Joint papers, 2010–2020"}, {"45", "45", "count", "exact", "Budget, 2023"}}},
	{"hedges of a region and of a shortfall", "In the region of 1,500 graduates applied, just shy of 3,000 teachers.",
		[]want{{"In the region of 1,500", "1500", "people", "approx", "graduates"}, {"just shy of 3,000", "3000", "people", "less_than", "teachers"}}},
	{"a low and a high are measures", "The number fell to a low of 87 in 2015 from a high of 243 in 2008.",
		[]want{{"87", "87", "count", "exact", "low"}, {"243", "243", "count", "exact", "high"}}},
	{"a list of names takes its first value's noun", "Co-authors came from China (212 papers), Germany (48) and Japan (31).",
		[]want{{"212", "212", "papers", "exact", "papers"}, {"48", "48", "papers", "exact", "papers"}, {"31", "31", "papers", "exact", "papers"}}},
	{"a list whose later items leave out the verb and the noun", "The US appeared on 1,977 papers, followed by China on 1,205 and Japan on 430.",
		[]want{{"1,977", "1977", "papers", "exact", "papers"}, {"1,205", "1205", "papers", "exact", "papers"}, {"430", "430", "papers", "exact", "papers"}}},
	{"a part of a whole named by its place in an order", "Its teams took three of the top five places and 2 of the first 10 prizes.",
		[]want{{"three", "3", "count", "exact", "places"}, {"five", "5", "count", "exact", "places"}, {"2", "2", "count", "exact", "prizes"}, {"10", "10", "count", "exact", "prizes"}}},
	{"a bare object of the verb an earlier count is the object of", "Teams had to solve 13 problems; the winners solved 11. The ministry funded 12 projects and the agency approved 7. Scores ran between position 40 and position 300.",
		[]want{{"13", "13", "count", "exact", "problems"}, {"11", "11", "count", "exact", "problems"}, {"12", "12", "projects", "exact", "projects"}}},
	{"a gapped list without a preposition", "Seoul had 52 laboratories, Busan 31 and Daegu 12.",
		[]want{{"52", "52", "count", "exact", "laboratories"}, {"31", "31", "count", "exact", "laboratories"}, {"12", "12", "count", "exact", "laboratories"}}},
	{"a month and its day are no item of a gapped list", "It ran 40 courses in Seoul, and closed on March 3.",
		[]want{{"40", "40", "count", "exact", "courses"}}},
	{"a subject's head before its preposition", "Citations to these papers grew to 3,400 by 2022.",
		[]want{{"3,400", "3400", "count", "exact", "Citations"}}},
	{"the level a change reached, after a comma", "Student numbers have roughly tripled since 2000, to 3.2 million.",
		[]want{{"roughly tripled", "3", "count", "approx", "times"}, {"3.2 million", "3.2e+06", "people", "exact", "Student numbers"}}},
	{"comments in a sentence count", "The ministry received 240 comments on the draft.",
		[]want{{"240", "240", "count", "exact", "comments"}}},
	{"a ratio with a colon", "The student-teacher ratio fell from 25:1 to 2.5:2 while odds stood at 3:2.",
		[]want{{"25:1", "25", "count", "exact", "ratio"}, {"2.5:2", "1.25", "count", "exact", "ratio"}, {"3:2", "1.5", "count", "exact", "ratio"}}},
	{"a Korean ratio", "경쟁률은 평균 3:1이었고 의대는 12.5 대 1을, 약대는 11.8대 1을 기록했다.",
		[]want{{"3:1", "3", "count", "exact", "ratio"}, {"12.5 대 1", "12.5", "count", "exact", "ratio"}, {"11.8대 1", "11.8", "count", "exact", "ratio"}}},
	{"markdown table cells counted by their header", "| Year | Graduates | Share |\n|---|---|---|\n| 2017 | 1,200 | 35% |\n| 2018 | 100 | 41% |\n",
		[]want{{"1,200", "1200", "people", "exact", "Graduates"}, {"35%", "35", "percent", "exact", "Share"},
			{"100", "100", "people", "exact", "Graduates"}, {"41%", "41", "percent", "exact", "Share"}}},
	{"a header in the plural of a reference word counts; its singular numbers", "| Period | Articles | Pages |\n|---|---|---|\n| 2005–2010 | 11,240 | 96 |\n\n| Article | Year |\n|---|---|\n| 12 | 2010 |\n",
		[]want{{"11,240", "11240", "papers", "exact", "Articles"}, {"96", "96", "count", "exact", "Pages"}}},
	{"a table set out with spaces", "Table 1. Projects by field\nField          Projects    Funding (KRW billion)    Share (%)\nAgriculture    31          27.5                     66.6\nMedicine       14          6.1                      14.8\nSource: the ministry.\n",
		[]want{{"31", "31", "projects", "exact", "Projects"}, {"27.5", "2.75e+10", "KRW", "exact", "Funding (KRW billion)"}, {"66.6", "66.6", "percent", "exact", "Share (%)"},
			{"14", "14", "projects", "exact", "Projects"}, {"6.1", "6.1e+09", "KRW", "exact", "Funding (KRW billion)"}, {"14.8", "14.8", "percent", "exact", "Share (%)"}}},
	{"a spaced table with a range cell under a column named by its unit alone", "Table 2. Estimates\nSource        Year    US$ million    Workers\nTeam A        2021    50-60          1,400\nPanel B       2023    600            4,000\n",
		[]want{{"50-60", "5e+07..6e+07", "USD", "range", "US$ million"}, {"1,400", "1400", "people", "exact", "Workers"}, {"600", "6e+08", "USD", "exact", "US$ million"}, {"4,000", "4000", "people", "exact", "Workers"}}},
	{"prose with two spaces after its full stops is no table", "The panel met.  It counted 12 cases.  Then 40 more.\nIt ended.  Nothing more.  Done.\nWe left.  Nobody stayed.  Fine.\n",
		[]want{{"12", "12", "count", "exact", "cases"}, {"40", "40", "count", "exact", ""}}}, // 40 more cases, the noun in the sentence before
	{"compared with", "27 joint papers appeared, compared with 31 in 2018.",
		[]want{{"27", "27", "papers", "exact", "joint papers"}, {"31", "31", "papers", "exact", "joint papers"}}},
	{"count with its share", "Of the respondents, 52 (12.4%) reported using a phone.",
		[]want{{"52", "52", "people", "exact", "respondents"}, {"12.4%", "12.4", "percent", "exact", "respondents"}}},
	{"noun of a hedged count", "Its faculty of about 70 came from abroad.",
		[]want{{"about 70", "70", "people", "approx", "faculty"}}},
	{"number of before", "The total number of telephone lines in 1998 was 1.1 million.",
		[]want{{"1.1 million", "1.1e+06", "count", "exact", "telephone lines"}}},
}

// bothEnds are two numbers joined by "to" or a dash that are not one range: the low end is
// above the high one, the units differ, or "from" states a change. Each number is a figure.
var bothEnds = []struct {
	name string
	text string
	want []want
}{
	{"amount to a count", "The fund gave $5 million to 300 schools.",
		[]want{{"$5 million", "5e+06", "USD", "exact", ""}, {"300", "300", "count", "exact", "schools"}}},
	{"share to an amount", "Revenue grew 25% to KRW 4.2 trillion.",
		[]want{{"25%", "25", "percent", "exact", ""}, {"KRW 4.2 trillion", "4.2e+12", "KRW", "exact", ""}}},
	{"a split", "The seats were split 60% to 40%.",
		[]want{{"60%", "60", "percent", "exact", ""}, {"40%", "40", "percent", "exact", ""}}},
	{"share to a count above a hundred", "Patent filings rose 8% to 21,000.",
		[]want{{"8%", "8", "percent", "exact", ""}, {"21,000", "21000", "count", "exact", ""}}},
	{"share to a scaled count", "Usage rose 40% to 12 million users.",
		[]want{{"40%", "40", "percent", "exact", ""}, {"12 million", "1.2e+07", "people", "exact", "users"}}},
	{"a year between the two values", "Enrolment climbed from 8,200 pupils in 2005 to 11,900 in 2015.",
		[]want{{"8,200", "8200", "people", "exact", "pupils"}, {"11,900", "11900", "people", "exact", "pupils"}}},
	{"a year before an amount", "Grants went from $4 million by 2010 to $9 million.",
		[]want{{"$4 million", "4e+06", "USD", "exact", ""}, {"$9 million", "9e+06", "USD", "exact", ""}}},
	{"a change from one amount to another", "The budget rose from $2 million to $5 million.",
		[]want{{"$2 million", "2e+06", "USD", "exact", ""}, {"$5 million", "5e+06", "USD", "exact", ""}}},
	{"a range stays one", "Salaries ranged from 150 to 200 dollars.",
		[]want{{"150 to 200 dollars", "150..200", "USD", "range", ""}}},
}

// generalForms are forms of figures found in reports, data sheets and research articles of
// every kind, written for this test: signs, parts and wholes, measures named before a bare
// number, data-sheet fields, bounds written after the number, ranges in words.
var generalForms = []struct {
	name string
	text string
	want []want
}{
	{"minus sign", "Exports changed by -3.5% in 2016.",
		[]want{{"-3.5%", "-3.5", "percent", "exact", ""}}},
	{"unicode minus", "Output growth: −1.1% (2015 est.)",
		[]want{{"−1.1%", "-1.1", "percent", "approx", ""}}},
	{"a hyphen between numbers is no sign", "It took 70-80 days.",
		[]want{{"70-80", "70..80", "days", "range", "days"}}},
	{"part and whole", "Norway had the highest rate (49/67 = 73.1%).",
		[]want{{"49", "49", "count", "exact", ""}, {"67", "67", "count", "exact", ""}, {"73.1%", "73.1", "percent", "exact", ""}}},
	{"a date is no fraction", "The law of 3/4/2020 took effect.", nil},
	{"measure of a bare number", "Every new member has a Bacon number of 2.",
		[]want{{"2", "2", "count", "exact", "Bacon number"}}},
	{"measure as the subject", "The median score of the schools is 7.",
		[]want{{"7", "7", "count", "exact", "median score"}}},
	{"data-sheet field", "Exchange rates: 135 (2017 est.)",
		[]want{{"135", "135", "count", "approx", "Exchange rates"}}},
	{"rate per 100", "Telephones: subscriptions per 100 inhabitants: 23 (2020 est.)",
		[]want{{"23", "23", "count", "approx", "Telephones: subscriptions per 100 inhabitants"}}},
	{"bound after the number", "Most teams had two or more members and 12% had 9 or fewer.",
		[]want{{"two or more", "2", "people", "at_least", "members"}, {"12%", "12", "percent", "exact", ""}, {"9 or fewer", "9", "people", "up_to", "members"}}},
	{"ages between", "Men serve between the ages of 18 and 27.",
		[]want{{"between the ages of 18 and 27", "18..27", "years", "range", "ages"}}},
	{"one or two", "Each lab sent one or two engineers.",
		[]want{{"one or two", "1..2", "people", "range", "engineers"}}},
	{"duration adjective in digits", "It has 24-hour access and an 11-year school cycle.",
		[]want{{"24-hour", "24", "count", "exact", "hours of access"}, {"11-year", "11", "years", "exact", "school cycle"}}},
	{"people of a discipline", "The institute employs 40 physicists and 12 statisticians.",
		[]want{{"40", "40", "people", "exact", "physicists"}, {"12", "12", "people", "exact", "statisticians"}}},
	{"a duration that dates an event is still a duration", "Five years later, in April 2006, he spoke.",
		[]want{{"Five", "5", "years", "exact", "years"}}},
	{"test statistics are not figures", "The two were correlated (r = 0.949; p=0.003) in 45 countries.",
		[]want{{"45", "45", "count", "exact", "countries"}}},
	{"a list of counts before names", "Ground stations: 4 Eutelsat (2 Atlantic and 2 Pacific), 1 Gorizont.",
		[]want{{"4", "4", "count", "exact", "Eutelsat"}, {"2", "2", "count", "exact", "Atlantic"},
			{"2", "2", "count", "exact", "Pacific"}, {"1", "1", "count", "exact", "Gorizont"}}},
	{"fields named before their values", "Broadcast stations: shortwave 12, longwave 3, repeaters 40 (2010)",
		[]want{{"12", "12", "count", "exact", "Broadcast stations: shortwave"}, {"3", "3", "count", "exact", "Broadcast stations: longwave"}, {"40", "40", "count", "exact", "Broadcast stations: repeaters"}}},
	{"a field after a spaced dash", "Research institutes: national - 14; country code - 45",
		[]want{{"14", "14", "count", "exact", "Research institutes: national"}}},
	{"one in a list of counts", "The city has two FM stations and one AM station.",
		[]want{{"two", "2", "count", "exact", "FM stations"}, {"one", "1", "count", "exact", "AM station"}}},
	{"only one", "Three parks were planned but only one park opened.",
		[]want{{"Three", "3", "count", "exact", "parks"}, {"one", "1", "count", "exact", "park"}}},
	{"a determiner between number and noun", "Initially four such zones existed.",
		[]want{{"four", "4", "count", "exact", "zones"}}},
	{"an -ed adjective before the counted noun", "After three failed launches, it paused.",
		[]want{{"three", "3", "count", "exact", "failed launches"}}},
	{"half of", "Nearly half of the exports went to one buyer, and half of the firms closed.",
		[]want{{"Nearly half", "50", "percent", "approx", "exports"}, {"half", "50", "percent", "exact", "firms"}}},
	{"the three", "It rests on the three pillars of the plan.",
		[]want{{"three", "3", "count", "exact", "pillars"}}},
	{"a head noun shared by two numbers", "The county has 310 public and 45 private clinics.",
		[]want{{"310", "310", "count", "exact", "public clinics"}, {"45", "45", "count", "exact", "private clinics"}}},
	{"measure symbols", "Each cell serves 90 Mbps with 20 MHz.",
		[]want{{"90", "90", "count", "exact", "Mbps"}, {"20", "20", "count", "exact", "MHz"}}},
	{"a measure symbol before and", "The cable runs 4,300 km and links 12 cities.",
		[]want{{"4,300", "4300", "count", "exact", "km"}, {"12", "12", "count", "exact", "cities"}}},
	{"a measure's level after its verb", "By 2020 her h-index stood at 52, and the median age rose to 41.",
		[]want{{"52", "52", "count", "exact", "h-index"}, {"41", "41", "years", "exact", "median age"}}},
	{"an age in a clause of its own", "She joined the academy in 2010, at 49, and at 3 sites she taught.",
		[]want{{"49", "49", "years", "exact", "age"}, {"3", "3", "count", "exact", "sites"}}},
	{"a data-sheet share names its field", "Share of world papers: 2.9% (2019)",
		[]want{{"2.9%", "2.9", "percent", "exact", "Share of world papers"}}},
	{"a fraction of a scale word", "Half a million users and a quarter of a million students signed up.",
		[]want{{"Half a million", "500000", "people", "exact", "users"}, {"a quarter of a million", "250000", "people", "exact", "students"}}},
	{"a sign that bounds", "It has 2,000-plus teachers and 10,000+ participants.",
		[]want{{"2,000-plus", "2000", "people", "more_than", "teachers"}, {"10,000+", "10000", "people", "more_than", "participants"}}},
	{"a part of what was counted before", "Of these, 80 were women; of them, 12 had left.",
		[]want{{"80", "80", "people", "exact", "women"}, {"12", "12", "people", "exact", "women"}}},
	{"a count glued to the noun it makes an adjective of", "A 30-member delegation wrote a 100-page report over a 10-year plan.",
		[]want{{"30-member", "30", "people", "exact", "members"}, {"100-page", "100", "count", "exact", "pages"}, {"10-year", "10", "years", "exact", "plan"}}},
	{"a data sheet's group of records under its label", "Population: 51,628,117 (2023 est.)\nSchool life expectancy:\ntotal: 16 years\nfemale: 17 years (2020 est.)\nUniversities: total: 190",
		[]want{{"51,628,117", "5.1628117e+07", "people", "approx", "Population"}, {"16", "16", "years", "approx", "years"},
			{"17", "17", "years", "approx", "years"}, {"190", "190", "count", "exact", "Universities: total"}}},
	{"a range whose ends both carry a scale word, a change from a range", "It earned 2.5 million–3 million won, up from an estimated $250 million–$300 million, on its Hwasong-15 line.",
		[]want{{"2.5 million–3 million won", "2.5e+06..3e+06", "KRW", "range", ""}, {"$250 million–$300 million", "2.5e+08..3e+08", "USD", "range", ""}}},
	{"a note's marker glued to the stop after a number that ends a sentence", "Approved firms rose from 3 to 47.1 Most were small; 12.5 Korean firms was the mean.",
		[]want{{"3", "3", "count", "exact", "Approved firms"}, {"47", "47", "count", "exact", "Approved firms"}, {"12.5", "12.5", "count", "exact", "Korean firms"}}},
	{"a part and its whole written with a slash count the same thing", "Of the respondents, 23/54 (43%) had a foreign co-author, and 49/67 papers were joint.",
		[]want{{"23", "23", "people", "exact", "respondents"}, {"54", "54", "people", "exact", "respondents"}, {"43%", "43", "percent", "exact", "respondents"}, {"49", "49", "papers", "exact", "papers"}, {"67", "67", "papers", "exact", "papers"}}},
	{"an average per thing after a count is of what the count counts", "The courses trained 2,340 technicians, an average of 111 per project; rooms held a mean of 30 per floor.",
		[]want{{"2,340", "2340", "people", "exact", "technicians"}, {"111", "111", "people", "exact", "technicians per project"}, {"30", "30", "count", "exact", "mean"}}},
	{"a relative clause has its own subject; a method's precision is a measure", "We matched authors to firms with a tool whose precision was 0.97 and a recall of 0.95.",
		[]want{{"0.97", "0.97", "count", "exact", "precision"}, {"0.95", "0.95", "count", "exact", "recall"}}},
	{"a bound negated: 'not more than' is at most, 'not less than' at least", "Not more than 50 people may attend, not less than 10 must, and not fewer than 3 teams applied.",
		[]want{{"Not more than 50", "50", "people", "up_to", "people"}, {"not less than 10", "10", "people", "at_least", "people"}, {"not fewer than 3", "3", "count", "at_least", "teams"}}},
	{"a decimal share after a name is no version", "Park holds 4.8% of the shares and the National Pension Service 9.2%; the firm runs Windows 3.1.",
		[]want{{"4.8%", "4.8", "percent", "exact", "shares"}, {"9.2%", "9.2", "percent", "exact", ""}}},
	{"a range after anywhere", "Anywhere from 200 to 300 engineers may leave.",
		[]want{{"200 to 300", "200..300", "people", "range", "engineers"}}},
	{"rupees and the Indian scale words", "It paid Rs 2 crore, 3 lakh rupees and Rs. 500 each.",
		[]want{{"Rs 2 crore", "2e+07", "INR", "exact", ""}, {"3 lakh rupees", "300000", "INR", "exact", ""}, {"Rs. 500", "500", "INR", "exact", ""}}},
	{"a change from a hedged value", "Output grew fourfold, from about 14,000 to 66,000 a year.",
		[]want{{"fourfold", "4", "count", "exact", "times"}, {"about 14,000", "14000", "count", "approx", ""}, {"66,000", "66000", "count", "exact", ""}}},
	{"what one person was, in years, is an age", "She was 65 when she retired, and he was 29 at the time; they were 30 in all.",
		[]want{{"65", "65", "years", "exact", "age"}, {"29", "29", "years", "exact", "age"}, {"30", "30", "count", "exact", ""}}},
	{"an age after a name, as news sets it", "Park Ji-min, 52, a professor, hired 14 engineers, said Lee Ho, 47.",
		[]want{{"52", "52", "years", "exact", "age"}, {"14", "14", "people", "exact", "engineers"}, {"47", "47", "years", "exact", "age"}}},
	{"an age before the subject", "At 33 he had written 40 papers.",
		[]want{{"33", "33", "years", "exact", "age"}, {"40", "40", "papers", "exact", "papers"}}},
	{"percentage points beside percent", "Unemployment rose 0.6 percentage points to 4.1 per cent.",
		[]want{{"0.6 percentage points", "0.6", "count", "exact", "percentage points"}, {"4.1 per cent", "4.1", "percent", "exact", ""}}},
	{"multiples in words", "Sales doubled, costs tripled and profits grew three-fold.",
		[]want{{"doubled", "2", "count", "exact", "times"}, {"tripled", "3", "count", "exact", "times"}, {"three-fold", "3", "count", "exact", "times"}}},
	{"a row of a table under its caption", "Displays 21.4 21.3 18.2",
		[]want{{"21.4", "21.4", "count", "exact", ""}, {"21.3", "21.3", "count", "exact", ""}, {"18.2", "18.2", "count", "exact", ""}}},
	{"a singular noun modifying the head", "The plan adds 12 AI graduate schools.",
		[]want{{"12", "12", "count", "exact", "AI graduate schools"}}},
	{"a number word after a bare number", "Clinics treated 9,300 patients, up from 7,800 three years earlier.",
		[]want{{"9,300", "9300", "people", "exact", "patients"}, {"7,800", "7800", "people", "exact", "patients"}, {"three", "3", "years", "exact", "years"}}},
	{"a change by a fraction", "Fares fell by a third, and wages grew by roughly a quarter.",
		[]want{{"a third", "33.333333333333336", "percent", "exact", ""}, {"roughly a quarter", "25", "percent", "approx", ""}}},
	{"an amount in parentheses", "Seoul sent more than Tokyo (12,800).",
		[]want{{"12,800", "12800", "count", "exact", ""}}},
	{"a part of the whole named first", "Of the 60 most visited museums, 45 charge no fee.",
		[]want{{"60", "60", "count", "exact", "most visited museums"}, {"45", "45", "count", "exact", "most visited museums"}}},
	{"a measure named just before its value", "The shortest chain has length 9, and Oslo the best score (2.75).",
		[]want{{"9", "9", "count", "exact", "length"}, {"2.75", "2.75", "count", "exact", "best score"}}},
	{"data-sheet fields of written amounts", "Population: 48,120,300 (2024 est.)",
		[]want{{"48,120,300", "4.81203e+07", "people", "approx", "Population"}}},
	{"a data-sheet field after another's value", "Vehicles: total: 2,410,000; trucks per 1,000 people: 36 (2022)",
		[]want{{"2,410,000", "2.41e+06", "count", "exact", "Vehicles: total"}, {"36", "36", "count", "exact", "Vehicles: trucks per 1,000 people"}}},
	{"a count of them", "We found 5,120 firms and surveyed 1,311 of them.",
		[]want{{"5,120", "5120", "count", "exact", "firms"}, {"1,311", "1311", "count", "exact", "firms"}}},
	{"values of names in parentheses", "Most visitors came from Japan (412) and Canada (97).",
		[]want{{"412", "412", "count", "exact", ""}, {"97", "97", "count", "exact", ""}}},
	{"a bibliometric measure", "Her h-index is 41.",
		[]want{{"41", "41", "count", "exact", "h-index"}}},
	{"up from a bare number", "Exports reached 5,400 tractors, up from 3,100.",
		[]want{{"5,400", "5400", "count", "exact", "tractors"}, {"3,100", "3100", "count", "exact", "tractors"}}},
	{"the subject after an auxiliary", "By 1998 enrolment had grown to 2,300.",
		[]want{{"2,300", "2300", "people", "exact", "enrolment"}}},
	{"the subject before a prepositional phrase", "Attendance at the spring fairs was 18,000.",
		[]want{{"18,000", "18000", "people", "exact", "Attendance"}}},
	{"the subject of a hedged complement", "The population of the province is about 1.7 million.",
		[]want{{"about 1.7 million", "1.7e+06", "people", "approx", "population"}}},
	{"a collective noun's total", "The laboratory's staff totals 260.",
		[]want{{"260", "260", "people", "exact", "laboratory's staff"}}},
	{"student numbers", "Student numbers fell from 4,100 to 3,600.",
		[]want{{"4,100", "4100", "people", "exact", "Student numbers"}, {"3,600", "3600", "people", "exact", "Student numbers"}}},
	{"a year opening the sentence before a plural", "In 2003 engineers filed 75 patents.",
		[]want{{"75", "75", "count", "exact", "patents"}}},
	{"a subject that counts nothing", "The fee was 300 won per page.",
		[]want{{"300 won", "300", "KRW", "exact", ""}}},
	{"a fraction without its hyphen", "Nearly three quarters of the clinics reported shortages.",
		[]want{{"Nearly three quarters", "75", "percent", "approx", "clinics"}}},
	{"an age bound", "Teachers aged over 55 were offered early retirement.",
		[]want{{"over 55", "55", "years", "more_than", "age"}}},
	{"a sample size takes the share's whole", "About a third of the nurses (n = 212) worked nights.",
		[]want{{"About a third", "33.333333333333336", "percent", "approx", "nurses"}, {"212", "212", "people", "exact", "nurses"}}},
	{"a part opening the next clause", "The agency invited 860 applicants; 215 accepted.",
		[]want{{"860", "860", "people", "exact", "applicants"}, {"215", "215", "people", "exact", "applicants"}}},
	{"a lead without its article", "Of 90 villages visited, 36 had no clinic.",
		[]want{{"90", "90", "count", "exact", "villages"}, {"36", "36", "count", "exact", "villages"}}},
	{"the same measure for another group", "The mean score was 61 (range 40–85) for boys and 66 (range 45–90) for girls.",
		[]want{{"61", "61", "count", "exact", "mean score"}, {"40–85", "40..85", "count", "range", ""}, {"66", "66", "count", "exact", "mean score"}, {"45–90", "45..90", "count", "range", ""}}},
	{"a compound with an en dash", "The number of Seoul–Busan trains rose from 120 in 2004 to 185 in 2014.",
		[]want{{"120", "120", "count", "exact", "Seoul–Busan trains"}, {"185", "185", "count", "exact", "Seoul–Busan trains"}}},
	{"the size of a body of people", "The ministry sent a 40-strong delegation of teachers.",
		[]want{{"40-strong", "40", "people", "exact", "teachers"}}},
	{"one for every: the rate's unit is no figure, its number after every is", "Subscribers passed 7 million, roughly one for every four people; there is one doctor for every 500 residents, and the fee is 1 won for every 4 hours.",
		[]want{{"7 million", "7e+06", "count", "exact", "Subscribers"}, {"four", "4", "people", "exact", "people"}, {"500", "500", "people", "exact", "residents"}, {"1 won", "1", "KRW", "exact", ""}, {"4", "4", "count", "exact", "hours"}}},
	{"one in every", "One in every eight pupils studies a foreign language.",
		[]want{{"One in every eight", "12.5", "percent", "exact", "pupils"}}},
	{"a field after a hedge", "Hospitals: about 130 (2019)",
		[]want{{"about 130", "130", "count", "approx", "Hospitals"}}},
	{"currencies of the region", "It raised NT$2.4 billion and HK$300 million.",
		[]want{{"NT$2.4 billion", "2.4e+09", "TWD", "exact", ""}, {"HK$300 million", "3e+08", "HKD", "exact", ""}}},
	{"hundredths of a currency", "A call cost 15 cents, up 2 per cent.",
		[]want{{"15 cents", "0.15", "USD", "exact", ""}, {"2 per cent", "2", "percent", "exact", ""}}},
	{"a noun shared by a list of numbers", "The two labs filed 18, 25 and 31 patents.",
		[]want{{"18", "18", "count", "exact", "patents"}, {"25", "25", "count", "exact", "patents"}, {"31", "31", "count", "exact", "patents"}}},
	{"years joined before a plural", "In 2012 and 2016 teachers went on strike for 3 days.",
		[]want{{"3", "3", "days", "exact", "days"}}},
	{"a list of labels", "Chapters 4 and 6 cover the 9 provinces.",
		[]want{{"9", "9", "count", "exact", "provinces"}}},
	{"one of a singular noun of people", "Each village had 1 teacher and 40 pupils.",
		[]want{{"1", "1", "people", "exact", "teacher"}, {"40", "40", "people", "exact", "pupils"}}},
	{"modifiers sharing a noun", "The index lists 52 state and private colleges.",
		[]want{{"52", "52", "count", "exact", "state and private colleges"}}},
	{"half as a subject", "Roughly half said the fees were too high.",
		[]want{{"Roughly half", "50", "percent", "approx", ""}}},
	{"a share after the pronoun of its whole", "The fund backed 80 projects, of which half were led by women.",
		[]want{{"80", "80", "projects", "exact", "projects"}, {"half", "50", "percent", "exact", ""}}},
	{"a share opening the clause after its whole", "Of the 300 graduates, a third found jobs abroad.",
		[]want{{"300", "300", "people", "exact", "graduates"}, {"a third", "33.333333333333336", "percent", "exact", ""}}},
	{"shares after whom and after and", "It hired 60 engineers, of whom nearly two thirds were women, and half had studied abroad.",
		[]want{{"60", "60", "people", "exact", "engineers"}, {"nearly two thirds", "66.66666666666667", "percent", "approx", ""}, {"half", "50", "percent", "exact", ""}}},
	{"values of common nouns in a list of brackets", "Most patents came from chemistry (412) and physics (198).",
		[]want{{"412", "412", "count", "exact", ""}, {"198", "198", "count", "exact", ""}}},
	{"items of a list after the first's preposition", "Faults were found in 1,036 cases, leaks in 604 and fire risks in 97.",
		[]want{{"1,036", "1036", "count", "exact", "cases"}, {"604", "604", "count", "exact", "cases"}, {"97", "97", "count", "exact", "cases"}}},
	{"items of a list at other places", "The survey reached 1,036 firms in Seoul, 604 in Busan and 97 in Daegu.",
		[]want{{"1,036", "1036", "count", "exact", "firms"}, {"604", "604", "count", "exact", "firms"}, {"97", "97", "count", "exact", "firms"}}},
	{"a value in a later year after to", "Output grew from 14 papers in 2000 to 172 in 2021, before falling to 141 in 2022.",
		[]want{{"14", "14", "papers", "exact", "papers"}, {"172", "172", "papers", "exact", "papers"}, {"141", "141", "papers", "exact", "papers"}}},
	{"a count restated as a later clause's object", "One analysis counted just 19 papers for the 1990s, and a later study found 326 (Lee, 2017); the team ranked 3.",
		[]want{{"19", "19", "papers", "exact", "papers"}, {"326", "326", "papers", "exact", "papers"}}},
	{"a bracket of ages glued to year-olds", "Nearly 70% of 25–34-year-olds hold a degree; 40 classes.",
		[]want{{"Nearly 70%", "70", "percent", "approx", "year-olds"}, {"25–34-year-olds", "25..34", "years", "range", "age"}, {"40", "40", "count", "exact", "classes"}}},
	{"digits grouped by thin spaces", "The fund reached 1\u202f200 firms and 12\u2009500 students; in 2019 300 joined.",
		[]want{{"1 200", "1200", "count", "exact", "firms"}, {"12 500", "12500", "people", "exact", "students"}, {"300", "300", "count", "exact", ""}}},
	{"a hedged share that ends its clause; a new value of the count just named", "Universities produce about 1,400 AI specialists a year. The ministry wants to raise that to 3,000, but delivered fewer than half; the other half went abroad.",
		[]want{{"about 1,400", "1400", "people", "approx", "AI specialists"}, {"3,000", "3000", "people", "exact", "AI specialists"}, {"fewer than half", "50", "percent", "less_than", ""}}},
	{"of them after the sentence's own count, not the sentence before's", "Eleven projects were funded. They yielded 23 co-authored papers, 17 of them in domestic journals.",
		[]want{{"Eleven", "11", "projects", "exact", "projects"}, {"23", "23", "papers", "exact", "co-authored papers"}, {"17", "17", "papers", "exact", "co-authored papers"}}},
	{"the whole after a part", "A fifth of the grants (11 of 58) went abroad, and 3 out of 40 firms exported.",
		[]want{{"A fifth", "20", "percent", "exact", "grants"}, {"11", "11", "count", "exact", "grants"}, {"58", "58", "count", "exact", "grants"}, {"3", "3", "count", "exact", "firms"}, {"40", "40", "count", "exact", "firms"}}},
	{"people in the law and in events", "Two of the 14 defendants were held with 40 passengers and 3 hostages.",
		[]want{{"Two", "2", "people", "exact", "defendants"}, {"14", "14", "people", "exact", "defendants"}, {"40", "40", "people", "exact", "passengers"}, {"3", "3", "people", "exact", "hostages"}}},
	{"a part of the count before, by of which or of whom", "They founded 150 start-ups, a dozen of which were listed, and hired 40 engineers, 12 of whom were women.",
		[]want{{"150", "150", "count", "exact", "start-ups"}, {"a dozen", "12", "count", "exact", "start-ups"}, {"40", "40", "people", "exact", "engineers"}, {"12", "12", "people", "exact", "engineers"}}},
	{"percent abbreviated, glued or spaced; PC is a computer", "About 40pc went to labs, 12 pct to schools and 12 PC monitors to offices.",
		[]want{{"About 40pc", "40", "percent", "approx", ""}, {"12 pct", "12", "percent", "exact", ""}, {"12", "12", "units", "exact", "PC monitors"}}},
	{"a multiplier after a hedge or before what", "Pay is now nearly double, and fees are double what they were; a double degree is rare.",
		[]want{{"nearly double", "2", "count", "approx", "times"}, {"double", "2", "count", "exact", "times"}}},
	{"a possessive shares the next number's noun; an adverb of time ends a phrase", "It enrolled 62 master's and 31 doctoral students, up from fewer than 50 today.",
		[]want{{"62", "62", "people", "exact", "master's students"}, {"31", "31", "people", "exact", "doctoral students"}, {"fewer than 50", "50", "people", "less_than", "doctoral students"}}},
	{"a range of fractions in words without hyphens or with slashes", "Between two thirds and three quarters of trainees are men, and between 1/4 and 1/3 of firms export.",
		[]want{{"Between two thirds and three quarters", "66.66666666666667..75", "percent", "range", "trainees"}, {"between 1/4 and 1/3", "25..33.333333333333336", "percent", "range", "firms"}}},
	{"circa and a tilde hedge", "It employs c. 1,000 people and ~200 programmers.",
		[]want{{"c. 1,000", "1000", "people", "approx", "people"}, {"~200", "200", "people", "approx", "programmers"}}},
	{"the object of a verb of estimating, sized after at", "A 2003 estimate put its staff at 800+, and the ministry put enrolment at about 12,500.",
		[]want{{"800+", "800", "people", "more_than", "staff"}, {"about 12,500", "12500", "people", "approx", "enrolment"}}},
	{"the whole named first after among", "Among 1,920 investigators funded in 2020, 412 were women.",
		[]want{{"1,920", "1920", "people", "exact", "investigators"}, {"412", "412", "people", "exact", "investigators"}}},
	{"a count's share in brackets; last authors; a mean and its spread", "Of 61,377 authors, 23,129 (37.7%) were women, but only 21.7% of last authors; teams averaged 6.3 ± 2.8 authors within ±1 year.",
		[]want{{"61,377", "61377", "people", "exact", "authors"}, {"23,129", "23129", "people", "exact", "authors"}, {"37.7%", "37.7", "percent", "exact", "authors"},
			{"21.7%", "21.7", "percent", "exact", "last authors"}, {"6.3", "6.3", "people", "exact", "authors"}, {"1", "1", "years", "exact", "year"}}},
	{"a column whose header names people and declares percent", "| Position | Women | Share women (%) |\n|---|---|---|\n| First author | 78,331 | 43.4 |\n",
		[]want{{"78,331", "78331", "people", "exact", "Women"}, {"43.4", "43.4", "percent", "exact", "Share women (%)"}}},
	{"a spread named before a comma or a colon", "The median was 9 years (IQR, 5-15), 187 days (interquartile range: 121–281) and 2.1 years (IQR 0.8–4.5).",
		[]want{{"9", "9", "years", "exact", "years"}, {"5-15", "5..15", "years", "range", "years"}, {"187", "187", "days", "exact", "days"}, {"121–281", "121..281", "days", "range", "days"},
			{"2.1", "2.1", "years", "exact", "years"}, {"0.8–4.5", "0.8..4.5", "years", "range", "years"}}},
	{"a change whose first value alone names the unit", "Service was cut from 10 years to three, fees rose from $200 to 340 and rents from 500 to 650 dollars.",
		[]want{{"10", "10", "years", "exact", "years"}, {"three", "3", "years", "exact", "years"}, {"$200", "200", "USD", "exact", ""}, {"340", "340", "USD", "exact", ""},
			{"500", "500", "USD", "exact", ""}, {"650 dollars", "650", "USD", "exact", ""}}},
	{"the bare object of a verb of having after a count", "A lab that once employed 14 graduate researchers now has nine; in 2019 it had 4. It has 3.",
		[]want{{"14", "14", "people", "exact", "graduate researchers"}, {"nine", "9", "people", "exact", "graduate researchers"}, {"4", "4", "people", "exact", "graduate researchers"}}},
	{"an ampersand inside a word; a labour force", "It had 558,000 R&D personnel and a labour force of 14 million.",
		[]want{{"558,000", "558000", "people", "exact", "R&D personnel"}, {"14 million", "1.4e+07", "people", "exact", "force"}}},
	{"a new level of the count before, its subject a pronoun; the value of an estimate", "Joint projects peaked at 31 in 2007. It fell to 2 in 2010. The estimate was 500.",
		[]want{{"31", "31", "projects", "exact", "Joint projects"}, {"2", "2", "projects", "exact", "Joint projects"}, {"500", "500", "count", "exact", "estimate"}}},
	{"a currency code glued to its amount", "Funding reached KRW3.2tn, and USD5m went to Komiyama1 labs.",
		[]want{{"KRW3.2tn", "3.2e+12", "KRW", "exact", ""}, {"USD5m", "5e+06", "USD", "exact", ""}}},
	{"hyphenated percent, a rate and a body of people", "Fees saw a 7-percent cut, a 12-per-cent rise and a $500,000-a-year salary for the 1.5 million-strong army.",
		[]want{{"7-percent", "7", "percent", "exact", "cut"}, {"12-per-cent", "12", "percent", "exact", "rise"}, {"$500,000", "500000", "USD", "exact", ""}, {"1.5 million-strong", "1.5e+06", "people", "exact", "army"}}},
	{"hundreds and tens joined by and", "It hired one hundred and twenty engineers.",
		[]want{{"one hundred and twenty", "120", "people", "exact", "engineers"}}},
	{"a second unit, a currency, for the row that names money", "< 연도별 지원 현황 > (단위: 명, 억 원)\n구분      2024     2025\n석사      2,300    3,000\n예산      450      600\n",
		[]want{{"2,300", "2300", "people", "exact", "석사"}, {"3,000", "3000", "people", "exact", "석사"}, {"450", "4.5e+10", "KRW", "exact", "예산"}, {"600", "6e+10", "KRW", "exact", "예산"}}},
	{"a bare object with a rate of time before and", "The school, opened with 40 students, now admits about 150 a year and grows.",
		[]want{{"40", "40", "people", "exact", "students"}, {"about 150", "150", "people", "approx", "students"}}},
	{"prose before a colon is no data-sheet field", "Critics say that target is unrealistic: only 23% found jobs.",
		[]want{{"23%", "23", "percent", "exact", ""}}},
	{"a decimal measure before its capitalised symbol", "It built a 1.2 GW plant and a 1,500 MW one for 2,000 AI scholarships.",
		[]want{{"1.2", "1.2", "count", "exact", "GW"}, {"1,500", "1500", "count", "exact", "MW"}, {"2,000", "2000", "count", "exact", "AI scholarships"}}},
	{"north of and south of bound a number", "Contracts worth north of $1bn went to south of 20 firms.",
		[]want{{"north of $1bn", "1e+09", "USD", "more_than", ""}, {"south of 20", "20", "count", "less_than", "firms"}}},
	{"a bound hyphenated to a scale word", "A $100 million-plus bounty drew 2,000-plus researchers.",
		[]want{{"$100 million-plus", "1e+08", "USD", "more_than", "bounty drew"}, {"2,000-plus", "2000", "people", "more_than", "researchers"}}},
	{"devices are units, monographs papers", "It bought 21 servers and 24 laptops and published 33 monographs.",
		[]want{{"21", "21", "units", "exact", "servers"}, {"24", "24", "units", "exact", "laptops"}, {"33", "33", "papers", "exact", "monographs"}}},
	{"a currency named with its country", "It cost 3 trillion Korean won, 2 billion North Korean won and 5 billion Japanese yen.",
		[]want{{"3 trillion Korean won", "3e+12", "KRW", "exact", ""}, {"2 billion North Korean won", "2e+09", "KPW", "exact", ""}, {"5 billion Japanese yen", "5e+09", "JPY", "exact", ""}}},
	{"W for won before a scaled amount only", "The budget hits W30tn, or W1.2 trillion more, though a Galaxy W30 costs less.",
		[]want{{"W30tn", "3e+13", "KRW", "exact", ""}, {"W1.2 trillion", "1.2e+12", "KRW", "exact", ""}}},
	{"a plural acronym counted; a verb of graduating has a bare object", "It has produced 1,200 PhDs since 1990 and now graduates 80 a year.",
		[]want{{"1,200", "1200", "people", "exact", "PhDs"}, {"80", "80", "people", "exact", "PhDs"}}},
	{"the same count after a year that opens its clause", "In 1946 the university had 1,500 students; by 1960, 10,000; and by 1990, 16,000.",
		[]want{{"1,500", "1500", "people", "exact", "students"}, {"10,000", "10000", "people", "exact", "students"}, {"16,000", "16000", "people", "exact", "students"}}},
	{"the wire services' scale abbreviations", "It spent $1.2 bln and 2 trn won.",
		[]want{{"$1.2 bln", "1.2e+09", "USD", "exact", ""}, {"2 trn won", "2e+12", "KRW", "exact", ""}}},
	{"a ratio to one", "Applicants outnumbered places by 7 to 1; the meeting ran from 9 to 1.",
		[]want{{"7", "7", "count", "exact", ""}}},
	{"both sides of a comparison in brackets measure the plural before them; a signed change in brackets and a number that names", "Students published fewer papers (median 4 vs 5), a change of (−2.1 percentage points), as Reviewer #2 noted.",
		[]want{{"4", "4", "papers", "exact", "papers"}, {"5", "5", "papers", "exact", "papers"}, {"−2.1 percentage points", "-2.1", "count", "exact", "percentage points"}}},
	{"a measure in brackets measures the plural no number counts", "They had more papers in the five years before applying (median 10 versus 7).",
		[]want{{"five", "5", "years", "exact", "years"}, {"10", "10", "papers", "exact", "papers"}, {"7", "7", "papers", "exact", "papers"}}},
	{"a difference of the count before", "The university admitted 4,200 freshmen, 300 more than last year.",
		[]want{{"4,200", "4200", "people", "exact", "freshmen"}, {"300", "300", "people", "exact", "freshmen"}}},
	{"a range of fractions and dozens", "Between a fifth and a quarter of all graduates left; the lab hosted two dozen scholars.",
		[]want{{"Between a fifth and a quarter", "20..25", "percent", "range", "graduates"}, {"two dozen", "24", "people", "exact", "scholars"}}},
	{"half before a determiner", "Firms spent half of their budget and half the usual rate for the two years after that; over the two decades, half their staff left.",
		[]want{{"half", "50", "percent", "exact", "budget"}, {"half", "50", "percent", "exact", ""}, {"two", "2", "years", "exact", "years"}, {"half", "50", "percent", "exact", ""}}},
	{"a DOI names a work", "Cite as eLife 13:RP91234, doi: 10.7554/eLife.91234; data at 10.5061/dryad.8w9ghx3q2.",
		nil},
	{"the remaining part", "Of the 900 notices, 412 named a reason; the remaining 269 gave none.",
		[]want{{"900", "900", "count", "exact", "notices"}, {"412", "412", "count", "exact", "notices"}, {"269", "269", "count", "exact", "notices"}}},
	{"a part after a share of the same whole", "About a third of the graduates stayed, and 26 moved abroad.",
		[]want{{"About a third", "33.333333333333336", "percent", "approx", "graduates"}, {"26", "26", "people", "exact", "graduates"}}},
	{"a negative interval's ends", "The mean change was −4% (95% CI −11% to 3%).",
		[]want{{"−4%", "-4", "percent", "exact", ""}}},
	{"a year and a total after a list's first item: the total counts the same", "The fund backed 80 projects in 2019 and 95 in total.",
		[]want{{"80", "80", "projects", "exact", "projects"}, {"95", "95", "projects", "exact", "projects"}}},
	{"one of the, a pronoun after a named count", "The number of researchers passed 446,000 in 2020, one of the highest densities reported.",
		[]want{{"446,000", "446000", "people", "exact", "researchers"}}},
	{"a part of the last plural count named, after Among these", "Of the 61,208 articles, 19,733 had at least one author outside Korea. Among these, 9,271 had a co-author in the United States and 4,980 in China.",
		[]want{{"61,208", "61208", "papers", "exact", "articles"}, {"19,733", "19733", "papers", "exact", "articles"}, {"at least one", "1", "people", "at_least", "author"},
			{"9,271", "9271", "papers", "exact", "articles"}, {"4,980", "4980", "papers", "exact", "articles"}}},
	{"a share of them after the sentence that named the count", "Enrolment fell to 38,412 undergraduates in 2025. Women make up just 17.3% of them.",
		[]want{{"38,412", "38412", "people", "exact", "undergraduates"}, {"17.3%", "17.3", "percent", "exact", "undergraduates"}}},
	{"a share of those a phrase names is no share of the count before", "Enrolment fell to 38,412 undergraduates in 2025. Salaries average 50 million won, about half of those offered in Silicon Valley.",
		[]want{{"38,412", "38412", "people", "exact", "undergraduates"}, {"50 million won", "5e+07", "KRW", "exact", ""}, {"about half", "50", "percent", "approx", ""}}},
	{"another value for a case after comma and or", "Undergraduate programmes last five years, or six for the mining engineering course.",
		[]want{{"five", "5", "years", "exact", "years"}, {"six", "6", "years", "exact", "years"}}},
	{"another value of a count after comma and or", "The plan adds 40 students, or 60 in the capital.",
		[]want{{"40", "40", "people", "exact", "students"}, {"60", "60", "people", "exact", "students"}}},
	{"a further and another count more of the last count named", "The centre had enrolled 1,800 workers by 2019. A further 2,200 were on a waiting list. Another 300 applied in 2020.",
		[]want{{"1,800", "1800", "people", "exact", "workers"}, {"2,200", "2200", "people", "exact", "workers"}, {"300", "300", "people", "exact", "workers"}}},
	{"another before a noun counts it", "The centre had enrolled 1,800 workers by 2019. Another 300 kilometres of cable were laid.",
		[]want{{"1,800", "1800", "people", "exact", "workers"}, {"300", "300", "count", "exact", "kilometres of cable"}}},
	{"a partitive lead after a colon", "Subsidies reach few firms: of the 2,540 SMEs in the sample, 311 (12.2%) used the dual system, and 97 used the voucher.",
		[]want{{"2,540", "2540", "count", "exact", "SMEs"}, {"311", "311", "count", "exact", "SMEs"}, {"12.2%", "12.2", "percent", "exact", "SMEs"}, {"97", "97", "count", "exact", "SMEs"}}},
	{"an adjective in un- and -ed before the counted noun", "Firms reported 18,700 unfilled digital positions and 2,100 unpaid interns.",
		[]want{{"18,700", "18700", "count", "exact", "unfilled digital positions"}, {"2,100", "2100", "people", "exact", "unpaid interns"}}},
	{"a field's noun in -ing before the counted noun", "Firms reported 18,700 unfilled engineering positions.",
		[]want{{"18,700", "18700", "count", "exact", "unfilled engineering positions"}}},
	{"a fraction before a comparative measures a difference", "The grant was 98 million won, a quarter less than a man's; pay was two thirds higher in Seoul.",
		[]want{{"98 million won", "9.8e+07", "KRW", "exact", ""}, {"a quarter", "25", "percent", "exact", ""}, {"two thirds", "66.66666666666667", "percent", "exact", ""}}},
	{"a ratio with its noun before out of every", "It assigned the wrong gender in 1 case out of every 17.",
		[]want{{"1 case out of every 17", "5.882352941176471", "percent", "exact", "case"}}},
	{"of them after the sentence's own plural subject", "Companies in the district reported sales of 17.3 trillion won in 2021, and 1,097 of them were start-ups.",
		[]want{{"17.3 trillion won", "1.73e+13", "KRW", "exact", ""}, {"1,097", "1097", "count", "exact", "companies"}}},
	{"a subject's participle before its preposition", "Patents filed by district institutions numbered 9,412 in 2021.",
		[]want{{"9,412", "9412", "count", "exact", "Patents"}}},
	{"a change by an amount and the level it reached are two figures", "The government raised the quota by 2,000 to 5,058 for the year; fees rose by 10 to 15 percent.",
		[]want{{"2,000", "2000", "count", "exact", ""}, {"5,058", "5058", "count", "exact", ""}, {"10 to 15 percent", "10..15", "percent", "range", ""}}},
	{"a part of a whole after a possessive and a hedge", "Only about 1,200 of the country's roughly 13,500 resident doctors have returned.",
		[]want{{"about 1,200", "1200", "people", "approx", "resident doctors"}, {"roughly 13,500", "13500", "people", "approx", "resident doctors"}}},
	{"more and fewer between a number and its noun", "The country will need 10,000 more doctors; there were 500 fewer students.",
		[]want{{"10,000", "10000", "people", "exact", "doctors"}, {"500", "500", "people", "exact", "students"}}},
	{"a subject's head before a chain of prepositional phrases", "Applications to PhD programmes in basic medical science fell by half, to 112.",
		[]want{{"half", "50", "percent", "exact", ""}, {"112", "112", "count", "exact", "Applications"}}},
	{"values in brackets after common nouns are parts of the count before", "They carried out 38 joint projects in fields ranging from agriculture (14) to information technology (9) and medicine (6).",
		[]want{{"38", "38", "projects", "exact", "joint projects"}, {"14", "14", "projects", "exact", "joint projects"}, {"9", "9", "projects", "exact", "joint projects"}, {"6", "6", "projects", "exact", "joint projects"}}},
	{"a count smaller than the sum of the bracketed parts is no whole of them", "Its 288 foreign students came from 37 countries, mostly Laos (61), Nepal (44) and Peru (30).",
		[]want{{"288", "288", "people", "exact", "foreign students"}, {"37", "37", "count", "exact", "countries"}, {"61", "61", "people", "exact", "foreign students"}, {"44", "44", "people", "exact", "foreign students"}, {"30", "30", "people", "exact", "foreign students"}}},
	{"a reference word that is a verb's base form takes a count as its object; as a name it labels", "It hopes to file 12 more by 2027 and will order 300 computers; see page 12 and Order 13810.",
		[]want{{"12", "12", "count", "exact", ""}, {"300", "300", "units", "exact", "computers"}}},
	{"people named by their age count as people", "There are 610,000 18-year-olds, and 300 five-year-olds enrolled.",
		[]want{{"610,000", "610000", "people", "exact", "18-year-olds"}, {"300", "300", "people", "exact", "five-year-olds"}}},
	{"a hedged share after 'with' opens a clause of its own", "Papers rose to 484, a 22-fold increase, with more than half written with Chinese partners.",
		[]want{{"484", "484", "papers", "exact", "Papers"}, {"22-fold", "22", "count", "exact", "times"}, {"more than half", "50", "percent", "more_than", ""}}},
	{"a share of a possessive's things counts the things", "Two universities accounted for nearly 70% of the country's indexed papers.",
		[]want{{"Two", "2", "count", "exact", "universities"}, {"nearly 70%", "70", "percent", "approx", "indexed papers"}}},
	{"a measure in brackets measures the plural before the bracket, and its comparison too", "Returnees published fewer papers per year (median 2.1 versus 3.4).",
		[]want{{"2.1", "2.1", "papers", "exact", "papers"}, {"3.4", "3.4", "papers", "exact", "papers"}}},
	{"the bare object of having after a subject named by the most of a plural", "The author with the most retractions had 41.",
		[]want{{"41", "41", "count", "exact", ""}}},
	{"at least one before a participle and a singular noun the lexicon counts", "Grants went to projects that produced at least one retracted article.",
		[]want{{"at least one", "1", "papers", "at_least", "retracted article"}}},
	{"a length in pages in a sentence counts", "The report runs to 12 pages.",
		[]want{{"12", "12", "count", "exact", "pages"}}},
	{"a peak of the subject's count, and the level it fell to", "Co-authored papers between researchers of the two Koreas fell from a peak of 17 in 2013 to 2 in 2019.",
		[]want{{"17", "17", "papers", "exact", "Co-authored papers"}, {"2", "2", "papers", "exact", "Co-authored papers"}}},
	{"a peak with no subject's verb stays the measure's", "The index reached a peak of 17.",
		[]want{{"17", "17", "count", "exact", "peak"}}},
	{"of which after a year, and of them past a count of one", "A study found 110 such papers between 1998 and 2013, of which 75 had at least one foreign co-author; China appeared on 58 of them.",
		[]want{{"110", "110", "papers", "exact", "papers"}, {"75", "75", "papers", "exact", "papers"}, {"at least one", "1", "people", "at_least", "foreign co-author"}, {"58", "58", "papers", "exact", "papers"}}},
	{"a part as the object of the verb after a partitive lead", "Among the 318 long papers, women led 11. Of the 290 graduates, the state assigned 210 to firms.",
		[]want{{"318", "318", "papers", "exact", "long papers"}, {"11", "11", "papers", "exact", "long papers"}, {"290", "290", "people", "exact", "graduates"}, {"210", "210", "people", "exact", "graduates"}}},
	{"a part after a partitive lead, its verb and object after its share", "Of the 1,902 returnees, 1,211 (63.7%) joined universities.",
		[]want{{"1,902", "1902", "people", "exact", "returnees"}, {"1,211", "1211", "people", "exact", "returnees"}, {"63.7%", "63.7", "percent", "exact", "returnees"}}},
	{"a number opening the next sentence as a subject, after a year or not", "We tracked 4,318 scientists who obtained a PhD abroad. By 2022, 1,902 (44.0%) held a position in Korea, 1,745 (40.4%) remained abroad and the rest left. We surveyed 1,503 authors. 812 responded.",
		[]want{{"4,318", "4318", "people", "exact", "scientists"}, {"1,902", "1902", "people", "exact", "scientists"}, {"44.0%", "44", "percent", "exact", "scientists"},
			{"1,745", "1745", "people", "exact", "scientists"}, {"40.4%", "40.4", "percent", "exact", "scientists"}, {"1,503", "1503", "people", "exact", "authors"}, {"812", "812", "people", "exact", "authors"}}},
	{"the level a count reached after how many times it grew", "Student numbers have risen tenfold to 12,000, and the faculty has trebled to 900.",
		[]want{{"tenfold", "10", "count", "exact", "times"}, {"12,000", "12000", "people", "exact", "Student numbers"}, {"trebled", "3", "count", "exact", "times"}, {"900", "900", "people", "exact", "faculty"}}},
	{"a part after while only, and a noun's adjective in s", "Last year, 1,240 foreign PhD holders left Korea, while only 980 arrived; it aims to attract 2,500 top-tier overseas researchers.",
		[]want{{"1,240", "1240", "people", "exact", "foreign PhD holders"}, {"980", "980", "people", "exact", "foreign PhD holders"}, {"2,500", "2500", "people", "exact", "top-tier overseas researchers"}}},
	{"a share after and leaves out the whole the first named", "About a quarter of her papers were co-authored with researchers in the United States, and a tenth with colleagues in Japan.",
		[]want{{"About a quarter", "25", "percent", "approx", "papers"}, {"a tenth", "10", "percent", "exact", "papers"}}},
	{"the rest of a count after the other", "Collaboration rose in 34 of the 50 countries studied, but fell in the other 16.",
		[]want{{"34", "34", "count", "exact", "countries"}, {"50", "50", "count", "exact", "countries"}, {"16", "16", "count", "exact", "countries"}}},
	{"a gapped count after with counts what came before the first with", "We excluded 1,020 papers with more than 100 authors and 87 with missing affiliations.",
		[]want{{"1,020", "1020", "papers", "exact", "papers"}, {"more than 100", "100", "people", "more_than", "authors"}, {"87", "87", "papers", "exact", "papers"}}},
	{"hedges of several words before a number, and a tolerance after one", "Short of 5,000 papers appeared, give or take 100; in the region of 200 firms had registered.",
		[]want{{"Short of 5,000", "5000", "papers", "less_than", "papers"}, {"in the region of 200", "200", "count", "approx", "firms"}}},
	{"the same measure by a later year, the first dated with its month", "Koryolink passed 1 million subscribers in February 2012 and an estimated 3 million by 2015.",
		[]want{{"1 million", "1e+06", "count", "exact", "subscribers"}, {"an estimated 3 million", "3e+06", "count", "approx", "subscribers"}}},
	{"a measure's kind before its noun of", "The network had 12,480 nodes, with a mean degree of 13.8.",
		[]want{{"12,480", "12480", "count", "exact", "nodes"}, {"13.8", "13.8", "count", "exact", "mean degree"}}},
	{"a total counts the sentence's subject", "Single-author articles were rare throughout: 211 in all, or 0.3% of the corpus.",
		[]want{{"211", "211", "papers", "exact", "Single-author articles"}, {"0.3%", "0.3", "percent", "exact", "corpus"}}},
	{"a total with nothing named stays a count", "The survey counted 211 in all.",
		[]want{{"211", "211", "count", "exact", ""}}},
	{"a total's words that run on name no total", "The agency gave 95 in total funding to the schools.",
		nil},
	{"a subject set off by an aside before its total verb", "Teams of 20 or more authors, almost absent at the start, numbered 97 in 2022 alone.",
		[]want{{"20 or more", "20", "people", "at_least", "authors"}, {"97", "97", "count", "exact", "Teams"}}},
	{"the same measure in another year, both with a spread in brackets", "The median team had six authors (IQR 4–8) in 2005 and eight (IQR 6–11) in 2022.",
		[]want{{"six", "6", "people", "exact", "authors"}, {"4–8", "4..8", "people", "range", "authors"}, {"eight", "8", "people", "exact", "authors"}, {"6–11", "6..11", "count", "range", ""}}},
	{"a part after of which, the subject of its verb", "The panel found 73 cases, of which 41 involved students.",
		[]want{{"73", "73", "count", "exact", "cases"}, {"41", "41", "count", "exact", "cases"}}},
	{"times of day with a colon", "It was edited at 08:41 and the talks ran from 9:30 daily.",
		nil},
	{"a count restated by its number alone", "We identified 19 co-authored papers. Nine of the 19 appeared abroad; the 19 had 80 authors.",
		[]want{{"19", "19", "papers", "exact", "co-authored papers"}, {"Nine", "9", "papers", "exact", "co-authored papers"}, {"19", "19", "papers", "exact", "co-authored papers"},
			{"19", "19", "papers", "exact", "co-authored papers"}, {"80", "80", "people", "exact", "authors"}}},
	{"'the same' and a count restated, in the sentence that named it too", "Researchers counted 28 websites in 2014; a 2016 leak exposed the same 28.",
		[]want{{"28", "28", "count", "exact", "websites"}, {"28", "28", "count", "exact", "websites"}}},
	{"'all' and a count restated, before its verb", "Fourteen articles named a hospital abroad. All fourteen were case reports.",
		[]want{{"Fourteen", "14", "papers", "exact", "articles"}, {"fourteen", "14", "papers", "exact", "articles"}}},
	{"a fraction and a bound before 'of'", "A third or more of papers are joint, and half or more of them are large; two thirds or fewer of the labs did so.",
		[]want{{"A third or more", "33.333333333333336", "percent", "at_least", "papers"}, {"half or more", "50", "percent", "at_least", "papers"}, {"two thirds or fewer", "66.66666666666667", "percent", "up_to", "labs"}}},
	{"a part of the count named in the sentence before", "The survey reached 200 firms. Twelve of them had closed.",
		[]want{{"200", "200", "count", "exact", "firms"}, {"Twelve", "12", "count", "exact", "firms"}}},
	{"one person, as 'a' person", "One respondent recalled waiting, and only one student left.",
		[]want{{"one", "1", "people", "exact", "student"}}},
	{"a change by a share with a qualifier of two words", "Funding fell by more than half after 2008.",
		[]want{{"more than half", "50", "percent", "more_than", ""}}},
	{"an age glued to year-old, as a noun and before one", "The 58-year-old said so, and a 45-year-old professor agreed.",
		[]want{{"58-year-old", "58", "years", "exact", "age"}, {"45-year-old", "45", "years", "exact", "age"}}},
	{"multiples in the present tense", "The package doubles the stipend and triples the grant.",
		[]want{{"doubles", "2", "count", "exact", "times"}, {"triples", "3", "count", "exact", "times"}}},
	{"a part after a hedged lead and a count between", "Of the roughly 1,700 students admitted to four institutes, 268 dropped out.",
		[]want{{"roughly 1,700", "1700", "people", "approx", "students"}, {"four", "4", "count", "exact", "institutes"}, {"268", "268", "people", "exact", "students"}}},
	{"parts a list after including counts", "The panel found at least 95 papers, including 18 in nuclear engineering and 12 in aerospace materials.",
		[]want{{"at least 95", "95", "papers", "at_least", "papers"}, {"18", "18", "papers", "exact", "papers"}, {"12", "12", "papers", "exact", "papers"}}},
	{"ages that bound the people before them", "Of the respondents under 40, most agreed; adults over 65 worked 50 hours.",
		[]want{{"under 40", "40", "years", "less_than", "age"}, {"over 65", "65", "years", "more_than", "age"}, {"50", "50", "count", "exact", "hours"}}},
	{"halves of a period and of a time", "The first half, he said, was slow, and the meeting took half the time.",
		nil},
	{"a fraction a copula states", "The rural share was nearly two thirds.",
		[]want{{"nearly two thirds", "66.66666666666667", "percent", "approx", ""}}},
	{"a number word after a dateline", "SEOUL (Yonhap) - Twelve engineers left the firm.",
		[]want{{"Twelve", "12", "people", "exact", "engineers"}}},
	{"a counted noun in quotes", "The police closed 29 \"laptop farms\" in 2024.",
		[]want{{"29", "29", "count", "exact", "laptop farms"}}},
	{"a share of the count before it", "The lab wrote 96 papers, nearly a third of them abroad.",
		[]want{{"96", "96", "papers", "exact", "papers"}, {"nearly a third", "33.333333333333336", "percent", "approx", "papers"}}},
	{"a power of ten", "Roughly 4 × 10^5 records and 2 x 10⁴ papers were kept.",
		[]want{{"Roughly 4 × 10^5", "400000", "count", "approx", "records"}, {"2 x 10⁴", "20000", "papers", "exact", "papers"}}},
	{"fifths", "Two-fifths of the clinics closed.",
		[]want{{"Two-fifths", "40", "percent", "exact", "clinics"}}},
	{"out of ten", "Eight out of ten graduates found work, and 3 out of every 4 stayed.",
		[]want{{"Eight out of ten", "80", "percent", "exact", "graduates"}, {"3 out of every 4", "75", "percent", "exact", ""}}},
	{"a part out of a large whole", "Only 40 out of 2,000 applicants were admitted.",
		[]want{{"40", "40", "people", "exact", "applicants"}, {"2,000", "2000", "people", "exact", "applicants"}}},
	{"a hyphenated rate", "One-in-four schools lacks a library.",
		[]want{{"One-in-four", "25", "percent", "exact", "schools"}}},
	{"more of the same count", "It has 9,000 resident students, plus 2,500 in evening classes.",
		[]want{{"9,000", "9000", "people", "exact", "resident students"}, {"2,500", "2500", "people", "exact", "resident students"}}},
	{"a rate per hundred", "Landlines fell to 3 per 100 residents.",
		[]want{{"3", "3", "count", "exact", "Landlines"}}},
	{"no shared noun across a list of plurals", "It sold 40 tractors and 12 trucks.",
		[]want{{"40", "40", "count", "exact", "tractors"}, {"12", "12", "count", "exact", "trucks"}}},
	{"the same measure in another year", "The survey logged 40 outbreaks at state farms in 2011 and 95 in 2016.",
		[]want{{"40", "40", "count", "exact", "outbreaks"}, {"95", "95", "count", "exact", "outbreaks"}}},
	{"a hedged multiple", "Licensing income grew nearly fivefold, and the backlog halved.",
		[]want{{"nearly fivefold", "5", "count", "approx", "times"}, {"halved", "0.5", "count", "exact", "times"}}},
	{"a share written with a slash", "Only 1/3 of the new jobs were permanent, and 49/67 firms agreed.",
		[]want{{"1/3", "33.333333333333336", "percent", "exact", "new jobs"}, {"49", "49", "count", "exact", "firms"}, {"67", "67", "count", "exact", "firms"}}},
	{"shares of one whole, the later without of", "Of 900 pages, half of them were ads and a quarter were news.",
		[]want{{"900", "900", "count", "exact", "pages"}, {"half", "50", "percent", "exact", "pages"}, {"a quarter", "25", "percent", "exact", "pages"}}},
	{"a plan's name is no count", "Under the Smart Korea 30 plan it spent $2 billion.",
		[]want{{"$2 billion", "2e+09", "USD", "exact", ""}}},
	{"weeks in days, hours a measure", "The course takes 3 weeks and 40 hours of lab work.",
		[]want{{"3 weeks", "21", "days", "exact", "weeks"}, {"40", "40", "count", "exact", "hours of lab work"}}},
	{"a multiplier before what it multiplies", "The share was double the level of 2000, and she took a double degree.",
		[]want{{"double", "2", "count", "exact", "times"}}},
	{"neighbouring values joined by or", "Each crew has 5 or 6 engineers, and most are 30 or 31 years old.",
		[]want{{"5 or 6", "5..6", "people", "range", "engineers"}, {"30 or 31", "30..31", "years", "range", "years"}}},
	{"an age after aged", "Adults aged 65 and over, and children aged six, ride free.",
		[]want{{"65 and over", "65", "years", "at_least", "age"}, {"six", "6", "years", "exact", "age"}}},
	{"a part of which", "The archive holds 2.6 million photographs, of which 1.1 million are digitised.",
		[]want{{"2.6 million", "2.6e+06", "count", "exact", "photographs"}, {"1.1 million", "1.1e+06", "count", "exact", "photographs"}}},
	{"a value set against another", "Ulsan built 412 ships, against 388 in Busan.",
		[]want{{"412", "412", "count", "exact", "ships"}, {"388", "388", "count", "exact", "ships"}}},
	{"a value compared past the time the first was counted in", "Alumni in academia wrote a median of 14 papers over the first eight years, against 3 for alumni in industry.",
		[]want{{"14", "14", "papers", "exact", "papers"}, {"eight", "8", "years", "exact", "years"}, {"3", "3", "papers", "exact", "papers"}}},
	{"number words opening a sentence and its next clause count parts of the count before", "The college surveyed 40 alumni. Twelve had moved abroad; three had returned. Some 20 had stayed on. One said so.",
		[]want{{"40", "40", "people", "exact", "alumni"}, {"Twelve", "12", "people", "exact", "alumni"}, {"three", "3", "people", "exact", "alumni"}, {"Some 20", "20", "people", "approx", "alumni"}}},
	{"a value compared past an aside and the time the first was counted in", "Alumni wrote a median of 14 papers (range 2–40) in the first eight years, against 3 for the rest.",
		[]want{{"14", "14", "papers", "exact", "papers"}, {"2–40", "2..40", "papers", "range", "papers"}, {"eight", "8", "years", "exact", "years"}, {"3", "3", "papers", "exact", "papers"}}},
	{"a bound on a range whose ends are near", "Estimates put the workforce at no more than 4,000 to 5,000 engineers, and the yield at least 0.9 to 86% of names.",
		[]want{{"4,000 to 5,000", "4000..5000", "people", "range", "engineers"}, {"at least 0.9", "0.9", "count", "at_least", ""}, {"86%", "86", "percent", "exact", "names"}}},
	{"a year before a list's last amount stays a year", "The fund paid US$38m in 2019 and $2.5bn in 2021.",
		[]want{{"US$38m", "3.8e+07", "USD", "exact", ""}, {"$2.5bn", "2.5e+09", "USD", "exact", ""}}},
	{"a whole out of which a part with its noun was scored", "The squad scored 187 points out of a possible 210.",
		[]want{{"187 points", "187", "count", "exact", "points"}, {"210", "210", "count", "exact", "points"}}},
	{"a bare number after with that ends its clause counts what the sentence before did", "The first school sent 42 students. The second came next with 37. Then came the third.",
		[]want{{"42", "42", "people", "exact", "students"}, {"37", "37", "people", "exact", "students"}}},
	{"a superlative stands for the measure named before it", "The mean wait was 4.2 and the longest was 19.",
		[]want{{"4.2", "4.2", "count", "exact", "mean"}, {"19", "19", "count", "exact", "longest"}}},
	{"a ratio with an adjective before its noun", "Roughly one Korean chemist in four had moved abroad.",
		[]want{{"Roughly one Korean chemist in four", "25", "percent", "approx", "Korean chemist"}}},
	{"a bound written with minimum and maximum", "The grant funds at minimum 15 projects and at maximum 40 projects.",
		[]want{{"at minimum 15", "15", "projects", "at_least", "projects"}, {"at maximum 40", "40", "projects", "up_to", "projects"}}},
	{"numbers in a quoted title of a work count nothing of the text", "A study, “Training 10,000 Engineers in 5 Years”, found that 420 graduates stayed; the minister said “about 300 students” would enrol.",
		[]want{{"420", "420", "people", "exact", "graduates"}, {"about 300", "300", "people", "approx", "students"}}},
	{"a span whose end is hedged", "Estimates of the workforce vary, from 900 to more than 2,000 engineers.",
		[]want{{"900", "900", "people", "exact", "engineers"}, {"more than 2,000", "2000", "people", "more_than", "engineers"}}},
	{"a change from a value after it", "The score rose to 61.5 points from 58.2.",
		[]want{{"61.5 points", "61.5", "count", "exact", "points"}, {"58.2", "58.2", "count", "exact", "points"}}},
	{"the subject of numbered", "Joint patents numbered 1,240 that year.",
		[]want{{"1,240", "1240", "count", "exact", "Joint patents"}}},
	{"a focus word before a bare number", "Most groups published nothing; a 2021 survey found just 3.",
		[]want{{"3", "3", "count", "exact", ""}}},
	{"a count in parentheses after a share's whole", "Almost two thirds of the firms (214) export, and 40% of the rest (31) plan to.",
		[]want{{"Almost two thirds", "66.66666666666667", "percent", "approx", "firms"}, {"214", "214", "count", "exact", "firms"},
			{"40%", "40", "percent", "exact", "rest"}, {"31", "31", "count", "exact", "rest"}}},
	{"a share compared under a measure's name", "Spending reached 3.1% of national income, against an EU average of 2.2%.",
		[]want{{"3.1%", "3.1", "percent", "exact", "national income"}, {"2.2%", "2.2", "percent", "exact", "national income"}}},
	{"a record's value that is a modifier of its label counts the label's kind", "Academic staff: 512 full-time, 180 adjunct\nUniversities: 190 public, 45 private\nStudents: 6,812 undergraduates",
		[]want{{"512", "512", "people", "exact", "Academic staff: full-time"}, {"180", "180", "people", "exact", "Academic staff: adjunct"}, {"190", "190", "count", "exact", "Universities: public"}, {"45", "45", "count", "exact", "Universities: private"}, {"6,812", "6812", "people", "exact", "undergraduates"}}},
	{"a record's hedge is no part of its field", "Academic staff\tc. 640 (2018)\nStudents\t8,500 (2018)",
		[]want{{"c. 640", "640", "people", "approx", "Academic staff"}, {"8,500", "8500", "people", "exact", "Students"}}},
	{"a data sheet's estimate hedges its record", "Internet users: total: 2.5 million; percent of population: 5% (2021 est.)\nAirports: 82 (2021)",
		[]want{{"2.5 million", "2.5e+06", "people", "approx", "Internet users: total"}, {"5%", "5", "percent", "approx", "Internet users: percent of population"}, {"82", "82", "count", "exact", "Airports"}}},
	{"a field's note of estimate on its last line", "Median age: total: 41.2 years\nMedian age: male: 39.8 years (2022 est.)\nUrbanization: urban population: 81.5% (2023)\nUrbanization: rate: 0.3% (2020-25 est.)",
		[]want{{"41.2", "41.2", "years", "approx", "years"}, {"39.8", "39.8", "years", "approx", "years"},
			{"81.5%", "81.5", "percent", "exact", "Urbanization: urban population"}, {"0.3%", "0.3", "percent", "approx", "Urbanization: rate"}}},
	{"a bound after a unit of time", "Age structure: 65 years and over: 17.3%",
		[]want{{"65 years and over", "65", "years", "at_least", ""}, {"17.3%", "17.3", "percent", "exact", "Age structure: 65 years and over"}}},
	{"a share compared with a measure", "A designer earns half what the job pays in Hsinchu; Japan has a third as many.",
		[]want{{"half", "50", "percent", "exact", ""}, {"a third", "33.333333333333336", "percent", "exact", ""}}},
	{"bounds and hedges after the number", "Demand is 3,000-odd engineers a year, the rest 60% or so, growth above 40%.",
		[]want{{"3,000-odd", "3000", "people", "approx", "engineers"}, {"60% or so", "60", "percent", "approx", ""}, {"above 40%", "40", "percent", "more_than", ""}}},
	{"the size of a body of people", "He graduated first in a class of 312; the school has 30 classes.",
		[]want{{"312", "312", "people", "exact", "class"}, {"30", "30", "count", "exact", "classes"}}},
	{"a scale word in title case", "Samsung Invests $2.5 Billion And Hires 1.2 Thousand Engineers",
		[]want{{"$2.5 Billion", "2.5e+09", "USD", "exact", ""}, {"1.2 Thousand", "1200", "people", "exact", "Engineers"}}},
	{"a share after a bound that opens a clause", "Only a few had a laboratory, and fewer than half had power.",
		[]want{{"fewer than half", "50", "percent", "less_than", ""}}},
	{"a numbered caption's unit in brackets", "Table 2: Graduates by programme, 2015-2019 (persons)\n\nProgramme 2015 2019\nPhysics 820 1,050\nChemistry 310 295",
		[]want{{"820", "820", "people", "exact", ""}, {"1,050", "1050", "people", "exact", ""}, {"310", "310", "people", "exact", ""}, {"295", "295", "people", "exact", ""}}},
	{"a range of shares", "Between one in eight and one in ten articles had one author; a third had two.",
		[]want{{"Between one in eight and one in ten", "10..12.5", "percent", "range", "articles"}, {"one", "1", "people", "exact", "author"},
			{"a third", "33.333333333333336", "percent", "exact", ""}, {"two", "2", "people", "exact", "author"}}}, // two authors, the noun left out after a share and the verb it shares
	{"decades are years", "The collaboration has run for two decades, a three-decade effort.",
		[]want{{"two decades", "20", "years", "exact", "decades"}, {"three-decade", "30", "years", "exact", "effort"}}},
	{"a decimal before a plural word of references.tsv is a count", "Authors wrote 2.5 articles each.",
		[]want{{"2.5", "2.5", "papers", "exact", "articles"}}},
	{"a bounded value before 'to' is no range's low end", "It assigns a gender with a probability of at least 0.9 to 86% of names.",
		[]want{{"at least 0.9", "0.9", "count", "at_least", "probability"}, {"86%", "86", "percent", "exact", "names"}}},
	{"a fraction that ends its clause after a verb of shares", "Women made up a third. Schools would account for perhaps a quarter.",
		[]want{{"a third", "33.333333333333336", "percent", "exact", ""}, {"perhaps a quarter", "25", "percent", "approx", ""}}},
	{"a bare number as the subject of a clause that opens with its time", "Last year 236 arrived. In 2021, 63 returned. In 2021 3 Korean labs were named. Version 2.0 was released in 2021.",
		[]want{{"236", "236", "count", "exact", ""}, {"63", "63", "count", "exact", ""}, {"3", "3", "count", "exact", "Korean labs"}}},
	{"a number word after a list item's bullet opens its sentence", "Key findings\n\n• Two in three of them said they would stay.\n• Eleven students returned.",
		[]want{{"Two in three", "66.66666666666667", "percent", "exact", ""}, {"Eleven", "11", "people", "exact", "students"}}},
	{"a bare number after 'Of the rest,' is a part of the whole the sentence before split", "Nearly half of the 1,874 students took jobs at the ten largest firms. Of the rest, 312 stayed on for a doctorate.",
		[]want{{"Nearly half", "50", "percent", "approx", "students"}, {"1,874", "1874", "people", "exact", "students"}, {"ten", "10", "count", "exact", "largest firms"}, {"312", "312", "people", "exact", "students"}}},
	{"a bare number after 'Among these,' is a part of the last count named", "Of the 6,120 articles, 1,733 had an author abroad. Among these, 927 had one in the US.",
		[]want{{"6,120", "6120", "papers", "exact", "articles"}, {"1,733", "1733", "papers", "exact", "articles"}, {"927", "927", "papers", "exact", "articles"}}},
	{"a time away after a word that labels a number is no label", "Enrolment was double the number two decades earlier, and the figure 20 years ago. See Figure 2 and section 4.",
		[]want{{"double", "2", "count", "exact", "times"}, {"two decades", "20", "years", "exact", "decades"}, {"20", "20", "years", "exact", "years"}}},
	{"a bare number a verb of change goes to after a count counts the same", "Output peaked at 0.92 papers per member, and fell to 0.61. The firm had 120 engineers in 2019, then rose to 150.",
		[]want{{"0.92", "0.92", "papers", "exact", "papers"}, {"0.61", "0.61", "papers", "exact", "papers"}, {"120", "120", "people", "exact", "engineers"}, {"150", "150", "people", "exact", "engineers"}}},
	{"clauses of a number and its verb go on with the first one's subject, an -ed verb too", "Of 500 graduates, 312 stayed, 120 joined firms and 68 went abroad. It hired 40 trained engineers and 12 skilled workers.",
		[]want{{"500", "500", "people", "exact", "graduates"}, {"312", "312", "people", "exact", "graduates"}, {"120", "120", "people", "exact", "graduates"}, {"68", "68", "people", "exact", "graduates"}, {"40", "40", "people", "exact", "trained engineers"}, {"12", "12", "people", "exact", "skilled workers"}}},
	{"a number in a repeated frame counts what the first one held", "For teams of two to five authors it was 47%; for teams of 6-20 it was 39%. Labs of 10 members beat labs of more than 25.",
		[]want{{"two to five", "2..5", "people", "range", "authors"}, {"47%", "47", "percent", "exact", ""}, {"6-20", "6..20", "people", "range", "authors"}, {"39%", "39", "percent", "exact", ""}, {"10", "10", "people", "exact", "members"}, {"more than 25", "25", "people", "more_than", "members"}}},
	{"list items that leave out the unit of time of the first", "School lasts twelve years: one year of kindergarten, five of primary school and three of lower secondary. Two of the schools closed.",
		[]want{{"twelve", "12", "years", "exact", "years"}, {"five", "5", "years", "exact", "year"}, {"three", "3", "years", "exact", "year"}, {"Two", "2", "count", "exact", "schools"}}},
	{"every and an ordinal before a noun is a share; before a time, how often", "Roughly every third graduate left and every fifth firm closed, every second year.",
		[]want{{"Roughly every third", "33.333333333333336", "percent", "approx", "graduate"}, {"every fifth", "20", "percent", "exact", "firm"}}},
	{"the better part of a time is less than all of it", "For the better part of a decade the lab hired staff; the move took the best part of two years.",
		[]want{{"the better part of a decade", "10", "years", "less_than", "decade"}, {"the best part of two", "2", "years", "less_than", "years"}}},
	{"one unit of time after 'a', bounded", "Those with at least a year of retraining, and some with less than a week, waited nearly a decade.",
		[]want{{"at least a year", "1", "years", "at_least", "year of retraining"}, {"less than a week", "7", "days", "less_than", "week"}, {"nearly a decade", "10", "years", "approx", "decade"}}},
	{"a multiple's 'times' is part of the figure's text", "Articles were cited 1.8 times as often; the budget is three times the average and grew tenfold.",
		[]want{{"1.8 times", "1.8", "count", "exact", "times"}, {"three times", "3", "count", "exact", "times"}, {"tenfold", "10", "count", "exact", "times"}}},
	{"a unit of time the release converts is part of the figure's text", "It ran 12 weeks, then a two-week break, and lasted two decades; 3 years later it closed for 3 months.",
		[]want{{"12 weeks", "84", "days", "exact", "weeks"}, {"two-week", "14", "days", "exact", "break"}, {"two decades", "20", "years", "exact", "decades"}, {"3", "3", "years", "exact", "years"}, {"3", "3", "months", "exact", "months"}}},
	{"'a' and a unit of time, not bounded or compared", "Exports rose 6.1% more than a year earlier, twice a year, over a decade, just a year later.",
		[]want{{"6.1%", "6.1", "percent", "exact", ""}, {"twice", "2", "count", "exact", "times"}}},
	{"a fraction before 'the' and a measure compares sizes, after a word that labels numbers too", "It built a model a tenth the size of its rivals. Model 3 sold well.",
		[]want{{"a tenth", "10", "percent", "exact", ""}}},
	{"a fraction compared with a percentage before it", "Some 40% of staff hold a doctorate, against roughly a quarter in 2010 and up from two thirds later.",
		[]want{{"Some 40%", "40", "percent", "approx", "staff"}, {"roughly a quarter", "25", "percent", "approx", "staff"}, {"two thirds", "66.66666666666667", "percent", "exact", "staff"}}},
	{"a fraction after a comparison with no percentage before it is no share", "Exports of 300 chips rose, compared with a quarter earlier.",
		[]want{{"300", "300", "units", "exact", "chips"}}},
	{"a duration's hyphen left hanging before 'and'", "It admitted students to two- and three-year colleges.",
		[]want{{"two-", "2", "years", "exact", ""}, {"three-year", "3", "years", "exact", "colleges"}}},
	{"a change from a bare number to a duration", "Schooling was extended from 11 to 12 years.",
		[]want{{"11", "11", "years", "exact", "years"}, {"12", "12", "years", "exact", "years"}}},
	{"a count whose verb is left out after 'and'", "Eleven of her students hold posts in Korea and four in the United States.",
		[]want{{"Eleven", "11", "people", "exact", "students"}, {"four", "4", "people", "exact", "students"}}},
	{"a participle after 'number of' is an adjective", "The number of approved technology contacts rose from 31 in 2000.",
		[]want{{"31", "31", "count", "exact", "approved technology contacts"}}},
	{"a count in brackets after a part stated without a number", "Most of them (81) had a third author; the majority (64) were reviews.",
		[]want{{"81", "81", "count", "exact", ""}, {"64", "64", "count", "exact", ""}}},
	{"a scaled decimal fraction is the decimal it writes", "A budget of ₩4.1 billion served 0.7 million visitors; the grant was 1.1억 원.",
		[]want{{"₩4.1 billion", "4.1e+09", "KRW", "exact", ""}, {"0.7 million", "700000", "people", "exact", "visitors"}, {"1.1억 원", "1.1e+08", "KRW", "exact", "원"}}},
	{"a sample's size counts the noun its phrase is about", "Papers with more than 100 authors (n = 412) were dropped, as were students with two or more degrees (n = 57).",
		[]want{{"more than 100", "100", "people", "more_than", "authors"}, {"412", "412", "papers", "exact", "Papers"}, {"two or more", "2", "count", "at_least", "degrees"}, {"57", "57", "people", "exact", "students"}}},
	{"a currency's singular name after one", "The stipend is worth less than one US dollar, and a ticket one Hong Kong dollar.",
		[]want{{"less than one US dollar", "1", "USD", "less_than", ""}, {"one Hong Kong dollar", "1", "HKD", "exact", ""}}},
	{"a bare number after 'with' that ends its clause counts the sentence's subject", "Students from Vietnam made up the largest group with 73,000, followed by China with about 68,000 and Uzbekistan with 14,500.",
		[]want{{"73,000", "73000", "people", "exact", "Students"}, {"about 68,000", "68000", "people", "approx", "Students"}, {"14,500", "14500", "people", "exact", "Students"}}},
	{"a quoted count is no name", "He said \"300 students\" came to \"the 40 club\".",
		[]want{{"300", "300", "people", "exact", "students"}, {"40", "40", "count", "exact", "club"}}},
	{"a count to a round base is a ratio, to another a count and its whole", "Seven of 10 returnees live in Seoul; he won 7 of 12 races.",
		[]want{{"Seven of 10", "70", "percent", "exact", "returnees"}, {"7", "7", "count", "exact", "races"}, {"12", "12", "count", "exact", "races"}}},
	{"a nation's people by the plural of its name", "Roughly 29,000 Koreans and 3,000 Vietnamese earned doctorates.",
		[]want{{"Roughly 29,000", "29000", "people", "approx", "Koreans"}, {"3,000", "3000", "people", "exact", "Vietnamese"}}},
	{"a bound before a range written tight bounds the range", "As many as 200-300 people came; workers earn up to $3,000-$5,000 a month, at least 0.9 to 86% of them.",
		[]want{{"200-300", "200..300", "people", "range", "people"}, {"$3,000-$5,000", "3000..5000", "USD", "range", ""}, {"at least 0.9", "0.9", "count", "at_least", ""}, {"86%", "86", "percent", "exact", ""}}},
	{"numbers in words go on past their scale word", "A hundred and twenty students graduated, two thousand five hundred applied and twenty-odd left.",
		[]want{{"A hundred and twenty", "120", "people", "exact", "students"}, {"two thousand five hundred", "2500", "people", "exact", "students"}, {"twenty-odd", "20", "people", "approx", "students"}}},
	{"the subject of a total past an aside that bounds", "Hyperauthorship papers, those with more than 1,000 authors, numbered 214.",
		[]want{{"more than 1,000", "1000", "people", "more_than", "authors"}, {"214", "214", "papers", "exact", "Hyperauthorship papers"}}},
	{"the subject of a total past an aside with a count after a preposition", "Visiting engineers, drawn from 12 firms, numbered 340.",
		[]want{{"12", "12", "count", "exact", "firms"}, {"340", "340", "people", "exact", "Visiting engineers"}}},
	{"a subject's head stands before a preposition and its count", "Researchers at 30 institutes numbered 1,200 and staff in 4 regions totalled 95.",
		[]want{{"30", "30", "count", "exact", "institutes"}, {"1,200", "1200", "people", "exact", "Researchers"}, {"4", "4", "count", "exact", "regions"}, {"95", "95", "people", "exact", "staff"}}},
	{"the measure in another year, in a bracket that opens on the year", "The ministry funded 212 projects in 2024 (2023: 198); exports reached $4.2 billion (2022: 3.8 billion). As Kim noted (Kim, 2005: 80), it failed; see also (2005: 80).",
		[]want{{"212", "212", "projects", "exact", "projects"}, {"198", "198", "projects", "exact", "projects"}, {"$4.2 billion", "4.2e+09", "USD", "exact", ""}, {"3.8 billion", "3.8e+09", "USD", "exact", ""}}},
	{"a count after a list's bullet is no footnote's", "• 31 Korean universities were ranked\n• 12 Korean firms made the list",
		[]want{{"31", "31", "count", "exact", "Korean universities"}, {"12", "12", "count", "exact", "Korean firms"}}},
	{"durations abbreviated", "The median time was 5.5 yrs; most found jobs within 6 mos.",
		[]want{{"5.5", "5.5", "years", "exact", "yrs"}, {"6", "6", "months", "exact", "mos"}}},
	{"a month's name is capitalised: 'may' after a number is a modal", "A maximum of 30 may enter each year, and up to 12 may transfer; the term starts on 30 May.",
		[]want{{"A maximum of 30", "30", "count", "up_to", ""}, {"up to 12", "12", "count", "up_to", ""}}},
	{"a part after a lead that names its whole without a number", "Of the applicants, 30 were admitted. Among these graduates, 120 found jobs abroad. Of course, 30 is not much.",
		[]want{{"30", "30", "people", "exact", "applicants"}, {"120", "120", "people", "exact", "graduates"}}},
	{"each one of a count's members is no count", "It runs two laboratories, one in Cheongju and one in Pangyo.",
		[]want{{"two", "2", "count", "exact", "laboratories"}}},
	{"a sample after a share that opens the sentence counts the share's whole", "Two thirds of the respondents (n = 428) agreed.",
		[]want{{"Two thirds", "66.66666666666667", "percent", "exact", "respondents"}, {"428", "428", "people", "exact", "respondents"}}},
	{"a sample counts no time", "We excluded people older than 60 at graduation (n = 37).",
		[]want{{"older than 60", "60", "years", "more_than", "age"}, {"37", "37", "count", "exact", ""}}},
	{"times and years told roughly", "Those who visited once or twice act as experts after the last dozen or so years.",
		[]want{{"once or twice", "1..2", "count", "range", "times"}, {"dozen or so", "12", "years", "approx", "years"}}},
	{"a number of in another clause counts nothing of this one", "Team size was the number of distinct authors; papers with more than 100 authors (n = 412) were dropped.",
		[]want{{"more than 100", "100", "people", "more_than", "authors"}, {"412", "412", "papers", "exact", "papers"}}},
	{"a record, a high or a low the subject reached", "Applications hit a record 1,024, enrolments reached an all-time high of 5,210; papers rose to a record high of 1,200.",
		[]want{{"1,024", "1024", "count", "exact", "Applications"}, {"5,210", "5210", "people", "exact", "enrolments"}, {"1,200", "1200", "papers", "exact", "papers"}}},
	{"a scale word hyphenated to its period", "The firm signed a $2 million-a-year contract.",
		[]want{{"$2 million-a-year", "2e+06", "USD", "exact", "contract"}}},
	{"Swiss francs written SFr", "Switzerland gave SFr 2m.",
		[]want{{"SFr 2m", "2e+06", "CHF", "exact", ""}}},
	{"'as many as' after a multiple compares, it does not bound", "Papers now have seven authors, almost twice as many as twenty years ago, and half as many as 40 in physics.",
		[]want{{"seven", "7", "people", "exact", "authors"}, {"almost twice", "2", "count", "approx", "times"}, {"twenty", "20", "years", "exact", "years"}, {"half", "50", "percent", "exact", ""}, {"40", "40", "count", "exact", ""}}},
	{"bounds written as symbols", "Fewer than <5% were retracted, while >1,000 papers were cited and ≥90% were open; P < 0.001.",
		[]want{{"<5%", "5", "percent", "less_than", ""}, {">1,000", "1000", "papers", "more_than", "papers"}, {"≥90%", "90", "percent", "at_least", ""}}},
	{"a bare subject of the same verb as a count before counts the same", "Of the 5,000 papers, 3,120 had more than 50 authors and 214 had more than 1,000.",
		[]want{{"5,000", "5000", "papers", "exact", "papers"}, {"3,120", "3120", "papers", "exact", "papers"}, {"more than 50", "50", "people", "more_than", "authors"},
			{"214", "214", "papers", "exact", "papers"}, {"more than 1,000", "1000", "people", "more_than", "authors"}}},
	{"a bare number that a copula says are people counts them, and no other part after it", "The survey found 30 were women, and 20 were aged over 40.",
		[]want{{"30", "30", "people", "exact", "women"}, {"20", "20", "count", "exact", ""}, {"over 40", "40", "years", "more_than", "age"}}},
	{"a difference whose noun is left out", "Yonsei enrolled 31 doctoral students this year, while KAIST plans to admit 120 more by 2027.",
		[]want{{"31", "31", "people", "exact", "doctoral students"}, {"120", "120", "people", "exact", "doctoral students"}}},
	{"a verb of raising sizes its object after 'to'", "The merger brought its headcount to 312, and the lab cut its staff to 40.",
		[]want{{"312", "312", "people", "exact", "headcount"}, {"40", "40", "people", "exact", "staff"}}},
	{"a fraction of one percent is no share", "Inflation was half a percent; rates rose by a quarter of a percent and three quarters of a percentage point.",
		[]want{{"half a percent", "0.5", "percent", "exact", ""}, {"a quarter of a percent", "0.25", "percent", "exact", ""}, {"three quarters of a percentage point", "0.75", "count", "exact", "percentage point"}}},
	{"a fraction of one unit is no share", "Half of the students left. Its share grew by half a percentage point; the course lasts half a year.",
		[]want{{"Half", "50", "percent", "exact", "students"}, {"half a percentage point", "0.5", "count", "exact", "percentage point"}, {"half a year", "0.5", "years", "exact", "year"}}},
	{"a verb in -s ends a counted phrase; a copula's people with a word before them", "Its 1,200-strong faculty includes 300 foreign professors, and 2,400 are doctoral candidates.",
		[]want{{"1,200-strong", "1200", "people", "exact", "faculty"}, {"300", "300", "people", "exact", "foreign professors"}, {"2,400", "2400", "people", "exact", "doctoral candidates"}}},
	{"a share opening a clause before a verb in the present", "The institute employs 480 engineers, of whom about a third hold patents; half remain in Seoul.",
		[]want{{"480", "480", "people", "exact", "engineers"}, {"about a third", "33.333333333333336", "percent", "approx", ""}, {"half", "50", "percent", "exact", ""}}},
	{"a number after these or those before its noun counts it", "Together these five firms spent more than the rest, and those three labs filed most patents.",
		[]want{{"five", "5", "count", "exact", "firms"}, {"three", "3", "count", "exact", "labs"}}},
	{"the step of a rate of change is no figure", "For every additional 100 km of cable, costs rose by 4 percent.",
		[]want{{"4 percent", "4", "percent", "exact", ""}}},
	{"a range of them counts what the sentence before named", "The agency counts 2,600 analysts. Between 300 and 400 of them work on ships.",
		[]want{{"2,600", "2600", "people", "exact", "analysts"}, {"Between 300 and 400", "300..400", "people", "range", "analysts"}}},
	{"a count compared after a focus word counts the same", "The lab hired 45 chemists this year, against only 12 in 2020.",
		[]want{{"45", "45", "people", "exact", "chemists"}, {"12", "12", "people", "exact", "chemists"}}},
	{"a gapped one counts what the count before counted, not after a pronoun", "The firm opened 9 offices in Japan and one in Vietnam, and one of the first plants in Hanoi and one in Hue.",
		[]want{{"9", "9", "count", "exact", "offices"}, {"one", "1", "count", "exact", "offices"}}},
	{"a comparison in brackets counts the noun before it", "Teams had more authors on average (9 vs. 5) and more papers (12 versus 7); the groups differed (3 vs 4).",
		[]want{{"9", "9", "people", "exact", "authors"}, {"5", "5", "people", "exact", "authors"}, {"12", "12", "papers", "exact", "papers"}, {"7", "7", "papers", "exact", "papers"},
			{"3", "3", "count", "exact", ""}, {"4", "4", "count", "exact", ""}}},
	{"a number word hyphenated to a noun of people or papers counts them; idioms do not", "Two-author papers were common, a three-member team rare, and a two-way, one-stop plan did neither.",
		[]want{{"Two-author", "2", "people", "exact", "authors"}, {"three-member", "3", "people", "exact", "members"}}},
	{"a change's end after a verb of change counts what its start counts", "Its staff shrank from 120 to 95, and the meeting ran from 9 to 11.",
		[]want{{"120", "120", "people", "exact", "staff"}, {"95", "95", "people", "exact", "staff"}}},
	{"a data sheet's amount without its currency", "Exports: $12.5 billion (2020 est.)\nBudget: revenues: 4.5 billion; expenditures: 4.75 billion (2020 est.)",
		[]want{{"$12.5 billion", "1.25e+10", "USD", "approx", ""}, {"4.5 billion", "4.5e+09", "USD", "approx", "Budget: revenues"}, {"4.75 billion", "4.75e+09", "USD", "approx", "Budget: expenditures"}}},
	{"a verb's subject past a bracketed aside", "Hackathon entries (see Table 4) numbered 312 this year.",
		[]want{{"312", "312", "count", "exact", "Hackathon entries"}}},
	{"a subject past an aside in commas that holds a bracket, its head before 'with' and a number", "Papers with more than 50 authors, almost unknown before 2000 (12 papers in 1999), numbered 640 in 2020.",
		[]want{{"more than 50", "50", "people", "more_than", "authors"}, {"12", "12", "papers", "exact", "papers"}, {"640", "640", "papers", "exact", "Papers"}}},
	{"one of a set of ten is no ratio", "The ministry named the college one of ten model schools; seven of 10 applicants were admitted.",
		[]want{{"ten", "10", "count", "exact", "model schools"}, {"seven of 10", "70", "percent", "exact", "applicants"}}},
	{"a sample size that closes the subject counts the subject's head", "Students from large labs (n = 612) left earlier; members who had published at least one paper abroad (n = 1,027) stayed longer.",
		[]want{{"612", "612", "people", "exact", "Students"}, {"at least one", "1", "papers", "at_least", "paper"}, {"1,027", "1027", "people", "exact", "members"}}},
	{"fractions of seven, nine and twelve parts; ordinals stay names", "It spends roughly a seventh of its revenue on research and a ninth on training; the seventh congress met later.",
		[]want{{"roughly a seventh", "14.285714285714286", "percent", "approx", "revenue"}, {"a ninth", "11.11111111111111", "percent", "exact", "revenue"}}},
	{"the phrase after a count noun's 'of' says what a bare number counts", "Their output of indexed papers rose from 2,140 in 2001 to 4,470 in 2009.",
		[]want{{"2,140", "2140", "papers", "exact", "indexed papers"}, {"4,470", "4470", "papers", "exact", "indexed papers"}}},
	{"the start of a change after a verb of change and a multiple counts no times", "Their number grew roughly twentyfold, from 37 in 2012 to 806 in 2022; the meeting ran from 9 to 11.",
		[]want{{"roughly twentyfold", "20", "count", "approx", "times"}, {"37", "37", "count", "exact", ""}, {"806", "806", "count", "exact", ""}}},
	{"the start of a change written as a word takes the unit of its end", "Schooling was extended from ten to eleven years in 1972.",
		[]want{{"ten", "10", "years", "exact", "years"}, {"eleven", "11", "years", "exact", "years"}}},
	{"groups of digits set apart by a no-break space, ISO style; a word space between numbers is none", "Enrolment rose to 12\u00a0345 students; in 2019 345 more came.",
		[]want{{"12 345", "12345", "people", "exact", "students"}, {"345", "345", "people", "exact", "students"}}},
	{"a number in brackets after a plural that a vague word counts", "Finland filed the most reports (212), and many joint papers (46) followed; studies (12) disagree.",
		[]want{{"212", "212", "count", "exact", "reports"}, {"46", "46", "papers", "exact", "papers"}}},
	{"two digits after an opening apostrophe are a year", "The Expo '93 site drew 14 million visitors; the students' 93 papers were cited.",
		[]want{{"14 million", "1.4e+07", "people", "exact", "visitors"}, {"93", "93", "papers", "exact", "papers"}}},
	{"a change repeated with its verb left out counts what the first counts", "The median team went from 5 to 8 authors; in civil engineering, from 3 to 4. Enrolment rose from 120 to 180 students in Busan and from 90 to 140 in Daegu.",
		[]want{{"5", "5", "people", "exact", "authors"}, {"8", "8", "people", "exact", "authors"}, {"3", "3", "people", "exact", "authors"}, {"4", "4", "people", "exact", "authors"},
			{"120", "120", "people", "exact", "students"}, {"180", "180", "people", "exact", "students"}, {"90", "90", "people", "exact", "students"}, {"140", "140", "people", "exact", "students"}}},
	{"a sample size counts the plural before its bracket; parts after a colon, one with its verb left out", "Members we polled (n = 52) were split: 30 said yes, 12 no and the rest abstained.",
		[]want{{"52", "52", "people", "exact", "Members"}, {"30", "30", "people", "exact", "Members"}, {"12", "12", "people", "exact", "Members"}}},
	{"a time of day after a colon opens no part", "Doors opened at 10:30 and the talks began.", nil},
	{"bare won in a sentence that names North Korean won is North Korean", "Rice cost 5,500 North Korean won, while workers earn about 3,000 won a month. Seoul pays 3,000 won.",
		[]want{{"5,500 North Korean won", "5500", "KPW", "exact", ""}, {"about 3,000 won", "3000", "KPW", "approx", ""}, {"3,000 won", "3000", "KRW", "exact", ""}}},
	{"a news agency's note of the rate: one unit of a currency equal to an amount of another", "Profit was 7 trillion won ($5.1 billion). ($1 = 1,379.0000 won) (US$1 = ₩1,350)",
		[]want{{"7 trillion won", "7e+12", "KRW", "exact", ""}, {"$5.1 billion", "5.1e+09", "USD", "exact", ""}, {"1,379.0000 won", "1379", "count", "exact", "KRW per USD"}, {"₩1,350", "1350", "count", "exact", "KRW per USD"}}},
	{"one unit of a currency priced in words in another is a rate, and the won after it North Korea's too", "On the market $1 trades at about 8,000 North Korean won, so $500 is some 4 million won; in 2019 one euro was worth 1,300 won.",
		[]want{{"about 8,000 North Korean won", "8000", "count", "approx", "KPW per USD"}, {"$500", "500", "USD", "exact", ""}, {"some 4 million won", "4e+06", "KPW", "approx", ""},
			{"1,300 won", "1300", "count", "exact", "KRW per EUR"}}},
	{"one unit of a currency with its article before a pricing word makes the amount after it a rate", "A dollar bought 1,380 won last week; he paid a dollar for 1,380 won of candy.",
		[]want{{"1,380 won", "1380", "count", "exact", "KRW per USD"}, {"1,380 won", "1380", "KRW", "exact", ""}}},
	{"one unit of a currency that buys no other currency is money", "The firm paid $1 for the shares.",
		[]want{{"$1", "1", "USD", "exact", ""}}},
	{"an amount priced in another currency is an exchange rate, and the one unit it is priced against no figure", "The won traded at ₩1,306 per US dollar, the yen at ¥151 per US$1 and the yuan at about 7.9 yuan to the euro; fees were ₩5,000 per student and $3 per $100 spent.",
		[]want{{"₩1,306", "1306", "count", "exact", "KRW per USD"}, {"¥151", "151", "count", "exact", "JPY per USD"}, {"about 7.9 yuan", "7.9", "count", "approx", "CNY per EUR"},
			{"₩5,000", "5000", "KRW", "exact", ""}, {"$3", "3", "USD", "exact", ""}}},
	{"a large bare count restated from a sentence before counts what it counted there", "The plan aims to train 150,000 engineers by 2031. An earlier plan had aimed at 150,000 too.",
		[]want{{"150,000", "150000", "people", "exact", "engineers"}, {"150,000", "150000", "people", "exact", "engineers"}}},
	{"a counted phrase ends before the next number's word", "Its third launch in 2023 put eight satellites into orbit.",
		[]want{{"eight", "8", "units", "exact", "satellites"}}},
	{"a bare count that a share after ', or' restates", "Of the 2,914 doctorates, women received 612, or 21 per cent.",
		[]want{{"2,914", "2914", "count", "exact", "doctorates"}, {"612", "612", "count", "exact", "doctorates"}, {"21 per cent", "21", "percent", "exact", ""}}},
	{"a ratio to a base written with a thousands separator", "Fewer than 4 in every 10,000 papers are retracted.",
		[]want{{"Fewer than 4 in every 10,000", "0.04", "percent", "less_than", "papers"}}},
	{"a count of them after a plural and a comma counts that plural", "It admitted its first undergraduates, 200 of them, in 2014.",
		[]want{{"200", "200", "people", "exact", "undergraduates"}}},
	{"a list's items count the noun of the lead before them", "The institute's joint papers by partner were as follows:\n\n• 98 with Japan\n• 45 with China\n\nStudents by region:\n- Seoul: 1,200\n- Busan: 340\n\nIn 2020 it had 12 labs.",
		[]want{{"98", "98", "papers", "exact", "papers"}, {"45", "45", "papers", "exact", "papers"}, {"1,200", "1200", "people", "exact", "students"}, {"340", "340", "people", "exact", "students"},
			{"12", "12", "count", "exact", "labs"}}},
	{"spans of time repeated after a comma are no change", "The office ran from 9 to 11, and from 2 to 4 on Fridays.", nil},
	{"a fraction compared with 'as ... as'", "Women were half as likely as men to hold a grant.",
		[]want{{"half", "50", "percent", "exact", ""}}},
	{"a part of a whole in words, or after an order word, counts what the whole counts", "Eleven of the twenty students passed; they took three of the top five places.",
		[]want{{"Eleven", "11", "people", "exact", "students"}, {"twenty", "20", "people", "exact", "students"}, {"three", "3", "count", "exact", "places"}, {"five", "5", "count", "exact", "places"}}},
	{"'of them' after a sentence that ends on a group of vague size counts that group", "The institute trained 40 teachers in 2020. It feeds a workforce of several thousand programmers. About 1,500 of them work abroad.",
		[]want{{"40", "40", "people", "exact", "teachers"}, {"About 1,500", "1500", "people", "approx", "programmers"}}},
	{"a number word before 'and' shares the next number's noun", "They trained five and seven engineers, and tracked them for three or four years.",
		[]want{{"five", "5", "people", "exact", "engineers"}, {"seven", "7", "people", "exact", "engineers"}, {"three or four", "3..4", "years", "range", "years"}}},
	{"a change after a verb of raising counts the verb's object", "The government wanted to raise the annual intake from 3,058 to 5,058.",
		[]want{{"3,058", "3058", "people", "exact", "annual intake"}, {"5,058", "5058", "people", "exact", "annual intake"}}},
	{"a change from a measure's value is no range; 'ranged from' stays one", "The number of authors per article grew from a mean of 2.8 to 4.1. Team sizes ranged from a mean of 2 to 3 authors.",
		[]want{{"2.8", "2.8", "people", "exact", "authors"}, {"4.1", "4.1", "people", "exact", "authors"}, {"2 to 3", "2..3", "people", "range", "authors"}}},
	{"a sample size after a measure counts what the measure is taken over", "Teams had a mean of 5.2 authors (n = 1,204).",
		[]want{{"5.2", "5.2", "people", "exact", "authors"}, {"1,204", "1204", "count", "exact", "teams"}}},
	{"a bare number after 'a further' or 'another', ending its clause, adds to what the sentence counted", "Courses last five years; postgraduate study takes a further three. The firm hired 40 engineers and will hire another 20.",
		[]want{{"five", "5", "years", "exact", "years"}, {"three", "3", "years", "exact", "years"}, {"40", "40", "people", "exact", "engineers"}, {"20", "20", "people", "exact", "engineers"}}},
	{"a verb of raising whose object is the total sizes what the sentence counted before", "It will designate ten more graduate schools, bringing the total to 22.",
		[]want{{"ten", "10", "count", "exact", "graduate schools"}, {"22", "22", "count", "exact", "graduate schools"}}},
	{"a modifier shares the head noun of the next number, hedged", "She has supervised 27 doctoral and more than 50 master's students.",
		[]want{{"27", "27", "people", "exact", "doctoral students"}, {"more than 50", "50", "people", "more_than", "master's students"}}},
	{"'at N' closing the clause of a life's event is an age; 'stood at N' and 'at N sites' are not", "She entered Seoul National University at 17, joined Samsung at 24 and died at 85; exports stood at 52 and the team won at 17 sites.",
		[]want{{"17", "17", "years", "exact", "age"}, {"24", "24", "years", "exact", "age"}, {"85", "85", "years", "exact", "age"},
			{"52", "52", "count", "exact", "exports"}, {"17", "17", "count", "exact", "sites"}}},
	{"the start of a change of shares is a share of what the end is", "Spending rose from 2.1% to 4.8% of gross domestic product.",
		[]want{{"2.1%", "2.1", "percent", "exact", "gross domestic product"}, {"4.8%", "4.8", "percent", "exact", "gross domestic product"}}},
	{"a share of a whole named before it, with its part's count in brackets", "The lab filed 240 patents, of which roughly a quarter (61) were licensed; of the 90 trainees, about 40% (36) stayed.",
		[]want{{"240", "240", "count", "exact", "patents"}, {"roughly a quarter", "25", "percent", "approx", "patents"}, {"61", "61", "count", "exact", "patents"},
			{"90", "90", "people", "exact", "trainees"}, {"about 40%", "40", "percent", "approx", "trainees"}, {"36", "36", "people", "exact", "trainees"}}},
}

func TestFindGeneralForms(t *testing.T) {
	for _, tc := range generalForms {
		t.Run(tc.name, func(t *testing.T) {
			got := find(t, tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestFindBothEnds(t *testing.T) {
	for _, tc := range bothEnds {
		t.Run(tc.name, func(t *testing.T) {
			got := find(t, tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestFindStackedScales checks that stacked scale words never give +Inf: the value stays
// finite (the row rules reject it, with their reason) and the figures after it are read.
func TestFindStackedScales(t *testing.T) {
	text := "It owes 900" + strings.Repeat(" trillion", 30) + " dollars. It trained 5,000 engineers."
	got := find(t, text)
	if len(got) != 2 || got[1].Text != "5,000" {
		t.Fatalf("got %v, want the stacked amount and 5,000", got)
	}
	doc, _ := document.NewDocument("case", []byte(text), lexicon.Default())
	for _, f := range Find(doc) {
		if math.IsInf(f.Value, 0) || math.IsNaN(f.Value) {
			t.Errorf("%q: value %v", f.Text, f.Value)
		}
	}
}

func TestFindNumberForms(t *testing.T) {
	for _, tc := range numberForms {
		t.Run(tc.name, func(t *testing.T) {
			got := find(t, tc.text)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestFindRejectsNonFigures(t *testing.T) {
	tests := []struct{ name, text string }{
		{"year after in", "The plan was launched in 2001, late."},
		{"price base", "All amounts are given in constant 2010 US dollars."},
		{"a confidence interval", "The effect held (95% CI 1.4–3.2)."},
		{"a confidence interval in words", "Its odds were lower (95% confidence interval 0.64–0.81)."},
		{"a year before a conjunction or preposition that is no noun", "The ministry aims to raise exports by 2030 through projects like the new port, and by 2035 because of demand."},
		{"a correlation written with a Greek letter", "The correlation was weak (ρ = 0.41) and Kendall's τ = 0.3."},
		{"a record that holds a code", "Country code: 850"},
		{"a record that holds coordinates", "Coordinates: 39°55′05″N 127°32′10″E / 39.918°N 127.536°E / 39.918; 127.536"},
		{"the confidence intervals are stated at", "Confidence intervals are 95%; the confidence level was 90%."},
		{"a version number", "We used Stata 15.1.2 throughout."},
		{"telephone numbers", "Call 044-202-6000 or 02-123-4567 for help."},
		{"times of day", "The office opens from 9 am to 5 p.m. on weekdays."},
		{"a page's own counts", "By Jane Doe · 5 min read · 12 comments · 1,024 views | 38 shares"},
		{"a page's timestamp", "By Park Ji-won · Updated 3 hours ago · posted 25 mins ago"},
		{"a brief's length in its emphasised contact line", "*Contact: policy@example.org | 12 pages*"},
		{"any two is whichever pair", "The distance between any two nodes was short."},
		{"clock times and timestamps are no ratios", "Doors open at 9:30 and the log shows 12:30:45 and 1:2:3."},
		{"a citation's year and page are no ratio", "As noted (Kim 2005:80), see Lee, 2019:12-15."},
		{"a label's last is no whole", "Page 1 of 12; see page 2 of 3."},
		{"one person who opens a clause, as an article would", "Its budget is unknown, though one defector put it high, as one official said."},
		{"a split or a score written as a range of one value", "Funding follows a 50-50 split, and the match ended in a 2-2 draw."},
		{"a number in a programme's quoted name", "It aims high under its \"Study Korea 300K\" plan and the \"Brain Korea 21\" programme."},
		{"one person quoted as a source", "\"There are more we never hear about,\" said one security researcher; the law is weak, according to one official."},
		{"regression statistics and squared ones", "It held (β = 0.32; R² = 0.81; χ2 = 12.3, df = 2, P = 0.002)."},
		{"names, models, grades and periods", "Year 10 students in Grade 3 classes ran Windows 10 on H-1B visas in FY2024 and Q3 2023; COVID-19 hit the G20."},
		{"one of, as a data sheet's value", "Economy - overview: one of the world's least open economies."},
		{"a number after a place is no age", "Schools were counted in Seoul, 120, and in Busan, 45, by the ministry."},
		{"a year with its note's number", "Output peaked in 2019.4 Prices then fell."},
		{"a list marker in parentheses", "(3) Members vote by a show of hands."},
		{"a magnitude in digits", "Growth returned to double digits after years in single digits."},
		{"a measure named by a multiple, and the step of a rate", "Team size had a doubling time, and each additional ten authors brought more citations."},
		{"a ranking's bands of places", "In the QS rankings it was placed in the 301–350 band, and THE ranked it in the 401 to 500 bracket."},
		{"price base without US", "The series is in 2012 dollars."},
		{"full date", "The company was launched on May 10, 2001 in Dandong."},
		{"decade", "It grew fast in the 1990s and the late 1980-s."},
		{"period between years", "The papers were published between 2017 and 2019."},
		{"period from to", "It ran from 2021 to 2023 with the army."},
		{"ordinal words", "The third Seven-Year Plan was launched."},
		{"ordinal digits", "The 10th Supreme People's Assembly met on the 11th."},
		{"anniversary", "It marks the 90th anniversary of his birth."},
		{"model name", "The shipment of 486 computers is prohibited."},
		{"hyphenated name", "It tested its Rodong-1 missile and the Manrikyong-1 satellite."},
		{"name with number", "The satellite Kwangmyungsung 1 was launched."},
		{"a group, a stage or a level by its number", "Tier 1 universities and Phase 2 labs at Level 4 admit Grade 10 pupils."},
		{"executive order", "Sanctions under Executive Order 13810 apply."},
		{"network generation", "They chose 2G over CDMA and then 3G."},
		{"citation with page", "As noted (Mansourov, 2005: 80), it failed."},
		{"citation with page, no brackets", "As noted by Mansourov 2005: 80, it failed."},
		{"page reference", "See p. 76 and pp. 11-17 of the report."},
		{"numbered citations", "This was studied for physics (refs 4–7) and later (ref. 12; see references 20-22)."},
		{"volume and number", "Unified Economy, Vol. 64, No. 4 (2001)."},
		{"volume, issue and pages", "Lee, J. (2010). \"Trade and growth\". Asian Survey 50 (3): 412–431."},
		{"volume, issue and pages unspaced", "Kim, S. (2003). Networks of papers. Scientometrics 23(2):201-233."},
		{"section number", "As mentioned in Section 2-5, there were problems."},
		{"bare section heading", "2-3-1 DEVELOPMENT OF DOMESTIC SOFTWARE"},
		{"footnote marker sup", "It was the year of science.<sup>5)</sup> Then it changed."},
		{"footnote marker paren", "It was stabilized. 12) Some of the examples follow."},
		{"footnote number before capital", "with responsibility. 1 North Korean offensive capability grew."},
		{"footnote number glued", "Koichiro Komiyama1 wrote it."},
		{"citation marker", "This was reported [245] before."},
		{"dimensions", "A 2 x 4 design and a 1920 × 1080 screen were used."},
		{"a confidence interval after a comma", "The odds fell (95% CI, 1.02–1.06)."},
		{"a name a capital starts", "The machine missed the Top 500 list again."},
		{"a footnote's number before a singular", "7 Author of this chapter thanks the ministry."},
		{"email", "Write to komiyama2019@keio.jp for details."},
		{"url", "See http://www.example.com/report2019/page12 for details."},
		{"version", "Red Star OS 3.0 and Version 1.0 exist."},
		{"a version before its word", "Students used the 3.0 version of the program."},
		{"list numbering", "The areas: (1) nuclear weapons, (2) industry."},
		{"vague amounts", "Many, several, a few, thousands and hundreds of millions of people."},
		{"one as pronoun", "In fact, one of the first agreements dealt with science."},
		{"the two koreas", "The two Koreas and the two countries agreed, and both sides signed."},
		{"year with capital after", "In 2002 North Korea launched a service."},
		{"date of month", "On July 3 and 28 of the previous year, tests were held."},
		{"resolution and disease names", "Resolution 2397 and COVID-19 rules applied."},
		{"decade with prefix", "It grew in the mid-2000s."},
		{"time of day", "They met at 10:30 on 3 June."},
		{"phone number", "Call +82-2-2100-5678 for details."},
		{"white paper year", "See the 2020 White Paper for details."},
		{"citation pages after a year", "It was modest (see Kim and Lee 2014, 112–115)."},
		{"academic year with a slash", "In the 2019/20 academic year it grew."},
		{"decimal section heading", "3.2 Co-authorship patterns\nText follows here."},
		{"part of a period", "In the latter half of 2001 and the first half of 2002, sales grew."},
		{"title of a legal code", "See 50 U.S.C. §§ 1701 et seq., and 31 U.S.C. § 5318."},
		{"number inside a name", "It briefed the UN 1718 Sanctions Committee and the 313 General Bureau."},
		{"one as an article", "One reason is cost, and one can guess the other."},
		{"a code is a label", "Telephone system: country code - 45; area code 61"},
		{"figure supplement", "Authors grew (Figure 1—figure supplement 1) over time."},
		{"geographic coordinates", "Coordinates: 39°55′N 127°32′E, or 37.57° N, 126.98° E."},
		{"an article's attached files", "See Figure 2—source data 1, Supplementary file 3 and Figure 3—video 1."},
		{"a significance level, an agreement and an interval", "Tests used α = 0.05; Cohen's κ = 0.91; bars show 95% intervals."},
		{"period with a short end year", "Growth slowed (2020-25 est.), as in the 2018–22 plan."},
		{"a list of two numbers", "See Articles 2 or 3 of the charter."},
		{"numbered list items after a colon", "The agencies recommend that organizations:\n1. Require authentication;\n2. Keep offline copies."},
		{"a decimal section heading before prose", "2.2 Higher education in science and engineering\n\nThe system is small by the standards of the region and its neighbours."},
		{"a plural reference", "All counts in Figures 1–4 and Figs. 5-6 are given."},
		{"a year before a singular noun", "A 2015 genomics paper on the fruit fly was long."},
		{"only with a year", "The rule applied only in 2019 and just 2020."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := find(t, tc.text); len(got) != 0 {
				t.Errorf("%q: found %+v, want no figures", tc.text, got)
			}
		})
	}
}

func TestFindOffsetsPointAtRawBytes(t *testing.T) {
	raw := "North Korea deliv-\nered US$ \n3.35 million worth of hardware.<sup>5)</sup>\n\n\nBytes and Bullets in Korea 333\n\nMore than\n4,000 IT specialists graduated."
	doc, err := document.NewDocument("case", []byte(raw), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	figs := Find(doc)
	if len(figs) != 2 {
		t.Fatalf("got %d figures, want 2: %+v", len(figs), figs)
	}
	for _, f := range figs {
		if got := strings.Join(strings.Fields(raw[f.Start:f.End]), " "); got != f.Text {
			t.Errorf("raw[%d:%d] = %q, text %q", f.Start, f.End, got, f.Text)
		}
	}
	if figs[0].Text != "US$ 3.35 million" || figs[1].Text != "More than 4,000" {
		t.Errorf("texts %q, %q", figs[0].Text, figs[1].Text)
	}
}

// tokenized is tokenizeInto on a text that does not group digits with spaces.
func tokenized(text string, base int) []token {
	toks, _ := tokenizeInto(nil, text, base, false)
	return toks
}

func TestMayStartNumber(t *testing.T) {
	lex := lexicon.Default()
	cases := []struct {
		text string
		want bool
	}{
		{"a million people", true}, {"A dozen projects", true}, {"a third of the papers", true},
		{"an estimated", false}, {"a lot", false}, {"a", false}, {"a-b", false},
		{"a\nbillion", true}, {"a quarter", true}, {"a millión", true}, // non-ASCII: left to the parse
		{"for the", false}, {"forty", true}, {"Forty-two", true}, {"fortnight", false},
		{"three-year plan", true}, {"this", false}, {"thirteen", true}, {"several", false}, {"seven", true},
		{"twice", true}, {"Thrice", true}, {"military", false}, {"million", false}, {"one-third", true},
		{"dozen", true}, {"ten", true}, {"tend", false}, {"tenth", false}, {"éleven", false},
	}
	for _, c := range cases {
		if got := lex.MayStartNumber(c.text); got != c.want {
			t.Errorf("mayStartNumber(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestMayStartNumberRefusesNoFigure checks the promise of mayStartNumber on every word of
// the shipped corpus and the number forms above: no word it refuses starts a number.
func TestMayStartNumberRefusesNoFigure(t *testing.T) {
	lex := lexicon.Default()
	texts := []string{"They trained a hundred engineers, a dozen teachers and A million pupils; a third of them left. " +
		"An estimated twice as many went, thirty-two in three-year courses, One-third of them."}
	for _, tc := range numberForms {
		texts = append(texts, tc.text)
	}
	files, _ := filepath.Glob("../corpus/*.txt")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	words := 0
	for _, text := range texts {
		words += checkStarts(t, lex, text)
	}
	if words < 10000 {
		t.Fatalf("only %d words looked at: the corpus is missing", words)
	}
}

// checkStarts fails t when mayStartNumber refuses a word of text that starts a number, and
// returns the number of words it looked at.
func checkStarts(t *testing.T, lex *lexicon.Lexicon, text string) (words int) {
	t.Helper()
	v := document.BuildView([]byte(text), lex)
	for _, sp := range v.SentenceSpans() {
		s := &scanner{lex: lex, text: v.Text, sent: sp, toks: tokenized(v.Text[sp.Start:sp.End], sp.Start)}
		for i, tok := range s.toks {
			if tok.kind != tokWord {
				continue
			}
			words++
			_, _, twice := s.multiple(i)
			_, parsed := s.parseNumber(i)
			if (twice || parsed) && !lex.MayStartNumber(v.Text[tok.start:sp.End]) {
				t.Errorf("%q starts a number in %q, but mayStartNumber refuses it", tok.text, v.Text[sp.Start:sp.End])
			}
		}
	}
	return words
}

func TestLastIndexFold(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"the number of papers", 4}, {"The Number Of papers and the number of", 29}, {"NUMBER OF ", 0},
		{"İstanbul's number of ", 12}, {"numbers of", -1}, {"", -1}, {"number o", -1},
	} {
		if got := lastIndexFold(c.s, "number of"); got != c.want {
			t.Errorf("lastIndexFold(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestContext checks what a figure's context (the sentences its category may read) holds:
// a count that refers back to one of an earlier paragraph ("raise that to 3,000") has that
// count's sentence; a sentence that opens by referring back ("Of the total,") has the
// sentences before it even across a paragraph's start, where any other sentence's context
// stops.
func TestContext(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // each figure's context
	}{
		{"a count recalled from an earlier paragraph",
			"Universities produce about 1,400 AI specialists with doctoral degrees a year.\n\nThe ministry wants to raise that to 3,000 by 2030.",
			[]string{"", "Universities produce about 1,400 AI specialists with doctoral degrees a year. "}},
		{"a sentence that refers back",
			"North Korea had 512,000 students in 2023.\n\nOf the total, about 70 percent studied science.\n\nAbout 30 percent lived in cities.",
			[]string{"", "North Korea had 512,000 students in 2023.\n", ""}},
		{"a Korean breakdown refers back across its paragraph",
			"올해 장학금을 받은 대학원생은 2,400명이다.\n\n지역별로는 서울이 850명으로 가장 많았다.",
			[]string{"", "올해 장학금을 받은 대학원생은 2,400명이다.\n"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := document.NewDocument("case", []byte(tc.text), lexicon.Default())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range Find(doc) {
				got = append(got, f.Context)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("contexts (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIsASCII(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"", true},
		{"1,250 graduates", true},
		{"exactly8", true},
		{"1234567é", false},                // the last byte of the first word of eight
		{"12345678é", false},               // the tail after it
		{"é", false},                       // shorter than a word
		{"졸업생 1,250명", false},              // Hangul first
		{"graduates of 2021 — all", false}, // a dash in the second word
		{"graduates of 2021 - all", true},
	} {
		if got := IsASCII(tc.s); got != tc.want {
			t.Errorf("IsASCII(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
