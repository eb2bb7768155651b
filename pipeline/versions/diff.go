package versions

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/kpfigures/figures/out"
)

// DatasetDiff is how one release differs from another: rows added, removed and changed per
// table (by each table's key), schema changes, and other content (codebook, descriptor,
// citation) that differs beyond the version number.
type DatasetDiff struct {
	Old          string      `json:"old"` // release directories
	New          string      `json:"new"`
	OldVersion   string      `json:"old_version"`
	NewVersion   string      `json:"new_version"`
	Tables       []TableDiff `json:"tables"`
	Schema       []string    `json:"schema_changes"` // "figures: column checks added", "figures: column year: integer → string"
	Breaking     bool        `json:"breaking"`       // a table or column removed, renamed or retyped
	Metadata     []string    `json:"metadata_changes"`
	NewFindings  []string    `json:"new_findings"` // consistency findings in the new release and not the old
	FixedFinding []string    `json:"fixed_findings"`
}

// TableDiff is the row difference of one table.
type TableDiff struct {
	Table    string      `json:"table"`
	Key      string      `json:"key"`
	Added    []string    `json:"added"`
	Removed  []string    `json:"removed"`
	Changed  []RowChange `json:"changed"`
	Unlisted *Unlisted   `json:"unlisted,omitempty"` // a summary's rows counted and not listed
}

// Unlisted counts the rows of a table that a Summary counted but did not list, beyond the
// first of each kind. Unlisted rows are matched by key alone: a figure whose id changed
// counts as one removed and one added, not paired with its old id as listed ones are.
type Unlisted struct {
	Added   int `json:"added"`
	Removed int `json:"removed"`
	Changed int `json:"changed"` // in content
	Moved   int `json:"moved"`   // only their offsets or figure_id
}

// Counts are the rows added, removed and changed, listed or not.
func (t TableDiff) Counts() (added, removed, changed int) {
	added, removed, changed = len(t.Added), len(t.Removed), len(t.Changed)
	if u := t.Unlisted; u != nil {
		added, removed, changed = added+u.Added, removed+u.Removed, changed+u.Changed+u.Moved
	}
	return added, removed, changed
}

// RowChange lists the fields of one row that changed.
type RowChange struct {
	Key      string        `json:"key"`
	OldKey   string        `json:"old_key,omitempty"`  // when the key changed too: a figure paired by its sentence
	Sentence string        `json:"sentence,omitempty"` // a figure's sentence, as it now reads
	Fields   []FieldChange `json:"fields"`
}

// Moved reports whether only where the row is or what it is called changed: its offsets
// (its document was edited elsewhere) or its figure_id (ids of another scheme).
func (c RowChange) Moved() bool {
	for _, f := range c.Fields {
		if !locatesRow(f.Field) {
			return false
		}
	}
	return true
}

// offsetColumns are the columns that say where a row's words are in its source.
var offsetColumns = map[string]bool{"start": true, "end": true, "sentence_start": true, "sentence_end": true, "page": true}

// locatesRow reports whether a column says where a row is or what it is called (its
// offsets, its figure_id), not what it states: a row changed only there moved.
func locatesRow(field string) bool { return offsetColumns[field] || field == "figure_id" }

// FieldChange is one changed cell, as CSV text.
type FieldChange struct {
	Field string `json:"field"`
	Old   string `json:"old"`
	New   string `json:"new"`
}

// Equal reports whether the releases hold the same data and schema and the same metadata.
func (d *DatasetDiff) Equal() bool {
	return d.RowsEqual() && len(d.Schema) == 0 && len(d.Metadata) == 0
}

// RowsEqual reports whether every table has the same rows.
func (d *DatasetDiff) RowsEqual() bool {
	for _, t := range d.Tables {
		if a, r, c := t.Counts(); a+r+c > 0 {
			return false
		}
	}
	return true
}

// Bump is the part of a semantic version this difference bumps: major for a breaking schema
// change (a column or table removed, renamed or retyped), minor for new columns or tables and
// for new or changed rows, patch for metadata only, "" for none.
func (d *DatasetDiff) Bump() string {
	switch {
	case d.Breaking:
		return "major"
	case len(d.Schema) > 0 || !d.RowsEqual():
		return "minor"
	case len(d.Metadata) > 0:
		return "patch"
	}
	return ""
}

// Diff compares two release directories through their Data Package descriptors
// and CSV files, so releases of any schema version compare. It lists every row that
// differs, so its memory grows with their number; Summary lists a bounded few.
func Diff(oldDir, newDir string) (*DatasetDiff, error) { return diff(oldDir, newDir, 0) }

// summaryRows is how many rows of each kind (added, removed, changed, moved) a Summary
// lists per table: about 60 MB of rows read back at most, whatever the releases' size.
var summaryRows = 2000

// Summary compares two releases as Diff does, listing the first rows of each kind in each
// table and counting the others (TableDiff.Unlisted), in memory bounded whatever the size
// of the releases and of their difference: what a changelog entry needs.
func Summary(oldDir, newDir string) (*DatasetDiff, error) { return diff(oldDir, newDir, summaryRows) }

