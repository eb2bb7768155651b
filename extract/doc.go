// Package extract finds the figures stated in a document's analysis view (see the
// document package): numbers with their scale, unit or currency, qualifier, range and
// counted noun, in English and in Korean, with the sentence, heading and page they stand
// in. A number that is a year, a date, an ordinal, a label, a citation or part of a name
// is not a figure.
//
// Finding figures is driven by the lexicon (extract/lexicon): scale words, number words,
// currencies, qualifiers, counted nouns and the words that make a number a reference
// rather than a quantity. Extending the extractor to a new currency or counted noun is an
// edit to those files, not to the scanner.
package extract
