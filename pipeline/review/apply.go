package review

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/pipeline/normalize"
	"github.com/kpfigures/figures/schemas"
)

// Applied is what the review made of one source's figure rows.
type Applied struct {
	Rows     []schemas.Figure
	Rejects  []schemas.Reject
	Used     []int      // numbers of the entries used (see MarkUsed)
	Refresh  []Refresh  // entries to write again with their figure's id and words
	Outdated []Outdated // entries whose sentence is there with another number in place of theirs
}

// AddUses adds what b made of a later run of the same source's rows, its rows aside: its
// rejects, the entries it used, refreshed and found outdated.
func (a *Applied) AddUses(b Applied) {
	a.Rejects = append(a.Rejects, b.Rejects...)
	a.Used = append(a.Used, b.Used...)
	a.Refresh = append(a.Refresh, b.Refresh...)
	a.Outdated = append(a.Outdated, b.Outdated...)
}

// SourceReview applies the review to one source's figure rows, given a run at a time in
// order of their offsets: confirmations and corrections in place, rejections out (as
// rejects), additions in among them. It changes nothing in the Review.
type SourceReview struct {
	r    *Review
	src  *schemas.Source
	plan *Plan // the entries found by sentence, decided over every row; nil: each run is matched alone

	adds  []addition            // the rows the review adds, in order of their offsets, not yet placed
	added []int                 // the numbers of the entries that add rows, in file order
	ids   *normalize.Identifier // numbers the added rows among the others; nil when none
	seen  int                   // the rows given before
}

// ForSource returns the review of source src, whose document is doc. plan, when not nil,
// says which rows the entries that know their sentence are (see Planner); without one, each
// run's rows are matched alone, which is right when they are all the rows, or when every
// entry finds its figure by id.
func (r *Review) ForSource(src *schemas.Source, doc *document.Document, topic normalize.Topic, plan *Plan) (*SourceReview, error) {
	s := &SourceReview{r: r, src: src, plan: plan}
	for _, e := range r.adds[src.SourceID] {
		row, err := e.add(src, doc, topic)
		if err != nil {
			return nil, err
		}
		s.adds, s.added = append(s.adds, addition{row, e}), append(s.added, e.index)
	}
	if len(s.adds) > 0 {
		// An added figure's id, like every other, counts the sentences and figures before it.
		s.ids = normalize.NewIdentifier(src.SourceID)
		slices.SortStableFunc(s.adds, func(a, b addition) int { return cmp.Compare(a.row.Start, b.row.Start) })
	}
	return s, nil
}

// addition is a row the review adds, and its entry.
type addition struct {
	row   schemas.Figure
	entry *Entry
}

// Apply applies the review to the next run of the source's rows. The rows it returns reuse
// the array of rows, with the added rows that stand among them.
func (s *SourceReview) Apply(rows []schemas.Figure) (Applied, error) {
	var a Applied
	var entryOf func(i int) *Entry
	if s.plan != nil {
		first := s.seen
		entryOf = func(i int) *Entry {
			if e, ok := s.r.byFigure[rows[i].FigureID]; ok {
				return e
			}
			return s.plan.rows[first+i]
		}
	} else {
		entries := s.r.match(s.src.SourceID, rows, &a)
		entryOf = func(i int) *Entry { return entries[i] }
	}
	s.seen += len(rows)
	end := int64(-1) // where the run's last row starts: added rows up to it go in this run
	if len(rows) > 0 {
		end = rows[len(rows)-1].Start
	}
	out, err := applyEntries(rows, entryOf, &a)
	if err != nil {
		return Applied{}, err
	}
	if a.Rows, err = s.place(out, end); err != nil {
		return Applied{}, err
	}
	return a, nil
}

// Finish returns, once every run is given, the added rows after the last, and the numbers of
// the entries that add rows.
func (s *SourceReview) Finish() (Applied, error) {
	rows, err := s.place(nil, math.MaxInt64)
	return Applied{Rows: rows, Used: s.added}, err
}

