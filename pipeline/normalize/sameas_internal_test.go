package normalize

import "testing"

func TestMayContainFold(t *testing.T) {
	for _, tc := range []struct {
		s, sub string
		want   bool
	}{
		{"Analysts said SAMSUNG's plant", "Samsung", true},
		{"Analysts said the plant", "Samsung", false},
		{"the plant", "", true},
		{"a@b", "`b", false},        // '@' and '`' differ by the case bit, but are not letters
		{"Straße", "Samsung", true}, // not ASCII: only the full test can say
		{"plain", "Ålesund", true},
		{"ab", "abc", false},
	} {
		if got := mayContainFold(tc.s, tc.sub); got != tc.want {
			t.Errorf("mayContainFold(%q, %q) = %v, want %v", tc.s, tc.sub, got, tc.want)
		}
	}
}
