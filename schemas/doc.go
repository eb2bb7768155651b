// Package schemas defines the tables of a release: one Go row type per table, whose struct
// tags give each column its name and description, and from which the Arrow schema, the
// Parquet schema, the Data Package and the codebook are all derived, so they cannot drift.
// It also holds the row rules a figure must pass before it is released.
package schemas
