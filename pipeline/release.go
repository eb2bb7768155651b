package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/kpfigures/figures/pipeline/normalize"
	"github.com/kpfigures/figures/pipeline/versions"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/pipeline/checks"
	"github.com/kpfigures/figures/pipeline/review"
	"github.com/kpfigures/figures/reference"
	"github.com/kpfigures/figures/schemas"
)

// Options configures a release.
type Options struct {
	Corpus   string // directory of *.txt sources, an optional manifest.yaml and review.yaml
	Out      string // directory holding the versions, latest and CHANGELOG.md
	Version  string // empty: proposed from the difference with the latest release
	Force    bool   // replace an existing version whose content differs
	Workers  int    // documents processed at once; 0 or 1: one at a time
	Strict   bool   // a document that cannot be read as text stops the release instead of being skipped
	Progress func(Progress)
}

// Progress reports one document done.
type Progress struct {
	Done, Total int
	Path        string
	Figures     int      // found in this document
	Skipped     string   // why the document was left out, if it was
	Unread      bool     // Path is not a document the release reads (see Corpus.Unread)
	Dropped     []string // spans of the document left out as furniture, with why and what they held
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
	Skipped      []string // documents left out (see Stats.Skipped); their reasons are in Rejects
	Texts        []ShippedText

	rows categoryRows // how the figures become the category tables' rows
}

// writeShippedText writes text extracted from a source into the release directory dir.
func writeShippedText(dir, name string, data []byte) error {
	return os.WriteFile(filepath.Join(dir, name), data, 0o644)
}

// ShippedText is text extracted from a source (PDF), which a release ships so that the
// figures' offsets into it can be checked.
type ShippedText struct {
	Name string // sources.text_file
	Data []byte
}

// Summary reports what a release did.
type Summary struct {
	Dir       string
	Version   string
	Unchanged bool   // the latest release (or the version asked for) already holds this content
	Bump      string // major, minor, patch; "" for a first release or no change
	Counts    map[string]int
	Stats     *Stats
}

// Build runs extract → normalize → review → validate → checks over a corpus directory and
// holds the result in memory. Review entries that match nothing are an error.
func Build(corpusDir string) (*Dataset, error) {
	return BuildParallel(corpusDir, 1)
}

// BuildParallel is Build on workers goroutines; the result is the same.
func BuildParallel(corpusDir string, workers int) (*Dataset, error) {
	ds := &Dataset{}
	if _, err := buildInto(corpusDir, true, nil, workers, ds, &memSpill{}); err != nil {
		return nil, err
	}
	return ds, nil
}

// Corpus is a corpus directory opened for processing: its documents in order and its review.
type Corpus struct {
	Dir    string
	Docs   []CorpusDoc
	Review *review.Review
	Unread []Unread // files of the directory the release does not read
	Strict bool     // a document that cannot be read as text is an error, not a skipped source
}

// OpenCorpus lists the documents of dir and loads its manifest and review file. Its errors
// are *InputError.
func OpenCorpus(dir string) (*Corpus, error) {
	docs, err := LoadCorpus(dir)
	if err != nil {
		return nil, &InputError{err}
	}
	return openCorpus(os.DirFS(dir), dir, docs)
}

// OpenCorpusFS is OpenCorpus on a file system whose root is the corpus directory (a
// bucket's, on a cluster), named dir in messages and in the documents' paths. Its documents
// are then processed from their bytes (see ProcessBytes).
func OpenCorpusFS(fsys fs.FS, dir string) (*Corpus, error) {
	docs, err := loadCorpus(fsys, dir)
	if err != nil {
		return nil, &InputError{err}
	}
	return openCorpus(fsys, dir, docs)
}

func openCorpus(fsys fs.FS, dir string, docs []CorpusDoc) (*Corpus, error) {
	unread, err := unreadFiles(fsys, dir)
	if err != nil {
		return nil, err
	}
	review, err := review.LoadFS(fsys, dir)
	if err != nil {
		return nil, &InputError{err}
	}
	return &Corpus{Dir: dir, Docs: docs, Unread: unread, Review: review}, nil
}

