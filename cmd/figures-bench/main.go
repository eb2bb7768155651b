package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/kpfigures/figures/extract/document"
	"github.com/kpfigures/figures/extract/lexicon"

	"github.com/kpfigures/figures/extract"
)

func main() {
	sizes := flag.String("sizes", "100M,1G", "corpus sizes to generate and release (K, M, G suffixes)")
	corpus := flag.String("corpus", "corpus", "seed documents")
	bin := flag.String("figures", "bin/figures", "the figures binary to run")
	rt := flag.String("recognizers", "", "node_modules directory holding @microsoft/recognizers-text-suite (optional)")
	peer := flag.String("peer", "../shared/peers/recognizers/run.js", "the Recognizers-Text runner script")
	dense := flag.String("dense", "20M,200M", "sizes of the one figure-dense document to release, each on its own (\"\" for none)")
	only := flag.String("generate", "", "only generate a corpus of the first size (or, with --sizes \"\", the first dense document) into `DIR`, for profiling")
	flag.Parse()
	if *only != "" {
		seeds, err := readSeeds(*corpus)
		if err == nil {
			var n int64
			if *sizes == "" {
				if n, err = parseSize(strings.Split(*dense, ",")[0]); err == nil {
					_, err = generateDense(*only, n)
				}
			} else if n, err = parseSize(strings.Split(*sizes, ",")[0]); err == nil {
				_, err = generate(seeds, *only, n)
			}
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "figures-bench: %v\n", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*sizes, *dense, *corpus, *bin, *rt, *peer); err != nil {
		fmt.Fprintf(os.Stderr, "figures-bench: %v\n", err)
		os.Exit(1)
	}
}

func run(sizes, dense, corpus, bin, rtModules, peer string) error {
	seeds, err := readSeeds(corpus)
	if err != nil {
		return err
	}
	host, _ := os.Hostname()
	fmt.Printf("machine: %s, %d cores, %s/%s, %s\n", host, runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, runtime.Version())
	readRate, findRate, both, err := extractRates(seeds, 64<<20)
	if err != nil {
		return err
	}
	fmt.Printf("one core, in process, on the seed documents: reading (UTF-8 check, view) %.1f MB/s; "+
		"finding figures (sentences, scan) %.1f MB/s; both %.1f MB/s\n", readRate, findRate, both)
	for _, d := range strings.Split(dense, ",") {
		if d == "" {
			continue
		}
		n, err := parseSize(d)
		if err != nil {
			return err
		}
		// A figure-dense document of hundreds of megabytes takes minutes a run: it is run
		// once for each worker count, to show its memory and its pace.
		runs := benchRuns
		if n > 100e6 {
			runs = 1
		}
		err = benchCorpus("one figure-dense document", bin, runs, func(dir string) (int64, error) {
			return generateDense(dir, n)
		}, rerelease)
		if err != nil {
			return err
		}
	}
	for _, s := range strings.Split(sizes, ",") {
		if s == "" {
			continue
		}
		n, err := parseSize(s)
		if err != nil {
			return err
		}
		err = benchCorpus("generated corpus", bin, benchRuns, func(dir string) (int64, error) {
			return generate(seeds, dir, n)
		}, nil)
		if err != nil {
			return err
		}
	}
	if _, err := os.Stat(peer); rtModules == "" || err != nil {
		fmt.Printf("recognizers-text: not run (modules %q, runner %q: make bench installs the first; the second is ../shared/peers)\n", rtModules, peer)
		return nil
	}
	rate, err := recognizersRate(rtModules, peer, corpus)
	if err != nil {
		return fmt.Errorf("recognizers-text: %w", err)
	}
	fmt.Printf("recognizers-text (same seed text, one core): %.4f MB/s; figures reads and finds figures %.0f× faster\n", rate, both/rate)
	return nil
}

type seed struct {
	name string
	text string
}

func readSeeds(dir string) ([]seed, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no seed documents in %s", dir)
	}
	var out []seed
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		// Web articles end in site furniture (story lists, comment counters) that ends the
		// article for the reader; cut it, or a generated file would end at its first copy.
		doc, err := document.NewDocument(p, b, lexicon.Default())
		if err != nil {
			return nil, err
		}
		if v := doc.View; len(v.Text) > 0 {
			b = b[:v.RawEnd(len(v.Text))]
		}
		out = append(out, seed{strings.TrimSuffix(filepath.Base(p), ".txt"), string(b)})
	}
	return out, nil
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "K"):
		mult, s = 1e3, strings.TrimSuffix(s, "K")
	case strings.HasSuffix(s, "M"):
		mult, s = 1e6, strings.TrimSuffix(s, "M")
	case strings.HasSuffix(s, "G"):
		mult, s = 1e9, strings.TrimSuffix(s, "G")
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("size %q: %w", s, err)
	}
	return n * mult, nil
}

var numberRE = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)

