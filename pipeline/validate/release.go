package validate

import (
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/apache/arrow/go/v17/arrow"

	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/pipeline/checks"
	"github.com/kpfigures/figures/schemas"
)

// Problem is one thing wrong with a release.
type Problem struct {
	File    string `json:"file"`
	Row     int    `json:"row,omitempty"` // 1-based data row, 0 for the whole file
	Message string `json:"message"`
}

func (p Problem) String() string {
	if p.Row > 0 {
		return fmt.Sprintf("%s: row %d: %s", p.File, p.Row, p.Message)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Message)
}

// Problems validates a release directory on its own: every file listed in SHA256SUMS
// present with its checksum and no file unlisted; every table's Parquet and CSV present,
// with the schema's columns, the same number of rows; figure rows passing the row rules,
// with their source present. With corpusDir, figures' text is also checked against the
// source bytes at their offsets.
func Problems(dir, corpusDir string) ([]Problem, error) {
	r, err := Release(dir, corpusDir)
	if err != nil {
		return nil, err
	}
	return r.Problems, nil
}

// Report is what figures validate tells about a release.
type Report struct {
	Release  string         `json:"release"`
	OK       bool           `json:"ok"`
	Rows     map[string]int `json:"rows"`     // per table, as read from Parquet
	Findings map[string]int `json:"findings"` // consistency findings per severity
	Problems []Problem      `json:"problems"`
}

// Release checks a release as Problems does and also counts what it holds.
func Release(dir, corpusDir string) (*Report, error) {
	probs, err := problems(dir, corpusDir)
	if err != nil {
		return nil, err
	}
	r := &Report{Release: dir, OK: len(probs) == 0, Rows: map[string]int{}, Findings: map[string]int{}, Problems: probs}
	if r.Problems == nil {
		r.Problems = []Problem{}
	}
	for _, t := range schemas.All() {
		if n, err := out.TableRows(dir, t); err == nil {
			r.Rows[t.Name] = int(n)
		}
	}
	if findings, err := out.ReadTable[schemas.Check](dir, schemas.Checks); err == nil {
		for _, c := range findings {
			r.Findings[c.Severity]++
		}
	}
	return r, nil
}

// String renders the report for people.
func (r *Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "release %s\n", r.Release)
	for _, t := range schemas.All() {
		fmt.Fprintf(&b, "  %-13s %6d rows\n", t.Name, r.Rows[t.Name])
	}
	fmt.Fprintf(&b, "  findings: %d error, %d warning, %d info\n", r.Findings[schemas.SeverityError],
		r.Findings[schemas.SeverityWarning], r.Findings[schemas.SeverityInfo])
	for _, p := range r.Problems {
		fmt.Fprintf(&b, "problem: %s\n", p)
	}
	if r.OK {
		b.WriteString("ok\n")
	} else {
		fmt.Fprintf(&b, "%d problems\n", len(r.Problems))
	}
	return b.String()
}

