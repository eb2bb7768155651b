package pipeline

import (
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/pipeline/normalize"
	"github.com/kpfigures/figures/reference"
	"github.com/kpfigures/figures/schemas"
)

// categoryRows splits released figures into the rows of the category tables, as they come
// in release order. It remembers the last amount of the current source: an amount whose
// sentence says nothing of its kind takes the kind of an amount just before it ("US$ 38M
// ..." after "will allocate US$ 107 million").
type categoryRows struct {
	published normalize.PublishedYears // each source's publication year, the price year of last resort
	lex       *lexicon.Lexicon         // its money words decide the kinds
	last      struct {
		source string
		end    int64 // where its sentence ends
		kind   string
	}
	// split's rows, reused from call to call: its callers copy them (a table writer, a
	// dataset), and a dense document's release splits a million figures.
	funding []schemas.Funding
	grads   []schemas.Graduates
	coauth  []schemas.Coauthorship
}

// kindContext is how far, in bytes, an amount's sentence may start after the sentence of the
// amount before it and still take its kind: about two sentences.
const kindContext = 400

// addSource records a source's publication year, before its figures come.
func (c *categoryRows) addSource(s schemas.Source) {
	if c.published == nil {
		c.published = normalize.PublishedYears{}
	}
	c.published.Add(s)
}

// split returns the category rows of figs, valid until the next call.
func (c *categoryRows) split(figs []schemas.Figure) (funding []schemas.Funding, grads []schemas.Graduates, coauth []schemas.Coauthorship) {
	funding, grads, coauth = c.funding[:0], c.grads[:0], c.coauth[:0]
	defer func() { c.funding, c.grads, c.coauth = funding, grads, coauth }()
	for _, f := range figs {
		switch f.Category {
		case schemas.CategoryFunding:
			row := fundingRow(f, c.published[f.SourceID], c.lex)
			if row.Kind == "other" && c.last.source == f.SourceID && f.SentenceStart-c.last.end < kindContext {
				row.Kind = c.last.kind
			}
			c.last.source, c.last.end, c.last.kind = f.SourceID, f.SentenceEnd, row.Kind
			funding = append(funding, row)
		case schemas.CategoryGraduates:
			grads = append(grads, schemas.Graduates{FigureID: f.FigureID, SourceID: f.SourceID,
				Count: f.Value, CountLow: f.ValueLow, CountHigh: f.ValueHigh, Unit: f.Unit,
				Qualifier: f.Qualifier, Who: f.Counted, Year: f.Year, Text: f.Text, Sentence: f.Sentence})
		case schemas.CategoryCoauthorship:
			coauth = append(coauth, schemas.Coauthorship{FigureID: f.FigureID, SourceID: f.SourceID,
				Value: f.Value, ValueLow: f.ValueLow, ValueHigh: f.ValueHigh, Unit: f.Unit,
				Qualifier: f.Qualifier, Counted: f.Counted, Year: f.Year, Text: f.Text, Sentence: f.Sentence})
		}
	}
	return funding, grads, coauth
}

// fundingRow is the funding row of a money figure: its kind and its amount in US dollars.
func fundingRow(f schemas.Figure, published int, lex *lexicon.Lexicon) schemas.Funding {
	c := normalize.ToDollars(f, published, reference.Default())
	return schemas.Funding{FigureID: f.FigureID, SourceID: f.SourceID,
		Amount: f.Value, AmountLow: f.ValueLow, AmountHigh: f.ValueHigh, Currency: f.Unit,
		Inferred: f.UnitInferred, Qualifier: f.Qualifier, Purpose: f.Counted, Party: f.Subject,
		Year: f.Year, Text: f.Text, Sentence: f.Sentence, Kind: normalize.MoneyKind(f, lex),
		SameAs: f.SameAs, PriceYear: c.PriceYear, AmountUSD: c.USD, AmountUSDReal: c.USDReal, USDNote: c.Note}
}
