package checks

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/kpfigures/figures/pipeline/normalize"
	"github.com/kpfigures/figures/schemas"
)

// The consistency checks (schemas.CheckRules describes them). Checks never change or drop
// a figure: they add findings to the checks table, and each figure lists the findings that
// concern it. Per-source checks run as each document goes by; cross-source checks run once
// every document is in.

// checker accumulates findings and the dated events the cross-source checks compare.
type checker struct {
	findings []schemas.Check
	events   []Event // one source's, as it is checked

	// The corpus's events, by name: what eventYears reports, kept as the documents go by.
	// Restatements of a known name and year add only their source, so memory grows with
	// the distinct events, not with the corpus.
	eventGroups map[string]*eventGroup
}

func (c *checker) add(rule schemas.CheckRule, figs []schemas.Figure, msg string, stated, computed *float64) {
	ids := make([]string, len(figs))
	var srcs []string
	for i, f := range figs {
		ids[i] = f.FigureID
		if !slices.Contains(srcs, f.SourceID) {
			srcs = append(srcs, f.SourceID)
		}
	}
	c.addRaw(rule, ids, srcs, msg, stated, computed)
}

func (c *checker) addRaw(rule schemas.CheckRule, figureIDs, sourceIDs []string, msg string, stated, computed *float64) {
	h := sha256.Sum256([]byte(rule.ID + "|" + strings.Join(figureIDs, ";") + "|" + strings.Join(sourceIDs, ";") + "|" + msg))
	c.findings = append(c.findings, schemas.Check{
		FindingID: "k" + hex.EncodeToString(h[:8]), CheckID: rule.ID, Severity: rule.Severity,
		FigureIDs: strings.Join(figureIDs, ";"), SourceIDs: strings.Join(sourceIDs, ";"),
		Message: msg, Stated: stated, Computed: computed,
	})
}

// rowChecks reports ranges out of order, percentages over 100 and inherited currencies.
// The row rules keep the first two out of a release this pipeline writes; figures validate
// runs them on releases from elsewhere.
func (c *checker) rowChecks(figs []schemas.Figure) {
	for _, f := range figs {
		if f.ValueLow != nil && f.ValueHigh != nil && *f.ValueLow > *f.ValueHigh {
			c.add(schemas.CheckRangeOrder, []schemas.Figure{f},
				fmt.Sprintf("%q: low %s exceeds high %s", f.Text, num(*f.ValueLow), num(*f.ValueHigh)), f.ValueLow, f.ValueHigh)
		}
		if f.Unit == schemas.UnitPercent {
			for _, v := range []*float64{f.Value, f.ValueLow, f.ValueHigh} {
				if v != nil && *v > 100 {
					c.add(schemas.CheckPercentOver100, []schemas.Figure{f}, fmt.Sprintf("%q: %s%% is over 100", f.Text, num(*v)), v, nil)
					break
				}
			}
		}
		if f.UnitInferred {
			c.add(schemas.CheckInferredCurrency, []schemas.Figure{f},
				fmt.Sprintf("%q has no currency of its own; %s is inherited from the amount before it, from the document's last stated currency, or implied by the text", f.Text, f.Unit), nil, nil)
		}
	}
}

