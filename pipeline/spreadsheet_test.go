package pipeline

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v17/arrow"
	"github.com/apache/arrow/go/v17/arrow/array"
	"github.com/apache/arrow/go/v17/arrow/memory"
	"github.com/xuri/excelize/v2"

	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/schemas"
)

// odsCell is a cell of a LibreOffice flat spreadsheet (.fods) as a test needs it.
type odsCell struct {
	Type, Value, Date, Bool, Formula, Text string
}

// readFODS reads the cells of the first table of a .fods file, row by row.
func readFODS(t *testing.T, path string) [][]odsCell {
	t.Helper()
	sheets, names := readFODSSheets(t, path)
	if len(names) == 0 {
		return nil
	}
	return sheets[names[0]]
}

// readFODSSheets reads the cells of every table (sheet) of a .fods file, row by row, and
// the tables' names in order.
func readFODSSheets(t *testing.T, path string) (map[string][][]odsCell, []string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const office, table, text = "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
		"urn:oasis:names:tc:opendocument:xmlns:table:1.0", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	dec := xml.NewDecoder(f)
	sheets, names := map[string][][]odsCell{}, []string(nil)
	var rows [][]odsCell
	var cell *odsCell
	repeat, paras, inP := 1, 0, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return sheets, names
		}
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			attr := func(space, name string) string {
				for _, a := range el.Attr {
					if a.Name.Space == space && a.Name.Local == name {
						return a.Value
					}
				}
				return ""
			}
			switch {
			case el.Name.Space == table && el.Name.Local == "table":
				names, rows = append(names, attr(table, "name")), nil
			case el.Name.Space == table && el.Name.Local == "table-row":
				rows = append(rows, nil)
			case el.Name.Space == table && el.Name.Local == "table-cell":
				cell = &odsCell{Type: attr(office, "value-type"), Value: attr(office, "value"), Date: attr(office, "date-value"),
					Bool: attr(office, "boolean-value"), Formula: attr(table, "formula")}
				repeat, paras = 1, 0
				if n, err := strconv.Atoi(attr(table, "number-columns-repeated")); err == nil {
					repeat = n
				}
			case cell != nil && el.Name.Space == text && el.Name.Local == "p":
				if paras++; paras > 1 {
					cell.Text += "\n"
				}
				inP = true
			case cell != nil && el.Name.Space == text && el.Name.Local == "s":
				n, err := strconv.Atoi(attr(text, "c"))
				if err != nil {
					n = 1
				}
				cell.Text += strings.Repeat(" ", n)
			case cell != nil && el.Name.Space == text && el.Name.Local == "tab":
				cell.Text += "\t"
			case cell != nil && el.Name.Space == text && el.Name.Local == "line-break":
				cell.Text += "\n"
			}
		case xml.CharData:
			if cell != nil && inP {
				cell.Text += string(el)
			}
		case xml.EndElement:
			if el.Name.Space == text && el.Name.Local == "p" {
				inP = false
			}
			if el.Name.Space == table && el.Name.Local == "table" {
				sheets[names[len(names)-1]] = rows
			}
			if el.Name.Space == table && el.Name.Local == "table-cell" && cell != nil {
				// A row's trailing empty cells are one cell repeated many times: keep a few.
				for i := 0; i < min(repeat, 64); i++ {
					rows[len(rows)-1] = append(rows[len(rows)-1], *cell)
				}
				cell = nil
			}
		}
	}
}

