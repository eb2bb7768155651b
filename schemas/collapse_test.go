package schemas

import (
	"strings"
	"testing"
	"unicode"
)

// collapseReference is the plain definition CollapseSpace's fast path must agree with.
func collapseReference(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' }), " ")
}

func TestCollapseSpace(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"US$ 38M", "US$ 38M"},
		{" 4,000", "4,000"},
		{"4,000 ", "4,000"},
		{"more  than\t4,000", "more than 4,000"},
		{"1.2\nmillion", "1.2 million"},
		{"3억\u00a0원", "3억 원"},
		{"3억\u3000원", "3억 원"},
		{"   ", ""},
		{"a\x01b", "a\x01b"},
		{"\xffa b", "\xffa b"},
	} {
		if got := CollapseSpace(tc.in); got != tc.want {
			t.Errorf("CollapseSpace(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"", "a b", " a", "a ", "a  b", "a\tb", "3억\u00a0원", "\u2028", "\xff \xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := CollapseSpace(s), collapseReference(s); got != want {
			t.Errorf("CollapseSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
