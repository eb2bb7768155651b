package out

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/ipc"
	"github.com/parquet-go/parquet-go"

	"github.com/kpfigures/figures/schemas"
)

// RowsPerGroup bounds a Parquet row group: the writer holds at most this many rows of a
// table in memory, and readers can skip and stream by group.
const RowsPerGroup = 16 * 1024

// csvBatch is how many rows go to the CSV goroutine at a time.
const csvBatch = 4096

// SheetSuffix ends the names of the spreadsheet edition of the CSV files.
const SheetSuffix = ".spreadsheet.csv"

// TableWriter writes the rows of one table as they come: dir/<name>.parquet, in row groups
// as they fill; dir/<name>.csv, from Arrow records of the rows, for code; and
// dir/<name>.spreadsheet.csv, the same for spreadsheets (see writeSheetRows). Memory does
// not grow with the number of rows. The CSV files are written on a goroutine of their own,
// beside the Parquet encoding. Close returns the first error.
type TableWriter[T any] struct {
	t       *schemas.Table
	files   []*hashedFile
	closed  bool
	bufs    []*bufio.Writer
	pw      *parquet.GenericWriter[T]
	code    *bufio.Writer // the CSV for code
	sheet   *bufio.Writer // its spreadsheet edition
	pending []T           // rows not yet sent to the CSV goroutine
	rows    int
	err     error

	csvRows chan []T   // batches for the CSV goroutine, nil until it starts
	csvErr  chan error // its first error, when csvRows closes
}

// NewTableWriter creates the table's files in dir and writes the CSV header.
func NewTableWriter[T any](dir string, t *schemas.Table) (*TableWriter[T], error) {
	w := &TableWriter[T]{t: t}
	for _, ext := range []string{".parquet", ".csv", SheetSuffix} {
		f, err := os.Create(filepath.Join(dir, t.Name+ext))
		if err != nil {
			w.closeFiles()
			return nil, err
		}
		hf := &hashedFile{f: f, h: sha256.New()}
		w.files = append(w.files, hf)
		w.bufs = append(w.bufs, bufio.NewWriterSize(hf, 1<<16))
	}
	descs := map[string]string{}
	for _, f := range t.Fields {
		descs[f.Name] = f.Description
	}
	descJSON, err := json.Marshal(descs) // map keys are sorted: deterministic
	if err != nil {
		w.closeFiles()
		return nil, err
	}
	units := map[string]string{}
	for _, f := range t.Fields {
		if f.Unit != "" {
			units[f.Name] = f.Unit
		}
	}
	unitJSON, err := json.Marshal(units)
	if err != nil {
		w.closeFiles()
		return nil, err
	}
	arrowSchema, err := ArrowSchemaKey(t)
	if err != nil {
		w.closeFiles()
		return nil, err
	}
	w.pw = parquet.NewGenericWriter[T](w.bufs[0],
		parquet.Compression(pageCodec),
		parquet.DataPageStatistics(true),
		parquet.MaxRowsPerRowGroup(RowsPerGroup),
		// Pinned, and free of the dataset version, so that the same data gives the same
		// bytes whatever version it is released as.
		parquet.CreatedBy("github.com/kpfigures/figures", "1", "release"),
		parquet.KeyValueMetadata("figures.table", t.Name),
		parquet.KeyValueMetadata("figures.table_description", t.Description),
		parquet.KeyValueMetadata("figures.field_descriptions", string(descJSON)),
		parquet.KeyValueMetadata("figures.field_units", string(unitJSON)),
		// The Arrow schema, with each field's description in its metadata, as Arrow's own
		// Parquet writers store it: pyarrow and the Arrow libraries read it back.
		parquet.KeyValueMetadata("ARROW:schema", arrowSchema),
	)
	w.code, w.sheet = w.bufs[1], w.bufs[2]
	header := make([]string, len(t.Fields))
	for i, f := range t.Fields {
		header[i] = f.Name
	}
	w.err = writeRecord(w.code, header)
	if w.err == nil {
		w.err = writeSheetHeader(w.sheet, t)
	}
	return w, nil
}

// Write appends rows to both files.
func (w *TableWriter[T]) Write(rows ...T) error {
	if w.err != nil {
		return w.err
	}
	if _, err := w.pw.Write(rows); err != nil {
		w.err = fmt.Errorf("parquet %s: %w", w.t.Name, err)
		return w.err
	}
	w.rows += len(rows)
	w.pending = append(w.pending, rows...)
	if len(w.pending) >= csvBatch {
		w.sendCSV()
	}
	return w.err
}

// Rows returns how many rows were written.
func (w *TableWriter[T]) Rows() int { return w.rows }

