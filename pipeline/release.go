package pipeline

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"

	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/pipeline/versions"

	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/reference"
	"github.com/kpfigures/figures/schemas"
)

// Options configures a release.
type Options struct {
	Corpus   string           // directory of *.txt sources, an optional manifest.yaml and review.yaml
	Out      string           // directory holding the versions, latest and CHANGELOG.md
	Version  string           // empty: proposed from the difference with the latest release
	Force    bool             // replace an existing version whose content differs
	Workers  int              // documents processed at once; 0 or 1: one at a time
	Strict   bool             // a document that cannot be read as text stops the release instead of being skipped
	Lexicon  *lexicon.Lexicon // the domain words; nil: lexicon.Default()
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

// openCorpus opens the corpus of opts with its lexicon.
func (opts Options) openCorpus() (*Corpus, error) {
	c, err := OpenCorpus(opts.Corpus)
	if err == nil && opts.Lexicon != nil {
		c.Lex = opts.Lexicon
	}
	return c, err
}

// Build runs extract → normalize → review → validate → checks over a corpus directory and
// holds the result in memory. Review entries that match nothing are an error.
func Build(corpusDir string) (*Dataset, error) {
	return BuildParallel(corpusDir, 1)
}

// BuildParallel is Build on workers goroutines; the result is the same.
func BuildParallel(corpusDir string, workers int) (*Dataset, error) {
	c, err := OpenCorpus(corpusDir)
	if err != nil {
		return nil, err
	}
	ds := c.newDataset()
	if err := c.writeTo(true, nil, workers, ds, &memSpill{}); err != nil {
		return nil, err
	}
	return ds, nil
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
		if opts.Version == "" {
			// The checksums decide "unchanged" before any diff: a run that changes nothing
			// must not read two releases' tables row by row.
			same, err := sameChecksums(tmp, filepath.Join(opts.Out, latest))
			if err != nil {
				return nil, err
			}
			if same {
				sum.Dir, sum.Version, sum.Unchanged = filepath.Join(opts.Out, latest), latest, true
				return sum, nil
			}
		}
		// The diff decides the bump and writes the changelog entry; re-releasing the
		// latest version under its own number needs neither.
		if opts.Version == "" || version != latest {
			if diff, err = versions.Summary(filepath.Join(opts.Out, latest), tmp); err != nil {
				return nil, err
			}
		}
		if opts.Version == "" {
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
	c, err := opts.openCorpus()
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
func writeTables(c *Corpus, next nextResult, progress func(Progress), dir string) (*Stats, error) {
	sink, err := newFileSink(dir, c.Lex)
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
	if err := stats.page.Write(dir, version, stats.Rows); err != nil {
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
