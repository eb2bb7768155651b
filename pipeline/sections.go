package pipeline

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/pipeline/normalize"
	"github.com/kpfigures/figures/schemas"
)

// A text document longer than sectionsAbove sections (16 MB) is read a section of about
// sectionBytes at a time: a statistical yearbook converted to text is hundreds of megabytes
// with a figure on every line, and held whole, with its view, it would take several times its
// size in memory. A section ends at a
// paragraph break, before a short line where it can (a table's caption, a heading), so that
// tables and the sentences around a figure stay whole; the figures' offsets, ids and
// sentences are the document's.
//
// What a section does not see of the sections before it: the heading, table and currency a
// figure's words inherit across the cut, the document's topic (each section's own is
// measured), table references and restatements across it, and duplicate figure ids (a
// document's ids are distinct by construction; the check runs within each section).
const sectionBytes = 4 << 20

// sectionsAbove is how many sections long a document must be to be read in sections: a
// shorter one is held whole, as cheaply (reading it once, measuring its topic once) and
// within the memory a release keeps to.
const sectionsAbove = 4

// headingLine is the longest line a section prefers to start at: a caption or a heading.
const headingLine = 120

// headingAt reports whether text, a line of b after a paragraph break that ends at end, looks
// like a heading or a caption: short, not ending like a clause, not a table's row (columns
// set out with bars, tabs or runs of spaces), with a blank line after it.
func headingAt(b, text []byte, end int) bool {
	if len(text) > headingLine || bytes.ContainsAny(text[len(text)-1:], ".,;:") ||
		bytes.ContainsAny(text, "|\t") || bytes.Contains(text, []byte("  ")) {
		return false
	}
	next := b[end+1:]
	if i := bytes.IndexByte(next, '\n'); i >= 0 {
		return len(bytes.TrimSpace(next[:i])) == 0
	}
	return false
}

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
// end, nil and io.EOF. A section runs to a quarter past size to end at a paragraph break.
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
	cut := len(sr.buf) // the last section, whole
	if !sr.eof {
		cut = sectionCut(sr.buf, sr.size)
	}
	section := bytes.Clone(sr.buf[:cut])
	base := sr.base
	sr.buf, sr.base = append(sr.buf[:0], sr.buf[cut:]...), sr.base+int64(cut)
	return section, base, nil
}

// sectionCut returns where the section of b that runs to about size bytes ends: at the start
// of the first paragraph after size that opens with a heading (see headingAt), else of any paragraph,
// else of a line, else after a space, else at a character's start.
func sectionCut(b []byte, size int) int {
	if size >= len(b) {
		return len(b)
	}
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
			if headingAt(b, text, end) {
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

// readsInSections reports whether document i is read a section at a time: a text file
// longer than sectionsAbove sections whose review does not need its whole text.
func (c *Corpus) readsInSections(i int) bool {
	d := c.Docs[i]
	st, err := os.Stat(d.Path)
	return err == nil && sectioned(d.Path, st.Size(), c.sectionSize()) && !c.Review.NeedsText(d.Meta.ID)
}

// sectioned reports whether a document of size bytes at path is long enough, and of a format,
// to be read in sections of sectionSize.
func sectioned(path string, size int64, sectionSize int) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".markdown":
		return size > sectionsAbove*int64(sectionSize)
	}
	return false // a saved page or a PDF is read whole: its text comes out of a parser
}

// HeldBytes is about how much of a document of size bytes at path the stages hold at once:
// all of it, or, read in sections, the section being found and the one its rows are in.
func HeldBytes(path string, size int64) int64 {
	if sectioned(path, size, sectionBytes) {
		return 2 * (sectionBytes + sectionBytes/4)
	}
	return size
}

func (c *Corpus) sectionSize() int { return cmp.Or(c.sectionBytes, sectionBytes) }

// runSections is runFile on a long text document, read a section at a time: once to check
// that it is text and to hash it, before any row goes out, and again for the stages.
func (c *Corpus) runSections(i int, emit func(figureRun) error) (*DocResult, error) {
	d, lex := c.Docs[i], c.Lex
	scan, err := scanSections(d.Path, c.sectionSize())
	if err != nil {
		return c.skipped(d, nil, document.ReadError(d.Path, err)), nil
	}
	if scan.bad != nil {
		return c.skipped(d, nil, scan.bad), nil
	}
	res := &DocResult{Source: SourceRow(d, scan.head, document.PageMeta{}, lex)}
	res.Source.SHA256, res.Source.Bytes = scan.sum, scan.size
	if err := schemas.SourceRules(&res.Source, nil); err != nil {
		return nil, fmt.Errorf("%s: %w", d.Path, err)
	}
	f, err := os.Open(d.Path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", d.Path, err)
	}
	defer f.Close()
	sections, hash := newSectionReader(f, c.sectionSize()), sha256.New()
	next := func() (*section, error) {
		for {
			raw, base, err := sections.next()
			if err == io.EOF {
				if hex.EncodeToString(hash.Sum(nil)) != scan.sum {
					return nil, fmt.Errorf("%s: the file changed while it was read", d.Path)
				}
				return nil, nil
			}
			if err != nil {
				return nil, fmt.Errorf("%s: %w", d.Path, err)
			}
			hash.Write(raw)
			if len(bytes.TrimSpace(raw)) == 0 {
				continue
			}
			doc, err := document.NewDocument(d.Path, raw, lex)
			if err != nil {
				return nil, fmt.Errorf("%s: the file changed while it was read: %w", d.Path, err)
			}
			return &section{doc: doc, text: schemas.Text{Bytes: raw, Base: base},
				topic: normalize.DocumentTopic(doc.View, lex).Moved(int(base))}, nil
		}
	}
	stop := make(chan struct{})
	defer close(stop)
	runs := startFinding(next, normalize.NewNormalizer(&res.Source, normalize.Topic{}, lex), cmp.Or(c.runFigures, runFigures), stop)
	reviewing, err := c.Review.ForSource(&res.Source, nil, normalize.Topic{}, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c.Dir, err)
	}
	return c.stageRuns(res, runs, reviewing, nil, scan.size, emit)
}

// sectionScan is what the first reading of a long document found: its first section (for
// its title and language), size and SHA-256, or why it cannot be read as text.
type sectionScan struct {
	head []byte
	size int64
	sum  string
	bad  *document.DecodeError
}

// scanSections reads the document at path a section at a time for runSections' first pass.
func scanSections(path string, size int) (sectionScan, error) {
	var scan sectionScan
	f, err := os.Open(path)
	if err != nil {
		return scan, err
	}
	defer f.Close()
	sections, hash, text := newSectionReader(f, size), sha256.New(), false
	for {
		raw, base, err := sections.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return scan, err
		}
		if err := document.CheckSection(path, raw, base); err != nil {
			scan.bad = err.(*document.DecodeError)
			return scan, nil
		}
		if scan.head == nil {
			scan.head = raw
		}
		hash.Write(raw)
		scan.size += int64(len(raw))
		text = text || len(bytes.TrimSpace(raw)) > 0
	}
	if !text {
		scan.bad = &document.DecodeError{Name: path, Offset: -1, Reason: "empty document (no text)"}
	}
	scan.sum = hex.EncodeToString(hash.Sum(nil))
	return scan, nil
}
