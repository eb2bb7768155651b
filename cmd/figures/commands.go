package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/pipeline"
	"github.com/kpfigures/figures/schemas"
)

func releaseCommand() *cli.Command {
	return &cli.Command{
		Name:      "release",
		Usage:     "build the dataset from a corpus and write releases/<version>/",
		UsageText: "figures release [--corpus DIR] [--out DIR] [--version V] [--force]",
		Description: `Runs extract → normalize → validate → release over every *.txt file of the corpus and
writes Parquet, CSV, datapackage.json, README.md and SHA256SUMS into OUT/VERSION, atomically.
An existing version with identical content is left as is; a different one needs --force.

Examples:
   figures release
   figures release --corpus ~/reports --out /tmp/releases --version 0.2.0`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "corpus", Value: "corpus", Usage: "directory of source `DIR` (*.txt, optional manifest.yaml)"},
			&cli.StringFlag{Name: "out", Value: "releases", Usage: "directory `DIR` that holds the versions"},
			&cli.StringFlag{Name: "version", Value: pipeline.DefaultVersion, Usage: "dataset `VERSION` (MAJOR.MINOR.PATCH)"},
			&cli.BoolFlag{Name: "force", Usage: "replace an existing version whose content differs"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("unexpected argument %q (use --corpus DIR)", c.Args().First())
			}
			sum, err := pipeline.Release(pipeline.Options{Corpus: c.String("corpus"), Out: c.String("out"),
				Version: c.String("version"), Force: c.Bool("force")})
			if err != nil {
				return err
			}
			state := "written"
			if sum.Unchanged {
				state = "unchanged (identical content already released)"
			}
			n := sum.Counts
			fmt.Fprintf(c.App.Writer, "%s: %s — %d sources, %d figures (funding %d, graduates %d, coauthorship %d), %d rejected\n",
				sum.Dir, state, n["sources"], n["figures"], n["funding"], n["graduates"], n["coauthorship"], n["rejects"])
			return nil
		},
	}
}

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "show the figures of a document or directory, with each figure marked in its sentence",
		UsageText: "figures extract FILE|DIR [--format table|jsonl|csv]",
		Description: `Runs extract and normalize (no validation, nothing written) and prints every figure with
its byte offsets, value, unit, qualifier, category and year, and its sentence with the
figure between ⟦ and ⟧. jsonl gives the figures table's columns.

Examples:
   figures extract corpus/004_1fdedf08d1f8b640.txt
   figures extract corpus --format csv > figures.csv`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Value: "table", Usage: "output `FORMAT`: table, jsonl or csv"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return fmt.Errorf("want one FILE or DIR, got %d arguments", c.NArg())
			}
			format := c.String("format")
			if format != "table" && format != "jsonl" && format != "csv" {
				return fmt.Errorf("--format %q: want table, jsonl or csv", format)
			}
			rows, err := extractRows(c.Args().First())
			if err != nil {
				return err
			}
			return printFigures(c.App.Writer, rows, format)
		},
	}
}

// extractRows runs extract and normalize over a file or every *.txt of a directory.
func extractRows(path string) ([]schemas.Figure, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	var docs []pipeline.CorpusDoc
	if st.IsDir() {
		if docs, err = pipeline.LoadCorpus(path); err != nil {
			return nil, err
		}
	} else {
		base := filepath.Base(path)
		docs = []pipeline.CorpusDoc{{Path: path, Meta: pipeline.ManifestEntry{ID: strings.TrimSuffix(base, ".txt"), File: base, Title: base}}}
	}
	var rows []schemas.Figure
	for _, d := range docs {
		doc, err := extract.ReadFile(d.Path)
		if err != nil {
			return nil, err
		}
		src := pipeline.SourceRow(d, doc.Raw)
		rows = append(rows, pipeline.Normalize(&src, extract.Find(doc), extract.DefaultLexicon())...)
	}
	return rows, nil
}

