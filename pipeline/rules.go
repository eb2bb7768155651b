package pipeline

import (
	"fmt"

	"github.com/kpfigures/figures/schemas"
)

// RowRules applies the row rules to the figure rows of one source. Rows that pass are
// returned in order; each row that fails is returned as a reject with its reason, never
// dropped silently. A second row with the same figure_id (the same span) is a reject too.
// The kept rows reuse the array of rows.
func RowRules(src *schemas.Source, text []byte, rows []schemas.Figure) ([]schemas.Figure, []schemas.Reject) {
	rr := newRowRules(src, int64(len(text)))
	rr.read(schemas.WholeText(text))
	return rr.apply(rows, nil)
}

// rowRules is RowRules on a source's rows given a run at a time: the figure ids seen before
// are remembered, as 64-bit numbers where they are the usual "f" and 16 hex digits, so that a
// yearbook's million ids do not stay as strings.
type rowRules struct {
	src  *schemas.Source
	size int64        // of the text the offsets count in
	text schemas.Text // the part of it the rows are in
	seen idSet
	odd  map[string]struct{} // ids of another shape
}

// newRowRules returns the row rules of src, whose text is size bytes; read gives them the text.
func newRowRules(src *schemas.Source, size int64) *rowRules {
	return &rowRules{src: src, size: size}
}

// read gives the rules the text of the rows that follow: the source's whole, or the next
// section of a long one. The ids seen are those of this text: a yearbook's millions are not
// all held, and a document's ids are distinct by construction (see normalize.Identifier),
// so that the check catches the review's and a defect's, within a section.
func (rr *rowRules) read(text schemas.Text) {
	rr.text, rr.seen, rr.odd = text, idSet{}, map[string]struct{}{}
}

// apply returns the rows that pass, reusing the array of rows, and appends a reject for
// each row that fails to rejects.
func (rr *rowRules) apply(rows []schemas.Figure, rejects []schemas.Reject) ([]schemas.Figure, []schemas.Reject) {
	kept := rows[:0] // filtered in place: rows are the caller's to give up, and a document's are many
	for i := range rows {
		r := &rows[i]
		err := schemas.FigureRules(r, rr.size, rr.text)
		if err == nil && r.SourceID != rr.src.SourceID {
			err = fmt.Errorf("source %q is not the source being validated (%q)", r.SourceID, rr.src.SourceID)
		}
		if err == nil && !rr.firstSeen(r.FigureID) {
			err = fmt.Errorf("duplicate figure_id %s", r.FigureID)
		}
		if err != nil {
			rejects = append(rejects, schemas.Reject{Table: schemas.Figures.Name, RowID: r.FigureID,
				SourceID: r.SourceID, Start: r.Start, Text: r.Text, Reason: err.Error()})
			continue
		}
		kept = append(kept, *r)
	}
	return kept, rejects
}

// firstSeen records id and reports whether it was not seen before.
func (rr *rowRules) firstSeen(id string) bool {
	if k, ok := idNumber(id); ok {
		return rr.seen.add(k)
	}
	if _, dup := rr.odd[id]; dup {
		return false
	}
	rr.odd[id] = struct{}{}
	return true
}

// idNumber returns the number a figure id of the usual shape, "f" and 16 lower-case hex
// digits, writes.
func idNumber(id string) (uint64, bool) {
	if len(id) != 17 || id[0] != 'f' {
		return 0, false
	}
	var k uint64
	for i := 1; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= '0' && c <= '9':
			k = k<<4 | uint64(c-'0')
		case c >= 'a' && c <= 'f':
			k = k<<4 | uint64(c-'a'+10)
		default:
			return 0, false
		}
	}
	return k, true
}

// idSet is a set of 64-bit numbers, open-addressed: a third of the memory and time of a map
// for a yearbook's million figure ids.
type idSet struct {
	slots []uint64 // 0 is an empty slot
	n     int
	zero  bool // whether 0 is in the set
}

// add adds k and reports whether it was not in the set.
func (s *idSet) add(k uint64) bool {
	if k == 0 {
		added := !s.zero
		s.zero = true
		return added
	}
	if 4*(s.n+1) > 3*len(s.slots) {
		s.grow()
	}
	mask := uint64(len(s.slots) - 1)
	// Fibonacci hashing: ids from a review file need not be evenly spread.
	for i := (k * 0x9E3779B97F4A7C15) >> 32 & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case 0:
			s.slots[i] = k
			s.n++
			return true
		case k:
			return false
		}
	}
}

func (s *idSet) grow() {
	old := s.slots
	s.slots, s.n = make([]uint64, max(1024, 2*len(old))), 0
	for _, k := range old {
		if k != 0 {
			s.add(k)
		}
	}
}
