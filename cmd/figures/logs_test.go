package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/kpfigures/figures/pipeline"
	"github.com/kpfigures/figures/schemas"
)

func TestLogger(t *testing.T) {
	ds := &pipeline.Stats{Rows: map[string]int{"sources": 2, "figures": 2},
		Categories: map[schemas.Category]int{"funding": 1, "other": 1}, Severities: map[string]int{"warning": 1}}
	var b bytes.Buffer
	l, _ := newLogger(&b, "text", false)
	l.progress(pipeline.Progress{Done: 1, Total: 2, Path: "a.txt", Figures: 3})
	if b.Len() != 0 {
		t.Errorf("progress written to a non-terminal: %q", b.String())
	}
	l.summary(ds, 1500*time.Millisecond)
	if want := "figures release: 2 documents, 2 figures (funding 1, graduates 0, coauthorship 0, other 1), 0 skipped, 0 rejects, checks failed: 0 error, 1 warning, 0 info; 1.5s\n"; b.String() != want {
		t.Errorf("summary %q\nwant    %q", b.String(), want)
	}

	b.Reset()
	l, _ = newLogger(&b, "json", false)
	l.progress(pipeline.Progress{Done: 1, Total: 2, Path: "a.txt", Figures: 3})
	l.summary(ds, time.Second)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("json log lines: %q", lines)
	}
	var ev map[string]any
	if err := json.Unmarshal([]byte(lines[1]), &ev); err != nil || ev["event"] != "summary" || ev["figures"] != 2.0 {
		t.Errorf("summary event %v %v", ev, err)
	}

	b.Reset()
	l, _ = newLogger(&b, "json", true)
	l.progress(pipeline.Progress{Done: 1, Total: 1})
	l.summary(ds, time.Second)
	if b.Len() != 0 {
		t.Errorf("--quiet wrote %q", b.String())
	}
	if _, err := newLogger(&b, "xml", false); err == nil {
		t.Error("--log-format xml accepted")
	}
}
