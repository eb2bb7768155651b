package versions

// MarksPerRun lets tests sort a diff's marks in runs of a few, on disk.
var MarksPerRun = &marksPerRun

// SummaryRows lets tests list fewer rows of each kind in a Summary.
var SummaryRows = &summaryRows
