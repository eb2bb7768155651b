package checks

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"github.com/kpfigures/figures/schemas"
)

// The cross-source checks compare sentences that state the same anchor (see anchorKey):
// anchorCounts counts the sentences of each anchor as documents go by, and the sentences that
// state one wait in the spill until every document is in.

// anchorCounts counts, per anchor (see anchorKey), the sentences that state it.
type anchorCounts map[string]int

// add counts the anchors of one sentence, each once.
func (a anchorCounts) add(anchors []string) {
	for _, k := range anchors {
		a[k]++
	}
}

// shared returns the anchors stated in more than one sentence and at most maxAnchorSentences.
func (a anchorCounts) shared() map[string]bool {
	out := map[string]bool{}
	for k, n := range a {
		if n > 1 && n <= maxAnchorSentences {
			out[k] = true
		}
	}
	return out
}

// anchoredSentence is a sentence that states an anchor: its figures as the checks read
// them, and its anchors, each once.
type anchoredSentence struct {
	figures []Anchored
	anchors []string
}

// anchoredSentences returns the sentences of figs (one document's, in order) that state an
// anchor: the only sentences the cross-source checks compare. Their number grows with the
// corpus, so they wait in the spill beside the figures, each figure kept as the little the
// checks read of it.
func anchoredSentences(figs []schemas.Figure) (anchored []anchoredSentence) {
	for i := 0; i < len(figs); {
		j := i
		for j < len(figs) && figs[j].SentenceStart == figs[i].SentenceStart {
			j++
		}
		var anchors []string
		for _, f := range figs[i:j] {
			for _, k := range [...]string{anchorKey(f), restatementKey(f)} {
				if k != "" && !slices.Contains(anchors, k) {
					anchors = append(anchors, k)
				}
			}
		}
		if len(anchors) > 0 {
			sentence := anchoredSentence{figures: make([]Anchored, 0, j-i), anchors: anchors}
			for _, f := range figs[i:j] {
				sentence.figures = append(sentence.figures, AnchoredOf(f))
			}
			anchored = append(anchored, sentence)
		}
		i = j
	}
	return anchored
}

// Anchored is what the cross-source checks read of a figure.
type Anchored struct {
	id, source, text, unit, counted string
	restates                        string // its restatementKey
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

// AnchoredOf keeps of f what the cross-source checks read.
func AnchoredOf(f schemas.Figure) Anchored {
	a := Anchored{id: f.FigureID, source: f.SourceID, text: f.Text, unit: string(f.Unit), sentenceStart: f.SentenceStart,
		restates: restatementKey(f)}
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

// Figure returns the figure as the checks read it.
func (a Anchored) Figure() schemas.Figure {
	f := schemas.Figure{FigureID: a.id, SourceID: a.source, SentenceStart: a.sentenceStart, Text: a.text, Unit: schemas.Unit(a.unit)}
	if a.has&hasValue != 0 {
		f.Value = new(a.value)
	}
	if a.has&hasLow != 0 {
		f.ValueLow = new(a.low)
	}
	if a.has&hasHigh != 0 {
		f.ValueHigh = new(a.high)
	}
	if a.has&hasCounted != 0 {
		f.Counted = new(a.counted)
	}
	return f
}

// WriteSentence writes an anchor sentence to a spill: its number of figures, then per
// figure its strings (length, bytes), its sentence start, which values it has, and the
// three values.
func WriteSentence(w *bufio.Writer, sentence []Anchored) error {
	var buf []byte
	buf = binary.AppendUvarint(buf, uint64(len(sentence)))
	for _, a := range sentence {
		for _, str := range [...]string{a.id, a.source, a.text, a.unit, a.counted, a.restates} {
			buf = binary.AppendUvarint(buf, uint64(len(str)))
			buf = append(buf, str...)
		}
		buf = binary.AppendVarint(buf, a.sentenceStart)
		buf = append(buf, a.has)
		for _, v := range [...]float64{a.value, a.low, a.high} {
			buf = binary.LittleEndian.AppendUint64(buf, math.Float64bits(v))
		}
	}
	_, err := w.Write(buf)
	return err
}

// ReadSentences reads back what writeSentence wrote, a sentence at a time.
func ReadSentences(r *bufio.Reader, fn func([]Anchored) error) error {
	var scratch []byte
	for {
		n, err := binary.ReadUvarint(r)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("anchor spill: %w", err)
		}
		sentence := make([]Anchored, n)
		for i := range sentence {
			if scratch, err = readAnchored(r, &sentence[i], scratch); err != nil {
				return fmt.Errorf("anchor spill: %w", err)
			}
		}
		if err := fn(sentence); err != nil {
			return err
		}
	}
}

// maxAnchorString bounds a string of the spill: ids, units and counted phrases are short.
const maxAnchorString = 1 << 20

// readAnchored reads one figure into a, its six strings through scratch into one string of
// their bytes that each is a slice of (one allocation, not six), and returns scratch.
func readAnchored(r *bufio.Reader, a *Anchored, scratch []byte) ([]byte, error) {
	strs := [...]*string{&a.id, &a.source, &a.text, &a.unit, &a.counted, &a.restates}
	var ends [len(strs)]int
	scratch = scratch[:0]
	for k := range strs {
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return scratch, err
		}
		if n > maxAnchorString {
			return scratch, fmt.Errorf("a string of %d bytes", n) // a spill that is not ours, or cut short
		}
		scratch = slices.Grow(scratch, int(n))
		if _, err := io.ReadFull(r, scratch[len(scratch):len(scratch)+int(n)]); err != nil {
			return scratch, err
		}
		scratch = scratch[:len(scratch)+int(n)]
		ends[k] = len(scratch)
	}
	all := string(scratch)
	for k, str := range strs {
		start := 0
		if k > 0 {
			start = ends[k-1]
		}
		*str = all[start:ends[k]]
	}
	var err error
	if a.sentenceStart, err = binary.ReadVarint(r); err != nil {
		return scratch, err
	}
	if a.has, err = r.ReadByte(); err != nil {
		return scratch, err
	}
	var b [8]byte
	for _, v := range [...]*float64{&a.value, &a.low, &a.high} {
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return scratch, err
		}
		*v = math.Float64frombits(binary.LittleEndian.Uint64(b[:]))
	}
	return scratch, nil
}