func problems(dir, corpusDir string) ([]Problem, error) {
	var probs []Problem
	add := func(file string, row int, format string, args ...any) {
		probs = append(probs, Problem{File: file, Row: row, Message: fmt.Sprintf(format, args...)})
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, err
	}
	if msg := otherSchema(dir); msg != "" {
		// Its rows would fail every rule written for this schema: say the one thing that matters.
		add("datapackage.json", 0, "%s", msg)
		return probs, nil
	}
	sums, err := out.ReadChecksums(filepath.Join(dir, out.ChecksumFile))
	if err != nil {
		add(out.ChecksumFile, 0, "%v", err)
	}
	for _, name := range slices.Sorted(maps.Keys(sums)) {
		sum, _, err := out.FileSHA256(filepath.Join(dir, name))
		switch {
		case err != nil:
			add(name, 0, "listed in %s but unreadable: %v", out.ChecksumFile, err)
		case sum != sums[name]:
			add(name, 0, "checksum mismatch: %s says %s, file has %s", out.ChecksumFile, sums[name], sum)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if _, ok := sums[e.Name()]; !ok && e.Name() != out.ChecksumFile && sums != nil {
			add(e.Name(), 0, "not listed in %s", out.ChecksumFile)
		}
	}
	for _, t := range schemas.All() {
		for _, f := range []string{t.Name + ".parquet", t.Name + ".csv"} {
			if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
				add(f, 0, "missing")
			}
		}
	}
	sources, err := out.ReadTable[schemas.Source](dir, schemas.Sources)
	if err != nil {
		add(schemas.Sources.Name+".parquet", 0, "%v", err)
	}
	figures, err := out.ReadTable[schemas.Figure](dir, schemas.Figures)
	if err != nil {
		add(schemas.Figures.Name+".parquet", 0, "%v", err)
	}
	for _, t := range schemas.All() {
		validateCSV(dir, t, add)
	}
	bySource := map[string]schemas.Source{}
	raws := map[string][]byte{}
	for i, s := range sources {
		var raw []byte
		if corpusDir != "" {
			if raw, err = os.ReadFile(filepath.Join(corpusDir, s.File)); err != nil {
				add("sources.parquet", i+1, "source %s: %v", s.SourceID, err)
			}
		}
		if err := schemas.SourceRules(&s, raw); err != nil {
			add("sources.parquet", i+1, "source %s: %v", s.SourceID, err)
		}
		text := raw // what the offsets count in
		if s.TextFile != nil {
			// Text extracted from the source ships with the release: the offsets are
			// checked against it, with or without the corpus.
			if text, err = os.ReadFile(filepath.Join(dir, filepath.Base(*s.TextFile))); err != nil {
				add("sources.parquet", i+1, "source %s: text_file: %v", s.SourceID, err)
			}
		}
		bySource[s.SourceID], raws[s.SourceID] = s, text
	}
	for i, f := range figures {
		src, ok := bySource[f.SourceID]
		if !ok {
			add("figures.parquet", i+1, "figure %s: source %q is not in sources", f.FigureID, f.SourceID)
			continue
		}
		size := src.Bytes
		if text := raws[f.SourceID]; src.TextFile != nil && text != nil {
			size = int64(len(text))
		}
		if err := schemas.FigureRules(&f, size, schemas.WholeText(raws[f.SourceID])); err != nil {
			add("figures.parquet", i+1, "figure %s: %v", f.FigureID, err)
		}
	}
	validateCategoryTables(dir, figures, add)
	validateChecksTable(dir, figures, add)
	return probs, nil
}

// otherSchema says how the release in dir was written with another schema than this
// program's (a column added since, say), or "" when its descriptor has this schema.
func otherSchema(dir string) string {
	d, err := out.ReadDataPackage(dir)
	if err != nil {
		return "" // a damaged or missing descriptor: the checks below report the files
	}
	have := map[string][]string{}
	for _, r := range d.Resources {
		if r.Format == "csv" || r.Format == "" {
			var names []string
			for _, f := range r.Schema.Fields {
				names = append(names, f.Name)
			}
			have[r.Name] = names
		}
	}
	for _, t := range schemas.All() {
		want := t.FieldNames()
		if got, ok := have[t.Name]; ok && !slices.Equal(got, want) {
			return fmt.Sprintf("the release was written with another schema (%s: columns %v, this figures writes %v): "+
				"validate it with the figures version that wrote it (see CHANGELOG.md)", t.Name, got, want)
		}
	}
	return ""
}

// validateChecksTable checks the checks table: known checks with their severities, findings about
// figures that exist, the figures' checks column in agreement; it re-runs the row-level
// checks on the figures; and every error-level finding is a problem.
func validateChecksTable(dir string, figures []schemas.Figure, add func(string, int, string, ...any)) {
	file := schemas.Checks.Name + ".parquet"
	findings, err := out.ReadTable[schemas.Check](dir, schemas.Checks)
	if err != nil {
		add(file, 0, "%v", err)
		return
	}
	rules := map[string]schemas.CheckRule{}
	for _, r := range schemas.CheckRules() {
		rules[r.ID] = r
	}
	figs := map[string]bool{}
	for _, f := range figures {
		figs[f.FigureID] = true
	}
	recorded := map[string]bool{}
	for i, c := range findings {
		recorded[c.FindingID] = true
		rule, ok := rules[c.CheckID]
		switch {
		case !ok:
			add(file, i+1, "unknown check %q", c.CheckID)
		case rule.Severity != c.Severity:
			add(file, i+1, "check %s has severity %s, but the rule's is %s", c.CheckID, c.Severity, rule.Severity)
		case c.Severity == schemas.SeverityError:
			add(file, i+1, "error-level check %s: %s", c.CheckID, c.Message)
		}
		for _, id := range strings.Split(c.FigureIDs, ";") {
			if id != "" && !figs[id] {
				add(file, i+1, "finding %s names figure %s, which is not in figures", c.FindingID, id)
			}
		}
	}
	for _, c := range checks.Rows(figures) {
		if c.Severity == schemas.SeverityError && !recorded[c.FindingID] {
			add("figures.parquet", 0, "error-level check %s: %s", c.CheckID, c.Message)
		}
	}
	want := checks.ByFigure(findings)
	for i, f := range figures {
		if got := schemas.Deref(f.Checks); got != want[f.FigureID] {
			add("figures.parquet", i+1, "figure %s lists checks %q, but the checks table gives %q", f.FigureID, got, want[f.FigureID])
		}
	}
}

