package pipeline

import (
	"maps"
	"sync"

	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/schemas"
)

// rowSink receives the rows of a release as they are final, in release order. A Dataset
// collects them in memory; a fileSink writes them out as they come.
type rowSink interface {
	source(schemas.Source) error
	figure(schemas.Figure) error       // a figures table row, its checks column filled in
	categories([]schemas.Figure) error // the category rows of figures, as they come (they have no checks column)
	reject(schemas.Reject) error
	check(schemas.Check) error
	skipped(msg string) error            // a document left out, its reject rows already given
	text(name string, data []byte) error // text extracted from a source, shipped beside the tables
}

func (d *Dataset) source(s schemas.Source) error {
	d.Sources = append(d.Sources, s)
	d.rows.addSource(s)
	return nil
}
func (d *Dataset) reject(r schemas.Reject) error { d.Rejects = append(d.Rejects, r); return nil }
func (d *Dataset) check(c schemas.Check) error   { d.Checks = append(d.Checks, c); return nil }
func (d *Dataset) skipped(msg string) error      { d.Skipped = append(d.Skipped, msg); return nil }
func (d *Dataset) text(name string, data []byte) error {
	d.Texts = append(d.Texts, ShippedText{name, data})
	return nil
}

func (d *Dataset) figure(f schemas.Figure) error {
	d.Figures = append(d.Figures, f)
	return nil
}

func (d *Dataset) categories(figs []schemas.Figure) error {
	fu, gr, co := d.rows.split(figs)
	d.Funding = append(d.Funding, fu...)
	d.Graduates = append(d.Graduates, gr...)
	d.Coauthorship = append(d.Coauthorship, co...)
	return nil
}

// fileSink writes the tables of a release as the rows come. Figure rows go in batches to two
// goroutines, one writing the figures table and one the category tables, so that encoding and
// compressing them uses two cores; each keeps the order of the rows. The category rows come
// while the documents are read, the figures table's once the checks across sources are done.
type fileSink struct {
	dir     string
	stats   *Stats
	sources *out.TableWriter[schemas.Source]
	figures *out.TableWriter[schemas.Figure]
	funding *out.TableWriter[schemas.Funding]
	grads   *out.TableWriter[schemas.Graduates]
	coauth  *out.TableWriter[schemas.Coauthorship]
	checks  *out.TableWriter[schemas.Check]
	rejects *out.TableWriter[schemas.Reject]
	closers []func() error

	rowsMu sync.Mutex   // over rows: the sources come while the category lane splits figures
	rows   categoryRows // its publication years added as the sources go by, read by the category lane

	figureLane, categoryLane *lane
}

// figureBatch is how many figure rows go to a writing goroutine at a time.
const figureBatch = 1024

func newFileSink(dir string, lex *lexicon.Lexicon) (s *fileSink, err error) {
	s = &fileSink{dir: dir, stats: newStats(), rows: categoryRows{lex: lex}}
	defer func() {
		if err != nil {
			s.close()
		}
	}()
	if s.sources, err = openTable[schemas.Source](s, dir, schemas.Sources); err != nil {
		return nil, err
	}
	if s.figures, err = openTable[schemas.Figure](s, dir, schemas.Figures); err != nil {
		return nil, err
	}
	if s.funding, err = openTable[schemas.Funding](s, dir, schemas.FundingTable); err != nil {
		return nil, err
	}
	if s.grads, err = openTable[schemas.Graduates](s, dir, schemas.GraduatesTable); err != nil {
		return nil, err
	}
	if s.coauth, err = openTable[schemas.Coauthorship](s, dir, schemas.CoauthorshipTable); err != nil {
		return nil, err
	}
	if s.checks, err = openTable[schemas.Check](s, dir, schemas.Checks); err != nil {
		return nil, err
	}
	if s.rejects, err = openTable[schemas.Reject](s, dir, schemas.Rejects); err != nil {
		return nil, err
	}
	s.figureLane = startLane(func(figs []schemas.Figure) error { return s.figures.Write(figs...) })
	s.categoryLane = startLane(func(figs []schemas.Figure) error {
		s.rowsMu.Lock()
		fu, gr, co := s.rows.split(figs)
		s.rowsMu.Unlock()
		for _, r := range fu {
			s.stats.page.Funding(r)
		}
		if err := s.funding.Write(fu...); err != nil {
			return err
		}
		if err := s.grads.Write(gr...); err != nil {
			return err
		}
		return s.coauth.Write(co...)
	})
	return s, nil
}