// diff lists at most limit rows of each kind per table; 0 lists them all.
func diff(oldDir, newDir string, limit int) (*DatasetDiff, error) {
	od, err := out.ReadDataPackage(oldDir)
	if err != nil {
		return nil, err
	}
	nd, err := out.ReadDataPackage(newDir)
	if err != nil {
		return nil, err
	}
	d := &DatasetDiff{Old: oldDir, New: newDir, OldVersion: od.Version, NewVersion: nd.Version, Schema: []string{}, Metadata: []string{}}
	type table struct {
		path    string
		key     string
		keyDesc string // what the key is: a new definition changes every key
		fields  map[string]string
		order   []string
	}
	tables := func(desc *out.Descriptor) map[string]table {
		out := map[string]table{}
		for _, r := range desc.Resources {
			if r.Format != "csv" {
				continue
			}
			t := table{path: r.Path, fields: map[string]string{}}
			if len(r.Schema.PrimaryKey) > 0 {
				t.key = r.Schema.PrimaryKey[0]
			}
			for _, f := range r.Schema.Fields {
				t.fields[f.Name] = f.Type
				t.order = append(t.order, f.Name)
				if f.Name == t.key {
					t.keyDesc = f.Description
				}
			}
			out[r.Name] = t
		}
		return out
	}
	ot, nt := tables(od), tables(nd)
	// The rows of both releases are sorted by key on disk, beside the system's other
	// temporary files.
	tmp, err := os.MkdirTemp("", "figures-diff-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	var read []diffTable
	for _, name := range slices.Sorted(maps.Keys(ot)) {
		if _, ok := nt[name]; !ok {
			d.Schema = append(d.Schema, fmt.Sprintf("table %s removed", name))
			d.Breaking = true
		}
	}
	for _, name := range slices.Sorted(maps.Keys(nt)) {
		n := nt[name]
		o, ok := ot[name]
		if !ok {
			d.Schema = append(d.Schema, fmt.Sprintf("table %s added", name))
			o = table{fields: map[string]string{}}
		}
		for _, f := range o.order {
			switch typ, ok := n.fields[f]; {
			case !ok:
				d.Schema = append(d.Schema, fmt.Sprintf("%s: column %s removed", name, f))
				d.Breaking = true
			case typ != o.fields[f]:
				d.Schema = append(d.Schema, fmt.Sprintf("%s: column %s: %s → %s", name, f, o.fields[f], typ))
				d.Breaking = true
			}
		}
		for _, f := range n.order {
			if _, ok := o.fields[f]; !ok && o.path != "" {
				d.Schema = append(d.Schema, fmt.Sprintf("%s: column %s added", name, f))
			}
		}
		key := n.key
		switch {
		case o.path != "" && o.key != key:
			d.Schema = append(d.Schema, fmt.Sprintf("%s: key %s → %s", name, o.key, key))
			d.Breaking = true
		case o.path != "" && o.keyDesc != n.keyDesc:
			// The same column, derived another way: joins on it with older releases break.
			d.Schema = append(d.Schema, fmt.Sprintf("%s: key %s redefined, so every key changes once (figures diff pairs old and new figures by source and sentence): %s", name, key, n.keyDesc))
			d.Breaking = true
		}
		r := diffTable{name: name, key: key, order: n.order, old: side{key: o.key}, new: side{path: filepath.Join(newDir, n.path), key: key}}
		var compared []string
		if o.path != "" {
			r.old.path = filepath.Join(oldDir, o.path)
			for _, f := range n.order {
				if _, ok := o.fields[f]; ok {
					compared = append(compared, f)
				}
			}
		}
		if r.unlisted, err = readDifference(&r.old, &r.new, compared, limit, tmp); err != nil {
			return nil, err
		}
		read = append(read, r)
	}
	// A figure whose id changed (its number did, or the ids are of another scheme) is the
	// same figure: paired by its source and sentence, it is a changed row, here and in the
	// tables keyed by figure_id.
	var pairs map[string]string // new figure_id → old
	for _, r := range read {
		if r.name == "figures" {
			pairs = pairFigures(r.old, r.new)
		}
	}
	for _, r := range read {
		td := r.diff(pairs)
		if r.name == "checks" {
			d.NewFindings, d.FixedFinding = findingChanges(r.old.rows, r.new.rows, td)
		}
		d.Tables = append(d.Tables, td)
	}
	d.Metadata, err = metadataChanges(oldDir, newDir, od.Version, nd.Version)
	return d, err
}

// findingChanges describes the checks added and removed, as "check_id (severity): message".
// A finding's id hashes its figures' ids: one whose description is in both releases is the
// same finding about figures whose ids changed, neither new nor fixed.
func findingChanges(oldRows, newRows map[string]map[string]string, td TableDiff) (added, fixed []string) {
	describe := func(r map[string]string) string {
		return fmt.Sprintf("%s (%s): %s", r["check_id"], r["severity"], r["message"])
	}
	was, is := map[string]bool{}, map[string]bool{}
	for _, k := range td.Removed {
		was[describe(oldRows[k])] = true
	}
	for _, k := range td.Added {
		is[describe(newRows[k])] = true
	}
	for _, k := range td.Added {
		if d := describe(newRows[k]); !was[d] {
			added = append(added, d)
		}
	}
	for _, k := range td.Removed {
		if d := describe(oldRows[k]); !is[d] {
			fixed = append(fixed, d)
		}
	}
	return added, fixed
}

// metadataChanges lists the non-table files (codebook, descriptor, citation) whose content
// differs once the version numbers and the tables' own hashes and sizes are set aside.
func metadataChanges(oldDir, newDir, oldVersion, newVersion string) ([]string, error) {
	var changed []string
	for _, name := range []string{"README.md", "datapackage.json", out.CitationFile} {
		ob, oerr := os.ReadFile(filepath.Join(oldDir, name))
		nb, nerr := os.ReadFile(filepath.Join(newDir, name))
		switch {
		case errors.Is(oerr, fs.ErrNotExist) && errors.Is(nerr, fs.ErrNotExist):
			continue
		case errors.Is(oerr, fs.ErrNotExist):
			changed = append(changed, name+" added")
			continue
		case errors.Is(nerr, fs.ErrNotExist):
			changed = append(changed, name+" removed")
			continue
		case oerr != nil:
			return nil, oerr
		case nerr != nil:
			return nil, nerr
		}
		if !bytes.Equal(normalizeMetadata(name, ob, oldVersion), normalizeMetadata(name, nb, newVersion)) {
			changed = append(changed, name+" changed")
		}
	}
	return changed, nil
}

var digitsRE = regexp.MustCompile(`\d+`)

// normalizeMetadata blanks what legitimately differs between versions: the version itself,
// the files' hashes, sizes and row counts, and the codebook's numbers.
func normalizeMetadata(name string, b []byte, version string) []byte {
	if version != "" {
		b = bytes.ReplaceAll(b, []byte(version), []byte("{version}"))
	}
	switch name {
	case "README.md":
		// The codebook counts rows, figures and findings: those differ with the data, which
		// the tables' diff reports. Compare its words.
		return digitsRE.ReplaceAll(b, []byte("#"))
	case "datapackage.json":
	default:
		return b
	}
	var lines []string
	for _, l := range strings.Split(string(b), "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, `"hash":`) || strings.HasPrefix(t, `"bytes":`) || strings.HasPrefix(t, `"rows":`) {
			continue
		}
		lines = append(lines, l)
	}
	return []byte(strings.Join(lines, "\n"))
}

