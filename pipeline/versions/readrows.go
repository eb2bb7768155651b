package versions

import (
	"bytes"
	"cmp"
	"container/heap"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/kpfigures/figures/out"
)

// side is one release's copy of a table, as the diff reads it.
type side struct {
	path, key string
	rows      map[string]map[string]string // only the rows that differ from the other side
	order     []string                     // their keys, in file order
	places    map[string]int               // a figure's place among its sentence's figures, from 0
}

// readDifference keeps, of two copies of a table, the rows that differ: a key only one copy
// has, or the same key with other values in the compared columns. The rows the same in
// both are hashed, sorted on disk by key and dropped, so the diff holds the difference and
// not two whole releases. old.path is "" for a table the old release does not have.
func readDifference(old, new *side, compared []string, limit int, tmp string) (*Unlisted, error) {
	if old.path == "" {
		return nil, new.readAll()
	}
	// The two sides are hashed and sorted at once, one a core.
	seeds := newHashSeeds()
	var olds *keyedMarks
	var oldErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		olds, oldErr = sortedMarks(old, compared, seeds.hasher(), tmp)
	}()
	news, err := sortedMarks(new, compared, seeds.hasher(), tmp)
	<-done
	if olds != nil {
		defer olds.close()
	}
	if news != nil {
		defer news.close()
	}
	if err = cmp.Or(oldErr, err); err != nil {
		return nil, err
	}
	needOld, needNew, unlisted, err := joinMarks(olds, news, limit)
	if err != nil {
		return nil, err
	}
	if err := old.read(needOld); err != nil {
		return nil, err
	}
	return unlisted, new.read(needNew)
}

// sortedMarks hashes each row of s's file into a mark and sorts the marks by key.
func sortedMarks(s *side, compared []string, h *rowHasher, tmp string) (*keyedMarks, error) {
	sorter := &markSorter{dir: tmp}
	var key int
	var cols []int
	var values []string
	where := make([]bool, len(compared))
	for i, c := range compared {
		where[i] = locatesRow(c)
	}
	var places placeCounter
	source, sentence := -1, -1
	start := func(header []string) error {
		if key = slices.Index(header, s.key); key < 0 {
			return fmt.Errorf("%s: no key column %q", s.path, s.key)
		}
		source, sentence = slices.Index(header, "source_id"), slices.Index(header, "sentence_start")
		for _, c := range compared {
			i := slices.Index(header, c)
			if i < 0 {
				return fmt.Errorf("%s: no column %q, which its descriptor lists", s.path, c)
			}
			cols = append(cols, i)
		}
		return nil
	}
	index := uint32(0)
	err := out.EachCSVRow(s.path, start, func(line int, offset int64, rec []string) error {
		if key >= len(rec) {
			return fmt.Errorf("%s: line %d: no key", s.path, line)
		}
		values = values[:0]
		for _, i := range cols {
			v := ""
			if i < len(rec) {
				v = out.PlainText(rec[i])
			}
			values = append(values, v)
		}
		m := h.mark(rec[key], values, where)
		m.offset, m.index = offset, index
		if source >= 0 && sentence >= 0 && source < len(rec) && sentence < len(rec) {
			m.place = places.next(rec[source], rec[sentence])
		}
		index++
		return sorter.add(m)
	})
	if err != nil {
		sorter.close()
		return nil, err
	}
	stream, err := sorter.sorted()
	if err != nil {
		sorter.close()
		return nil, err
	}
	return &keyedMarks{path: s.path, sorter: sorter, stream: stream}, nil
}

// placeCounter counts a figure's place among its sentence's figures, which follow each
// other in a table of figures: the figures of one source and one sentence start.
type placeCounter struct {
	lastSource, lastSentence string
	place                    uint32
}

func (p *placeCounter) next(source, sentence string) uint32 {
	if source == p.lastSource && sentence == p.lastSentence {
		p.place++
	} else {
		p.place, p.lastSource, p.lastSentence = 0, source, sentence
	}
	return p.place
}

// keyedMarks is one side's marks in key order, with a look-ahead of one, refusing a key
// that repeats.
type keyedMarks struct {
	path   string
	sorter *markSorter
	stream markStream
	head   mark
	ok     bool
}

func (k *keyedMarks) close() { k.sorter.close() }

// advance moves to the next mark.
func (k *keyedMarks) advance() error {
	prev, had := k.head, k.ok
	var err error
	if k.head, k.ok, err = k.stream.next(); err != nil {
		return err
	}
	if had && k.ok && prev.key == k.head.key {
		return fmt.Errorf("%s: lines %d and %d: duplicate key", k.path, prev.index+2, k.head.index+2)
	}
	return nil
}

