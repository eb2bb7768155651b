package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"
)

func corpusTexts(b *testing.B) [][]byte {
	b.Helper()
	files, err := filepath.Glob("../corpus/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus: %v", err)
	}
	var texts [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, raw)
	}
	return texts
}

func totalBytes(texts [][]byte) int64 {
	var n int64
	for _, t := range texts {
		n += int64(len(t))
	}
	return n
}

// BenchmarkBuildView measures reading: UTF-8 check and the analysis view.
func BenchmarkBuildView(b *testing.B) {
	texts := corpusTexts(b)
	lex := lexicon.Default()
	b.SetBytes(totalBytes(texts))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, raw := range texts {
			if _, err := document.NewDocument("bench.txt", raw, lex); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkFind measures finding figures in views already built.
func BenchmarkFind(b *testing.B) {
	texts := corpusTexts(b)
	lex := lexicon.Default()
	views := make([]*document.View, len(texts))
	b.SetBytes(totalBytes(texts))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		for k, raw := range texts { // new views: finding figures starts with splitting the sentences
			views[k] = document.BuildView(raw, lex)
		}
		b.StartTimer()
		for k, v := range views {
			FindInView(v, texts[k])
		}
	}
}

// BenchmarkFindDocument measures finding figures from the raw bytes: the text check, the
// view and the scan together, as a release does per document (the issue 5 target).
func BenchmarkFindDocument(b *testing.B) {
	texts := corpusTexts(b)
	b.SetBytes(totalBytes(texts))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, raw := range texts {
			doc, err := document.NewDocument("bench.txt", raw, lexicon.Default())
			if err != nil {
				b.Fatal(err)
			}
			Find(doc)
		}
	}
}
