package normalize

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// citationPattern is the expression citationSpans reads without: the reference its results
// are checked against.
var citationPattern = regexp.MustCompile(`\([^()]*[A-Za-z][^()]*,\s*(1[89]\d\d|20\d\d)[a-z]?(?::[^()]*)?\)|[A-Z][A-Za-z.]+\s+\((1[89]\d\d|20\d\d)[a-z]?(?::[^()]*)?\)`)

var citationCases = []string{
	"Sales totaled USD 200,000 for the year (Vladimir, 2003).",
	"In 2001 sales totaled USD 200,000 (Vladimir, 2003a: 12).",
	"As Mansourov (2005: 80) notes, and McDonald (1999) agrees, eKim (2003) too.",
	"(see Kim and Lee, 2003) and (a (Park,2010b)) but not (2010) or (Kim 2003) or Kim(2003).",
	"Kim (see Lee, 2003) and (Note: Choi, 1998: 4-5) and (x, 1799) and (y, 2100).",
	"A (B, 2003) C (2004) D.E. (2005a) (unclosed, 2006",
	"Lee\t(2007)\n(Han,\n2008) ((Jo, 2009)",
	"",
}

// TestCitationSpans checks citationSpans against the expression on the cases above and on
// every line of the shipped documents, which cite as reports do.
func TestCitationSpans(t *testing.T) {
	texts := slices.Clone(citationCases)
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(raw), "\n")...)
	}
	for _, s := range texts {
		checkCitationSpans(t, s)
	}
}

func FuzzCitationSpans(f *testing.F) {
	for _, s := range citationCases {
		f.Add(s)
	}
	f.Fuzz(checkCitationSpans)
}

func checkCitationSpans(t *testing.T, s string) {
	var want [][2]int
	for _, m := range citationPattern.FindAllStringIndex(s, -1) {
		want = append(want, [2]int{m[0], m[1]})
	}
	if got := citationSpans(s); !slices.Equal(got, want) {
		t.Errorf("citationSpans(%q) = %v, want %v", s, got, want)
	}
}
