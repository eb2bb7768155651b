package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/schemas"
)

// DefaultVersion is the dataset version written when none is given.
const DefaultVersion = "0.1.0"

// Options configures a release.
type Options struct {
	Corpus  string // directory of *.txt sources and an optional manifest.yaml
	Out     string // directory holding the version directories
	Version string
	Force   bool // replace an existing, different version
}

// Dataset is the content of a release, before it is written.
type Dataset struct {
	Sources      []schemas.Source
	Figures      []schemas.Figure
	Funding      []schemas.Funding
	Graduates    []schemas.Graduates
	Coauthorship []schemas.Coauthorship
	Checks       []schemas.Check
	Rejects      []schemas.Reject
}

// Counts returns the rows per table.
func (d *Dataset) Counts() map[string]int {
	return map[string]int{
		schemas.Sources.Name: len(d.Sources), schemas.Figures.Name: len(d.Figures),
		schemas.FundingTable.Name: len(d.Funding), schemas.GraduatesTable.Name: len(d.Graduates),
		schemas.CoauthorshipTable.Name: len(d.Coauthorship), schemas.Checks.Name: len(d.Checks),
		schemas.Rejects.Name: len(d.Rejects),
	}
}

// Summary reports what a release did.
type Summary struct {
	Dir       string
	Unchanged bool // the version existed with identical content
	Counts    map[string]int
}

// Build runs extract → normalize → review → validate → checks over a corpus directory.
// Review entries that match nothing are an error.
func Build(corpusDir string) (*Dataset, error) {
	ds, _, err := build(corpusDir, true)
	return ds, err
}

// ReviewQueue returns the released figures no review entry covers, most important first
// (funding, graduates, coauthorship, then other; in source order within each), and the
// stale review entries, if any, as an error to show beside them.
func ReviewQueue(corpusDir string) (queue []schemas.Figure, stale, err error) {
	ds, review, err := build(corpusDir, false)
	if err != nil {
		return nil, nil, err
	}
	rank := map[string]int{"funding": 0, "graduates": 1, "coauthorship": 2, "other": 3}
	for _, f := range ds.Figures {
		if f.Review == "auto" && review.Unreviewed(f.FigureID) {
			queue = append(queue, f)
		}
	}
	slices.SortStableFunc(queue, func(a, b schemas.Figure) int { return rank[a.Category] - rank[b.Category] })
	return queue, review.Stale(), nil
}

func build(corpusDir string, strict bool) (*Dataset, *Review, error) {
	docs, err := LoadCorpus(corpusDir)
	if err != nil {
		return nil, nil, err
	}
	review, err := LoadReview(corpusDir)
	if err != nil {
		return nil, nil, err
	}
	lex := extract.DefaultLexicon()
	ds := &Dataset{}
	chk := &checker{}
	for _, d := range docs {
		raw, err := os.ReadFile(d.Path)
		if err != nil {
			return nil, nil, err
		}
		doc, err := extract.NewDocument(d.Path, raw)
		if err != nil {
			return nil, nil, err
		}
		src := SourceRow(d, raw)
		if err := schemas.CheckSource(&src, raw); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", d.Path, err)
		}
		rows := Normalize(&src, extract.FindInView(doc.View, raw, lex), lex)
		rows, reviewed, err := review.Apply(&src, doc, rows)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", corpusDir, err)
		}
		kept, rejects := Validate(&src, raw, rows)
		chk.checkSource(doc, src.SourceID, kept)
		ds.Sources = append(ds.Sources, src)
		ds.Figures = append(ds.Figures, kept...)
		ds.Rejects = append(ds.Rejects, reviewed...)
		ds.Rejects = append(ds.Rejects, rejects...)
	}
	if err := review.Stale(); err != nil && strict {
		return nil, nil, fmt.Errorf("%s: %w", filepath.Join(corpusDir, ReviewFile), err)
	}
	chk.crossSource(ds.Figures)
	ds.Checks = chk.findings
	annotate(ds.Figures, ds.Checks)
	ds.Funding, ds.Graduates, ds.Coauthorship = CategoryRows(ds.Figures)
	return ds, review, nil
}

