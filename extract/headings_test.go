package extract

import (
	"strings"
	"testing"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestHeadings checks the context figures take from headings: a section heading holds until
// the next one; a table's caption holds for its rows only, not for the prose after it; a
// data-sheet record's label is its own.
func TestHeadings(t *testing.T) {
	text := "Education\n\nThe province runs many schools for the children of its farming villages today.\n\n" +
		"Students per school\n\nNorth School 1990 120 students 45 teachers\n\n" +
		"Later the province built roads to carry 300 trucks a day between its towns and ports.\n\n" +
		"Economy\n\nThe province sold goods worth little in the years after the war and the flood.\n\n" +
		"Exports: 5 million units (2019)\n\n" +
		"Ports\n\nThe largest port, opened in 1962, handles 12,000 ships and 3,000 barges a year.\n\n" +
		"Its quays are 4 km long.\n\n" +
		"연구 인력\n\n한국의 한 연구기관은 이 나라의 박사 학위 소지자를 약 2만 5천 명으로 추산하였다고 밝혔다.\n\n" +
		"Graduates by field (2020)\n\n| Field | Graduates |\n|---|---|\n| Physics | 1,870 |\n\n" +
		"Table 4: Physicists trained (persons)\n\nSeoul 870 910\n\n" +
		"Foreign talent\n\nForeign professionals rose from 2,410 in 2019 to 4,870 in 2023, up 102%.\n\n" +
		"Two-thirds came from Asia."

	doc, err := document.NewDocument("headings", []byte(text), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"120": "Education: Students per school",
		"45":  "Education: Students per school",
		"300": "Education",
		// The first line, which prose follows, is the document's title, over every section.
		"5 million": "Education: Economy: Exports",
		// Prose whose sentence states a few numbers opens a section as well as prose without.
		"4": "Education: Ports",
		// A heading in a script without capitals.
		"약 2만 5천 명": "Education: 연구 인력",
		// A caption may name the year it covers.
		"1,870": "Education: 연구 인력: Graduates by field (2020)",
		// A numbered caption that declares its table's unit names the rows under it.
		"870": "Education: 연구 인력: Table 4: Physicists trained",
		// Prose dated by its years opens a section: a table's header row lists years alone.
		"Two-thirds": "Education: Foreign talent",
	}
	got := map[string]string{}
	for _, f := range Find(doc) {
		got[f.Text] = f.Heading
	}
	for fig, h := range want {
		if got[fig] != h {
			t.Errorf("%q: heading %q, want %q (all: %q)", fig, got[fig], h, got)
		}
	}
}

// TestTableCaption checks that a line opening with a table's reference and number is the
// caption of the rows under it, in both languages, and that a sentence citing a table is not.
func TestTableCaption(t *testing.T) {
	lex := lexicon.Default()
	tests := []struct {
		line, want string
		ok         bool
	}{
		{"Table 1. Joint projects by field, 2000–2015", "Joint projects by field, 2000–2015", true},
		{"<표 1> 소프트웨어 분야 졸업생 현황", "소프트웨어 분야 졸업생 현황", true},
		{"[표 2-1] 연도별 예산", "연도별 예산", true},
		{"Table A1. AI graduate programmes", "AI graduate programmes", true},
		{"Table S2: Authors by country", "Authors by country", true},
		{"Table B.3. Funding by year", "Funding by year", true},
		{"Table AB1. Not an annex number", "", false},
		{"Table 1 shows the distribution by field.", "", false},
		{"Figure 2. Papers by year", "", false},
	}
	for _, tc := range tests {
		got, ok := tableCaption(tc.line, lex)
		if got != tc.want || ok != tc.ok {
			t.Errorf("tableCaption(%q) = %q, %v; want %q, %v", tc.line, got, ok, tc.want, tc.ok)
		}
	}
}

// TestSectionAfterShortSentence checks that a heading opens a section when a short
// sentence comes first and prose after it, even prose that ends with a citation mark.
func TestSectionAfterShortSentence(t *testing.T) {
	text := "Training\n\nThe academy trains engineers. It sponsors about 500 students a year at partner universities, with tuition paid.\n\n" +
		"Criticism\n\nUnions have criticised its hours. A 2019 survey found that engineers worked an average of 52 hours a week, and that 1 in 4 had worked more than 60.[7]"
	doc, err := document.NewDocument("case", []byte(text), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"about 500": "Training", "52": "Training: Criticism"}
	for _, f := range Find(doc) {
		if h, ok := want[f.Text]; ok && f.Heading != h {
			t.Errorf("%q stands under heading %q, want %q", f.Text, f.Heading, h)
		}
	}
}

// TestSectionOverCaption checks that a heading over a caption set tight over its rows
// opens a section that holds past them, to the prose after the table; lines set a blank
// line apart, as a PDF's text may be throughout, are no caption, and keep the section
// before them.
func TestSectionOverCaption(t *testing.T) {
	text := "Education\n\nThe college admits about 30 students a year to its courses in engineering and the sciences.\n\n" +
		"Funding\n\nFunding (2022)\nGrants: ₩48.2 billion\nFees: ₩3.9 billion\n\n" +
		"Its total income in that year was 8.3% higher than in the year before it.\n\n" +
		"Staff\n\nThe college employs 120 teachers in its four faculties and in the library.\n\n" +
		"Teachers per year\n\nYear Lecturers\n\n2019 85\n\nMost of its lecturers, 85 in all, teach part-time at other schools of the city and the province."
	want := map[string]string{"about 30": "Education", "₩48.2 billion": "Education: Funding: Funding (2022): Grants", "8.3%": "Education: Funding",
		"120": "Education: Staff", "85": "Education: Staff"}
	// The first "85" is the table's, under "Staff: Teachers per year"; the map keeps the last.
	wantHeadings(t, text, want)
}

// TestMarkdownHeadings checks that a line its markup makes a heading is one whatever its
// words (a question, the years it covers) and whatever follows it (a list, a table): the
// first is the document's title, and a heading at the same level as the one before takes
// its place instead of standing under it.
func TestMarkdownHeadings(t *testing.T) {
	text := "# Who trains engineers? Technical colleges in the north, 2010–2020\n\n" +
		"## Key points\n\n- The colleges admitted 4,200 students in 2020.\n- Most of them studied mining.\n\n" +
		"## Enrolment\n\n| College | 2010 | 2020 |\n|---|---|---|\n| Mining | 1,100 | 1,900 |\n\n" +
		"Enrolment grew by about 70 per cent over the decade at the largest of the colleges in the region.\n\n" +
		"#1 in mining, and #proud of it: no heading\n\nThe colleges employ 300 teachers in all of their departments and their workshops."
	title := "Who trains engineers? Technical colleges in the north, 2010–2020"
	want := map[string]string{"4,200": title + ": Key points", "1,900": title + ": Enrolment", "about 70 per cent": title + ": Enrolment",
		"300": title + ": Enrolment"}
	wantHeadings(t, text, want)
}

// TestNumberedSections checks that a numbered heading opens a section of its own after the
// one before it in the numbering, though a table follows it rather than prose, and that a
// short sentence with a number opens one as a short sentence without does.
func TestNumberedSections(t *testing.T) {
	text := "1. Scope\n\nThe fund paid for the training of engineers at three colleges in the north of the country.\n\n" +
		"2. Courses abroad\n\n| Year | Trainees |\n|---|---:|\n| 2018 | 52 |\n\n" +
		"Most trainees spent between three and five weeks at partner colleges abroad.\n\n" +
		"3. Results\n\nAuditors visited 14 colleges in 2020. Eleven of them still taught the courses that the fund had paid for.\n\n" +
		"3.1 Costs\n\n| Item | Cost |\n|---|---:|\n| Fees | 40,000 |\n\nThe fund spent 8% of its budget on travel."
	want := map[string]string{"three": "1. Scope", "52": "2. Courses abroad", "between three and five weeks": "2. Courses abroad",
		"14": "3. Results", "8%": "3.1 Costs"}
	wantHeadings(t, text, want)
}

// wantHeadings checks the heading context of the figures of text that want names, by the
// figure's text (the last of the same text).
func wantHeadings(t *testing.T, text string, want map[string]string) {
	t.Helper()
	got := headingsOf(t, text)
	if diff := cmp.Diff(want, got, cmpopts.IgnoreMapEntries(func(k, _ string) bool { _, ok := want[k]; return !ok })); diff != "" {
		t.Errorf("headings (-want +got):\n%s", diff)
	}
}

// headingsOf returns the heading context of each figure found in text, by the figure's text
// (the last of the same text).
func headingsOf(t *testing.T, text string) map[string]string {
	t.Helper()
	doc, err := document.NewDocument("case", []byte(text), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range Find(doc) {
		got[f.Text] = f.Heading
	}
	return got
}

// TestCaptionOverLongHeader checks that a table's caption holds for its rows when the
// header over them has many words: a header is no prose that ends the caption's table.
func TestCaptionOverLongHeader(t *testing.T) {
	text := "Table 3. Joint patents by sector\n\n" +
		"Sector                Patents     Royalties (KRW million)    Share of total (%)\n" +
		"Chemicals             212         4,310                      41.5\n" +
		"Machinery             157         2,980                      30.7\n"
	got := headingsOf(t, text)
	for _, fig := range []string{"212", "4,310", "41.5", "157"} {
		if got[fig] != "Joint patents by sector" {
			t.Errorf("%s: heading %q, want the caption", fig, got[fig])
		}
	}
}

// TestKoreanSections checks a Korean report's parts: "가.", "나." number the parts under "2."
// and end no sentence, and a sentence ended by its predicate is prose, however few its
// words, so that each part's heading holds for the sentences under it.
func TestKoreanSections(t *testing.T) {
	text := "2. 주요 결과\n\n가. 졸업생 및 취업\n\n올해 학사 졸업생은 10만 3,412명이다. 박사 졸업생의 평균 연령은 36.2세였다.\n\n" +
		"나. 정부 지원\n\n정부는 장학금으로 총 4,820억 원을 지원했다."
	want := map[string]string{"10만 3,412명": "가. 졸업생 및 취업", "36.2세": "가. 졸업생 및 취업", "4,820억 원": "나. 정부 지원"}
	if diff := cmp.Diff(want, headingsOf(t, text)); diff != "" {
		t.Errorf("headings (-want +got):\n%s", diff)
	}
}

// TestFieldNamesOverParts checks a data sheet laid out for the web, each field's name on a
// line of its own over the lines of its parts: each part takes its own field's name, not
// the one before ("Unemployment, youth ages 15-24", numbers and all), and a field of
// ranks gives no figure.
func TestFieldNamesOverParts(t *testing.T) {
	text := "Korea, South\n\nSchool life expectancy (primary to tertiary education)\ntotal: 17 years\nfemale: 16 years (2020)\n\n" +
		"Unemployment, youth ages 15-24\ntotal: 5.9%\nmale: 6.7%\ncomparison ranking: total 29\n"
	doc, err := document.NewDocument("sheet", []byte(text), lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"17":    "School life expectancy (primary to tertiary education)",
		"16":    "School life expectancy (primary to tertiary education)",
		"15-24": "",
		"5.9%":  "Unemployment, youth ages 15-24",
		"6.7%":  "Unemployment, youth ages 15-24",
	}
	got := map[string]string{}
	for _, f := range Find(doc) {
		got[f.Text] = f.Heading
	}
	if len(got) != len(want) {
		t.Errorf("found %q, want the figures of %q", got, want)
	}
	for fig, h := range want {
		if g, ok := got[fig]; !ok || !strings.HasSuffix(g, h) || h == "" && strings.Contains(g, "School") {
			t.Errorf("%q: heading %q, want one ending %q", fig, g, h)
		}
	}
}
