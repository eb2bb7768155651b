package document

import "testing"

func TestHasHangul(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"", false},
		{"KRW 13.1 billion for 286 schools.", false},
		{"Pyongyang – 平壤, café", false},
		{"예산은 1조 원이다.", true},
		{"The 과학기술 budget", true},
		{"ㄱ", true},         // a compatibility jamo
		{"\xff\xfe", false}, // invalid UTF-8 is no letter
	} {
		if got := HasHangul(c.s); got != c.want {
			t.Errorf("HasHangul(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
