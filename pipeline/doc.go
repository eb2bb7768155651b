// Package pipeline turns a corpus of source documents into a release, in four stages that
// run in this order and hand their output to the next:
//
//	extract   → find the figures of each document         (extract package)
//	normalize → category, year, subject and stable ids     (Normalize)
//	review    → a person's confirmations, corrections,    (Review.Apply)
//	            rejections and additions
//	validate  → row rules; failing rows become rejects    (Validate)
//	checks    → consistency across figures and sources    (checker)
//	release   → Parquet, CSV, Data Package, checksums     (Release, out package)
//
// Corpus.Process runs the per-document stages on one document; merge puts per-document
// results, in corpus order, through the cross-source checks into the tables, whether the
// results come from goroutines here (Release, Build) or from shards written elsewhere
// (WriteFromShards, used by the Beam pipeline in beam/). Release writes a version directory
// atomically; ValidateRelease re-checks a written release on its own; DiffReleases compares two.
package pipeline
