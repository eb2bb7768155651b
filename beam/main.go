package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs" // documents in gs:// buckets
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/kpfigures/figures/pipeline"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string), error](&processFn{})
	register.Emitter1[string]()
}

// Config says what to run on.
type Config struct {
	Corpus  string // directory with the manifest and review file (and, by default, the documents)
	Input   string // file pattern of the documents; default Corpus/*.txt
	Shards  string // where the DoFns write per-document shards; must be shared by all workers
	Out     string // the release directory to write
	Version string
}

// processFn processes one document into its shards.
type processFn struct {
	Corpus string
	Shards string

	corpus *pipeline.Corpus
	index  map[string]int // document file name → index in the corpus
}

func (f *processFn) Setup() error {
	c, err := pipeline.OpenCorpus(f.Corpus)
	if err != nil {
		return err
	}
	f.corpus, f.index = c, map[string]int{}
	for i, d := range c.Docs {
		f.index[pipeline.ShardKey(d)] = i
	}
	return nil
}

func (f *processFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(string)) error {
	key := filepath.Base(file.Metadata.Path)
	i, ok := f.index[key]
	if !ok {
		return nil // the manifest, the review file: the pattern may match more than the documents
	}
	raw, err := file.Read(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", file.Metadata.Path, err)
	}
	res, err := f.corpus.ProcessBytes(i, raw)
	if err != nil {
		return err
	}
	if err := pipeline.WriteShard(f.Shards, key, res); err != nil {
		return err
	}
	emit(key)
	return nil
}

// Build constructs the Beam pipeline: documents in, one shard set per document out.
func Build(cfg Config) *beam.Pipeline {
	p, s := beam.NewPipelineWithRoot()
	input := cfg.Input
	if input == "" {
		input = filepath.Join(cfg.Corpus, "*") // every document format; other files are passed over
	}
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, input))
	beam.ParDo(s, &processFn{Corpus: cfg.Corpus, Shards: cfg.Shards}, files)
	return p
}

// Merge writes the release from the shards, once the job is done.
func Merge(cfg Config) (*pipeline.Stats, error) {
	c, err := pipeline.OpenCorpus(cfg.Corpus)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
		return nil, err
	}
	return pipeline.WriteFromShards(c, cfg.Shards, cfg.Out, cfg.Version)
}

func main() {
	var cfg Config
	flag.StringVar(&cfg.Corpus, "corpus", "corpus", "corpus `DIR`: manifest.yaml, review.yaml and the documents")
	flag.StringVar(&cfg.Input, "input", "", "file `PATTERN` of the documents (default DIR/*)")
	flag.StringVar(&cfg.Shards, "shards", "", "shard `DIR` shared by the workers (default: a temporary directory)")
	flag.StringVar(&cfg.Out, "out", "", "release `DIR` to write (required)")
	flag.StringVar(&cfg.Version, "version", pipeline.FirstVersion, "dataset `VERSION` written into the release")
	flag.Parse()
	beam.Init()
	if err := run(context.Background(), cfg); err != nil {
		fmt.Fprintf(os.Stderr, "figures-beam: %v\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, cfg Config) error {
	if cfg.Out == "" {
		return fmt.Errorf("--out is required")
	}
	if cfg.Shards == "" {
		dir, err := os.MkdirTemp("", "figures-beam-shards-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		cfg.Shards = dir
	}
	if err := beamx.Run(ctx, Build(cfg)); err != nil {
		return err
	}
	stats, err := Merge(cfg)
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d sources, %d figures, %d findings\n", cfg.Out, stats.Rows["sources"], stats.Rows["figures"], stats.Rows["checks"])
	return nil
}
