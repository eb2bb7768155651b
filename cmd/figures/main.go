package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/kpfigures/figures/pipeline"
)

// Exit statuses, as the README documents them.
const (
	ExitOK     = 0
	ExitFailed = 1 // a check failed: a stale release, releases that differ, problems found
	ExitUsage  = 2 // a wrong command line
	ExitInput  = 3 // the corpus is wrong: directory, manifest, review file, a bad document with --strict
	ExitOutput = 4 // the release could not be written; earlier versions are intact
)

// exitError carries an exit status other than 1 through cli.
type exitError struct {
	code int
	err  error
}

func (e exitError) Error() string { return e.err.Error() }

// usageError is a wrong command line: exit status 2.
func usageError(format string, args ...any) error {
	return exitError{code: ExitUsage, err: fmt.Errorf(format, args...)}
}

// onUsageError makes the cli package's own usage errors (an unknown flag, a flag without
// its value, a value of the wrong type) exit with status 2, like ours.
func onUsageError(_ *cli.Context, err error, _ bool) error {
	return exitError{code: ExitUsage, err: err}
}

// version is the module's version and the VCS revision the binary was built from, as Go
// records them.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = " (modified)"
			}
		}
	}
	if rev == "" {
		return v + ", no VCS revision recorded (built outside a repository or with -buildvcs=false)"
	}
	return v + ", revision " + rev + modified
}

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// run is the whole program; tests call it in-process.
func run(args []string, stdout, stderr io.Writer) int {
	app := newApp(stdout, stderr)
	if len(args) > 1 && !strings.HasPrefix(args[1], "-") && app.Command(args[1]) == nil && args[1] != "help" {
		fmt.Fprintf(stderr, "figures: unknown command %q (commands: release, extract, review, validate, diff; see figures --help)\n", args[1])
		return 2
	}
	if err := app.Run(flagsFirst(args)); err != nil {
		cmd := "figures"
		if len(args) > 1 {
			cmd += " " + args[1]
		}
		var (
			ee  exitError
			in  *pipeline.InputError
			out *pipeline.OutputError
		)
		switch {
		case errors.As(err, &in):
			err = exitError{code: ExitInput, err: err}
		case errors.As(err, &out):
			err = exitError{code: ExitOutput, err: err}
		}
		if errors.As(err, &ee) {
			if ee.err != nil && ee.err.Error() != "" {
				fmt.Fprintf(stderr, "%s: %v\n", cmd, ee.err)
			}
			return ee.code
		}
		fmt.Fprintf(stderr, "%s: %v\n", cmd, err)
		return 1
	}
	return 0
}

func newApp(stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:      "figures",
		Usage:     "turn figures stated in reports about the Korean IT sector into open datasets",
		Writer:    stdout,
		ErrWriter: stderr,
		Version:   version(),
		// Errors are printed once, by run.
		ExitErrHandler: func(*cli.Context, error) {},
		OnUsageError:   onUsageError,
		Commands:       commands(),
		Description: `Examples:
   figures release                         # the shipped corpus into releases/, as a new version if anything changed
   figures release --check                 # is the latest release still what the code produces?
   figures release --corpus ~/reports --out /tmp/rel --version 1.0.0
   figures extract corpus/004_1fdedf08d1f8b640.txt
   figures extract corpus --format jsonl
   figures review --format yaml >> corpus/review.yaml   # then edit each entry
   figures validate releases/1.0.0 --corpus corpus
   figures diff releases/1.0.0 releases/1.1.0`,
	}
}

// commands are the program's commands, each with usage errors exiting 2.
func commands() []*cli.Command {
	cmds := []*cli.Command{releaseCommand(), extractCommand(), reviewCommand(), validateCommand(), diffCommand()}
	for _, c := range cmds {
		c.OnUsageError = onUsageError
	}
	return cmds
}

// boolFlags are, per command, the flags that take no value, read from the commands' own
// definitions so that the list cannot drift from them ("--version" is a value for release).
var boolFlags = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, c := range commands() {
		m[c.Name] = map[string]bool{"help": true, "h": true}
		for _, f := range c.Flags {
			if _, ok := f.(*cli.BoolFlag); ok {
				for _, name := range f.Names() {
					m[c.Name][name] = true
				}
			}
		}
	}
	return m
}()

// flagsFirst moves a command's flags before its arguments, so that "figures validate DIR
// --corpus corpus" works as well as "figures validate --corpus corpus DIR" (the cli
// package stops reading flags at the first argument).
func flagsFirst(args []string) []string {
	if len(args) < 3 {
		return args
	}
	var flags, pos []string
	rest := args[2:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			pos = append(pos, rest[i:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && !boolFlags[args[1]][name] && i+1 < len(rest) {
				flags = append(flags, rest[i+1])
				i++
			}
			continue
		}
		pos = append(pos, a)
	}
	out := append([]string{args[0], args[1]}, flags...)
	return append(out, pos...)
}
