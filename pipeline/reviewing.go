package pipeline

import (
	"path/filepath"
	"slices"

	"github.com/kpfigures/figures/pipeline/review"
	"github.com/kpfigures/figures/pipeline/versions"
	"github.com/kpfigures/figures/schemas"
)

// ReviewQueue returns the released figures no review entry covers, most important first
// (funding, graduates, coauthorship, then other; in source order within each), and the
// stale review entries, if any, as an error to show beside them.
func ReviewQueue(corpusDir string) (queue []schemas.Figure, stale, err error) {
	c, err := OpenCorpus(corpusDir)
	if err != nil {
		return nil, nil, err
	}
	ds := c.newDataset()
	if err := c.writeTo(false, nil, 1, ds, &memSpill{}); err != nil {
		return nil, nil, err
	}
	overlay := c.Review
	for _, f := range ds.Figures {
		if f.Review == "auto" && overlay.Unreviewed(f.FigureID) {
			queue = append(queue, f)
		}
	}
	slices.SortStableFunc(queue, func(a, b schemas.Figure) int { return a.Category.Rank() - b.Category.Rank() })
	return queue, overlay.Stale(), nil
}

// UpdateReview writes the review file of corpusDir again with what each entry should now
// say about its figure (see Refresh): the current figure_id of an entry that matched its
// figure by sentence, and the figure's source_id, text and sentence where the entry lacks
// them. Entries that give only a figure_id no release of releasesDir knows any more stay as
// they are (Stale lists them). The file's other lines and comments are kept. It returns the
// entries rewritten, and the stale entries as an error to show beside them.
func UpdateReview(corpusDir, releasesDir string) (refreshed []review.Refresh, stale, err error) {
	c, err := OpenCorpus(corpusDir)
	if err != nil {
		return nil, nil, err
	}
	// Entries written before figure ids came from content name figures of older releases:
	// their sentences, from those releases, let them find their figures now.
	dirs, err := versions.Dirs(releasesDir)
	if err != nil {
		return nil, nil, err
	}
	for i := len(dirs) - 1; i >= 0; i-- {
		if err := c.Review.Recall(filepath.Join(releasesDir, dirs[i].String())); err != nil {
			return nil, nil, err
		}
	}
	if err := c.writeTo(false, nil, 1, c.newDataset(), &memSpill{}); err != nil {
		return nil, nil, err
	}
	refreshed = c.Review.Refreshes()
	if len(refreshed) == 0 {
		return nil, c.Review.Stale(), nil
	}
	if err := c.Review.Rewrite(filepath.Join(corpusDir, review.FileName), refreshed); err != nil {
		return nil, nil, err
	}
	return refreshed, c.Review.Stale(), nil
}
