package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/kpfigures/figures/pipeline/versions"
)

// TestMain initialises Beam (its flags, and the loopback workers the local runners use).
func TestMain(m *testing.M) { ptest.Main(m) }

// TestBeamReleaseEqualsFiguresRelease runs the Beam pipeline on the shipped corpus with the
// local runners (direct and Prism), reading and writing local paths and, through Beam's
// file systems, memfs:// (as a cluster reads and writes a bucket), and compares its release
// with the committed one, which figures release wrote.
func TestBeamReleaseEqualsFiguresRelease(t *testing.T) {
	corpus, err := filepath.Abs("../corpus")
	if err != nil {
		t.Fatal(err)
	}
	// The committed release was written by figures release from the same corpus: the Beam
	// release of the same version must be the same bytes.
	version, err := versions.Latest("../releases")
	if err != nil || version == "" {
		t.Fatalf("no committed release: %v", err)
	}
	wantSums, err := os.ReadFile(filepath.Join("../releases", version, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	// The corpus in memory, as in a bucket.
	entries, err := os.ReadDir(corpus)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(corpus, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		memfs.Write("memfs://corpus/"+e.Name(), b)
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
		for _, where := range []string{"local", "memfs"} {
			t.Run(name+"/"+where, func(t *testing.T) {
				cfg := Config{Corpus: corpus, Shards: t.TempDir(), Out: filepath.Join(t.TempDir(), "release"), Version: version}
				if where == "memfs" {
					cfg = Config{Corpus: "memfs://corpus", Shards: "memfs://shards-" + name, Out: "memfs://release-" + name, Version: version}
				}
				ctx := context.Background()
				if err := execute(ctx, cfg); err != nil {
					t.Fatal(err)
				}
				if _, err := Merge(ctx, cfg); err != nil {
					t.Fatal(err)
				}
				store, err := newBeamStore(ctx, cfg.Out)
				if err != nil {
					t.Fatal(err)
				}
				got, err := store.Get("SHA256SUMS")
				if err != nil {
					t.Fatal(err)
				}
				if string(got) != string(wantSums) {
					t.Errorf("the Beam release differs from figures release:\n%s\nwant:\n%s", got, wantSums)
				}
				if where == "memfs" {
					// Every file the checksums name is in the bucket, with its bytes.
					for _, line := range strings.Split(strings.TrimSpace(string(got)), "\n") {
						sum, file, _ := strings.Cut(line, "  ")
						b, err := store.Get(file)
						if err != nil {
							t.Fatalf("%s: %v", file, err)
						}
						if h := sha256.Sum256(b); hex.EncodeToString(h[:]) != sum {
							t.Errorf("%s: checksum differs", file)
						}
					}
				}
			})
		}
	}
}
