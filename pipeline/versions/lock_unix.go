//go:build unix

package versions

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// Lock takes the lock of a releases directory for one run: a second run into the
// same directory fails at once with an error saying so, rather than wait or interleave its
// writes. The lock is an flock(2) on out/.lock, which the kernel drops when the process
// ends, however it ends: a killed run leaves no stale lock.
func Lock(releases string) (unlock func(), err error) {
	path := filepath.Join(releases, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		b := make([]byte, 32)
		n, _ := f.ReadAt(b, 0)
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("%s: another figures release is writing into %s (process %s); try again when it ends",
				path, releases, strings.TrimSpace(string(b[:n])))
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// The holder's process id, for the message above; the lock itself is the flock.
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(fmt.Sprintf("%d\n", os.Getpid())), 0)
	}
	return func() { f.Close() }, nil
}
