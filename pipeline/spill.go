package pipeline

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/kpfigures/figures/pipeline/checks"
	"github.com/kpfigures/figures/schemas"
)

// spill holds the figures between their extraction and their release: the checks across
// sources must see every figure before any figure row, which lists its findings, is final.
type spill interface {
	// add keeps one document's figures; block is their encoding by encodeFigures when the
	// worker that made them has done it, else nil.
	add(figs []schemas.Figure, block []byte) error
	each(func(schemas.Figure) error) error // in the order added
	// addSentence keeps a sentence that states an anchor (see anchoredSentences), for the
	// cross-source checks; eachSentence gives them back in the order added.
	addSentence([]checks.Anchored) error
	eachSentence(func([]checks.Anchored) error) error
	close() error
}

// memSpill keeps figures in memory, for small corpora and tests.
type memSpill struct {
	figs      []schemas.Figure
	sentences [][]checks.Anchored
}

func (m *memSpill) addSentence(s []checks.Anchored) error {
	m.sentences = append(m.sentences, s)
	return nil
}

func (m *memSpill) eachSentence(fn func([]checks.Anchored) error) error {
	for _, s := range m.sentences {
		if err := fn(s); err != nil {
			return err
		}
	}
	return nil
}

func (m *memSpill) add(figs []schemas.Figure, _ []byte) error {
	m.figs = append(m.figs, figs...)
	return nil
}
func (m *memSpill) close() error { return nil }
func (m *memSpill) each(fn func(schemas.Figure) error) error {
	for _, f := range m.figs {
		if err := fn(f); err != nil {
			return err
		}
	}
	return nil
}

// diskSpill streams figures through a temporary file, so memory does not grow with them: a
// block per document, its length and then its gob stream.
type diskSpill struct {
	figures   *tempFile
	sentences *tempFile // the anchor sentences (see writeSentence)
}

func newDiskSpill(dir string) (*diskSpill, error) {
	figures, err := newTempFile(dir, ".figures-spill-", 1<<20)
	if err != nil {
		return nil, err
	}
	sentences, err := newTempFile(dir, ".anchors-spill-", 1<<16)
	if err != nil {
		figures.close()
		return nil, err
	}
	return &diskSpill{figures: figures, sentences: sentences}, nil
}

func (d *diskSpill) addSentence(s []checks.Anchored) error {
	return checks.WriteSentence(d.sentences.w, s)
}

func (d *diskSpill) eachSentence(fn func([]checks.Anchored) error) error {
	r, err := d.sentences.reader(1 << 16)
	if err != nil {
		return err
	}
	return checks.ReadSentences(r, fn)
}

func (d *diskSpill) add(figs []schemas.Figure, block []byte) error {
	if block == nil {
		block = encodeFigures(figs)
	}
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(block)))
	if _, err := d.figures.w.Write(n[:]); err != nil {
		return err
	}
	_, err := d.figures.w.Write(block)
	return err
}

// each decodes the spill on a goroutine of its own, a chunk of figures ahead of fn: the
// release's last phase writes the figures table and is otherwise short of work to overlap.
func (d *diskSpill) each(fn func(schemas.Figure) error) error {
	r, err := d.figures.reader(1 << 20)
	if err != nil {
		return err
	}
	chunks, stop := make(chan []schemas.Figure, 4), make(chan struct{})
	var decodeErr error
	go func() {
		defer close(chunks)
		decodeErr = decodeSpill(r, chunks, stop)
	}()
	defer func() {
		close(stop) // fn failed: the decoder stops at its next chunk
		for range chunks {
		}
	}()
	for chunk := range chunks {
		for _, f := range chunk {
			if err := fn(f); err != nil {
				return err
			}
		}
	}
	return decodeErr // read after chunks closed, so after the decoder set it
}

// spillChunk is how many decoded figures go to the consumer at a time.
const spillChunk = 1024

// decodeSpill reads the blocks of a spill and sends their figures in chunks, until the end,
// an error or stop.
func decodeSpill(br *bufio.Reader, chunks chan<- []schemas.Figure, stop <-chan struct{}) error {
	var n [8]byte
	var block []byte
	chunk := make([]schemas.Figure, 0, spillChunk)
	words := map[string]string{} // shared by the blocks (see blockReader.word)
	send := func() bool {
		select {
		case <-stop: // checked first: with room in chunks, the select below could go on sending
			return false
		default:
		}
		select {
		case chunks <- chunk:
			chunk = make([]schemas.Figure, 0, spillChunk)
			return true
		case <-stop:
			return false
		}
	}
	for {
		if _, err := io.ReadFull(br, n[:]); errors.Is(err, io.EOF) {
			if len(chunk) > 0 {
				send()
			}
			return nil
		} else if err != nil {
			return fmt.Errorf("figure spill: %w", err)
		}
		size := binary.LittleEndian.Uint64(n[:])
		block = slices.Grow(block[:0], int(size))[:size]
		if _, err := io.ReadFull(br, block); err != nil {
			return fmt.Errorf("figure spill: %w", err)
		}
		r := blockReader{b: block, words: words}
		for len(r.b) > 0 {
			var f schemas.Figure
			if err := r.figure(&f); err != nil {
				return fmt.Errorf("figure spill: %w", err)
			}
			if chunk = append(chunk, f); len(chunk) == spillChunk && !send() {
				return nil
			}
		}
	}
}

func (d *diskSpill) close() error {
	err := d.figures.close()
	if serr := d.sentences.close(); err == nil {
		err = serr
	}
	return err
}

// tempFile is a spill file beside the release being written: written through a buffer,
// read back from its start, removed on close.
type tempFile struct {
	f *os.File
	w *bufio.Writer
}

func newTempFile(dir, pattern string, size int) (*tempFile, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return &tempFile{f: f, w: bufio.NewWriterSize(f, size)}, nil
}

// reader flushes what was written and reads the file again from its start.
func (t *tempFile) reader(size int) (*bufio.Reader, error) {
	if err := t.w.Flush(); err != nil {
		return nil, err
	}
	if _, err := t.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return bufio.NewReaderSize(t.f, size), nil
}

func (t *tempFile) close() error {
	err := t.f.Close()
	if rerr := os.Remove(t.f.Name()); err == nil {
		err = rerr
	}
	return err
}
