package out

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"testing"
)

// writeFieldsBoth writes fields as a row with writeRecord and with encoding/csv (UseCRLF).
func writeFieldsBoth(t *testing.T, fields []string) (ours, theirs string) {
	t.Helper()
	var a, b bytes.Buffer
	w := bufio.NewWriter(&a)
	if err := writeRecord(w, fields); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	cw := csv.NewWriter(&b)
	cw.UseCRLF = true
	if err := cw.Write(fields); err != nil {
		t.Fatal(err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		t.Fatal(err)
	}
	return a.String(), b.String()
}

func TestWriteFieldAsEncodingCSV(t *testing.T) {
	for _, fields := range [][]string{
		{"plain", "1.5", "", "true"},
		{"a, b", `say "yes"`, "two\nlines", "cr\r\nlf", "lone\rcr"},
		{" leading space", "\tleading tab", "\u00a0no-break space", "trailing "},
		{`\.`, `\.x`, `"`, `""`, ","},
		{"한국어, 문장", "US$ 38M", "=1+2", "'=1+2"},
		{""},
		{"", ""},
	} {
		if ours, theirs := writeFieldsBoth(t, fields); ours != theirs {
			t.Errorf("%q:\nours   %q\ntheirs %q", fields, ours, theirs)
		}
	}
}

func FuzzWriteField(f *testing.F) {
	for _, s := range []string{"plain", "a,b", "\"q\"", "x\r\ny", " s", `\.`, "\u2028", "\xff"} {
		f.Add(s, "next")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if ours, theirs := writeFieldsBoth(t, []string{a, b}); ours != theirs {
			t.Errorf("%q, %q:\nours   %q\ntheirs %q", a, b, ours, theirs)
		}
	})
}
