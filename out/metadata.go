package out

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/kpfigures/figures/schemas"
)

// ChecksumFile lists the SHA-256 of every other file of a release.
const ChecksumFile = "SHA256SUMS"

// CitationFile says how to cite a release (Citation File Format).
const CitationFile = "CITATION.cff"

// DataLicense is the licence of the released data (figures and short sentence context);
// the sources' own rights stay with their authors.
const DataLicense = "CC-BY-4.0"

// Info describes a release for its descriptor and codebook.
type Info struct {
	Name    string
	Title   string
	Version string
	Counts  map[string]int // rows per table
	Notes   []string       // extra codebook sections: how figures are found, known limits
	Sources []Source       // data the release uses beside its documents: reference tables
}

// Source is data a release uses, cited in datapackage.json's sources.
type Source struct {
	Title string `json:"title"`
	Path  string `json:"path"`
}

type dpField struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Description string `json:"description"`
	Unit        string `json:"unit,omitempty"` // what the numbers count; not a Frictionless property, which it allows
	Constraints *struct {
		Required bool `json:"required"`
	} `json:"constraints,omitempty"`
}

type dpResource struct {
	Name        string `json:"name"`
	Path        string `json:"path"`
	Format      string `json:"format"`
	MediaType   string `json:"mediatype"`
	Encoding    string `json:"encoding,omitempty"`
	Description string `json:"description"`
	Hash        string `json:"hash"`
	Bytes       int64  `json:"bytes"`
	Rows        int    `json:"rows"`
	Schema      struct {
		Fields     []dpField `json:"fields"`
		PrimaryKey []string  `json:"primaryKey"`
	} `json:"schema"`
}

// WriteDataPackage writes datapackage.json (Frictionless Data Package): each table as a CSV
// resource and a Parquet resource, every field with its type and description.
func WriteDataPackage(dir string, info Info, tables []*schemas.Table, sums Sums) error {
	var names []string
	for _, t := range tables {
		names = append(names, t.Name+".csv", t.Name+".parquet")
	}
	if err := sums.Add(dir, names); err != nil {
		return err
	}
	var res []dpResource
	for _, t := range tables {
		for _, format := range []string{"csv", "parquet"} {
			r := dpResource{Name: t.Name, Path: t.Name + "." + format, Format: format,
				Description: t.Description, Rows: info.Counts[t.Name]}
			if format == "csv" {
				r.MediaType, r.Encoding = "text/csv", "utf-8"
			} else {
				r.Name += "-parquet"
				r.MediaType = "application/vnd.apache.parquet"
			}
			r.Hash, r.Bytes = "sha256:"+sums[r.Path].SHA256, sums[r.Path].Size
			for _, f := range t.Fields {
				df := dpField{Name: f.Name, Type: f.DataPackageType(), Description: f.Description, Unit: f.Unit}
				if !f.Nullable {
					df.Constraints = &struct {
						Required bool `json:"required"`
					}{true}
				}
				r.Schema.Fields = append(r.Schema.Fields, df)
			}
			r.Schema.PrimaryKey = []string{t.Key}
			res = append(res, r)
		}
	}
	pkg := map[string]any{
		"profile":   "tabular-data-package",
		"name":      info.Name,
		"title":     info.Title,
		"version":   info.Version,
		"licenses":  []map[string]string{{"name": DataLicense, "path": "https://creativecommons.org/licenses/by/4.0/", "title": "Creative Commons Attribution 4.0"}},
		"resources": res,
		"sources":   info.Sources,
		"description": "Figures (money, counts, percentages, durations) stated in policy reports, working papers and news " +
			"articles about the IT sector of the Korean peninsula, each with the byte offsets of its words in its source. " +
			"The licence covers the extracted figures and the short sentence context only; the source documents remain " +
			"the property of their authors and publishers.",
	}
	b, err := json.MarshalIndent(pkg, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "datapackage.json"), append(b, '\n'), 0o644)
}

// WriteChecksums writes SHA256SUMS for every other file in dir, in name order, in the
// format `sha256sum -c` reads. Files already in sums are not read again.
func WriteChecksums(dir string, sums Sums) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var names []string
	for _, e := range entries { // ReadDir sorts by name
		if !e.IsDir() && e.Name() != ChecksumFile {
			names = append(names, e.Name())
		}
	}
	if err := sums.Add(dir, names); err != nil {
		return err
	}
	var b strings.Builder
	for _, name := range names {
		fmt.Fprintf(&b, "%s  %s\n", sums[name].SHA256, name)
	}
	return os.WriteFile(filepath.Join(dir, ChecksumFile), []byte(b.String()), 0o644)
}

// Sums holds the checksums of files of a release directory by name, so that each file is
// read once for the descriptor and the checksum file both. Only files that will not change
// again belong in it.
type Sums map[string]FileSum

// FileSum is a file's SHA-256 (hex) and size.
type FileSum struct {
	SHA256 string
	Size   int64
}

