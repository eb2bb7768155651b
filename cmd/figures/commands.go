package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/urfave/cli/v2"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/pipeline"
	"github.com/kpfigures/figures/pipeline/normalize"
	"github.com/kpfigures/figures/pipeline/validate"
	"github.com/kpfigures/figures/pipeline/versions"
	"github.com/kpfigures/figures/schemas"
)

func releaseCommand() *cli.Command {
	return &cli.Command{
		Name:      "release",
		Usage:     "build the dataset from a corpus and publish it as a new version in releases/",
		UsageText: "figures release [--corpus DIR] [--out DIR] [--version V] [--force] [--check] [--quiet] [--log-format text|json]",
		Description: `Runs extract → normalize → review → row rules → checks over every document of the corpus
and compares the result with the latest release (OUT/latest). When nothing differs, nothing is
written. Otherwise the next version is proposed from the difference — major for a column or
table removed, renamed or retyped, minor for new or changed rows or columns, patch for metadata
only — and written into OUT/VERSION atomically (Parquet, CSV, datapackage.json, README.md,
CITATION.cff, SHA256SUMS); OUT/latest then names it and OUT/CHANGELOG.md gains its entry.
A written version is never rewritten (--force replaces one).

--check writes nothing: it regenerates the latest release in a temporary directory and compares
it byte for byte with the committed one, printing the difference and failing if any.

--lexicon reads the domain words (currencies, counted nouns, category keywords...) from a
directory of lexicon files instead of the built-in ones: a copy of extract/lexicon, edited.

Examples:
   figures release
   figures release --check
   figures release --corpus ~/reports --out /tmp/releases --version 2.0.0`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "corpus", Value: "corpus", Usage: "directory of source `DIR` (documents: .txt .md .html .pdf; optional manifest.yaml and review.yaml)"},
			&cli.StringFlag{Name: "out", Value: "releases", Usage: "directory `DIR` that holds the versions"},
			&cli.StringFlag{Name: "version", Usage: "publish as `VERSION` (MAJOR.MINOR.PATCH) instead of the proposed one"},
			&cli.BoolFlag{Name: "force", Usage: "replace an existing version whose content differs"},
			&cli.BoolFlag{Name: "check", Usage: "regenerate the latest release and compare it byte for byte; write nothing"},
			&cli.BoolFlag{Name: "strict", Usage: "stop at a document that cannot be read as text instead of skipping it with a report"},
			lexiconFlag(),
			&cli.IntFlag{Name: "workers", Value: runtime.NumCPU(), Usage: "documents processed at once, and cores used (`N`); the output is the same for any N"},
			&cli.BoolFlag{Name: "quiet", Usage: "no progress and no summary on stderr"},
			&cli.StringFlag{Name: "log-format", Value: "text", Usage: "progress and summary `FORMAT` on stderr: text or json"},
			&cli.StringFlag{Name: "cpuprofile", Usage: "write a CPU profile of the run to `FILE` (go tool pprof)"},
			&cli.StringFlag{Name: "memprofile", Usage: "write the run's allocations to `FILE` at its end (go tool pprof -sample_index=alloc_space)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError("unexpected argument %q (use --corpus DIR)", c.Args().First())
			}
			if n := c.Int("workers"); n < 1 {
				return usageError("--workers %d: want 1 or more", n)
			}
			logs, err := newLogger(c.App.ErrWriter, c.String("log-format"), c.Bool("quiet"))
			if err != nil {
				return err
			}
			if path := c.String("cpuprofile"); path != "" {
				stop, err := startCPUProfile(path)
				if err != nil {
					return err
				}
				defer stop()
			}
			if path := c.String("memprofile"); path != "" {
				defer writeMemProfile(path, c.App.ErrWriter)
			}
			useCores(c.Int("workers"))
			roomForDocuments(c.String("corpus"), c.Int("workers"), logs)
			lex, err := lexiconOf(c)
			if err != nil {
				return err
			}
			if c.Bool("check") {
				return reproduceRelease(c, lex, logs)
			}
			start := time.Now()
			sum, err := pipeline.Release(pipeline.Options{Corpus: c.String("corpus"), Out: c.String("out"),
				Version: c.String("version"), Force: c.Bool("force"), Strict: c.Bool("strict"), Workers: c.Int("workers"),
				Lexicon: lex, Progress: logs.progress})
			if err != nil {
				return err
			}
			state := "written"
			switch {
			case sum.Unchanged:
				state = "unchanged (the latest release already holds this content)"
			case sum.Bump != "":
				state = "written (" + sum.Bump + " bump)"
			}
			n := sum.Counts
			fmt.Fprintf(c.App.Writer, "%s: %s — %s, %s (funding %d, graduates %d, coauthorship %d), %s, %d rejected\n",
				sum.Dir, state, count(n["sources"], "source"), count(n["figures"], "figure"), n["funding"], n["graduates"],
				n["coauthorship"], count(n["checks"], "checks finding"), n["rejects"])
			logs.summary(sum.Stats, time.Since(start))
			return nil
		},
	}
}

