// Package normalize turns the figures the extractor found in one document into figure
// rows: each with its category (from its sentence and the document's topic, by the
// lexicon), its year, its subject, its id from its content (see FigureID), and for money
// its kind, its amount in US dollars and the amount it restates (same_as).
//
// It works on one document at a time and keeps no state between documents.
package normalize