// shareVsTotal recomputes shares written next to their counts, "94 (85%) of the papers",
// against the total stated before them, and checks that shares of one total agree. It
// reports on the shares of figs[from:]; the figures before are the sentences before them,
// which they may refer to.
func (c *checker) shareVsTotal(text schemas.Text, figs []schemas.Figure, from int) {
	var pairs []int // the index of each share, after its count
	attached := map[string]bool{}
	for i := 1; i < len(figs); i++ {
		cnt, sh := figs[i-1], figs[i]
		if sh.Unit != schemas.UnitPercent || sh.Value == nil || cnt.Value == nil || cnt.Unit == schemas.UnitPercent || cnt.SentenceStart != sh.SentenceStart {
			continue
		}
		if between, ok := text.Slice(cnt.End, sh.Start); !ok || strings.TrimSpace(string(between)) != "(" {
			continue
		}
		pairs = append(pairs, i)
		attached[cnt.FigureID] = true
	}
	for k, at := range pairs {
		if at < from {
			continue // reported with the run before
		}
		count, share := figs[at-1], figs[at]
		stated := *share.Value
		tol := roundingTolerance(share.Text)
		// The total: the one the share is "of" ("700 (35%) of the 1,000 graduates"), else
		// the nearest figure before the count, in its sentence or the three before, of the
		// same unit, larger, and not itself a part with a share.
		where := "it is of"
		total, ok := totalAfter(text, figs, at)
		if !ok {
			where = "stated before"
			total, ok = totalBefore(figs, at-1, attached)
		}
		if ok {
			computed := 100 * *count.Value / *total.Value
			if shareDisagrees(stated, computed, tol, total.Qualifier) {
				c.add(schemas.CheckShareVsTotal, []schemas.Figure{count, share, total},
					fmt.Sprintf("%s is %.1f%% of the %s %s (%q), but the text says %s", count.Text, computed,
						num(*total.Value), where, total.Text, share.Text), new(stated), new(round1(computed)))
			}
		}
		// Shares of the same total imply the same total: "94 (85%)" implies 110.6, so
		// "75 (61%)" of the same papers cannot be right.
		if k == 0 {
			continue
		}
		prevCount, prevShare := figs[pairs[k-1]-1], figs[pairs[k-1]]
		if prevCount.Unit != count.Unit || count.SentenceStart-prevCount.SentenceStart > shareSpan {
			continue
		}
		lo1, hi1 := impliedTotal(*prevCount.Value, *prevShare.Value, roundingTolerance(prevShare.Text))
		lo2, hi2 := impliedTotal(*count.Value, stated, tol)
		if hi1 < lo2 || hi2 < lo1 {
			t1 := 100 * *prevCount.Value / *prevShare.Value
			computed := 100 * *count.Value / t1
			c.add(schemas.CheckShareVsTotal, []schemas.Figure{prevCount, prevShare, count, share},
				fmt.Sprintf("%s (%s) implies a total of %.1f, but %s (%s) implies %.1f: at a total of %.1f, %s would be %.1f%%",
					prevCount.Text, prevShare.Text, t1, count.Text, share.Text, 100**count.Value/stated,
					t1, count.Text, computed), new(stated), new(round1(computed)))
		}
	}
}

// shareSpan is how far apart, in bytes of their sentences' starts, two shares are compared
// as shares of one total; totalSentences is how many sentences before its count's a total
// is looked for. A run of figures is checked with the sentences before it that span.
const (
	shareSpan      = 2000
	totalSentences = 3
)

// ofTheRE is what stands between a share in parentheses and the total it is a share of:
// ") of the", ") of all", ") of a total of".
var ofTheRE = regexp.MustCompile(`^\)\s+(?i:out\s+)?of\s+(?i:(?:the|all|a\s+total\s+of|the\s+total\s+of)\s+)?(?i:(?:about|some|nearly|approximately|around|over|more\s+than|at\s+least)\s+)?$`)

// totalAfter finds the total the count and the share at figs[at] are of, written right after
// them in their sentence: "700 (35%) of the 1,000 graduates".
func totalAfter(text schemas.Text, figs []schemas.Figure, at int) (schemas.Figure, bool) {
	if at+1 >= len(figs) {
		return schemas.Figure{}, false
	}
	count, share, t := figs[at-1], figs[at], figs[at+1]
	if t.SentenceStart != share.SentenceStart || t.Value == nil || t.Unit != count.Unit || *t.Value <= *count.Value ||
		t.Start < share.End {
		return schemas.Figure{}, false
	}
	if between, ok := text.Slice(share.End, t.Start); !ok || !ofTheRE.Match(between) {
		return schemas.Figure{}, false
	}
	return t, true
}

// totalBefore finds the total of the count at figs[at] stated before it: the nearest larger
// figure of its unit, in its sentence or the totalSentences before, that is not a count with
// a share of its own.
func totalBefore(figs []schemas.Figure, at int, attached map[string]bool) (schemas.Figure, bool) {
	count := figs[at]
	sentences := 0
	last := count.SentenceStart
	for j := at - 1; j >= 0; j-- {
		f := figs[j]
		if f.SentenceStart != last {
			sentences++
			last = f.SentenceStart
		}
		if sentences > totalSentences {
			break
		}
		if f.Value != nil && f.Unit == count.Unit && *f.Value > *count.Value && !attached[f.FigureID] {
			return f, true
		}
	}
	return schemas.Figure{}, false
}

// shareDisagrees compares a stated share with one computed from a total, the total's
// qualifier bounding it: a total of "at least 110" makes the computed share an upper bound.
func shareDisagrees(stated, computed, tol float64, totalQualifier string) bool {
	switch totalQualifier {
	case "more_than", "at_least":
		return stated > computed+tol
	case "less_than", "up_to":
		return stated < computed-tol
	case "approx":
		return math.Abs(stated-computed) > tol+0.1*computed
	}
	return math.Abs(stated-computed) > tol
}

// impliedTotal returns the range of totals of which count is share percent, the share
// being rounded to within tol.
func impliedTotal(count, share, tol float64) (float64, float64) {
	return 100 * count / (share + tol), 100 * count / math.Max(share-tol, 1e-9)
}

var numberRE = regexp.MustCompile(`\d+(?:\.(\d+))?`)

