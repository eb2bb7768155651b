package document

import "sort"

// textMap maps a text derived from a raw file (the words of an HTML page, say) back to the
// raw bytes: the text is a sequence of pieces, each copied byte for byte from the raw file
// or standing for a raw span as a whole (an entity "&#8211;" decoded to "–", a separator
// put in for a tag).
type textMap struct {
	pieces []piece
}

// piece says that text [t, t+tLen) comes from raw [raw, raw+rawLen): byte for byte when
// the lengths are equal, else as a whole.
type piece struct {
	t, tLen, raw, rawLen int
}

func (p piece) exact() bool { return p.tLen == p.rawLen }

// add records that the next tLen bytes of the text come from raw [raw, raw+rawLen).
func (m *textMap) add(t, tLen, raw, rawLen int) {
	if tLen == 0 {
		return
	}
	if n := len(m.pieces); n > 0 {
		last := &m.pieces[n-1]
		if last.exact() && tLen == rawLen && last.t+last.tLen == t && last.raw+last.rawLen == raw {
			last.tLen += tLen
			last.rawLen += rawLen
			return
		}
	}
	m.pieces = append(m.pieces, piece{t: t, tLen: tLen, raw: raw, rawLen: rawLen})
}

// at returns the piece that holds text byte x.
func (m *textMap) at(x int) piece {
	k := sort.Search(len(m.pieces), func(k int) bool { return m.pieces[k].t > x }) - 1
	return m.pieces[max(k, 0)]
}

// start maps text offset x to the raw offset where its byte starts.
func (m *textMap) start(x int) int {
	p := m.at(x)
	if p.exact() {
		return p.raw + x - p.t
	}
	return p.raw
}

// end maps the exclusive end x of a text span to the exclusive raw end.
func (m *textMap) end(x int) int {
	p := m.at(x - 1)
	if p.exact() {
		return p.raw + x - p.t
	}
	return p.raw + p.rawLen
}
