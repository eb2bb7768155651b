package pipeline

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/google/go-cmp/cmp"

	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/pipeline/review"
	"github.com/kpfigures/figures/pipeline/validate"
	"github.com/kpfigures/figures/pipeline/versions"
	"github.com/kpfigures/figures/schemas"
)

func TestNextVersion(t *testing.T) {
	for _, tc := range []struct{ prev, bump, want string }{
		{"1.2.3", "major", "2.0.0"}, {"1.2.3", "minor", "1.3.0"}, {"1.2.3", "patch", "1.2.4"}, {"0.9.9", "minor", "0.10.0"},
	} {
		if got, err := versions.Next(tc.prev, tc.bump); err != nil || got != tc.want {
			t.Errorf("versions.Next(%s, %s) = %s, %v; want %s", tc.prev, tc.bump, got, err, tc.want)
		}
	}
	if _, err := versions.Next("1.0", "minor"); err == nil {
		t.Error("1.0 accepted")
	}
	if _, err := versions.Next("1.0.0", ""); err == nil {
		t.Error("empty bump accepted")
	}
}

// releaseState releases corpus files into out and returns the summary.
func releaseState(t *testing.T, outDir string, files map[string]string) *Summary {
	t.Helper()
	sum, err := Release(Options{Corpus: writeCorpus(t, files), Out: outDir})
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

// TestReleaseVersionsFromTwoCorpusStates releases two states of a corpus: the second is a
// minor version, its diff lists the added, removed and changed figures, and the changelog
// says so.
func TestReleaseVersionsFromTwoCorpusStates(t *testing.T) {
	outDir := t.TempDir()
	first := releaseState(t, outDir, map[string]string{
		"a.txt": "The ministry trained 300 engineers in 2001.\n",
		"b.txt": "It funded 40 projects.\n",
	})
	if first.Version != versions.FirstVersion {
		t.Fatalf("first version %s", first.Version)
	}
	if again := releaseState(t, outDir, map[string]string{
		"a.txt": "The ministry trained 300 engineers in 2001.\n",
		"b.txt": "It funded 40 projects.\n",
	}); !again.Unchanged || again.Version != versions.FirstVersion {
		t.Fatalf("same corpus again: %+v", again)
	}
	figs, err := out.ReadTable[schemas.Figure](filepath.Join(outDir, "1.0.0"), schemas.Figures)
	if err != nil {
		t.Fatal(err)
	}
	// The second state keeps a.txt (its figures keep their ids) but a reviewer corrects one of
	// them; b.txt is gone and c.txt is new.
	second := releaseState(t, outDir, map[string]string{
		"a.txt":         "The ministry trained 300 engineers in 2001.\n",
		"c.txt":         "It spent US$ 5 million.\n",
		review.FileName: "reviews:\n  - figure_id: " + figs[0].FigureID + "\n    action: correct\n    value: 350\n",
	})
	if second.Version != "1.1.0" || second.Bump != "minor" {
		t.Fatalf("second release: %s (%s), want 1.1.0 (minor)", second.Version, second.Bump)
	}
	latest, err := versions.Latest(outDir)
	if err != nil || latest != "1.1.0" {
		t.Fatalf("latest %s, %v", latest, err)
	}
	d, err := versions.Diff(filepath.Join(outDir, "1.0.0"), filepath.Join(outDir, "1.1.0"))
	if err != nil {
		t.Fatal(err)
	}
	counts := map[string][3]int{}
	var changed []versions.FieldChange
	for _, td := range d.Tables {
		counts[td.Table] = [3]int{len(td.Added), len(td.Removed), len(td.Changed)}
		if td.Table == "figures" {
			for _, c := range td.Changed {
				changed = append(changed, c.Fields...)
			}
		}
	}
	want := map[string][3]int{"sources": {1, 1, 0}, "figures": {1, 1, 1}, "funding": {1, 0, 0}, "graduates": {0, 0, 1},
		"coauthorship": {0, 0, 0}, "checks": {0, 0, 0}, "rejects": {0, 0, 0}}
	if diff := cmp.Diff(want, counts); diff != "" {
		t.Errorf("added/removed/changed per table (-want +got):\n%s", diff)
	}
	wantChanged := []versions.FieldChange{{Field: "value", Old: "300", New: "350"}, {Field: "review", Old: "auto", New: "corrected"},
		{Field: "original", Old: "", New: `{"value":300,"value_high":null,"value_low":null}`}}
	if diff := cmp.Diff(wantChanged, changed); diff != "" {
		t.Errorf("changed figure fields (-want +got):\n%s", diff)
	}
	log, err := os.ReadFile(filepath.Join(outDir, versions.ChangelogFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"## 1.1.0\n\nMinor: new or changed rows or columns. Compared with 1.0.0.",
		"| figures | 1 | 1 | 1 | 2 |", "## 1.0.0\n\nFirst release: 2 sources"} {
		if !strings.Contains(string(log), s) {
			t.Errorf("changelog lacks %q:\n%s", s, log)
		}
	}
	if strings.Index(string(log), "## 1.1.0") > strings.Index(string(log), "## 1.0.0") {
		t.Error("changelog not newest first")
	}
}

// TestReleaseFinishesInterrupted: a run killed after renaming its version into place, but
// before naming it latest or writing its changelog entry, is finished by the next run —
// whether or not the corpus changed in between — and a stale temporary directory goes.
func TestReleaseFinishesInterrupted(t *testing.T) {
	v1 := map[string]string{"a.txt": "The ministry trained 300 engineers in 2001.\n"}
	v2 := map[string]string{"a.txt": "The ministry trained 300 engineers in 2001.\n", "b.txt": "It funded 40 projects.\n"}
	v3 := map[string]string{"a.txt": "The ministry trained 300 engineers in 2001.\n", "b.txt": "It funded 41 projects.\n"}
	for _, tc := range []struct {
		name        string
		keepLatest  bool // killed after latest was written, before the changelog
		next        map[string]string
		wantVersion string
	}{
		{"before latest, same corpus", false, v2, "1.1.0"},
		{"before latest, corpus changed", false, v3, "1.2.0"},
		{"before the changelog, same corpus", true, v2, "1.1.0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			outDir := t.TempDir()
			releaseState(t, outDir, v1)
			releaseState(t, outDir, v2)
			logFull, _ := os.ReadFile(filepath.Join(outDir, versions.ChangelogFile))
			// Undo what the run would not have done yet, as a kill would have left it.
			if !tc.keepLatest {
				os.WriteFile(filepath.Join(outDir, versions.LatestFile), []byte("1.0.0\n"), 0o644)
			}
			log := string(logFull)
			log = strings.Replace(log, log[strings.Index(log, "## 1.1.0"):strings.Index(log, "## 1.0.0")], "", 1)
			os.WriteFile(filepath.Join(outDir, versions.ChangelogFile), []byte(log), 0o644)
			os.MkdirAll(filepath.Join(outDir, ".tmp-123", "half"), 0o755)

			sum := releaseState(t, outDir, tc.next)
			if sum.Version != tc.wantVersion {
				t.Errorf("version %s, want %s", sum.Version, tc.wantVersion)
			}
			if latest, err := versions.Latest(outDir); err != nil || latest != tc.wantVersion {
				t.Errorf("latest %s %v", latest, err)
			}
			got, _ := os.ReadFile(filepath.Join(outDir, versions.ChangelogFile))
			if n := strings.Count(string(got), "## 1.1.0\n"); n != 1 {
				t.Errorf("changelog has %d entries for 1.1.0:\n%s", n, got)
			}
			if tc.wantVersion == "1.1.0" && string(got) != string(logFull) {
				t.Errorf("changelog differs from the uninterrupted one:\n%s\nwant\n%s", got, logFull)
			}
			if _, err := os.Stat(filepath.Join(outDir, ".tmp-123")); err == nil {
				t.Error("stale temporary directory kept")
			}
		})
	}
}

// TestBumpKinds checks each kind of bump on releases edited to differ in one way.
func TestBumpKinds(t *testing.T) {
	base, _ := release(t)
	edit := func(t *testing.T, file string, f func(string) string) string {
		dir := t.TempDir()
		copyDir(t, base, dir)
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, file), []byte(f(string(b))), 0o644); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	tests := []struct {
		name string
		old  string
		want string
	}{
		{"equal", base, ""},
		{"metadata only", edit(t, "README.md", func(s string) string { return s + "\nAn extra note.\n" }), "patch"},
		{"rows changed", edit(t, "sources.csv", func(s string) string { return strings.Replace(s, "Keio University", "Keio Univ.", 1) }), "minor"},
		{"column added", editFields(t, edit(t, "README.md", func(s string) string { return s }), "figures", func(fields []any) []any {
			return fields[:len(fields)-1] // the old release lacked the last column
		}), "minor"},
		{"column retyped", editFields(t, edit(t, "README.md", func(s string) string { return s }), "figures", func(fields []any) []any {
			for _, f := range fields {
				if m := f.(map[string]any); m["name"] == "year" {
					m["type"] = "string"
				}
			}
			return fields
		}), "major"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := versions.Diff(tc.old, base)
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Bump(); got != tc.want {
				t.Errorf("bump %q, want %q\n%s", got, tc.want, d.Text())
			}
		})
	}
	// A column the old release had and the new one lacks is a major bump too.
	renamed := editFields(t, edit(t, "README.md", func(s string) string { return s }), "figures", func(fields []any) []any {
		for _, f := range fields {
			if m := f.(map[string]any); m["name"] == "year" {
				m["name"] = "year_stated"
			}
		}
		return fields
	})
	if err := os.WriteFile(filepath.Join(renamed, "figures.csv"), []byte(strings.Replace(readFile(t, filepath.Join(renamed, "figures.csv")),
		",year,", ",year_stated,", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := versions.Diff(base, renamed)
	if err != nil || d.Bump() != "major" || !strings.Contains(strings.Join(d.Schema, "\n"), "figures: column year removed") {
		t.Errorf("renamed column: %v %q %v", err, d.Bump(), d.Schema)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// editFields rewrites the schema fields of a table's CSV resource in dir's datapackage.json.
func editFields(t *testing.T, dir, table string, edit func([]any) []any) string {
	t.Helper()
	var pkg map[string]any
	if err := json.Unmarshal([]byte(readFile(t, filepath.Join(dir, "datapackage.json"))), &pkg); err != nil {
		t.Fatal(err)
	}
	for _, r := range pkg["resources"].([]any) {
		res := r.(map[string]any)
		if res["name"] == table {
			schema := res["schema"].(map[string]any)
			schema["fields"] = edit(schema["fields"].([]any))
		}
	}
	b, err := json.MarshalIndent(pkg, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "datapackage.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// overlayFS reads a file from top when it has it, else from base.
type overlayFS struct{ top, base fs.FS }

func (o overlayFS) Open(name string) (fs.File, error) {
	if f, err := o.top.Open(name); err == nil {
		return f, nil
	}
	return o.base.Open(name)
}

// TestCheckFailsAfterLexiconChange: --check passes on a fresh release and fails, with a
// readable diff, once a lexicon changes without a new release.
func TestCheckFailsAfterLexiconChange(t *testing.T) {
	outDir := t.TempDir()
	corpus := writeCorpus(t, map[string]string{"a.txt": "They co-authored 657 papers and trained 300 engineers.\n"})
	if _, err := Release(Options{Corpus: corpus, Out: outDir}); err != nil {
		t.Fatal(err)
	}
	res, err := Reproduce(Options{Corpus: corpus, Out: outDir})
	if err != nil || !res.Same {
		t.Fatalf("fresh release: %+v %v", res, err)
	}
	// A lexicon edit: papers are no longer a unit of their own.
	units, err := fs.ReadFile(lexicon.Files(), "units.tsv")
	if err != nil {
		t.Fatal(err)
	}
	edited := fstest.MapFS{"units.tsv": {Data: regexp.MustCompile(`(?m)^papers?\t.*\n`).ReplaceAll(units, nil)}}
	lex, err := lexicon.Load(overlayFS{edited, lexicon.Files()})
	if err != nil {
		t.Fatal(err)
	}
	res, err = Reproduce(Options{Corpus: corpus, Out: outDir, Lexicon: lex})
	if err != nil {
		t.Fatal(err)
	}
	text := res.Diff.Text()
	if res.Same || !strings.Contains(text, `unit: "papers" → "count"`) || !strings.Contains(strings.Join(res.Files, " "), "figures.csv") {
		t.Errorf("after the lexicon change: same %v, files %v\n%s", res.Same, res.Files, text)
	}
}

// TestReleaseReadsNoClock guards determinism across days: the packages that write a release
// never read the time.
func TestReleaseReadsNoClock(t *testing.T) {
	for _, dir := range []string{"../extract", "../schemas", "../out", "."} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			file, err := parser.ParseFile(token.NewFileSet(), f, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(file, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok {
					if id, ok := sel.X.(*ast.Ident); ok && id.Name == "time" && (sel.Sel.Name == "Now" || sel.Sel.Name == "Since") {
						t.Errorf("%s reads the clock (time.%s)", f, sel.Sel.Name)
					}
				}
				return true
			})
		}
	}
}

// TestValidateOlderSchema: a release written before a column was added is reported as such,
// once, not as a problem per row.
func TestValidateOlderSchema(t *testing.T) {
	probs, err := validate.Problems("../releases/1.0.0", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(probs) != 1 || !strings.Contains(probs[0].Message, "written with another schema (sources: columns") {
		t.Errorf("problems %v", probs)
	}
}
