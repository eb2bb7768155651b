package pipeline

import (
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/kpfigures/figures/pipeline/checks"
	"github.com/kpfigures/figures/schemas"
)

// TestSpillCodecCoversFigure: every field of a figure comes back from the spill as it went
// in, each set to a value of its own, or nil, or pointing to zero (gob once made those null).
func TestSpillCodecCoversFigure(t *testing.T) {
	typ := reflect.TypeFor[schemas.Figure]()
	if typ.NumField() != figureFields {
		t.Fatalf("schemas.Figure has %d fields, the spill codec writes %d: add the new ones to it", typ.NumField(), figureFields)
	}
	var full, zero schemas.Figure
	for _, f := range []*schemas.Figure{&full, &zero} {
		v := reflect.ValueOf(f).Elem()
		for i := 0; i < typ.NumField(); i++ {
			field := v.Field(i)
			if field.Kind() == reflect.Pointer {
				field.Set(reflect.New(field.Type().Elem()))
				field = field.Elem()
			}
			if f == &zero {
				continue
			}
			switch field.Kind() {
			case reflect.String:
				field.SetString(fmt.Sprintf("%s ✓ %d", typ.Field(i).Name, i))
			case reflect.Int64, reflect.Int32:
				field.SetInt(int64(-1000 * (i + 1)))
			case reflect.Float64:
				field.SetFloat(float64(i) + 0.25)
			case reflect.Bool:
				field.SetBool(true)
			default:
				t.Fatalf("field %s: kind %s not covered by this test", typ.Field(i).Name, field.Kind())
			}
		}
	}
	second := full
	second.FigureID = "second" // the same sentence: written once
	figs := []schemas.Figure{full, second, zero, {}, full}
	block := encodeFigures(figs)
	r := blockReader{b: block}
	var got []schemas.Figure
	for len(r.b) > 0 {
		var f schemas.Figure
		if err := r.figure(&f); err != nil {
			t.Fatal(err)
		}
		got = append(got, f)
	}
	if diff := cmp.Diff(figs, got); diff != "" {
		t.Errorf("figures back (-want +got):\n%s", diff)
	}
	// A block cut short decodes without a panic, and with an error unless it was cut
	// between two figures.
	boundaries := map[int]bool{}
	for k := range figs {
		b := encodeFigures(figs[:k])
		boundaries[len(b)] = true
	}
	for cut := 1; cut < len(block); cut++ {
		r := blockReader{b: block[:cut]}
		for len(r.b) > 0 && r.err == nil {
			r.figure(new(schemas.Figure))
		}
		if (r.err == nil) != boundaries[cut] {
			t.Errorf("block cut at byte %d of %d: error %v", cut, len(block), r.err)
		}
	}
}

// TestDiskSpill checks that the spill gives back every figure in order, across blocks and
// decoded chunks, and that an error of the consumer stops it and is returned.
func TestDiskSpill(t *testing.T) {
	zero, empty, year := 0.0, "", int32(0)
	all := []schemas.Figure{{FigureID: "zeros", ValueLow: &zero, ValueHigh: &zero, Counted: &empty, Year: &year, Page: &year}}
	sp, err := newDiskSpill(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.close()
	if err := sp.add(all, nil); err != nil {
		t.Fatal(err)
	}
	for doc, n := range []int{0, 1, spillChunk - 1, spillChunk, 2*spillChunk + 5, 3} {
		var figs []schemas.Figure
		for i := 0; i < n; i++ {
			v := float64(i)
			figs = append(figs, schemas.Figure{FigureID: fmt.Sprintf("f%d-%d", doc, i), SourceID: "s", Value: &v,
				Sentence: "It has " + fmt.Sprint(i) + " papers."})
		}
		block := []byte(nil)
		if doc%2 == 0 {
			block = encodeFigures(figs) // as a worker does
		}
		if err := sp.add(figs, block); err != nil {
			t.Fatal(err)
		}
		all = append(all, figs...)
	}
	var got []schemas.Figure
	if err := sp.each(func(f schemas.Figure) error { got = append(got, f); return nil }); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(all, got); diff != "" {
		t.Errorf("figures back (-want +got):\n%s", diff)
	}
	stop, seen := errors.New("disk full"), 0
	err = sp.each(func(schemas.Figure) error {
		if seen++; seen == spillChunk+10 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || seen != spillChunk+10 {
		t.Errorf("each after a failing consumer: %v after %d figures, want %v after %d", err, seen, stop, spillChunk+10)
	}
}

// TestAnchoredFigure: what the cross-source checks keep of a figure comes back as it was,
// zero values and absent ones alike, and nothing else is kept.
func TestAnchoredFigure(t *testing.T) {
	zero, v, counted := 0.0, 4000.0, "IT specialists"
	for _, f := range []schemas.Figure{
		{FigureID: "f1", SourceID: "s", SentenceStart: 7, Text: "4,000", Unit: "people", Value: &v, Counted: &counted,
			Sentence: "dropped", Category: "graduates"},
		{FigureID: "f2", SourceID: "s", Text: "0–5%", Unit: "percent", ValueLow: &zero, ValueHigh: &v},
		{FigureID: "f3"},
	} {
		want := schemas.Figure{FigureID: f.FigureID, SourceID: f.SourceID, SentenceStart: f.SentenceStart, Text: f.Text,
			Value: f.Value, ValueLow: f.ValueLow, ValueHigh: f.ValueHigh, Unit: f.Unit, Counted: f.Counted}
		if diff := cmp.Diff(want, checks.AnchoredOf(f).Figure()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", f.FigureID, diff)
		}
	}
}

// TestSpillSentences: the anchor sentences come back from either spill as they went in,
// empty strings, zero values and all.
func TestSpillSentences(t *testing.T) {
	zero, v, counted := 0.0, 4000.0, "IT specialists"
	sentences := [][]checks.Anchored{
		{checks.AnchoredOf(schemas.Figure{FigureID: "f1", SourceID: "s", SentenceStart: 7, Text: "4,000", Unit: "people", Value: &v, Counted: &counted})},
		{checks.AnchoredOf(schemas.Figure{FigureID: "f2", SourceID: "s", SentenceStart: 90, Text: "0–4,000", ValueLow: &zero, ValueHigh: &v}),
			checks.AnchoredOf(schemas.Figure{FigureID: "f3", SourceID: "s", SentenceStart: 90, Text: "é", Value: &zero}), {}},
	}
	disk, err := newDiskSpill(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer disk.close()
	for name, sp := range map[string]spill{"memory": &memSpill{}, "disk": disk} {
		for _, s := range sentences {
			if err := sp.addSentence(s); err != nil {
				t.Fatal(err)
			}
		}
		for round := 0; round < 2; round++ {
			var got [][]checks.Anchored
			if err := sp.eachSentence(func(s []checks.Anchored) error { got = append(got, s); return nil }); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(sentences, got, cmp.AllowUnexported(checks.Anchored{})); diff != "" {
				t.Errorf("%s, round %d (-want +got):\n%s", name, round, diff)
			}
		}
	}
}
