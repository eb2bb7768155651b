package extract

import (
	"bytes"
	"slices"
	"strings"

	"github.com/kpfigures/figures/extract/document"
)

// A list's lead names what its items count: "Students by region:" over "- Seoul: 1,200" and
// "- Busan: 340", "Joint papers by partner:" over "• 98 with Japan". Each item gives a bare
// number and a name; the count is of the lead's noun.

// listTracker follows the lists of a view: the noun the lead of the list being read
// counts, while its items last.
type listTracker struct {
	noun string // "" when no list with a counting lead is being read
}

// observe moves the tracker to sentence si: an item keeps the list's noun, the first item
// after a lead ending with a colon takes the lead's, and any other sentence ends the list.
func (l *listTracker) observe(v *document.View, raw []byte, sents []document.Span, si int) {
	lead := l.noun == "" && si > 0 && strings.HasSuffix(v.Text[sents[si-1].Start:sents[si-1].End], ":")
	if l.noun == "" && !lead {
		return // most sentences: no list going on, and none starting
	}
	if !listItem(v, raw, sents[si]) {
		l.noun = ""
		return
	}
	if lead {
		l.noun = leadNoun(v.Text[sents[si-1].Start:sents[si-1].End])
	}
}

// listItem reports whether sentence sp opens a line after a bullet ("- ", "* ", "• "), which
// the view may keep in the sentence or leave out of it.
func listItem(v *document.View, raw []byte, sp document.Span) bool {
	if opensWithBullet(v.Text[sp.Start:sp.End]) {
		return true
	}
	at := v.RawStart(sp.Start)
	line := at
	for line > 0 && at-line < maxBulletIndent && raw[line-1] != '\n' {
		line-- // a bullet opens its line, after a little indentation: a long line's middle has none
	}
	if line > 0 && raw[line-1] != '\n' {
		return false
	}
	marker := bytes.TrimSpace(raw[line:at])
	for _, b := range bullets {
		if string(marker) == b {
			return true
		}
	}
	return false
}

// maxBulletIndent bounds the bytes between a line's start and the sentence its bullet opens.
const maxBulletIndent = 12

// bullets are the markers of a list's items.
var bullets = []string{"-", "*", "•", "·"}

// isBullet reports whether a token is a bullet.
func isBullet(t string) bool { return slices.Contains(bullets, t) }

// opensWithBullet reports whether text opens with a bullet and a space.
func opensWithBullet(text string) bool {
	for _, b := range bullets {
		if len(text) > len(b) && strings.HasPrefix(text, b) && text[len(b)] == ' ' {
			return true
		}
	}
	return false
}

// leadNoun returns the plural noun a list's lead names before what its items break it down
// by: "Students by region:" gives "students", "The institute's joint papers by partner
// country were as follows:" gives "papers"; "" when it names none.
func leadNoun(lead string) string {
	lead = strings.TrimSpace(strings.TrimSuffix(lead, ":"))
	for _, cut := range []string{" by ", " per ", " in ", " were ", " are ", " was ", " is ", ","} {
		if i := strings.Index(lead, cut); i > 0 {
			lead = lead[:i]
		}
	}
	w := lead[strings.LastIndexByte(lead, ' ')+1:]
	if !isPlural(w) {
		return ""
	}
	return strings.ToLower(w[:1]) + w[1:]
}
