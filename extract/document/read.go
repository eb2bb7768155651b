package document

import (
	"bytes"
	"fmt"
	"os"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/lexicon"
)

// Document is one source text: its raw bytes, as read, and the analysis view built from them.
type Document struct {
	Name string // the name errors and provenance use, usually the file path
	Raw  []byte
	View *View
}

// DecodeError says why a document cannot be read as text, and where.
type DecodeError struct {
	Name   string
	Offset int64 // byte offset of the first bad byte; -1 for the file as a whole
	Reason string
}

func (e *DecodeError) Error() string {
	if e.Offset < 0 {
		return fmt.Sprintf("%s: %s", e.Name, e.Reason)
	}
	return fmt.Sprintf("%s: byte %d: %s", e.Name, e.Offset, e.Reason)
}

// ReadError is the DecodeError of a document that could not be read at all (a symlink
// loop, a permission, a directory named like a document): the reason without the path,
// which the error names already.
func ReadError(name string, err error) *DecodeError {
	reason := err.Error()
	if pe, ok := err.(*os.PathError); ok {
		reason = pe.Op + ": " + pe.Err.Error()
	}
	return &DecodeError{Name: name, Offset: -1, Reason: reason}
}

// utf8BOM is the byte-order mark some editors put at the start of UTF-8 files; it is kept in
// the raw bytes (offsets count it) and left out of the view.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// NewDocument checks that raw is UTF-8 text and builds its analysis view with lex. Anything else — no
// bytes, UTF-16, a binary file, invalid UTF-8 — is a *DecodeError naming the document and
// the offset of the first bad byte: figures found in a mis-decoded text would point at bytes
// that do not say what the release claims.
func NewDocument(name string, raw []byte, lex *lexicon.Lexicon) (*Document, error) {
	if err := textError(raw); err != nil {
		err.Name = name
		return nil, err
	}
	return &Document{Name: name, Raw: raw, View: BuildView(raw, lex)}, nil
}

// CheckSection is NewDocument's check of its bytes on a section of a long document, read a
// section at a time, whose bytes start at offset base of it: the error's offset is the
// document's. A section of white space alone passes; the document may still be empty.
func CheckSection(name string, raw []byte, base int64) error {
	var err *DecodeError
	switch {
	case len(bytes.TrimSpace(raw)) == 0:
		return nil
	case base == 0:
		err = textError(raw)
	default:
		err = contentError(raw)
	}
	if err == nil {
		return nil
	}
	err.Name, err.Offset = name, err.Offset+base
	return err
}

// textError says why raw cannot be read as UTF-8 text, or is nil.
func textError(raw []byte) *DecodeError {
	switch {
	case len(bytes.TrimSpace(raw)) == 0:
		return &DecodeError{Offset: -1, Reason: "empty document (no text)"}
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return &DecodeError{Offset: 0, Reason: "UTF-16 text (byte-order mark): convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8"}
	}
	return contentError(raw)
}

// contentError says which byte of raw, text by its start, is not UTF-8 text, or is nil.
func contentError(raw []byte) *DecodeError {
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return &DecodeError{Offset: int64(i), Reason: "NUL byte: a binary file, or text in UTF-16 without a byte-order mark"}
	}
	if off := invalidUTF8(raw); off >= 0 {
		reason := "invalid UTF-8"
		if utf8.RuneCount(raw[:off]) == off {
			// Nothing but ASCII before the first bad byte: more likely a single-byte
			// encoding (curly quotes 0x93/0x94, dashes 0x96/0x97, accented letters) than
			// damaged UTF-8.
			reason += fmt.Sprintf(" (0x%02X after ASCII only: the file may be Windows-1252; convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8)", raw[off])
		}
		return &DecodeError{Offset: int64(off), Reason: reason}
	}
	return nil
}

// invalidUTF8 returns the offset of the first byte that is not valid UTF-8, or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1 // the common case, checked eight bytes at a time by the standard library
	}
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
	sents := v.SentenceSpans()
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
