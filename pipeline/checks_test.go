package pipeline

import (
	"strings"
	"testing"
)

// buildCorpus builds the dataset of a corpus written for the purpose.
func buildCorpus(t *testing.T, files map[string]string) *Dataset {
	t.Helper()
	ds, err := Build(writeCorpus(t, files))
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func findings(ds *Dataset, checkID string) []string {
	var out []string
	for _, c := range ds.Checks {
		if c.CheckID == checkID {
			out = append(out, c.Message)
		}
	}
	return out
}

// TestChecksFireAndHold runs each check on documents written for the purpose: one where the
// figures disagree (the check must fire) and one where they agree (it must not).
func TestChecksFireAndHold(t *testing.T) {
	tests := []struct {
		check       string
		fires, hold map[string]string
		want        string // in the message of the finding
	}{
		{"share_vs_total",
			map[string]string{"a.txt": "The ministry funded 200 projects in 2010. Of these, 40 (35%) of the projects were in IT.\n"},
			map[string]string{"a.txt": "The ministry funded 200 projects in 2010. Of these, 40 (20%) of the projects were in IT.\n"},
			"40 is 20.0% of the 200 stated before"},
		{"share_vs_total",
			map[string]string{"a.txt": "At least 110 papers were suspect. Chinese researchers took part in 94 (85%) of the papers, and 75 (61%) of these papers were funded by China.\n"},
			map[string]string{"a.txt": "At least 110 papers were suspect. Chinese researchers took part in 94 (85%) of the papers, and 75 (68%) of these papers were funded by China.\n"},
			"implies a total of 110.6"},
		{"parts_vs_total",
			map[string]string{"a.txt": "The state will allocate US$ 100 million to research. Robots get US$ 50M, chips US$ 40M and software US$ 30M.\n"},
			map[string]string{"a.txt": "The state will allocate US$ 130 million to research. Robots get US$ 50M, chips US$ 40M and software US$ 30M.\n"},
			"add up to 120000000 USD"},
		{"same_measure_differs",
			map[string]string{"a.txt": "Over 50,000 workers were sent to 16 countries.\n", "b.txt": "Some 50,000 workers work in 40 countries.\n"},
			map[string]string{"a.txt": "Over 50,000 workers were sent to 40 countries.\n", "b.txt": "Some 50,000 workers work in 40 countries.\n"},
			`"16 countries" and "40 countries"`},
		{"event_year_differs",
			map[string]string{"a.txt": "The Korea Computer Center was established in 1990.\n", "b.txt": "In 1991, the Korea Computer Center was founded by the state.\n"},
			map[string]string{"a.txt": "The Korea Computer Center was established in 1990.\n", "b.txt": "In 1990, the Korea Computer Center was founded by the state.\n"},
			"Korea Computer Center is established in 1990"},
		{"share_vs_total", // the total the share is "of", after it
			map[string]string{"a.txt": "Of the class of 2019, 700 (35%) of the 1,000 graduates found IT jobs.\n"},
			map[string]string{"a.txt": "Of the class of 2019, 350 (35%) of the 1,000 graduates found IT jobs.\n"},
			"700 is 70.0% of the 1000 it is of (\"1,000\"), but the text says 35%"},
		{"same_measure_differs", // restated across sources
			map[string]string{"a.txt": "In 2015, the Korea Foundation set up a $500 million fund for chip research.\n",
				"b.txt": "Records show that in 2015 the Korea Foundation set up a $600 million fund for research.\n"},
			map[string]string{"a.txt": "In 2015, the Korea Foundation set up a $500 million fund for chip research.\n",
				"b.txt": "Records show that in 2015 the Korea Foundation set up a $500 million fund for research.\n"},
			`state the same measure of "korea foundation" differently: "$500 million fund" and "$600 million fund"`},
		{"event_year_differs", // a plan named with different case, its year at the end of the sentence
			map[string]string{"a.txt": "The second National Broadband Plan was drawn up after long talks (2004).\n",
				"b.txt": "Progress under the Second National Broadband Plan (2006) was slow.\n"},
			map[string]string{"a.txt": "The second National Broadband Plan was drawn up after long talks (2004).\n",
				"b.txt": "Progress under the Second National Broadband Plan (2004) was slow.\n"},
			"second National Broadband Plan is dated in 2004"},
		{"table_vs_total", // a flattened table below the text that states its total
			map[string]string{"a.txt": tableDoc("about 5,000")},
			map[string]string{"a.txt": tableDoc("about 6,500")},
			`the rows of Table 1 (2,100 + 2,900 + 1,600) add up to 6600, but the text states "about 5,000"`},
		{"table_vs_total", // a markdown table with its caption above it
			map[string]string{"a.txt": "Colleges\n\nTable 2: Graduates by college\n\n| College | Founded | Graduates |\n|---|---|---|\n" +
				"| North | 1985 | 2,100 |\n| South | 1990 | 2,900 |\n\nAs Table 2 shows, more than 6,000 engineers were trained.\n"},
			map[string]string{"a.txt": "Colleges\n\nTable 2: Graduates by college\n\n| College | Founded | Graduates |\n|---|---|---|\n" +
				"| North | 1985 | 2,100 |\n| South | 1990 | 2,900 |\n\nAs Table 2 shows, more than 4,000 engineers were trained.\n"},
			`add up to 5000, but the text states "more than 6,000"`},
		{"currency_inferred",
			map[string]string{"a.txt": "Robots get US$ 52M, monitors – 20M.\n"},
			map[string]string{"a.txt": "Robots get US$ 52M, monitors – US$ 20M.\n"},
			`"20M" has no currency of its own`},
	}
	for _, tc := range tests {
		t.Run(tc.check, func(t *testing.T) {
			got := findings(buildCorpus(t, tc.fires), tc.check)
			if len(got) != 1 || !strings.Contains(got[0], tc.want) {
				t.Errorf("disagreeing figures: findings %q, want one mentioning %q", got, tc.want)
			}
			if got := findings(buildCorpus(t, tc.hold), tc.check); len(got) != 0 {
				t.Errorf("agreeing figures: findings %q, want none", got)
			}
		})
	}
}

// tableDoc is a document with a flattened table of graduates and a total stated about it.
func tableDoc(total string) string {
	return "Colleges\n\nThe estimates are shown in Table 1. In all, " + total + " engineers were trained by 2010.\n\n" +
		"College\n\nFounded\n\nGraduates\n\nNorth College 1985 1,200 2,100\n\nSouth College 1990 1,800 2,900\n\n" +
		"East College 1995 900 1,600\n\nTable 1: Estimated graduates by college\n"
}

func TestChecksAnnotateFigures(t *testing.T) {
	ds := buildCorpus(t, map[string]string{"a.txt": "Robots get US$ 52M, monitors – 20M.\n"})
	if len(ds.Figures) != 2 || ds.Figures[0].Checks != nil || ds.Figures[1].Checks == nil || *ds.Figures[1].Checks != "currency_inferred" {
		t.Errorf("checks column: %+v", ds.Figures)
	}
}

// TestChecksOnShippedCorpus pins the inconsistencies the checks find in the shipped corpus.
func TestChecksOnShippedCorpus(t *testing.T) {
	ds, err := Build(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range ds.Checks {
		if c.Severity != "info" {
			got = append(got, c.CheckID+": "+c.SourceIDs)
		}
	}
	want := []string{
		"parts_vs_total: bytes-and-bullets-russia-korea-it",
		"table_vs_total: komiyama-2019-kgri-wp4",
		"share_vs_total: viewus-nk-co-researched-papers",
		"same_measure_differs: komiyama-2019-kgri-wp4",
		"same_measure_differs: komiyama-2019-kgri-wp4",
		"event_year_differs: komiyama-2019-kgri-wp4",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
