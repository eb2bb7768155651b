// Package out writes a release: each table as Parquet (zstd, statistics, descriptions in
// the key/value metadata) and CSV (RFC 4180, UTF-8), then the Data Package descriptor,
// the codebook and the checksums. Everything it writes is a pure function of its input:
// no clocks, no map order, pinned writer settings.
package out
