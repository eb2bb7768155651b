package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kpfigures/figures/extract/lexicon"
)

var update = flag.Bool("update", false, "rewrite the expected outputs under testdata/cli")

var durationRE = regexp.MustCompile(`\b\d+(\.\d+)?(ns|µs|ms|s|m)\b`)

// TestCLI runs the cases of testdata/cli in-process: each directory holds args (one per
// line; $TMP is a fresh temporary directory), and the expected stdout, stderr and exitcode,
// in which the temporary directory reads $TMP. Regenerate with go test ./cmd/figures -update.
func TestCLI(t *testing.T) {
	cases, err := filepath.Glob("../../testdata/cli/*/args")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no CLI cases: %v", err)
	}
	for _, argsFile := range cases {
		dir := filepath.Dir(argsFile)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			tmp := t.TempDir()
			b, err := os.ReadFile(argsFile)
			if err != nil {
				t.Fatal(err)
			}
			args := []string{"figures"}
			for _, a := range strings.Split(strings.TrimSpace(string(b)), "\n") {
				args = append(args, strings.ReplaceAll(a, "$TMP", tmp))
			}
			var stdout, stderr bytes.Buffer
			code := run(args, &stdout, &stderr)
			// Durations vary from run to run; the expected files read <duration>.
			clean := func(s string) string {
				return durationRE.ReplaceAllString(strings.ReplaceAll(s, tmp, "$TMP"), "<duration>")
			}
			got := map[string]string{
				"stdout":   clean(stdout.String()),
				"stderr":   clean(stderr.String()),
				"exitcode": strconv.Itoa(code) + "\n",
			}
			for _, name := range []string{"stdout", "stderr", "exitcode"} {
				path := filepath.Join(dir, name)
				if *update {
					if err := os.WriteFile(path, []byte(got[name]), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(string(want), got[name]); diff != "" {
					t.Errorf("%s (-want +got):\n%s", name, diff)
				}
			}
		})
	}
}

func TestFlagsFirst(t *testing.T) {
	got := flagsFirst([]string{"figures", "validate", "DIR", "--corpus", "c", "--format=json", "--force"})
	want := []string{"figures", "validate", "--corpus", "c", "--format=json", "--force", "DIR"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestReviewYAMLMakesAValidFile writes figures review --format yaml of a corpus without a
// review file into its review.yaml, as a new user would ("> review.yaml"), and releases it:
// every figure comes out confirmed. Appended to an existing file (">>"), the entries extend
// its list.
func TestReviewYAMLMakesAValidFile(t *testing.T) {
	corpus := t.TempDir()
	b, err := os.ReadFile("../../testdata/cli/small/budget.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(corpus, "budget.txt"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	review := filepath.Join(corpus, "review.yaml")
	if err := os.WriteFile(review, nil, 0o644); err != nil { // the shell creates it first
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"figures", "review", "--corpus", corpus, "--format", "yaml"}, &stdout, &stderr); code != 0 {
		t.Fatalf("review: exit %d: %s", code, stderr.String())
	}
	if err := os.WriteFile(review, stdout.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"figures", "release", "--corpus", corpus, "--out", out, "--quiet"}, &stdout, &stderr); code != 0 {
		t.Fatalf("release with the written review file: exit %d: %s", code, stderr.String())
	}
	figs, err := os.ReadFile(filepath.Join(out, "1.0.0", "figures.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(figs), ",confirmed,"); n != 4 {
		t.Errorf("%d figures confirmed, want 4:\n%s", n, figs)
	}
}

// TestLexiconFlag: --lexicon reads the domain words from a directory of one's own, and a
// directory that does not load is bad input (exit 3) named with its file and line.
func TestLexiconFlag(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, lexicon.Files()); err != nil {
		t.Fatal(err)
	}
	units := filepath.Join(dir, "units.tsv")
	b, err := os.ReadFile(units)
	if err != nil {
		t.Fatal(err)
	}
	// An edit: papers are no longer a unit of their own.
	if err := os.WriteFile(units, regexp.MustCompile(`(?m)^papers?\t.*\n`).ReplaceAll(b, nil), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(doc, []byte("They co-authored 657 papers in 2019.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	unitOf := func(args ...string) string {
		var stdout, stderr bytes.Buffer
		if code := run(append([]string{"figures", "extract", doc, "--format", "jsonl"}, args...), &stdout, &stderr); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr.String())
		}
		var f struct{ Unit string }
		if err := json.Unmarshal(bytes.TrimSpace(stdout.Bytes()), &f); err != nil {
			t.Fatalf("%v: %v: %s", args, err, stdout.String())
		}
		return f.Unit
	}
	if got := unitOf(); got != "papers" {
		t.Errorf("built-in lexicon: unit %q, want papers", got)
	}
	if got := unitOf("--lexicon", dir); got != "count" {
		t.Errorf("edited lexicon: unit %q, want count", got)
	}

	if err := os.WriteFile(units, []byte("papers papers\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"figures", "extract", doc, "--lexicon", dir}, &stdout, &stderr)
	if code != ExitInput || !strings.Contains(stderr.String(), "units.tsv: line 1") {
		t.Errorf("malformed lexicon: exit %d, stderr %q", code, stderr.String())
	}
}
