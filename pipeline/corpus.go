package pipeline

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kpfigures/figures/pipeline/review"
	"github.com/kpfigures/figures/schemas"
)

// ManifestFile is the name of the optional metadata file in a corpus directory.
const ManifestFile = "manifest.yaml"

// Manifest is the person-edited metadata of a corpus.
type Manifest struct {
	Documents []ManifestEntry `yaml:"documents"`
}

// ManifestEntry is what a document says about itself. Empty fields are unknown.
type ManifestEntry struct {
	ID        string   `yaml:"id"`
	File      string   `yaml:"file"`
	Title     string   `yaml:"title"`
	Authors   []string `yaml:"authors"`
	Publisher string   `yaml:"publisher"`
	Published string   `yaml:"published"`
	Kind      string   `yaml:"kind"`
	Language  string   `yaml:"language"`
	URL       string   `yaml:"url"`
}

// CorpusDoc is one source file of a corpus with its metadata.
type CorpusDoc struct {
	Path string
	Meta ManifestEntry
}

// Kinds of documents the manifest accepts.
var Kinds = []string{"working paper", "journal article", "news article", "blog post", "book chapter", "report"}

// Unread is a file of a corpus directory the release does not read, and why.
type Unread struct {
	Path   string
	Reason string
}

// UnreadFiles lists what a corpus directory holds besides its documents, its manifest and
// its review file (hidden files aside): subdirectories and files of other kinds. The release
// names each in its summary and its rejects table, so that nothing is left out unsaid.
func UnreadFiles(dir string) ([]Unread, error) { return unreadFiles(os.DirFS(dir), dir) }

func unreadFiles(fsys fs.FS, dir string) ([]Unread, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, err)
	}
	var out []Unread
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, ".") || name == ManifestFile || name == review.FileName:
		case e.IsDir():
			out = append(out, Unread{filepath.Join(dir, name), "a directory: the release reads the documents of the corpus directory itself, not of its subdirectories"})
		case !isDocument(name):
			out = append(out, Unread{filepath.Join(dir, name), fmt.Sprintf("not a kind of document the release reads (%s)", strings.Join(DocumentExts, ", "))})
		}
	}
	return out, nil
}

// LoadCorpus lists the sources of dir: every *.txt file, in name order, with its manifest
// entry when there is one. A manifest entry for a missing file, a duplicate id or an
// unknown field is an error naming the manifest.
func LoadCorpus(dir string) ([]CorpusDoc, error) {
	if st, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, errors.Unwrap(err))
	} else if !st.IsDir() {
		return nil, fmt.Errorf("corpus %s: not a directory", dir)
	}
	return loadCorpus(os.DirFS(dir), dir)
}

// loadCorpus is LoadCorpus on a file system whose root is the corpus directory, named dir
// in messages and in the documents' paths.
func loadCorpus(fsys fs.FS, dir string) ([]CorpusDoc, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("corpus %s: %w", dir, err)
	}
	var paths []string
	for _, e := range entries { // in name order
		if isDocument(e.Name()) && !strings.HasPrefix(e.Name(), ".") {
			paths = append(paths, filepath.Join(dir, e.Name()))
		}
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("corpus %s: no documents (%s files)", dir, strings.Join(DocumentExts, ", "))
	}
	man, err := readManifest(fsys, filepath.Join(dir, ManifestFile))
	if err != nil {
		return nil, err
	}
	byFile := map[string]ManifestEntry{}
	ids := map[string]string{}
	for i, e := range man.Documents {
		where := fmt.Sprintf("corpus %s: %s: document %d (file %q)", dir, ManifestFile, i+1, e.File)
		switch {
		case filepath.IsAbs(e.File) || e.File != filepath.Base(e.File) || e.File == "." || e.File == "..":
			// "../../etc/passwd": a manifest names files of its own directory only.
			return nil, fmt.Errorf("%s: not a file name in the corpus directory", where)
		case !isDocument(e.File):
			return nil, fmt.Errorf("%s: not a document of the corpus (%s)", where, strings.Join(DocumentExts, ", "))
		}
		if _, err := fs.Stat(fsys, e.File); err != nil {
			return nil, fmt.Errorf("%s: %w", where, errors.Unwrap(err)) // the path is said already
		}
		if _, dup := byFile[e.File]; dup {
			return nil, fmt.Errorf("%s: the file has two entries", where)
		}
		byFile[e.File] = e
	}
	docs := make([]CorpusDoc, 0, len(paths))
	for _, p := range paths {
		base := filepath.Base(p)
		meta, ok := byFile[base]
		if !ok {
			meta = ManifestEntry{File: base}
		}
		if meta.ID == "" {
			meta.ID = strings.TrimSuffix(base, filepath.Ext(base))
		}
		if other, dup := ids[meta.ID]; dup {
			return nil, fmt.Errorf("corpus %s: source id %q used by both %s and %s", dir, meta.ID, other, base)
		}
		ids[meta.ID] = base
		docs = append(docs, CorpusDoc{Path: p, Meta: meta})
	}
	return docs, nil
}

func readManifest(fsys fs.FS, path string) (Manifest, error) {
	var m Manifest
	b, err := fs.ReadFile(fsys, filepath.Base(path))
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return m, err
	}
	if err := schemas.DecodeYAML(path, b, &m); err != nil {
		return m, err
	}
	for i, e := range m.Documents {
		switch {
		case e.File == "":
			return m, fmt.Errorf("%s: document %d: file is empty", path, i+1)
		case e.Kind != "" && !slices.Contains(Kinds, e.Kind):
			return m, fmt.Errorf("%s: document %q: kind %q is not one of %v", path, e.File, e.Kind, Kinds)
		case e.Published != "" && !schemas.IsDate(e.Published):
			return m, fmt.Errorf("%s: document %q: published %q is not YYYY, YYYY-MM or YYYY-MM-DD", path, e.File, e.Published)
		}
	}
	return m, nil
}