// lane is a goroutine that writes the figure batches it is sent, in order, and reports its
// first error when it stops.
type lane struct {
	batch []schemas.Figure
	ch    chan []schemas.Figure
	errc  chan error
}

func startLane(write func([]schemas.Figure) error) *lane {
	l := &lane{ch: make(chan []schemas.Figure, 1), errc: make(chan error, 1)}
	go func() {
		var first error
		for figs := range l.ch {
			if first == nil {
				first = write(figs)
			}
		}
		l.errc <- first
	}()
	return l
}

// add queues figs, sending them in batches of figureBatch or more. The lane reads them
// later: the caller must not change them.
func (l *lane) add(figs ...schemas.Figure) {
	if len(l.batch) == 0 && len(figs) >= figureBatch {
		l.ch <- figs // a run of a long document: a batch already
		return
	}
	l.batch = append(l.batch, figs...)
	if len(l.batch) >= figureBatch {
		l.flush()
	}
}

func (l *lane) flush() {
	if len(l.batch) > 0 {
		l.ch <- l.batch
		l.batch = make([]schemas.Figure, 0, figureBatch) // the lane owns the old one now
	}
}

// stop flushes the lane, ends it and returns its first error.
func (l *lane) stop() error {
	if l == nil {
		return nil
	}
	l.flush()
	close(l.ch)
	return <-l.errc
}

func openTable[T any](s *fileSink, dir string, t *schemas.Table) (*out.TableWriter[T], error) {
	w, err := out.NewTableWriter[T](dir, t)
	if err == nil {
		s.closers = append(s.closers, func() error {
			if err := w.Close(); err != nil {
				return err
			}
			maps.Copy(s.stats.tableSums, w.Sums()) // hashed as written: not read again
			return nil
		})
	}
	return w, err
}

func (s *fileSink) source(r schemas.Source) error {
	s.rowsMu.Lock()
	s.rows.addSource(r)
	s.rowsMu.Unlock()
	s.stats.Rows[schemas.Sources.Name]++
	s.stats.page.Source(r)
	return s.sources.Write(r)
}

func (s *fileSink) reject(r schemas.Reject) error {
	s.stats.Rows[schemas.Rejects.Name]++
	return s.rejects.Write(r)
}

func (s *fileSink) text(name string, data []byte) error {
	return writeShippedText(s.dir, name, data)
}

func (s *fileSink) skipped(msg string) error {
	s.stats.Skipped = append(s.stats.Skipped, msg)
	return nil
}

func (s *fileSink) check(c schemas.Check) error {
	s.stats.check(c)
	return s.checks.Write(c)
}

func (s *fileSink) figure(f schemas.Figure) error {
	s.stats.figure(f)
	s.figureLane.add(f)
	return nil
}

func (s *fileSink) categories(figs []schemas.Figure) error {
	s.categoryLane.add(figs...)
	return nil
}

// close ends the figure lanes and closes every table, returning the first error.
func (s *fileSink) close() error {
	first := s.figureLane.stop()
	if err := s.categoryLane.stop(); first == nil {
		first = err
	}
	s.figureLane, s.categoryLane = nil, nil
	for _, c := range s.closers {
		if err := c(); first == nil {
			first = err
		}
	}
	s.closers = nil
	return first
}
