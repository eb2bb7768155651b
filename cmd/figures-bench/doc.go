// Command figures-bench measures a whole release on large corpora built from the shipped
// documents, for make bench: input MB/s per core, figures per second, peak memory, the
// speed-up of a second worker, and the throughput of Microsoft Recognizers-Text on the
// same text when its npm package is installed.
//
//	figures-bench [--sizes 100M,1G] [--dense 20M,200M] [--corpus corpus] [--figures bin/figures] [--recognizers DIR]
//
// Each corpus is generated into a temporary directory (files of 1–10 MB, the seeds'
// numbers varied with a fixed seed so nothing is trivially repeated, years left alone) and
// removed afterwards. The release runs as a child process, so its peak RSS is its own; each
// is timed three times after a sync, and the median is reported. One worker is one core
// (figures release --workers N uses N cores at most), so the speed-up is that of the cores.
// A figure-dense document is then released again over its last release, unchanged and
// with a paragraph added, because a second release reads the first: its checksums, and for
// a new version the diff of both, whose memory must stay bounded too.
package main
