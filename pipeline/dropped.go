package pipeline

import (
	"fmt"
	"strings"

	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/schemas"
)

// reportDropped describes what the view of sec left out as site furniture, appending to
// lines a line per span for the release's warnings and to rejects a row for each span that
// held figures, so that a wrong cut shows in the data as well as in the log.
func reportDropped(src *schemas.Source, sec *section, lex *lexicon.Lexicon, lines []string, rejects []schemas.Reject) ([]string, []schemas.Reject) {
	base := int(sec.text.Base)
	for _, d := range sec.doc.View.Dropped() {
		figs := extract.DroppedFigures(sec.doc.Raw, d, lex)
		start, end := base+d.Start, base+d.End
		line := fmt.Sprintf("bytes %d–%d: %s", start, end, d.Reason)
		if len(figs) > 0 {
			line += fmt.Sprintf(" (%d figures, in rejects)", len(figs))
			texts := make([]string, len(figs))
			for i, f := range figs {
				texts[i] = f.Text
			}
			rejects = append(rejects, schemas.Reject{
				Table: schemas.Figures.Name, RowID: fmt.Sprintf("%s:%d-%d", src.SourceID, start, end), SourceID: src.SourceID,
				Start: int64(start), Text: out.Shorten(strings.Join(texts, "; "), 500),
				Reason: fmt.Sprintf("%s: bytes %d–%d left out with %d figures", d.Reason, start, end, len(figs)),
			})
		}
		lines = append(lines, line)
	}
	return lines, rejects
}
