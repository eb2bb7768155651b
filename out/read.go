package out

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/parquet-go/parquet-go"

	"github.com/kpfigures/figures/schemas"
)

// ReadTable reads a released table's Parquet file in dir back as rows of its type, checking
// its columns against the table's schema.
func ReadTable[T any](dir string, t *schemas.Table) ([]T, error) {
	f, size, _, err := openTable(dir, t)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return parquet.Read[T](f, size)
}

// TableRows counts the rows of a table's Parquet file in dir from its footer, checking its
// columns.
func TableRows(dir string, t *schemas.Table) (int64, error) {
	f, _, pf, err := openTable(dir, t, parquet.SkipPageIndex(true), parquet.SkipBloomFilters(true))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return pf.NumRows(), nil
}

// openTable opens a table's Parquet file in dir and checks its columns against the table's
// schema. The caller closes the file.
func openTable(dir string, t *schemas.Table, opts ...parquet.FileOption) (*os.File, int64, *parquet.File, error) {
	f, err := os.Open(filepath.Join(dir, t.Name+".parquet"))
	if err != nil {
		return nil, 0, nil, err
	}
	fail := func(err error) (*os.File, int64, *parquet.File, error) {
		f.Close()
		return nil, 0, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		return fail(err)
	}
	pf, err := parquet.OpenFile(f, st.Size(), opts...)
	if err != nil {
		return fail(err)
	}
	if err := sameColumns(pf, t); err != nil {
		return fail(err)
	}
	return f, st.Size(), pf, nil
}

func sameColumns(pf *parquet.File, t *schemas.Table) error {
	var got []string
	for _, c := range pf.Schema().Columns() {
		got = append(got, strings.Join(c, "."))
	}
	if want := t.FieldNames(); !slices.Equal(got, want) {
		return fmt.Errorf("columns %v, want %v", got, want)
	}
	return nil
}

// Descriptor is the part of a release's datapackage.json that readers of a release use: its
// version and each resource's columns. It reads descriptors of any schema version.
type Descriptor struct {
	Version   string `json:"version"`
	Resources []struct {
		Name   string `json:"name"`
		Path   string `json:"path"`
		Format string `json:"format"`
		Schema struct {
			Fields []struct {
				Name        string `json:"name"`
				Type        string `json:"type"`
				Description string `json:"description"`
			} `json:"fields"`
			PrimaryKey []string `json:"primaryKey"`
		} `json:"schema"`
	} `json:"resources"`
}

// ReadDataPackage reads the datapackage.json of the release in dir.
func ReadDataPackage(dir string) (*Descriptor, error) {
	path := filepath.Join(dir, "datapackage.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var d Descriptor
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &d, nil
}

// ReadCSVRows reads a CSV table into rows keyed by the key column, in file order.
func ReadCSVRows(path, key string) (map[string]map[string]string, []string, error) {
	rows := map[string]map[string]string{}
	var order []string
	var header []string
	k := -1
	start := func(h []string) error {
		header, k = h, slices.Index(h, key)
		if k < 0 {
			return fmt.Errorf("%s: no key column %q", path, key)
		}
		return nil
	}
	err := EachCSVRow(path, start, func(line int, _ int64, rec []string) error {
		row := RowOf(header, rec)
		id := rec[k]
		if _, dup := rows[id]; dup {
			return fmt.Errorf("%s: line %d: duplicate key %s", path, line, id)
		}
		rows[id] = row
		order = append(order, id)
		return nil
	})
	return rows, order, err
}

// RowOf is a CSV record as a row keyed by the header's column names, each field as plain
// text: the text itself, not its spreadsheet guard.
func RowOf(header, rec []string) map[string]string {
	row := make(map[string]string, len(header))
	for i, h := range header {
		if i < len(rec) {
			row[h] = PlainText(rec[i])
		}
	}
	return row
}

// EachCSVRow streams a CSV table to start (its header) and then fn (each record, with its
// line number, the header being line 1, and the byte offset it starts at), so a table of
// any size is read in constant memory. The fields are as written, spreadsheet guards
// included.
func EachCSVRow(path string, start func(header []string) error, fn func(line int, offset int64, rec []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: header: %w", path, err)
	}
	if err := start(header); err != nil {
		return err
	}
	for line := 2; ; line++ {
		offset := r.InputOffset()
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := fn(line, offset, rec); err != nil {
			return err
		}
	}
}
