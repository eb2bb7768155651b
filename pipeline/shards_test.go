package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/kpfigures/figures/pipeline/versions"
)

// TestShardsMergeIntoTheSameRelease processes each document apart, writes its shards, and
// merges them: the release is byte for byte the one figures release writes. This is the
// path the Beam pipeline takes.
func TestShardsMergeIntoTheSameRelease(t *testing.T) {
	c, err := OpenCorpus(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	shards := t.TempDir()
	for i := len(c.Docs) - 1; i >= 0; i-- { // any order: the merge restores the corpus's
		r, err := c.Run(i)
		if err != nil {
			t.Fatal(err)
		}
		if err := WriteShard(DirStore(shards), ShardKey(c.Docs[i]), r); err != nil {
			t.Fatal(err)
		}
		back, err := ReadShard(DirStore(shards), ShardKey(c.Docs[i]))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(r, back, cmpopts.EquateEmpty(), cmpopts.IgnoreUnexported(DocResult{})); diff != "" {
			t.Fatalf("shard %d does not read back (-wrote +read):\n%s", i, diff)
		}
	}
	merged := t.TempDir()
	if _, err := WriteFromShards(c, DirStore(shards), merged, versions.FirstVersion); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if _, err := Release(Options{Corpus: corpusDir, Out: out}); err != nil {
		t.Fatal(err)
	}
	want, _ := os.ReadFile(filepath.Join(out, versions.FirstVersion, "SHA256SUMS"))
	got, _ := os.ReadFile(filepath.Join(merged, "SHA256SUMS"))
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("merged shards differ from figures release (-release +shards):\n%s", diff)
	}
}
