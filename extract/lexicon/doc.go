// Package lexicon holds the domain vocabulary the reader and the extractor consult, in the
// readable files of this directory: scale words, number words, currencies, qualifiers,
// counted nouns and their units, category keywords, kinds of money, website furniture,
// and the Korean counters, scales and hedges (ko_*.tsv). Each file says in its header what
// a line means.
//
// A Lexicon is loaded once (Default, or Load for a directory of one's own) and is
// read-only afterwards; the stages receive it explicitly. Extending the extractor to a new
// currency, counted noun or category word is an edit to these files, not to the code.
package lexicon
