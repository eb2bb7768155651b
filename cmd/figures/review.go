package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"github.com/kpfigures/figures/pipeline"
	"github.com/kpfigures/figures/schemas"
)

func reviewCommand() *cli.Command {
	return &cli.Command{
		Name:      "review",
		Usage:     "list the figures no one has reviewed yet, most important first",
		UsageText: "figures review [--corpus DIR] [--format table|yaml]",
		Description: `Lists the figures that corpus/review.yaml does not cover, funding first, then graduates,
coauthorship and other, each with its sentence and the figure between ⟦ and ⟧. Stale entries
of the review file (figures that no longer exist) are listed on stderr.

--format yaml prints review entries to append to the review file and edit: each starts as
"confirm"; change it to correct (give the fields to change), reject (give a reason), or
delete the entry. A missed figure is added with action add, source_id, quote and its values.

Examples:
   figures review
   figures review --format yaml >> corpus/review.yaml`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "corpus", Value: "corpus", Usage: "source `DIR` with its review.yaml"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "output `FORMAT`: table or yaml"},
		},
		Action: func(c *cli.Context) error {
			format := c.String("format")
			if format != "table" && format != "yaml" {
				return fmt.Errorf("--format %q: want table or yaml", format)
			}
			queue, stale, err := pipeline.ReviewQueue(c.String("corpus"))
			if err != nil {
				return err
			}
			if stale != nil {
				fmt.Fprintf(c.App.ErrWriter, "figures review: %v\n", stale)
			}
			if format == "yaml" {
				return reviewYAML(c.App.Writer, queue)
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

// reviewYAML prints one review entry per figure, with the figure in context as a comment.
func reviewYAML(w io.Writer, queue []schemas.Figure) error {
	var b strings.Builder
	for _, f := range queue {
		fmt.Fprintf(&b, "  # %s %s %s: %s\n  - figure_id: %s\n    action: confirm\n",
			f.Category, value(f), f.Unit, strings.ReplaceAll(marked(f), "\n", " "), f.FigureID)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func value(f schemas.Figure) string {
	if f.Value == nil {
		return fnum(f.ValueLow) + "–" + fnum(f.ValueHigh)
	}
	return fnum(f.Value)
}
