package pipeline

import (
	"strings"
	"testing"

	"github.com/kpfigures/figures/pipeline/review"
	"github.com/kpfigures/figures/schemas"
)

const reviewDoc = "The state funded 200 projects in 2010 and trained 300 engineers. " +
	"It also bought two things.\nMirim University 1984 100 2,900\n"

// idOf returns the figure id of the figure whose text is text.
func idOf(t *testing.T, ds *Dataset, text string) string {
	t.Helper()
	for _, f := range ds.Figures {
		if f.Text == text {
			return f.FigureID
		}
	}
	t.Fatalf("no figure %q in %+v", text, ds.Figures)
	return ""
}

func TestReviewOverlay(t *testing.T) {
	plain := buildCorpus(t, map[string]string{"a.txt": reviewDoc})
	reviewYAML := "reviews:\n" +
		"  - figure_id: " + idOf(t, plain, "200") + "\n    action: confirm\n    note: checked against the ministry report\n" +
		"  - figure_id: " + idOf(t, plain, "300") + "\n    action: correct\n    value: 350\n    subject: the state\n" +
		"  - figure_id: " + idOf(t, plain, "two") + "\n    action: reject\n    reason: not a quantity of interest\n" +
		"  - action: add\n    source_id: a\n    quote: \"100\"\n    value: 100\n    unit: people\n    counted: students\n"
	ds := buildCorpus(t, map[string]string{"a.txt": reviewDoc, review.FileName: reviewYAML})
	byText := map[string]schemas.Figure{}
	for _, f := range ds.Figures {
		byText[f.Text] = f
	}
	if f := byText["200"]; f.Review != "confirmed" || f.ReviewNote == nil {
		t.Errorf("confirmed: %+v", f)
	}
	if f := byText["300"]; f.Review != "corrected" || *f.Value != 350 || *f.Subject != "the state" ||
		f.Original == nil || *f.Original != `{"subject":null,"value":300,"value_high":null,"value_low":null}` {
		t.Errorf("corrected: review %s value %v subject %v original %v", f.Review, *f.Value, f.Subject, *f.Original)
	}
	if _, ok := byText["two"]; ok {
		t.Error("rejected figure released")
	}
	if len(ds.Rejects) != 1 || !strings.Contains(ds.Rejects[0].Reason, "rejected in review: not a quantity") {
		t.Errorf("rejects: %+v", ds.Rejects)
	}
	added, ok := byText["100"]
	if !ok || added.Review != "added" || added.Unit != "people" || added.Category != "graduates" ||
		reviewDoc[added.Start:added.End] != "100" || !strings.Contains(added.Sentence, "Mirim University 1984 100") {
		t.Errorf("added: %+v", added)
	}
	for _, f := range ds.Figures {
		if f.Text == "200" || f.Text == "300" || f.Text == "100" {
			continue
		}
		if f.Review != "auto" {
			t.Errorf("%q: review %s, want auto", f.Text, f.Review)
		}
	}
}

func TestReviewErrors(t *testing.T) {
	tests := []struct{ name, review, want string }{
		{"stale figure", "reviews:\n  - figure_id: fdeadbeefdeadbeef\n    action: confirm\n",
			"1 stale review entries (their figure, sentence or source is gone or their number changed; review them again):\n  review.yaml: entry 1 (figure fdeadbeefdeadbeef)"},
		{"stale source", "reviews:\n  - action: add\n    source_id: gone\n    quote: \"200\"\n    value: 200\n    unit: count\n",
			`entry 1 (gone "200")`},
		{"quote not in source", "reviews:\n  - action: add\n    source_id: a\n    quote: \"999 engineers\"\n    value: 999\n    unit: people\n",
			"quote not found in a.txt"},
		{"already found", "reviews:\n  - action: add\n    source_id: a\n    quote: \"200\"\n    value: 200\n    unit: projects\n",
			"the extractor already finds this figure"},
		{"reject without reason", "reviews:\n  - figure_id: f1\n    action: reject\n", "reject needs a reason"},
		{"unknown action", "reviews:\n  - figure_id: f1\n    action: delete\n", `action "delete"`},
		{"correct nothing", "reviews:\n  - figure_id: f1\n    action: correct\n", "correct gives no field"},
		{"unknown field", "reviews:\n  - figure_id: f1\n    action: confirm\n    colour: red\n", "colour"},
		{"twice", "reviews:\n  - figure_id: f1\n    action: confirm\n  - figure_id: f1\n    action: reject\n    reason: x\n",
			"also reviewed by entry 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Build(writeCorpus(t, map[string]string{"a.txt": reviewDoc, review.FileName: tc.review}))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v\nwant it to contain %q", err, tc.want)
			}
		})
	}
}

func TestReviewBadCorrectionIsRejectedNotReleased(t *testing.T) {
	plain := buildCorpus(t, map[string]string{"a.txt": reviewDoc})
	reviewYAML := "reviews:\n  - figure_id: " + idOf(t, plain, "200") + "\n    action: correct\n    year: 3000\n"
	ds := buildCorpus(t, map[string]string{"a.txt": reviewDoc, review.FileName: reviewYAML})
	if len(ds.Rejects) != 1 || !strings.Contains(ds.Rejects[0].Reason, "year 3000 is outside") {
		t.Errorf("rejects %+v", ds.Rejects)
	}
}

// FuzzReview feeds arbitrary review files to the release: each gives a dataset or an error
// that names the file, never a panic.
func FuzzReview(f *testing.F) {
	f.Add("reviews:\n  - figure_id: f1\n    action: confirm\n")
	f.Add("reviews:\n  - action: add\n    source_id: a\n    quote: \"300\"\n    value: 300\n    unit: people\n")
	f.Add("reviews:\n  - figure_id: x\n    action: correct\n    value_low: 3\n    value_high: 1\n")
	f.Fuzz(func(t *testing.T, reviewYAML string) {
		dir := writeCorpus(t, map[string]string{"a.txt": reviewDoc, review.FileName: reviewYAML})
		ds, err := Build(dir)
		if err == nil && len(ds.Sources) != 1 {
			t.Fatalf("%d sources from one file", len(ds.Sources))
		}
	})
}
