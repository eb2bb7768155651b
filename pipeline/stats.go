package pipeline

import (
	"github.com/kpfigures/figures/out"
	"github.com/kpfigures/figures/pipeline/page"
	"github.com/kpfigures/figures/schemas"
)

// Stats are the counts the codebook and the summary report, gathered as rows go by.
type Stats struct {
	Rows       map[string]int // per table
	Categories map[schemas.Category]int
	Units      map[schemas.Unit]int
	Reviews    map[string]int
	Checks     map[string]int // findings per check_id
	Severities map[string]int
	Skipped    []string // documents left out, with why: "corpus/b.txt: byte 7: invalid UTF-8"
	// ReviewMoved counts the review entries that found their figures by sentence, not by
	// figure_id: the review file's ids are out of date (figures review --update).
	ReviewMoved int

	page      *page.Data // what the release page shows, gathered as the rows go by
	tableSums out.Sums   // the checksums of the table files, once they are written
}

func newStats() *Stats {
	return &Stats{Rows: map[string]int{}, Categories: map[schemas.Category]int{}, Units: map[schemas.Unit]int{},
		Reviews: map[string]int{}, Checks: map[string]int{}, Severities: map[string]int{}, page: page.New(), tableSums: out.Sums{}}
}

func (s *Stats) figure(f schemas.Figure) {
	s.page.Figure(f)
	s.Rows[schemas.Figures.Name]++
	s.Categories[f.Category]++
	s.Units[f.Unit]++
	s.Reviews[f.Review]++
	if f.Category != schemas.CategoryOther {
		s.Rows[string(f.Category)]++ // its row in the table of its category
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
		s.page.Source(src)
	}
	s.Rows[schemas.Rejects.Name] = len(ds.Rejects)
	s.Skipped = ds.Skipped
	for _, f := range ds.Figures {
		s.figure(f)
	}
	for _, r := range ds.Funding {
		s.page.Funding(r)
	}
	for _, c := range ds.Checks {
		s.check(c)
	}
	return s
}
