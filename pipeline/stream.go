package pipeline

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"

	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/pipeline/checks"
	"github.com/kpfigures/figures/pipeline/review"
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
		d.rows.published = PublishedYears{}
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

// spill holds the figures between their extraction and their release: the checks across
// sources must see every figure before any figure row, which lists its findings, is final.
type spill interface {
	// add keeps one document's figures; block is their encoding by encodeFigures when the
	// worker that made them has done it, else nil.
	add(figs []schemas.Figure, block []byte) error
	each(func(schemas.Figure) error) error // in the order added
	// addSentence keeps a sentence that states an anchor (see anchoredSentences), for the
	// cross-source checks; eachSentence gives them back in the order added.
	addSentence([]checks.Anchored) error
	eachSentence(func([]checks.Anchored) error) error
	close() error
}

// memSpill keeps figures in memory, for small corpora and tests.
type memSpill struct {
	figs      []schemas.Figure
	sentences [][]checks.Anchored
}

func (m *memSpill) addSentence(s []checks.Anchored) error {
	m.sentences = append(m.sentences, s)
	return nil
}

func (m *memSpill) eachSentence(fn func([]checks.Anchored) error) error {
	for _, s := range m.sentences {
		if err := fn(s); err != nil {
			return err
		}
	}
	return nil
}

func (m *memSpill) add(figs []schemas.Figure, _ []byte) error {
	m.figs = append(m.figs, figs...)
	return nil
}
func (m *memSpill) close() error { return nil }
func (m *memSpill) each(fn func(schemas.Figure) error) error {
	for _, f := range m.figs {
		if err := fn(f); err != nil {
			return err
		}
	}
	return nil
}

// encodeFigures encodes one document's figures as a self-contained gob stream, a message
// per figure: gob's buffer then holds one figure, not the document's thousands. Workers
// call it, so that the encoding, like the rest of a document's work, runs in parallel.
func encodeFigures(figs []schemas.Figure) ([]byte, error) {
	var b bytes.Buffer
	size := 0
	for i := range figs {
		size += len(figs[i].Sentence) + 256 // the sentence, and about what the other fields take
	}
	b.Grow(size) // once, where doubling would allocate and copy the block several times
	enc := gob.NewEncoder(&b)
	for i := range figs {
		if err := enc.Encode(spilled{Figure: &figs[i], ZeroPointers: zeroPointers(&figs[i])}); err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}

// spilled is a figure as the spill encodes it. Gob sends neither a nil pointer nor a
// pointer to a zero value, and decodes both as nil: a value of 0 ("0%", "from 0 to 5")
// would come back null. ZeroPointers has a bit for each pointer field that points to zero.
type spilled struct {
	Figure       *schemas.Figure
	ZeroPointers uint64
}

// figurePointers are the indexes of the pointer fields of schemas.Figure.
var figurePointers = func() (idx []int) {
	t := reflect.TypeFor[schemas.Figure]()
	for i := 0; i < t.NumField(); i++ {
		if t.Field(i).Type.Kind() == reflect.Pointer {
			idx = append(idx, i)
		}
	}
	return idx // at most 64: TestDiskSpill
}()

func zeroPointers(f *schemas.Figure) (mask uint64) {
	v := reflect.ValueOf(f).Elem()
	for bit, i := range figurePointers {
		if p := v.Field(i); !p.IsNil() && p.Elem().IsZero() {
			mask |= 1 << bit
		}
	}
	return mask
}

func restoreZeroPointers(f *schemas.Figure, mask uint64) {
	v := reflect.ValueOf(f).Elem()
	for bit, i := range figurePointers {
		if mask&(1<<bit) != 0 {
			p := v.Field(i)
			p.Set(reflect.New(p.Type().Elem()))
		}
	}
}

// diskSpill streams figures through a temporary file, so memory does not grow with them: a
// block per document, its length and then its gob stream.
type diskSpill struct {
	figures   *tempFile
	sentences *tempFile // the anchor sentences (see writeSentence)
}

func newDiskSpill(dir string) (*diskSpill, error) {
	figures, err := newTempFile(dir, ".figures-spill-", 1<<20)
	if err != nil {
		return nil, err
	}
	sentences, err := newTempFile(dir, ".anchors-spill-", 1<<16)
	if err != nil {
		figures.close()
		return nil, err
	}
	return &diskSpill{figures: figures, sentences: sentences}, nil
}

func (d *diskSpill) addSentence(s []checks.Anchored) error {
	return checks.WriteSentence(d.sentences.w, s)
}

func (d *diskSpill) eachSentence(fn func([]checks.Anchored) error) error {
	r, err := d.sentences.reader(1 << 16)
	if err != nil {
		return err
	}
	return checks.ReadSentences(r, fn)
}

func (d *diskSpill) add(figs []schemas.Figure, block []byte) error {
	if block == nil {
		var err error
		if block, err = encodeFigures(figs); err != nil {
			return err
		}
	}
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(block)))
	if _, err := d.figures.w.Write(n[:]); err != nil {
		return err
	}
	_, err := d.figures.w.Write(block)
	return err
}

