package schemas

// Severities of a check, from most to least grave.
const (
	SeverityError   = "error"   // the release must not stand: figures validate fails
	SeverityWarning = "warning" // a person should look; nothing is dropped
	SeverityInfo    = "info"    // recorded for the reader
)

// CheckRule describes one consistency check across figures.
type CheckRule struct {
	ID          string
	Severity    string
	Description string
}

// The consistency checks, in the order the codebook lists them. Their implementations are in
// package pipeline/checks; this table is what the release documents.
var (
	CheckShareVsTotal = CheckRule{"share_vs_total", SeverityWarning,
		"A share stated next to its count (\"75 (61%) of these papers\") is recomputed against its total: the one it is of (\"700 (35%) of the 1,000 graduates\"), else the one stated before it in its sentence or the three before; a difference beyond rounding is reported."}
	CheckPartsVsTotal = CheckRule{"parts_vs_total", SeverityWarning,
		"Amounts listed as parts of a stated total (a budget breakdown) are summed; parts that exceed the total are reported."}
	CheckSameMeasure = CheckRule{"same_measure_differs", SeverityWarning,
		"The same measure stated twice with different values: sentences that share a round count of 1,000 or more of the same thing (\"50,000 workers\": two significant digits at most, stated in at most four sentences) and state another figure of the same kind differently (\"16 countries\", \"40 countries\"); or two sources that state a figure of the same subject, counted noun (and currency) and year differently (\"a $500 million fund\", \"a $600 million fund\")."}
	CheckEventYear = CheckRule{"event_year_differs", SeverityWarning,
		"The same event or plan dated to different years, in one source or two: a founding, an enactment or a launch of a named body or law (\"was established in 1990\"), or a named plan, programme or law with the one year of the sentence that names it (\"the first ... Three-Year Plan (1988)\"); names compare without regard to case."}
	CheckTableVsTotal = CheckRule{"table_vs_total", SeverityWarning,
		"The rows of a table (found by its caption, \"Figure 1: ...\"; flattened into text or not) summed, each row's last amount, against a total the text states about the table in the sentence that names it or the next; the total's qualifier sets the tolerance (approximately: ±10%, exact: ±0.5%)."}
	CheckRangeOrder = CheckRule{"range_order", SeverityError,
		"A range whose low end exceeds its high end."}
	CheckPercentOver100 = CheckRule{"percent_over_100", SeverityWarning,
		"A percentage above 100: impossible for a share of a whole, right for a growth rate or a ratio (debt at 234% of GDP, 124.8% of a target); a person should look. Such figures are released, not rejected."}
	CheckInferredCurrency = CheckRule{"currency_inferred", SeverityInfo,
		"An amount written without a currency that takes the currency of the amount before it in the same list."}
)

// CheckRules lists every check.
func CheckRules() []CheckRule {
	return []CheckRule{CheckShareVsTotal, CheckPartsVsTotal, CheckTableVsTotal, CheckSameMeasure, CheckEventYear,
		CheckRangeOrder, CheckPercentOver100, CheckInferredCurrency}
}

// Reviews are the values of a figure's review column.
var Reviews = []string{"auto", "confirmed", "corrected", "added"}
