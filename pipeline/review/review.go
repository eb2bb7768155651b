package review

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kpfigures/figures/out"
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
	Value     *float64         `yaml:"value"`
	ValueLow  *float64         `yaml:"value_low"`
	ValueHigh *float64         `yaml:"value_high"`
	Qualifier string           `yaml:"qualifier"`
	Unit      schemas.Unit     `yaml:"unit"`
	Counted   string           `yaml:"counted"`
	Category  schemas.Category `yaml:"category"`
	Year      *int32           `yaml:"year"`
	Subject   string           `yaml:"subject"`

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
