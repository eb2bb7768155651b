// Package document reads source documents into an analysis view: plain text, Markdown and
// saved web pages (PDFs arrive as the text pdftotext extracts). The damage of PDF and web
// conversion (hard line wraps, broken words, page headers, footnote markers, markdown,
// site furniture) is undone, and every byte of the view keeps the raw byte offset it came
// from, so that a figure found in the view is reported at its exact bytes in the source
// file. The view's sentences, pages and the furniture it left out (with why) come with it.
//
// What is furniture, which abbreviations end no sentence and how HTML elements are read
// come from the lexicon the view is built with.
package document