// DocResult is what the per-document stages make of one source, ready to merge into a
// release: rows, findings of the per-source checks, dated events for the cross-source ones,
// and the review entries used. It holds no reference to the document's text.
type DocResult struct {
	Source   schemas.Source
	Figures  []schemas.Figure
	Rejects  []schemas.Reject
	Findings []schemas.Check
	Events   []checks.Event
	Reviewed []int             // numbers of the review entries used
	Refresh  []review.Refresh  // review entries to write again with their figure's id and words
	Outdated []review.Outdated // review entries whose figure's number changed
	Text     []byte            // the text extracted from the document (PDF), which the release ships; nil for text

	// Skipped says why the document could not be read as text ("byte 7: invalid UTF-8"):
	// its source row is then left out of the release and Rejects says why instead.
	Skipped string

	// Dropped says what the view left out as site furniture, one line per span ("bytes
	// 1200–5400: site furniture: a block after 'Comments0' (12 figures, in rejects)").
	Dropped []string

	spillBlock []byte // Figures encoded for the spill by the worker, when it could
}

// Run runs the stages on document i: extract → normalize → review → row rules → per-source checks.
// It changes nothing in c, so documents may be processed at once, here or elsewhere.
func (c *Corpus) Run(i int) (*DocResult, error) {
	var buf []byte
	return c.runFile(i, &buf)
}

// runFile is Run reading the file into *buf, which it leaves holding the bytes for
// the next document to reuse: a worker reads hundreds of megabytes, and fresh buffers cost
// the collector. Nothing of a DocResult points into the bytes (TestResultOwnsItsBytes).
func (c *Corpus) runFile(i int, buf *[]byte) (*DocResult, error) {
	d := c.Docs[i]
	raw, err := readFileInto((*buf)[:0], d.Path)
	if err != nil {
		return skipped(d, nil, extract.ReadError(d.Path, err)), nil
	}
	*buf = raw
	return c.runDocument(i, raw, true)
}

// readFileInto is os.ReadFile into buf's memory.
func readFileInto(buf []byte, path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if st, err := f.Stat(); err == nil && st.Size() > 0 && int64(int(st.Size())) == st.Size() {
		size = int(st.Size()) + 1 // one more, to see the end without growing
	}
	data := slices.Grow(buf[:0], size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) {
			data = slices.Grow(data, 4096) // the file grew since Stat
		}
	}
}

// RunBytes is Run on the document's bytes when the caller has read them already
// (from object storage, say); nil reads the file.
func (c *Corpus) RunBytes(i int, raw []byte) (*DocResult, error) {
	if raw == nil {
		return c.Run(i)
	}
	return c.runDocument(i, raw, false)
}

// runDocument runs the stages on raw, the bytes of document i; onDisk says they were read from
// its file, where tools that read files (pdftotext) can read them.
func (c *Corpus) runDocument(i int, raw []byte, onDisk bool) (*DocResult, error) {
	d := c.Docs[i]
	src, err := readSource(d.Path, raw, onDisk)
	var bad *extract.DecodeError
	if errors.As(err, &bad) {
		return skipped(d, raw, bad), nil
	}
	if err != nil {
		return nil, err
	}
	doc, lex := src.doc, extract.DefaultLexicon()
	res := &DocResult{Source: SourceRow(d, raw, src.meta)}
	// The row's checksum and size were just taken from raw: check the rest, not hash again.
	if err := schemas.SourceRules(&res.Source, nil); err != nil {
		return nil, fmt.Errorf("%s: %w", d.Path, err)
	}
	if src.extracted {
		name := TextFileName(res.Source.SourceID)
		res.Source.TextFile, res.Text = &name, doc.Raw
	}
	// From here on, "raw" is the text the offsets count in: the file, or the text extracted from it.
	topic := normalize.DocumentTopic(doc.View, lex)
	rows := normalize.Normalize(&res.Source, extract.FindInView(doc.View, doc.Raw, lex), topic, lex)
	applied, err := c.Review.Apply(&res.Source, doc, topic, rows)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c.Dir, err)
	}
	kept, rejects := RowRules(&res.Source, doc.Raw, applied.Rows)
	normalize.MarkRestatements(doc.Raw, kept)
	findings, events := checks.Source(doc, res.Source.SourceID, kept)
	res.Figures, res.Rejects = kept, append(applied.Rejects, rejects...)
	res.Dropped, res.Rejects = reportDropped(&res.Source, doc, lex, res.Rejects)
	res.Findings, res.Events = findings, events
	res.Reviewed, res.Refresh, res.Outdated = applied.Used, applied.Refresh, applied.Outdated
	return res, nil
}

