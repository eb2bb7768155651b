package schemas

// Text is the bytes of a source from offset Base on: the whole source (Base 0), or the
// section a long one is read in (see pipeline's sections), which its figures' offsets
// point into. Offsets given to its methods are the source's.
type Text struct {
	Bytes []byte
	Base  int64
}

// WholeText is the Text of a source held whole.
func WholeText(raw []byte) Text { return Text{Bytes: raw} }

// Slice returns the bytes at source offsets [start, end), and false when they are not all
// in t: before its section, say, where a figure of the section before points.
func (t Text) Slice(start, end int64) ([]byte, bool) {
	start, end = start-t.Base, end-t.Base
	if start < 0 || end > int64(len(t.Bytes)) || start > end {
		return nil, false
	}
	return t.Bytes[start:end], true
}
