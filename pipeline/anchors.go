package pipeline

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"

	"github.com/kpfigures/figures/schemas"
)

// The cross-source checks compare sentences that state the same anchor (see anchorKey): an
// anchorCounter counts the sentences of each anchor as documents go by, and the sentences
// that state one wait, in a sentenceFile, until every document is in.

// anchorCounter counts, per anchor (see anchorKey), the sentences that state it, as the
// figures go by in order.
type anchorCounter struct {
	sentences map[string]int
	current   sentenceKey
	inCurrent []string // the anchors of the current sentence: a few at most
}

type sentenceKey struct {
	source string
	start  int64
}

func (a *anchorCounter) add(f schemas.Figure) {
	if a.sentences == nil {
		a.sentences = map[string]int{}
	}
	if k := (sentenceKey{f.SourceID, f.SentenceStart}); k != a.current {
		a.current, a.inCurrent = k, a.inCurrent[:0]
	}
	if key := anchorKey(f); key != "" && !slices.Contains(a.inCurrent, key) {
		a.inCurrent = append(a.inCurrent, key)
		a.sentences[key]++
	}
}

// shared returns the anchors stated in more than one sentence and at most maxAnchorSentences.
func (a *anchorCounter) shared() map[string]bool {
	out := map[string]bool{}
	for k, n := range a.sentences {
		if n > 1 && n <= maxAnchorSentences {
			out[k] = true
		}
	}
	return out
}

// anchoredSentences returns the sentences of figs (one document's, in order) that state an
// anchor: the only sentences the cross-source checks compare. Their number grows with the
// corpus, so they wait in the spill beside the figures, each figure kept as the little the
// checks read of it.
func anchoredSentences(figs []schemas.Figure) (anchored [][]anchoredFigure) {
	for i := 0; i < len(figs); {
		j := i
		for j < len(figs) && figs[j].SentenceStart == figs[i].SentenceStart {
			j++
		}
		if slices.ContainsFunc(figs[i:j], func(f schemas.Figure) bool { return anchorKey(f) != "" }) {
			sentence := make([]anchoredFigure, 0, j-i)
			for _, f := range figs[i:j] {
				sentence = append(sentence, anchoredOf(f))
			}
			anchored = append(anchored, sentence)
		}
		i = j
	}
	return anchored
}

// anchoredFigure is what the cross-source checks read of a figure.
type anchoredFigure struct {
	id, source, text, unit, counted string
	sentenceStart                   int64
	value, low, high                float64
	has                             uint8 // hasValue | hasLow | hasHigh | hasCounted
}

const (
	hasValue = 1 << iota
	hasLow
	hasHigh
	hasCounted
)

func anchoredOf(f schemas.Figure) anchoredFigure {
	a := anchoredFigure{id: f.FigureID, source: f.SourceID, text: f.Text, unit: f.Unit, sentenceStart: f.SentenceStart}
	if f.Value != nil {
		a.value, a.has = *f.Value, a.has|hasValue
	}
	if f.ValueLow != nil {
		a.low, a.has = *f.ValueLow, a.has|hasLow
	}
	if f.ValueHigh != nil {
		a.high, a.has = *f.ValueHigh, a.has|hasHigh
	}
	if f.Counted != nil {
		a.counted, a.has = *f.Counted, a.has|hasCounted
	}
	return a
}

// figure returns the figure as the checks read it.
func (a anchoredFigure) figure() schemas.Figure {
	f := schemas.Figure{FigureID: a.id, SourceID: a.source, SentenceStart: a.sentenceStart, Text: a.text, Unit: a.unit}
	if a.has&hasValue != 0 {
		f.Value = ptr(a.value)
	}
	if a.has&hasLow != 0 {
		f.ValueLow = ptr(a.low)
	}
	if a.has&hasHigh != 0 {
		f.ValueHigh = ptr(a.high)
	}
	if a.has&hasCounted != 0 {
		f.Counted = ptr(a.counted)
	}
	return f
}

// sentenceFile keeps anchor sentences in a temporary file: per sentence its number of
// figures, then per figure its strings (length, bytes), its sentence start, which values it
// has, and the three values.
type sentenceFile struct {
	path string
	f    *os.File
	w    *bufio.Writer
}

func newSentenceFile(dir string) (*sentenceFile, error) {
	f, err := os.CreateTemp(dir, ".anchors-spill-")
	if err != nil {
		return nil, err
	}
	return &sentenceFile{path: f.Name(), f: f, w: bufio.NewWriterSize(f, 1<<16)}, nil
}

func (s *sentenceFile) add(sentence []anchoredFigure) error {
	var buf []byte
	buf = binary.AppendUvarint(buf, uint64(len(sentence)))
	for _, a := range sentence {
		for _, str := range [...]string{a.id, a.source, a.text, a.unit, a.counted} {
			buf = binary.AppendUvarint(buf, uint64(len(str)))
			buf = append(buf, str...)
		}
		buf = binary.AppendVarint(buf, a.sentenceStart)
		buf = append(buf, a.has)
		for _, v := range [...]float64{a.value, a.low, a.high} {
			buf = binary.LittleEndian.AppendUint64(buf, math.Float64bits(v))
		}
	}
	_, err := s.w.Write(buf)
	return err
}

func (s *sentenceFile) each(fn func([]anchoredFigure) error) error {
	if err := s.w.Flush(); err != nil {
		return err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	r := bufio.NewReaderSize(s.f, 1<<16)
	for {
		n, err := binary.ReadUvarint(r)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("anchor spill: %w", err)
		}
		sentence := make([]anchoredFigure, n)
		for i := range sentence {
			if err := readAnchored(r, &sentence[i]); err != nil {
				return fmt.Errorf("anchor spill: %w", err)
			}
		}
		if err := fn(sentence); err != nil {
			return err
		}
	}
}

func readAnchored(r *bufio.Reader, a *anchoredFigure) error {
	for _, str := range [...]*string{&a.id, &a.source, &a.text, &a.unit, &a.counted} {
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return err
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(r, b); err != nil {
			return err
		}
		*str = string(b)
	}
	var err error
	if a.sentenceStart, err = binary.ReadVarint(r); err != nil {
		return err
	}
	if a.has, err = r.ReadByte(); err != nil {
		return err
	}
	var b [8]byte
	for _, v := range [...]*float64{&a.value, &a.low, &a.high} {
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return err
		}
		*v = math.Float64frombits(binary.LittleEndian.Uint64(b[:]))
	}
	return nil
}

func (s *sentenceFile) close() error {
	err := s.f.Close()
	if rerr := os.Remove(s.path); err == nil {
		err = rerr
	}
	return err
}