// each decodes the spill on a goroutine of its own, a chunk of figures ahead of fn: the
// release's last phase writes the figures table and is otherwise short of work to overlap.
func (d *diskSpill) each(fn func(schemas.Figure) error) error {
	r, err := d.figures.reader(1 << 20)
	if err != nil {
		return err
	}
	chunks, stop := make(chan []schemas.Figure, 4), make(chan struct{})
	var decodeErr error
	go func() {
		defer close(chunks)
		decodeErr = decodeSpill(r, chunks, stop)
	}()
	defer func() {
		close(stop) // fn failed: the decoder stops at its next chunk
		for range chunks {
		}
	}()
	for chunk := range chunks {
		for _, f := range chunk {
			if err := fn(f); err != nil {
				return err
			}
		}
	}
	return decodeErr // read after chunks closed, so after the decoder set it
}

// spillChunk is how many decoded figures go to the consumer at a time.
const spillChunk = 1024

// decodeSpill reads the blocks of a spill and sends their figures in chunks, until the end,
// an error or stop.
func decodeSpill(br *bufio.Reader, chunks chan<- []schemas.Figure, stop <-chan struct{}) error {
	var n [8]byte
	var block []byte
	chunk := make([]schemas.Figure, 0, spillChunk)
	send := func() bool {
		select {
		case <-stop: // checked first: with room in chunks, the select below could go on sending
			return false
		default:
		}
		select {
		case chunks <- chunk:
			chunk = make([]schemas.Figure, 0, spillChunk)
			return true
		case <-stop:
			return false
		}
	}
	for {
		if _, err := io.ReadFull(br, n[:]); errors.Is(err, io.EOF) {
			if len(chunk) > 0 {
				send()
			}
			return nil
		} else if err != nil {
			return fmt.Errorf("figure spill: %w", err)
		}
		size := binary.LittleEndian.Uint64(n[:])
		block = slices.Grow(block[:0], int(size))[:size]
		if _, err := io.ReadFull(br, block); err != nil {
			return fmt.Errorf("figure spill: %w", err)
		}
		dec := gob.NewDecoder(bytes.NewReader(block))
		for {
			var f schemas.Figure // fresh: gob leaves the fields a message omits as they were
			sf := spilled{Figure: &f}
			if err := dec.Decode(&sf); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				return fmt.Errorf("figure spill: %w", err)
			}
			if sf.ZeroPointers != 0 {
				restoreZeroPointers(&f, sf.ZeroPointers)
			}
			if chunk = append(chunk, f); len(chunk) == spillChunk && !send() {
				return nil
			}
		}
	}
}

func (d *diskSpill) close() error {
	err := d.figures.close()
	if serr := d.sentences.close(); err == nil {
		err = serr
	}
	return err
}

// tempFile is a spill file beside the release being written: written through a buffer,
// read back from its start, removed on close.
type tempFile struct {
	f *os.File
	w *bufio.Writer
}

func newTempFile(dir, pattern string, size int) (*tempFile, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	return &tempFile{f: f, w: bufio.NewWriterSize(f, size)}, nil
}

// reader flushes what was written and reads the file again from its start.
func (t *tempFile) reader(size int) (*bufio.Reader, error) {
	if err := t.w.Flush(); err != nil {
		return nil, err
	}
	if _, err := t.f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return bufio.NewReaderSize(t.f, size), nil
}

func (t *tempFile) close() error {
	err := t.f.Close()
	if rerr := os.Remove(t.f.Name()); err == nil {
		err = rerr
	}
	return err
}

// buildInto runs the stages over a corpus and hands every row to sink in release order:
// documents on workers goroutines, merged in corpus order (see Merge).
func buildInto(corpusDir string, staleIsError bool, progress func(Progress), workers int, sink rowSink, sp spill) (*review.Review, error) {
	c, err := OpenCorpus(corpusDir)
	if err != nil {
		return nil, err
	}
	return c.Review, c.writeTo(staleIsError, progress, workers, sink, sp)
}

// writeTo is buildInto on a corpus already open.
func (c *Corpus) writeTo(staleIsError bool, progress func(Progress), workers int, sink rowSink, sp spill) error {
	next, stop := c.inParallel(workers)
	defer stop()
	return merge(c, next, staleIsError, progress, sink, sp)
}

