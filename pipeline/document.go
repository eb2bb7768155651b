package pipeline

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/pipeline/normalize"

	"github.com/kpfigures/figures/extract"
	"github.com/kpfigures/figures/pipeline/checks"
	"github.com/kpfigures/figures/pipeline/review"
	"github.com/kpfigures/figures/schemas"
)

// Corpus is a corpus directory opened for a release: its documents in order and its review.
type Corpus struct {
	Dir    string
	Docs   []CorpusDoc
	Review *review.Review
	Unread []Unread         // files of the directory the release does not read
	Strict bool             // a document that cannot be read as text is an error, not a skipped source
	Lex    *lexicon.Lexicon // the domain words its documents are read with

	runFigures   int // figures a document's stages take at a time; 0 for runFigures (tests set fewer)
	sectionBytes int // a section of a long text document; 0 for sectionBytes (tests set fewer)
}

// OpenCorpus lists the documents of dir and loads its manifest and review file. Its errors
// are *InputError.
func OpenCorpus(dir string) (*Corpus, error) {
	docs, err := LoadCorpus(dir)
	if err != nil {
		return nil, &InputError{err}
	}
	return openCorpus(os.DirFS(dir), dir, docs)
}

// OpenCorpusFS is OpenCorpus on a file system whose root is the corpus directory (a
// bucket's, on a cluster), named dir in messages and in the documents' paths. Its documents
// are then processed from their bytes (see RunBytes).
func OpenCorpusFS(fsys fs.FS, dir string) (*Corpus, error) {
	docs, err := loadCorpus(fsys, dir)
	if err != nil {
		return nil, &InputError{err}
	}
	return openCorpus(fsys, dir, docs)
}

func openCorpus(fsys fs.FS, dir string, docs []CorpusDoc) (*Corpus, error) {
	unread, err := unreadFiles(fsys, dir)
	if err != nil {
		return nil, err
	}
	review, err := review.LoadFS(fsys, dir)
	if err != nil {
		return nil, &InputError{err}
	}
	return &Corpus{Dir: dir, Docs: docs, Unread: unread, Review: review, Lex: lexicon.Default()}, nil
}

// newDataset returns an empty in-memory dataset for the corpus's rows.
func (c *Corpus) newDataset() *Dataset { return &Dataset{rows: categoryRows{lex: c.Lex}} }

// DocResult is what the per-document stages make of one source, ready to merge into a
// release: rows, findings of the per-source checks, dated events for the cross-source ones,
// and the review entries used. It holds no reference to the document's text.
type DocResult struct {
	Source   schemas.Source
	Figures  []schemas.Figure // all of them from Run and RunBytes; nil when they went to the merge a run at a time
	Rejects  []schemas.Reject
	Findings []schemas.Check
	Events   []checks.Event
	Reviewed []int             // numbers of the review entries used
	Refresh  []review.Refresh  // review entries to write again with their figure's id and words
	Outdated []review.Outdated // review entries whose figure's number changed
	Text     []byte            // the text extracted from the document (PDF), which the release ships; nil for text

	// Skipped says why the document could not be read as text ("byte 7: invalid UTF-8"):
	// its source row is then left out of the release and Rejects says why instead.
	Skipped string

	// Dropped says what the view left out as site furniture, one line per span ("bytes
	// 1200–5400: site furniture: a block after 'Comments0' (12 figures, in rejects)").
	Dropped []string
}

// Run runs the stages on document i: extract → normalize → review → row rules → per-source checks.
// It changes nothing in c, so documents may be processed at once, here or elsewhere.
func (c *Corpus) Run(i int) (*DocResult, error) {
	var buf []byte
	return collectFigures(func(emit func(figureRun) error) (*DocResult, error) { return c.runFile(i, &buf, emit) })
}

// runFile is runDocument reading the file into *buf, which it leaves holding the bytes for
// the next document to reuse: a worker reads hundreds of megabytes, and fresh buffers cost
// the collector. Nothing of a DocResult points into the bytes (TestResultOwnsItsBytes).
func (c *Corpus) runFile(i int, buf *[]byte, emit func(figureRun) error) (*DocResult, error) {
	if c.readsInSections(i) {
		return c.runSections(i, emit)
	}
	d := c.Docs[i]
	raw, err := readFileInto((*buf)[:0], d.Path)
	if err != nil {
		return c.skipped(d, nil, document.ReadError(d.Path, err)), nil
	}
	*buf = raw
	return c.runDocument(i, raw, true, emit)
}

