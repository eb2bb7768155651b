package schemas

import (
	"math"
	"strings"
	"testing"
)

func TestFigureRules(t *testing.T) {
	raw := []byte("It trained about\n300 engineers in 2001.")
	good := func() Figure {
		return Figure{FigureID: "f1", SourceID: "s", Start: 11, End: 20, Text: "about 300", Value: new(300.0),
			Qualifier: "approx", Unit: "people", Category: "graduates", Year: new(int32(2001)), Review: "auto",
			Sentence: "It trained about 300 engineers in 2001.", SentenceStart: 0, SentenceEnd: int64(len(raw))}
	}
	tests := []struct {
		name   string
		modify func(*Figure)
		want   string // "" for valid
	}{
		{"valid", func(f *Figure) {}, ""},
		{"valid range", func(f *Figure) { f.Value, f.ValueLow, f.ValueHigh, f.Qualifier = nil, new(1.0), new(2.0), "range" }, ""},
		{"valid currency", func(f *Figure) { f.Unit, f.Category, f.UnitInferred = "KRW", "funding", true }, ""},
		{"empty id", func(f *Figure) { f.FigureID = "" }, "figure_id is empty"},
		{"unknown qualifier", func(f *Figure) { f.Qualifier = "roughly" }, "qualifier"},
		{"unknown unit", func(f *Figure) { f.Unit = "usd" }, "unit"},
		{"unknown category", func(f *Figure) { f.Category = "money" }, "category"},
		{"unknown review", func(f *Figure) { f.Review = "maybe" }, "review"},
		{"inferred on non-currency", func(f *Figure) { f.UnitInferred = true }, "unit_inferred"},
		{"no value", func(f *Figure) { f.Value = nil }, "value is null"},
		{"range with value", func(f *Figure) { f.ValueLow, f.ValueHigh, f.Qualifier = new(1.0), new(2.0), "range" }, "value as well"},
		{"half range", func(f *Figure) { f.Value, f.ValueLow = nil, new(1.0) }, "one end"},
		{"low above high", func(f *Figure) { f.Value, f.ValueLow, f.ValueHigh, f.Qualifier = nil, new(3.0), new(2.0), "range" }, "exceeds high"},
		{"range qualifier without range", func(f *Figure) { f.Qualifier = "range" }, "does not match"},
		{"not finite", func(f *Figure) { f.Value = new(math.Inf(1)) }, "not finite"},
		{"beyond any stated amount", func(f *Figure) { f.Value = new(math.MaxFloat64) }, "beyond"},
		{"implausible year", func(f *Figure) { f.Year = new(int32(201)) }, "year 201"},
		{"page zero", func(f *Figure) { f.Page = new(int32(0)) }, "page"},
		{"offsets outside", func(f *Figure) { f.End = 999 }, "not inside"},
		{"empty span", func(f *Figure) { f.End = f.Start }, "not inside"},
		{"sentence outside", func(f *Figure) { f.SentenceStart = 12 }, "does not contain"},
		{"text not at offsets", func(f *Figure) { f.Start, f.End = 10, 19 }, "is not the source's bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := good()
			tc.modify(&f)
			err := FigureRules(&f, int64(len(raw)), WholeText(raw))
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Errorf("error %v, want one mentioning %q", err, tc.want)
			}
		})
	}
}

// A long source is checked a section at a time: the figure's text is read at its source
// offsets in the section, and a figure outside the section is an error, not a panic.
func TestFigureRulesInSection(t *testing.T) {
	raw := []byte("Intro.\n\nIt trained about\n300 engineers in 2001.")
	section := Text{Bytes: raw[8:], Base: 8}
	f := Figure{FigureID: "f1", SourceID: "s", Start: 19, End: 28, Text: "about 300", Value: new(300.0),
		Qualifier: "approx", Unit: "people", Category: "graduates", Review: "auto",
		Sentence: "It trained about 300 engineers in 2001.", SentenceStart: 8, SentenceEnd: int64(len(raw))}
	if err := FigureRules(&f, int64(len(raw)), section); err != nil {
		t.Errorf("figure in its section: %v", err)
	}
	f.Start, f.End, f.SentenceStart, f.Text = 0, 6, 0, "Intro."
	if err := FigureRules(&f, int64(len(raw)), section); err == nil || !strings.Contains(err.Error(), "outside the section") {
		t.Errorf("figure before its section: error %v, want one saying it is outside the section", err)
	}
}

func TestSourceRules(t *testing.T) {
	raw := []byte("text")
	s := Source{SourceID: "s", File: "s.txt", SHA256: SHA256(raw), Bytes: 4}
	if err := SourceRules(&s, raw); err != nil {
		t.Fatal(err)
	}
	s.Bytes = 5
	if err := SourceRules(&s, raw); err == nil || !strings.Contains(err.Error(), "bytes 5") {
		t.Errorf("size mismatch: %v", err)
	}
	s.Bytes, s.SHA256 = 4, strings.Repeat("0", 64)
	if err := SourceRules(&s, raw); err == nil || !strings.Contains(err.Error(), "sha256") {
		t.Errorf("hash mismatch: %v", err)
	}
}

func TestTablesDescribeEveryField(t *testing.T) {
	for _, tb := range All() {
		if tb.Description == "" {
			t.Errorf("%s: no description", tb.Name)
		}
		for _, f := range tb.Fields {
			if f.Description == "" || f.Name == "" {
				t.Errorf("%s.%s: missing name or description", tb.Name, f.Name)
			}
		}
		md := tb.Schema().Field(0).Metadata
		if v, ok := md.GetValue("description"); !ok || v == "" {
			t.Errorf("%s: Arrow field metadata has no description", tb.Name)
		}
	}
}
