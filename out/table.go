package out

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/parquet-go/parquet-go"

	"github.com/kpfigures/figures/schemas"
)

// RowsPerGroup bounds a Parquet row group, so readers can skip and stream.
const RowsPerGroup = 64 * 1024

// WriteTable writes rows of table t as dir/<name>.parquet and dir/<name>.csv. The CSV is
// written from the Arrow record built from the rows; the Parquet file from the rows, with
// the schema derived from the same row type.
func WriteTable[T any](dir string, t *schemas.Table, rows []T, version string) error {
	rec, err := t.Record(memory.DefaultAllocator, rows)
	if err != nil {
		return err
	}
	defer rec.Release()
	if err := writeFile(filepath.Join(dir, t.Name+".csv"), func(w io.Writer) error { return WriteCSV(w, rec) }); err != nil {
		return err
	}
	return writeFile(filepath.Join(dir, t.Name+".parquet"), func(w io.Writer) error {
		return WriteParquet(w, t, rows, version)
	})
}

// WriteParquet writes rows as one Parquet file with pinned settings: zstd, page statistics,
// a fixed created_by, and the table's and fields' descriptions as key/value metadata (DuckDB
// and pandas show file-level metadata; per-column metadata is not widely exposed).
func WriteParquet[T any](w io.Writer, t *schemas.Table, rows []T, version string) error {
	descs := map[string]string{}
	for _, f := range t.Fields {
		descs[f.Name] = f.Description
	}
	descJSON, err := json.Marshal(descs) // map keys are sorted: deterministic
	if err != nil {
		return err
	}
	pw := parquet.NewGenericWriter[T](w,
		parquet.Compression(&parquet.Zstd),
		parquet.DataPageStatistics(true),
		parquet.MaxRowsPerRowGroup(RowsPerGroup),
		// Pinned, and free of the dataset version, so that the same data gives the same
		// column chunks whatever version it is released as.
		parquet.CreatedBy("github.com/kpfigures/figures", "1", "release"),
		parquet.KeyValueMetadata("figures.table", t.Name),
		parquet.KeyValueMetadata("figures.table_description", t.Description),
		parquet.KeyValueMetadata("figures.field_descriptions", string(descJSON)),
		parquet.KeyValueMetadata("figures.dataset_version", version),
	)
	for start := 0; start < len(rows); start += RowsPerGroup {
		end := min(start+RowsPerGroup, len(rows))
		if _, err := pw.Write(rows[start:end]); err != nil {
			return fmt.Errorf("parquet %s: %w", t.Name, err)
		}
	}
	if err := pw.Close(); err != nil {
		return fmt.Errorf("parquet %s: %w", t.Name, err)
	}
	return nil
}

// WriteCSV writes rec as RFC 4180 CSV: a header row, CRLF line ends, '.' decimals and no
// thousands separators, an empty cell for null.
func WriteCSV(w io.Writer, rec arrow.Record) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	header := make([]string, rec.NumCols())
	for i, f := range rec.Schema().Fields() {
		header[i] = f.Name
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	row := make([]string, rec.NumCols())
	for r := 0; r < int(rec.NumRows()); r++ {
		for c := 0; c < int(rec.NumCols()); c++ {
			row[c] = formatCell(rec.Column(c), r)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func formatCell(col arrow.Array, r int) string {
	if col.IsNull(r) {
		return ""
	}
	switch a := col.(type) {
	case *array.String:
		return a.Value(r)
	case *array.Int64:
		return strconv.FormatInt(a.Value(r), 10)
	case *array.Int32:
		return strconv.FormatInt(int64(a.Value(r)), 10)
	case *array.Float64:
		return strconv.FormatFloat(a.Value(r), 'f', -1, 64)
	case *array.Boolean:
		return strconv.FormatBool(a.Value(r))
	}
	return col.ValueStr(r)
}

// writeFile creates path and writes it through a buffer; the error of Close is returned.
func writeFile(path string, write func(io.Writer) error) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	bw := bufio.NewWriterSize(f, 1<<16)
	if err := write(bw); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return bw.Flush()
}
