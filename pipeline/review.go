package pipeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/schemas"
)

// ReviewFile is the name of the optional review overlay in a corpus directory.
const ReviewFile = "review.yaml"

// Review actions.
const (
	ActionConfirm = "confirm"
	ActionCorrect = "correct"
	ActionReject  = "reject"
	ActionAdd     = "add"
)

// ReviewEntry is one decision of a person about a figure.
type ReviewEntry struct {
	FigureID string `yaml:"figure_id"` // confirm, correct, reject
	Action   string `yaml:"action"`
	Reason   string `yaml:"reason"` // why a figure is rejected
	Note     string `yaml:"note"`

	// correct and add: the values to release.
	Value     *float64 `yaml:"value"`
	ValueLow  *float64 `yaml:"value_low"`
	ValueHigh *float64 `yaml:"value_high"`
	Qualifier string   `yaml:"qualifier"`
	Unit      string   `yaml:"unit"`
	Counted   string   `yaml:"counted"`
	Category  string   `yaml:"category"`
	Year      *int32   `yaml:"year"`
	Subject   string   `yaml:"subject"`

	// add: where the missed figure is: its exact words in the source.
	SourceID   string `yaml:"source_id"`
	Quote      string `yaml:"quote"`
	Occurrence int    `yaml:"occurrence"` // which occurrence of the quote, 1 when not given

	index int // 1-based position in the file, for messages
}

func (e *ReviewEntry) where() string {
	if e.FigureID != "" {
		return fmt.Sprintf("%s: entry %d (figure %s)", ReviewFile, e.index, e.FigureID)
	}
	return fmt.Sprintf("%s: entry %d (%s %q)", ReviewFile, e.index, e.SourceID, e.Quote)
}

// Review is a loaded review file, consumed as the documents go by.
type Review struct {
	byFigure map[string]*ReviewEntry
	adds     map[string][]*ReviewEntry // by source_id
	entries  []*ReviewEntry            // by index-1
	used     map[*ReviewEntry]bool
}

// MarkUsed records that the entries numbered indices matched a figure or a source.
// Documents are reviewed apart (on other goroutines or machines); their results say which
// entries they used, and the merge marks them here.
func (r *Review) MarkUsed(indices []int) {
	for _, i := range indices {
		if i >= 1 && i <= len(r.entries) {
			r.used[r.entries[i-1]] = true
		}
	}
}

// LoadReview reads dir/review.yaml; a missing file is an empty review. Malformed entries are
// errors naming the entry.
func LoadReview(dir string) (*Review, error) {
	r := &Review{byFigure: map[string]*ReviewEntry{}, adds: map[string][]*ReviewEntry{}, used: map[*ReviewEntry]bool{}}
	path := filepath.Join(dir, ReviewFile)
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return r, nil
	}
	if err != nil {
		return nil, err
	}
	var file struct {
		Reviews []*ReviewEntry `yaml:"reviews"`
	}
	if err := decodeYAML(path, b, &file); err != nil {
		return nil, err
	}
	r.entries = file.Reviews
	for i, e := range file.Reviews {
		if e == nil {
			return nil, fmt.Errorf("%s: %s: entry %d is empty", dir, ReviewFile, i+1)
		}
		e.index = i + 1
		if err := e.check(); err != nil {
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
		if e.Action == ActionAdd {
			r.adds[e.SourceID] = append(r.adds[e.SourceID], e)
			continue
		}
		if prev, dup := r.byFigure[e.FigureID]; dup {
			return nil, fmt.Errorf("%s: %s: figure also reviewed by entry %d", dir, e.where(), prev.index)
		}
		r.byFigure[e.FigureID] = e
	}
	return r, nil
}

