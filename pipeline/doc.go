// Package pipeline turns a corpus of source documents into a release, in four stages that
// run in this order and hand their output to the next:
//
//	extract   → find the figures of each document        (Extract, extract package)
//	normalize → category, year, subject and stable ids    (Normalize)
//	validate  → row rules; failing rows become rejects   (Validate)
//	release   → Parquet, CSV, Data Package, checksums    (Release, out package)
//
// Release is the orchestration: it runs the stages over a corpus and writes a version
// directory atomically.
package pipeline
