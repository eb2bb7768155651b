package normalize

import (
	"crypto/sha256"
	"encoding"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A figure's id is derived from what its document says, not from where its bytes sit, so
// that an edit elsewhere in the document leaves it unchanged (the codebook states the rule):
//
//	sha256(source_id, sentence, sentence's occurrence, text, text's occurrence)[:8], as "f" + hex
//
// The sentence is normalised (white space collapsed, case folded: a heading's or a
// furniture line's case is not content), and so is the figure's text. The occurrences tell
// apart identical sentences of one source (the second "Sales grew 5%." is occurrence 2; only
// sentences that hold figures count) and identical figures of one sentence ("1 Intelsat, 1
// Russian").

// FigureID derives the id of a figure from its source, its sentence and its text, and
// their occurrences (1 for the first).
func FigureID(sourceID, sentence string, sentenceNth int, text string, textNth int) string {
	return figureID(sourceID, IdentityText(sentence), sentenceNth, IdentityText(text), textNth)
}

// figureID is FigureID of a sentence and a text normalised already (see IdentityText).
func figureID(sourceID, sentence string, sentenceNth int, text string, textNth int) string {
	h := sha256.New()
	writeIDSentence(h, sourceID, sentence, sentenceNth)
	return idOf(h, text, textNth)
}

// writeIDSentence writes what a figure's id hashes of its source and sentence.
func writeIDSentence(h hash.Hash, sourceID, sentence string, sentenceNth int) {
	var n [20]byte
	io.WriteString(h, sourceID)
	h.Write([]byte{0})
	io.WriteString(h, sentence)
	h.Write(strconv.AppendInt(append(n[:0], 0), int64(sentenceNth), 10))
}

// idOf finishes an id whose source and sentence h has hashed: the figure's text and its
// occurrence, then "f" and the first 8 bytes of the sum in hex.
func idOf(h hash.Hash, text string, textNth int) string {
	var n [20]byte
	h.Write([]byte{0})
	io.WriteString(h, text)
	h.Write(strconv.AppendInt(append(n[:0], 0), int64(textNth), 10))
	var sum [sha256.Size]byte
	var id [17]byte
	id[0] = 'f'
	hex.Encode(id[1:], h.Sum(sum[:0])[:8])
	return string(id[:])
}

// IdentityText is s as a figure's identity sees it: white space collapsed, case folded.
func IdentityText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ { // ASCII, byte by byte: most text; the rest rune by rune below
		c := s[i]
		if c >= utf8.RuneSelf {
			return identityRunes(&b, s[i:], space)
		}
		if c == ' ' || c >= '\t' && c <= '\r' { // unicode.IsSpace's ASCII spaces
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// identityRunes is IdentityText on the rest of a text, from its first non-ASCII byte, written
// after what b holds; space says white space came before it.
func identityRunes(b *strings.Builder, s string, space bool) string {
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Identifier numbers the figures of one source as they come, in order of their offsets:
// which occurrence of its sentence each sentence is, and which occurrence of its text each
// figure is within its sentence.
type Identifier struct {
	source    string
	sentences map[uint64]int32 // normalised sentence's hash → sentences seen with it
	start     int64            // the current sentence's offset, -1 before the first
	sentence  string           // the current sentence, normalised
	nth       int              // the current sentence's occurrence
	texts     map[string]int   // the current sentence's figure texts → figures seen

	// The current sentence's part of its figures' ids, hashed once: a yearbook's sentence
	// has several figures. Each figure's id starts from a copy of this state.
	prefix, h hash.Hash
	state     []byte
}

// NewIdentifier returns an Identifier for the figures of source sourceID.
func NewIdentifier(sourceID string) *Identifier {
	return &Identifier{source: sourceID, sentences: map[uint64]int32{}, start: -1, texts: map[string]int{},
		prefix: sha256.New(), h: sha256.New()}
}

// versions.Next returns the id of the figure with text in the sentence starting at sentenceStart.
func (id *Identifier) Next(sentence string, sentenceStart int64, text string) string {
	if sentenceStart != id.start {
		// Sentences are remembered by 64 bits of their hash: a yearbook's millions of
		// sentences are not kept, nor their whole hashes. Two sentences of one hash would
		// only number each other's occurrences: their ids hash their words too, and differ.
		id.sentence = IdentityText(sentence)
		sum := sha256.Sum256([]byte(id.sentence))
		key := binary.LittleEndian.Uint64(sum[:8])
		id.sentences[key]++
		id.start, id.nth = sentenceStart, int(id.sentences[key])
		clear(id.texts)
		id.prefix.Reset()
		writeIDSentence(id.prefix, id.source, id.sentence, id.nth)
		id.state, _ = id.prefix.(encoding.BinaryAppender).AppendBinary(id.state[:0])
	}
	t := IdentityText(text)
	id.texts[t]++
	if err := id.h.(encoding.BinaryUnmarshaler).UnmarshalBinary(id.state); err != nil {
		return figureID(id.source, id.sentence, id.nth, t, id.texts[t]) // not reached: the state is sha256's own
	}
	return idOf(id.h, t, id.texts[t])
}

// NearSentence reports whether two normalised sentences are one sentence with a few words
// changed (a number, a figure's words): as many words, at most one in ten of them (and
// never more than three) different.
func NearSentence(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) || len(wa) == 0 {
		return false
	}
	differ := 0
	for i := range wa {
		if wa[i] != wb[i] {
			differ++
		}
	}
	return differ <= min(3, max(1, len(wa)/10))
}
