package pipeline

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parquet-go/parquet-go"

	"github.com/kpfigures/figures/schemas"
)

// Shards hold per-document results between a distributed run (the Beam pipeline) and the
// merge into a release: for each document, its rows as Parquet files — <key>.sources,
// <key>.figures, <key>.rejects, <key>.checks — and <key>.meta.json with what is not a table
// (dated events, review entries used).

// ShardKey names a document's shards: its file name, unique in a corpus directory.
func ShardKey(d CorpusDoc) string { return filepath.Base(d.Path) }

type shardMeta struct {
	Events   []Event    `json:"events"`
	Reviewed []int      `json:"reviewed"`
	Refresh  []Refresh  `json:"refresh,omitempty"`
	Outdated []Outdated `json:"outdated,omitempty"`
	Skipped  string     `json:"skipped,omitempty"`
	Dropped  []string   `json:"dropped,omitempty"`
}

// WriteShard writes one document's result into dir.
func WriteShard(dir, key string, r *DocResult) error {
	base := filepath.Join(dir, key)
	steps := []func() error{
		func() error { return parquet.WriteFile(base+".sources.parquet", []schemas.Source{r.Source}) },
		func() error { return parquet.WriteFile(base+".figures.parquet", r.Figures) },
		func() error { return parquet.WriteFile(base+".rejects.parquet", r.Rejects) },
		func() error { return parquet.WriteFile(base+".checks.parquet", r.Findings) },
		func() error {
			b, err := json.Marshal(shardMeta{Events: r.Events, Reviewed: r.Reviewed, Refresh: r.Refresh, Outdated: r.Outdated, Skipped: r.Skipped, Dropped: r.Dropped})
			if err != nil {
				return err
			}
			return os.WriteFile(base+".meta.json", b, 0o644)
		},
	}
	if r.Text != nil {
		steps = append(steps, func() error { return os.WriteFile(base+".text", r.Text, 0o644) })
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("shard %s: %w", key, err)
		}
	}
	return nil
}

// ReadShard reads one document's result back from dir.
func ReadShard(dir, key string) (*DocResult, error) {
	base := filepath.Join(dir, key)
	r := &DocResult{}
	srcs, err := parquet.ReadFile[schemas.Source](base + ".sources.parquet")
	if err != nil {
		return nil, fmt.Errorf("shard %s: %w", key, err)
	}
	if len(srcs) != 1 {
		return nil, fmt.Errorf("shard %s: %d sources, want 1", key, len(srcs))
	}
	r.Source = srcs[0]
	if r.Figures, err = parquet.ReadFile[schemas.Figure](base + ".figures.parquet"); err != nil {
		return nil, fmt.Errorf("shard %s: %w", key, err)
	}
	if r.Rejects, err = parquet.ReadFile[schemas.Reject](base + ".rejects.parquet"); err != nil {
		return nil, fmt.Errorf("shard %s: %w", key, err)
	}
	if r.Findings, err = parquet.ReadFile[schemas.Check](base + ".checks.parquet"); err != nil {
		return nil, fmt.Errorf("shard %s: %w", key, err)
	}
	b, err := os.ReadFile(base + ".meta.json")
	if err != nil {
		return nil, fmt.Errorf("shard %s: %w", key, err)
	}
	var meta shardMeta
	if err := json.Unmarshal(b, &meta); err != nil {
		return nil, fmt.Errorf("shard %s: %w", key, err)
	}
	r.Events, r.Reviewed, r.Skipped, r.Dropped = meta.Events, meta.Reviewed, meta.Skipped, meta.Dropped
	r.Refresh, r.Outdated = meta.Refresh, meta.Outdated
	if r.Source.TextFile != nil && r.Skipped == "" {
		if r.Text, err = os.ReadFile(base + ".text"); err != nil {
			return nil, fmt.Errorf("shard %s: %w", key, err)
		}
	}
	return r, nil
}

// WriteFromShards merges the shards of every document of c, in corpus order, into a release
// directory dir of the given version: the same files figures release writes for c.
func WriteFromShards(c *Corpus, shards, dir, version string) (*Stats, error) {
	i := 0
	next := func() (*DocResult, error) {
		if i == len(c.Docs) {
			return nil, nil
		}
		d := c.Docs[i]
		i++
		return ReadShard(shards, ShardKey(d))
	}
	stats, err := writeTables(c, next, nil, dir)
	if err != nil {
		return nil, err
	}
	return stats, writeMetadata(dir, version, stats)
}