// TestLibreOfficeOpensCSV converts every CSV file of a release with LibreOffice Calc,
// headless, and reads back what the spreadsheet made of each cell: in the spreadsheet
// edition, text stays text exactly (Korean, curly quotes, "0012", "4,000"), numbers are
// numbers, full dates are dates, booleans are booleans, and no cell is a formula; the plain
// CSV files open with their numbers as numbers and no formulas either.
func TestLibreOfficeOpensCSV(t *testing.T) {
	needTool(t, "soffice")
	dir, ds := release(t)
	// Rows written for the purpose: what spreadsheets are known to mangle.
	odd := t.TempDir()
	title := "북한 IT 산업 – “quoted”, 0012"
	err := out.WriteTable(odd, schemas.Sources, []schemas.Source{
		{SourceID: "a", File: "=cmd|' /C calc'!A0", SHA256: strings.Repeat("0", 64), Bytes: 21120, Title: title,
			Published: new("2021-03-04"), Authors: new("+Kim; -Lee"), URL: new("@home")},
		{SourceID: "0012", File: "b.txt", SHA256: strings.Repeat("1", 64), Bytes: 7, Title: "4,000", Published: new("2019")},
	})
	if err != nil {
		t.Fatal(err)
	}
	var sheets []string
	converted := map[string]string{}   // sheet → its .fods
	profile := "file://" + t.TempDir() // a fresh LibreOffice profile: no state from elsewhere
	for _, d := range []string{dir, odd} {
		files, _ := filepath.Glob(filepath.Join(d, "*.csv"))
		conv := t.TempDir()
		args := append([]string{"-env:UserInstallation=" + profile, "--headless",
			// UTF-8, comma, double quote, from line 1; English (US); quoted cells are text;
			// special numbers (dates) detected.
			"--infilter=CSV:44,34,76,1,,1033,true,true", "--convert-to", "fods", "--outdir", conv}, files...)
		if b, err := exec.Command("soffice", args...).CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, b)
		}
		for _, f := range files {
			converted[f] = filepath.Join(conv, strings.TrimSuffix(filepath.Base(f), ".csv")+".fods")
		}
		sheets = append(sheets, files...)
	}
	if len(sheets) != 2*(len(schemas.All())+1) {
		t.Fatalf("%d CSV files", len(sheets))
	}
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	for _, sheet := range sheets {
		name := strings.TrimSuffix(filepath.Base(sheet), ".csv")
		plain := !strings.HasSuffix(sheet, out.SheetSuffix)
		tb := tableNamed(strings.TrimSuffix(name, ".spreadsheet"))
		cells := readFODS(t, converted[sheet])
		var rec arrow.Record
		if filepath.Dir(sheet) == odd {
			srcs, err := out.ReadTable[schemas.Source](odd, schemas.Sources)
			if err != nil {
				t.Fatal(err)
			}
			rec, err = tb.Record(mem, srcs)
			if err != nil {
				t.Fatal(err)
			}
		} else if rec, err = tb.Record(mem, tableRows(ds, tb.Name)); err != nil {
			t.Fatal(err)
		}
		ed := sheetCSV
		if plain {
			ed = plainCSV
		}
		checkSheet(t, sheet, tb, rec, cells, ed)
		rec.Release()
	}
}

// edition is a file made for spreadsheets, as checkSheet reads it.
type edition int

const (
	plainCSV edition = iota // table.csv: for code
	sheetCSV                // table.spreadsheet.csv: text guarded against formulas
	workbook                // a sheet of figures.xlsx: typed cells
)

// checkSheet compares what LibreOffice read from a CSV file or a workbook's sheet with the
// table's rows. The plain CSV, for code, has the column names as its header and unquoted
// text: text that looks like a number or a boolean may become one there, which is what the
// spreadsheet edition and the workbook are for; everything else must read back exactly.
func checkSheet(t *testing.T, name string, tb *schemas.Table, rec arrow.Record, cells [][]odsCell, ed edition) {
	t.Helper()
	plain := ed == plainCSV
	if len(cells) != int(rec.NumRows())+1 {
		t.Errorf("%s: %d rows, want %d and the header", name, len(cells), rec.NumRows())
		return
	}
	for c, f := range tb.Fields {
		title := f.Title
		if plain {
			title = f.Name
		}
		if got := cells[0][c].Text; got != title {
			t.Errorf("%s: column %d title %q, want %q", name, c, got, title)
		}
	}
	for r := 0; r < int(rec.NumRows()); r++ {
		row := cells[r+1]
		for c, f := range tb.Fields {
			col := rec.Column(c)
			var got odsCell
			if c < len(row) {
				got = row[c]
			}
			if ed == workbook && (got.Formula == "of:=TRUE()" || got.Formula == "of:=FALSE()") {
				// LibreOffice reads a workbook's boolean cell as its boolean formula.
				got = odsCell{Type: "boolean", Bool: strings.ToLower(got.Text), Text: got.Text}
			}
			if got.Formula != "" {
				t.Errorf("%s row %d %s: a formula %q", name, r+1, f.Name, got.Formula)
			}
			want := odsCell{}
			switch a := col.(type) {
			case *array.String:
				if col.IsNull(r) || a.Value(r) == "" {
					break // an empty string is an empty cell to a spreadsheet, as null is
				}
				if _, err := strconv.ParseFloat(strings.NewReplacer(",", "", "%", "").Replace(a.Value(r)), 64); plain && err == nil {
					continue // "0012", "4,000", "85%": numbers once unquoted, in the plain file only
				}
				if v := a.Value(r); f.Date && len(v) == 10 {
					want = odsCell{Type: "date", Date: v, Text: v}
				} else if ed == workbook {
					want = odsCell{Type: "string", Text: v} // a typed text cell is never a formula
				} else {
					want = odsCell{Type: "string", Text: out.FormulaSafe(v)}
				}
			case *array.Boolean:
				if plain {
					continue // true/false: read as text or as a boolean, depending on the locale
				}
				want = odsCell{Type: "boolean", Bool: strconv.FormatBool(a.Value(r)), Text: strings.ToUpper(strconv.FormatBool(a.Value(r)))}
			default:
				if !col.IsNull(r) {
					v := col.ValueStr(r)
					want = odsCell{Type: "float", Value: v, Text: v}
				}
			}
			if want.Type == "float" {
				// LibreOffice writes the value in its own notation: compare numbers.
				gv, _ := strconv.ParseFloat(got.Value, 64)
				wv, _ := strconv.ParseFloat(want.Value, 64)
				if got.Type != "float" || gv != wv {
					t.Errorf("%s row %d %s: %+v, want the number %s", name, r+1, f.Name, got, want.Value)
				}
				continue
			}
			if got != want {
				t.Errorf("%s row %d %s: LibreOffice read %+v, want %+v", name, r+1, f.Name, got, want)
			}
		}
	}
}

