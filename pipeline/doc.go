// Package pipeline turns a corpus of source documents into a release. It runs the stages
// on each document and hands their output to the next, in this order:
//
//	extract   → find the figures of each document        (extract)
//	normalize → category, year, subject, content ids     (pipeline/normalize)
//	review    → a person's confirmations, corrections,   (pipeline/review)
//	            rejections and additions
//	rules     → row rules; failing rows become rejects   (RowRules, schemas)
//	checks    → consistency across figures and sources   (pipeline/checks)
//	release   → Parquet, CSV, Data Package, checksums    (Release, out)
//
// A document's stages take its figures a run of a few thousand at a time (runFigures), each
// stage carrying its state from run to run, and the runs flow to the spill as they are
// made: a yearbook of a million figures is never held whole, and its result is the same as
// if it were (TestRunsGiveTheSameDataset).
//
// Corpus.Run runs the per-document stages on one document; merge puts per-document
// results, in corpus order, through the cross-source checks into a sink, whether the
// results come from goroutines here (Release, Build) or from shards written elsewhere
// (WriteFromShards, used by the Beam pipeline in beam/). Release publishes a version
// directory atomically through pipeline/versions, which also compares two; Reproduce is
// `figures release --check`; pipeline/validate validates a written release on its own.
//
// The rooms below pipeline/ never import it: data flows from extract through normalize,
// review and checks to the sink here, and out to the files.
package pipeline