// vary rewrites the numbers of a text, keeping their shape and leaving years alone, so the
// generated corpus does not repeat the same figures (which would make the cross-source
// checks compare every copy with every other).
func vary(text string, rng *rand.Rand) string {
	return numberRE.ReplaceAllStringFunc(text, func(n string) string {
		if len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) {
			return n
		}
		b := []byte(n)
		for i, c := range b {
			if c >= '0' && c <= '9' && (i > 0 || len(b) == 1) {
				b[i] = byte('0' + rng.Intn(10))
			} else if c >= '1' && c <= '9' {
				b[i] = byte('1' + rng.Intn(9))
			}
		}
		return string(b)
	})
}

// generate writes about size bytes of corpus into dir, in files of 1–10 MB.
func generate(seeds []seed, dir string, size int64) (int64, error) {
	rng := rand.New(rand.NewSource(1))
	var total int64
	for f := 0; total < size; f++ {
		target := int64(1<<20 + rng.Intn(9<<20))
		target = min(target, size-total)
		path := filepath.Join(dir, fmt.Sprintf("doc%05d.txt", f))
		fh, err := os.Create(path)
		if err != nil {
			return 0, err
		}
		w := bufio.NewWriterSize(fh, 1<<20)
		var n int64
		for n < target {
			s := seeds[rng.Intn(len(seeds))]
			k, err := w.WriteString(vary(s.text, rng) + "\n\n")
			if err != nil {
				fh.Close()
				return 0, err
			}
			n += int64(k)
		}
		if err := w.Flush(); err != nil {
			fh.Close()
			return 0, err
		}
		if err := fh.Close(); err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

// benchCorpus generates a corpus with gen and releases it runCount times with one worker and
// with all, alternately.
// benchCorpus releases the corpus gen writes, runCount times for each worker count, and
// then, when after is not nil, hands it the corpus and the last release of most workers.
func benchCorpus(name, bin string, runCount int, gen func(dir string) (int64, error), after func(bin, corpus, out string, workers int) error) error {
	dir, err := os.MkdirTemp("", "figures-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	corpus := filepath.Join(dir, "corpus")
	if err := os.Mkdir(corpus, 0o755); err != nil {
		return err
	}
	total, err := gen(corpus)
	if err != nil {
		return err
	}
	mb := float64(total) / 1e6 // MB are 10^6 bytes, as go test -bench counts them
	counts := []int{1}
	if runtime.NumCPU() > 1 {
		counts = append(counts, runtime.NumCPU())
	}
	// The runs alternate between the worker counts, so that a slow spell of a shared machine
	// falls on both and the speed-up stays fair.
	runs := make([][]releaseRun, len(counts))
	for range runCount {
		for k, workers := range counts {
			out := filepath.Join(dir, fmt.Sprintf("out%d", workers))
			if err := os.RemoveAll(out); err != nil {
				return err
			}
			r, err := runRelease(bin, corpus, out, workers)
			if err != nil {
				return err
			}
			runs[k] = append(runs[k], r)
		}
	}
	var oneWorker time.Duration
	for k, workers := range counts {
		r := median(runs[k])
		line := fmt.Sprintf("release %s (%.0f MB), %d worker(s), median of %d: %.1f s (runs %s), %.1f MB/s = %.1f MB/s per core, "+
			"CPU %.1f s (%.0f%% of the cores), %d figures (%.0f/s), %v findings, peak RSS %d MB",
			name, mb, workers, len(runs[k]), r.took.Seconds(), runTimes(runs[k]), mb/r.took.Seconds(), mb/r.took.Seconds()/float64(workers),
			r.cpu.Seconds(), 100*r.cpu.Seconds()/r.took.Seconds()/float64(workers), r.figures, float64(r.figures)/r.took.Seconds(),
			r.findings, maxRSS(runs[k])*1024/1e6)
		if workers == 1 {
			oneWorker = r.took
		} else {
			line += fmt.Sprintf(", speed-up %.2f×", oneWorker.Seconds()/r.took.Seconds())
		}
		fmt.Println(line)
		if workers > 1 {
			same, err := sameFile(filepath.Join(dir, "out1", "1.0.0", "SHA256SUMS"), filepath.Join(dir, fmt.Sprintf("out%d", workers), "1.0.0", "SHA256SUMS"))
			if err != nil {
				return err
			}
			fmt.Printf("  output identical to one worker: %v\n", same)
		}
	}
	if after != nil {
		// Only the last release is kept: a second release of the 200 MB dense document
		// writes another 9 GB beside it.
		for _, workers := range counts[:len(counts)-1] {
			if err := os.RemoveAll(filepath.Join(dir, fmt.Sprintf("out%d", workers))); err != nil {
				return err
			}
		}
		workers := counts[len(counts)-1]
		return after(bin, corpus, filepath.Join(dir, fmt.Sprintf("out%d", workers)), workers)
	}
	return nil
}

// rerelease releases a corpus again over its last release, as people do: once unchanged
// (the checksums say so), once with a paragraph added (a new version, and its changelog
// from the diff of two releases of that size).
func rerelease(bin, corpus, out string, workers int) error {
	for _, step := range []struct {
		what string
		edit func() error
	}{
		{"unchanged", func() error { return nil }},
		{"with one paragraph added (a new version: the diff of both releases writes its changelog)", func() error {
			return appendFile(filepath.Join(corpus, "yearbook.txt"), "\nIn 2025 the ministry funded 12 new laboratories.\n")
		}},
	} {
		if err := step.edit(); err != nil {
			return err
		}
		r, err := runRelease(bin, corpus, out, workers)
		if err != nil {
			return err
		}
		fmt.Printf("  released again, %s, %d worker(s): %.1f s, peak RSS %d MB\n", step.what, workers, r.took.Seconds(), r.rss*1024/1e6)
	}
	return nil
}

func appendFile(path, text string) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// benchRuns is how many times each release is timed: the median is reported, since a
// shared virtual machine's runs vary by several per cent.
const benchRuns = 3

type releaseRun struct {
	took, cpu time.Duration
	rss       int64 // KiB
	figures   int
	findings  map[string]int
}

// runRelease releases corpus into out with the given workers, after flushing the page
// cache's dirty pages, so that one run's writes do not slow the next.
func runRelease(bin, corpus, out string, workers int) (releaseRun, error) {
	syscall.Sync()
	cmd := exec.Command(bin, "release", "--corpus", corpus, "--out", out, "--workers", strconv.Itoa(workers),
		"--log-format", "json")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return releaseRun{}, fmt.Errorf("%s: %v\n%s", cmd, err, stderr.String())
	}
	r := releaseRun{took: time.Since(start), cpu: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(),
		rss: cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss} // KiB on Linux
	r.figures, r.findings = summaryFigures(stderr.String())
	return r, nil
}

func median(runs []releaseRun) releaseRun {
	sorted := slices.Clone(runs)
	slices.SortFunc(sorted, func(a, b releaseRun) int { return cmp.Compare(a.took, b.took) })
	return sorted[len(sorted)/2]
}

func runTimes(runs []releaseRun) string {
	var s []string
	for _, r := range runs {
		s = append(s, fmt.Sprintf("%.1f", r.took.Seconds()))
	}
	return strings.Join(s, ", ")
}

func maxRSS(runs []releaseRun) int64 {
	var m int64
	for _, r := range runs {
		m = max(m, r.rss)
	}
	return m
}

func summaryFigures(log string) (int, map[string]int) {
	for _, line := range strings.Split(log, "\n") {
		var ev struct {
			Event   string         `json:"event"`
			Figures int            `json:"figures"`
			Checks  map[string]int `json:"checks"`
		}
		if json.Unmarshal([]byte(line), &ev) == nil && ev.Event == "summary" {
			return ev.Figures, ev.Checks
		}
	}
	return 0, nil
}

func sameFile(a, b string) (bool, error) {
	x, err := os.ReadFile(a)
	if err != nil {
		return false, err
	}
	y, err := os.ReadFile(b)
	if err != nil {
		return false, err
	}
	return string(x) == string(y), nil
}

// extractRates measures reading (UTF-8 check and view) and finding figures (sentences and
// scan of a built view) on one core over about n bytes of the seeds, repeated, timing each
// stage on its own; both is their combined rate.
func extractRates(seeds []seed, n int) (read, find, both float64, err error) {
	var done int
	var reading, finding time.Duration
	for done < n {
		for _, s := range seeds {
			raw := []byte(s.text)
			start := time.Now()
			doc, err := document.NewDocument(s.name, raw, lexicon.Default())
			if err != nil {
				return 0, 0, 0, err
			}
			mid := time.Now()
			extract.FindInView(doc.View, raw)
			reading, finding = reading+mid.Sub(start), finding+time.Since(mid)
			done += len(raw)
		}
	}
	mb := float64(done) / 1e6
	return mb / reading.Seconds(), mb / finding.Seconds(), mb / (reading + finding).Seconds(), nil
}

// recognizersRate runs the peer script's own benchmark on the seeds and returns its MB/s.
func recognizersRate(modules, script, corpus string) (float64, error) {
	cmd := exec.Command("node", script, "--bench", "1", "--seeds", corpus)
	cmd.Env = append(os.Environ(), "NODE_PATH="+modules)
	out, err := cmd.Output()
	if err != nil {
		return 0, fmt.Errorf("%s: %w", cmd, err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		var r struct {
			MBPerS float64 `json:"mb_per_s"`
		}
		if json.Unmarshal([]byte(line), &r) == nil && r.MBPerS > 0 {
			return r.MBPerS, nil
		}
	}
	return 0, fmt.Errorf("no mb_per_s in %q", out)
}