// Text renders the difference for people.
func (d *DatasetDiff) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "--- %s (%s)\n+++ %s (%s)\n", d.Old, d.OldVersion, d.New, d.NewVersion)
	if d.Equal() {
		b.WriteString("no differences\n")
		return b.String()
	}
	for _, s := range d.Schema {
		fmt.Fprintf(&b, "schema: %s\n", s)
	}
	for _, t := range d.Tables {
		added, removed, changed := t.Counts()
		if added+removed+changed == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s: %d added, %d removed, %d changed (by %s)\n", t.Table, added, removed, changed, t.Key)
		for _, k := range t.Added {
			fmt.Fprintf(&b, "  + %s\n", k)
		}
		for _, k := range t.Removed {
			fmt.Fprintf(&b, "  - %s\n", k)
		}
		moved := 0
		for _, c := range t.Changed {
			if c.Moved() {
				moved++
				continue
			}
			writeChange(&b, c)
		}
		if moved > 0 {
			fmt.Fprintf(&b, "  ~ %d rows moved or renamed: only their offsets or figure_id changed (--format json lists them)\n", moved)
		}
		if u := t.Unlisted; u != nil {
			fmt.Fprintf(&b, "  … and %d added, %d removed, %d changed, %d moved not listed (matched by key alone)\n", u.Added, u.Removed, u.Changed, u.Moved)
		}
	}
	for _, m := range d.Metadata {
		fmt.Fprintf(&b, "metadata: %s\n", m)
	}
	for _, f := range d.NewFindings {
		fmt.Fprintf(&b, "new finding: %s\n", f)
	}
	return b.String()
}

// writeChange writes one changed row for people: its key, its sentence for a figure, and
// each changed field.
func writeChange(b *strings.Builder, c RowChange) {
	if c.OldKey != "" {
		fmt.Fprintf(b, "  ~ %s (was %s)\n", c.Key, c.OldKey)
	} else {
		fmt.Fprintf(b, "  ~ %s\n", c.Key)
	}
	if c.Sentence != "" {
		fmt.Fprintf(b, "      in: %s\n", c.Sentence)
	}
	for _, f := range c.Fields {
		if f.Field == "sentence" {
			continue // shown above, as it now reads
		}
		fmt.Fprintf(b, "      %s: %q → %q\n", f.Field, f.Old, f.New)
	}
}
