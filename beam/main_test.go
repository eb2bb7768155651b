package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/kpfigures/figures/pipeline"
)

// TestMain initialises Beam (its flags, and the loopback workers the local runners use).
func TestMain(m *testing.M) { ptest.Main(m) }

// TestBeamReleaseEqualsFiguresRelease runs the Beam pipeline on the shipped corpus with the
// local runners (direct and Prism) and compares its release with the committed one, which
// figures release wrote.
func TestBeamReleaseEqualsFiguresRelease(t *testing.T) {
	corpus, err := filepath.Abs("../corpus")
	if err != nil {
		t.Fatal(err)
	}
	// The committed release was written by figures release from the same corpus: the Beam
	// release of the same version must be the same bytes.
	version, err := pipeline.LatestVersion("../releases")
	if err != nil || version == "" {
		t.Fatalf("no committed release: %v", err)
	}
	wantSums, err := os.ReadFile(filepath.Join("../releases", version, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	runners := map[string]func(context.Context, Config) error{
		"direct": func(ctx context.Context, cfg Config) error {
			_, err := direct.Execute(ctx, Build(cfg))
			return err
		},
		"prism": func(ctx context.Context, cfg Config) error {
			_, err := prism.Execute(ctx, Build(cfg))
			return err
		},
	}
	for name, execute := range runners {
		t.Run(name, func(t *testing.T) {
			cfg := Config{Corpus: corpus, Shards: t.TempDir(), Out: filepath.Join(t.TempDir(), "release"), Version: version}
			if err := execute(context.Background(), cfg); err != nil {
				t.Fatal(err)
			}
			if _, err := Merge(cfg); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join(cfg.Out, "SHA256SUMS"))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(wantSums) {
				t.Errorf("the Beam release differs from figures release:\n%s\nwant:\n%s", got, wantSums)
			}
		})
	}
}