// joinMarks walks both sides in key order and returns the marks of the rows that differ on
// each side, in file order. With a limit, it keeps the first limit rows of each kind
// (added, removed, changed in content, moved) in file order and counts the others.
func joinMarks(old, new *keyedMarks, limit int) (needOld, needNew []mark, unlisted *Unlisted, err error) {
	if err := old.advance(); err != nil {
		return nil, nil, nil, err
	}
	if err := new.advance(); err != nil {
		return nil, nil, nil, err
	}
	added, removed, changed, moved := firstRows{limit: limit}, firstRows{limit: limit}, firstRows{limit: limit}, firstRows{limit: limit}
	for old.ok || new.ok {
		c := 0
		switch {
		case !new.ok:
			c = -1
		case !old.ok:
			c = 1
		default:
			c = bytes.Compare(old.head.key[:], new.head.key[:])
		}
		switch {
		case c < 0:
			removed.offer(rowPair{at: old.head.index, old: &old.head})
		case c > 0:
			added.offer(rowPair{at: new.head.index, new: &new.head})
		case old.head.content != new.head.content:
			changed.offer(rowPair{at: new.head.index, old: &old.head, new: &new.head})
		case old.head.fields != new.head.fields:
			moved.offer(rowPair{at: new.head.index, old: &old.head, new: &new.head})
		}
		if c <= 0 {
			if err := old.advance(); err != nil {
				return nil, nil, nil, err
			}
		}
		if c >= 0 {
			if err := new.advance(); err != nil {
				return nil, nil, nil, err
			}
		}
	}
	for _, kept := range []*firstRows{&added, &removed, &changed, &moved} {
		for _, p := range kept.rows {
			if p.old != nil {
				needOld = append(needOld, *p.old)
			}
			if p.new != nil {
				needNew = append(needNew, *p.new)
			}
		}
	}
	if added.more+removed.more+changed.more+moved.more > 0 {
		unlisted = &Unlisted{Added: added.more, Removed: removed.more, Changed: changed.more, Moved: moved.more}
	}
	inFileOrder := func(a, b mark) int { return cmp.Compare(a.index, b.index) }
	slices.SortFunc(needOld, inFileOrder)
	slices.SortFunc(needNew, inFileOrder)
	return needOld, needNew, unlisted, nil
}

// rowPair is a row of either side or both, at its place in the file it is listed by.
type rowPair struct {
	at       uint32
	old, new *mark
}

// firstRows keeps the limit rows offered that come first in file order (all of them when
// limit is 0) and counts the others: a max-heap on the place, so that the row coming last
// of those kept is the one a better row replaces.
type firstRows struct {
	limit int
	rows  []rowPair
	more  int
}

func (f *firstRows) offer(p rowPair) {
	// The marks are the join's look-ahead, overwritten as it moves on: keep copies.
	if p.old != nil {
		m := *p.old
		p.old = &m
	}
	if p.new != nil {
		m := *p.new
		p.new = &m
	}
	switch {
	case f.limit == 0 || len(f.rows) < f.limit:
		heap.Push(f, p)
	case p.at < f.rows[0].at:
		f.rows[0] = p
		heap.Fix(f, 0)
		f.more++
	default:
		f.more++
	}
}

func (f *firstRows) Len() int           { return len(f.rows) }
func (f *firstRows) Less(i, j int) bool { return f.rows[i].at > f.rows[j].at }
func (f *firstRows) Swap(i, j int)      { f.rows[i], f.rows[j] = f.rows[j], f.rows[i] }
func (f *firstRows) Push(x any)         { f.rows = append(f.rows, x.(rowPair)) }
func (f *firstRows) Pop() any {
	p := f.rows[len(f.rows)-1]
	f.rows = f.rows[:len(f.rows)-1]
	return p
}

// read keeps the rows of s's file that need marks, reading each where it starts.
func (s *side) read(need []mark) error {
	s.rows, s.order, s.places = map[string]map[string]string{}, nil, map[string]int{}
	if len(need) == 0 {
		return nil
	}
	f, err := os.Open(s.path)
	if err != nil {
		return err
	}
	defer f.Close()
	header, err := csv.NewReader(f).Read()
	if err != nil {
		return fmt.Errorf("%s: header: %w", s.path, err)
	}
	key := slices.Index(header, s.key)
	for _, m := range need {
		r := csv.NewReader(io.NewSectionReader(f, m.offset, 1<<62))
		rec, err := r.Read()
		if err != nil {
			return fmt.Errorf("%s: line %d: %w", s.path, m.index+2, err)
		}
		id := rec[key]
		s.rows[id], s.order, s.places[id] = out.RowOf(header, rec), append(s.order, id), int(m.place)
	}
	return nil
}

// readAll keeps every row of s's file: the table is new.
func (s *side) readAll() error {
	var err error
	if s.rows, s.order, err = out.ReadCSVRows(s.path, s.key); err != nil {
		return err
	}
	s.places = map[string]int{}
	var places placeCounter
	for _, id := range s.order {
		r := s.rows[id]
		s.places[id] = int(places.next(r["source_id"], r["sentence_start"]))
	}
	return nil
}
