//go:build !unix

package versions

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Lock takes the lock of a releases directory for one run. Without flock(2) the
// lock is the existence of out/.lock, created exclusively: a killed run leaves it behind,
// and the error says to remove it.
func Lock(releases string) (unlock func(), err error) {
	path := filepath.Join(releases, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return nil, fmt.Errorf("%s: another figures release is writing into %s (if none is, a killed one left this file: remove it)", path, releases)
	}
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(f, "%d\n", os.Getpid())
	f.Close()
	return func() { os.Remove(path) }, nil
}
