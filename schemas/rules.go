package schemas

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The vocabularies of the figure columns.
var (
	Qualifiers = []string{"exact", "approx", "more_than", "at_least", "up_to", "less_than", "range"}
	// MoneyKinds are the values of funding.kind, "other" last.
	MoneyKinds = []string{"budget", "investment", "aid", "revenue", "profit", "trade", "salary", "fine", "price", "national_accounts", "other"}
)

// Plausible years for a figure's reference year.
const (
	MinYear = 1900
	MaxYear = 2100
)

// MaxValue bounds a figure's value: 10^18 is a thousand times the world's yearly output in
// dollars and above any count of things a report gives; in won, a quadrillion (1,000조) is
// 10^15. A larger value is a misreading (stacked scale words), rejected with its reason.
const MaxValue = 1e18

// CollapseSpace replaces every run of white space in s by one space and trims the ends.
// A figure's text is its raw bytes collapsed this way.
func CollapseSpace(s string) string {
	if !needsCollapse(s) {
		return s // most texts: a figure's few words, already single-spaced
	}
	var b strings.Builder
	b.Grow(len(s))
	for word := range strings.FieldsFuncSeq(s, isSpace) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(word)
	}
	return b.String()
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' }

// needsCollapse reports whether s has white space other than single ASCII spaces between
// words.
func needsCollapse(s string) bool {
	lastSpace := true // a leading space is collapsed
	for _, r := range s {
		switch {
		case r == ' ':
			if lastSpace {
				return true
			}
			lastSpace = true
		case r < utf8.RuneSelf && r > ' ' || r >= utf8.RuneSelf && !isSpace(r):
			lastSpace = false
		default:
			return true
		}
	}
	return lastSpace && s != ""
}

// FigureRules enforces the row rules of a figure and returns the first violation:
// required fields present; qualifier, unit and category from their vocabularies; a value,
// or both ends of a range and no value; low ≤ high; finite values within MaxValue (signed: a decrease written with a minus sign is negative); percent
// within 0–100; a plausible year; offsets inside the source (size bytes) with the sentence
// around the figure; and, when raw (the source's bytes, or the section of them the figure
// is in) is given, text equal to the bytes at [start, end) with white space collapsed.
func FigureRules(f *Figure, size int64, raw Text) error {
	switch {
	case f.FigureID == "":
		return fmt.Errorf("figure_id is empty")
	case f.SourceID == "":
		return fmt.Errorf("source_id is empty")
	case f.Text == "":
		return fmt.Errorf("text is empty")
	case f.Sentence == "":
		return fmt.Errorf("sentence is empty")
	case !slices.Contains(Qualifiers, f.Qualifier):
		return fmt.Errorf("qualifier %q is not one of %v", f.Qualifier, Qualifiers)
	case !f.Unit.Known():
		return fmt.Errorf("unit %q is neither an ISO 4217 code nor one of %v", f.Unit, Units)
	case !slices.Contains(Categories, f.Category):
		return fmt.Errorf("category %q is not one of %v", f.Category, Categories)
	case !slices.Contains(Reviews, f.Review):
		return fmt.Errorf("review %q is not one of %v", f.Review, Reviews)
	case f.UnitInferred && !f.Unit.IsCurrency():
		return fmt.Errorf("unit_inferred is set on a unit that is not a currency (%s)", f.Unit)
	}
	isRange := f.ValueLow != nil || f.ValueHigh != nil
	switch {
	case isRange && (f.ValueLow == nil || f.ValueHigh == nil):
		return fmt.Errorf("range has only one end")
	case isRange && f.Value != nil:
		return fmt.Errorf("range has a value as well as its ends")
	case !isRange && f.Value == nil:
		return fmt.Errorf("value is null and the figure is not a range")
	case isRange && *f.ValueLow > *f.ValueHigh:
		return fmt.Errorf("range low %v exceeds high %v", *f.ValueLow, *f.ValueHigh)
	case (f.Qualifier == "range") != isRange:
		return fmt.Errorf("qualifier %q does not match the figure being a range (%v)", f.Qualifier, isRange)
	}
	for _, v := range []*float64{f.Value, f.ValueLow, f.ValueHigh} {
		switch {
		case v == nil:
		case math.IsNaN(*v) || math.IsInf(*v, 0):
			return fmt.Errorf("value %v is not finite", *v)
		case math.Abs(*v) > MaxValue:
			return fmt.Errorf("value %g is beyond %g, more than any document states (stacked scale words?)", *v, MaxValue)
		}
	}
	if f.Year != nil && (*f.Year < MinYear || *f.Year > MaxYear) {
		return fmt.Errorf("year %d is outside %d–%d", *f.Year, MinYear, MaxYear)
	}
	if f.Page != nil && *f.Page <= 0 {
		return fmt.Errorf("page %d is not positive", *f.Page)
	}
	switch {
	case f.Start < 0 || f.Start >= f.End || f.End > size:
		return fmt.Errorf("offsets [%d, %d) are not inside the source's %d bytes", f.Start, f.End, size)
	case f.SentenceStart > f.Start || f.SentenceEnd < f.End || f.SentenceEnd > size:
		return fmt.Errorf("sentence [%d, %d) does not contain the figure [%d, %d)", f.SentenceStart, f.SentenceEnd, f.Start, f.End)
	}
	if raw.Bytes != nil {
		b, ok := raw.Slice(f.Start, f.End)
		if !ok {
			return fmt.Errorf("offsets [%d, %d) are outside the section read, bytes [%d, %d)", f.Start, f.End, raw.Base, raw.Base+int64(len(raw.Bytes)))
		}
		if got := CollapseSpace(string(b)); got != f.Text {
			return fmt.Errorf("text %q is not the source's bytes [%d, %d), which read %q", f.Text, f.Start, f.End, got)
		}
	}
	return nil
}

// SourceRules enforces the row rules of a source: an id, a file, and, when raw is given,
// the size and SHA-256 of those bytes.
func SourceRules(s *Source, raw []byte) error {
	switch {
	case s.SourceID == "":
		return fmt.Errorf("source_id is empty")
	case s.File == "":
		return fmt.Errorf("file is empty")
	case len(s.SHA256) != 64:
		return fmt.Errorf("sha256 %q is not 64 hex digits", s.SHA256)
	}
	if raw != nil {
		if int64(len(raw)) != s.Bytes {
			return fmt.Errorf("bytes %d, but the file has %d", s.Bytes, len(raw))
		}
		if sum := SHA256(raw); sum != s.SHA256 {
			return fmt.Errorf("sha256 %s, but the file's is %s", s.SHA256, sum)
		}
	}
	return nil
}

// SHA256 returns the hex SHA-256 of b.
func SHA256(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// IsDate reports whether s is an ISO 8601 date of year, month or day precision — YYYY,
// YYYY-MM or YYYY-MM-DD — the form of the release's dates.
func IsDate(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 || !isDigits(parts[0]) {
		return false
	}
	for _, p := range parts[1:] {
		if len(p) != 2 || !isDigits(p) {
			return false
		}
	}
	return true
}

// IsFullDate reports whether s is a date of day precision, YYYY-MM-DD.
func IsFullDate(s string) bool { return len(s) == len("2006-01-02") && IsDate(s) }

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
