package extract

import (
	"bytes"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
)

// TestBadText: what cannot be read as UTF-8 text is an error naming the document and the
// byte; what can is read, with offsets into the raw bytes as they are.
func TestBadText(t *testing.T) {
	for _, tc := range []struct {
		name, raw, err string
	}{
		{"invalid UTF-8", "good text é \xe2\x82 bad", "x.txt: byte 13: invalid UTF-8"},
		{"Windows-1252", "He said \x93more than 4,000\x94 engineers.", "x.txt: byte 8: invalid UTF-8 (0x93 after ASCII only: the file may be Windows-1252; convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8)"},
		{"UTF-16 LE", "\xff\xfeA\x00B\x00", "x.txt: byte 0: UTF-16 text (byte-order mark): convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8"},
		{"UTF-16 BE", "\xfe\xff\x00A\x00B", "x.txt: byte 0: UTF-16 text (byte-order mark): convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8"},
		{"NUL bytes", "It trained 300\x00engineers.", "x.txt: byte 14: NUL byte: a binary file, or text in UTF-16 without a byte-order mark"},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00", "x.txt: byte 7: NUL byte: a binary file, or text in UTF-16 without a byte-order mark"},
		{"empty", "", "x.txt: empty document (no text)"},
		{"white space only", " \n\r\n\t ", "x.txt: empty document (no text)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := document.NewDocument("x.txt", []byte(tc.raw), lexicon.Default())
			if err == nil || err.Error() != tc.err {
				t.Errorf("error %v\nwant  %s", err, tc.err)
			}
		})
	}
}

// TestOddButValidText: line ends, byte-order marks and hostile numbers give correct figures,
// with text equal to the raw bytes at their offsets.
func TestOddButValidText(t *testing.T) {
	for _, tc := range []struct {
		name, raw string
		want      []string // figure texts, in order
	}{
		{"UTF-8 BOM", "\ufeffIt trained 300 engineers.", []string{"300"}},
		{"CRLF", "It trained 300\r\nengineers.\r\n\r\nIt spent US$ 5 million.\r\n", []string{"300", "US$ 5 million"}},
		{"lone CR", "It trained 300\rengineers.\r\rIt spent US$ 5 million.\r", []string{"300", "US$ 5 million"}},
		{"lone CR paragraphs", "Title\r\rIt trained 300 engineers\r\rIt spent US$ 5 million.", []string{"300", "US$ 5 million"}},
		{"too large for float64", "It trained " + strings.Repeat("9", 400) + " engineers.", nil},
		{"a thousand digits", "Some " + strings.Repeat("1", 1000) + " people.", nil},
		{"1,2,3,4", "Items 1,2,3,4 were listed.", nil},
		{"a thousand dashes", "Between 150" + strings.Repeat("-", 1000) + "200 engineers.", []string{"200"}},
		{"a formula", "=4,000 engineers were trained.", []string{"4,000"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := document.NewDocument("x.txt", []byte(tc.raw), lexicon.Default())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range Find(doc) {
				if raw := strings.Join(strings.Fields(tc.raw[f.Start:f.End]), " "); raw != f.Text {
					t.Errorf("figure %q: raw bytes at [%d, %d) are %q", f.Text, f.Start, f.End, raw)
				}
				if math.IsInf(f.Value, 0) || math.IsNaN(f.Value) {
					t.Errorf("figure %q: value %v", f.Text, f.Value)
				}
				got = append(got, f.Text)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("figures %q, want %q", got, tc.want)
			}
		})
	}
}

// TestHugeLine reads a single line of 100 MB: in linear time, with sentences cut to
// document.MaxSentence so that no figure carries the whole line.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("100 MB")
	}
	unit := []byte("the ministry trained 300 engineers and spent US$ 5 million, ")
	raw := bytes.Repeat(unit, 100<<20/len(unit))
	start := time.Now()
	doc, err := document.NewDocument("huge.txt", raw, lexicon.Default())
	if err != nil {
		t.Fatal(err)
	}
	figs := Find(doc)
	if want := 2 * len(raw) / len(unit); len(figs) < want*9/10 {
		t.Errorf("%d figures, want about %d", len(figs), want)
	}
	for _, f := range figs {
		if len(f.Sentence) > document.MaxSentence {
			t.Fatalf("sentence of %d bytes", len(f.Sentence))
		}
	}
	t.Logf("100 MB line: %d figures in %v", len(figs), time.Since(start))
}

// TestLongSentenceCut: a sentence past document.MaxSentence is cut at spaces, each piece trimmed, none
// longer than document.MaxSentence, nothing lost but the spaces at the cuts.
func TestLongSentenceCut(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("word  ", 3000),                            // double spaces: a cut may fall between them
		strings.Repeat("x", 4500) + " " + strings.Repeat("y", 10), // no space in the first 4,000 bytes
		strings.Repeat("한국어 ", 2000),                              // multi-byte runes
	} {
		var kept int
		for _, sp := range document.Sentences(text, lexicon.Default()) {
			s := text[sp.Start:sp.End]
			if len(s) > document.MaxSentence || strings.TrimSpace(s) != s {
				t.Fatalf("piece of %d bytes, %q…%q", len(s), s[:min(10, len(s))], s[max(0, len(s)-10):])
			}
			kept += len(strings.ReplaceAll(s, " ", ""))
		}
		if want := len(strings.ReplaceAll(text, " ", "")); kept != want {
			t.Errorf("kept %d bytes of text, want %d", kept, want)
		}
	}
}

// TestIndexDigit compares the word-at-a-time search with a byte loop, for every byte value
// at every position of a 20-byte text.
func TestIndexDigit(t *testing.T) {
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			b := []byte(strings.Repeat("x", 20))
			b[at] = byte(c)
			want := -1
			if c >= '0' && c <= '9' {
				want = at
			}
			if got := IndexDigit(string(b)); got != want {
				t.Fatalf("IndexDigit with byte %#x at %d = %d, want %d", c, at, got, want)
			}
		}
	}
	if got := IndexDigit("ab9d5"); got != 2 {
		t.Errorf("IndexDigit(ab9d5) = %d, want 2", got)
	}
}
