// Package validate checks a written release on its own, as `figures validate` does: every
// file listed in SHA256SUMS present with its checksum and none unlisted; each table's
// Parquet and CSV with the schema's columns and the same rows; figure rows passing the
// row rules of schemas, with their sources present, their findings and category rows
// pointing at figures that exist; and, given the corpus, each figure's text at its bytes.
//
// It reads only the release's files, never the code that wrote them, so that it also
// judges a release written by an older version or edited by hand.
package validate
