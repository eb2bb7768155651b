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
// Build runs the stages up to checks over a corpus; Release writes the result as a version
// directory, atomically. ValidateRelease re-checks a written release on its own.
package pipeline
