package versions

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/pipeline/validate"
)

// LockFile is the lock of a releases directory (see Lock).
const LockFile = ".lock"

// Files beside the version directories.
const (
	LatestFile    = "latest"       // names the newest version; a file, not a symlink
	ChangelogFile = "CHANGELOG.md" // one entry per version, newest first
)

// FirstVersion is the version of the first release in an empty releases directory.
const FirstVersion = "1.0.0"

// version is a parsed MAJOR.MINOR.PATCH.
type version [3]int

func ParseVersion(s string) (version, error) {
	var v version
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return v, fmt.Errorf("version %q is not MAJOR.MINOR.PATCH", s)
	}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || (len(p) > 1 && p[0] == '0') {
			return v, fmt.Errorf("version %q is not MAJOR.MINOR.PATCH", s)
		}
		v[i] = n
	}
	return v, nil
}

func (v version) String() string { return fmt.Sprintf("%d.%d.%d", v[0], v[1], v[2]) }

func (v version) less(w version) bool { return slices.Compare(v[:], w[:]) < 0 }

// Next bumps prev by the part bump names (major, minor or patch).
func Next(prev, bump string) (string, error) {
	v, err := ParseVersion(prev)
	if err != nil {
		return "", err
	}
	switch bump {
	case "major":
		v = version{v[0] + 1, 0, 0}
	case "minor":
		v = version{v[0], v[1] + 1, 0}
	case "patch":
		v[2]++
	default:
		return "", fmt.Errorf("no change to bump %s for", prev)
	}
	return v.String(), nil
}

// Latest returns the version out/latest names, or, without that file, the highest
// version directory in out; "" when there is none.
func Latest(releases string) (string, error) {
	b, err := os.ReadFile(filepath.Join(releases, LatestFile))
	switch {
	case err == nil:
		v := strings.TrimSpace(string(b))
		if _, err := ParseVersion(v); err != nil {
			return "", fmt.Errorf("%s: %w", filepath.Join(releases, LatestFile), err)
		}
		if _, err := os.Stat(filepath.Join(releases, v)); err != nil {
			return "", fmt.Errorf("%s names %s: %w", filepath.Join(releases, LatestFile), v, err)
		}
		return v, nil
	case !errors.Is(err, fs.ErrNotExist):
		return "", err
	}
	versions, err := Dirs(releases)
	if err != nil || len(versions) == 0 {
		return "", err
	}
	return versions[len(versions)-1].String(), nil
}

// Dirs returns the versions published in out, lowest first.
func Dirs(releases string) ([]version, error) {
	entries, err := os.ReadDir(releases)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var vs []version
	for _, e := range entries {
		if v, err := ParseVersion(e.Name()); err == nil && e.IsDir() {
			vs = append(vs, v)
		}
	}
	slices.SortFunc(vs, func(a, b version) int { return slices.Compare(a[:], b[:]) })
	return vs, nil
}

// FinishInterrupted completes the publication of the highest version when a run was killed
// after renaming it into place but before naming it latest or before adding its changelog
// entry: the highest version is always latest, and every version has its entry.
func FinishInterrupted(releases string) error {
	versions, err := Dirs(releases)
	if err != nil || len(versions) == 0 {
		return err
	}
	highest := versions[len(versions)-1].String()
	latest, err := Latest(releases)
	if err != nil {
		return err
	}
	log, err := os.ReadFile(filepath.Join(releases, ChangelogFile))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if latest == highest && hasEntry(string(log), highest) {
		return nil
	}
	rep, err := validate.Release(filepath.Join(releases, highest), "")
	if err != nil {
		return err
	}
	if !rep.OK {
		return fmt.Errorf("%s: not a complete release (%v); remove it or repair it", filepath.Join(releases, highest), rep.Problems[0])
	}
	var diff *DatasetDiff
	if len(versions) > 1 {
		prev := versions[len(versions)-2].String()
		if diff, err = Diff(filepath.Join(releases, prev), filepath.Join(releases, highest)); err != nil {
			return err
		}
	}
	if latest != highest {
		if err := WriteLatest(releases, highest); err != nil {
			return err
		}
	}
	return PrependChangelog(releases, ChangelogEntry(highest, diff, rep.Rows))
}

// WriteLatest points out/latest at version, atomically.
func WriteLatest(releases, version string) error {
	return out.ReplaceFile(filepath.Join(releases, LatestFile), []byte(version+"\n"))
}

