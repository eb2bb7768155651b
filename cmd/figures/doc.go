// Command figures builds, explores and checks the figures dataset.
//
//	figures release [--corpus DIR] [--out DIR] [--version V] [--force] [--check]
//	figures extract FILE|DIR [--format table|jsonl|csv]
//	figures validate RELEASE_DIR [--corpus DIR] [--format text|json]
//	figures diff OLD_DIR NEW_DIR [--format text|json]
//	figures review [--corpus DIR] [--format table|yaml] | figures review --update
//
// release publishes a new version (with --check: reproduces the latest one byte for byte);
// extract shows the figures of documents without releasing them; validate judges a written
// release on its own; diff compares two; review lists what no person has reviewed yet.
// Exit statuses: 1 a check failed, 2 a wrong command line, 3 bad input, 4 the release could
// not be written.
package main
