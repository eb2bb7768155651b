package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kpfigures/figures/pipeline"
	"github.com/kpfigures/figures/schemas"
)

// logger writes progress and the closing summary of long work to stderr: progress only on a
// terminal (or always as JSON lines with --log-format json), nothing with --quiet.
type logger struct {
	w        io.Writer
	json     bool
	quiet    bool
	terminal bool
}

func newLogger(w io.Writer, format string, quiet bool) (*logger, error) {
	if format != "text" && format != "json" {
		return nil, usageError("--log-format %q: want text or json", format)
	}
	l := &logger{w: w, json: format == "json", quiet: quiet}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil {
			l.terminal = st.Mode()&os.ModeCharDevice != 0
		}
	}
	return l, nil
}

func (l *logger) progress(p pipeline.Progress) {
	if p.Skipped != "" {
		l.skipped(p)
		return
	}
	l.dropped(p)
	switch {
	case l.quiet:
	case l.json:
		l.event(map[string]any{"event": "document", "done": p.Done, "total": p.Total, "path": p.Path, "figures": p.Figures})
	case l.terminal:
		fmt.Fprintf(l.w, "\r\033[K[%d/%d] %s: %d figures", p.Done, p.Total, p.Path, p.Figures)
		if p.Done == p.Total {
			fmt.Fprint(l.w, "\r\033[K")
		}
	}
}

// warn reports something a person running the release should know, unless --quiet.
func (l *logger) warn(format string, args ...any) {
	if l.quiet {
		return
	}
	msg := fmt.Sprintf(format, args...)
	if l.json {
		l.event(map[string]any{"event": "warning", "message": msg})
		return
	}
	if l.terminal {
		fmt.Fprint(l.w, "\r\033[K")
	}
	fmt.Fprintf(l.w, "figures release: warning: %s\n", msg)
}

// dropped reports the spans of a document its view left out as site furniture (unless
// --quiet): a cut in the wrong place loses text, and a person should be able to see it.
func (l *logger) dropped(p pipeline.Progress) {
	if l.quiet {
		return
	}
	for _, d := range p.Dropped {
		if l.json {
			l.event(map[string]any{"event": "dropped", "path": p.Path, "span": d})
			continue
		}
		if l.terminal {
			fmt.Fprint(l.w, "\r\033[K")
		}
		fmt.Fprintf(l.w, "figures release: warning: %s: %s\n", p.Path, d)
	}
}

// skipped reports a document left out of the release, even with --quiet: it is a fault of
// the corpus that a person must see (the release's rejects table keeps the reason too).
func (l *logger) skipped(p pipeline.Progress) {
	if l.json {
		l.event(map[string]any{"event": "skipped", "done": p.Done, "total": p.Total, "path": p.Path, "reason": p.Skipped})
		return
	}
	if l.terminal && !l.quiet {
		fmt.Fprint(l.w, "\r\033[K")
	}
	if p.Unread {
		fmt.Fprintf(l.w, "figures release: warning: %s: %s (see the rejects table)\n", p.Path, p.Skipped)
		return
	}
	fmt.Fprintf(l.w, "figures release: warning: %s: %s: document skipped (see the rejects table; --strict makes this an error)\n", p.Path, p.Skipped)
}

// summary is the one line that ends a release: documents, figures per category, rejects,
// checks failed, time.
func (l *logger) summary(st *pipeline.Stats, took time.Duration) {
	if l.quiet || st == nil {
		return
	}
	docs, figs, rejects := st.Rows[schemas.Sources.Name], st.Rows[schemas.Figures.Name], st.Rows[schemas.Rejects.Name]
	if st.ReviewMoved > 0 && !l.json {
		fmt.Fprintf(l.w, "figures release: warning: %d review entries found their figures by sentence, not figure_id: "+
			"figures review --update writes their current ids\n", st.ReviewMoved)
	}
	if l.json {
		l.event(map[string]any{"event": "summary", "documents": docs, "figures": figs,
			"categories": st.Categories, "rejects": rejects, "skipped": len(st.Skipped), "checks": st.Severities, "seconds": took.Seconds()})
		return
	}
	fmt.Fprintf(l.w, "figures release: %s, %s (", count(docs, "document"), count(figs, "figure"))
	for i, c := range schemas.Categories {
		if i > 0 {
			fmt.Fprint(l.w, ", ")
		}
		fmt.Fprintf(l.w, "%s %d", c, st.Categories[c])
	}
	fmt.Fprintf(l.w, "), %d skipped, %s", len(st.Skipped), count(rejects, "reject"))
	sev := st.Severities
	if n := sev[schemas.SeverityError] + sev[schemas.SeverityWarning] + sev[schemas.SeverityInfo]; n > 0 {
		fmt.Fprintf(l.w, ", checks failed: %d error, %d warning, %d info", sev[schemas.SeverityError],
			sev[schemas.SeverityWarning], sev[schemas.SeverityInfo])
	}
	fmt.Fprintf(l.w, "; %s\n", took.Round(time.Millisecond))
}

// count says n things in English: "1 document", "2 documents".
func count(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return fmt.Sprintf("%d %ss", n, thing)
}

func (l *logger) event(v map[string]any) {
	b, _ := json.Marshal(v)
	fmt.Fprintf(l.w, "%s\n", b)
}
