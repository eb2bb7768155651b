package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs" // gs:// buckets
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs" // memfs://, for tests
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"    // s3:// buckets
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/kpfigures/figures/pipeline"
	"github.com/kpfigures/figures/pipeline/versions"
)

func init() {
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string), error](&documentFn{})
	register.Emitter1[string]()
}

// Config says what to run on. Each place is a local path or a URL of a Beam file system
// (gs://, s3://, memfs://).
type Config struct {
	Corpus  string // directory with the manifest and review file (and, by default, the documents)
	Input   string // file pattern of the documents; default Corpus/*
	Shards  string // where the DoFns write per-document shards; every worker must reach it
	Out     string // the release directory to write
	Version string
}

// documentFn processes one document into its shards.
type documentFn struct {
	Corpus string
	Shards string

	corpus *pipeline.Corpus
	index  map[string]int // document file name → index in the corpus
	store  *beamStore
}

func (f *documentFn) Setup(ctx context.Context) error {
	c, err := openCorpus(ctx, f.Corpus)
	if err != nil {
		return err
	}
	f.corpus, f.index = c, map[string]int{}
	for i, d := range c.Docs {
		f.index[pipeline.ShardKey(d)] = i
	}
	f.store, err = newBeamStore(ctx, f.Shards)
	return err
}

// openCorpus opens the corpus directory through Beam's file system.
func openCorpus(ctx context.Context, dir string) (*pipeline.Corpus, error) {
	fsys, err := newBeamFS(ctx, dir)
	if err != nil {
		return nil, err
	}
	return pipeline.OpenCorpusFS(fsys, dir)
}

func (f *documentFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(string)) error {
	key := file.Metadata.Path[strings.LastIndex(file.Metadata.Path, "/")+1:]
	i, ok := f.index[key]
	if !ok {
		return nil // the manifest, the review file: the pattern may match more than the documents
	}
	raw, err := file.Read(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", file.Metadata.Path, err)
	}
	res, err := f.corpus.RunBytes(i, raw)
	if err != nil {
		return err
	}
	if err := pipeline.WriteShard(f.store, key, res); err != nil {
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
		input = join(cfg.Corpus, "*") // every document format; other files are passed over
	}
	files := fileio.ReadMatches(s, fileio.MatchFiles(s, input))
	beam.ParDo(s, &documentFn{Corpus: cfg.Corpus, Shards: cfg.Shards}, files)
	return p
}

// Merge writes the release from the shards, once the job is done: into cfg.Out directly
// when it is a local path, else into a local directory first and then through Beam's file
// system.
func Merge(ctx context.Context, cfg Config) (*pipeline.Stats, error) {
	c, err := openCorpus(ctx, cfg.Corpus)
	if err != nil {
		return nil, err
	}
	store, err := newBeamStore(ctx, cfg.Shards)
	if err != nil {
		return nil, err
	}
	dir := cfg.Out
	if hasScheme(cfg.Out) {
		if dir, err = os.MkdirTemp("", "figures-beam-release-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	stats, err := pipeline.WriteFromShards(c, store, dir, cfg.Version)
	if err != nil || dir == cfg.Out {
		return stats, err
	}
	return stats, copyOut(ctx, dir, cfg.Out)
}

func main() {
	var cfg Config
	flag.StringVar(&cfg.Corpus, "corpus", "corpus", "corpus `DIR`: manifest.yaml, review.yaml and the documents")
	flag.StringVar(&cfg.Input, "input", "", "file `PATTERN` of the documents (default DIR/*)")
	flag.StringVar(&cfg.Shards, "shards", "", "shard `DIR` shared by the workers (default: a temporary directory)")
	flag.StringVar(&cfg.Out, "out", "", "release `DIR` to write (required)")
	flag.StringVar(&cfg.Version, "version", versions.FirstVersion, "dataset `VERSION` written into the release")
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
	stats, err := Merge(ctx, cfg)
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d sources, %d figures, %d findings\n", cfg.Out, stats.Rows["sources"], stats.Rows["figures"], stats.Rows["checks"])
	return nil
}
