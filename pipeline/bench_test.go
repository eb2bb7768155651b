package pipeline

import (
	"os"
	"path/filepath"
	"testing"
)

func corpusSize(b *testing.B) int64 {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	var n int64
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		n += st.Size()
	}
	return n
}

// BenchmarkBuild measures extract → normalize → validate over the shipped corpus.
func BenchmarkBuild(b *testing.B) {
	b.SetBytes(corpusSize(b))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Build(corpusDir); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWrite measures writing a release (Parquet, CSV, metadata) of the shipped corpus;
// bytes are those of the source text, so MB/s compare with the other stages.
func BenchmarkWrite(b *testing.B) {
	ds, err := Build(corpusDir)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(corpusSize(b))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if err := Write(b.TempDir(), "0.0.0", ds); err != nil {
			b.Fatal(err)
		}
	}
}