// roundingTolerance is half a unit of the last digit a percentage is written with: 0.5 for
// "85%", 0.05 for "52.3%".
func roundingTolerance(text string) float64 {
	m := numberRE.FindAllStringSubmatch(text, -1)
	if len(m) == 0 {
		return 0.5
	}
	return 0.5 * math.Pow(10, -float64(len(m[len(m)-1][1])))
}

// partsVsTotal sums the amounts of a list (three or more in one sentence, one currency)
// and compares them with the amount of that currency stated just before the list as their
// total. Parts that exceed the total are reported. It reports on the sentences of
// figs[from:], which start a sentence; the figures before are the sentences before them.
func (c *checker) partsVsTotal(figs []schemas.Figure, from int) {
	for i := from; i < len(figs); {
		j := i
		for j < len(figs) && figs[j].SentenceStart == figs[i].SentenceStart {
			j++
		}
		sentence := figs[i:j]
		for _, cur := range currencies(sentence) {
			var parts []schemas.Figure
			for _, f := range sentence {
				if f.Unit == cur && f.Value != nil {
					parts = append(parts, f)
				}
			}
			if len(parts) < 3 {
				continue
			}
			total, ok := moneyBefore(figs[:i], parts, cur)
			if !ok {
				continue
			}
			var sum float64
			for _, p := range parts {
				sum += *p.Value
			}
			tol := 0.005 * *total.Value
			if total.Qualifier == "approx" {
				tol = 0.1 * *total.Value
			}
			if sum > *total.Value+tol && total.Qualifier != "more_than" && total.Qualifier != "at_least" {
				texts := make([]string, len(parts))
				for k, p := range parts {
					texts[k] = p.Text
				}
				c.add(schemas.CheckPartsVsTotal, append([]schemas.Figure{total}, parts...),
					fmt.Sprintf("the parts %s add up to %s %s, more than the total %q before them",
						strings.Join(texts, " + "), num(sum), cur, total.Text), total.Value, new(sum))
			}
		}
		i = j
	}
}

func currencies(figs []schemas.Figure) []schemas.Unit {
	var out []schemas.Unit
	for _, f := range figs {
		if f.Unit.IsCurrency() && !slices.Contains(out, f.Unit) {
			out = append(out, f.Unit)
		}
	}
	return out
}

// moneyBefore finds the amount of currency cur in the sentence before the list, larger than
// every part: the total the list breaks down.
func moneyBefore(before []schemas.Figure, parts []schemas.Figure, cur schemas.Unit) (schemas.Figure, bool) {
	var largest float64
	for _, p := range parts {
		largest = math.Max(largest, *p.Value)
	}
	if len(before) == 0 {
		return schemas.Figure{}, false
	}
	prevSentence := before[len(before)-1].SentenceStart
	for k := len(before) - 1; k >= 0 && before[k].SentenceStart == prevSentence; k-- {
		f := before[k]
		if f.Unit == cur && f.Value != nil && *f.Value > largest {
			return f, true
		}
	}
	return schemas.Figure{}, false
}

// sentenceKey identifies a sentence of the corpus.
type sentenceKey struct {
	source string
	start  int64
}

// sameMeasure finds sentences that share an anchor (the same count of the same thing,
// "50,000 workers") and state another figure of the same kind with a different value
// ("16 countries" and "40 countries").
// Only anchors in shared count: those stated in two to maxAnchorSentences sentences of the
// whole corpus (figs holds just the sentences that state one).
func (c *checker) sameMeasure(figs []schemas.Figure, shared map[string]bool) {
	bySentence := map[sentenceKey][]schemas.Figure{}
	anchors := map[string][]sentenceKey{}
	for _, f := range figs {
		k := sentenceKey{f.SourceID, f.SentenceStart}
		bySentence[k] = append(bySentence[k], f)
		if a := anchorKey(f); shared[a] && !slices.Contains(anchors[a], k) {
			anchors[a] = append(anchors[a], k)
		}
	}
	seen := map[string]bool{}
	for _, a := range slices.Sorted(maps.Keys(anchors)) {
		ks := anchors[a]
		for x := 0; x < len(ks); x++ {
			for y := x + 1; y < len(ks); y++ {
				for _, f := range bySentence[ks[x]] {
					for _, g := range bySentence[ks[y]] {
						if anchorKey(f) == a || anchorKey(g) == a || measureKey(f) == "" || measureKey(f) != measureKey(g) || sameValue(f, g) {
							continue
						}
						pairKey := f.FigureID + g.FigureID
						if seen[pairKey] {
							continue
						}
						seen[pairKey] = true
						c.add(schemas.CheckSameMeasure, []schemas.Figure{f, g},
							fmt.Sprintf("two sentences about the same %s state %q and %q", anchorLabel(a), withCounted(f), withCounted(g)),
							f.Value, g.Value)
					}
				}
			}
		}
	}
}