// SourceRow builds the sources row of a corpus document.
func SourceRow(d CorpusDoc, raw []byte) schemas.Source {
	m := d.Meta
	return schemas.Source{
		SourceID: m.ID, File: filepath.Base(d.Path), SHA256: schemas.SHA256(raw), Bytes: int64(len(raw)),
		Title: m.Title, Authors: optString(strings.Join(m.Authors, "; ")), Publisher: optString(m.Publisher),
		Published: optString(m.Published), Kind: optString(m.Kind), Language: optString(m.Language), URL: optString(m.URL),
	}
}

// Release builds the dataset of opts.Corpus and writes it as opts.Out/<version>. The
// version is written into a temporary directory beside it and renamed into place, so a
// failed run leaves no half-written version. An existing version with the same content is
// left alone; one with different content is replaced only with Force.
func Release(opts Options) (*Summary, error) {
	if opts.Version == "" {
		opts.Version = DefaultVersion
	}
	if !validVersion(opts.Version) {
		return nil, fmt.Errorf("version %q is not MAJOR.MINOR.PATCH", opts.Version)
	}
	ds, err := Build(opts.Corpus)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(opts.Out, ".tmp-"+opts.Version+"-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp) // a no-op once renamed into place
	if err := Write(tmp, opts.Version, ds); err != nil {
		return nil, err
	}
	target := filepath.Join(opts.Out, opts.Version)
	sum := &Summary{Dir: target, Counts: ds.Counts()}
	if _, err := os.Stat(target); err == nil {
		same, err := sameChecksums(tmp, target)
		if err != nil {
			return nil, err
		}
		switch {
		case same:
			sum.Unchanged = true
			return sum, nil
		case !opts.Force:
			return nil, fmt.Errorf("release %s exists and differs from what the corpus and code now produce; "+
				"give a new --version, or --force to replace it", target)
		}
		old := tmp + "-old"
		if err := os.Rename(target, old); err != nil {
			return nil, err
		}
		defer os.RemoveAll(old)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, target); err != nil {
		return nil, err
	}
	return sum, nil
}

// Write writes the dataset as a release directory dir.
func Write(dir, version string, ds *Dataset) error {
	steps := []func() error{
		func() error { return out.WriteTable(dir, schemas.Sources, ds.Sources, version) },
		func() error { return out.WriteTable(dir, schemas.Figures, ds.Figures, version) },
		func() error { return out.WriteTable(dir, schemas.FundingTable, ds.Funding, version) },
		func() error { return out.WriteTable(dir, schemas.GraduatesTable, ds.Graduates, version) },
		func() error { return out.WriteTable(dir, schemas.CoauthorshipTable, ds.Coauthorship, version) },
		func() error { return out.WriteTable(dir, schemas.Checks, ds.Checks, version) },
		func() error { return out.WriteTable(dir, schemas.Rejects, ds.Rejects, version) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	info := out.Info{Name: "korea-it-figures", Title: "Figures on the IT sector of the Korean peninsula",
		Version: version, Counts: ds.Counts(), Notes: codebookNotes(ds)}
	if err := out.WriteDataPackage(dir, info, schemas.All()); err != nil {
		return err
	}
	if err := out.WriteCodebook(dir, info, schemas.All()); err != nil {
		return err
	}
	return out.WriteChecksums(dir)
}

func sameChecksums(a, b string) (bool, error) {
	x, err := os.ReadFile(filepath.Join(a, out.ChecksumFile))
	if err != nil {
		return false, err
	}
	y, err := os.ReadFile(filepath.Join(b, out.ChecksumFile))
	if err != nil {
		return false, fmt.Errorf("existing release %s: %w", b, err)
	}
	return bytes.Equal(x, y), nil
}

func validVersion(v string) bool {
	parts := strings.Split(v, ".")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" || len(p) > 1 && p[0] == '0' {
			return false
		}
	}
	return true
}