// readFileInto is os.ReadFile into buf's memory.
func readFileInto(buf []byte, path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if st, err := f.Stat(); err == nil && st.Size() > 0 && int64(int(st.Size())) == st.Size() {
		size = int(st.Size()) + 1 // one more, to see the end without growing
	}
	data := slices.Grow(buf[:0], size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) {
			data = slices.Grow(data, 4096) // the file grew since Stat
		}
	}
}

// RunBytes is Run on the document's bytes when the caller has read them already
// (from object storage, say); nil reads the file.
func (c *Corpus) RunBytes(i int, raw []byte) (*DocResult, error) {
	if raw == nil {
		return c.Run(i)
	}
	return collectFigures(func(emit func(figureRun) error) (*DocResult, error) { return c.runDocument(i, raw, false, emit) })
}

// collectFigures runs a document with run, gathering the figure rows it gives a run at a
// time into the result's Figures.
func collectFigures(run func(emit func(figureRun) error) (*DocResult, error)) (*DocResult, error) {
	var figs []schemas.Figure
	res, err := run(func(r figureRun) error {
		if figs == nil {
			figs = r.figs // a document of one run, the usual: no copy
		} else {
			figs = append(figs, r.figs...)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	res.Figures = figs
	return res, nil
}

// runFigures is how many figures a document's stages take at a time (whole sentences, so a
// few more): a yearbook's million figures flow on to the spill a run at a time instead of
// being held, and the checks that look back keep the sentences they need (see
// checks.SourceChecks). A document of fewer figures is one run, the usual case.
const runFigures = 4096

// figureRun is a run of one document's figure rows, in order, and their encoding for the
// spill (see encodeFigures) when the worker that made them has done it. A document's first
// run carries its source row, so that its rows can be released as they come.
type figureRun struct {
	source *schemas.Source
	figs   []schemas.Figure
	block  []byte
}

// runDocument runs the stages on raw, the bytes of document i; onDisk says they were read from
// its file, where tools that read files (pdftotext) can read them. It gives the figure rows
// to emit a run at a time, in order, and returns the rest of the result, Figures nil.
func (c *Corpus) runDocument(i int, raw []byte, onDisk bool, emit func(figureRun) error) (*DocResult, error) {
	d := c.Docs[i]
	src, err := readSource(d.Path, raw, onDisk, c.Lex)
	var bad *document.DecodeError
	if errors.As(err, &bad) {
		return c.skipped(d, raw, bad), nil
	}
	if err != nil {
		return nil, err
	}
	doc, lex := src.doc, c.Lex
	res := &DocResult{Source: SourceRow(d, raw, src.meta, lex)}
	// The row's checksum and size were just taken from raw: check the rest, not hash again.
	if err := schemas.SourceRules(&res.Source, nil); err != nil {
		return nil, fmt.Errorf("%s: %w", d.Path, err)
	}
	if src.extracted {
		name := TextFileName(res.Source.SourceID)
		res.Source.TextFile, res.Text = &name, doc.Raw
	}
	// From here on, "raw" is the text the offsets count in: the file, or the text extracted from it.
	id := res.Source.SourceID
	whole := &section{doc: doc, text: schemas.WholeText(doc.Raw), topic: normalize.DocumentTopic(doc.View, lex)}
	stop := make(chan struct{})
	defer close(stop)
	find := func() <-chan foundRun {
		return startFinding(oneSection(whole), normalize.NewNormalizer(&res.Source, whole.topic, lex), cmp.Or(c.runFigures, runFigures), stop)
	}
	runs, plan := find(), (*review.Plan)(nil)
	if c.Review.MatchesBySentence(id) {
		runs, plan = c.planReview(id, runs, find)
	}
	reviewing, err := c.Review.ForSource(&res.Source, doc, whole.topic, plan)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c.Dir, err)
	}
	return c.stageRuns(res, runs, reviewing, plan, int64(len(doc.Raw)), emit)
}

// section is a document's text as its stages read it: the whole of it, or one section of a
// long one (see sectionBytes), with the topic measured on it.
type section struct {
	doc   *document.Document
	text  schemas.Text // doc.Raw, where it starts in the document
	topic normalize.Topic
}

// oneSection returns the sections of a document read whole: sec, then none.
func oneSection(sec *section) func() (*section, error) {
	return func() (*section, error) {
		next := sec
		sec = nil
		return next, nil
	}
}

// foundRun is a run of a document's figure rows as found and normalized, and the section
// they are in; or the error that stopped reading the next section.
type foundRun struct {
	rows []schemas.Figure
	sec  *section
	err  error
}

// startFinding finds and normalizes the figures of the sections next gives on a goroutine of
// its own, a run ahead of the rest: a long document's stages then use two cores, as
// documents in parallel do. See findRuns.
func startFinding(next func() (*section, error), rows *normalize.Normalizer, size int, stop <-chan struct{}) <-chan foundRun {
	runs := make(chan foundRun, 1)
	go findRuns(next, rows, size, runs, stop)
	return runs
}

// stageRuns passes the runs of a document through the review and the stages after it (row
// rules, same_as, per-source checks), gives the rows to emit, and completes res. size is
// the length of the text the offsets count in.
func (c *Corpus) stageRuns(res *DocResult, runs <-chan foundRun, reviewing *review.SourceReview, plan *review.Plan, size int64, emit func(figureRun) error) (*DocResult, error) {
	st := &stages{src: &res.Source, rules: newRowRules(&res.Source, size), restated: normalize.NewRestatements(), lex: c.Lex, emit: emit}
	if plan != nil {
		st.reviewed.Outdated = plan.Outdated
	}
	for run := range runs {
		if run.err != nil {
			return nil, run.err
		}
		if run.sec != st.sec {
			st.read(run.sec)
		}
		applied, err := reviewing.Apply(run.rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.Dir, err)
		}
		if err := st.take(applied); err != nil {
			return nil, err
		}
	}
	// The figures the review adds after the last the extractor found, and its additions' uses.
	applied, err := reviewing.Finish()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", c.Dir, err)
	}
	if err := st.take(applied); err != nil {
		return nil, err
	}
	st.read(nil)
	reviewed := st.reviewed
	res.Findings, res.Events = st.checked.Finish()
	res.Rejects = append(append(reviewed.Rejects, st.rejects...), st.droppedRejects...)
	res.Dropped = st.dropped
	res.Reviewed, res.Refresh, res.Outdated = reviewed.Used, reviewed.Refresh, reviewed.Outdated
	return res, nil
}

