package pipeline

import (
	"bytes"
	"io"
	"unicode/utf8"
)

// A text document longer than sectionBytes is read a section at a time: a statistical
// yearbook converted to text is hundreds of megabytes with a figure on every line, and held
// whole, with its view, it would take several times its size in memory. A section ends at a
// paragraph break, before a short line where it can (a table's caption, a heading), so that
// tables and the sentences around a figure stay whole; the figures' offsets, ids and
// sentences are the document's.
//
// What a section does not see of the sections before it: the heading, table and currency a
// figure's words inherit across the cut, the document's topic (each section's own is
// measured), table references and restatements across it, and duplicate figure ids (a
// document's ids are distinct by construction; the check runs within each section).
const sectionBytes = 4 << 20

// sectionSlack is how far past sectionBytes a section may run to end at a paragraph break.
const sectionSlack = sectionBytes / 4

// headingLine is the longest line a section prefers to start at: a caption or a heading.
const headingLine = 120

// sectionReader reads a file a section at a time (see sectionBytes).
type sectionReader struct {
	r    io.Reader
	size int    // a section's bytes before it looks for a cut
	buf  []byte // the bytes read and not yet returned, from offset base of the file
	base int64
	eof  bool
}

func newSectionReader(r io.Reader, size int) *sectionReader {
	return &sectionReader{r: r, size: size}
}

// next returns the next section, in memory of its own, and its offset in the file; at the
// end, nil and io.EOF.
func (sr *sectionReader) next() ([]byte, int64, error) {
	limit := sr.size + sr.size/4
	for !sr.eof && len(sr.buf) < limit {
		if cap(sr.buf) < limit {
			grown := make([]byte, len(sr.buf), limit)
			copy(grown, sr.buf)
			sr.buf = grown
		}
		n, err := sr.r.Read(sr.buf[len(sr.buf):limit])
		sr.buf = sr.buf[:len(sr.buf)+n]
		if err == io.EOF {
			sr.eof = true
		} else if err != nil {
			return nil, 0, err
		}
	}
	if len(sr.buf) == 0 {
		return nil, 0, io.EOF
	}
	cut := len(sr.buf)
	if !sr.eof || len(sr.buf) > limit {
		cut = sectionCut(sr.buf, sr.size)
	}
	section := bytes.Clone(sr.buf[:cut])
	base := sr.base
	sr.buf, sr.base = append(sr.buf[:0], sr.buf[cut:]...), sr.base+int64(cut)
	return section, base, nil
}

// sectionCut returns where the section of b that runs to about size bytes ends: at the start
// of the first paragraph after size that opens with a short line, else of any paragraph,
// else of a line, else after a space, else at a character's start.
func sectionCut(b []byte, size int) int {
	paragraph, line, space := -1, -1, -1
	blank := false
	for at := size; at < len(b); {
		// at is inside a line until the first newline; line starts after that.
		nl := bytes.IndexByte(b[at:], '\n')
		if nl < 0 {
			break
		}
		start := at + nl + 1
		end := len(b)
		if i := bytes.IndexByte(b[start:], '\n'); i >= 0 {
			end = start + i
		}
		if line < 0 && start < len(b) {
			line = start
		}
		text := bytes.TrimSpace(b[start:end])
		switch {
		case len(text) == 0:
			blank = true
		case blank && end < len(b):
			if len(text) <= headingLine && !bytes.ContainsAny(text[len(text)-1:], ".,;:") {
				return start
			}
			if paragraph < 0 {
				paragraph = start
			}
			blank = false
		default:
			blank = false
		}
		at = end
	}
	if i := bytes.IndexByte(b[size:], ' '); i >= 0 {
		space = size + i + 1
	}
	for _, cut := range []int{paragraph, line, space} {
		if cut > 0 && cut < len(b) {
			return cut
		}
	}
	cut := size
	for cut > 0 && !utf8.RuneStart(b[cut]) {
		cut--
	}
	return max(cut, 1)
}
