package out

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v17/arrow/memory"

	"github.com/kpfigures/figures/schemas"
)

// csvOf writes rows of table tb as CSV through an Arrow record, checking Arrow memory.
func csvOf(t *testing.T, tb *schemas.Table, rows any) string {
	t.Helper()
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec, err := tb.Record(mem, rows)
	if err != nil {
		t.Fatal(err)
	}
	defer rec.Release()
	var b bytes.Buffer
	if err := WriteCSV(&b, rec); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestWriteCSV(t *testing.T) {
	got := csvOf(t, schemas.Rejects, []schemas.Reject{
		{Table: "figures", RowID: "f1", SourceID: "s", Start: 12, Text: `say "hi", then`, Reason: "line\nbreak"},
	})
	// RFC 4180: quotes doubled, fields with commas or line breaks quoted, CRLF line ends (a
	// line break inside a field is written CRLF too; CSV readers give it back as a break).
	want := "table,row_id,source_id,start,text,reason\r\n" +
		"figures,f1,s,12,\"say \"\"hi\"\", then\",\"line\r\nbreak\"\r\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestCSVFormulaSafe: text cells that a spreadsheet would run as formulas (CWE-1236) are
// written as text; numbers, negative ones too, stay numbers.
func TestCSVFormulaSafe(t *testing.T) {
	got := csvOf(t, schemas.Rejects, []schemas.Reject{
		{Table: "figures", RowID: "f1", SourceID: "s", Start: -1, Text: "=HYPERLINK(\"http://x\",\"4,000\")", Reason: "+1 more"},
		{Table: "figures", RowID: "f2", SourceID: "s", Start: 3, Text: "-40%", Reason: "@risk"},
		{Table: "figures", RowID: "f3", SourceID: "s", Start: 4, Text: "'=already quoted", Reason: "\tindented"},
	})
	want := "table,row_id,source_id,start,text,reason\r\n" +
		"figures,f1,s,-1,\"'=HYPERLINK(\"\"http://x\"\",\"\"4,000\"\")\",'+1 more\r\n" +
		"figures,f2,s,3,'-40%,'@risk\r\n" +
		"figures,f3,s,4,''=already quoted,'\tindented\r\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	for _, s := range []string{"=1+1", "+", "-", "@", "\t", "\r", "'=x", "''@", "'", "", "plain", "it's", "'quoted'", "a=b"} {
		safe := FormulaSafe(s)
		if formulaStart(safe) && !strings.HasPrefix(safe, "'") || PlainText(safe) != s {
			t.Errorf("%q: safe %q, back %q", s, safe, PlainText(safe))
		}
		if s != "" && strings.IndexByte("=+-@\t\r", safe[0]) >= 0 {
			t.Errorf("%q: %q starts like a formula", s, safe)
		}
	}
}

func TestWriteCSVNumbersAndNulls(t *testing.T) {
	rows := []schemas.Funding{{FigureID: "f", SourceID: "s", Amount: new(38000000.0), Currency: "USD",
		Qualifier: "exact", Year: new(int32(2006)), Text: "US$ 38M", Sentence: "x"},
		{FigureID: "g", SourceID: "s", AmountLow: new(1.2e9), AmountHigh: new(0.25), Currency: "USD", Qualifier: "range", Text: "t", Sentence: "y"}}
	got := csvOf(t, schemas.FundingTable, rows)
	const columns = "figure_id,source_id,amount,amount_low,amount_high,currency,currency_inferred,qualifier,purpose,party,year,text,sentence," +
		"kind,same_as,price_year,amount_usd,amount_usd_real,usd_note\r\n"
	want := columns +
		"f,s,38000000,,,USD,false,exact,,,2006,US$ 38M,x,,,,,,\r\n" +
		"g,s,,1200000000,0.25,USD,false,range,,,,t,y,,,,,,\r\n"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestDataPackageAndChecksums(t *testing.T) {
	dir := t.TempDir()
	rows := []schemas.Source{{SourceID: "s", File: "s.txt", SHA256: schemas.SHA256(nil), Title: "t"}}
	for _, tb := range schemas.All() {
		var err error
		if tb == schemas.Sources {
			err = WriteTable(dir, tb, rows)
		} else {
			err = os.WriteFile(filepath.Join(dir, tb.Name+".csv"), nil, 0o644)
			if err == nil {
				err = os.WriteFile(filepath.Join(dir, tb.Name+".parquet"), nil, 0o644)
			}
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	info := Info{Name: "n", Title: "T", Version: "1.0.0", Counts: map[string]int{"sources": 1}}
	if err := WriteDataPackage(dir, info, schemas.All(), Sums{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteChecksums(dir, Sums{}); err != nil {
		t.Fatal(err)
	}
	var pkg struct {
		Resources []struct {
			Name, Path, Hash string
			Schema           struct {
				Fields []struct{ Name, Type, Description string }
			}
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "datapackage.json"))
	if err := json.Unmarshal(b, &pkg); err != nil {
		t.Fatal(err)
	}
	if len(pkg.Resources) != 2*len(schemas.All()) {
		t.Fatalf("%d resources", len(pkg.Resources))
	}
	sums, err := ReadChecksums(filepath.Join(dir, ChecksumFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range pkg.Resources {
		if r.Hash != "sha256:"+sums[r.Path] {
			t.Errorf("%s: hash %s, file %s", r.Path, r.Hash, sums[r.Path])
		}
		for _, f := range r.Schema.Fields {
			if f.Type == "" || f.Description == "" {
				t.Errorf("%s.%s: no type or description", r.Name, f.Name)
			}
		}
	}
	if _, ok := sums["datapackage.json"]; !ok {
		t.Error("SHA256SUMS does not cover datapackage.json")
	}
}
