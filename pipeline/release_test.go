package pipeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/pipeline/validate"
	"github.com/kpfigures/figures/pipeline/versions"
	"github.com/kpfigures/figures/schemas"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

const corpusDir = "../corpus"

// release writes the shipped corpus as a release into a fresh directory and returns it.
func release(t *testing.T) (string, *Dataset) {
	t.Helper()
	ds, err := Build(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := Write(dir, "9.9.9", ds); err != nil {
		t.Fatal(err)
	}
	return dir, ds
}

// TestReleaseGolden compares a release of the corpus with testdata/golden/release: CSV,
// Data Package, codebook and checksums byte for byte, Parquet through a decoded dump.
// Regenerate with: go test ./pipeline -run Golden -update
func TestReleaseGolden(t *testing.T) {
	dir, _ := release(t)
	golden := "../testdata/golden/release"
	files := map[string][]byte{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(e.Name(), ".parquet") {
			files[e.Name()+".json"] = dumpParquet(t, dir, strings.TrimSuffix(e.Name(), ".parquet"))
			continue
		}
		files[e.Name()] = b
	}
	if *update {
		os.RemoveAll(golden)
		if err := os.MkdirAll(golden, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, b := range files {
			if err := os.WriteFile(filepath.Join(golden, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		want, err := os.ReadFile(filepath.Join(golden, name))
		if err != nil {
			t.Errorf("%v (run go test ./pipeline -run Golden -update)", err)
			continue
		}
		if diff := cmp.Diff(string(want), string(files[name])); diff != "" {
			t.Errorf("%s differs from golden (-want +got):\n%s", name, diff)
		}
	}
}

// dumpParquet decodes a released Parquet file into indented JSON rows.
func dumpParquet(t *testing.T, dir, table string) []byte {
	t.Helper()
	rows := readBack(t, dir, table)
	b, err := json.MarshalIndent(rows, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

// readBack reads a released table's Parquet file as rows of its Go type.
func readBack(t *testing.T, dir, table string) any {
	t.Helper()
	var rows any
	var err error
	switch table {
	case "sources":
		rows, err = out.ReadTable[schemas.Source](dir, schemas.Sources)
	case "figures":
		rows, err = out.ReadTable[schemas.Figure](dir, schemas.Figures)
	case "funding":
		rows, err = out.ReadTable[schemas.Funding](dir, schemas.FundingTable)
	case "graduates":
		rows, err = out.ReadTable[schemas.Graduates](dir, schemas.GraduatesTable)
	case "coauthorship":
		rows, err = out.ReadTable[schemas.Coauthorship](dir, schemas.CoauthorshipTable)
	case "checks":
		rows, err = out.ReadTable[schemas.Check](dir, schemas.Checks)
	case "rejects":
		rows, err = out.ReadTable[schemas.Reject](dir, schemas.Rejects)
	default:
		t.Fatalf("unknown table %s", table)
	}
	if err != nil {
		t.Fatalf("%s: %v", table, err)
	}
	return rows
}

// tableRows returns the dataset's rows of a table.
func tableRows(ds *Dataset, table string) any {
	return map[string]any{"sources": ds.Sources, "figures": ds.Figures, "funding": ds.Funding,
		"graduates": ds.Graduates, "coauthorship": ds.Coauthorship, "checks": ds.Checks, "rejects": ds.Rejects}[table]
}

// recordCells returns an Arrow record's cells, nil for null, numbers as float64.
func recordCells(rec arrow.Record) [][]any {
	rows := make([][]any, rec.NumRows())
	for r := range rows {
		rows[r] = make([]any, rec.NumCols())
		for c := 0; c < int(rec.NumCols()); c++ {
			col := rec.Column(c)
			if col.IsNull(r) {
				continue
			}
			switch a := col.(type) {
			case *array.String:
				rows[r][c] = a.Value(r)
			case *array.Int64:
				rows[r][c] = float64(a.Value(r))
			case *array.Int32:
				rows[r][c] = float64(a.Value(r))
			case *array.Float64:
				rows[r][c] = a.Value(r)
			case *array.Boolean:
				rows[r][c] = a.Value(r)
			}
		}
	}
	return rows
}

// structCells returns Go rows' cells in the same form as recordCells.
func structCells(rows any) [][]any {
	rv := reflect.ValueOf(rows)
	out := make([][]any, rv.Len())
	for r := range out {
		row := rv.Index(r)
		cells := make([]any, row.NumField())
		for c := range cells {
			v := row.Field(c)
			if v.Kind() == reflect.Pointer {
				if v.IsNil() {
					continue
				}
				v = v.Elem()
			}
			switch v.Kind() {
			case reflect.String:
				cells[c] = v.String()
			case reflect.Int64, reflect.Int32:
				cells[c] = float64(v.Int())
			case reflect.Float64:
				cells[c] = v.Float()
			case reflect.Bool:
				cells[c] = v.Bool()
			}
		}
		out[r] = cells
	}
	return out
}

// TestParquetMatchesArrow reads every Parquet file back and compares it cell by cell with the
// Arrow table built from the same rows, with a checked allocator that must end empty.
func TestParquetMatchesArrow(t *testing.T) {
	dir, ds := release(t)
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	for _, tb := range schemas.All() {
		rec, err := tb.Record(mem, tableRows(ds, tb.Name))
		if err != nil {
			t.Fatal(err)
		}
		if !rec.Schema().Equal(tb.Schema()) {
			t.Errorf("%s: record schema differs from the table schema", tb.Name)
		}
		got := structCells(readBack(t, dir, tb.Name))
		if diff := cmp.Diff(recordCells(rec), got); diff != "" {
			t.Errorf("%s.parquet differs from the Arrow table (-arrow +parquet):\n%s", tb.Name, diff)
		}
		rec.Release()
	}
}

// TestDuckDBReadsRelease loads every Parquet file with DuckDB (npm @duckdb/node-api) and its
// footer and rows with hyparquet, its Arrow schema with Apache Arrow's JavaScript library,
// and compares what they read with the Arrow tables.
func TestDuckDBReadsRelease(t *testing.T) {
	script := "../testdata/duckdb/check.mjs"
	_, nodeErr := exec.LookPath("node")
	_, modErr := os.Stat("../testdata/duckdb/node_modules/@duckdb/node-api")
	if nodeErr != nil || modErr != nil {
		if os.Getenv("FIGURES_REQUIRE_DUCKDB") != "" {
			t.Fatalf("DuckDB reader not installed (node: %v, module: %v); run make test", nodeErr, modErr)
		}
		t.Skip("DuckDB reader not installed; make test installs it")
	}
	dir, ds := release(t)
	cmd := exec.Command("node", script, dir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	outJSON, err := cmd.Output()
	if err != nil {
		t.Fatalf("node %s: %v\n%s", script, err, stderr.String())
	}
	var got map[string]struct {
		Columns        [][2]string           `json:"columns"`
		Rows           [][]any               `json:"rows"`
		Metadata       map[string]string     `json:"metadata"`
		HyparquetRows  int                   `json:"hyparquetRows"`
		RootRepetition *string               `json:"rootRepetition"`
		Codecs         []string              `json:"codecs"`
		Stats          map[string][2]*string `json:"stats"`
		HyRows         [][]any               `json:"hyRows"`
		HyMetadataKeys []string              `json:"hyMetadataKeys"`
		HyDescriptions map[string]string     `json:"hyDescriptions"`
		HyUnits        map[string]string     `json:"hyUnits"`
		ArrowFields    []struct {
			Name, Type  string
			Nullable    bool
			Description string
			Unit        string
		} `json:"arrowFields"`
	}
	if err := json.Unmarshal(outJSON, &got); err != nil {
		t.Fatal(err)
	}
	duckType := map[arrow.Type]string{arrow.STRING: "VARCHAR", arrow.INT64: "BIGINT", arrow.INT32: "INTEGER",
		arrow.FLOAT64: "DOUBLE", arrow.BOOL: "BOOLEAN"}
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	for _, tb := range schemas.All() {
		g, ok := got[tb.Name]
		if !ok {
			t.Errorf("DuckDB read no %s.parquet", tb.Name)
			continue
		}
		var wantCols [][2]string
		for _, f := range tb.Fields {
			wantCols = append(wantCols, [2]string{f.Name, duckType[f.Type.ID()]})
		}
		if diff := cmp.Diff(wantCols, g.Columns); diff != "" {
			t.Errorf("%s: DuckDB columns (-want +got):\n%s", tb.Name, diff)
		}
		if g.RootRepetition != nil && *g.RootRepetition == "REPEATED" {
			t.Errorf("%s: schema root is REPEATED", tb.Name)
		}
		if tb == schemas.Figures {
			if s := g.Stats["start"]; s[0] == nil || s[1] == nil {
				t.Errorf("figures.parquet: no min/max statistics for start: %v", g.Stats)
			}
		}
		// The descriptions travel as a file-level JSON key (read here through DuckDB) and in
		// the stored Arrow schema (read through Apache Arrow's JavaScript library).
		var descs, units map[string]string
		if err := json.Unmarshal([]byte(g.Metadata["figures.field_descriptions"]), &descs); err != nil {
			t.Errorf("%s: field descriptions through DuckDB: %v", tb.Name, err)
		}
		if err := json.Unmarshal([]byte(g.Metadata["figures.field_units"]), &units); err != nil {
			t.Errorf("%s: field units through DuckDB: %v", tb.Name, err)
		}
		arrowJS := map[arrow.Type]string{arrow.STRING: "Utf8", arrow.INT64: "Int64", arrow.INT32: "Int32",
			arrow.FLOAT64: "Float64", arrow.BOOL: "Bool"}
		if len(g.ArrowFields) != len(tb.Fields) {
			t.Errorf("%s: Arrow schema has %d fields, want %d", tb.Name, len(g.ArrowFields), len(tb.Fields))
		}
		for i, f := range tb.Fields {
			if descs[f.Name] != f.Description {
				t.Errorf("%s.%s: description through DuckDB %q", tb.Name, f.Name, descs[f.Name])
			}
			if g.HyDescriptions[f.Name] != f.Description {
				t.Errorf("%s.%s: description through hyparquet %q", tb.Name, f.Name, g.HyDescriptions[f.Name])
			}
			if units[f.Name] != f.Unit || g.HyUnits[f.Name] != f.Unit {
				t.Errorf("%s.%s: unit through DuckDB %q, hyparquet %q, want %q", tb.Name, f.Name, units[f.Name], g.HyUnits[f.Name], f.Unit)
			}
			if i < len(g.ArrowFields) {
				af := g.ArrowFields[i]
				if af.Name != f.Name || af.Type != arrowJS[f.Type.ID()] || af.Nullable != f.Nullable || af.Description != f.Description || af.Unit != f.Unit {
					t.Errorf("%s.%s: Arrow schema field %+v", tb.Name, f.Name, af)
				}
			}
		}
		if !slices.Contains(g.HyMetadataKeys, "ARROW:schema") || !slices.Contains(g.HyMetadataKeys, "figures.field_descriptions") {
			t.Errorf("%s: hyparquet reads keys %v", tb.Name, g.HyMetadataKeys)
		}
		rec, err := tb.Record(mem, tableRows(ds, tb.Name))
		if err != nil {
			t.Fatal(err)
		}
		want := recordCells(rec)
		rec.Release()
		if g.HyparquetRows != len(want) {
			t.Errorf("%s: hyparquet counts %d rows, want %d", tb.Name, g.HyparquetRows, len(want))
		}
		if len(want) > 0 && (len(g.Codecs) != 1 || g.Codecs[0] != "ZSTD") {
			t.Errorf("%s: codecs %v, want ZSTD", tb.Name, g.Codecs)
		}
		// DuckDB's JSON gives BIGINT as strings; bring its cells to recordCells' form.
		for _, row := range g.Rows {
			for c, v := range row {
				if s, ok := v.(string); ok && (g.Columns[c][1] == "BIGINT" || g.Columns[c][1] == "INTEGER") {
					f, err := strconv.ParseFloat(s, 64)
					if err != nil {
						t.Fatal(err)
					}
					row[c] = f
				}
			}
		}
		empty := cmp.Transformer("empty", func(r [][]any) [][]any {
			if len(r) == 0 {
				return nil
			}
			return r
		})
		if diff := cmp.Diff(want, g.Rows, empty); diff != "" {
			t.Errorf("%s: DuckDB reads different rows (-arrow +duckdb):\n%s", tb.Name, diff)
		}
		if diff := cmp.Diff(want, g.HyRows, empty); diff != "" {
			t.Errorf("%s: hyparquet reads different rows (-arrow +hyparquet):\n%s", tb.Name, diff)
		}
	}
}

func TestReleaseIsDeterministic(t *testing.T) {
	a, _ := release(t)
	b, _ := release(t)
	sa, err := os.ReadFile(filepath.Join(a, out.ChecksumFile))
	if err != nil {
		t.Fatal(err)
	}
	sb, err := os.ReadFile(filepath.Join(b, out.ChecksumFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(sa, sb) {
		t.Errorf("two releases of the same corpus differ:\n%s\n%s", sa, sb)
	}
}

// writeCorpus makes a corpus directory of the given files.
func writeCorpus(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestReleaseOtherCorpusWithoutManifest(t *testing.T) {
	corpus := writeCorpus(t, map[string]string{
		"budget.txt": "The ministry allocated US$ 12 million in 2004 to train about 1,500 programmers.\n",
		"papers.txt": "Of 320 papers co-authored with foreign researchers, 41% involved China.\n",
	})
	outDir := filepath.Join(t.TempDir(), "rel")
	sum, err := Release(Options{Corpus: corpus, Out: outDir, Version: "1.0.0"})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Counts["sources"] != 2 || sum.Counts["funding"] != 1 || sum.Counts["graduates"] != 1 || sum.Counts["coauthorship"] < 1 {
		t.Errorf("counts %v", sum.Counts)
	}
	srcs, err := out.ReadTable[schemas.Source](filepath.Join(outDir, "1.0.0"), schemas.Sources)
	if err != nil {
		t.Fatal(err)
	}
	if srcs[0].SourceID != "budget" || srcs[0].Title != "budget.txt" || srcs[0].Authors != nil {
		t.Errorf("source without manifest entry: %+v", srcs[0])
	}
	probs, err := validate.Problems(filepath.Join(outDir, "1.0.0"), corpus)
	if err != nil || len(probs) > 0 {
		t.Errorf("validate: %v %v", err, probs)
	}
}

// TestReleaseBadDocuments: a document that cannot be read as text is skipped with a report —
// a reject row naming it, the reason and the byte — and the rest is released; with Strict
// it stops the release, which then leaves nothing behind.
func TestReleaseBadDocuments(t *testing.T) {
	for _, tc := range []struct {
		name   string
		raw    string // "" with link set: a symlink instead
		link   string
		reason string
		start  int64
	}{
		{"invalid UTF-8", "Broken \xff byte after 14 bytes.\n", "", "byte 7: invalid UTF-8", 7},
		{"UTF-16", "\xff\xfeI\x00t\x00", "", "byte 0: UTF-16 text", 0},
		{"binary", "\x7fELF\x02\x01\x01\x00\x00", "", "byte 7: NUL byte", 7},
		{"empty", "", "", "empty document (no text)", -1},
		{"symlink loop", "", "b.txt", "open: too many levels of symbolic links", -1},
		{"dangling symlink", "", "nowhere.txt", "open: no such file or directory", -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			corpus := writeCorpus(t, map[string]string{"a.txt": "Fine text with 40 papers.\n"})
			bad := filepath.Join(corpus, "b.txt")
			if tc.link != "" {
				if err := os.Symlink(tc.link, bad); err != nil {
					t.Fatal(err)
				}
			} else if err := os.WriteFile(bad, []byte(tc.raw), 0o644); err != nil {
				t.Fatal(err)
			}
			outDir := filepath.Join(t.TempDir(), "rel")
			sum, err := Release(Options{Corpus: corpus, Out: outDir, Version: "1.0.0"})
			if err != nil {
				t.Fatal(err)
			}
			if len(sum.Stats.Skipped) != 1 || !strings.HasPrefix(sum.Stats.Skipped[0], bad+": "+tc.reason) {
				t.Errorf("skipped %q, want %s: %s", sum.Stats.Skipped, bad, tc.reason)
			}
			rejects, err := out.ReadTable[schemas.Reject](sum.Dir, schemas.Rejects)
			if err != nil {
				t.Fatal(err)
			}
			if len(rejects) != 1 || rejects[0].Table != "sources" || rejects[0].SourceID != "b" || rejects[0].Start != tc.start ||
				!strings.HasPrefix(rejects[0].Reason, "document skipped: "+tc.reason) {
				t.Errorf("rejects %+v", rejects)
			}
			if sum.Counts["sources"] != 1 {
				t.Errorf("sources %d, want the good one", sum.Counts["sources"])
			}
			if probs, err := validate.Problems(sum.Dir, corpus); err != nil || len(probs) > 0 {
				t.Errorf("validate: %v %v", err, probs)
			}

			strictOut := t.TempDir()
			_, err = Release(Options{Corpus: corpus, Out: strictOut, Version: "1.0.0", Strict: true})
			var in *InputError
			if !errors.As(err, &in) || !strings.HasPrefix(err.Error(), bad+": "+tc.reason) {
				t.Errorf("strict: error %v, want an input error %s: %s", err, bad, tc.reason)
			}
			if names := entryNames(t, strictOut); len(names) != 0 {
				t.Errorf("failed release left %v", names)
			}
		})
	}
}

func TestReleaseExistingVersion(t *testing.T) {
	corpus := writeCorpus(t, map[string]string{"a.txt": "It trained 300 engineers.\n"})
	outDir := t.TempDir()
	opts := Options{Corpus: corpus, Out: outDir, Version: "1.0.0"}
	if _, err := Release(opts); err != nil {
		t.Fatal(err)
	}
	sum, err := Release(opts)
	if err != nil || !sum.Unchanged {
		t.Fatalf("same content again: %+v, %v; want unchanged", sum, err)
	}
	os.WriteFile(filepath.Join(corpus, "a.txt"), []byte("It trained 400 engineers.\n"), 0o644)
	if _, err := Release(opts); err == nil || !strings.Contains(err.Error(), "exists and differs") {
		t.Fatalf("different content without --force: %v", err)
	}
	opts.Force = true
	if _, err := Release(opts); err != nil {
		t.Fatal(err)
	}
	figs, err := out.ReadTable[schemas.Figure](filepath.Join(outDir, "1.0.0"), schemas.Figures)
	if err != nil || len(figs) != 1 || *figs[0].Value != 400 {
		t.Fatalf("after --force: %+v %v", figs, err)
	}
	if names := entryNames(t, outDir); strings.Join(names, " ") != "1.0.0 CHANGELOG.md latest" {
		t.Errorf("left behind: %v", names)
	}
}

// entryNames lists what a releases directory shows: its entries but the lock file.
func entryNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if e.Name() != versions.LockFile {
			names = append(names, e.Name())
		}
	}
	return names
}

func TestValidateRejectsBadRows(t *testing.T) {
	raw := []byte("It trained 300 engineers.")
	src := schemas.Source{SourceID: "a", SHA256: schemas.SHA256(raw), Bytes: int64(len(raw))}
	good := schemas.Figure{FigureID: "f1", SourceID: "a", Start: 11, End: 14, Text: "300", Value: new(300.0),
		Qualifier: "exact", Unit: "people", Category: "graduates", Sentence: "It trained 300 engineers.", SentenceEnd: 25, Review: "auto"}
	badText := good
	badText.FigureID, badText.Text = "f2", "301"
	badRange := good
	badRange.FigureID, badRange.Value, badRange.ValueLow, badRange.ValueHigh, badRange.Qualifier = "f3", nil, new(9.0), new(3.0), "range"
	dup := good
	hashed := good // an id of the usual shape, which the rules remember as a number
	hashed.FigureID = "f00000000000000a0"
	upper := hashed // not the same id
	upper.FigureID = "f00000000000000A0"
	kept, rejects := RowRules(&src, raw, []schemas.Figure{good, badText, badRange, dup, hashed, upper, hashed})
	if len(kept) != 3 || kept[0].FigureID != "f1" {
		t.Errorf("kept %+v", kept)
	}
	var reasons []string
	for _, r := range rejects {
		reasons = append(reasons, r.RowID+": "+r.Reason)
	}
	want := []string{
		`f2: text "301" is not the source's bytes [11, 14), which read "300"`,
		"f3: range low 9 exceeds high 3",
		"f1: duplicate figure_id f1",
		"f00000000000000a0: duplicate figure_id f00000000000000a0",
	}
	if diff := cmp.Diff(want, reasons); diff != "" {
		t.Errorf("rejects (-want +got):\n%s", diff)
	}
}

// TestValidateCatchesFaults injects faults into copies of a release; figures validate must
// report each.
func TestValidateCatchesFaults(t *testing.T) {
	dir, ds := release(t)
	if probs, err := validate.Problems(dir, corpusDir); err != nil || len(probs) != 0 {
		t.Fatalf("clean release: %v %v", err, probs)
	}
	faults := []struct {
		name   string
		inject func(t *testing.T, dir string)
		want   string
	}{
		{"changed byte", func(t *testing.T, dir string) {
			p := filepath.Join(dir, "figures.csv")
			b, _ := os.ReadFile(p)
			b[len(b)/2] ^= 0x01
			os.WriteFile(p, b, 0o644)
		}, "figures.csv: checksum mismatch"},
		{"missing file", func(t *testing.T, dir string) {
			os.Remove(filepath.Join(dir, "funding.parquet"))
		}, "funding.parquet: missing"},
		{"low above high", func(t *testing.T, dir string) {
			bad := *ds
			bad.Figures = append([]schemas.Figure(nil), ds.Figures...)
			for i := range bad.Figures {
				if bad.Figures[i].ValueLow != nil {
					bad.Figures[i].ValueLow = new(*bad.Figures[i].ValueHigh + 1)
					break
				}
			}
			if err := Write(dir, "9.9.9", &bad); err != nil { // rewrites checksums too
				t.Fatal(err)
			}
		}, "exceeds high"},
		{"text moved", func(t *testing.T, dir string) {
			bad := *ds
			bad.Figures = append([]schemas.Figure(nil), ds.Figures...)
			bad.Figures[0].Start++
			bad.Figures[0].End++
			if err := Write(dir, "9.9.9", &bad); err != nil {
				t.Fatal(err)
			}
		}, "is not the source's bytes"},
		{"category row without its figure", func(t *testing.T, dir string) {
			bad := *ds
			bad.Figures = nil
			for _, f := range ds.Figures {
				if f.Category != "funding" {
					bad.Figures = append(bad.Figures, f)
				}
			}
			if err := Write(dir, "9.9.9", &bad); err != nil {
				t.Fatal(err)
			}
		}, "is not in figures"},
		{"error-level finding", func(t *testing.T, dir string) {
			bad := *ds
			bad.Checks = append(append([]schemas.Check(nil), ds.Checks...), schemas.Check{FindingID: "kbad", CheckID: "range_order",
				Severity: "error", FigureIDs: ds.Figures[0].FigureID, SourceIDs: ds.Figures[0].SourceID, Message: "injected"})
			if err := Write(dir, "9.9.9", &bad); err != nil {
				t.Fatal(err)
			}
		}, "error-level check range_order: injected"},
		{"checks column out of step", func(t *testing.T, dir string) {
			bad := *ds
			bad.Figures = append([]schemas.Figure(nil), ds.Figures...)
			bad.Figures[0].Checks = new("share_vs_total")
			if err := Write(dir, "9.9.9", &bad); err != nil {
				t.Fatal(err)
			}
		}, "but the checks table gives"},
		{"year out of range", func(t *testing.T, dir string) {
			bad := *ds
			bad.Figures = append([]schemas.Figure(nil), ds.Figures...)
			bad.Figures[0].Year = new(int32(2200))
			if err := Write(dir, "9.9.9", &bad); err != nil {
				t.Fatal(err)
			}
		}, "year 2200 is outside"},
		{"unlisted file", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, "extra.csv"), []byte("x\n"), 0o644)
		}, "extra.csv: not listed in SHA256SUMS"},
	}
	for _, f := range faults {
		t.Run(f.name, func(t *testing.T) {
			cp := t.TempDir()
			copyDir(t, dir, cp)
			f.inject(t, cp)
			probs, err := validate.Problems(cp, corpusDir)
			if err != nil {
				t.Fatal(err)
			}
			var all []string
			for _, p := range probs {
				all = append(all, p.String())
			}
			if !strings.Contains(strings.Join(all, "\n"), f.want) {
				t.Errorf("problems %q do not mention %q", all, f.want)
			}
		})
	}
}

func copyDir(t *testing.T, from, to string) {
	t.Helper()
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestCommittedReleaseIsCurrent(t *testing.T) {
	// The latest committed release must be what the code now produces from the shipped corpus.
	res, err := Reproduce(Options{Corpus: corpusDir, Out: "../releases"})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Same {
		t.Errorf("the committed release %s is stale; run make release to publish a new version.\nfiles: %v\n%s",
			res.Version, res.Files, res.Diff.Text())
	}
	if probs, err := validate.Problems(filepath.Join("../releases", res.Version), corpusDir); err != nil || len(probs) > 0 {
		t.Errorf("validate %s: %v %v", res.Version, err, probs)
	}
}

// TestWorkersGiveTheSameDataset: parallel document processing merges in corpus order, so
// any number of workers gives the same dataset, rows and findings in the same order.
func TestWorkersGiveTheSameDataset(t *testing.T) {
	files := map[string]string{}
	raw, err := os.ReadFile(filepath.Join(corpusDir, "000_f9082a182d13dfa9.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 12; i++ {
		files[fmt.Sprintf("doc%02d.txt", i)] = strings.ReplaceAll(string(raw), "4,000", strconv.Itoa(1000+i))
	}
	corpus := writeCorpus(t, files)
	one, err := BuildParallel(corpus, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{2, 5, 32} {
		many, err := BuildParallel(corpus, n)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(one, many, cmpopts.IgnoreUnexported(Dataset{})); diff != "" {
			t.Errorf("%d workers differ from one (-one +many):\n%s", n, diff)
		}
	}
}

// TestReleaseEqualsBuild: a release streams the figures through a spill on disk, Build keeps
// them in memory; both must give the same rows. Values of zero are the trap: the spill's
// gob encoding once turned them into nulls.
func TestReleaseEqualsBuild(t *testing.T) {
	corpus := writeCorpus(t, map[string]string{
		"zeros.txt": "Unemployment among the 300 graduates fell to 0 percent in 2019.\n\n" +
			"Between 0 and 5 percent of the 1,200 students left, and 0 papers were co-authored.\n\n" +
			"The Korea Computer Center employs 3,000 programmers and earned US$ 5 million in 2010.\n",
		"other.txt": "The Korea Computer Center employs 3,000 programmers and earned US$ 8 million in 2010.\n",
	})
	ds, err := Build(corpus)
	if err != nil {
		t.Fatal(err)
	}
	outDir := filepath.Join(t.TempDir(), "rel")
	if _, err := Release(Options{Corpus: corpus, Out: outDir, Version: "1.0.0", Workers: 2}); err != nil {
		t.Fatal(err)
	}
	got, err := out.ReadTable[schemas.Figure](filepath.Join(outDir, "1.0.0"), schemas.Figures)
	if err != nil {
		t.Fatal(err)
	}
	zeros := 0
	for _, f := range ds.Figures {
		if f.Value != nil && *f.Value == 0 || f.ValueLow != nil && *f.ValueLow == 0 {
			zeros++
		}
	}
	if zeros < 2 {
		t.Fatalf("only %d figures of value 0 found: the test no longer tests the trap", zeros)
	}
	// The cross-source check compares sentences that wait in the spill too.
	if !slices.ContainsFunc(ds.Checks, func(c schemas.Check) bool { return c.CheckID == "same_measure_differs" }) {
		t.Fatalf("no same_measure_differs finding across the two documents: the test no longer reaches the anchor spill")
	}
	checks, err := out.ReadTable[schemas.Check](filepath.Join(outDir, "1.0.0"), schemas.Checks)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ds.Checks, checks); diff != "" {
		t.Errorf("released findings differ from the built ones (-built +released):\n%s", diff)
	}
	if diff := cmp.Diff(ds.Figures, got); diff != "" {
		t.Errorf("released figures differ from the built ones (-built +released):\n%s", diff)
	}
}