// reproduceRelease is figures release --check.
func reproduceRelease(c *cli.Context, lex *lexicon.Lexicon, logs *logger) error {
	res, err := pipeline.Reproduce(pipeline.Options{Corpus: c.String("corpus"), Out: c.String("out"), Lexicon: lex})
	if err != nil {
		return err
	}
	dir := filepath.Join(c.String("out"), res.Version)
	if res.Same {
		fmt.Fprintf(c.App.Writer, "%s: reproduced byte for byte\n", dir)
		return nil
	}
	fmt.Fprintf(c.App.Writer, "%s: differs from what the corpus and code now produce\nfiles: %s\n%s", dir,
		strings.Join(res.Files, ", "), res.Diff.Text())
	return exitError{code: 1, err: fmt.Errorf("%s is stale: publish a new version with figures release", dir)}
}

func diffCommand() *cli.Command {
	return &cli.Command{
		Name:      "diff",
		Usage:     "compare two releases: rows added, removed and changed per table, schema changes",
		UsageText: "figures diff OLD_DIR NEW_DIR [--format text|json]",
		Description: `Rows are matched by each table's key (figure_id; source_id for sources; finding_id for checks).
Exit status 0 when the releases are equal, 1 when they differ, 2 on trouble, like diff.

Examples:
   figures diff releases/1.0.0 releases/1.1.0
   figures diff --format json releases/1.0.0 releases/1.1.0`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Value: "text", Usage: "output `FORMAT`: text or json"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 2 {
				return usageError("want OLD_DIR and NEW_DIR, got %d arguments", c.NArg())
			}
			d, err := versions.Diff(c.Args().Get(0), c.Args().Get(1))
			if err != nil {
				return exitError{code: 2, err: err}
			}
			switch c.String("format") {
			case "json":
				b, err := json.MarshalIndent(map[string]any{"equal": d.Equal(), "bump": d.Bump(), "diff": d}, "", "  ")
				if err != nil {
					return exitError{code: 2, err: err}
				}
				fmt.Fprintln(c.App.Writer, string(b))
			case "text":
				fmt.Fprint(c.App.Writer, d.Text())
			default:
				return usageError("--format %q: want text or json", c.String("format"))
			}
			if !d.Equal() {
				return exitError{code: 1}
			}
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
			lexiconFlag(),
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageError("want one FILE or DIR, got %d arguments", c.NArg())
			}
			format := c.String("format")
			if format != "table" && format != "jsonl" && format != "csv" {
				return usageError("--format %q: want table, jsonl or csv", format)
			}
			lex, err := lexiconOf(c)
			if err != nil {
				return err
			}
			rows, err := extractRows(c.Args().First(), lex)
			if err != nil {
				return err
			}
			return printFigures(c.App.Writer, rows, format)
		},
	}
}

// lexiconFlag is --lexicon, for the commands that read documents.
func lexiconFlag() cli.Flag {
	return &cli.StringFlag{Name: "lexicon", Usage: "read the domain words from the lexicon files in `DIR` (a copy of extract/lexicon, edited) instead of the built-in ones"}
}

// lexiconOf returns the lexicon --lexicon names, or the built-in one. A directory whose
// files do not load is bad input, named with its file and line.
func lexiconOf(c *cli.Context) (*lexicon.Lexicon, error) {
	dir := c.String("lexicon")
	if dir == "" {
		return lexicon.Default(), nil
	}
	lex, err := lexicon.Load(os.DirFS(dir))
	if err != nil {
		return nil, &pipeline.InputError{Err: fmt.Errorf("--lexicon %s: %w", dir, err)}
	}
	return lex, nil
}

// extractRows runs extract and normalize over a file or every document of a directory.
func extractRows(path string, lex *lexicon.Lexicon) ([]schemas.Figure, error) {
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
		docs = []pipeline.CorpusDoc{pipeline.DocumentAt(path)}
	}
	var rows []schemas.Figure
	for _, d := range docs {
		doc, src, err := pipeline.ReadDocument(d, lex)
		if err != nil {
			return nil, err
		}
		rows = append(rows, normalize.Normalize(&src, extract.Find(doc), normalize.DocumentTopic(doc.View, lex), lex)...)
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
				fnum(r.Value), fnum(r.ValueLow), fnum(r.ValueHigh), r.Qualifier, string(r.Unit), schemas.Deref(r.Counted), string(r.Category), fyear(r.Year), marked(r)})
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
	i, j, ok := extract.FigureInSentence(s, r.Text, int(r.Start-r.SentenceStart), int(r.SentenceEnd-r.SentenceStart))
	if !ok {
		return s
	}
	m := s[:i] + "⟦" + s[i:j] + "⟧" + s[j:]
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
				return usageError("want one RELEASE_DIR, got %d arguments", c.NArg())
			}
			dir := c.Args().First()
			report, err := validate.Release(dir, c.String("corpus"))
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

// startCPUProfile profiles the process into path until stop is called.
// useCores makes the run use at most workers cores, writing and collecting garbage
// included, so that --workers 1 leaves the other cores of a shared machine alone and the
// speed-up of more workers is measured against one core, not one core and a helper.
func useCores(workers int) {
	if workers >= 1 && workers < runtime.GOMAXPROCS(0) {
		runtime.GOMAXPROCS(workers)
	}
}

// writeMemProfile writes the allocation profile of the run so far; a profile that cannot be
// written is reported, not made the run's error.
func writeMemProfile(path string, errw io.Writer) {
	f, err := os.Create(path)
	if err == nil {
		err = pprof.Lookup("allocs").WriteTo(f, 0)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(errw, "figures release: warning: memprofile: %v\n", err)
	}
}

func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
