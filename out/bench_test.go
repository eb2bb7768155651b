package out_test

import (
	"fmt"
	"testing"

	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/schemas"
)

// BenchmarkTableWriter measures writing figure rows (Parquet, CSV and its spreadsheet
// edition), the last stage of a figure-dense release; bytes are those of the CSV for code.
func BenchmarkTableWriter(b *testing.B) {
	rows := make([]schemas.Figure, 16*1024)
	for i := range rows {
		v, y := float64(i*37), int32(2000+i%20)
		subject := "South Pyongan"
		rows[i] = schemas.Figure{FigureID: fmt.Sprintf("f%016x", i*7919), SourceID: "yearbook",
			Start: int64(i * 40), End: int64(i*40 + 6), Text: fmt.Sprint(i * 37), Value: &v,
			Qualifier: "exact", Unit: schemas.UnitPeople, Category: schemas.CategoryGraduates, Year: &y,
			Subject: &subject, Sentence: fmt.Sprintf("South Pyongan: 796 schools, %d students, 745 graduates (32.6%%), KRW 21.5 billion.", i),
			SentenceStart: int64(i * 40), SentenceEnd: int64(i*40 + 85), Review: "auto"}
	}
	b.ReportAllocs()
	var size int64
	for b.Loop() {
		dir := b.TempDir()
		w, err := out.NewTableWriter[schemas.Figure](dir, schemas.Figures)
		if err != nil {
			b.Fatal(err)
		}
		if err := w.Write(rows...); err != nil {
			b.Fatal(err)
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		size = w.Sums()["figures.csv"].Size
	}
	b.SetBytes(size)
	b.ReportMetric(float64(len(rows)*b.N)/b.Elapsed().Seconds(), "rows/s")
}
