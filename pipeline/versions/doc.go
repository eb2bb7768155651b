// Package versions publishes and compares release versions in a releases directory:
// semantic version numbers (a schema change is major, a change of rows minor, of metadata
// a patch), the lock that keeps two runs apart, finishing a run killed halfway, the
// "latest" file, the changelog, and the difference between two releases, table by table
// and figure by figure.
//
// It reads releases through their files only (datapackage.json and the CSV tables), so
// releases of any schema version compare.
package versions
