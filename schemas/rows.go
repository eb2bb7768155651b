package schemas

// Source is one source document.
type Source struct {
	SourceID  string  `parquet:"source_id" desc:"Identifier of the source document, from the corpus manifest or the file name."`
	File      string  `parquet:"file" desc:"File name of the source text in the corpus directory."`
	SHA256    string  `parquet:"sha256" desc:"SHA-256 of the raw source file, hex; byte offsets refer to exactly these bytes."`
	Bytes     int64   `parquet:"bytes" unit:"bytes" desc:"Size of the raw source file in bytes."`
	Title     string  `parquet:"title" desc:"Title of the document as it states it (the file name when unknown)."`
	Authors   *string `parquet:"authors,optional" desc:"Authors as the document names them, separated by '; '. Null when not stated."`
	Publisher *string `parquet:"publisher,optional" desc:"Publisher or site as the document names it. Null when not stated."`
	Published *string `parquet:"published,optional" format:"date" desc:"Publication date, ISO 8601, as precise as the document states it (YYYY, YYYY-MM or YYYY-MM-DD). Null when not stated."`
	Kind      *string `parquet:"kind,optional" desc:"Kind of document: working paper, journal article, news article or blog post. Null when unknown."`
	Language  *string `parquet:"language,optional" desc:"Language of the text, BCP 47 (en, ko). Null when unknown."`
	URL       *string `parquet:"url,optional" desc:"Where the document was published, when the document states it."`
	TextFile  *string `parquet:"text_file,optional" desc:"For a source that is not text itself (PDF): the UTF-8 text extracted from it, shipped in the release at this path, in which figures' start/end offsets count and pages are separated by form feeds. Null when the offsets count in the source file itself (text, Markdown, HTML)."`
}

// Figure is one quantity stated in a source document.
type Figure struct {
	FigureID      string   `parquet:"figure_id" desc:"Identifier from the figure's content: its source_id, its sentence (white space collapsed, case folded) and which of the source's identical sentences it is, its text and which of the sentence's identical figures it is. An edit elsewhere in the document leaves it unchanged."`
	SourceID      string   `parquet:"source_id" desc:"The source document (sources.source_id)."`
	Start         int64    `parquet:"start" unit:"bytes" desc:"Byte offset in the raw source file (or in its sources.text_file, for a PDF) where the figure's words start."`
	End           int64    `parquet:"end" unit:"bytes" desc:"Byte offset in the raw source file (or in its sources.text_file, for a PDF) where the figure's words end (exclusive)."`
	Text          string   `parquet:"text" desc:"The figure's own words with its qualifier, white space collapsed: the raw bytes [start, end)."`
	Value         *float64 `parquet:"value,optional" unit:"per row: the unit column" desc:"The value in base units (38000000 for 'US$ 38M'; 85 for '85%'). Null for a range."`
	ValueLow      *float64 `parquet:"value_low,optional" unit:"per row: the unit column" desc:"Low end of a range, in base units. Null unless the figure is a range."`
	ValueHigh     *float64 `parquet:"value_high,optional" unit:"per row: the unit column" desc:"High end of a range, in base units. Null unless the figure is a range."`
	Qualifier     string   `parquet:"qualifier" desc:"How the figure is hedged or bounded: exact, approx, more_than, at_least, up_to, less_than or range."`
	Unit          Unit     `parquet:"unit" desc:"ISO 4217 code for money; percent; people, papers, projects, units; years, months, days for durations; otherwise count."`
	UnitInferred  bool     `parquet:"unit_inferred" desc:"True when the currency is not written next to the amount: inherited from the amount before it in the same list, taken from the document's last stated currency on a data sheet's money line ('revenues: 459.7 billion'), or implied (a Korean amount in 억 or 조 beside a word of money, its 원 left out)."`
	Counted       *string  `parquet:"counted,optional" desc:"The counted noun phrase as written ('IT specialists', 'papers'). Null when the text names none."`
	Category      Category `parquet:"category" desc:"funding, graduates, coauthorship or other, from the sentence by lexicon."`
	Year          *int32   `parquet:"year,optional" unit:"year (CE)" desc:"The year the figure refers to, when its sentence states one (for a period, its end year)."`
	Subject       *string  `parquet:"subject,optional" desc:"Best-effort: who or what the figure is about, from the sentence."`
	Sentence      string   `parquet:"sentence" desc:"The sentence stating the figure, with line breaks and markup of the source removed."`
	SentenceStart int64    `parquet:"sentence_start" unit:"bytes" desc:"Byte offset in the raw source file where the sentence starts."`
	SentenceEnd   int64    `parquet:"sentence_end" unit:"bytes" desc:"Byte offset in the raw source file where the sentence ends (exclusive)."`
	Page          *int32   `parquet:"page,optional" unit:"page" desc:"The page where the figure stands: for a PDF, the page of the file (1 is the first); otherwise the number the document prints on it. Null when the document marks no pages."`
	Review        string   `parquet:"review" desc:"auto (as extracted), confirmed, corrected or added by a person in the corpus review file."`
	ReviewNote    *string  `parquet:"review_note,optional" desc:"The reviewer's note, when the review file gives one."`
	Original      *string  `parquet:"original,optional" desc:"For a corrected figure, the extracted values the correction replaced, as a JSON object of field → value."`
	Checks        *string  `parquet:"checks,optional" desc:"The ids (checks.check_id) of the consistency checks that concern this figure, separated by ';'. Null when none."`
	SameAs        *string  `parquet:"same_as,optional" desc:"The figure_id of the amount this figure restates in its document: a conversion in parentheses or after 'or'/'about' ('1.2 trillion won ($1.04 billion)'), or the same amount, currency and subject stated again. Null for a figure stated once: summing the rows whose same_as is null counts every amount once."`
}