// stages carries the stages after the review (row rules, same_as, per-source checks) and
// what the review did, from one run of a document's rows to the next.
type stages struct {
	src      *schemas.Source
	sec      *section // the section the runs are in
	rules    *rowRules
	restated *normalize.Restatements
	checked  *checks.SourceChecks
	reviewed review.Applied
	rejects  []schemas.Reject // the row rules'
	begun    bool             // a run went out: the first carries the source row
	lex      *lexicon.Lexicon
	emit     func(figureRun) error

	dropped        []string         // what the views of the sections read left out (see reportDropped)
	droppedRejects []schemas.Reject // and the figures it held
}

// read moves the stages on to sec, the next section of the document, after reporting what
// the view of the one before left out; nil at the end.
func (s *stages) read(sec *section) {
	if s.sec != nil {
		s.dropped, s.droppedRejects = reportDropped(s.src, s.sec, s.lex, s.dropped, s.droppedRejects)
	}
	if s.sec = sec; sec == nil {
		return
	}
	s.rules.read(sec.text)
	if s.checked == nil {
		s.checked = checks.NewSourceChecks(sec.doc, s.src.SourceID)
	} else {
		s.checked.Section(sec.doc, sec.text.Base)
	}
}

// take passes a reviewed run through the stages and gives its rows to emit. A run without
// rows after the first is only the review's uses.
func (s *stages) take(applied review.Applied) error {
	s.reviewed.AddUses(applied)
	if len(applied.Rows) == 0 && s.begun {
		return nil
	}
	var kept []schemas.Figure
	kept, s.rejects = s.rules.apply(applied.Rows, s.rejects)
	s.restated.Mark(s.sec.text, kept)
	s.checked.Add(kept)
	run := figureRun{figs: kept}
	if !s.begun {
		run.source, s.begun = new(*s.src), true
	}
	return s.emit(run)
}

// planReview reads the first runs of a source whose review may match entries by their
// sentence. A source of one run is reviewed as it is: Apply sees every row. A longer one is
// read through once by a review.Planner, which decides each entry's row without holding the
// rows, and is then found again (find) for the second pass, which applies the plan.
func (c *Corpus) planReview(id string, runs <-chan foundRun, find func() <-chan foundRun) (<-chan foundRun, *review.Plan) {
	first := <-runs // findRuns sends one run at least
	second, more := <-runs
	if !more {
		one := make(chan foundRun, 1)
		one <- first
		close(one)
		return one, nil
	}
	p := c.Review.NewPlanner(id)
	p.See(first.rows)
	p.See(second.rows)
	for run := range runs {
		p.See(run.rows)
	}
	return find(), p.Plan()
}

