package pipeline

import (
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
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const office, table, text = "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
		"urn:oasis:names:tc:opendocument:xmlns:table:1.0", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	dec := xml.NewDecoder(f)
	var rows [][]odsCell
	var cell *odsCell
	repeat, paras, inP := 1, 0, false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return rows
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
			Published: ptr("2021-03-04"), Authors: ptr("+Kim; -Lee"), URL: ptr("@home")},
		{SourceID: "0012", File: "b.txt", SHA256: strings.Repeat("1", 64), Bytes: 7, Title: "4,000", Published: ptr("2019")},
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
			srcs, err := readParquet[schemas.Source](odd, schemas.Sources)
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
		checkSheet(t, sheet, tb, rec, cells, plain)
		rec.Release()
	}
}

// checkSheet compares what LibreOffice read from a CSV file with the table's rows. The plain
// CSV, for code, has the column names as its header and unquoted text: text that looks
// like a number or a boolean may become one there, which is what the spreadsheet edition
// is for; everything else must read back exactly.
func checkSheet(t *testing.T, name string, tb *schemas.Table, rec arrow.Record, cells [][]odsCell, plain bool) {
	t.Helper()
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