// Funding is a figure of money: budgets, allocations, investments, aid, contracts, sales, trade.
type Funding struct {
	FigureID      string   `parquet:"figure_id" desc:"The figure (figures.figure_id)."`
	SourceID      string   `parquet:"source_id" desc:"The source document (sources.source_id)."`
	Amount        *float64 `parquet:"amount,optional" unit:"per row: the currency column (ISO 4217)" desc:"The amount in base units of the currency. Null for a range."`
	AmountLow     *float64 `parquet:"amount_low,optional" unit:"per row: the currency column (ISO 4217)" desc:"Low end of a range of amounts. Null unless a range."`
	AmountHigh    *float64 `parquet:"amount_high,optional" unit:"per row: the currency column (ISO 4217)" desc:"High end of a range of amounts. Null unless a range."`
	Currency      Unit     `parquet:"currency" desc:"ISO 4217 currency code."`
	Inferred      bool     `parquet:"currency_inferred" desc:"True when the currency is not written next to the amount: inherited from the amount before it in the same list, taken from the document's last stated currency on a data sheet's money line, or implied (a Korean amount in 억 or 조 beside a word of money)."`
	Qualifier     string   `parquet:"qualifier" desc:"exact, approx, more_than, at_least, up_to, less_than or range."`
	Purpose       *string  `parquet:"purpose,optional" desc:"What the money is for or buys, when written after the amount."`
	Party         *string  `parquet:"party,optional" desc:"Best-effort: the funder, recipient or trader named in the sentence."`
	Year          *int32   `parquet:"year,optional" unit:"year (CE)" desc:"The year the amount refers to, when its sentence states one."`
	Text          string   `parquet:"text" desc:"The figure's own words (figures.text)."`
	Sentence      string   `parquet:"sentence" desc:"The sentence stating the amount."`
	Kind          string   `parquet:"kind" desc:"What kind of money: budget (budgets, allocations, spending), investment, aid (aid, grants, loans), revenue (sales, contracts), profit, trade (exports, imports), salary (salaries, earnings, remittances), fine (fines, penalties), price (prices, costs, values), national_accounts (GDP, GNI) or other; from the words nearest the amount, by lexicon."`
	SameAs        *string  `parquet:"same_as,optional" desc:"The figure_id of the amount this one restates (figures.same_as). Sum the rows where it is null to count every amount once."`
	PriceYear     *int32   `parquet:"price_year,optional" unit:"year (CE)" desc:"The year whose prices the amount is in: a price base the sentence states ('in 2015 US dollars'), else the figure's year, else the source's publication year. Null when none is known."`
	AmountUSD     *float64 `parquet:"amount_usd,optional" unit:"USD of price_year" desc:"The amount in US dollars at the annual average exchange rate of price_year (US Federal Reserve), to the cent; for a range, its midpoint. Null when usd_note says why."`
	AmountUSDReal *float64 `parquet:"amount_usd_real,optional" unit:"USD of the base year (see the codebook)" desc:"amount_usd in US dollars of the base year, the latest year with all twelve months of the US consumer price index (CPI-U, US Bureau of Labor Statistics): amount_usd × CPI(base year) / CPI(price_year), to the cent. Null when usd_note says why."`
	USDNote       *string  `parquet:"usd_note,optional" desc:"Why amount_usd is null (no price year; a currency without rates, such as RUB, KPW or DEM; a year without a rate), or how it was reached when not from the figure's own year. Null when amount_usd is the amount at its own year's rate."`
}

