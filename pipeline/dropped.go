package pipeline

import (
	"fmt"
	"strings"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/schemas"
)

// reportDropped describes what the view of doc left out as site furniture: a line per span
// for the release's warnings, and a rejects row for each span that held figures, so that a
// wrong cut shows in the data as well as in the log.
func reportDropped(src *schemas.Source, doc *document.Document, lex *lexicon.Lexicon, rejects []schemas.Reject) ([]string, []schemas.Reject) {
	var lines []string
	for _, d := range doc.View.Dropped() {
		figs := extract.DroppedFigures(doc.Raw, d, lex)
		line := fmt.Sprintf("bytes %d–%d: %s", d.Start, d.End, d.Reason)
		if len(figs) > 0 {
			line += fmt.Sprintf(" (%d figures, in rejects)", len(figs))
			texts := make([]string, len(figs))
			for i, f := range figs {
				texts[i] = f.Text
			}
			rejects = append(rejects, schemas.Reject{
				Table: schemas.Figures.Name, RowID: fmt.Sprintf("%s:%d-%d", src.SourceID, d.Start, d.End), SourceID: src.SourceID,
				Start: int64(d.Start), Text: out.Shorten(strings.Join(texts, "; "), 500),
				Reason: fmt.Sprintf("%s: bytes %d–%d left out with %d figures", d.Reason, d.Start, d.End, len(figs)),
			})
		}
		lines = append(lines, line)
	}
	return lines, rejects
}