// Add hashes the files of dir named in names that sums does not hold yet, several at once:
// the largest files of a release are hundreds of megabytes.
func (sums Sums) Add(dir string, names []string) error {
	var todo []string
	for _, n := range names {
		if _, ok := sums[n]; !ok {
			todo = append(todo, n)
		}
	}
	results := make([]FileSum, len(todo))
	err := atOnce(len(todo), runtime.NumCPU(), func(i int) error {
		sum, size, err := FileSHA256(filepath.Join(dir, todo[i]))
		results[i] = FileSum{sum, size}
		return err
	})
	if err != nil {
		return err
	}
	for i, n := range todo {
		sums[n] = results[i]
	}
	return nil
}

// ReadChecksums parses a SHA256SUMS file into file name → hex digest.
func ReadChecksums(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sums := map[string]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		sum, name, ok := strings.Cut(sc.Text(), "  ")
		if !ok || len(sum) != 64 {
			return nil, fmt.Errorf("%s: line %d: not '<sha256>  <file>'", path, n)
		}
		sums[name] = sum
	}
	return sums, sc.Err()
}

// FileSHA256 hashes a file as it streams by: release files can be larger than memory.
func FileSHA256(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, fmt.Errorf("%s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// WriteCodebook writes README.md: the tables and their fields, generated from the schemas,
// then the notes (how figures are found, vocabularies, known limits).
func WriteCodebook(dir string, info Info, tables []*schemas.Table) error {
	return writeFile(filepath.Join(dir, "README.md"), func(w io.Writer) error {
		fmt.Fprintf(w, "# %s — version %s\n\n", info.Title, info.Version)
		fmt.Fprintf(w, "Codebook generated from the schemas of the `figures` pipeline. Each table is given as Parquet "+
			"(`<table>.parquet`, zstd) and CSV (`<table>.csv`, RFC 4180, UTF-8, empty cell = null; a text cell that "+
			"would start with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` so that spreadsheets show it "+
			"as text rather than run it as a formula — Parquet holds the text as written). "+
			"%s"+
			"`<table>.spreadsheet.csv` holds the same rows for programs that import only CSV, with a UTF-8 byte-order mark "+
			"(which Excel needs), column titles for people, every text cell quoted, TRUE/FALSE and full dates bare; "+
			"choose UTF-8 in the import dialog of LibreOffice, whose default is not. "+
			"The Parquet files also carry the Arrow schema (`ARROW:schema`) and the field descriptions as JSON (`figures.field_descriptions`). "+
			"`index.html` shows the figures with filters, search, each figure's sentence and charts; open it from the file system. "+
			"For a PDF source, `text_<source_id>.txt` is the text extracted from it, in which its figures' offsets count (`sources.text_file`). "+
			"`datapackage.json` describes the same tables for Frictionless tools; `SHA256SUMS` lists every file's checksum. "+
			"Data licence: %s (figures and short sentence context only; the sources belong to their authors).\n\n", workbookNote(info), DataLicense)
		fmt.Fprintf(w, "## Tables\n\n| table | rows | description |\n|---|---|---|\n")
		for _, t := range tables {
			fmt.Fprintf(w, "| `%s` | %d | %s |\n", t.Name, info.Counts[t.Name], t.Description)
		}
		for _, t := range tables {
			fmt.Fprintf(w, "\n### `%s`\n\n%s Key: `%s`.\n\n| field | type | null | unit | description |\n|---|---|---|---|---|\n", t.Name, t.Description, t.Key)
			for _, f := range t.Fields {
				null := "no"
				if f.Nullable {
					null = "yes"
				}
				fmt.Fprintf(w, "| `%s` | %s | %s | %s | %s |\n", f.Name, f.DataPackageType(), null, f.Unit, strings.ReplaceAll(f.Description, "|", "\\|"))
			}
		}
		for _, n := range info.Notes {
			fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(n))
		}
		return nil
	})
}

// WriteCitation writes CITATION.cff for the release. It carries no release date: the same
// inputs must give the same bytes on any day.
func WriteCitation(dir string, info Info) error {
	cff := fmt.Sprintf(`cff-version: 1.2.0
message: "If you use this dataset, please cite it as below, and cite the source documents of the figures you use (see sources)."
type: dataset
title: %q
version: %q
license: %s
authors:
  - name: "The figures project contributors"
abstract: >-
  Figures (money amounts, counts, percentages, durations) stated in policy reports, working
  papers and news articles about the IT sector of the Korean peninsula, each with the byte
  offsets of its words in its source document. The licence covers the extracted figures and
  their short sentence context; the source documents remain the property of their authors.
keywords:
  - North Korea
  - South Korea
  - information technology
  - open data
`, info.Title, info.Version, DataLicense)
	return os.WriteFile(filepath.Join(dir, CitationFile), []byte(cff), 0o644)
}

// workbookNote is what the codebook says of figures.xlsx: how to open it, or why this
// release has none.
func workbookNote(info Info) string {
	if !HasWorkbook(info.Counts) {
		return fmt.Sprintf("This release has no `figures.xlsx`: its %d figures are more than the %d a workbook is written for; "+
			"open the CSV or Parquet files. ", info.Counts[schemas.Figures.Name], WorkbookMaxFigures)
	}
	return "For Excel, LibreOffice, Numbers or Google Sheets, open `figures.xlsx`: a sheet per table (after this codebook), " +
		"typed cells (text stays text, so \"0012\" stays \"0012\"; numbers, full dates and TRUE/FALSE as such), the header " +
		"row frozen, filters on. "
}
