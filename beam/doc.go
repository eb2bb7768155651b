// Command figures-beam runs the figures pipeline on Apache Beam, for corpora beyond one
// machine. It is its own module so that Beam, which is large, stays out of the figures
// command's dependencies.
//
// The per-document stages (extract → normalize → review → validate → per-source checks,
// pipeline.Corpus.RunBytes) run in a DoFn, one document per element; each writes its
// rows as Parquet shards (pipeline.WriteShard). The corpus, the shards and the release are
// read and written through Beam's file systems (beamfs.go: local paths, gs://, s3://,
// memfs://), so the workers need no shared mount. Once the Beam job is done, the driver merges
// the shards in corpus order (pipeline.WriteFromShards): the cross-source checks, the
// annotation of figures with their findings, the tables and their metadata. The release is
// byte for byte the one `figures release` writes for the same corpus and version.
//
//	figures-beam --corpus corpus --out /tmp/beam-release [--version 1.0.0] [--runner direct|prism|flink|dataflow ...]
package main
