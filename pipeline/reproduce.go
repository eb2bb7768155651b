package pipeline

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"

	"github.com/kpfigures/figures/pipeline/versions"

	"github.com/kpfigures/figures/out"
)

// Reproduction is the outcome of regenerating the latest release.
type Reproduction struct {
	Version string
	Same    bool
	Files   []string // files whose bytes differ, missing or extra
	Diff    *versions.DatasetDiff
}

// Reproduce regenerates the latest release in opts.Out from opts.Corpus (with opts.Lexicon,
// on all cores) into a temporary directory and compares the two byte for byte: a change to
// the code, lexicons, corpus or review file that alters the data without a new release
// makes it fail.
func Reproduce(opts Options) (*Reproduction, error) {
	releases := opts.Out
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
	stats, err := writeCorpusTables(Options{Corpus: opts.Corpus, Lexicon: opts.Lexicon, Workers: runtime.NumCPU()}, tmp)
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
	for _, name := range slices.Sorted(maps.Keys(want)) {
		if got[name] != want[name] {
			res.Files = append(res.Files, name)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(got)) {
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
