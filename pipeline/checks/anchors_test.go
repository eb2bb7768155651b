package checks

import (
	"bufio"
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kpfigures/figures/schemas"
)

// TestSentencesRoundTrip: the anchor sentences written to a spill read back as they were,
// each figure's strings and values, one sentence at a time; a spill cut short is an error.
func TestSentencesRoundTrip(t *testing.T) {
	sentences := [][]Anchored{
		{AnchoredOf(schemas.Figure{FigureID: "f1", SourceID: "a", Text: "50,000", Unit: "people", SentenceStart: 10,
			Value: new(50000.0), Counted: new("workers"), Subject: new("North Korea")})},
		{AnchoredOf(schemas.Figure{FigureID: "f2", SourceID: "b", Text: "3,000–4,000", Unit: "people", SentenceStart: 99,
			ValueLow: new(3000.0), ValueHigh: new(4000.0)}),
			AnchoredOf(schemas.Figure{FigureID: "f3", SourceID: "b", Text: "$500 million", Unit: "USD", SentenceStart: 99, Value: new(5e8)})},
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for _, s := range sentences {
		if err := WriteSentence(w, s); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	var got [][]Anchored
	if err := ReadSentences(bufio.NewReader(bytes.NewReader(buf.Bytes())), func(s []Anchored) error {
		got = append(got, s)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sentences, got, cmp.AllowUnexported(Anchored{})); diff != "" {
		t.Errorf("(-written +read):\n%s", diff)
	}
	cut := buf.Bytes()[:buf.Len()-5]
	if err := ReadSentences(bufio.NewReader(bytes.NewReader(cut)), func([]Anchored) error { return nil }); err == nil {
		t.Error("a spill cut short read without an error")
	}
}