// validateCategoryTables checks that every row of the funding, graduates and coauthorship
// tables is a released figure of that category, and that every such figure has its row.
func validateCategoryTables(dir string, figures []schemas.Figure, add func(string, int, string, ...any)) {
	byID := map[string]schemas.Figure{}
	want := map[schemas.Category]int{}
	for _, f := range figures {
		byID[f.FigureID] = f
		want[f.Category]++
	}
	check := func(t *schemas.Table, ids []string, category schemas.Category) {
		file := t.Name + ".parquet"
		for i, id := range ids {
			if f, ok := byID[id]; !ok {
				add(file, i+1, "figure %s is not in figures", id)
			} else if f.Category != category {
				add(file, i+1, "figure %s has category %s, not %s", id, f.Category, category)
			}
		}
		if len(ids) != want[category] {
			add(file, 0, "%d rows, but figures has %d of category %s", len(ids), want[category], category)
		}
	}
	tables := []struct {
		t        *schemas.Table
		category schemas.Category
		ids      func() ([]string, error)
	}{
		{schemas.FundingTable, schemas.CategoryFunding, func() ([]string, error) {
			return figureIDsOf(dir, schemas.FundingTable, func(r schemas.Funding) string { return r.FigureID })
		}},
		{schemas.GraduatesTable, schemas.CategoryGraduates, func() ([]string, error) {
			return figureIDsOf(dir, schemas.GraduatesTable, func(r schemas.Graduates) string { return r.FigureID })
		}},
		{schemas.CoauthorshipTable, schemas.CategoryCoauthorship, func() ([]string, error) {
			return figureIDsOf(dir, schemas.CoauthorshipTable, func(r schemas.Coauthorship) string { return r.FigureID })
		}},
	}
	for _, ct := range tables {
		ids, err := ct.ids()
		if err != nil {
			add(ct.t.Name+".parquet", 0, "%v", err)
			continue
		}
		check(ct.t, ids, ct.category)
	}
}

// figureIDsOf reads a category table and returns its rows' figure ids.
func figureIDsOf[T any](dir string, t *schemas.Table, id func(T) string) ([]string, error) {
	rows, err := out.ReadTable[T](dir, t)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = id(r)
	}
	return out, nil
}

func validateCSV(dir string, t *schemas.Table, add func(string, int, string, ...any)) {
	name := t.Name + ".csv"
	f, err := os.Open(filepath.Join(dir, name))
	if err != nil {
		return // reported as missing
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		add(name, 0, "header: %v", err)
		return
	}
	want := t.FieldNames()
	if !slices.Equal(header, want) {
		add(name, 0, "header %v, want %v", header, want)
	}
	for n := 1; ; n++ {
		rec, err := r.Read()
		if err != nil {
			if err != io.EOF {
				add(name, n, "%v", err)
			}
			return
		}
		if len(rec) != len(want) {
			add(name, n, "%d cells, want %d", len(rec), len(want))
			continue
		}
		for i, fl := range t.Fields {
			if fl.Type.ID() == arrow.STRING && out.FormulaSafe(rec[i]) != rec[i] {
				add(name, n, "%s %q would run as a formula in a spreadsheet", fl.Name, rec[i])
			}
		}
	}
}
