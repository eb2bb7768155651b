package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadCorpusShipped(t *testing.T) {
	docs, err := LoadCorpus(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 5 {
		t.Fatalf("%d documents, want 5", len(docs))
	}
	for _, d := range docs {
		if d.Meta.ID == "" || d.Meta.Title == "" || d.Meta.Language != "en" {
			t.Errorf("%s: metadata %+v", d.Path, d.Meta)
		}
	}
}

func TestLoadCorpusErrors(t *testing.T) {
	tests := []struct {
		name, manifest, want string
	}{
		{"missing file", "documents:\n  - id: x\n    file: nope.txt\n", `entry "x": file "nope.txt"`},
		{"unknown field", "documents:\n  - file: a.txt\n    colour: red\n", "colour"},
		{"bad kind", "documents:\n  - file: a.txt\n    kind: tweet\n", `kind "tweet" is not one of`},
		{"bad date", "documents:\n  - file: a.txt\n    published: 12/2001\n", `published "12/2001" is not YYYY`},
		{"duplicate id", "documents:\n  - file: a.txt\n    id: same\n  - file: b.txt\n    id: same\n", `source id "same" used by both`},
		{"not yaml", "documents: [\n", "manifest.yaml"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeCorpus(t, map[string]string{"a.txt": "a", "b.txt": "b", ManifestFile: tc.manifest})
			_, err := LoadCorpus(dir)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want it to mention %q", err, tc.want)
			}
		})
	}
	if _, err := LoadCorpus(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no *.txt files") {
		t.Errorf("empty corpus: %v", err)
	}
	if _, err := LoadCorpus(filepath.Join(t.TempDir(), "absent")); err == nil {
		t.Error("absent corpus: no error")
	}
}

// FuzzManifest feeds arbitrary manifests to the corpus loader: it must return documents or
// an error, never panic.
func FuzzManifest(f *testing.F) {
	b, _ := os.ReadFile(filepath.Join(corpusDir, ManifestFile))
	f.Add(string(b))
	f.Add("documents:\n  - file: a.txt\n    authors: [x, y]\n")
	f.Fuzz(func(t *testing.T, manifest string) {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "a.txt"), []byte("x"), 0o644)
		os.WriteFile(filepath.Join(dir, ManifestFile), []byte(manifest), 0o644)
		docs, err := LoadCorpus(dir)
		if err == nil && len(docs) != 1 {
			t.Fatalf("%d documents from one file", len(docs))
		}
	})
}
