package pipeline

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/pipeline/normalize"
	"github.com/kpfigures/figures/schemas"
)

// label is one hand-labelled figure of testdata/labels.
type label struct {
	text                      string
	start, end                int // raw byte span, located from text and nth
	value                     string
	unit, qualifier, category string
	line                      int
}

// Floors the extractor must keep on the labelled documents. They sit a little below what
// it measures, so that a change which loses figures fails here rather than in a release.
const (
	minPrecision = 0.90
	minRecall    = 0.90
	minAgreement = 0.85 // matched figures whose value, unit, qualifier and category all agree
)

func TestQualityOnLabelledDocuments(t *testing.T) {
	files, err := filepath.Glob("../testdata/labels/*.tsv")
	if err != nil || len(files) < 2 {
		t.Fatalf("want at least two labelled documents, got %d (%v)", len(files), err)
	}
	var found, labelled, matchedFound, matchedLabels, agree int
	for _, lf := range files {
		name := strings.TrimSuffix(filepath.Base(lf), ".tsv")
		raw, err := os.ReadFile(filepath.Join("../corpus", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		labels, err := readLabels(lf, raw)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := document.NewDocument(name, raw, lexicon.Default())
		if err != nil {
			t.Fatal(err)
		}
		src := schemas.Source{SourceID: name, SHA256: schemas.SHA256(raw), Bytes: int64(len(raw))}
		rows := normalize.Normalize(&src, extract.Find(doc), normalize.DocumentTopic(doc.View, lexicon.Default()), lexicon.Default())
		used := make([]bool, len(labels))
		for _, r := range rows {
			hit := -1
			for i, l := range labels {
				if !used[i] && int(r.Start) < l.end && l.start < int(r.End) {
					hit = i
					break
				}
			}
			if hit < 0 {
				t.Logf("%s: false positive %q (%s) in %q", name, r.Text, r.Unit, r.Sentence)
				continue
			}
			used[hit] = true
			matchedFound++
			l := labels[hit]
			if got := rowValue(r); got != l.value || string(r.Unit) != l.unit || r.Qualifier != l.qualifier || string(r.Category) != l.category {
				t.Logf("%s:%d: %q: got %s %s %s %s, labelled %s %s %s %s", lf, l.line, l.text,
					got, r.Unit, r.Qualifier, r.Category, l.value, l.unit, l.qualifier, l.category)
			} else {
				agree++
			}
		}
		for i, l := range labels {
			if used[i] {
				matchedLabels++
			} else {
				t.Logf("%s:%d: missed %q", lf, l.line, l.text)
			}
		}
		found += len(rows)
		labelled += len(labels)
	}
	precision := ratio(matchedFound, found)
	recall := ratio(matchedLabels, labelled)
	agreement := ratio(agree, matchedFound)
	t.Logf("labelled %d, found %d: precision %.3f, recall %.3f, field agreement %.3f", labelled, found, precision, recall, agreement)
	if precision < minPrecision || recall < minRecall || agreement < minAgreement {
		t.Errorf("quality below floor: precision %.3f (min %.2f), recall %.3f (min %.2f), agreement %.3f (min %.2f)",
			precision, minPrecision, recall, minRecall, agreement, minAgreement)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func rowValue(r schemas.Figure) string {
	f := func(v *float64) string { return strconv.FormatFloat(*v, 'f', -1, 64) }
	if r.Value == nil {
		return f(r.ValueLow) + ".." + f(r.ValueHigh)
	}
	return f(r.Value)
}

// readLabels reads a label file and locates each label in raw.
func readLabels(path string, raw []byte) ([]label, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	collapsed, offsets := collapseWithOffsets(raw)
	var labels []label
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		if n == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue // header
		}
		p := strings.Split(sc.Text(), "\t")
		if len(p) != 6 {
			return nil, fmt.Errorf("%s:%d: want 6 fields, got %d", path, n, len(p))
		}
		nth, err := strconv.Atoi(p[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: nth: %w", path, n, err)
		}
		at := nthWord(collapsed, p[0], nth)
		if at < 0 {
			return nil, fmt.Errorf("%s:%d: %q occurrence %d not in the source", path, n, p[0], nth)
		}
		labels = append(labels, label{text: p[0], start: offsets[at], end: offsets[at+len(p[0])-1] + 1,
			value: p[2], unit: p[3], qualifier: p[4], category: p[5], line: n})
	}
	return labels, sc.Err()
}

// collapseWithOffsets collapses white space runs to one space and returns, for each byte of
// the result, its offset in raw.
func collapseWithOffsets(raw []byte) (string, []int) {
	var b strings.Builder
	var off []int
	space := false
	for i, r := range string(raw) {
		if unicode.IsSpace(r) || r == '\u00a0' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			off = append(off, i-1)
		}
		space = false
		n := utf8.RuneLen(r)
		b.WriteRune(r)
		for k := 0; k < n; k++ {
			off = append(off, i+k)
		}
	}
	return b.String(), off
}

// nthWord finds the nth occurrence of w in s not joined to a letter, digit or hyphen.
func nthWord(s, w string, nth int) int {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }
	from := 0
	for {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		at := from + i
		before, _ := utf8.DecodeLastRuneInString(s[:at])
		after, _ := utf8.DecodeRuneInString(s[at+len(w):])
		if (at == 0 || !isWord(before)) && (at+len(w) == len(s) || !isWord(after)) {
			nth--
			if nth == 0 {
				return at
			}
		}
		from = at + 1
	}
}