func printFigures(w interface{ Write([]byte) (int, error) }, rows []schemas.Figure, format string) error {
	switch format {
	case "jsonl":
		for _, r := range rows {
			b, err := schemas.Figures.MarshalRow(r)
			if err != nil {
				return err
			}
			if _, err := w.Write(append(b, '\n')); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write([]string{"source_id", "start", "end", "text", "value", "value_low", "value_high", "qualifier", "unit", "counted", "category", "year", "marked_sentence"})
		for _, r := range rows {
			cw.Write([]string{r.SourceID, strconv.FormatInt(r.Start, 10), strconv.FormatInt(r.End, 10), r.Text,
				fnum(r.Value), fnum(r.ValueLow), fnum(r.ValueHigh), r.Qualifier, r.Unit, deref(r.Counted), r.Category, fyear(r.Year), marked(r)})
		}
		cw.Flush()
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tBYTES\tVALUE\tUNIT\tQUALIFIER\tCATEGORY\tYEAR\tSENTENCE")
	for _, r := range rows {
		v := fnum(r.Value)
		if r.Value == nil {
			v = fnum(r.ValueLow) + "–" + fnum(r.ValueHigh)
		}
		fmt.Fprintf(tw, "%s\t%d-%d\t%s\t%s\t%s\t%s\t%s\t%s\n", r.SourceID, r.Start, r.End, v, r.Unit, r.Qualifier, r.Category, fyear(r.Year), marked(r))
	}
	return tw.Flush()
}

// marked returns the figure's sentence with the figure between ⟦ and ⟧, shortened around it.
func marked(r schemas.Figure) string {
	s := r.Sentence
	i := strings.Index(s, r.Text)
	if i < 0 {
		return s
	}
	m := s[:i] + "⟦" + r.Text + "⟧" + s[i+len(r.Text):]
	const width = 160
	if len(m) <= width {
		return m
	}
	start := max(0, i-60)
	for start > 0 && !isRuneStart(m[start]) {
		start--
	}
	end := min(len(m), start+width)
	for end < len(m) && !isRuneStart(m[end]) {
		end++
	}
	prefix, suffix := "", ""
	if start > 0 {
		prefix = "…"
	}
	if end < len(m) {
		suffix = "…"
	}
	return prefix + m[start:end] + suffix
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func fnum(v *float64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

func fyear(y *int32) string {
	if y == nil {
		return ""
	}
	return strconv.Itoa(int(*y))
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func validateCommand() *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "re-check a release: checksums, schemas, row rules (and offsets, with --corpus)",
		UsageText: "figures validate RELEASE_DIR [--corpus DIR] [--format text|json]",
		Description: `Checks a release on its own: every file against SHA256SUMS, the columns of every Parquet
and CSV file against the schemas, the row rules of every source and figure, and that the
category tables agree with the figures. With --corpus, also that each figure's text is the
source's bytes at its offsets. Exits 1 when anything is wrong.

Examples:
   figures validate releases/0.1.0 --corpus corpus
   figures validate releases/0.1.0 --format json`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "corpus", Usage: "source `DIR`: also check every figure's text at its offsets"},
			&cli.StringFlag{Name: "format", Value: "text", Usage: "report `FORMAT`: text or json"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return fmt.Errorf("want one RELEASE_DIR, got %d arguments", c.NArg())
			}
			dir := c.Args().First()
			report, err := pipeline.ValidateRelease(dir, c.String("corpus"))
			if err != nil {
				return err
			}
			if c.String("format") == "json" {
				b, _ := json.MarshalIndent(report, "", "  ")
				fmt.Fprintln(c.App.Writer, string(b))
			} else {
				fmt.Fprint(c.App.Writer, report)
			}
			probs := report.Problems
			if len(probs) > 0 {
				return exitError{code: 1, err: fmt.Errorf("%s: %d problems", dir, len(probs))}
			}
			return nil
		},
	}
}
