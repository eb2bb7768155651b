// Package extract reads source documents and finds the figures stated in them.
//
// Reading builds an analysis view of a raw text: the damage of PDF and web conversion
// (hard line wraps, broken words, page headers, footnote markers, markdown, site
// furniture) is undone, and every byte of the view keeps the raw byte offset it came from,
// so that a figure found in the view is reported at its exact bytes in the source file.
//
// Finding figures is driven by the lexicons in lexicon/: scale words, number words,
// currencies, qualifiers, counted nouns and the words that make a number a reference
// rather than a quantity. Extending the extractor to a new currency or counted noun is an
// edit to those files, not to the scanner.
package extract
