package pipeline

import (
	"fmt"

	"github.com/kpfigures/figures/schemas"
)

// RowRules applies the row rules to the figure rows of one source. Rows that pass are
// returned in order; each row that fails is returned as a reject with its reason, never
// dropped silently. A second row with the same figure_id (the same span) is a reject too.
// The kept rows reuse the array of rows.
func RowRules(src *schemas.Source, text []byte, rows []schemas.Figure) ([]schemas.Figure, []schemas.Reject) {
	kept := rows[:0] // filtered in place: rows are the caller's to give up, and a document's are many
	var rejects []schemas.Reject
	seen := map[string]bool{}
	for i := range rows {
		r := &rows[i]
		err := schemas.FigureRules(r, int64(len(text)), text)
		if err == nil && r.SourceID != src.SourceID {
			err = fmt.Errorf("source %q is not the source being validated (%q)", r.SourceID, src.SourceID)
		}
		if err == nil && seen[r.FigureID] {
			err = fmt.Errorf("duplicate figure_id %s", r.FigureID)
		}
		if err != nil {
			rejects = append(rejects, schemas.Reject{Table: schemas.Figures.Name, RowID: r.FigureID,
				SourceID: r.SourceID, Start: r.Start, Text: r.Text, Reason: err.Error()})
			continue
		}
		seen[r.FigureID] = true
		kept = append(kept, *r)
	}
	return kept, rejects
}