func (e *ReviewEntry) check() error {
	hasValues := e.Value != nil || e.ValueLow != nil || e.ValueHigh != nil || e.Qualifier != "" || e.Unit != "" ||
		e.Counted != "" || e.Category != "" || e.Year != nil || e.Subject != ""
	switch e.Action {
	case ActionConfirm, ActionReject, ActionCorrect:
		if e.FigureID == "" {
			return fmt.Errorf("%s: %s needs a figure_id", e.where(), e.Action)
		}
		if e.Quote != "" || e.SourceID != "" {
			return fmt.Errorf("%s: source_id and quote are for add", e.where())
		}
	case ActionAdd:
		if e.FigureID != "" {
			return fmt.Errorf("%s: add takes source_id and quote, not a figure_id (it is derived)", e.where())
		}
		if e.SourceID == "" || strings.TrimSpace(e.Quote) == "" {
			return fmt.Errorf("%s: add needs source_id and quote", e.where())
		}
		if e.Unit == "" || (e.Value == nil && (e.ValueLow == nil || e.ValueHigh == nil)) {
			return fmt.Errorf("%s: add needs a unit and a value (or value_low and value_high)", e.where())
		}
	default:
		return fmt.Errorf("%s: action %q is not confirm, correct, reject or add", e.where(), e.Action)
	}
	switch {
	case e.Action == ActionReject && strings.TrimSpace(e.Reason) == "":
		return fmt.Errorf("%s: reject needs a reason", e.where())
	case e.Action == ActionCorrect && !hasValues:
		return fmt.Errorf("%s: correct gives no field to change", e.where())
	case (e.Action == ActionConfirm || e.Action == ActionReject) && hasValues:
		return fmt.Errorf("%s: %s takes no values (use correct)", e.where(), e.Action)
	case e.Value != nil && (e.ValueLow != nil || e.ValueHigh != nil):
		return fmt.Errorf("%s: give a value or a range, not both", e.where())
	case (e.ValueLow == nil) != (e.ValueHigh == nil):
		return fmt.Errorf("%s: a range needs value_low and value_high", e.where())
	}
	return nil
}

// Apply applies the review to the figure rows of one source: confirmations and corrections
// in place, rejections out (as rejects), additions in, in order of their offsets. It returns
// the numbers of the entries it used (see MarkUsed) and changes nothing in r. The rows it
// returns reuse the array of rows.
func (r *Review) Apply(src *schemas.Source, doc *extract.Document, topic Topic, rows []schemas.Figure) (out []schemas.Figure, rejects []schemas.Reject, used []int, err error) {
	out = rows[:0] // filtered in place, as the rows go by: each is read before its place is written
	for _, row := range rows {
		e, ok := r.byFigure[row.FigureID]
		if !ok {
			out = append(out, row)
			continue
		}
		used = append(used, e.index)
		switch e.Action {
		case ActionConfirm:
			row.Review = "confirmed"
		case ActionReject:
			rejects = append(rejects, schemas.Reject{Table: schemas.Figures.Name, RowID: row.FigureID, SourceID: row.SourceID,
				Start: row.Start, Text: row.Text, Reason: "rejected in review: " + e.Reason})
			continue
		case ActionCorrect:
			if err := e.correct(&row); err != nil {
				return nil, nil, nil, err
			}
		}
		row.ReviewNote = optString(e.Note)
		out = append(out, row)
	}
	for _, e := range r.adds[src.SourceID] {
		used = append(used, e.index)
		row, err := e.add(src, doc, topic)
		if err != nil {
			return nil, nil, nil, err
		}
		if i := slices.IndexFunc(out, func(f schemas.Figure) bool { return f.FigureID == row.FigureID }); i >= 0 {
			return nil, nil, nil, fmt.Errorf("%s: the extractor already finds this figure (%s); confirm or correct it instead", e.where(), row.FigureID)
		}
		out = append(out, row)
	}
	slices.SortStableFunc(out, func(a, b schemas.Figure) int { return int(a.Start - b.Start) })
	return out, rejects, used, nil
}

// Stale returns an error listing the entries that matched no figure or source: the
// extractor or the corpus changed under the review, and a person must look again.
func (r *Review) Stale() error {
	var stale []*ReviewEntry
	for _, e := range r.byFigure {
		if !r.used[e] {
			stale = append(stale, e)
		}
	}
	for _, es := range r.adds {
		for _, e := range es {
			if !r.used[e] {
				stale = append(stale, e)
			}
		}
	}
	if len(stale) == 0 {
		return nil
	}
	slices.SortFunc(stale, func(a, b *ReviewEntry) int { return a.index - b.index })
	lines := make([]string, len(stale))
	for i, e := range stale {
		lines[i] = "  " + e.where()
	}
	return fmt.Errorf("%d stale review entries (no such figure or source any more; review them again):\n%s",
		len(stale), strings.Join(lines, "\n"))
}

// Unreviewed reports whether figure id has no review entry.
func (r *Review) Unreviewed(id string) bool {
	_, ok := r.byFigure[id]
	return !ok
}

