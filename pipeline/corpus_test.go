package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kpfigures/figures/extract/lexicon"
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
		if d.Meta.ID == "" || d.Meta.Language != "en" {
			t.Errorf("%s: metadata %+v", d.Path, d.Meta)
		}
	}
}

func TestLoadCorpusErrors(t *testing.T) {
	tests := []struct {
		name, manifest, want string
	}{
		{"missing file", "documents:\n  - id: x\n    file: nope.txt\n", `manifest.yaml: document 1 (file "nope.txt"): no such file or directory`},
		{"outside the corpus", "documents:\n  - file: ../../etc/passwd\n", `document 1 (file "../../etc/passwd"): not a file name in the corpus directory`},
		{"absolute path", "documents:\n  - file: /etc/passwd\n", `document 1 (file "/etc/passwd"): not a file name in the corpus directory`},
		{"subdirectory", "documents:\n  - file: a.txt\n  - file: sub/a.txt\n", `document 2 (file "sub/a.txt"): not a file name in the corpus directory`},
		{"not a document", "documents:\n  - file: notes.odt\n", `document 1 (file "notes.odt"): not a document of the corpus (.txt, .md, .markdown, .html, .htm, .pdf)`},
		{"two entries for a file", "documents:\n  - file: a.txt\n  - file: a.txt\n", `document 2 (file "a.txt"): the file has two entries`},
		{"unknown field", "documents:\n  - file: a.txt\n    colour: red\n", "colour"},
		{"bad kind", "documents:\n  - file: a.txt\n    kind: tweet\n", `kind "tweet" is not one of`},
		{"bad date", "documents:\n  - file: a.txt\n    published: 12/2001\n", `published "12/2001" is not YYYY`},
		{"duplicate id", "documents:\n  - file: a.txt\n    id: same\n  - file: b.txt\n    id: same\n", `source id "same" used by both`},
		{"not yaml", "documents: [\n", "manifest.yaml"},
		{"a YAML tag the parser chokes on", "documents:\n  ! 0000000000000", "manifest.yaml: malformed YAML (the parser failed: runtime error: invalid memory address"},
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
	if _, err := LoadCorpus(t.TempDir()); err == nil || !strings.Contains(err.Error(), "no documents (.txt, .md, .markdown, .html, .htm, .pdf files)") {
		t.Errorf("empty corpus: %v", err)
	}
	absent := filepath.Join(t.TempDir(), "absent")
	if _, err := LoadCorpus(absent); err == nil || err.Error() != "corpus "+absent+": no such file or directory" {
		t.Errorf("absent corpus: %v", err)
	}
	file := filepath.Join(writeCorpus(t, map[string]string{"a.txt": "a"}), "a.txt")
	if _, err := LoadCorpus(file); err == nil || err.Error() != "corpus "+file+": not a directory" {
		t.Errorf("corpus that is a file: %v", err)
	}
}

// FuzzManifest feeds arbitrary manifests to the corpus loader: it returns the one document
// of the corpus, with an id, or an error naming the corpus or its manifest.
func FuzzManifest(f *testing.F) {
	b, _ := os.ReadFile(filepath.Join(corpusDir, ManifestFile))
	f.Add(string(b))
	f.Add("documents:\n  - file: a.txt\n    authors: [x, y]\n")
	f.Fuzz(func(t *testing.T, manifest string) {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "a.txt"), []byte("x"), 0o644)
		os.WriteFile(filepath.Join(dir, ManifestFile), []byte(manifest), 0o644)
		docs, err := LoadCorpus(dir)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "corpus "+dir+": ") && !strings.HasPrefix(err.Error(), filepath.Join(dir, ManifestFile)) {
				t.Fatalf("error %q does not name the corpus or its manifest", err)
			}
			return
		}
		if len(docs) != 1 {
			t.Fatalf("%d documents from one file", len(docs))
		}
		if d := docs[0]; d.Path != filepath.Join(dir, "a.txt") || d.Meta.ID == "" {
			t.Fatalf("document %+v", d)
		}
	})
}

func TestTextTitle(t *testing.T) {
	for _, tc := range []struct{ path, text, want string }{
		{"a.txt", "\n\nBroadband in the North\n\nThe network grew.", "Broadband in the North"},
		{"a.md", "# Broadband in the North\n\nText.", "Broadband in the North"},
		{"a.txt", "Introduction\n\nText.", ""},                 // a part's name
		{"a.txt", "The network grew fast in 2004.\nMore.", ""}, // a sentence
		{"a.html", "<h1>Title</h1>", ""},                       // its meta tags say
		{"a.txt", strings.Repeat("word ", 20) + "\n", ""},      // too long for a heading
	} {
		if got := textTitle(tc.path, []byte(tc.text), lexicon.Default()); got != tc.want {
			t.Errorf("%s %q: %q, want %q", tc.path, tc.text, got, tc.want)
		}
	}
}

func TestDetectLanguage(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"정부는 2022년 3월 15일 제3차 정보통신 인재 양성 계획을 발표했다.", "ko"},
		{"삼성전자(Samsung Electronics)는 AI 반도체에 20조 원을 투자했다.", "ko"},
		{"The ministry allocated US$ 12 million in 2004.", ""},
		{"Le ministère a alloué 12 millions de dollars.", ""},
		{"", ""},
	} {
		if got := detectLanguage([]byte(tc.text)); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}
