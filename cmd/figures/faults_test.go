package main

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kpfigures/figures/pipeline/validate"
	"github.com/kpfigures/figures/pipeline/versions"
)

// figuresBinary builds the command once for the tests that run it as a process.
var figuresBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "figures-bin-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "figures")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

func buildFigures(t *testing.T) string {
	t.Helper()
	bin, err := figuresBinary()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

// faultCorpus writes a corpus of the shipped documents, each repeated, large enough that a
// release takes a fraction of a second: long enough to be killed in any of its steps.
func faultCorpus(t *testing.T, repeat int) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob("../../corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("shipped corpus: %v", err)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), bytes.Repeat(append(raw, '\n'), repeat), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// releaseState checks a releases directory as a reader would find it at any moment: only
// complete versions (each passes figures validate and never changes once seen), latest
// naming one of them, a changelog that is whole; hidden temporary entries are allowed,
// as nothing reads them. seen maps each version seen to its SHA256SUMS.
func releaseState(t *testing.T, out string, seen map[string]string) {
	t.Helper()
	entries, err := os.ReadDir(out)
	if errors.Is(err, os.ErrNotExist) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, "."): // the lock, temporary files of a killed run
		case name == versions.LatestFile || name == versions.ChangelogFile:
		case e.IsDir():
			sums, err := os.ReadFile(filepath.Join(out, name, "SHA256SUMS"))
			if err != nil {
				t.Fatalf("version %s without checksums: %v", name, err)
			}
			if old, ok := seen[name]; ok {
				if old != string(sums) {
					t.Fatalf("version %s changed after it was published", name)
				}
				continue
			}
			probs, err := validate.Problems(filepath.Join(out, name), "")
			if err != nil || len(probs) > 0 {
				t.Fatalf("version %s does not validate: %v %v", name, err, probs)
			}
			seen[name] = string(sums)
		default:
			t.Fatalf("unexpected %s in %s", name, out)
		}
	}
	if _, err := versions.Latest(out); err != nil {
		t.Fatalf("latest: %v", err)
	}
	if b, err := os.ReadFile(filepath.Join(out, versions.ChangelogFile)); err == nil && !bytes.HasPrefix(b, []byte("# Changelog\n")) {
		t.Fatalf("changelog damaged: %q", b)
	}
}

// TestKillDuringRelease kills releases with SIGKILL at random moments until 50 runs have
// been killed before they ended, each run changing the corpus so that it has a new version
// to write. After every kill the releases directory must hold only complete, valid
// versions; a last run must finish the job.
func TestKillDuringRelease(t *testing.T) {
	if testing.Short() {
		t.Skip("many processes")
	}
	bin := buildFigures(t)
	corpus := faultCorpus(t, 24)
	out := filepath.Join(t.TempDir(), "releases")
	args := []string{"release", "--corpus", corpus, "--out", out, "--quiet"}
	extra := filepath.Join(corpus, "zz_extra.txt")
	run := 0
	nextCorpus := func() {
		// A new figure each time: every run has a version to publish.
		run++
		if err := os.WriteFile(extra, []byte(fmt.Sprintf("In 2020 the university trained %d engineers.\n", 100+run)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// How long an uninterrupted release takes (the quickest of three), to spread the kills over it.
	var took time.Duration
	for i := 0; i < 3; i++ {
		nextCorpus()
		start := time.Now()
		if b, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
			t.Fatalf("release: %v\n%s", err, b)
		}
		if d := time.Since(start); i == 0 || d < took {
			took = d
		}
	}
	rng := rand.New(rand.NewSource(1))
	seen := map[string]string{}
	killed, finished := 0, 0
	for killed < 50 {
		if killed+finished >= 200 {
			t.Fatalf("only %d of 200 runs were killed before they ended", killed)
		}
		nextCorpus()
		cmd := exec.Command(bin, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int63n(int64(2 * took)))) // some runs end first: the end of a run is where the renames are
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		var exit *exec.ExitError
		switch {
		case errors.As(err, &exit) && exit.Sys().(syscall.WaitStatus).Signaled():
			killed++
		case err != nil:
			t.Fatalf("run %d failed on its own: %v\n%s", run, err, stderr.String())
		default:
			finished++
		}
		releaseState(t, out, seen)
	}
	if b, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("release after the kills: %v\n%s", err, b)
	}
	releaseState(t, out, seen)
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".tmp-") {
			t.Errorf("left over after a complete run: %s", e.Name())
		}
	}
	t.Logf("%d runs killed mid-run, %d ended first (a release takes %v); %d versions, every one valid after every kill",
		killed, finished, took.Round(time.Millisecond), len(seen))
}

