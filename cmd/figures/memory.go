package main

import (
	"cmp"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/kpfigures/figures/pipeline"
)

// memoryLimit is the soft limit of the Go heap when GOMEMLIMIT does not set one: the
// release streams, so its live heap is small, and without a limit the collector lets the
// heap grow to twice that before it runs.
const memoryLimit = 224 << 20 // peak RSS stays under 256 MB (make bench: 250 MB at 1 GB)

// gcPercent is the collector's GOGC when the environment sets none: with the memory limit
// above capping the heap, collecting less often while the heap is small saves a tenth of
// the run (make bench) without raising the peak past the limit.
const gcPercent = 400

// heapPerTextByte is about what a document costs the heap, per byte held, while it is read:
// its text with its view, its sentences and its figures (a 20 MB figure-dense text held whole:
// about 90 MB). A long text file is read in sections (see pipeline.HeldBytes).
const heapPerTextByte = 4.5

// roomForDocuments raises the heap's limit when the documents read at once (the workers
// largest) cannot fit under it, and says so: under a limit below what they hold, the collector
// runs without pause (a 200 MB yearbook took 327 s so, 126 s without the limit). GOMEMLIMIT,
// when set, is left alone; a corpus that cannot be listed is left to the release to report.
func roomForDocuments(corpus string, workers int, logs *logger) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	need, largest, size := heapFor(corpus, workers)
	if need <= memoryLimit {
		return
	}
	debug.SetMemoryLimit(need)
	logs.warn("%s is %d MB, and a document of its format is held whole while it is read: memory may reach about %d MB, beyond the 256 MB a release keeps to otherwise",
		largest, size/1e6, need/1e6)
}

// heapFor estimates the heap a release of corpus on workers workers needs: its workers
// largest text documents held at once, and a quarter of the usual limit for the rest. It
// names the document that holds the most and the bytes of it held.
func heapFor(corpus string, workers int) (need int64, largest string, size int64) {
	docs, err := pipeline.LoadCorpus(corpus)
	if err != nil {
		return 0, "", 0
	}
	type doc struct {
		path string
		size int64
	}
	var texts []doc
	for _, d := range docs {
		if strings.EqualFold(filepath.Ext(d.Path), ".pdf") {
			continue // its text, extracted, is a fraction of it
		}
		if st, err := os.Stat(d.Path); err == nil {
			texts = append(texts, doc{d.Path, pipeline.HeldBytes(d.Path, st.Size())})
		}
	}
	if len(texts) == 0 {
		return 0, "", 0
	}
	slices.SortStableFunc(texts, func(a, b doc) int { return cmp.Compare(b.size, a.size) })
	var held int64
	for _, d := range texts[:min(workers, len(texts))] {
		held += d.size
	}
	return int64(float64(held)*heapPerTextByte) + memoryLimit/4, texts[0].path, texts[0].size
}