// sendCSV hands the pending rows to the CSV goroutine, starting it on first use.
func (w *TableWriter[T]) sendCSV() {
	if len(w.pending) == 0 {
		return
	}
	if w.csvRows == nil {
		w.csvRows, w.csvErr = make(chan []T, 2), make(chan error, 1)
		go func() {
			var first error
			for rows := range w.csvRows {
				if first == nil {
					first = w.writeCSV(rows)
				}
			}
			w.csvErr <- first
		}()
	}
	w.csvRows <- w.pending
	w.pending = make([]T, 0, csvBatch) // the goroutine owns the old batch now
}

// writeCSV writes rows to both CSV files. Each cell is formatted as WriteCSV formats an
// Arrow column of its type, straight from the row: building an Arrow record first cost a
// dense document's release a tenth of its time.
func (w *TableWriter[T]) writeCSV(rows []T) error {
	rv := reflect.ValueOf(rows)
	row, at := reflect.Value{}, -1 // the row last read: its cells are asked for in order
	return writeRows(w.code, w.sheet, w.t.Fields, len(rows), len(w.t.Fields), func(r, c int) (string, cellKind) {
		if r != at {
			row, at = rv.Index(r), r
		}
		v := w.t.Value(row, c)
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return "", nullCell
			}
			v = v.Elem()
		}
		switch v.Kind() {
		case reflect.String:
			return v.String(), textCell
		case reflect.Bool:
			return strconv.FormatBool(v.Bool()), boolCell
		case reflect.Int64, reflect.Int32:
			return strconv.FormatInt(v.Int(), 10), otherCell
		case reflect.Float64:
			return strconv.FormatFloat(v.Float(), 'f', -1, 64), otherCell
		}
		return fmt.Sprint(v.Interface()), otherCell
	})
}

// cellKind says how the CSV files write a cell.
type cellKind uint8

const (
	nullCell  cellKind = iota // empty
	textCell                  // formula-safe; quoted in the spreadsheet edition, unless a full date there
	boolCell                  // true/false; TRUE/FALSE in the spreadsheet edition
	otherCell                 // a number, as formatted
)

// Close flushes and closes the files.
func (w *TableWriter[T]) Close() error {
	if w.err == nil {
		w.sendCSV()
	}
	if w.csvRows != nil {
		close(w.csvRows)
		if err := <-w.csvErr; w.err == nil {
			w.err = err
		}
	}
	if err := w.pw.Close(); w.err == nil && err != nil {
		w.err = fmt.Errorf("parquet %s: %w", w.t.Name, err)
	}
	for _, b := range w.bufs {
		if err := b.Flush(); w.err == nil {
			w.err = err
		}
	}
	if err := w.closeFiles(); w.err == nil {
		w.err = err
	}
	return w.err
}

func (w *TableWriter[T]) closeFiles() error {
	if w.closed {
		return nil
	}
	w.closed = true
	var first error
	for _, f := range w.files {
		if err := f.f.Close(); first == nil {
			first = err
		}
	}
	return first
}

// Sums returns the checksums of the table's files, hashed as they were written, once Close
// has returned without an error: the release's checksums need not read them again.
func (w *TableWriter[T]) Sums() Sums {
	sums := Sums{}
	for _, f := range w.files {
		sums[filepath.Base(f.f.Name())] = FileSum{SHA256: hex.EncodeToString(f.h.Sum(nil)), Size: f.n}
	}
	return sums
}

// hashedFile is a file that hashes what is written to it, and starts writing it back to
// the device every writebackChunk bytes (startWriteback).
type hashedFile struct {
	f       *os.File
	h       hash.Hash
	n       int64
	written int64 // bytes handed to startWriteback
}

// writebackChunk is how many bytes a file gathers before its writeback starts.
const writebackChunk = 32 << 20

func (hf *hashedFile) Write(p []byte) (int, error) {
	n, err := hf.f.Write(p)
	hf.h.Write(p[:n])
	hf.n += int64(n)
	if hf.n-hf.written >= writebackChunk {
		startWriteback(hf.f, hf.written, hf.n-hf.written)
		hf.written = hf.n
	}
	return n, err
}

