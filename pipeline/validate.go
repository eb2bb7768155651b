package pipeline

import (
	"fmt"

	"github.com/kpfigures/figures/schemas"
)

// Validate applies the row rules to the figure rows of one source. Rows that pass are
// returned in order; each row that fails is returned as a reject with its reason, never
// dropped silently. A second row with the same figure_id (the same span) is a reject too.
// The kept rows reuse the array of rows.
func Validate(src *schemas.Source, text []byte, rows []schemas.Figure) ([]schemas.Figure, []schemas.Reject) {
	kept := rows[:0] // filtered in place: rows are the caller's to give up, and a document's are many
	var rejects []schemas.Reject
	seen := map[string]bool{}
	for i := range rows {
		r := &rows[i]
		err := schemas.CheckFigure(r, int64(len(text)), text)
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

// CategoryRows splits released figures into the rows of the category tables.
func CategoryRows(figs []schemas.Figure) (funding []schemas.Funding, grads []schemas.Graduates, coauth []schemas.Coauthorship) {
	for _, f := range figs {
		switch f.Category {
		case "funding":
			funding = append(funding, schemas.Funding{FigureID: f.FigureID, SourceID: f.SourceID,
				Amount: f.Value, AmountLow: f.ValueLow, AmountHigh: f.ValueHigh, Currency: f.Unit,
				Inferred: f.UnitInferred, Qualifier: f.Qualifier, Purpose: f.Counted, Party: f.Subject,
				Year: f.Year, Text: f.Text, Sentence: f.Sentence})
		case "graduates":
			grads = append(grads, schemas.Graduates{FigureID: f.FigureID, SourceID: f.SourceID,
				Count: f.Value, CountLow: f.ValueLow, CountHigh: f.ValueHigh, Unit: f.Unit,
				Qualifier: f.Qualifier, Who: f.Counted, Year: f.Year, Text: f.Text, Sentence: f.Sentence})
		case "coauthorship":
			coauth = append(coauth, schemas.Coauthorship{FigureID: f.FigureID, SourceID: f.SourceID,
				Value: f.Value, ValueLow: f.ValueLow, ValueHigh: f.ValueHigh, Unit: f.Unit,
				Qualifier: f.Qualifier, Counted: f.Counted, Year: f.Year, Text: f.Text, Sentence: f.Sentence})
		}
	}
	return funding, grads, coauth
}