// place puts the added rows that start at or before end among out, after the rows that start
// where they do, and numbers them among the others.
func (s *SourceReview) place(out []schemas.Figure, end int64) ([]schemas.Figure, error) {
	if s.ids == nil {
		return out, nil
	}
	placed := false
	for ; len(s.adds) > 0 && s.adds[0].row.Start <= end; s.adds = s.adds[1:] {
		add := s.adds[0]
		if i := slices.IndexFunc(out, func(f schemas.Figure) bool { return f.Start == add.row.Start && f.End == add.row.End }); i >= 0 {
			return nil, fmt.Errorf("%s: the extractor already finds this figure (%s); confirm or correct it instead",
				add.entry.where(), out[i].FigureID)
		}
		out, placed = append(out, add.row), true
	}
	if placed {
		slices.SortStableFunc(out, func(a, b schemas.Figure) int { return cmp.Compare(a.Start, b.Start) })
	}
	for i := range out {
		id := s.ids.Next(out[i].Sentence, out[i].SentenceStart, out[i].Text)
		if out[i].Review == "added" {
			out[i].FigureID = id
		}
	}
	return out, nil
}

// applyEntries applies to each row the entry entryOf gives for it (nil for none), recording
// what it did in a, and returns the rows kept, reusing the array of rows.
func applyEntries(rows []schemas.Figure, entryOf func(i int) *Entry, a *Applied) ([]schemas.Figure, error) {
	out := rows[:0] // filtered in place, as the rows go by: each is read before its place is written
	for i, row := range rows {
		e := entryOf(i)
		if e == nil {
			out = append(out, row)
			continue
		}
		a.Used = append(a.Used, e.index)
		if e.FigureID != row.FigureID || e.Sentence == "" {
			a.Refresh = append(a.Refresh, Refresh{Entry: e.index, FigureID: row.FigureID, SourceID: row.SourceID,
				Text: row.Text, Sentence: row.Sentence, Moved: e.FigureID != row.FigureID})
		}
		switch e.Action {
		case ActionConfirm:
			row.Review = "confirmed"
		case ActionReject:
			a.Rejects = append(a.Rejects, schemas.Reject{Table: schemas.Figures.Name, RowID: row.FigureID, SourceID: row.SourceID,
				Start: row.Start, Text: row.Text, Reason: "rejected in review: " + e.Reason})
			continue
		case ActionCorrect:
			if err := e.correct(&row); err != nil {
				return nil, err
			}
		}
		row.ReviewNote = schemas.Optional(e.Note)
		out = append(out, row)
	}
	return out, nil
}

// match returns the entry for each row, or nil: the entry naming the row's figure_id, else
// an entry of the source with the row's words in the same sentence, or in the same
// sentence with other numbers (another figure of it changed). An entry whose sentence is
// there with another number in place of its figure's is outdated, and matches nothing.
func (r *Review) match(sourceID string, rows []schemas.Figure, a *Applied) []*Entry {
	entries := make([]*Entry, len(rows))
	matched := map[*Entry]bool{}
	for i, row := range rows {
		if e, ok := r.byFigure[row.FigureID]; ok {
			entries[i], matched[e] = e, true
		}
	}
	// The rows' sentences and words as identity sees them, worked out once, for the entries
	// that did not find their figure by id (usually none).
	var sentences, texts []string
	for _, e := range r.bySource[sourceID] {
		if matched[e] {
			continue
		}
		if sentences == nil {
			sentences, texts = make([]string, len(rows)), make([]string, len(rows))
			for i, row := range rows {
				sentences[i], texts[i] = normalize.IdentityText(row.Sentence), normalize.IdentityText(row.Text)
			}
		}
		text, sentence := normalize.IdentityText(e.Text), normalize.IdentityText(e.Sentence)
		same, near, outdated := -1, -1, -1
		for i := range rows {
			if entries[i] != nil {
				continue
			}
			switch classify(sentences[i], texts[i], sentence, text) {
			case sameRow:
				same = i
			case nearRow:
				if near < 0 {
					near = i
				} else if outdated < 0 {
					outdated = i
				}
			case changedRow:
				if outdated < 0 {
					outdated = i
				}
			}
			if same >= 0 {
				break
			}
		}
		switch {
		case same >= 0:
			entries[same], matched[e] = e, true
		case near >= 0:
			entries[near], matched[e] = e, true
		case outdated >= 0:
			a.Outdated = append(a.Outdated, Outdated{Entry: e.index, Sentence: rows[outdated].Sentence})
		}
	}
	return entries
}