// restatementKey identifies what a figure measures, for comparing restatements of it across
// sources: its subject, what it counts (its currency too, for money), and its year. A figure
// without a subject or a counted noun has none: "$500 million" alone could be anything.
func restatementKey(f schemas.Figure) string {
	if f.Subject == nil || f.Counted == nil || f.Unit == schemas.UnitPercent || (f.Value == nil && f.ValueLow == nil) {
		return ""
	}
	head := normalize.HeadNoun(*f.Counted)
	subject := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(*f.Subject, "The "), "the "))
	if head == "" || subject == "" {
		return ""
	}
	year := ""
	if f.Year != nil {
		year = strconv.Itoa(int(*f.Year))
	}
	return "restated " + subject + " | " + string(f.Unit) + " " + head + " | " + year
}

// restatedMeasure reports the same measure (see restatementKey) stated with different
// values by different sources: "a $500 million fund" in one, "a $600 million fund" in
// another. Within one source, two values of one measure are often two things (two funds).
func (c *checker) restatedMeasure(figs []Anchored) {
	byKey := map[string][]schemas.Figure{}
	for _, a := range figs {
		byKey[a.restates] = append(byKey[a.restates], a.Figure())
	}
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		fs := byKey[k]
		for x := 0; x < len(fs); x++ {
			for y := x + 1; y < len(fs); y++ {
				f, g := fs[x], fs[y]
				if f.SourceID == g.SourceID || sameValue(f, g) {
					continue
				}
				subject, _, _ := strings.Cut(strings.TrimPrefix(k, "restated "), " | ")
				c.add(schemas.CheckSameMeasure, []schemas.Figure{f, g},
					fmt.Sprintf("%s and %s state the same measure of %q differently: %q and %q", f.SourceID, g.SourceID,
						subject, withCounted(f), withCounted(g)), f.Value, g.Value)
			}
		}
	}
}

// An anchor is a round count (two significant digits at most: the way a figure is restated,
// "50,000 workers"), large enough not to recur by chance (minAnchor), stated in few enough
// sentences to mean one thing (maxAnchorSentences).
const (
	minAnchor          = 1000
	maxAnchorSentences = 4
)

// anchorKey identifies a figure that can tie two sentences to the same subject: an exact-ish
// count of a named thing, large enough not to recur by chance.
func anchorKey(f schemas.Figure) string {
	if f.Value == nil || *f.Value < minAnchor || f.Counted == nil || f.Unit == schemas.UnitPercent || significantDigits(*f.Value) > 2 {
		return ""
	}
	return num(*f.Value) + " " + normalize.HeadNoun(*f.Counted)
}

// significantDigits counts the digits of v from its first to its last non-zero one.
func significantDigits(v float64) int {
	s := strings.Trim(strings.ReplaceAll(strconv.FormatFloat(v, 'f', -1, 64), ".", ""), "0")
	return len(s)
}

func anchorLabel(a string) string { return "\"" + a + "\"" }

// withCounted is a figure's text and what it counts: "16 countries".
func withCounted(f schemas.Figure) string {
	if f.Counted == nil {
		return f.Text
	}
	return f.Text + " " + *f.Counted
}

// measureKey says what kind of thing a figure measures: its currency, or its unit and the
// head noun it counts.
func measureKey(f schemas.Figure) string {
	if f.Unit.IsCurrency() {
		return string(f.Unit)
	}
	if f.Counted == nil {
		return ""
	}
	return string(f.Unit) + ":" + normalize.HeadNoun(*f.Counted)
}

func sameValue(f, g schemas.Figure) bool {
	return f.Low() <= g.High() && g.Low() <= f.High() // equal, or overlapping ranges
}

// ByFigure gives, per figure id, the check ids of the findings that concern it,
// ';'-separated, in the order the findings came.
func ByFigure(findings []schemas.Check) map[string]string {
	fc := figureChecks{}
	for _, f := range findings {
		fc.add(f)
	}
	out := make(map[string]string, len(fc))
	for id := range fc {
		out[id] = fc.of(id)
	}
	return out
}

// figureChecks gathers ByFigure as the findings go by, holding the check ids, not
// the findings: a release writes each finding as it comes and needs only this at the end.
type figureChecks map[string][]string

func (fc figureChecks) add(f schemas.Check) {
	for _, id := range strings.Split(f.FigureIDs, ";") {
		if id != "" && !slices.Contains(fc[id], f.CheckID) {
			fc[id] = append(fc[id], f.CheckID)
		}
	}
}

// of returns the check ids of figure id, ';'-separated, or "".
func (fc figureChecks) of(id string) string { return strings.Join(fc[id], ";") }

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func round1(v float64) float64 { return math.Round(v*10) / 10 }
