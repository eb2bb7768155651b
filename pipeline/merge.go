package pipeline

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/kpfigures/figures/pipeline/checks"
	"github.com/kpfigures/figures/pipeline/review"
	"github.com/kpfigures/figures/schemas"
)

// writeTo runs the stages over the corpus and hands every row to sink in release order:
// documents on workers goroutines, merged in corpus order (see merge).
func (c *Corpus) writeTo(staleIsError bool, progress func(Progress), workers int, sink rowSink, sp spill) error {
	next, stop := c.inParallel(workers)
	defer stop()
	return merge(c, next, staleIsError, progress, sink, sp)
}

// inParallel processes the documents on workers goroutines and returns a function that
// gives their results in corpus order (see merge), then nil; stop ends the work early.
func (c *Corpus) inParallel(workers int) (next nextResult, stop func()) {
	workers = max(1, min(workers, len(c.Docs)))
	// A document's worker sends its figure runs, then its result, down the document's
	// channel; the merge drains the channels in corpus order. A run waits in the channel
	// until the merge reaches its document: a yearbook's figures flow through, not held.
	type part struct {
		run figureRun
		res *DocResult
		err error
	}
	parts := make([]chan part, len(c.Docs))
	for i := range parts {
		parts[i] = make(chan part, 2)
	}
	todo := make(chan int)
	quit := make(chan struct{})
	send := func(i int, p part) bool {
		select {
		case parts[i] <- p:
			return true
		case <-quit:
			return false
		}
	}
	// At most window documents are read and not yet merged: workers that run ahead of the
	// merge (a long document being merged, many small ones done) wait instead of holding
	// results without bound.
	window := make(chan struct{}, 2*workers)
	for w := 0; w < workers; w++ {
		go func() {
			var buf []byte // the worker's read buffer, reused from document to document
			for i := range todo {
				res, err := c.runFile(i, &buf, func(r figureRun) error {
					r.block = encodeFigures(r.figs) // here, so that it runs in parallel too
					if !send(i, part{run: r}) {
						return errStopped
					}
					return nil
				})
				if send(i, part{res: res, err: err}) {
					close(parts[i])
				}
			}
		}()
	}
	go func() {
		defer close(todo)
		for i := range c.Docs {
			select {
			case window <- struct{}{}:
			case <-quit:
				return
			}
			select {
			case todo <- i:
			case <-quit:
				return
			}
		}
	}()
	i := 0
	next = func(each func(figureRun) error) (*DocResult, error) {
		if i == len(c.Docs) {
			return nil, nil
		}
		defer func() { i++; <-window }()
		for p := range parts[i] {
			if p.err != nil || p.res != nil {
				return p.res, p.err
			}
			if err := each(p.run); err != nil {
				return nil, err
			}
		}
		return nil, fmt.Errorf("%s: no result", c.Docs[i].Path) // not reached: a worker always sends one
	}
	return next, func() { close(quit) }
}

// errStopped ends a worker's document when the merge has stopped.
var errStopped = errors.New("release stopped")

// nextResult gives the next document's result in corpus order, or nil after the last. A
// result whose figures came a run at a time gives each run to each first, in order, and
// leaves its Figures nil; one made elsewhere (the Beam pipeline) holds its Figures.
type nextResult func(each func(figureRun) error) (*DocResult, error)

// Merge hands the rows of per-document results, given in corpus order by next (nil at the
// end), to a release: figures through the spill while the cross-source checks wait for all
// of them, then figure rows annotated with their findings, then the findings. Results made
// elsewhere (the Beam pipeline) merge into the same release as those made here.
func merge(c *Corpus, next nextResult, staleIsError bool, progress func(Progress), sink rowSink, sp spill) error {
	cross := checks.NewCorpus()
	for _, u := range c.Unread {
		name := filepath.Base(u.Path)
		if err := sink.reject(schemas.Reject{Table: schemas.Sources.Name, RowID: name, SourceID: name, Start: -1,
			Text: name, Reason: "not read: " + u.Reason}); err != nil {
			return err
		}
		if err := sink.skipped(u.Path + ": not read: " + u.Reason); err != nil {
			return err
		}
		if progress != nil {
			progress(Progress{Total: len(c.Docs), Path: u.Path, Skipped: "not read: " + u.Reason, Unread: true})
		}
	}
	for done := 1; ; done++ {
		figures, begun := 0, false
		addRun := func(run figureRun) error {
			if run.source != nil {
				if err := sink.source(*run.source); err != nil {
					return err
				}
				begun = true
			}
			figures += len(run.figs)
			// The category tables have no checks column: their rows go now, the figures
			// table's once the checks across sources are done.
			if err := sink.categories(run.figs); err != nil {
				return err
			}
			if err := sp.add(run.figs, run.block); err != nil {
				return err
			}
			for _, sentence := range cross.AddFigures(run.figs) {
				if err := sp.addSentence(sentence); err != nil {
					return err
				}
			}
			return nil
		}
		r, err := next(addRun)
		if err != nil {
			return err
		}
		if r == nil {
			break
		}
		d := c.Docs[done-1]
		if r.Skipped != "" && c.Strict {
			return &InputError{fmt.Errorf("%s: %s (--strict)", d.Path, r.Skipped)}
		}
		for _, rj := range r.Rejects {
			if err := sink.reject(rj); err != nil {
				return err
			}
		}
		if r.Skipped != "" {
			// Its reject row says why; no source row, no figures.
			if err := sink.skipped(d.Path + ": " + r.Skipped); err != nil {
				return err
			}
			if progress != nil {
				progress(Progress{Done: done, Total: len(c.Docs), Path: d.Path, Skipped: r.Skipped})
			}
			continue
		}
		if !begun {
			if err := sink.source(r.Source); err != nil {
				return err
			}
		}
		if r.Text != nil {
			if err := sink.text(*r.Source.TextFile, r.Text); err != nil {
				return err
			}
		}
		if r.Figures != nil {
			if err := addRun(figureRun{figs: r.Figures}); err != nil {
				return err
			}
		}
		cross.Add(r.Findings, r.Events)
		// The per-source findings are final: written now, in corpus order, before the
		// cross-source ones; the figures' checks column needs only their check ids.
		for _, f := range r.Findings {
			if err := sink.check(f); err != nil {
				return err
			}
		}
		c.Review.MarkUsed(r.Reviewed, r.Refresh, r.Outdated)
		if progress != nil {
			progress(Progress{Done: done, Total: len(c.Docs), Path: d.Path, Figures: figures, Dropped: r.Dropped})
		}
	}
	if err := c.Review.Stale(); err != nil && staleIsError {
		return &InputError{fmt.Errorf("%s: %w", filepath.Join(c.Dir, review.FileName), err)}
	}
	findings, err := cross.CrossSource(sp.eachSentence)
	if err != nil {
		return err
	}
	err = sp.each(func(f schemas.Figure) error {
		if ids := cross.Of(f.FigureID); ids != "" {
			f.Checks = &ids
		}
		return sink.figure(f)
	})
	if err != nil {
		return err
	}
	for _, f := range findings {
		if err := sink.check(f); err != nil {
			return err
		}
	}
	return nil
}
