package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/kpfigures/figures/pipeline"
	"github.com/kpfigures/figures/pipeline/review"
	"github.com/kpfigures/figures/schemas"
)

func reviewCommand() *cli.Command {
	return &cli.Command{
		Name:      "review",
		Usage:     "list the figures no one has reviewed yet, most important first",
		UsageText: "figures review [--corpus DIR] [--format table|yaml] | figures review --update [--corpus DIR] [--releases DIR]",
		Description: `Lists the figures that corpus/review.yaml does not cover, funding first, then graduates,
coauthorship and other, each with its sentence and the figure between ⟦ and ⟧. Stale entries
of the review file (figures that no longer exist) are listed on stderr.

--format yaml prints review entries to append to the review file and edit: each starts as
"confirm"; change it to correct (give the fields to change), reject (give a reason), or
delete the entry. A missed figure is added with action add, source_id, quote and its values.
Each entry names its figure by figure_id and says its source_id, text and sentence: when
an edit of the document changes the id, the entry still finds its figure by its sentence.

--update writes the review file again: each entry that found its figure by its sentence
gets the figure's current figure_id, and each entry that gives only a figure_id gets the
figure's source_id, text and sentence (for ids of older releases, from the figures of the
releases in --releases). Comments and other lines are kept.

Examples:
   figures review
   figures review --format yaml >> corpus/review.yaml
   figures review --update`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "corpus", Value: "corpus", Usage: "source `DIR` with its review.yaml"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "output `FORMAT`: table or yaml"},
			&cli.BoolFlag{Name: "update", Usage: "write the review file again with its figures' current ids, words and sentences"},
			&cli.StringFlag{Name: "releases", Value: "releases", Usage: "`DIR` of published versions, for --update"},
		},
		Action: func(c *cli.Context) error {
			if c.Bool("update") {
				return updateReview(c)
			}
			format := c.String("format")
			if format != "table" && format != "yaml" {
				return usageError("--format %q: want table or yaml", format)
			}
			queue, stale, err := pipeline.ReviewQueue(c.String("corpus"))
			if err != nil {
				return err
			}
			if stale != nil {
				fmt.Fprintf(c.App.ErrWriter, "figures review: %v\n", stale)
			}
			if format == "yaml" {
				// A corpus without a review list gets a whole file ("> review.yaml", which the
				// shell creates empty before this runs); one with a list gets entries to append
				// to it (">> review.yaml").
				b, _ := os.ReadFile(filepath.Join(c.String("corpus"), review.FileName))
				return reviewYAML(c.App.Writer, queue, !reviewListRE.Match(b))
			}
			tw := tabwriter.NewWriter(c.App.Writer, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "FIGURE\tCATEGORY\tVALUE\tUNIT\tSOURCE\tSENTENCE")
			for _, f := range queue {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", f.FigureID, f.Category, value(f), f.Unit, f.SourceID, marked(f))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "%d figures not reviewed\n", len(queue))
			return nil
		},
	}
}

// reviewListRE finds the list of a review file.
var reviewListRE = regexp.MustCompile(`(?m)^reviews:`)

// reviewHeader starts a review file: what its entries may say, and the list they are in.
const reviewHeader = `# Decisions of a person about the figures the extractor finds in this corpus (see the
# README): each entry names a figure and says confirm, correct (give the fields to change),
# reject (give a reason); a missed figure is added with action add, source_id, quote and its
# values.
reviews:
`

// reviewYAML prints one review entry per figure, with the figure in context as a comment,
// after the file's header when whole is set.
func reviewYAML(w io.Writer, queue []schemas.Figure, whole bool) error {
	var b strings.Builder
	if whole {
		b.WriteString(reviewHeader)
	}
	for _, f := range queue {
		fmt.Fprintf(&b, "  # %s %s %s: %s\n  - figure_id: %s\n    action: confirm\n",
			f.Category, value(f), f.Unit, strings.ReplaceAll(marked(f), "\n", " "), f.FigureID)
		fmt.Fprintf(&b, "    source_id: %s\n    text: %s\n    sentence: %s\n",
			review.YAMLString(f.SourceID), review.YAMLString(f.Text), review.YAMLString(f.Sentence))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// updateReview writes the review file again with its figures' current ids and sentences.
func updateReview(c *cli.Context) error {
	refreshed, stale, err := pipeline.UpdateReview(c.String("corpus"), c.String("releases"))
	if err != nil {
		return err
	}
	moved := 0
	for _, r := range refreshed {
		if r.Moved {
			moved++
		}
	}
	fmt.Fprintf(c.App.Writer, "%s: %d entries written again (%d with a new figure_id)\n",
		filepath.Join(c.String("corpus"), review.FileName), len(refreshed), moved)
	if stale != nil {
		fmt.Fprintf(c.App.ErrWriter, "figures review: %v\n", stale)
	}
	return nil
}

func value(f schemas.Figure) string {
	if f.Value == nil {
		return fnum(f.ValueLow) + "–" + fnum(f.ValueHigh)
	}
	return fnum(f.Value)
}
