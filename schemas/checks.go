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
// package pipeline (checks.go); this table is what the release documents.
var (
	CheckShareVsTotal = CheckRule{"share_vs_total", SeverityWarning,
		"A share stated next to its count (\"75 (61%) of these papers\") is recomputed against the total stated before it; a difference beyond rounding is reported."}
	CheckPartsVsTotal = CheckRule{"parts_vs_total", SeverityWarning,
		"Amounts listed as parts of a stated total (a budget breakdown) are summed; parts that exceed the total are reported."}
	CheckSameMeasure = CheckRule{"same_measure_differs", SeverityWarning,
		"The same measure stated twice, in one source or two, with different values: sentences that share a round count of 1,000 or more of the same thing (\"50,000 workers\": two significant digits at most, stated in at most four sentences) and state another figure of the same kind differently (\"16 countries\", \"40 countries\")."}
	CheckEventYear = CheckRule{"event_year_differs", SeverityWarning,
		"The same event (a founding, an enactment, a launch of a named body or law) dated to different years, in one source or two."}
	CheckRangeOrder = CheckRule{"range_order", SeverityError,
		"A range whose low end exceeds its high end."}
	CheckPercentOver100 = CheckRule{"percent_over_100", SeverityError,
		"A percentage above 100."}
	CheckInferredCurrency = CheckRule{"currency_inferred", SeverityInfo,
		"An amount written without a currency that takes the currency of the amount before it in the same list."}
)

// CheckRules lists every check.
func CheckRules() []CheckRule {
	return []CheckRule{CheckShareVsTotal, CheckPartsVsTotal, CheckSameMeasure, CheckEventYear,
		CheckRangeOrder, CheckPercentOver100, CheckInferredCurrency}
}

// Reviews are the values of a figure's review column.
var Reviews = []string{"auto", "confirmed", "corrected", "added"}