// inParallel processes the documents on workers goroutines and returns a function that
// gives their results in corpus order, then nil; stop ends the work early.
func (c *Corpus) inParallel(workers int) (next func() (*DocResult, error), stop func()) {
	workers = max(1, min(workers, len(c.Docs)))
	type result struct {
		res *DocResult
		err error
	}
	results := make([]result, len(c.Docs))
	ready := make([]chan struct{}, len(c.Docs))
	for i := range ready {
		ready[i] = make(chan struct{})
	}
	todo := make(chan int)
	quit := make(chan struct{})
	for w := 0; w < workers; w++ {
		go func() {
			var buf []byte // the worker's read buffer, reused from document to document
			for i := range todo {
				res, err := c.runFile(i, &buf)
				if err == nil {
					res.spillBlock, err = encodeFigures(res.Figures)
				}
				results[i] = result{res, err}
				close(ready[i])
			}
		}()
	}
	go func() {
		defer close(todo)
		for i := range c.Docs {
			select {
			case todo <- i:
			case <-quit:
				return
			}
		}
	}()
	i := 0
	next = func() (*DocResult, error) {
		if i == len(c.Docs) {
			return nil, nil
		}
		<-ready[i]
		r := results[i]
		results[i] = result{} // let the merged document go
		i++
		return r.res, r.err
	}
	return next, func() { close(quit) }
}

// Merge hands the rows of per-document results, given in corpus order by next (nil at the
// end), to a release: figures through the spill while the cross-source checks wait for all
// of them, then figure rows annotated with their findings, then the findings. Results made
// elsewhere (the Beam pipeline) merge into the same release as those made here.
func merge(c *Corpus, next func() (*DocResult, error), staleIsError bool, progress func(Progress), sink rowSink, sp spill) error {
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
		r, err := next()
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
		if err := sink.source(r.Source); err != nil {
			return err
		}
		if r.Text != nil {
			if err := sink.text(*r.Source.TextFile, r.Text); err != nil {
				return err
			}
		}
		if err := sp.add(r.Figures, r.spillBlock); err != nil {
			return err
		}
		for _, sentence := range cross.Add(r.Findings, r.Events, r.Figures) {
			if err := sp.addSentence(sentence); err != nil {
				return err
			}
		}
		// The per-source findings are final: written now, in corpus order, before the
		// cross-source ones; the figures' checks column needs only their check ids.
		for _, f := range r.Findings {
			if err := sink.check(f); err != nil {
				return err
			}
		}
		c.Review.MarkUsed(r.Reviewed, r.Refresh, r.Outdated)
		if progress != nil {
			progress(Progress{Done: done, Total: len(c.Docs), Path: d.Path, Figures: len(r.Figures), Dropped: r.Dropped})
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

// Stats are the counts the codebook and the summary report, gathered as rows go by.
type Stats struct {
	Rows       map[string]int // per table
	Categories map[string]int
	Units      map[string]int
	Reviews    map[string]int
	Checks     map[string]int // findings per check_id
	Severities map[string]int
	Skipped    []string // documents left out, with why: "corpus/b.txt: byte 7: invalid UTF-8"
	// ReviewMoved counts the review entries that found their figures by sentence, not by
	// figure_id: the review file's ids are out of date (figures review --update).
	ReviewMoved int

	page      *pageData // what the release page shows, gathered as the rows go by
	tableSums out.Sums  // the checksums of the table files, once they are written
}

func newStats() *Stats {
	return &Stats{Rows: map[string]int{}, Categories: map[string]int{}, Units: map[string]int{},
		Reviews: map[string]int{}, Checks: map[string]int{}, Severities: map[string]int{}, page: newPageData()}
}

func (s *Stats) figure(f schemas.Figure) {
	s.page.figure(f)
	s.Rows[schemas.Figures.Name]++
	s.Categories[f.Category]++
	s.Units[f.Unit]++
	s.Reviews[f.Review]++
	switch f.Category {
	case "funding", "graduates", "coauthorship":
		s.Rows[f.Category]++
	}
}

func (s *Stats) check(c schemas.Check) {
	s.Rows[schemas.Checks.Name]++
	s.Checks[c.CheckID]++
	s.Severities[c.Severity]++
}

// statsOf counts a dataset held in memory.
func statsOf(ds *Dataset) *Stats {
	s := newStats()
	s.Rows[schemas.Sources.Name] = len(ds.Sources)
	for _, src := range ds.Sources {
		s.page.source(src)
	}
	s.Rows[schemas.Rejects.Name] = len(ds.Rejects)
	s.Skipped = ds.Skipped
	for _, f := range ds.Figures {
		s.figure(f)
	}
	for _, c := range ds.Checks {
		s.check(c)
	}
	return s
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

func newFileSink(dir string) (s *fileSink, err error) {
	s = &fileSink{dir: dir, stats: newStats(), rows: categoryRows{published: PublishedYears{}}}
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
	s.stats.page.source(r)
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
