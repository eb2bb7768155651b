// Package checks runs the consistency checks (schemas.CheckRules names them): a figure
// against the others of its sentence, its document and the corpus, the way a careful reader
// would. Checks never change or drop a figure; they add findings to the checks table, and
// each figure lists the findings that concern it.
//
// SourceChecks runs the per-source checks as each document's figures go by, a run at a time. Corpus gathers what the
// cross-source checks compare (figures restated across sources, dated plans and events)
// and runs them once every source is in; the sentences they compare wait in the caller's
// spill, not in memory, so a corpus of any size is checked.
package checks