// ChangelogEntry describes a new version from its difference with the one before.
func ChangelogEntry(version string, d *DatasetDiff, counts map[string]int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n", version)
	if d == nil {
		fmt.Fprintf(&b, "First release: %d sources, %d figures (funding %d, graduates %d, coauthorship %d), %d checks findings, %d rejects.\n",
			counts["sources"], counts["figures"], counts["funding"], counts["graduates"], counts["coauthorship"], counts["checks"], counts["rejects"])
		return b.String()
	}
	kind := map[string]string{"major": "Major: the schema changed incompatibly.", "minor": "Minor: new or changed rows or columns.",
		"patch": "Patch: metadata only.", "": "Patch: the data, the schema and the codebook's wording are unchanged; numbers in the codebook (such as its measured quality) or the files' bytes changed."}[d.Bump()]
	fmt.Fprintf(&b, "%s Compared with %s.\n\n", kind, d.OldVersion)
	fmt.Fprintf(&b, "| table | added | removed | changed | rows now |\n|---|---|---|---|---|\n")
	unlisted := false
	for _, t := range d.Tables {
		added, removed, changed := t.Counts()
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d |\n", t.Table, added, removed, changed, counts[t.Table])
		unlisted = unlisted || t.Unlisted != nil
	}
	if unlisted {
		fmt.Fprintf(&b, "\nBeyond the first %d rows of each kind in a table, rows are matched by key alone: there a figure "+
			"whose id changed (its number or its sentence did) counts as one removed and one added. "+
			"`figures diff` pairs them all.\n", summaryRows)
	}
	writeFigureChanges(&b, d)
	if len(d.Schema) > 0 {
		b.WriteString("\nSchema changes:\n\n")
		for _, s := range d.Schema {
			fmt.Fprintf(&b, "- %s\n", s)
		}
	}
	if len(d.Metadata) > 0 {
		b.WriteString("\nMetadata: " + strings.Join(d.Metadata, ", ") + ".\n")
	}
	if len(d.NewFindings) > 0 {
		b.WriteString("\nChecks newly failing:\n\n")
		for _, f := range d.NewFindings {
			fmt.Fprintf(&b, "- %s\n", f)
		}
	}
	if len(d.FixedFinding) > 0 {
		b.WriteString("\nChecks no longer failing:\n\n")
		for _, f := range d.FixedFinding {
			fmt.Fprintf(&b, "- %s\n", f)
		}
	}
	return b.String()
}

// PrependChangelog adds entry at the top of out/CHANGELOG.md, below its title, unless the
// changelog has an entry for that version already (a killed run may have written it).
func PrependChangelog(releases, entry string) error {
	path := filepath.Join(releases, ChangelogFile)
	const title = "# Changelog\n\nGenerated by `figures release` from the difference between each version and the one before.\n\n"
	old, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if v, _, _ := strings.Cut(strings.TrimPrefix(entry, "## "), "\n"); hasEntry(string(old), v) {
		return nil
	}
	rest := strings.TrimPrefix(string(old), title)
	return out.ReplaceFile(path, []byte(title+entry+"\n"+rest))
}

// hasEntry reports whether a changelog has the entry of version.
func hasEntry(log, version string) bool {
	heading := "## " + version + "\n"
	return strings.HasPrefix(log, heading) || strings.Contains(log, "\n"+heading)
}

// maxChangelogFigures bounds the figures a changelog entry lists one by one; figures diff
// lists them all.
const maxChangelogFigures = 100

// writeFigureChanges lists the figures whose content changed (not those that only moved
// within their source), field by field, with their sentences.
func writeFigureChanges(b *strings.Builder, d *DatasetDiff) {
	for _, t := range d.Tables {
		if t.Table != "figures" {
			continue
		}
		var changed []RowChange
		for _, c := range t.Changed {
			if !c.Moved() {
				changed = append(changed, c)
			}
		}
		unlisted := 0
		if t.Unlisted != nil {
			unlisted = t.Unlisted.Changed
		}
		if len(changed)+unlisted == 0 {
			return
		}
		b.WriteString("\nFigures changed:\n\n")
		for i, c := range changed {
			if i == maxChangelogFigures {
				break
			}
			var fields []string
			for _, f := range c.Fields {
				if f.Field != "sentence" && !locatesRow(f.Field) {
					fields = append(fields, fmt.Sprintf("%s %q → %q", f.Field, f.Old, f.New))
				}
			}
			id := "`" + c.Key + "`"
			if c.OldKey != "" {
				id += " (was `" + c.OldKey + "`)"
			}
			fmt.Fprintf(b, "- %s: %s — in: %s\n", id, strings.Join(fields, "; "), c.Sentence)
		}
		if more := len(changed) + unlisted - maxChangelogFigures; more > 0 {
			fmt.Fprintf(b, "- and %d more (`figures diff` lists them all)\n", more)
		}
	}
}

func IsNewest(version, latest string) (bool, error) {
	if latest == "" {
		return true, nil
	}
	v, err := ParseVersion(version)
	if err != nil {
		return false, err
	}
	l, err := ParseVersion(latest)
	if err != nil {
		return false, err
	}
	return !v.less(l), nil
}