// findRuns finds the figures of the sections next gives, normalizes them into rows and sends
// them to runs about size figures at a time, at least one run per section (the review may add
// figures to a document without any), until the last section, an error, or stop. Finding and
// normalizing are each about half the work: they run on two goroutines, one run apart, so
// that a long document read alone (a yearbook) keeps both cores busy.
func findRuns(next func() (*section, error), rows *normalize.Normalizer, size int, runs chan<- foundRun, stop <-chan struct{}) {
	defer close(runs)
	found, free := make(chan foundFigures, 1), make(chan []extract.Figure, 2)
	free <- nil // two buffers of found figures go round: one being found, one normalized
	free <- nil
	go findFigures(next, size, found, free, stop)
	var sec *section
	for f := range found {
		run := foundRun{err: f.err}
		if f.err == nil {
			if f.sec != sec {
				sec = f.sec
				rows.UseTopic(sec.topic)
			}
			run.rows, run.sec = rows.Rows(make([]schemas.Figure, 0, len(f.figs)), f.figs), sec
			free <- f.figs[:0] // the rows copy what they keep
		}
		select {
		case runs <- run:
		case <-stop:
			return
		}
		if f.err != nil {
			return
		}
	}
}

// foundFigures is a run of a section's figures as found, not yet normalized; or the error
// that stopped reading the next section.
type foundFigures struct {
	figs []extract.Figure
	sec  *section
	err  error
}

// findFigures is findRuns' first half: it finds the figures of each section into the
// buffers free gives and sends them to found, at least one run per section.
func findFigures(next func() (*section, error), size int, found chan<- foundFigures, free <-chan []extract.Figure, stop <-chan struct{}) {
	defer close(found)
	send := func(f foundFigures) bool {
		select {
		case found <- f:
			return true
		case <-stop:
			return false
		}
	}
	var carried extract.Carried // from the section before: the heading the next goes on under
	for {
		sec, err := next()
		if err != nil {
			send(foundFigures{err: err})
			return
		}
		if sec == nil {
			return
		}
		finder := extract.NewFinderAt(sec.doc.View, sec.doc.Raw, int(sec.text.Base))
		finder.Continue(carried)
		for first := true; first || !finder.Done(); first = false {
			var buf []extract.Figure
			select {
			case buf = <-free:
			case <-stop:
				return
			}
			if !send(foundFigures{figs: finder.Next(buf, size), sec: sec}) {
				return
			}
		}
		carried = finder.Carried()
	}
}

// skipped is the result of a document that cannot be read as text: a reject row in place
// of its source row, so that the release says what it left out and why.
func (c *Corpus) skipped(d CorpusDoc, raw []byte, bad *document.DecodeError) *DocResult {
	reason := strings.TrimPrefix(bad.Error(), d.Path+": ")
	return &DocResult{
		Source:  SourceRow(d, raw, document.PageMeta{}, c.Lex),
		Skipped: reason,
		Rejects: []schemas.Reject{{Table: schemas.Sources.Name, RowID: d.Meta.ID, SourceID: d.Meta.ID,
			Start: bad.Offset, Text: filepath.Base(d.Path), Reason: "document skipped: " + reason}},
	}
}

// SourceRow builds the sources row of a corpus document: the manifest's metadata first,
// then what the document says about itself (an HTML page's meta tags, a PDF's information,
// a text's first heading), the file name as the title of last resort.
func SourceRow(d CorpusDoc, raw []byte, page document.PageMeta, lex *lexicon.Lexicon) schemas.Source {
	m := d.Meta
	authors := m.Authors
	if len(authors) == 0 {
		authors = page.Authors
	}
	return schemas.Source{
		SourceID: m.ID, File: filepath.Base(d.Path), SHA256: schemas.SHA256(raw), Bytes: int64(len(raw)),
		Title:     firstOf(m.Title, page.Title, textTitle(d.Path, raw, lex), filepath.Base(d.Path)),
		Authors:   schemas.Optional(strings.Join(authors, "; ")),
		Publisher: schemas.Optional(firstOf(m.Publisher, page.Publisher)), Published: schemas.Optional(firstOf(m.Published, page.Published)),
		Kind: schemas.Optional(m.Kind), Language: schemas.Optional(firstOf(m.Language, page.Language, detectLanguage(raw))), URL: schemas.Optional(firstOf(m.URL, page.URL)),
	}
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
