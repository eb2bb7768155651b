package extract

import (
	"fmt"
	"os"
	"unicode/utf8"
)

// Document is one source text: its raw bytes, as read, and the analysis view built from them.
type Document struct {
	Name string // the name errors and provenance use, usually the file path
	Raw  []byte
	View *View
}

// ReadFile reads and decodes one source file.
func ReadFile(path string) (*Document, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return NewDocument(path, raw)
}

// NewDocument decodes raw as UTF-8 and builds its analysis view. Invalid UTF-8 is an error
// that names the document and the byte offset of the first bad byte.
func NewDocument(name string, raw []byte) (*Document, error) {
	if off := invalidUTF8(raw); off >= 0 {
		return nil, fmt.Errorf("%s: byte %d: invalid UTF-8", name, off)
	}
	return &Document{Name: name, Raw: raw, View: BuildView(raw, DefaultLexicon())}, nil
}

// invalidUTF8 returns the offset of the first byte that is not valid UTF-8, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// SentenceAt returns the sentence of the view that holds the raw span [start, end), with its
// raw offsets. A span across sentences gets all of them; a span in dropped furniture gets
// its own words.
func (d *Document) SentenceAt(start, end int) (text string, rawStart, rawEnd int) {
	v := d.View
	first, last := -1, -1
	sents := v.SentenceSpans(DefaultLexicon())
	for i, s := range sents {
		rs, re := v.RawStart(s.Start), v.RawEnd(s.End)
		if first < 0 && re > start {
			first = i
		}
		if rs < end {
			last = i
		}
	}
	if first < 0 || last < first {
		return string(d.Raw[start:end]), start, end
	}
	s, e := sents[first].Start, sents[last].End
	rs, re := v.RawStart(s), v.RawEnd(e)
	if rs > start || re < end {
		return string(d.Raw[start:end]), start, end
	}
	return v.Text[s:e], rs, re
}