// correct replaces the fields the entry gives, recording the extracted values in Original.
func (e *ReviewEntry) correct(row *schemas.Figure) error {
	orig := map[string]any{}
	set := func(name string, old any, apply func()) {
		orig[name] = old
		apply()
	}
	if e.Value != nil {
		set("value", row.Value, func() { row.Value = e.Value })
		set("value_low", row.ValueLow, func() { row.ValueLow = nil })
		set("value_high", row.ValueHigh, func() { row.ValueHigh = nil })
		if row.Qualifier == "range" && e.Qualifier == "" {
			set("qualifier", row.Qualifier, func() { row.Qualifier = "exact" })
		}
	}
	if e.ValueLow != nil {
		set("value", row.Value, func() { row.Value = nil })
		set("value_low", row.ValueLow, func() { row.ValueLow = e.ValueLow })
		set("value_high", row.ValueHigh, func() { row.ValueHigh = e.ValueHigh })
		set("qualifier", row.Qualifier, func() { row.Qualifier = "range" })
	}
	if e.Qualifier != "" {
		set("qualifier", row.Qualifier, func() { row.Qualifier = e.Qualifier })
	}
	if e.Unit != "" {
		set("unit", row.Unit, func() { row.Unit = e.Unit })
		if !schemas.IsCurrency(e.Unit) {
			row.UnitInferred = false
		}
	}
	if e.Counted != "" {
		set("counted", row.Counted, func() { row.Counted = &e.Counted })
	}
	if e.Category != "" {
		set("category", row.Category, func() { row.Category = e.Category })
	}
	if e.Year != nil {
		set("year", row.Year, func() { row.Year = e.Year })
	}
	if e.Subject != "" {
		set("subject", row.Subject, func() { row.Subject = &e.Subject })
	}
	b, err := json.Marshal(orig) // keys sorted: deterministic
	if err != nil {
		return fmt.Errorf("%s: %w", e.where(), err)
	}
	row.Original = optString(string(b))
	row.Review = "corrected"
	return nil
}

// add builds the row of a figure the extractor missed. The quote must be in the source:
// it fixes the figure's offsets, and so its id.
func (e *ReviewEntry) add(src *schemas.Source, doc *extract.Document, topic Topic) (schemas.Figure, error) {
	nth := max(e.Occurrence, 1)
	start, end, ok := findQuote(doc.Raw, e.Quote, nth)
	if !ok {
		return schemas.Figure{}, fmt.Errorf("%s: quote not found in %s (occurrence %d; white space may differ, words may not)", e.where(), src.File, nth)
	}
	sent, ss, se := doc.SentenceAt(start, end)
	row := schemas.Figure{
		FigureID: FigureID(src.SHA256, start, end), SourceID: src.SourceID,
		Start: int64(start), End: int64(end), Text: schemas.CollapseSpace(string(doc.Raw[start:end])),
		Value: e.Value, ValueLow: e.ValueLow, ValueHigh: e.ValueHigh,
		Qualifier: e.Qualifier, Unit: e.Unit, Counted: optString(e.Counted), Category: e.Category,
		Year: e.Year, Subject: optString(e.Subject), Sentence: sent,
		SentenceStart: int64(ss), SentenceEnd: int64(se), Review: "added", ReviewNote: optString(e.Note),
	}
	if row.Qualifier == "" {
		row.Qualifier = "exact"
		if row.ValueLow != nil {
			row.Qualifier = "range"
		}
	}
	if row.Category == "" {
		row.Category = Category(extract.Figure{Unit: e.Unit, Counted: e.Counted, Sentence: sent}, topic, extract.DefaultLexicon())
	}
	return row, nil
}

// wordEdge reports whether text[start:end] is not part of a longer word or number.
func wordEdge(text string, start, end int) bool {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	before, _ := utf8.DecodeLastRuneInString(text[:start])
	after, _ := utf8.DecodeRuneInString(text[end:])
	return (start == 0 || !isWord(before)) && (end == len(text) || !isWord(after))
}

// findQuote finds the nth occurrence of quote in raw as whole words, white space runs
// matching any white space, and returns its byte span.
func findQuote(raw []byte, quote string, nth int) (int, int, bool) {
	words := strings.Fields(quote)
	if len(words) == 0 {
		return 0, 0, false
	}
	text := string(raw)
	for from := 0; ; {
		i := strings.Index(text[from:], words[0])
		if i < 0 {
			return 0, 0, false
		}
		start := from + i
		end := start + len(words[0])
		ok := true
		for _, w := range words[1:] {
			j := end
			for j < len(text) {
				r, size := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsSpace(r) && r != '\u00a0' {
					break
				}
				j += size
			}
			if j == end || !strings.HasPrefix(text[j:], w) {
				ok = false
				break
			}
			end = j + len(w)
		}
		if ok && wordEdge(text, start, end) {
			nth--
			if nth == 0 {
				return start, end, true
			}
		}
		from = start + 1
	}
}
