package normalize

import "strings"

// WithoutCitations returns sentence with its citations ("(Vladimir, 2003)") blanked out,
// keeping every other byte in place.
func WithoutCitations(sentence string) string {
	if strings.IndexByte(sentence, '(') < 0 || !mayCite(sentence) {
		return sentence // every citation holds a parenthesis, and a year just before ')' or ':'
	}
	masked := []byte(sentence)
	for _, m := range citationSpans(sentence) {
		for i := m[0]; i < m[1]; i++ {
			masked[i] = ' '
		}
	}
	return string(masked)
}

// mayCite reports whether s has what every citation has: a year, perhaps
// with a letter ("2003a"), right before ')' or ':'. Sentences with a year and a parenthesis
// are many; those are few, and the expression costs.
func mayCite(s string) bool {
	return anyYear(s, func(end int) bool {
		if end < len(s) && s[end] >= 'a' && s[end] <= 'z' {
			end++
		}
		return end < len(s) && (s[end] == ')' || s[end] == ':')
	})
}

// citationSpans returns the byte spans of the citations in s, left to right: an author's
// name and a year in brackets, "(Vladimir, 2003)", "(Kim and Lee, 2003a: 12)", or a name
// before the bracketed year, "Mansourov (2005: 80)". It matches what the expression
// \([^()]*[A-Za-z][^()]*,\s*YEAR[a-z]?(?::[^()]*)?\)|[A-Z][A-Za-z.]+\s+\(YEAR[a-z]?(?::[^()]*)?\)
// would (YEAR 1800–2099), without one: the expression cost a few percent of a release.
func citationSpans(s string) [][2]int {
	var out [][2]int
	prevEnd := 0
	for at := 0; at < len(s); {
		open := strings.IndexByte(s[at:], '(')
		if open < 0 {
			break
		}
		open += at
		end := open + 1
		for end < len(s) && s[end] != ')' && s[end] != '(' {
			end++
		}
		if end == len(s) || s[end] == '(' {
			at = end // no closing bracket, or another opens first: the inner one may cite
			continue
		}
		content := s[open+1 : end]
		if start, ok := namedYear(s, open, prevEnd); ok && yearNote(content) {
			out = append(out, [2]int{start, end + 1})
			prevEnd = end + 1
		} else if citesNameAndYear(content) {
			out = append(out, [2]int{open, end + 1})
			prevEnd = end + 1
		}
		at = end + 1
	}
	return out
}

// yearNote reports whether bracketed text is a year, a letter after it or not, and perhaps a
// colon and pages: "2005", "2003a", "2005: 80".
func yearNote(t string) bool {
	if len(t) < 4 || !yearAt(t, 0) {
		return false
	}
	i := 4
	if i < len(t) && t[i] >= 'a' && t[i] <= 'z' {
		i++
	}
	return i == len(t) || t[i] == ':'
}

// citesNameAndYear reports whether bracketed text has a comma, white space, and a year note
// (yearNote) that runs to its end, with a letter somewhere before the comma: "Vladimir, 2003",
// "see Kim and Lee, 2003a: 12".
func citesNameAndYear(t string) bool {
	letter := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c|0x20 >= 'a' && c|0x20 <= 'z' {
			letter = true
		}
		if c != ',' || !letter {
			continue
		}
		j := i + 1
		for j < len(t) && isSpaceByte(t[j]) {
			j++
		}
		if yearNote(t[j:]) {
			return true
		}
	}
	return false
}

// namedYear returns where the name starts that stands before the bracket at open, past white
// space, as a capital and one or more letters or dots ("Mansourov (2005)"), no earlier than
// from; ok is false when there is none.
func namedYear(s string, open, from int) (int, bool) {
	k := open
	for k > from && isSpaceByte(s[k-1]) {
		k--
	}
	if k == open {
		return 0, false // "Name(2005)": the expression wants white space
	}
	wordEnd := k
	for k > from && isNameByte(s[k-1]) {
		k--
	}
	for p := k; p+1 < wordEnd; p++ {
		if s[p] >= 'A' && s[p] <= 'Z' {
			return p, true // the leftmost capital with a letter or a dot after it
		}
	}
	return 0, false
}

// isNameByte reports whether c may be part of a cited name: an ASCII letter or a dot.
func isNameByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c == '.' }

// isSpaceByte reports whether c is white space as \s has it: a space, tab, newline, form
// feed or carriage return.
func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
