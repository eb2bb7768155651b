package document

// byteSet is a set of ASCII bytes, made once: strings.Trim and its kin build a set from
// their cutset on every call, which on every line of a long document costs more than the
// trimming (a few percent of building a view).
type byteSet [256]bool

// newByteSet returns the set of the bytes of chars, which are ASCII.
func newByteSet(chars string) *byteSet {
	var s byteSet
	for i := 0; i < len(chars); i++ {
		s[chars[i]] = true
	}
	return &s
}

// trimLeft returns t without the bytes of s it starts with.
func (s *byteSet) trimLeft(t string) string {
	i := 0
	for i < len(t) && s[t[i]] {
		i++
	}
	return t[i:]
}

// trimRight returns t without the bytes of s it ends with.
func (s *byteSet) trimRight(t string) string {
	i := len(t)
	for i > 0 && s[t[i-1]] {
		i--
	}
	return t[:i]
}

// lastIndex returns the offset of the last byte of t in s, or -1.
func (s *byteSet) lastIndex(t string) int {
	for i := len(t) - 1; i >= 0; i-- {
		if s[t[i]] {
			return i
		}
	}
	return -1
}

// The sets the view's line tests trim with.
var (
	openers        = newByteSet("([ ")        // before a declaration of a table's unit
	openBracket    = newByteSet("([")         // where a caption's unit opens
	blanks         = newByteSet(" \t")        // around a table row's cells
	lineEnd        = newByteSet(" \t\r")      // after a line's last value
	digitSet       = newByteSet("0123456789") // a note's marker
	markup         = newByteSet(" \t\r*_")    // markdown emphasis at a line's end
	listNumber     = newByteSet("0123456789. ")
	refOpeners     = newByteSet("<[(")
	wordBreak      = newByteSet(" \n")  // before a sentence's last word
	wordOpen       = newByteSet(" \n(") // before a word, bracketed or not
	captionOpeners = newByteSet("<[( ") // before a caption's reference word
)
