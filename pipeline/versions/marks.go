package versions

import (
	"bufio"
	"bytes"
	"cmp"
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"slices"
)

// A mark stands for one row of a table in a fixed 48 bytes: its key's hash, the hashes of
// the fields both releases have (all of them, and those that say what the row states
// rather than where it is), and where it is in its file. Two releases' tables are compared
// through their marks, sorted by key on disk, so a diff holds the rows that differ and not
// the rows of two whole releases (a release of a million figures is a few hundred MB of
// CSV, and ten times that as Go maps).
type mark struct {
	key     [16]byte // two 64-bit hashes of the key: a collision is as unlikely as one of figure ids
	fields  uint64   // a hash of the compared fields
	content uint64   // a hash of the compared fields but the offsets and figure_id: a row whose content hash is unchanged only moved
	offset  int64    // the byte offset its record starts at
	index   uint32   // its place among the file's rows, from 0
	place   uint32   // a figure's place among its sentence's figures, from 0
}

const markSize = 16 + 8 + 8 + 8 + 4 + 4

// marksPerRun bounds the marks sorted in memory at once (about 12 MB a side); more are
// sorted in runs on disk and merged.
var marksPerRun = 1 << 18

func (m mark) less(o mark) int {
	if c := bytes.Compare(m.key[:], o.key[:]); c != 0 {
		return c
	}
	return cmp.Compare(m.index, o.index)
}

// markSorter sorts marks by key, in memory while they fit and in runs on disk beyond.
type markSorter struct {
	dir  string
	buf  []mark
	runs []*os.File
}

func (s *markSorter) add(m mark) error {
	s.buf = append(s.buf, m)
	if len(s.buf) >= marksPerRun {
		return s.spill()
	}
	return nil
}

// spill writes the marks held as one sorted run.
func (s *markSorter) spill() error {
	slices.SortFunc(s.buf, mark.less)
	f, err := os.CreateTemp(s.dir, "marks-")
	if err != nil {
		return err
	}
	s.runs = append(s.runs, f)
	w := bufio.NewWriter(f)
	var b [markSize]byte
	for _, m := range s.buf {
		copy(b[:16], m.key[:])
		binary.LittleEndian.PutUint64(b[16:], m.fields)
		binary.LittleEndian.PutUint64(b[24:], m.content)
		binary.LittleEndian.PutUint64(b[32:], uint64(m.offset))
		binary.LittleEndian.PutUint32(b[40:], m.index)
		binary.LittleEndian.PutUint32(b[44:], m.place)
		if _, err := w.Write(b[:]); err != nil {
			return err
		}
	}
	s.buf = s.buf[:0]
	return w.Flush()
}

// close removes the runs.
func (s *markSorter) close() {
	for _, f := range s.runs {
		f.Close()
		os.Remove(f.Name())
	}
}

// sorted returns the marks in key order.
func (s *markSorter) sorted() (markStream, error) {
	if len(s.runs) == 0 {
		slices.SortFunc(s.buf, mark.less)
		return &sliceStream{marks: s.buf}, nil
	}
	if len(s.buf) > 0 {
		if err := s.spill(); err != nil {
			return nil, err
		}
	}
	m := &mergeStream{}
	for _, f := range s.runs {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil, err
		}
		r := &runReader{r: bufio.NewReader(f)}
		if ok, err := r.next(); err != nil {
			return nil, err
		} else if ok {
			m.runs = append(m.runs, r)
		}
	}
	heap.Init(m)
	return m, nil
}

// markStream gives marks in key order; ok is false at the end.
type markStream interface {
	next() (m mark, ok bool, err error)
}

type sliceStream struct{ marks []mark }

func (s *sliceStream) next() (mark, bool, error) {
	if len(s.marks) == 0 {
		return mark{}, false, nil
	}
	m := s.marks[0]
	s.marks = s.marks[1:]
	return m, true, nil
}

// runReader reads one sorted run; head is its next mark.
type runReader struct {
	r    *bufio.Reader
	head mark
}

func (r *runReader) next() (bool, error) {
	var b [markSize]byte
	if _, err := io.ReadFull(r.r, b[:]); err != nil {
		if errors.Is(err, io.EOF) {
			return false, nil
		}
		return false, fmt.Errorf("diff: reading a sorted run: %w", err)
	}
	copy(r.head.key[:], b[:16])
	r.head.fields = binary.LittleEndian.Uint64(b[16:])
	r.head.content = binary.LittleEndian.Uint64(b[24:])
	r.head.offset = int64(binary.LittleEndian.Uint64(b[32:]))
	r.head.index = binary.LittleEndian.Uint32(b[40:])
	r.head.place = binary.LittleEndian.Uint32(b[44:])
	return true, nil
}

// mergeStream merges sorted runs: a heap of their heads.
type mergeStream struct{ runs []*runReader }

func (m *mergeStream) Len() int           { return len(m.runs) }
func (m *mergeStream) Less(i, j int) bool { return m.runs[i].head.less(m.runs[j].head) < 0 }
func (m *mergeStream) Swap(i, j int)      { m.runs[i], m.runs[j] = m.runs[j], m.runs[i] }
func (m *mergeStream) Push(x any)         { m.runs = append(m.runs, x.(*runReader)) }
func (m *mergeStream) Pop() any {
	r := m.runs[len(m.runs)-1]
	m.runs = m.runs[:len(m.runs)-1]
	return r
}

func (m *mergeStream) next() (mark, bool, error) {
	if len(m.runs) == 0 {
		return mark{}, false, nil
	}
	r := m.runs[0]
	head := r.head
	ok, err := r.next()
	if err != nil {
		return mark{}, false, err
	}
	if ok {
		heap.Fix(m, 0)
	} else {
		heap.Pop(m)
	}
	return head, true, nil
}

// hashSeeds are the seeds of the hashes in marks. They are random: marks are compared
// within one run and never written anywhere lasting; both sides of a diff share them.
type hashSeeds struct{ key1, key2, fields, content maphash.Seed }

func newHashSeeds() hashSeeds {
	return hashSeeds{maphash.MakeSeed(), maphash.MakeSeed(), maphash.MakeSeed(), maphash.MakeSeed()}
}

// rowHasher hashes the rows of one side, row after row.
type rowHasher struct {
	seeds           hashSeeds
	fields, content maphash.Hash
}

func (s hashSeeds) hasher() *rowHasher {
	h := &rowHasher{seeds: s}
	h.fields.SetSeed(s.fields)
	h.content.SetSeed(s.content)
	return h
}

// mark hashes one row: its key, and its compared fields (their values as plain text, each
// ended by a zero byte so that "a","bc" and "ab","c" differ); those where marks say where
// the row is, which its content hash leaves out.
func (h *rowHasher) mark(key string, fields []string, where []bool) mark {
	var m mark
	binary.LittleEndian.PutUint64(m.key[:8], maphash.String(h.seeds.key1, key))
	binary.LittleEndian.PutUint64(m.key[8:], maphash.String(h.seeds.key2, key))
	h.fields.Reset()
	h.content.Reset()
	for i, f := range fields {
		h.fields.WriteString(f)
		h.fields.WriteByte(0)
		if !where[i] {
			h.content.WriteString(f)
			h.content.WriteByte(0)
		}
	}
	m.fields, m.content = h.fields.Sum64(), h.content.Sum64()
	return m
}
