package lexicon

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// TestLexiconLoads checks the shipped lexicon files parse (no duplicate or malformed entry)
// and hold the entries the scanner relies on.
func TestLexiconLoads(t *testing.T) {
	lex, err := Load(Files())
	if err != nil {
		t.Fatal(err)
	}
	million, _ := lex.Scale("million")
	m, _ := lex.Scale("M")
	dozen, _ := lex.Number("dozen")
	if million.Factor != 1e6 || !m.Suffix || dozen.Value != 12 {
		t.Error("scale and number words missing")
	}
	if lex.Unit("graduates") != "people" || lex.Unit("papers") != "papers" {
		t.Error("counted nouns missing")
	}
	for i := 1; i < len(lex.currencies); i++ {
		if len(lex.currencies[i].Phrase) > len(lex.currencies[i-1].Phrase) {
			t.Fatalf("currencies not longest first: %q after %q", lex.currencies[i].Phrase, lex.currencies[i-1].Phrase)
		}
	}
}

// editedFiles returns the shipped lexicon files with name's content replaced.
func editedFiles(t *testing.T, name, content string) fs.FS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(Files(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(Files(), path)
		m[path] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	m[name] = &fstest.MapFile{Data: []byte(content)}
	return m
}

// TestLoadEdited: a lexicon of one's own is read from its files, and a malformed line is an
// error naming the file and the line.
func TestLoadEdited(t *testing.T) {
	lex, err := Load(editedFiles(t, "units.tsv", "# counted nouns\ngraduates\tpeople\n"))
	if err != nil {
		t.Fatal(err)
	}
	if lex.Unit("graduates") != "people" || lex.Unit("papers") != "" {
		t.Errorf("edited units: graduates %q, papers %q", lex.Unit("graduates"), lex.Unit("papers"))
	}
	if Default().Unit("papers") != "papers" {
		t.Error("loading another lexicon changed the default one")
	}
	_, err = Load(editedFiles(t, "scales.tsv", "million\t1e6\tword\nmillion\t1e6\tword\n"))
	if err == nil || !strings.Contains(err.Error(), "lexicon scales.tsv: line 2: duplicate entry") {
		t.Errorf("duplicate entry: %v", err)
	}
	_, err = Load(editedFiles(t, "units.tsv", "graduates people\n"))
	if err == nil || !strings.Contains(err.Error(), "lexicon units.tsv: line 1: want 2 tab-separated fields") {
		t.Errorf("malformed line: %v", err)
	}
}
