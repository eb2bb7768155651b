package out

import (
	"archive/zip"
	"compress/flate"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/xuri/excelize/v2"

	"github.com/kpfigures/figures/schemas"
)

// WorkbookFile is the release's edition for spreadsheet programs: one sheet per table.
const WorkbookFile = "figures.xlsx"

// excelMaxRows is how many rows a sheet holds, its header included.
const excelMaxRows = 1 << 20

// WorkbookMaxFigures is the largest release, in figure rows, that gets a workbook: beyond
// it a spreadsheet is no way to read the data, and writing one would double the release's
// time (make bench: about 3 s of CPU per 100,000 figures). The codebook says when a release
// has none.
const WorkbookMaxFigures = 50000

// HasWorkbook reports whether a release of these row counts gets figures.xlsx.
func HasWorkbook(counts map[string]int) bool {
	return counts[schemas.Figures.Name] <= WorkbookMaxFigures
}

// maxColumnWidth bounds a fitted column, in characters: sentences would make columns a
// screen wide.
const maxColumnWidth = 60

// WriteWorkbook writes figures.xlsx, unless the release is larger than WorkbookMaxFigures,
// into a release directory whose tables (CSV), codebook
// (README.md) and citation are written: a first sheet with the codebook and the citation,
// then a sheet per table with typed cells (text stays text, numbers are numbers, full dates
// are dates, booleans are booleans), the header row frozen, filters on and column widths
// fitted to their content. The same files give the same bytes.
func WriteWorkbook(dir string, info Info, tables []*schemas.Table) error {
	if !HasWorkbook(info.Counts) {
		return nil
	}
	f := excelize.NewFile()
	f.SetZipWriter(fastZip)
	defer f.Close()
	// The document's properties carry no time of writing: the same release, the same bytes.
	const fixed = "2000-01-01T00:00:00Z"
	err := f.SetDocProps(&excelize.DocProperties{Title: info.Title + " " + info.Version, Creator: "figures",
		Description: "The tables of release " + info.Version + "; README.md and datapackage.json describe them.",
		Created:     fixed, Modified: fixed, Language: "en"})
	if err != nil {
		return err
	}
	// The first sheet, which a new workbook has, becomes the README: deleting a sheet would
	// make excelize read every streamed sheet back.
	if err := f.SetSheetName("Sheet1", "README"); err != nil {
		return err
	}
	if err := writeReadmeSheet(f, dir); err != nil {
		return err
	}
	dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 0, CustomNumFmt: new("yyyy-mm-dd")})
	if err != nil {
		return err
	}
	headStyle, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return err
	}
	for _, t := range tables {
		if err := writeTableSheet(f, dir, t, dateStyle, headStyle); err != nil {
			return fmt.Errorf("%s: sheet %s: %w", WorkbookFile, t.Name, err)
		}
	}
	// Written to a file beside, then copied in order: a large workbook is not held in memory.
	unsorted := filepath.Join(dir, ".unsorted."+WorkbookFile) // excelize wants the extension
	defer os.Remove(unsorted)
	if err := f.SaveAs(unsorted); err != nil {
		return err
	}
	return sortedZip(unsorted, filepath.Join(dir, WorkbookFile))
}

// fastZip is the workbook's zip writer, compressing at flate's best speed: a workbook of a
// million rows is written at the release's end by one core, and at excelize's default
// level its compression took half the time it took to write the workbook.
func fastZip(w io.Writer) excelize.ZipWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	return zw
}

