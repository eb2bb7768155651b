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
	for _, s := range append(slices.Clone(citationCases), corpusParts(t, "\n")...) {
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

// TestMayCite: the quick test must say yes to every sentence with a citation — the
// corpus's sentences and these — and no to most others.
func TestMayCite(t *testing.T) {
	texts := []string{"(Vladimir, 2003)", "as Kim (2005a) notes", "(Mansourov, 2005: 80)", "Lee (1999:12)",
		"(see Park et al., 2010b: 4-5)", "in 2019 (est.) it grew", "(2005) alone", "Kim (20051)"}
	texts = append(texts, corpusParts(t, ". ")...)
	cites := 0
	for _, s := range texts {
		if len(citationSpans(s)) > 0 {
			cites++
			if !mayCite(s) {
				t.Errorf("mayCite(%q) = false, but it holds a citation", s)
			}
		}
	}
	if cites < 5 {
		t.Errorf("only %d citations among the texts: the test tests little", cites)
	}
	for _, s := range []string{"in 2019 (est.) it grew", "It rose (by 12%) in 2019.", "(from 2001 to 2005 inclusive)"} {
		if mayCite(s) {
			t.Errorf("mayCite(%q) = true: no year stands before ')' or ':'", s)
		}
	}
}

// corpusDir holds the shipped documents.
const corpusDir = "../../corpus"

// corpusParts returns the shipped documents' text cut at sep.
func corpusParts(t *testing.T, sep string) []string {
	t.Helper()
	var out []string
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, strings.Split(string(raw), sep)...)
	}
	return out
}