// Graduates is a figure about training and education of people.
type Graduates struct {
	FigureID  string   `parquet:"figure_id" desc:"The figure (figures.figure_id)."`
	SourceID  string   `parquet:"source_id" desc:"The source document (sources.source_id)."`
	Count     *float64 `parquet:"count,optional" unit:"per row: the unit column" desc:"The number (of people, or a share in percent points when unit is percent). Null for a range."`
	CountLow  *float64 `parquet:"count_low,optional" unit:"per row: the unit column" desc:"Low end of a range. Null unless a range."`
	CountHigh *float64 `parquet:"count_high,optional" unit:"per row: the unit column" desc:"High end of a range. Null unless a range."`
	Unit      Unit     `parquet:"unit" desc:"people, percent, years (course length) or count."`
	Qualifier string   `parquet:"qualifier" desc:"exact, approx, more_than, at_least, up_to, less_than or range."`
	Who       *string  `parquet:"who,optional" desc:"Who is counted, as written ('IT specialists', 'applicants')."`
	Year      *int32   `parquet:"year,optional" unit:"year (CE)" desc:"The year the figure refers to, when its sentence states one."`
	Text      string   `parquet:"text" desc:"The figure's own words (figures.text)."`
	Sentence  string   `parquet:"sentence" desc:"The sentence stating the figure."`
}

// Coauthorship is a figure about papers and research collaboration.
type Coauthorship struct {
	FigureID  string   `parquet:"figure_id" desc:"The figure (figures.figure_id)."`
	SourceID  string   `parquet:"source_id" desc:"The source document (sources.source_id)."`
	Value     *float64 `parquet:"value,optional" unit:"per row: the unit column" desc:"The number or share (percent points when unit is percent). Null for a range."`
	ValueLow  *float64 `parquet:"value_low,optional" unit:"per row: the unit column" desc:"Low end of a range. Null unless a range."`
	ValueHigh *float64 `parquet:"value_high,optional" unit:"per row: the unit column" desc:"High end of a range. Null unless a range."`
	Unit      Unit     `parquet:"unit" desc:"papers, percent, people or count."`
	Qualifier string   `parquet:"qualifier" desc:"exact, approx, more_than, at_least, up_to, less_than or range."`
	Counted   *string  `parquet:"counted,optional" desc:"What is counted, as written ('papers', 'cases of suspected violations')."`
	Year      *int32   `parquet:"year,optional" unit:"year (CE)" desc:"The year the figure refers to, when its sentence states one."`
	Text      string   `parquet:"text" desc:"The figure's own words (figures.text)."`
	Sentence  string   `parquet:"sentence" desc:"The sentence stating the figure."`
}

// Reject is a row that failed a row rule and was not released.
type Reject struct {
	Table    string `parquet:"table" desc:"The table the row was meant for."`
	RowID    string `parquet:"row_id" desc:"The row's key (figure_id, or source_id for sources)."`
	SourceID string `parquet:"source_id" desc:"The source document."`
	Start    int64  `parquet:"start" unit:"bytes" desc:"Byte offset of the row's text in the source, -1 when none."`
	Text     string `parquet:"text" desc:"The row's text, for finding it in the source."`
	Reason   string `parquet:"reason" desc:"The rule the row failed."`
}

// Check is one finding of a consistency check across figures and sources.
type Check struct {
	FindingID string   `parquet:"finding_id" desc:"Stable identifier of this finding: the same check on the same figures gives the same id."`
	CheckID   string   `parquet:"check_id" desc:"The check that found it; the codebook lists every check with its severity and description."`
	Severity  string   `parquet:"severity" desc:"error (the release must not stand), warning (a person should look) or info."`
	FigureIDs string   `parquet:"figure_ids" desc:"The figures concerned (figures.figure_id), separated by ';'."`
	SourceIDs string   `parquet:"source_ids" desc:"The sources of those figures, separated by ';'."`
	Message   string   `parquet:"message" desc:"What was found, in words, quoting the figures."`
	Stated    *float64 `parquet:"stated,optional" desc:"The value the text states, where the check compares one."`
	Computed  *float64 `parquet:"computed,optional" desc:"The value the check computed from the other figures, where it computes one."`
}
