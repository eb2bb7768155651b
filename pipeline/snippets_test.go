package pipeline

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/kpfigures/figures/pipeline/versions"
)

// codeBlockRE finds the fenced code blocks of a Markdown file, with their language.
var codeBlockRE = regexp.MustCompile("(?ms)^```(sql|python)\n(.*?)^```")

// snippets returns the code blocks of language lang in the Markdown file at path.
func snippets(t *testing.T, path, lang string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range codeBlockRE.FindAllStringSubmatch(string(b), -1) {
		if m[1] == lang {
			out = append(out, m[2])
		}
	}
	return out
}

// latestRelease is the committed latest release directory.
func latestRelease(t *testing.T) string {
	t.Helper()
	v, err := versions.Latest(filepath.Join("..", "releases"))
	if err != nil || v == "" {
		t.Fatalf("latest release: %q, %v", v, err)
	}
	dir, err := filepath.Abs(filepath.Join("..", "releases", v))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestREADMESQL runs every SQL snippet of the README and of the latest release's codebook
// in DuckDB, from the release directory, as a reader would: each statement must run and give
// rows.
func TestREADMESQL(t *testing.T) {
	_, nodeErr := exec.LookPath("node")
	_, modErr := os.Stat("../testdata/duckdb/node_modules/@duckdb/node-api")
	if nodeErr != nil || modErr != nil {
		if os.Getenv("FIGURES_REQUIRE_DUCKDB") != "" {
			t.Fatalf("DuckDB not installed (node: %v, module: %v); run make test", nodeErr, modErr)
		}
		t.Skip("DuckDB not installed; make test installs it")
	}
	dir := latestRelease(t)
	var blocks []string
	for _, md := range []string{"../README.md", filepath.Join(dir, "README.md")} {
		bs := snippets(t, md, "sql")
		if len(bs) == 0 {
			t.Errorf("%s: no SQL snippet", md)
		}
		blocks = append(blocks, bs...)
	}
	file := filepath.Join(t.TempDir(), "snippets.sql")
	if err := os.WriteFile(file, []byte(strings.Join(blocks, ";\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	script, _ := filepath.Abs("../testdata/duckdb/sql.mjs")
	cmd := exec.Command("node", script, dir, file)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	outb, err := cmd.Output()
	if err != nil {
		t.Fatalf("DuckDB: %v\n%s", err, stderr.String())
	}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(string(outb)), "\n") {
		var r struct {
			SQL  string `json:"sql"`
			Rows int    `json:"rows"`
		}
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		n++
		if r.Rows == 0 {
			t.Errorf("no rows from:\n%s", r.SQL)
		}
	}
	if n < 4 {
		t.Errorf("%d statements ran, want the README's three and the codebook's", n)
	}
}

// TestREADMEPython runs each Python snippet of the README from the latest release directory
// with an interpreter that has its library (pandas, polars). make test installs Debian's
// pandas (FIGURES_REQUIRE_TOOLS); a snippet whose library no interpreter here has is skipped,
// and says so.
func TestREADMEPython(t *testing.T) {
	dir := latestRelease(t)
	blocks := snippets(t, "../README.md", "python")
	if len(blocks) == 0 {
		t.Fatal("README: no Python snippet")
	}
	for _, code := range blocks {
		lib := strings.Fields(strings.SplitN(code, "\n", 2)[0])[1] // "import pandas as pd"
		t.Run(lib, func(t *testing.T) {
			python := ""
			for _, p := range []string{"/usr/bin/python3", "python3"} {
				if exec.Command(p, "-c", "import "+lib).Run() == nil {
					python = p
					break
				}
			}
			if python == "" {
				if lib == "pandas" && os.Getenv("FIGURES_REQUIRE_TOOLS") != "" {
					t.Fatal("no python3 with pandas; make test installs python3-pandas")
				}
				t.Skipf("no python3 here has %s", lib)
			}
			cmd := exec.Command(python, "-c", code)
			cmd.Dir = dir
			outb, err := cmd.CombinedOutput()
			if err != nil || len(bytes.TrimSpace(outb)) == 0 {
				t.Errorf("%s:\n%s\n%v: %s", python, code, err, outb)
			}
		})
	}
}
