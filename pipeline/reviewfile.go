package pipeline

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// UpdateReview writes the review file of corpusDir again with what each entry should now
// say about its figure (see Refresh): the current figure_id of an entry that matched its
// figure by sentence, and the figure's source_id, text and sentence where the entry lacks
// them. Entries that give only a figure_id no release of releasesDir knows any more stay as
// they are (Stale lists them). The file's other lines and comments are kept. It returns the
// entries rewritten, and the stale entries as an error to show beside them.
func UpdateReview(corpusDir, releasesDir string) (refreshed []Refresh, stale, err error) {
	c, err := OpenCorpus(corpusDir)
	if err != nil {
		return nil, nil, err
	}
	// Entries written before figure ids came from content name figures of older releases:
	// their sentences, from those releases, let them find their figures now.
	versions, err := versionDirs(releasesDir)
	if err != nil {
		return nil, nil, err
	}
	for i := len(versions) - 1; i >= 0; i-- {
		if err := c.Review.Recall(filepath.Join(releasesDir, versions[i].String())); err != nil {
			return nil, nil, err
		}
	}
	if err := c.run(false, nil, 1, &Dataset{}, &memSpill{}); err != nil {
		return nil, nil, err
	}
	refreshed = c.Review.Refreshes()
	if len(refreshed) == 0 {
		return nil, c.Review.Stale(), nil
	}
	path := filepath.Join(corpusDir, ReviewFile)
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	updated := refreshEntries(b, refreshed)
	var check struct {
		Reviews []*ReviewEntry `yaml:"reviews"`
	}
	if err := decodeYAML(path, updated, &check); err != nil || len(check.Reviews) != len(c.Review.entries) {
		return nil, nil, fmt.Errorf("%s: the file could not be rewritten safely (%v); it is unchanged", path, err)
	}
	if err := replaceFile(path, updated); err != nil {
		return nil, nil, err
	}
	return refreshed, c.Review.Stale(), nil
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
