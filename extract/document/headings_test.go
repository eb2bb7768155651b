package document

import "testing"

func TestRecordLabel(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"Population: 51,844,834 (2023 est.)", "Population"},
		{"Telephones - fixed lines: total subscriptions: 23,172,000", "Telephones - fixed lines"},
		{"Unemployment, youth ages 15-24: total: 6.6%", "Unemployment, youth ages 15-24"},
		{"GDP - composition, by sector of origin: agriculture: 2.2%", "GDP - composition, by sector of origin"},
		{"연구원 수: 60만 1,279명", "연구원 수"},
		// The words alone cannot tell a short sentence from a label.
		{"Nikkei reported: 30 papers", "Nikkei reported"},
		// Commas of a sentence, or a lower-case start, make no label.
		{"Finally, it said: 30 papers", ""},
		{"In 2020, Seoul, Busan and Daegu: 30 papers", ""},
		{"In 2020, The Ministry said: 30", ""},
		{"the ministry said: 30 papers", ""},
		{"No colon here, 30 papers", ""},
	}
	for _, tc := range tests {
		if got := RecordLabel(tc.sentence); got != tc.want {
			t.Errorf("RecordLabel(%q) = %q, want %q", tc.sentence, got, tc.want)
		}
	}
}

func TestGroupLabels(t *testing.T) {
	for _, tc := range []struct{ line, group, part string }{
		{"Age structure:", "Age structure", ""},
		{"School life expectancy (primary to tertiary education):", "School life expectancy (primary to tertiary education)", ""},
		{"0-14 years: 11.6% (male 3,077,000/female 2,915,000)", "", "0-14 years"},
		{"total population: 98.8%", "", "total population"},
		{"Literacy: total population: 98.8%", "", "Literacy"},
		{"The plan that the ministry published in May of that year had two aims:", "", ""},
		{"He said: the rest followed, and more.", "", "He said"},
	} {
		if got := GroupLabel(tc.line); got != tc.group {
			t.Errorf("GroupLabel(%q) = %q, want %q", tc.line, got, tc.group)
		}
		if got := SubRecordLabel(tc.line); got != tc.part {
			t.Errorf("SubRecordLabel(%q) = %q, want %q", tc.line, got, tc.part)
		}
	}
}
