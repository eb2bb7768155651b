// Package page gathers what a release's browse page (index.html) shows while the tables
// are written: the sources, the first Limit figures with their words marked in their
// sentences, and the charts (funding in nominal and real US dollars by year, each amount
// once; graduates by institute; co-authorship shares), summed over every figure. The page
// itself is drawn by out.WritePage.
package page
