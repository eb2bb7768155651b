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
		"share_vs_total: viewus-nk-co-researched-papers",
		"same_measure_differs: komiyama-2019-kgri-wp4",
		"same_measure_differs: komiyama-2019-kgri-wp4",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
