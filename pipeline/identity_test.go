package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpfigures/figures/pipeline/review"
	"github.com/kpfigures/figures/pipeline/versions"
)

const identityDoc = "Introduction\n\nThe state trained 300 engineers in 2010. It opened 12 schools.\n\n" +
	"Sales grew 5% a year. Stations: 1 Intelsat, 1 Inmarsat.\n\nSales grew 5% a year.\n"

// ids returns each figure's id, by "text@n" (the nth figure with that text).
func ids(t *testing.T, ds *Dataset) map[string]string {
	t.Helper()
	out, seen := map[string]string{}, map[string]int{}
	for _, f := range ds.Figures {
		seen[f.Text]++
		out[f.Text+"@"+string(rune('0'+seen[f.Text]))] = f.FigureID
	}
	return out
}

func TestFigureIDsFollowContent(t *testing.T) {
	before := ids(t, buildCorpus(t, map[string]string{"a.txt": identityDoc}))
	if len(before) != 6 {
		t.Fatalf("figures %v, want 300, 12, 5%% twice, 1 twice", before)
	}
	if before["5%@1"] == before["5%@2"] || before["1@1"] == before["1@2"] {
		t.Errorf("identical sentences or figures share an id: %v", before)
	}
	for _, edit := range []struct{ name, from, to string }{
		{"heading", "Introduction", "Introduction and overview"},
		{"white space and case", "Introduction\n\nThe state", "INTRODUCTION\n\n\nThe   state"},
		{"a sentence without figures added", "It opened", "Then it paused. It opened"},
	} {
		t.Run(edit.name, func(t *testing.T) {
			after := ids(t, buildCorpus(t, map[string]string{"a.txt": strings.Replace(identityDoc, edit.from, edit.to, 1)}))
			for k, id := range before {
				if after[k] != id {
					t.Errorf("%s: id %s → %s after an edit elsewhere", k, id, after[k])
				}
			}
		})
	}
	edited := ids(t, buildCorpus(t, map[string]string{"a.txt": strings.Replace(identityDoc, "300 engineers", "350 engineers", 1)}))
	if edited["12@1"] != before["12@1"] || edited["350@1"] == before["300@1"] {
		t.Errorf("an edited figure gets a new id and no other: before %v, after %v", before, edited)
	}
	other := ids(t, buildCorpus(t, map[string]string{"b.txt": identityDoc}))
	if other["12@1"] == before["12@1"] {
		t.Error("the same sentence in another source has the same id")
	}
}

// TestReviewFollowsItsFigure checks that an entry whose figure_id is out of date finds its
// figure by its words and sentence, and that an entry fails only when its figure's number
// changed or its sentence is gone, showing the sentence as it was and as it is.
func TestReviewFollowsItsFigure(t *testing.T) {
	entry := func(id, text, sentence string) string {
		return "  - figure_id: " + id + "\n    action: confirm\n    source_id: a\n    text: " + review.YAMLString(text) +
			"\n    sentence: " + review.YAMLString(sentence) + "\n"
	}
	t.Run("moved", func(t *testing.T) {
		reviewYAML := "reviews:\n" + entry("fdeadbeefdeadbeef", "300", "The state trained 300 engineers in 2010.") +
			entry("f0123456789abcdef", "12", "It opened 12 schools in the north.") // another word changed, not the figure's
		doc := strings.Replace(identityDoc, "12 schools.", "12 schools in the south.", 1)
		ds := buildCorpus(t, map[string]string{"a.txt": doc, review.FileName: reviewYAML})
		for _, f := range ds.Figures {
			if (f.Text == "300" || f.Text == "12") != (f.Review == "confirmed") {
				t.Errorf("%s: review %s", f.Text, f.Review)
			}
		}
	})
	t.Run("number changed", func(t *testing.T) {
		reviewYAML := "reviews:\n" + entry("fdeadbeefdeadbeef", "300", "The state trained 300 engineers in 2010.")
		doc := strings.Replace(identityDoc, "300 engineers", "350 engineers", 1)
		_, err := Build(writeCorpus(t, map[string]string{"a.txt": doc, review.FileName: reviewYAML}))
		want := "its number changed:\n    was: The state trained 300 engineers in 2010.\n    now: The state trained 350 engineers in 2010."
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v\nwant it to contain %q", err, want)
		}
	})
	t.Run("sentence gone", func(t *testing.T) {
		reviewYAML := "reviews:\n" + entry("fdeadbeefdeadbeef", "300", "The state trained 300 engineers in 2010.")
		doc := strings.Replace(identityDoc, "The state trained 300 engineers in 2010.", "", 1)
		_, err := Build(writeCorpus(t, map[string]string{"a.txt": doc, review.FileName: reviewYAML}))
		if err == nil || !strings.Contains(err.Error(), "its sentence is gone:\n    was: The state trained 300") {
			t.Errorf("error %v", err)
		}
	})
}

