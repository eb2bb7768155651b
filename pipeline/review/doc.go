// Package review reads a corpus's review file (review.yaml) and lays a person's decisions
// over the extracted figures: confirmations, corrections, rejections and additions. An
// entry follows its figure by figure_id, then by source, quote and sentence, so an edit
// elsewhere in a document leaves it matched; an entry whose figure is gone or whose number
// changed is stale and says so, with the sentence as it was and as it is.
package review
