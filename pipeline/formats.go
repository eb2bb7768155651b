package pipeline

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/schemas"
)

// DocumentExts are the file name extensions of the documents a corpus holds: plain text and
// Markdown (read as they are), saved web pages, and PDF (through pdftotext).
var DocumentExts = []string{".txt", ".md", ".markdown", ".html", ".htm", ".pdf"}

func isDocument(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range DocumentExts {
		if ext == e {
			return true
		}
	}
	return false
}

// sourceText is a corpus document read for the stages.
type sourceText struct {
	doc  *document.Document // its Raw is text: the offsets of figures count in it
	meta document.PageMeta  // what the document says about itself
	// extracted is true when doc.Raw is not the file's bytes but text extracted from
	// them (PDF): the release ships it, so that the offsets can be checked.
	extracted bool
}

// readSource reads the document at path, whose bytes are raw, by its format; onDisk says that
// raw was read from path, so that tools that read files can read it there. A document that
// cannot be read as text is an *document.DecodeError.
func readSource(path string, raw []byte, onDisk bool, lex *lexicon.Lexicon) (*sourceText, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		doc, meta, err := document.NewHTMLDocument(path, raw, lex)
		return &sourceText{doc: doc, meta: meta}, err
	case ".pdf":
		return readPDF(path, raw, onDisk, lex)
	}
	doc, err := document.NewDocument(path, raw, lex)
	return &sourceText{doc: doc}, err
}

// readPDF extracts a PDF's text with pdftotext (poppler-utils) — reading order, columns
// kept apart, pages ended by form feeds — and its document information with pdfinfo.
func readPDF(path string, raw []byte, onDisk bool, lex *lexicon.Lexicon) (*sourceText, error) {
	bad := func(reason string) error { return &document.DecodeError{Name: path, Offset: -1, Reason: reason} }
	if !bytes.HasPrefix(raw, []byte("%PDF-")) {
		return nil, &document.DecodeError{Name: path, Offset: 0, Reason: "not a PDF file (no %PDF- header)"}
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return nil, bad("pdftotext not found: install poppler-utils to read PDF documents")
	}
	file := path
	if !onDisk {
		// The tools read files, and raw came from elsewhere (object storage).
		tmp, err := os.CreateTemp("", "figures-*.pdf")
		if err != nil {
			return nil, err
		}
		defer os.Remove(tmp.Name())
		_, err = tmp.Write(raw)
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, err
		}
		file = tmp.Name()
	}
	var stderr bytes.Buffer
	cmd := exec.Command("pdftotext", "-enc", "UTF-8", "-eol", "unix", file, "-")
	cmd.Stderr = &stderr
	text, err := cmd.Output()
	if err != nil {
		return nil, bad(fmt.Sprintf("pdftotext: %v: %s", err, firstLine(stderr.String())))
	}
	doc, err := document.NewDocument(path, text, lex)
	var de *document.DecodeError
	if errors.As(err, &de) {
		de.Reason = "text extracted by pdftotext: " + de.Reason
		return nil, de
	}
	if err != nil {
		return nil, err
	}
	return &sourceText{doc: doc, meta: pdfInfo(file), extracted: true}, nil
}

// pdfInfo reads a PDF's title, author and creation date; what it cannot read is unknown.
func pdfInfo(path string) document.PageMeta {
	var m document.PageMeta
	out, err := exec.Command("pdfinfo", "-enc", "UTF-8", "-isodates", path).Output()
	if err != nil {
		return m
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		key, val, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		val = strings.TrimSpace(val)
		switch key {
		case "Title":
			m.Title = val
		case "Author":
			for _, a := range strings.FieldsFunc(val, func(r rune) bool { return r == ';' }) {
				if a = strings.TrimSpace(a); a != "" {
					m.Authors = append(m.Authors, a)
				}
			}
		case "CreationDate":
			if len(val) >= 10 && val[4] == '-' && val[7] == '-' {
				m.Published = val[:10]
			}
		}
	}
	return m
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// TextFileName is the name under which a release ships the text extracted from a source.
func TextFileName(sourceID string) string { return "text_" + sourceID + ".txt" }

// ReadDocument reads one corpus document of any format with lex, for exploring it: the document
// (whose Raw is the text its offsets count in) and its sources row.
func ReadDocument(d CorpusDoc, lex *lexicon.Lexicon) (*document.Document, schemas.Source, error) {
	raw, err := os.ReadFile(d.Path)
	if err != nil {
		return nil, schemas.Source{}, err
	}
	src, err := readSource(d.Path, raw, true, lex)
	if err != nil {
		return nil, schemas.Source{}, err
	}
	return src.doc, SourceRow(d, raw, src.meta, lex), nil
}

// DocumentAt describes a single file as a corpus document without a manifest entry.
func DocumentAt(path string) CorpusDoc {
	base := filepath.Base(path)
	return CorpusDoc{Path: path, Meta: ManifestEntry{ID: strings.TrimSuffix(base, filepath.Ext(base)), File: base}}
}

// textTitle is the title a plain-text or Markdown document gives itself: its first line
// that is not blank, when it reads as a heading ("# Title", or a short line that does not end
// like a sentence) and not as the name of a part of it ("Introduction"); else "".
func textTitle(path string, raw []byte, lex *lexicon.Lexicon) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".markdown":
	default:
		return ""
	}
	for len(raw) > 0 {
		line := raw
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			line, raw = raw[:i], raw[i+1:]
		} else {
			raw = nil
		}
		t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(string(line)), "#"))
		if t == "" {
			continue
		}
		if !utf8.ValidString(t) || len(t) > 200 || len(strings.Fields(t)) > 15 || strings.ContainsAny(t[len(t)-1:], ".,;:") ||
			lex.HasFold(lexicon.SectionNames, t) {
			return "" // a sentence, or "Introduction": a part's name, not the document's
		}
		return t
	}
	return ""
}

// detectLanguage names the language of a document that does not say it: "ko" when a fifth
// or more of the letters of its first 64 KB are Hangul (Korean text quotes English names and
// acronyms), else "" — unknown, rather than a guess among the languages written in Latin
// letters.
func detectLanguage(raw []byte) string {
	raw = raw[:min(len(raw), 64<<10)]
	var hangul, letters int
	for _, r := range string(raw) {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Hangul, r) {
				hangul++
			}
		}
	}
	if letters > 0 && hangul*5 >= letters {
		return "ko"
	}
	return ""
}
