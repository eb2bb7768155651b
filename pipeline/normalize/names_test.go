package normalize

import (
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kpfigures/figures/extract/lexicon"
)

// nameRE is the definition nameSpans implements by hand.
var nameRE = regexp.MustCompile(`(?:[A-Z][\p{L}&'’.-]*[\p{L}]|[A-Z]{2,})(?:\s+(?:of|and|for|the|de)?\s*(?:[A-Z][\p{L}&'’.-]*[\p{L}]|[A-Z]{2,}))*`)

func regexSpans(s string) [][2]int {
	var out [][2]int
	for _, m := range nameRE.FindAllStringIndex(s, -1) {
		out = append(out, [2]int{m[0], m[1]})
	}
	return out
}

func TestNameSpansAgreeWithRegexp(t *testing.T) {
	for _, s := range []string{
		"Kim Chaek University of Technology trained 4,000", "the Ministry of Education and the U.S. Department",
		"Rodong-Sinmun and Banque des Etats", "A. B. C", "iPhone AB", "Kim’s Pyongyang", "Ministry ofEducation",
		"Korea\tand\nJapan", "Über Éclair Ölfeld", "X-", "A&B Co.", "the de Gaulle Foundation", "Of The And",
	} {
		if diff := cmp.Diff(regexSpans(s), nameSpans(s, lexicon.Default())); diff != "" {
			t.Errorf("%q (-regexp +nameSpans):\n%s", s, diff)
		}
	}
}

// FuzzNameSpans checks that the hand-written scanner finds what the regular expression finds.
func FuzzNameSpans(f *testing.F) {
	for _, s := range []string{"Kim Chaek University of Technology", "U.S. and de Gaulle", "A’B Ölfeld-x", "Ministry of\tthe Interior"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(regexSpans(s), nameSpans(s, lexicon.Default())); diff != "" {
			t.Fatalf("%q (-regexp +nameSpans):\n%s", s, diff)
		}
	})
}
