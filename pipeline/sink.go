package pipeline

import (
	"github.com/kpfigures/figures/extract/lexicon"
	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/pipeline/normalize"
	"github.com/kpfigures/figures/schemas"
)

// rowSink receives the rows of a release as they are final, in release order. A Dataset
// collects them in memory; a fileSink writes them out as they come.
type rowSink interface {
	source(schemas.Source) error
	figure(schemas.Figure) error // also gives the figure's category row
	reject(schemas.Reject) error
	check(schemas.Check) error
	skipped(msg string) error            // a document left out, its reject rows already given
	text(name string, data []byte) error // text extracted from a source, shipped beside the tables
}

func (d *Dataset) source(s schemas.Source) error {
	d.Sources = append(d.Sources, s)
	if d.rows.published == nil {
		d.rows.published = normalize.PublishedYears{}
	}
	d.rows.published.Add(s)
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
	fu, gr, co := d.rows.split([]schemas.Figure{f})
	d.Funding = append(d.Funding, fu...)
	d.Graduates = append(d.Graduates, gr...)
	d.Coauthorship = append(d.Coauthorship, co...)
	return nil
}

// fileSink writes the tables of a release as the rows come. Figure rows go in batches to two
// goroutines, one writing the figures table and one the category tables, so that encoding and
// compressing them uses two cores; each keeps the order of the rows.
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

	rows categoryRows // its publication years written as the sources go by, read by a lane once figures come

	batch   []schemas.Figure
	lanes   []chan []schemas.Figure
	laneErr []chan error
}

// figureBatch is how many figure rows go to the writing goroutines at a time.
const figureBatch = 1024

func newFileSink(dir string, lex *lexicon.Lexicon) (s *fileSink, err error) {
	s = &fileSink{dir: dir, stats: newStats(), rows: categoryRows{published: normalize.PublishedYears{}, lex: lex}}
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
	s.startLane(func(figs []schemas.Figure) error { return s.figures.Write(figs...) })
	s.startLane(func(figs []schemas.Figure) error {
		fu, gr, co := s.rows.split(figs)
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

// startLane starts a goroutine that writes the figure batches it is sent, in order, and
// reports its first error when its channel closes.
func (s *fileSink) startLane(write func([]schemas.Figure) error) {
	ch, errc := make(chan []schemas.Figure, 1), make(chan error, 1)
	s.lanes, s.laneErr = append(s.lanes, ch), append(s.laneErr, errc)
	go func() {
		var first error
		for figs := range ch {
			if first == nil {
				first = write(figs)
			}
		}
		errc <- first
	}()
}

// flushFigures sends the pending batch to every lane.
func (s *fileSink) flushFigures() {
	if len(s.batch) == 0 {
		return
	}
	for _, ch := range s.lanes {
		ch <- s.batch
	}
	s.batch = make([]schemas.Figure, 0, figureBatch) // the lanes own the old one now
}

// stopLanes flushes the figures, ends the lanes and returns their first error.
func (s *fileSink) stopLanes() error {
	s.flushFigures()
	var first error
	for i, ch := range s.lanes {
		close(ch)
		if err := <-s.laneErr[i]; first == nil {
			first = err
		}
	}
	s.lanes = nil
	return first
}

func openTable[T any](s *fileSink, dir string, t *schemas.Table) (*out.TableWriter[T], error) {
	w, err := out.NewTableWriter[T](dir, t)
	if err == nil {
		s.closers = append(s.closers, w.Close)
	}
	return w, err
}

func (s *fileSink) source(r schemas.Source) error {
	s.rows.published.Add(r)
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
	s.batch = append(s.batch, f)
	if len(s.batch) >= figureBatch {
		s.flushFigures()
	}
	return nil
}

// close ends the figure lanes and closes every table, returning the first error.
func (s *fileSink) close() error {
	first := s.stopLanes()
	for _, c := range s.closers {
		if err := c(); first == nil {
			first = err
		}
	}
	s.closers = nil
	return first
}