// TestTwoReleasesAtOnce starts two releases into the same directory together: one
// publishes, the other fails with exit 4 naming the lock (or, when it started after the
// first ended, finds nothing new to publish). Neither damages the other.
func TestTwoReleasesAtOnce(t *testing.T) {
	bin := buildFigures(t)
	corpus := faultCorpus(t, 8)
	out := filepath.Join(t.TempDir(), "releases")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	locked := 0
	for round := 0; round < 5; round++ {
		os.WriteFile(filepath.Join(corpus, "zz_extra.txt"), []byte(fmt.Sprintf("It trained %d engineers.\n", 300+round)), 0o644)
		var cmds [2]*exec.Cmd
		var stderr [2]bytes.Buffer
		for k := range cmds {
			cmds[k] = exec.Command(bin, "release", "--corpus", corpus, "--out", out, "--quiet")
			cmds[k].Stderr = &stderr[k]
			if err := cmds[k].Start(); err != nil {
				t.Fatal(err)
			}
		}
		ok := 0
		for k, cmd := range cmds {
			err := cmd.Wait()
			var exit *exec.ExitError
			switch {
			case err == nil:
				ok++
			case errors.As(err, &exit) && exit.ExitCode() == ExitOutput && strings.Contains(stderr[k].String(), "another figures release is writing into"):
				locked++
			default:
				t.Fatalf("round %d, run %d: %v\n%s", round, k, err, stderr[k].String())
			}
		}
		if ok == 0 {
			t.Fatalf("round %d: neither release ran", round)
		}
		releaseState(t, out, map[string]string{})
	}
	t.Logf("5 rounds of two releases at once: %d runs refused by the lock", locked)
}

// TestFullDisk: a write that fails (here, past the file size limit, as on a full disk) is
// an error naming the file, exit 4, and leaves neither a version nor temporary files.
func TestFullDisk(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash for ulimit")
	}
	bin := buildFigures(t)
	out := filepath.Join(t.TempDir(), "releases")
	cmd := exec.Command("bash", "-c", `ulimit -f 16 && exec "$0" "$@"`, bin, "release", "--corpus", "../../corpus", "--out", out, "--quiet")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != ExitOutput {
		t.Fatalf("exit %v, want %d\n%s", err, ExitOutput, stderr.String())
	}
	if msg := stderr.String(); !strings.Contains(msg, out) || !strings.Contains(msg, "file too large") {
		t.Errorf("error %q does not name the file and the failure", msg)
	}
	entries, _ := os.ReadDir(out)
	for _, e := range entries {
		if e.Name() != versions.LockFile {
			t.Errorf("failed release left %s", e.Name())
		}
	}
}

// TestOutputNotWritable: a releases directory that cannot be written is exit 4 with the path,
// and nothing in it changes. Root writes anywhere a mode allows nothing, so as root the
// directory is made immutable (chattr +i) where the file system supports it.
func TestOutputNotWritable(t *testing.T) {
	out := t.TempDir()
	if os.Geteuid() == 0 {
		if err := exec.Command("chattr", "+i", out).Run(); err != nil {
			t.Skipf("root, and no immutable attribute here (%v); the case of an output that is a file runs in TestCLI", err)
		}
		defer exec.Command("chattr", "-i", out).Run()
	} else {
		if err := os.Chmod(out, 0o555); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(out, 0o755)
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"figures", "release", "--corpus", "../../corpus", "--out", out, "--quiet"}, &stdout, &stderr)
	msg := stderr.String()
	if code != ExitOutput || !strings.Contains(msg, out) ||
		!strings.Contains(msg, "permission denied") && !strings.Contains(msg, "operation not permitted") {
		t.Errorf("exit %d, stderr %q", code, msg)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("wrote into a read-only directory: %v", entries)
	}
}
