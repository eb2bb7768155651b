package review

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
	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/pipeline/normalize"
	"github.com/kpfigures/figures/schemas"
)

// FileName is the name of the optional review overlay in a corpus directory.
const FileName = "review.yaml"

// Review actions.
const (
	ActionConfirm = "confirm"
	ActionCorrect = "correct"
	ActionReject  = "reject"
	ActionAdd     = "add"
)

// Entry is one decision of a person about a figure.
type Entry struct {
	FigureID string `yaml:"figure_id"` // confirm, correct, reject
	Action   string `yaml:"action"`
	Reason   string `yaml:"reason"` // why a figure is rejected
	Note     string `yaml:"note"`

	// confirm, correct and reject: the figure as it was reviewed (figures review writes
	// them), so that the entry follows its figure when its id changes: its words and its
	// sentence, in source_id.
	Text     string `yaml:"text"`
	Sentence string `yaml:"sentence"`

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
	SourceID   string `yaml:"source_id"` // and for the other actions, the figure's source
	Quote      string `yaml:"quote"`
	Occurrence int    `yaml:"occurrence"` // which occurrence of the quote, 1 when not given

	index int // 1-based position in the file, for messages
}

func (e *Entry) where() string {
	if e.FigureID != "" {
		return fmt.Sprintf("%s: entry %d (figure %s)", FileName, e.index, e.FigureID)
	}
	return fmt.Sprintf("%s: entry %d (%s %q)", FileName, e.index, e.SourceID, e.Quote)
}

// Review is a loaded review file, consumed as the documents go by.
type Review struct {
	byFigure map[string]*Entry
	bySource map[string][]*Entry // entries that know their figure's sentence, by source_id
	adds     map[string][]*Entry // by source_id
	entries  []*Entry            // by index-1
	used     map[*Entry]bool
	outdated map[*Entry]string // the sentence as it now reads, when the figure's number changed
	refresh  []Refresh         // entries to write again with their figure's id and words
}

// Refresh is what a review entry should now say about its figure: it matched it by its
// sentence rather than its figure_id (the id changed), or it did not say the figure's words
// and sentence, which let it follow the figure when its id changes.
type Refresh struct {
	Entry    int    `json:"entry"`
	FigureID string `json:"figure_id"`
	SourceID string `json:"source_id"`
	Text     string `json:"text"`
	Sentence string `json:"sentence"`
	Moved    bool   `json:"moved"` // matched by sentence: the entry's figure_id is out of date
}

// Outdated is a review entry whose figure's number changed: its sentence is still there,
// with other numbers. A person must look again.
type Outdated struct {
	Entry    int    // the entry's number
	Sentence string // the sentence as it now reads
}

// MarkUsed records what the review of one document found: the entries numbered used matched
// a figure or a source, those of refresh should be written again, and outdated ones found
// their sentence changed. Documents are reviewed apart (on other goroutines or machines);
// their results say which entries they used, and the merge marks them here.
func (r *Review) MarkUsed(used []int, refresh []Refresh, outdated []Outdated) {
	for _, i := range used {
		if i >= 1 && i <= len(r.entries) {
			r.used[r.entries[i-1]] = true
		}
	}
	r.refresh = append(r.refresh, refresh...)
	for _, o := range outdated {
		if o.Entry >= 1 && o.Entry <= len(r.entries) {
			r.outdated[r.entries[o.Entry-1]] = o.Sentence
		}
	}
}

// Refreshes returns the entries to write again (see Refresh), in the file's order.
func (r *Review) Refreshes() []Refresh {
	out := slices.Clone(r.refresh)
	slices.SortFunc(out, func(a, b Refresh) int { return a.Entry - b.Entry })
	return out
}

// Moved is the number of entries that matched their figure by its sentence and words, not by
// figure_id: the ids in the review file are out of date (figures review --update writes the
// current ones).
func (r *Review) Moved() int {
	n := 0
	for _, f := range r.refresh {
		if f.Moved {
			n++
		}
	}
	return n
}

// Load reads dir/review.yaml; a missing file is an empty review. Malformed entries are
// errors naming the entry.
func Load(dir string) (*Review, error) { return LoadFS(os.DirFS(dir), dir) }