// sortedZip copies the zip archive src to dst with its entries in name order, their
// compressed bytes untouched: excelize writes the sheets in the order of a map, which
// differs from run to run.
func sortedZip(src, dst string) error {
	r, err := zip.OpenReader(src)
	if err != nil {
		return err
	}
	defer r.Close()
	files := slices.Clone(r.File)
	slices.SortFunc(files, func(a, b *zip.File) int { return strings.Compare(a.Name, b.Name) })
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	w := zip.NewWriter(out)
	for _, f := range files {
		raw, err := f.OpenRaw()
		if err != nil {
			out.Close()
			return err
		}
		dstEntry, err := w.CreateRaw(&f.FileHeader)
		if err == nil {
			_, err = io.Copy(dstEntry, raw)
		}
		if err != nil {
			out.Close()
			return err
		}
	}
	if err := w.Close(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// writeReadmeSheet writes the codebook, a line to a row, then the citation.
func writeReadmeSheet(f *excelize.File, dir string) error {
	sw, err := f.NewStreamWriter("README")
	if err != nil {
		return err
	}
	if err := sw.SetColWidth(1, 1, 120); err != nil {
		return err
	}
	row := 1
	for _, name := range []string{"README.md", CitationFile} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		for _, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
			cell, _ := excelize.CoordinatesToCellName(1, row)
			if err := sw.SetRow(cell, []any{line}); err != nil {
				return err
			}
			row++
		}
		row++ // a blank row between the two
	}
	return sw.Flush()
}

// writeTableSheet writes one table from its CSV file in dir.
func writeTableSheet(f *excelize.File, dir string, t *schemas.Table, dateStyle, headStyle int) error {
	path := filepath.Join(dir, t.Name+".csv")
	widths := make([]int, len(t.Fields))
	for i, fl := range t.Fields {
		widths[i] = utf8.RuneCountInString(fl.Title)
	}
	rows := 0
	err := eachCSVRow(path, func(rec []string) error {
		for i := range min(len(rec), len(widths)) {
			widths[i] = max(widths[i], utf8.RuneCountInString(rec[i]))
		}
		rows++
		return nil
	})
	if err != nil {
		return err
	}
	if _, err := f.NewSheet(t.Name); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(t.Name)
	if err != nil {
		return err
	}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, float64(min(w, maxColumnWidth)+2)); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	head := make([]any, len(t.Fields))
	for i, fl := range t.Fields {
		head[i] = excelize.Cell{StyleID: headStyle, Value: fl.Title} // as the spreadsheet edition titles them
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	row := 2
	err = eachCSVRow(path, func(rec []string) error {
		if row > excelMaxRows {
			return errSheetFull
		}
		values := make([]any, len(t.Fields))
		for i, fl := range t.Fields {
			if i < len(rec) {
				values[i] = cellValue(fl, rec[i], dateStyle)
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, row)
		row++
		return sw.SetRow(cell, values)
	})
	if err != nil && !errors.Is(err, errSheetFull) {
		return err
	}
	// An Excel table over the rows: filters on every column, in Excel and LibreOffice alike.
	last, _ := excelize.CoordinatesToCellName(len(t.Fields), max(row-1, 2))
	noStripes := false
	if err := sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: t.Name + "_table", StyleName: "TableStyleLight1",
		ShowRowStripes: &noStripes}); err != nil {
		return err
	}
	return sw.Flush()
}

// errSheetFull ends a table that has more rows than a sheet holds; the CSV and Parquet
// files have them all, as the README sheet says.
var errSheetFull = errors.New("sheet full")

// cellValue is a CSV cell as the typed value of its column: nil when empty (null), a number,
// a boolean, a date when the column holds dates and the cell is a full one, else text.
func cellValue(fl schemas.Field, s string, dateStyle int) any {
	if s == "" {
		return nil
	}
	switch fl.Type.ID() {
	case arrow.FLOAT64, arrow.FLOAT32, arrow.INT64, arrow.INT32, arrow.INT16, arrow.INT8:
		if v, err := strconv.ParseFloat(s, 64); err == nil {
			return v
		}
	case arrow.BOOL:
		if v, err := strconv.ParseBool(s); err == nil {
			return v
		}
	}
	if fl.Date && len(s) == 10 {
		if d, err := time.Parse("2006-01-02", s); err == nil {
			return excelize.Cell{StyleID: dateStyle, Value: d}
		}
	}
	return PlainText(s)
}

// eachCSVRow calls fn with each record of a CSV file after its header.
func eachCSVRow(path string, fn func([]string) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	r := csv.NewReader(file)
	r.FieldsPerRecord = -1
	if _, err := r.Read(); err != nil {
		return fmt.Errorf("%s: header: %w", path, err)
	}
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
}
