package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/parquet-go/parquet-go"

	"github.com/kpfigures/figures/pipeline/checks"
	"github.com/kpfigures/figures/pipeline/review"
	"github.com/kpfigures/figures/schemas"
)

// Shards hold per-document results between a distributed run (the Beam pipeline) and the
// merge into a release: for each document, its rows as Parquet files — <key>.sources,
// <key>.figures, <key>.rejects, <key>.checks — and <key>.meta.json with what is not a table
// (dated events, review entries used).

// ShardKey names a document's shards: its file name, unique in a corpus directory.
func ShardKey(d CorpusDoc) string { return filepath.Base(d.Path) }

// ShardStore holds the shards: a directory of this machine, or a bucket that every worker
// of a cluster reaches (the Beam pipeline's file systems).
type ShardStore interface {
	Put(name string, data []byte) error
	Get(name string) ([]byte, error)
}

// DirStore is a ShardStore in a local directory.
type DirStore string

func (d DirStore) Put(name string, data []byte) error {
	return os.WriteFile(filepath.Join(string(d), name), data, 0o644)
}

func (d DirStore) Get(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join(string(d), name))
}

type shardMeta struct {
	Events   []checks.Event    `json:"events"`
	Reviewed []int             `json:"reviewed"`
	Refresh  []review.Refresh  `json:"refresh,omitempty"`
	Outdated []review.Outdated `json:"outdated,omitempty"`
	Skipped  string            `json:"skipped,omitempty"`
	Dropped  []string          `json:"dropped,omitempty"`
}

// putParquet writes rows as a Parquet file into the store.
func putParquet[T any](store ShardStore, name string, rows []T) error {
	var buf bytes.Buffer
	if err := parquet.Write(&buf, rows); err != nil {
		return err
	}
	return store.Put(name, buf.Bytes())
}

// getParquet reads a Parquet file of the store.
func getParquet[T any](store ShardStore, name string) ([]T, error) {
	b, err := store.Get(name)
	if err != nil {
		return nil, err
	}
	return parquet.Read[T](bytes.NewReader(b), int64(len(b)))
}

// WriteShard writes one document's result into the store.
func WriteShard(store ShardStore, key string, r *DocResult) error {
	steps := []func() error{
		func() error { return putParquet(store, key+".sources.parquet", []schemas.Source{r.Source}) },
		func() error { return putParquet(store, key+".figures.parquet", r.Figures) },
		func() error { return putParquet(store, key+".rejects.parquet", r.Rejects) },
		func() error { return putParquet(store, key+".checks.parquet", r.Findings) },
		func() error {
			b, err := json.Marshal(shardMeta{Events: r.Events, Reviewed: r.Reviewed, Refresh: r.Refresh, Outdated: r.Outdated,
				Skipped: r.Skipped, Dropped: r.Dropped})
			if err != nil {
				return err
			}
			return store.Put(key+".meta.json", b)
		},
	}
	if r.Text != nil {
		steps = append(steps, func() error { return store.Put(key+".text", r.Text) })
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("shard %s: %w", key, err)
		}
	}
	return nil
}

// ReadShard reads one document's result back from the store.
func ReadShard(store ShardStore, key string) (*DocResult, error) {
	r := &DocResult{}
	srcs, err := getParquet[schemas.Source](store, key+".sources.parquet")
	if err != nil {
		return nil, fmt.Errorf("shard %s: %w", key, err)
	}
	if len(srcs) != 1 {
		return nil, fmt.Errorf("shard %s: %d sources, want 1", key, len(srcs))
	}
	r.Source = srcs[0]
	if r.Figures, err = getParquet[schemas.Figure](store, key+".figures.parquet"); err != nil {
		return nil, fmt.Errorf("shard %s: %w", key, err)
	}
	if r.Rejects, err = getParquet[schemas.Reject](store, key+".rejects.parquet"); err != nil {
		return nil, fmt.Errorf("shard %s: %w", key, err)
	}
	if r.Findings, err = getParquet[schemas.Check](store, key+".checks.parquet"); err != nil {
		return nil, fmt.Errorf("shard %s: %w", key, err)
	}
	b, err := store.Get(key + ".meta.json")
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
		if r.Text, err = store.Get(key + ".text"); err != nil {
			return nil, fmt.Errorf("shard %s: %w", key, err)
		}
	}
	return r, nil
}

// WriteFromShards merges the shards of every document of c, in corpus order, into the
// release directory dir: the cross-source checks, the figure rows with their findings, the
// category tables and the metadata.
func WriteFromShards(c *Corpus, store ShardStore, dir, version string) (*Stats, error) {
	i := 0
	next := func(func(figureRun) error) (*DocResult, error) {
		if i == len(c.Docs) {
			return nil, nil
		}
		d := c.Docs[i]
		i++
		return ReadShard(store, ShardKey(d))
	}
	stats, err := writeTables(c, next, nil, dir)
	if err != nil {
		return nil, err
	}
	return stats, writeMetadata(dir, version, stats)
}
