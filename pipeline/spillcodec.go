package pipeline

import (
	"encoding/binary"
	"errors"
	"math"

	"github.com/kpfigures/figures/schemas"
)

// The spill's encoding of figure rows: each field in the order of schemas.Figure, strings
// as their length and bytes, optional fields after a presence byte, numbers as varints or
// IEEE bits. A figure's sentence, when it is the sentence of the figure before it in the
// block (a sentence's figures come together), is written once and decoded once, shared.
// Gob, used before, cost a tenth of a dense document's release and took a reflection pass
// to keep the pointers to zero that it drops.

// figureFields is how many fields schemas.Figure has: the codec writes each, and
// TestSpillCodecCoversFigure fails when a field is added without it.
const figureFields = 24

// encodeFigures encodes a run of figures as one spill block. Workers call it, so that the
// encoding, like the rest of a document's work, runs in parallel.
func encodeFigures(figs []schemas.Figure) []byte {
	size := 0
	for i := range figs {
		size += 160 + len(figs[i].Text) // about what a figure takes, its sentence once
		if i == 0 || figs[i].Sentence != figs[i-1].Sentence {
			size += len(figs[i].Sentence)
		}
	}
	b := make([]byte, 0, size)
	for i := range figs {
		f := &figs[i]
		b = appendString(b, f.FigureID)
		b = appendString(b, f.SourceID)
		b = binary.AppendVarint(b, f.Start)
		b = binary.AppendVarint(b, f.End)
		b = appendString(b, f.Text)
		b = appendFloat(b, f.Value)
		b = appendFloat(b, f.ValueLow)
		b = appendFloat(b, f.ValueHigh)
		b = appendString(b, f.Qualifier)
		b = appendString(b, string(f.Unit))
		b = appendBool(b, f.UnitInferred)
		b = appendOptional(b, f.Counted)
		b = appendString(b, string(f.Category))
		b = appendInt32(b, f.Year)
		b = appendOptional(b, f.Subject)
		if i > 0 && f.Sentence == figs[i-1].Sentence {
			b = append(b, 1) // as the figure before
		} else {
			b = appendString(append(b, 0), f.Sentence)
		}
		b = binary.AppendVarint(b, f.SentenceStart)
		b = binary.AppendVarint(b, f.SentenceEnd)
		b = appendInt32(b, f.Page)
		b = appendString(b, f.Review)
		b = appendOptional(b, f.ReviewNote)
		b = appendOptional(b, f.Original)
		b = appendOptional(b, f.Checks)
		b = appendOptional(b, f.SameAs)
	}
	return b
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func appendBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

func appendOptional(b []byte, s *string) []byte {
	if s == nil {
		return append(b, 0)
	}
	return appendString(append(b, 1), *s)
}

func appendFloat(b []byte, v *float64) []byte {
	if v == nil {
		return append(b, 0)
	}
	return binary.LittleEndian.AppendUint64(append(b, 1), math.Float64bits(*v))
}

func appendInt32(b []byte, v *int32) []byte {
	if v == nil {
		return append(b, 0)
	}
	return binary.AppendVarint(append(b, 1), int64(*v))
}

// errSpillBlock is a block the spill cannot decode: the spill file was changed under it.
var errSpillBlock = errors.New("corrupt block")

// blockReader decodes a spill block, field by field; the first error sticks.
type blockReader struct {
	b        []byte
	err      error
	sentence string            // the sentence of the figure before
	words    map[string]string // the values of the fields of few values (unit, category, ...), made once
}

// figure decodes the next figure of the block into f.
func (r *blockReader) figure(f *schemas.Figure) error {
	f.FigureID = r.string()
	f.SourceID = r.word()
	f.Start = r.varint()
	f.End = r.varint()
	f.Text = r.string()
	f.Value = r.float()
	f.ValueLow = r.float()
	f.ValueHigh = r.float()
	f.Qualifier = r.word()
	f.Unit = schemas.Unit(r.word())
	f.UnitInferred = r.byte() == 1
	f.Counted = r.optional()
	f.Category = schemas.Category(r.word())
	f.Year = r.int32()
	f.Subject = r.optional()
	if r.byte() == 0 {
		r.sentence = r.string()
	}
	f.Sentence = r.sentence
	f.SentenceStart = r.varint()
	f.SentenceEnd = r.varint()
	f.Page = r.int32()
	f.Review = r.word()
	f.ReviewNote = r.optional()
	f.Original = r.optional()
	f.Checks = r.optional()
	f.SameAs = r.optional()
	return r.err
}

func (r *blockReader) fail() {
	if r.err == nil {
		r.err = errSpillBlock
	}
	r.b = nil
}

func (r *blockReader) byte() byte {
	if len(r.b) == 0 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *blockReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// field returns the bytes of the next string field, its length first.
func (r *blockReader) field() []byte {
	n, k := binary.Uvarint(r.b)
	if k <= 0 || n > uint64(len(r.b)-k) {
		r.fail()
		return nil
	}
	b := r.b[k : k+int(n)]
	r.b = r.b[k+int(n):]
	return b
}

func (r *blockReader) string() string { return string(r.field()) }

// word is string for a field of few values: each value is made once, not once per figure.
func (r *blockReader) word() string {
	b := r.field()
	if w, ok := r.words[string(b)]; ok {
		return w
	}
	if r.words == nil {
		r.words = map[string]string{}
	}
	w := string(b)
	if len(r.words) < maxWords {
		r.words[w] = w
	}
	return w
}

// maxWords bounds the values word keeps: a field thought to have few values might not.
const maxWords = 1024

func (r *blockReader) optional() *string {
	if r.byte() == 0 {
		return nil
	}
	return new(r.string())
}

func (r *blockReader) float() *float64 {
	if r.byte() == 0 {
		return nil
	}
	if len(r.b) < 8 {
		r.fail()
		return nil
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(r.b))
	r.b = r.b[8:]
	return &v
}

func (r *blockReader) int32() *int32 {
	if r.byte() == 0 {
		return nil
	}
	return new(int32(r.varint()))
}
