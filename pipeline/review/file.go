package review

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/schemas"
)

// Rewrite writes the review file at path again with the entries of refresh rewritten (see
// refreshEntries), atomically, once the rewritten file is known to read back as the same
// entries.
func (r *Review) Rewrite(path string, refresh []Refresh) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	updated := refreshEntries(b, refresh)
	var check struct {
		Reviews []*Entry `yaml:"reviews"`
	}
	if err := schemas.DecodeYAML(path, updated, &check); err != nil || len(check.Reviews) != len(r.entries) {
		return fmt.Errorf("%s: the file could not be rewritten safely (%v); it is unchanged", path, err)
	}
	return out.ReplaceFile(path, updated)
}

var (
	entryStartRE = regexp.MustCompile(`^(\s*)- `)
	figureIDRE   = regexp.MustCompile(`^(\s*(?:- )?)figure_id:\s*([^\s#]*)(.*)$`)
	describesRE  = regexp.MustCompile(`^\s*(?:source_id|text|sentence):`)
)

// refreshEntries rewrites the entries of a review file (YAML, one list item per entry under
// "reviews:") that refresh names: a new figure_id in place, source_id, text and sentence
// after it, in place of any the entry had.
func refreshEntries(file []byte, refresh []Refresh) []byte {
	byEntry := map[int]Refresh{}
	for _, r := range refresh {
		byEntry[r.Entry] = r
	}
	lines := strings.SplitAfter(string(file), "\n")
	var out strings.Builder
	entry, itemIndent := 0, -1
	for _, line := range lines {
		if m := entryStartRE.FindStringSubmatch(line); m != nil && (itemIndent < 0 || len(m[1]) == itemIndent) {
			entry, itemIndent = entry+1, len(m[1])
		}
		r, ok := byEntry[entry]
		if !ok {
			out.WriteString(line)
			continue
		}
		if describesRE.MatchString(line) {
			continue // written again below figure_id
		}
		m := figureIDRE.FindStringSubmatch(strings.TrimRight(line, "\n"))
		if m == nil {
			out.WriteString(line)
			continue
		}
		fmt.Fprintf(&out, "%sfigure_id: %s%s\n", m[1], r.FigureID, m[3])
		indent := strings.Repeat(" ", len(m[1]))
		for _, kv := range [][2]string{{"source_id", r.SourceID}, {"text", r.Text}, {"sentence", r.Sentence}} {
			fmt.Fprintf(&out, "%s%s: %s\n", indent, kv[0], YAMLString(kv[1]))
		}
	}
	return []byte(out.String())
}

// YAMLString quotes s as a YAML double-quoted scalar (JSON's string syntax is one).
func YAMLString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(b.String(), "\n")
}
