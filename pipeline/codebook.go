package pipeline

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/kpfigures/figures/reference"
	"github.com/kpfigures/figures/schemas"
)

// quality is the table make eval writes: the extractor scored on labelled documents.
//
//go:embed quality.md
var quality string

// kindsMeasured is what TestMoneyKinds measured of funding.kind.
//
//go:embed kinds.md
var kindsMeasured string

// codebookNotes are the sections of the codebook after the tables: vocabularies, method,
// counts and known limits.
func codebookNotes(st *Stats) []string {
	perCat, perUnit := st.Categories, st.Units
	var counts strings.Builder
	counts.WriteString("## Figures in this version\n\n| category | figures |\n|---|---|\n")
	for _, c := range schemas.Categories {
		fmt.Fprintf(&counts, "| %s | %d |\n", c, perCat[c])
	}
	units := slices.Sorted(maps.Keys(perUnit))
	counts.WriteString("\n| unit | figures |\n|---|---|\n")
	for _, u := range units {
		fmt.Fprintf(&counts, "| %s | %d |\n", u, perUnit[u])
	}
	perCheck := st.Checks
	var checks strings.Builder
	checks.WriteString("## Consistency checks\n\nRun across all figures before release. A finding never changes or drops a figure: " +
		"it is a row of `checks`, and the figures it concerns list its `check_id` in their `checks` column. " +
		"An error-level finding makes `figures validate` fail.\n\n| check_id | severity | findings | what it checks |\n|---|---|---|---|\n")
	for _, r := range schemas.CheckRules() {
		fmt.Fprintf(&checks, "| `%s` | %s | %d | %s |\n", r.ID, r.Severity, perCheck[r.ID], r.Description)
	}
	perReview := st.Reviews
	var review strings.Builder
	review.WriteString("## Review\n\nA person's decisions in the corpus review file (`review.yaml`) are applied before validation: " +
		"a figure is confirmed, corrected (its `original` column keeps the extracted values), rejected (it goes to `rejects` " +
		"with the reviewer's reason) or added (a figure the extractor missed, located by its exact words in the source). " +
		"The `review` column says which. An entry names its figure by `figure_id` and also gives the figure's `source_id`, " +
		"`text` and `sentence` (as `figures review --format yaml` writes them): when the id changes, the entry finds its figure " +
		"by its words in the same sentence, or in the same sentence with another of its numbers changed. An entry whose " +
		"figure's own number changed, or whose sentence is gone, fails the release and shows the sentence as it was and as it is.\n\n" +
		"| review | figures |\n|---|---|\n")
	for _, r := range schemas.Reviews {
		fmt.Fprintf(&review, "| %s | %d |\n", r, perReview[r])
	}
	ref := reference.Default()
	var money strings.Builder
	fmt.Fprintf(&money, "## Money\n\n"+
		"Every amount of the `funding` table is also given in US dollars, so that amounts in won, yen, francs and "+
		"dollars of different years can be added and compared:\n\n"+
		"- `price_year`: a price base the sentence states (\"$12 billion in 2015 US dollars\" is in 2015 prices, whatever "+
		"year it describes); else the figure's own year; else the source's publication year (`usd_note` says which).\n"+
		"- `amount_usd`: the amount divided by the annual average exchange rate of `price_year` (foreign currency per US "+
		"dollar, US Federal Reserve H.10/G.5A); a range's midpoint. Null, with `usd_note` saying why, for a currency the "+
		"reference table has no rates for (RUB, KPW, GBP, DEM and others) or a year it has none for.\n"+
		"- `amount_usd_real`: `amount_usd` × CPI(%d) / CPI(`price_year`), in US dollars of %d, the latest year with all "+
		"twelve months of the US consumer price index (CPI-U, US Bureau of Labor Statistics; annual average of the months).\n"+
		"- `same_as` (here and in `figures`): the figure_id of the amount this one restates in its document: a conversion "+
		"in parentheses or after \"or\"/\"about\" (\"1.2 trillion won ($1.04 billion)\"), or the same amount, currency "+
		"and subject stated again (a headline and its body). **Sum the rows whose `same_as` is null** to count every "+
		"amount once.\n"+
		"- `kind`: %s; from the lexicon's words nearest the amount (`extract/lexicon/moneykinds.tsv`), its counted phrase "+
		"first; an amount with no such word in its sentence takes the kind of an amount in the two sentences before it. %s\n"+
		"Reference data (shipped in the project's `reference/` folder, public domain, cited in `datapackage.json`):\n\n",
		ref.BaseYear(), ref.BaseYear(), strings.Join(schemas.MoneyKinds, ", "), strings.TrimSpace(kindsMeasured))
	for _, f := range reference.Files {
		fmt.Fprintf(&money, "- `%s`: %s; %s.\n", f.Name, f.Title, f.Path)
	}
	money.WriteString("\nAll funding in US dollars of " + strconv.Itoa(ref.BaseYear()) + ", each amount once (DuckDB):\n\n" +
		"```sql\nSELECT kind, round(sum(amount_usd_real)) AS usd_real FROM 'funding.parquet'\n" +
		"WHERE same_as IS NULL AND amount_usd_real IS NOT NULL GROUP BY kind ORDER BY usd_real DESC;\n```\n")
	return []string{
		money.String(),
		"## Figure identity\n\n" +
			"`figure_id` is derived from what the document says, not from where its bytes sit: a hash of the source's " +
			"`source_id`, the figure's sentence (white space collapsed, case folded) with which of the source's identical " +
			"sentences it is (only sentences holding figures count, first is 1), and the figure's `text` (likewise normalised) " +
			"with which of the sentence's identical figures it is. An edit anywhere else in a document leaves every other " +
			"figure's id unchanged; an edit of a figure's sentence changes the ids of that sentence's figures, and `figures diff` " +
			"pairs them with their old ids by source, sentence and place as changed rows. Ids before version 2.0.0 were a hash " +
			"of the source's bytes and the figure's byte span; `figures diff` pairs them too.",
		checks.String(),
		review.String(),
		"## Vocabularies\n\n" +
			"- `qualifier`: " + strings.Join(schemas.Qualifiers, ", ") + ". approx: about, approximately, around, nearly, some, roughly, estimated; " +
			"more_than: more than, over, exceed, in excess of; up_to: up to, as many as, at most; less_than: less than, under, below, fewer than. " +
			"When two compete (\"estimated to exceed 450\") the bound wins.\n" +
			"- `unit`: an ISO 4217 code for money (amounts in base units: \"US$ 38M\" is 38000000 USD); " + joinUnits(schemas.ReleasedUnits) +
			". Percentages are in percent points (\"85%\" is 85; \"one in four\" is 25).\n" +
			"- `category`: funding (any money amount), graduates (training and education of people), " +
			"coauthorship (papers and research-collaboration statistics), other.",
		"## How figures are found\n\n" +
			"Each source is read as UTF-8 and turned into an analysis view: wrapped lines joined, words broken across lines mended, " +
			"page numbers and running headers, footnote markers, markdown and website furniture removed; every byte of the view " +
			"keeps its offset in the raw file. Sentences are split with an abbreviation list. A scanner driven by readable lexicons " +
			"(scale words, number words, currencies, qualifiers, counted nouns, reference words) finds numbers in digits and in words, " +
			"ranges, money and percentages, and rejects years, dates, ordinals, names with numbers, citations, page and section numbers. " +
			"The category comes from the domain vocabulary of a lexicon voting in the counted phrase, the sentence, the section " +
			"heading or data-sheet label, and, where those leave it open, the document's topic; the year is the nearest year " +
			"the sentence states (a period's end year), ignoring citation years. `text` is always the raw bytes [start, end) with " +
			"white space collapsed, so every figure can be found in its source.",
		"## Measured quality\n\n" +
			"The extractor alone (no review file) scored against exhaustive hand labels (`make eval`, the scorer of the " +
			"project's evaluation sets): the shipped documents, whose sentences the rules were developed on; seven documents " +
			"never used for rules (a data sheet, a government advisory, four encyclopedia excerpts, a research article on " +
			"co-authorship); three Korean documents. A figure is right (strict) when its bytes overlap the labelled figure's, " +
			"its value is within 0.5%, its unit of the same kind and its category the same. Expect numbers between the two " +
			"English sets on documents of your own. Korean text is read by its own grammar (the myriad scale, counters, " +
			"hedges, native numbers); its values are nearly all right, its categories less often.\n\n" + quality,
		counts.String(),
		"## Known limits\n\n" +
			"- Tables flattened into text lose their structure: cells without a counted noun next to them (\"100\", \"180\") are missed.\n" +
			"- `subject` is a best-effort guess (the nearest name before the figure), not a parsed argument of the sentence.\n" +
			"- The year is taken from the figure's own sentence only; figures whose year is stated in an earlier sentence have none.\n" +
			"- Figures in footnotes are included; footnote and list markers themselves are not figures.\n" +
			"- Sources contradict each other; this version reports what each source states and does not reconcile them. " +
			"The consistency checks flag some contradictions (see `checks`); they compare figures, not facts stated without a number, " +
			"match events and plans by their names with case folded (\"first\" and \"First\" agree; other wording differences do not), " +
			"sum a table only when a caption (\"Table 1:\", \"Figure 1:\") and a sentence naming it are found, and compare restated " +
			"figures across sources only when the best-effort `subject` and the counted noun agree.",
	}
}

// joinUnits lists units, comma-separated.
func joinUnits(units []schemas.Unit) string {
	names := make([]string, len(units))
	for i, u := range units {
		names[i] = string(u)
	}
	return strings.Join(names, ", ")
}