func tableNamed(name string) *schemas.Table {
	for _, tb := range schemas.All() {
		if tb.Name == name {
			return tb
		}
	}
	return nil
}

// TestLibreOfficeOpensWorkbook opens figures.xlsx with LibreOffice Calc, headless, and
// reads every cell back: a first sheet with the codebook, then each table with its titles,
// text as text (Korean, ₩ and €, "0012", formulas' look-alikes), numbers (percentages in
// points) as numbers, full dates as dates, booleans as booleans; the header row frozen and
// filters on.
func TestLibreOfficeOpensWorkbook(t *testing.T) {
	needTool(t, "soffice")
	corpus := writeCorpus(t, map[string]string{
		"k.txt":         "북한 IT 산업\n\nThe ministry spent ₩3 trillion and €20m on 45% of the 0012 schools in 2019.\n",
		"b.txt":         "Budget\n\nThe ministry allocated US$ 12 million in 2004 to train about 1,500 programmers.\n",
		"manifest.yaml": "documents:\n  - id: \"0012\"\n    file: b.txt\n    title: \"=cmd|' /C calc'!A0\"\n    published: 2021-03-04\n",
	})
	ds, err := Build(corpus)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := Write(dir, "1.0.0", ds); err != nil {
		t.Fatal(err)
	}
	conv := t.TempDir()
	args := []string{"-env:UserInstallation=file://" + t.TempDir(), "--headless", "--convert-to", "fods", "--outdir", conv,
		filepath.Join(dir, out.WorkbookFile)}
	if b, err := exec.Command("soffice", args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	fods := filepath.Join(conv, "figures.fods")
	sheets, names := readFODSSheets(t, fods)
	want := []string{"README"}
	for _, tb := range schemas.All() {
		want = append(want, tb.Name)
	}
	if strings.Join(names, ",") != strings.Join(want, ",") {
		t.Fatalf("sheets %v, want %v", names, want)
	}
	if got := sheets["README"]; len(got) < 10 || !strings.HasPrefix(got[0][0].Text, "# ") {
		t.Errorf("README sheet: %d rows, first %+v", len(got), got)
	}
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	for _, tb := range schemas.All() {
		rec, err := tb.Record(mem, tableRows(ds, tb.Name))
		if err != nil {
			t.Fatal(err)
		}
		checkSheet(t, "figures.xlsx "+tb.Name, tb, rec, sheets[tb.Name], workbook)
		rec.Release()
	}
	// LibreOffice converts no view settings: the frozen header and the widths are read from
	// the workbook itself.
	wb, err := excelize.OpenFile(filepath.Join(dir, out.WorkbookFile))
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	for _, tb := range schemas.All() {
		panes, err := wb.GetPanes(tb.Name)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("sheet %s: panes %+v, %v; want the header row frozen", tb.Name, panes, err)
		}
	}
	for i, f := range schemas.Figures.Fields {
		if f.Name == "sentence" {
			col, _ := excelize.ColumnNumberToName(i + 1)
			if w, _ := wb.GetColWidth("figures", col); w < 30 {
				t.Errorf("figures sentence column (%s) width %v: not fitted to its sentences", col, w)
			}
		}
	}
	again := t.TempDir()
	if err := Write(again, "1.0.0", ds); err != nil {
		t.Fatal(err)
	}
	x, _ := os.ReadFile(filepath.Join(dir, out.WorkbookFile))
	y, _ := os.ReadFile(filepath.Join(again, out.WorkbookFile))
	if !bytes.Equal(x, y) {
		t.Error("the same dataset gives two different workbooks")
	}
	b, err := os.ReadFile(fods)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"북한 IT 산업", "₩3 trillion", "€20m", `table:display-filter-buttons="true"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the workbook as LibreOffice reads it lacks %q", want)
		}
	}
}
