package pipeline

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPageInChromium opens the release page from the file system in headless Chromium and
// uses it: it loads every figure with no request beyond the file and no script error, the
// category filter and the search box narrow the table, and a click shows the figure's
// sentence with the figure marked and its source. Screenshots of each step go to
// $FIGURES_SCREENSHOTS when set.
func TestPageInChromium(t *testing.T) {
	needTool(t, "chromium")
	script := "../testdata/browser/page.mjs"
	if _, err := os.Stat("../testdata/browser/node_modules/puppeteer-core"); err != nil {
		if os.Getenv("FIGURES_REQUIRE_TOOLS") != "" {
			t.Fatal("puppeteer-core not installed; run make test")
		}
		t.Skip("puppeteer-core not installed; make test installs it")
	}
	chromium, _ := exec.LookPath("chromium")
	dir, ds := release(t)
	shots := os.Getenv("FIGURES_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	}
	cmd := exec.Command("node", script, dir, shots, chromium)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("node %s: %v\n%s", script, err, stderr.String())
	}
	var got struct {
		Requests, Errors  []string
		Loaded, Funding   int
		FundingCategories []string
		Searched          int
		Charts            []struct {
			Title string
			Bars  int
		}
		Detail struct {
			Sentence, Source string
			Mark             *string
		}
		Selected string
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	if len(got.Requests) != 1 || !strings.HasSuffix(got.Requests[0], "/index.html") || len(got.Errors) > 0 {
		t.Errorf("requests %q, errors %q: want only the page itself, no error", got.Requests, got.Errors)
	}
	funding, searched := 0, 0
	first := -1
	for i, f := range ds.Figures {
		if f.Category != "funding" {
			continue
		}
		funding++
		if strings.Contains(strings.ToLower(f.Text+" "+f.Sentence), "swiss") {
			searched++
			if first < 0 {
				first = i
			}
		}
	}
	if got.Loaded != len(ds.Figures) || got.Funding != funding || got.Searched != searched || first < 0 {
		t.Errorf("rows: loaded %d, funding %d, searched %d; want %d, %d, %d", got.Loaded, got.Funding, got.Searched, len(ds.Figures), funding, searched)
	}
	if diff := cmp.Diff([]string{"funding"}, got.FundingCategories); diff != "" {
		t.Errorf("filtered categories (-want +got):\n%s", diff)
	}
	if first >= 0 {
		f := ds.Figures[first]
		if got.Selected != f.FigureID || got.Detail.Sentence != f.Sentence || got.Detail.Mark == nil || *got.Detail.Mark != f.Text {
			t.Errorf("clicked %s: detail %+v, want the sentence of %s with %q marked", got.Selected, got.Detail, f.FigureID, f.Text)
		}
		if !strings.Contains(got.Detail.Source, f.FigureID) {
			t.Errorf("detail source line %q", got.Detail.Source)
		}
	}
	if len(got.Charts) != 5 {
		t.Errorf("charts %+v", got.Charts)
	}
	for _, c := range got.Charts {
		if c.Bars == 0 {
			t.Errorf("chart %q has no bars", c.Title)
		}
	}
}
