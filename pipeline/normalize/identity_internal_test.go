package normalize

import (
	"strings"
	"testing"
	"unicode"
)

// identityReference is IdentityText as first written, rune by rune: the fast path for ASCII
// must give the same text.
func identityReference(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func FuzzIdentityText(f *testing.F) {
	for _, s := range []string{"", "  More than 4,000 IT\tEngineers.\r\n", "Ünïcode  ÀND\u00a0ASCII", "a\u0085b",
		"Straße 25조 원", "\xff\xfe bad UTF-8 \xc3", "MIXED \u2028 separators\v\f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := IdentityText(s), identityReference(s); got != want {
			t.Errorf("IdentityText(%q) = %q, want %q", s, got, want)
		}
	})
}
