// Package reference provides the public reference data the release converts money with:
// the US Federal Reserve's annual average exchange rates (foreign currency per US dollar,
// 1971–2025) and the US Bureau of Labor Statistics' monthly consumer price index (CPI-U,
// 1913–2026). The files are shipped unchanged beside this package, with their provenance in
// SOURCES.md; currencies.tsv maps the rate table's country names to ISO 4217 codes.
package reference