// skipped is the result of a document that cannot be read as text: a reject row in place
// of its source row, so that the release says what it left out and why.
func skipped(d CorpusDoc, raw []byte, bad *extract.DecodeError) *DocResult {
	reason := strings.TrimPrefix(bad.Error(), d.Path+": ")
	return &DocResult{
		Source:  SourceRow(d, raw, extract.PageMeta{}),
		Skipped: reason,
		Rejects: []schemas.Reject{{Table: schemas.Sources.Name, RowID: d.Meta.ID, SourceID: d.Meta.ID,
			Start: bad.Offset, Text: filepath.Base(d.Path), Reason: "document skipped: " + reason}},
	}
}

// SourceRow builds the sources row of a corpus document: the manifest's metadata first,
// then what the document says about itself (an HTML page's meta tags, a PDF's information,
// a text's first heading), the file name as the title of last resort.
func SourceRow(d CorpusDoc, raw []byte, page extract.PageMeta) schemas.Source {
	m := d.Meta
	authors := m.Authors
	if len(authors) == 0 {
		authors = page.Authors
	}
	return schemas.Source{
		SourceID: m.ID, File: filepath.Base(d.Path), SHA256: schemas.SHA256(raw), Bytes: int64(len(raw)),
		Title:     firstOf(m.Title, page.Title, textTitle(d.Path, raw), filepath.Base(d.Path)),
		Authors:   schemas.Optional(strings.Join(authors, "; ")),
		Publisher: schemas.Optional(firstOf(m.Publisher, page.Publisher)), Published: schemas.Optional(firstOf(m.Published, page.Published)),
		Kind: schemas.Optional(m.Kind), Language: schemas.Optional(firstOf(m.Language, page.Language, detectLanguage(raw))), URL: schemas.Optional(firstOf(m.URL, page.URL)),
	}
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// Release builds the dataset of opts.Corpus and publishes it as a new version in opts.Out,
// unless the latest version already holds the same content. The version is the one asked
// for, or the latest bumped by the difference (see versions.DatasetDiff.Bump). It is written into a
// temporary directory beside the others and renamed into place, so a failed run leaves no
// half-written version; then latest is pointed at it and CHANGELOG.md gains its entry. An
// existing version is never changed, except with Force.
func Release(opts Options) (*Summary, error) {
	sum, err := publish(opts)
	return sum, asOutputError(err)
}

func publish(opts Options) (*Summary, error) {
	if opts.Version != "" {
		if _, err := versions.ParseVersion(opts.Version); err != nil {
			return nil, &InputError{fmt.Errorf("--version: %w", err)}
		}
	}
	if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		return nil, err
	}
	unlock, err := versions.Lock(opts.Out)
	if err != nil {
		return nil, err
	}
	defer unlock()
	if err := out.RemoveLeftovers(opts.Out); err != nil {
		return nil, err
	}
	if err := versions.FinishInterrupted(opts.Out); err != nil {
		return nil, err
	}
	latest, err := versions.Latest(opts.Out)
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(opts.Out, out.TmpPrefix)
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp) // a no-op once renamed into place
	// The tables stream into the temporary directory; they do not depend on the version,
	// which is decided once they are written.
	stats, err := writeCorpusTables(opts, tmp)
	if err != nil {
		return nil, err
	}
	sum := &Summary{Counts: stats.Rows, Stats: stats}
	version := opts.Version
	if version == "" {
		version = latest
	}
	if version == "" {
		version = versions.FirstVersion
	}
	if err := writeMetadata(tmp, version, stats); err != nil {
		return nil, err
	}
	var diff *versions.DatasetDiff
	if latest != "" {
		if diff, err = versions.Diff(filepath.Join(opts.Out, latest), tmp); err != nil {
			return nil, err
		}
		if opts.Version == "" {
			same, err := sameChecksums(tmp, filepath.Join(opts.Out, latest))
			if err != nil {
				return nil, err
			}
			if same {
				sum.Dir, sum.Version, sum.Unchanged = filepath.Join(opts.Out, latest), latest, true
				return sum, nil
			}
			// Bytes differ: at least a patch, even when the difference is one the diff
			// sets aside (a number in the codebook's prose).
			if sum.Bump = diff.Bump(); sum.Bump == "" {
				sum.Bump = "patch"
			}
			if version, err = versions.Next(latest, sum.Bump); err != nil {
				return nil, err
			}
			if err := writeMetadata(tmp, version, stats); err != nil {
				return nil, err
			}
			diff.NewVersion = version // the tables are the ones just compared; only the version changed
		}
	}
	target := filepath.Join(opts.Out, version)
	sum.Dir, sum.Version = target, version
	replaced, exists := false, false
	if _, err := os.Stat(target); err == nil {
		same, err := sameChecksums(tmp, target)
		if err != nil {
			return nil, err
		}
		switch {
		case same:
			// Already there. A run killed between renaming it into place and naming it
			// latest left the rest to do, which the steps below finish.
			sum.Unchanged, exists = true, true
		case !opts.Force:
			return nil, fmt.Errorf("release %s exists and differs from what the corpus and code now produce; "+
				"a version is never rewritten: release a new one (no --version), or --force to replace it", target)
		default:
			old := tmp + "-old"
			if err := os.Rename(target, old); err != nil {
				return nil, err
			}
			defer os.RemoveAll(old)
			replaced = true
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if !exists {
		if err := os.Chmod(tmp, 0o755); err != nil {
			return nil, err
		}
		if err := out.SyncTree(tmp); err != nil {
			return nil, err
		}
		if err := os.Rename(tmp, target); err != nil {
			return nil, err
		}
		if err := out.SyncPath(opts.Out); err != nil {
			return nil, err
		}
	}
	if newest, err := versions.IsNewest(version, latest); err != nil {
		return nil, err
	} else if newest && version != latest {
		if err := versions.WriteLatest(opts.Out, version); err != nil {
			return nil, err
		}
	}
	if !replaced && version != latest {
		if err := versions.PrependChangelog(opts.Out, versions.ChangelogEntry(version, diff, sum.Counts)); err != nil {
			return nil, err
		}
	}
	return sum, nil
}

// Reproduction is the outcome of regenerating the latest release.
type Reproduction struct {
	Version string
	Same    bool
	Files   []string // files whose bytes differ, missing or extra
	Diff    *versions.DatasetDiff
}

// Reproduce regenerates the latest release in releases from the corpus into a temporary
// directory and compares the two byte for byte: a change to the code, lexicons, corpus or
// review file that alters the data without a new release makes it fail.
func Reproduce(corpusDir, releases string) (*Reproduction, error) {
	latest, err := versions.Latest(releases)
	if err != nil {
		return nil, err
	}
	if latest == "" {
		return nil, fmt.Errorf("%s: no release to check", releases)
	}
	tmp, err := os.MkdirTemp("", "figures-check-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	stats, err := writeCorpusTables(Options{Corpus: corpusDir, Workers: runtime.NumCPU()}, tmp)
	if err != nil {
		return nil, err
	}
	if err := writeMetadata(tmp, latest, stats); err != nil {
		return nil, err
	}
	committed := filepath.Join(releases, latest)
	res := &Reproduction{Version: latest}
	want, err := out.ReadChecksums(filepath.Join(committed, out.ChecksumFile))
	if err != nil {
		return nil, err
	}
	got, err := out.ReadChecksums(filepath.Join(tmp, out.ChecksumFile))
	if err != nil {
		return nil, err
	}
	for _, name := range out.SortedKeys(want) {
		if got[name] != want[name] {
			res.Files = append(res.Files, name)
		}
	}
	for _, name := range out.SortedKeys(got) {
		if _, ok := want[name]; !ok {
			res.Files = append(res.Files, name)
		}
	}
	if len(res.Files) == 0 {
		res.Same = true
		return res, nil
	}
	if res.Diff, err = versions.Diff(committed, tmp); err != nil {
		return nil, err
	}
	return res, nil
}

// Write writes a dataset held in memory as a release directory dir.
func Write(dir, version string, ds *Dataset) error {
	steps := []func() error{
		func() error { return out.WriteTable(dir, schemas.Sources, ds.Sources) },
		func() error { return out.WriteTable(dir, schemas.Figures, ds.Figures) },
		func() error { return out.WriteTable(dir, schemas.FundingTable, ds.Funding) },
		func() error { return out.WriteTable(dir, schemas.GraduatesTable, ds.Graduates) },
		func() error { return out.WriteTable(dir, schemas.CoauthorshipTable, ds.Coauthorship) },
		func() error { return out.WriteTable(dir, schemas.Checks, ds.Checks) },
		func() error { return out.WriteTable(dir, schemas.Rejects, ds.Rejects) },
	}
	for _, t := range ds.Texts {
		steps = append(steps, func() error { return writeShippedText(dir, t.Name, t.Data) })
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return writeMetadata(dir, version, statsOf(ds))
}

// writeCorpusTables runs the stages over opts.Corpus and streams the tables into dir.
func writeCorpusTables(opts Options, dir string) (*Stats, error) {
	c, err := OpenCorpus(opts.Corpus)
	if err != nil {
		return nil, err
	}
	c.Strict = opts.Strict
	next, stop := c.inParallel(opts.Workers)
	defer stop()
	return writeTables(c, next, opts.Progress, dir)
}

// writeTables merges results into the tables of dir, the figures passing through a spill
// file beside them.
func writeTables(c *Corpus, next func() (*DocResult, error), progress func(Progress), dir string) (*Stats, error) {
	sink, err := newFileSink(dir)
	if err != nil {
		return nil, err
	}
	sp, err := newDiskSpill(dir)
	if err != nil {
		sink.close()
		return nil, err
	}
	err = merge(c, next, true, progress, sink, sp)
	if cerr := sp.close(); err == nil {
		err = cerr
	}
	if cerr := sink.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	sink.stats.ReviewMoved = c.Review.Moved()
	return sink.stats, nil
}

// writeMetadata writes the files that describe the tables of dir as version: the Data
// Package descriptor, the codebook, the citation and the checksums. Written again, they
// replace the earlier ones.
func writeMetadata(dir, version string, stats *Stats) error {
	info := out.Info{Name: "korea-it-figures", Title: "Figures on the IT sector of the Korean peninsula",
		Version: version, Counts: stats.Rows, Notes: codebookNotes(stats)}
	for _, f := range reference.Files {
		info.Sources = append(info.Sources, out.Source{Title: f.Title + " (funding.amount_usd, amount_usd_real)", Path: f.Path})
	}
	// The tables are hashed once, for the descriptor and the checksum file, and again for
	// no later version number: they do not change with it.
	if stats.tableSums == nil {
		stats.tableSums = out.Sums{}
	}
	if err := out.WriteDataPackage(dir, info, schemas.All(), stats.tableSums); err != nil {
		return err
	}
	if err := out.WriteCodebook(dir, info, schemas.All()); err != nil {
		return err
	}
	if err := out.WriteCitation(dir, info); err != nil {
		return err
	}
	if err := out.WriteWorkbook(dir, info, schemas.All()); err != nil {
		return err
	}
	if err := writePage(dir, version, stats); err != nil {
		return err
	}
	return out.WriteChecksums(dir, maps.Clone(stats.tableSums)) // the rest changes with the version
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