// LoadFS is Load on a file system whose root is the corpus directory dir.
func LoadFS(fsys fs.FS, dir string) (*Review, error) {
	r := &Review{byFigure: map[string]*Entry{}, bySource: map[string][]*Entry{}, adds: map[string][]*Entry{},
		used: map[*Entry]bool{}, outdated: map[*Entry]string{}}
	path := filepath.Join(dir, FileName)
	b, err := fs.ReadFile(fsys, FileName)
	if errors.Is(err, fs.ErrNotExist) {
		return r, nil
	}
	if err != nil {
		return nil, err
	}
	var file struct {
		Reviews []*Entry `yaml:"reviews"`
	}
	if err := schemas.DecodeYAML(path, b, &file); err != nil {
		return nil, err
	}
	r.entries = file.Reviews
	for i, e := range file.Reviews {
		if e == nil {
			return nil, fmt.Errorf("%s: %s: entry %d is empty", dir, FileName, i+1)
		}
		e.index = i + 1
		if err := e.wellFormed(); err != nil {
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
		if e.Sentence != "" {
			r.bySource[e.SourceID] = append(r.bySource[e.SourceID], e)
		}
	}
	return r, nil
}

// Recall fills in the source, words and sentence of the entries that give only a figure_id,
// from the figures of an earlier release (figures.csv of dir), so that they follow their
// figures when the ids change. Entries whose figure that release does not hold stay as they are.
func (r *Review) Recall(dir string) error {
	var missing []*Entry
	for _, e := range r.entries {
		if e.FigureID != "" && e.Sentence == "" {
			missing = append(missing, e)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	rows, _, err := out.ReadCSVRows(filepath.Join(dir, schemas.Figures.Name+".csv"), "figure_id")
	if err != nil {
		return err
	}
	for _, e := range missing {
		f, ok := rows[e.FigureID]
		if !ok {
			continue
		}
		e.SourceID, e.Text, e.Sentence = f["source_id"], f["text"], f["sentence"]
		r.bySource[e.SourceID] = append(r.bySource[e.SourceID], e)
	}
	return nil
}

func (e *Entry) wellFormed() error {
	hasValues := e.Value != nil || e.ValueLow != nil || e.ValueHigh != nil || e.Qualifier != "" || e.Unit != "" ||
		e.Counted != "" || e.Category != "" || e.Year != nil || e.Subject != ""
	switch e.Action {
	case ActionConfirm, ActionReject, ActionCorrect:
		if e.FigureID == "" {
			return fmt.Errorf("%s: %s needs a figure_id", e.where(), e.Action)
		}
		if e.Quote != "" {
			return fmt.Errorf("%s: quote is for add (the figure's words are its text)", e.where())
		}
		if (e.Sentence != "") != (e.SourceID != "" && e.Text != "") {
			return fmt.Errorf("%s: give the figure's source_id, text and sentence together, or none of them", e.where())
		}
	case ActionAdd:
		if e.FigureID != "" || e.Text != "" || e.Sentence != "" {
			return fmt.Errorf("%s: add takes source_id and quote, not a figure_id, text or sentence (they are derived)", e.where())
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

// Applied is what the review made of one source's figure rows.
type Applied struct {
	Rows     []schemas.Figure
	Rejects  []schemas.Reject
	Used     []int      // numbers of the entries used (see MarkUsed)
	Refresh  []Refresh  // entries to write again with their figure's id and words
	Outdated []Outdated // entries whose sentence is there with another number in place of theirs
}

// Apply applies the review to the figure rows of one source: confirmations and corrections
// in place, rejections out (as rejects), additions in, in order of their offsets. It changes
// nothing in r. The rows it returns reuse the array of rows.
func (r *Review) Apply(src *schemas.Source, doc *extract.Document, topic normalize.Topic, rows []schemas.Figure) (Applied, error) {
	var a Applied
	entries := r.match(src.SourceID, rows, &a)
	out := rows[:0] // filtered in place, as the rows go by: each is read before its place is written
	for i, row := range rows {
		e := entries[i]
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
				return Applied{}, err
			}
		}
		row.ReviewNote = schemas.Optional(e.Note)
		out = append(out, row)
	}
	for _, e := range r.adds[src.SourceID] {
		a.Used = append(a.Used, e.index)
		row, err := e.add(src, doc, topic)
		if err != nil {
			return Applied{}, err
		}
		if i := slices.IndexFunc(out, func(f schemas.Figure) bool { return f.Start == row.Start && f.End == row.End }); i >= 0 {
			return Applied{}, fmt.Errorf("%s: the extractor already finds this figure (%s); confirm or correct it instead", e.where(), out[i].FigureID)
		}
		out = append(out, row)
	}
	slices.SortStableFunc(out, func(a, b schemas.Figure) int { return int(a.Start - b.Start) })
	if len(r.adds[src.SourceID]) > 0 {
		// An added figure's id, like every other, counts the sentences and figures before it.
		ids := normalize.NewIdentifier(src.SourceID)
		for i := range out {
			id := ids.Next(out[i].Sentence, out[i].SentenceStart, out[i].Text)
			if out[i].Review == "added" {
				out[i].FigureID = id
			}
		}
	}
	a.Rows = out
	return a, nil
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
			rowSentence := sentences[i]
			switch {
			case rowSentence == sentence && texts[i] == text:
				same = i
			case near < 0 && texts[i] == text && normalize.NearSentence(rowSentence, sentence):
				near = i
			case outdated < 0 && normalize.NearSentence(rowSentence, sentence):
				outdated = i
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
	row.Original = schemas.Optional(string(b))
	row.Review = "corrected"
	return nil
}

// add builds the row of a figure the extractor missed. The quote must be in the source:
// it fixes the figure's offsets, and so its id.
func (e *Entry) add(src *schemas.Source, doc *extract.Document, topic normalize.Topic) (schemas.Figure, error) {
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
		row.Category = normalize.Category(extract.Figure{Unit: e.Unit, Counted: e.Counted, Sentence: sent}, topic, extract.DefaultLexicon())
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