// WriteTable writes all rows of table t as dir/<name>.parquet and dir/<name>.csv.
func WriteTable[T any](dir string, t *schemas.Table, rows []T) error {
	w, err := NewTableWriter[T](dir, t)
	if err != nil {
		return err
	}
	if err := w.Write(rows...); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

// WriteCSV writes rec as RFC 4180 CSV: a header row, CRLF line ends, '.' decimals and no
// thousands separators, an empty cell for null.
func WriteCSV(w io.Writer, rec arrow.Record) error {
	cw := bufio.NewWriter(w)
	header := make([]string, rec.NumCols())
	for i, f := range rec.Schema().Fields() {
		header[i] = f.Name
	}
	if err := writeRecord(cw, header); err != nil {
		return err
	}
	cols := rec.Columns()
	err := writeRows(cw, nil, nil, int(rec.NumRows()), len(cols), func(r, c int) (string, cellKind) {
		col := cols[c]
		if col.IsNull(r) {
			return "", nullCell
		}
		switch a := col.(type) {
		case *array.String:
			return a.Value(r), textCell
		case *array.Boolean:
			return strconv.FormatBool(a.Value(r)), boolCell
		case *array.Int64:
			return strconv.FormatInt(a.Value(r), 10), otherCell
		case *array.Int32:
			return strconv.FormatInt(int64(a.Value(r)), 10), otherCell
		case *array.Float64:
			return strconv.FormatFloat(a.Value(r), 'f', -1, 64), otherCell
		}
		return col.ValueStr(r), otherCell
	})
	if err != nil {
		return err
	}
	return cw.Flush()
}

// writeRows writes n rows, without a header, to the CSV for code and, when sheet is not nil,
// to the spreadsheet edition (see writeSheetHeader); cell gives each cell's value, formatted
// once. The spreadsheet edition quotes every text cell, writes TRUE/FALSE, and leaves full
// ISO dates bare so that they are read as dates; fields says which columns hold dates.
func writeRows(code, sheet *bufio.Writer, fields []schemas.Field, n, cols int, cell func(r, c int) (string, cellKind)) error {
	for r := 0; r < n; r++ {
		for c := 0; c < cols; c++ {
			if c > 0 {
				code.WriteByte(',')
				if sheet != nil {
					sheet.WriteByte(',')
				}
			}
			v, kind := cell(r, c)
			switch kind {
			case nullCell:
			case textCell:
				v = FormulaSafe(v)
				writeField(code, v)
				switch {
				case sheet == nil:
				case fields[c].Date && schemas.IsFullDate(v):
					sheet.WriteString(v)
				default:
					writeQuoted(sheet, v)
				}
			case boolCell:
				writeField(code, v)
				if sheet != nil {
					sheet.WriteString(strings.ToUpper(v))
				}
			default:
				writeField(code, v)
				if sheet != nil {
					sheet.WriteString(v)
				}
			}
		}
		// A bufio.Writer's errors stay: the last write reports them.
		if sheet != nil {
			if _, err := sheet.WriteString("\r\n"); err != nil {
				return err
			}
		}
		if _, err := code.WriteString("\r\n"); err != nil {
			return err
		}
	}
	return nil
}

// writeQuoted writes s between double quotes, doubling the quotes it holds (RFC 4180).
func writeQuoted(w *bufio.Writer, s string) {
	w.WriteByte('"')
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		w.WriteString(s[:i+1])
		w.WriteByte('"')
		s = s[i+1:]
	}
	w.WriteString(s)
	w.WriteByte('"')
}

// ArrowSchemaKey is the value of a Parquet file's ARROW:schema key for table t: the Arrow
// IPC schema message, base64 — the form Arrow's own Parquet writers use.
func ArrowSchemaKey(t *schemas.Table) (string, error) {
	var b bytes.Buffer
	iw := ipc.NewWriter(&b, ipc.WithSchema(t.Schema()))
	if err := iw.Close(); err != nil { // writes the schema message, then end of stream
		return "", err
	}
	msg := bytes.TrimSuffix(b.Bytes(), []byte{0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0})
	return base64.StdEncoding.EncodeToString(msg), nil
}

// writeSheetHeader starts the spreadsheet edition: a UTF-8 byte-order mark, which Excel
// needs to read UTF-8, and the columns' titles for people.
func writeSheetHeader(w *bufio.Writer, t *schemas.Table) error {
	w.WriteString("\ufeff")
	for i, f := range t.Fields {
		if i > 0 {
			w.WriteByte(',')
		}
		writeQuoted(w, FormulaSafe(f.Title))
	}
	_, err := w.WriteString("\r\n")
	return err
}

// FormulaSafe protects a text cell from being run as a formula when a spreadsheet opens the
// CSV (CWE-1236): text that starts with = + - @, a tab or a carriage return — after any
// apostrophes — gets one more apostrophe in front, which spreadsheets show as text. Numeric
// columns are not text and stay numbers. PlainText undoes it; Parquet holds the text as is.
func FormulaSafe(s string) string {
	if formulaStart(s) {
		return "'" + s
	}
	return s
}

// PlainText is the inverse of FormulaSafe.
func PlainText(s string) string {
	if strings.HasPrefix(s, "'") && formulaStart(s[1:]) {
		return s[1:]
	}
	return s
}

// formulaStart reports whether s, after any leading apostrophes, starts like a formula.
func formulaStart(s string) bool {
	s = strings.TrimLeft(s, "'")
	return s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0
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