// rowKind is how a row stands to an entry that did not find its figure by id.
type rowKind uint8

const (
	otherRow   rowKind = iota
	sameRow            // the entry's sentence and words
	nearRow            // its words, in its sentence with a few words changed: the figure, moved
	changedRow         // its sentence with a few words changed, not its words: its number changed
)

// classify compares a row's normalised sentence and words with an entry's (see IdentityText).
func classify(rowSentence, rowText, sentence, text string) rowKind {
	switch {
	case rowSentence == sentence && rowText == text:
		return sameRow
	case !normalize.NearSentence(rowSentence, sentence):
		return otherRow
	case rowText == text:
		return nearRow
	}
	return changedRow
}

// Stale returns an error listing the entries that matched no figure or source: the
// extractor or the corpus changed under the review, and a person must look again. An entry
// whose figure's number changed shows its sentence as it was and as it is.
func (r *Review) Stale() error {
	var stale []*Entry
	for _, e := range r.entries {
		if !r.used[e] {
			stale = append(stale, e)
		}
	}
	if len(stale) == 0 {
		return nil
	}
	lines := make([]string, len(stale))
	for i, e := range stale {
		lines[i] = "  " + e.where()
		if now, ok := r.outdated[e]; ok {
			lines[i] += fmt.Sprintf(": its number changed:\n    was: %s\n    now: %s", e.Sentence, now)
		} else if e.Sentence != "" {
			lines[i] += fmt.Sprintf(": its sentence is gone:\n    was: %s", e.Sentence)
		}
	}
	hint := ""
	if slices.ContainsFunc(stale, func(e *Entry) bool { return e.FigureID != "" && e.Sentence == "" }) {
		hint = "\n(an entry that gives only a figure_id cannot follow its figure when the id changes: " +
			"figures review --update finds it by its sentence in the releases that knew the id, and writes the current one)"
	}
	return fmt.Errorf("%d stale review entries (their figure, sentence or source is gone or their number changed; review them again):\n%s%s",
		len(stale), strings.Join(lines, "\n"), hint)
}

// Unreviewed reports whether figure id has no review entry.
func (r *Review) Unreviewed(id string) bool {
	_, ok := r.byFigure[id]
	return !ok
}

// correct replaces the fields the entry gives, recording the extracted values in Original.
func (e *Entry) correct(row *schemas.Figure) error {
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
		if !e.Unit.IsCurrency() {
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
	row.Original = schemas.Optional(string(b))
	row.Review = "corrected"
	return nil
}

// add builds the row of a figure the extractor missed. The quote must be in the source:
// it fixes the figure's offsets, and so its id.
func (e *Entry) add(src *schemas.Source, doc *document.Document, topic normalize.Topic) (schemas.Figure, error) {
	nth := max(e.Occurrence, 1)
	start, end, ok := findQuote(doc.Raw, e.Quote, nth)
	if !ok {
		return schemas.Figure{}, fmt.Errorf("%s: quote not found in %s (occurrence %d; white space may differ, words may not)", e.where(), src.File, nth)
	}
	sent, ss, se := doc.SentenceAt(start, end)
	row := schemas.Figure{
		FigureID: normalize.FigureID(src.SourceID, sent, 1, string(doc.Raw[start:end]), 1), SourceID: src.SourceID, // numbered again in Apply
		Start: int64(start), End: int64(end), Text: schemas.CollapseSpace(string(doc.Raw[start:end])),
		Value: e.Value, ValueLow: e.ValueLow, ValueHigh: e.ValueHigh,
		Qualifier: e.Qualifier, Unit: e.Unit, Counted: schemas.Optional(e.Counted), Category: e.Category,
		Year: e.Year, Subject: schemas.Optional(e.Subject), Sentence: sent,
		SentenceStart: int64(ss), SentenceEnd: int64(se), Review: "added", ReviewNote: schemas.Optional(e.Note),
	}
	if row.Qualifier == "" {
		row.Qualifier = "exact"
		if row.ValueLow != nil {
			row.Qualifier = "range"
		}
	}
	if row.Category == "" {
		row.Category = normalize.Category(extract.Figure{Unit: e.Unit, Counted: e.Counted, Sentence: sent}, topic, doc.View.Lexicon())
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