// TestUpdateReview checks that figures review --update gives entries written with the ids
// of an older release their current ids and their figures' words and sentences, keeping the
// file's comments, and that the release then matches them by id.
func TestUpdateReview(t *testing.T) {
	corpus := writeCorpus(t, map[string]string{"a.txt": identityDoc})
	ds := buildCorpus(t, map[string]string{"a.txt": identityDoc})
	releases := t.TempDir()
	old := filepath.Join(releases, "1.0.0")
	if err := os.MkdirAll(old, 0o755); err != nil {
		t.Fatal(err)
	}
	// An older release knew the figure as f0000000000000001.
	var target string
	for i := range ds.Figures {
		if ds.Figures[i].Text == "12" {
			target = ds.Figures[i].FigureID
			ds.Figures[i].FigureID = "f0000000000000001"
		}
	}
	if err := Write(old, "1.0.0", ds); err != nil {
		t.Fatal(err)
	}
	reviewYAML := "# decisions\nreviews:\n  # the schools\n  - figure_id: f0000000000000001   # 12 schools\n    action: confirm\n    note: checked\n"
	if err := os.WriteFile(filepath.Join(corpus, review.FileName), []byte(reviewYAML), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Build(corpus); err == nil {
		t.Fatal("an id of an older release matched before the update")
	}
	refreshed, stale, err := UpdateReview(corpus, releases)
	if err != nil || stale != nil || len(refreshed) != 1 || !refreshed[0].Moved {
		t.Fatalf("refreshed %+v, stale %v, err %v", refreshed, stale, err)
	}
	b, _ := os.ReadFile(filepath.Join(corpus, review.FileName))
	want := "# decisions\nreviews:\n  # the schools\n  - figure_id: " + target + "   # 12 schools\n" +
		"    source_id: \"a\"\n    text: \"12\"\n    sentence: \"It opened 12 schools.\"\n    action: confirm\n    note: checked\n"
	if string(b) != want {
		t.Errorf("review file:\n%s\nwant:\n%s", b, want)
	}
	if _, err := Build(corpus); err != nil {
		t.Errorf("after the update: %v", err)
	}
}

// TestDiffPairsChangedFigures checks that figures diff reports an edited number as one
// changed figure, field by field with its sentence, and pairs figures whose ids are of
// another scheme by their source and sentence.
func TestDiffPairsChangedFigures(t *testing.T) {
	write := func(doc string, rename bool) string {
		ds := buildCorpus(t, map[string]string{"a.txt": doc})
		if rename { // ids of an older scheme
			for i := range ds.Figures {
				ds.Figures[i].FigureID = "f000000000000000" + string(rune('a'+i))
			}
		}
		dir := t.TempDir()
		if err := Write(dir, "1.0.0", ds); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	figuresOf := func(d *versions.DatasetDiff) versions.TableDiff {
		for _, td := range d.Tables {
			if td.Table == "figures" {
				return td
			}
		}
		t.Fatal("no figures table")
		return versions.TableDiff{}
	}
	old := write(identityDoc, false)
	d, err := versions.Diff(old, write(strings.Replace(identityDoc, "300 engineers", "350 engineers", 1), false))
	if err != nil {
		t.Fatal(err)
	}
	td := figuresOf(d)
	if len(td.Added)+len(td.Removed) != 0 || len(td.Changed) != 1 {
		t.Fatalf("added %v removed %v changed %+v; want one changed", td.Added, td.Removed, td.Changed)
	}
	c := td.Changed[0]
	fields := map[string]string{}
	for _, f := range c.Fields {
		fields[f.Field] = f.Old + " → " + f.New
	}
	if c.OldKey == "" || fields["value"] != "300 → 350" || fields["text"] != "300 → 350" ||
		c.Sentence != "The state trained 350 engineers in 2010." {
		t.Errorf("change %+v", c)
	}
	if !strings.Contains(d.Text(), "value: \"300\" → \"350\"") {
		t.Errorf("text:\n%s", d.Text())
	}
	d, err = versions.Diff(write(identityDoc, true), old)
	if err != nil {
		t.Fatal(err)
	}
	if td := figuresOf(d); len(td.Added)+len(td.Removed) != 0 || len(td.Changed) != 6 || !td.Changed[0].Moved() {
		t.Errorf("ids of another scheme: added %v removed %v changed %+v", td.Added, td.Removed, td.Changed)
	}
}

// copyCorpus copies the shipped corpus into a temporary directory, with edit applied to
// the text of the file named name.
func copyCorpus(t *testing.T, name string, edit func(string) string) string {
	t.Helper()
	dir := t.TempDir()
	entries, err := os.ReadDir(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(corpusDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if e.Name() == name {
			b = []byte(edit(string(b)))
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestShippedCorpusEdits makes the edits a user makes to the shipped corpus: a word far
// from any figure (every id and review entry stays valid) and one number (one figure
// changes, and the diff says how).
func TestShippedCorpusEdits(t *testing.T) {
	const doc = "000_f9082a182d13dfa9.txt"
	base, err := Build(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	retitled, err := Build(copyCorpus(t, doc, func(s string) string {
		return strings.Replace(s, "Introduction", "Introduction and overview", 1)
	}))
	if err != nil {
		t.Fatalf("a one-word edit fails the release: %v", err)
	}
	if len(retitled.Figures) != len(base.Figures) {
		t.Fatalf("%d figures, want %d", len(retitled.Figures), len(base.Figures))
	}
	for i := range base.Figures {
		if base.Figures[i].FigureID != retitled.Figures[i].FigureID || base.Figures[i].Review != retitled.Figures[i].Review {
			t.Errorf("%q: id %s review %s → id %s review %s", base.Figures[i].Text, base.Figures[i].FigureID,
				base.Figures[i].Review, retitled.Figures[i].FigureID, retitled.Figures[i].Review)
		}
	}
	edited, err := Build(copyCorpus(t, doc, func(s string) string {
		return strings.Replace(s, "More than 4,000 IT", "More than 5,000 IT", 1)
	}))
	if err != nil {
		t.Fatal(err)
	}
	oldDir, newDir := t.TempDir(), t.TempDir()
	if err := Write(oldDir, "1.0.0", base); err != nil {
		t.Fatal(err)
	}
	if err := Write(newDir, "1.1.0", edited); err != nil {
		t.Fatal(err)
	}
	d, err := versions.Diff(oldDir, newDir)
	if err != nil {
		t.Fatal(err)
	}
	text := d.Text()
	for _, want := range []string{"figures: 0 added, 0 removed, 1 changed", `value: "4000" → "5000"`,
		`text: "More than 4,000" → "More than 5,000"`, "in: More than 5,000 IT specialists"} {
		if !strings.Contains(text, want) {
			t.Errorf("diff lacks %q:\n%s", want, text)
		}
	}
}
