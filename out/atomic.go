package out

import (
	"os"
	"path/filepath"
	"strings"
)

// TmpPrefix starts the names of the temporary directories and files a run writes in a
// releases directory before renaming them into place.
const TmpPrefix = ".tmp-"

// RemoveLeftovers deletes what killed runs left in a releases directory: temporary
// directories and files, never renamed into place and so never part of a release. The
// caller holds the lock, so no running release owns them.
func RemoveLeftovers(out string) error {
	entries, err := os.ReadDir(out)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), TmpPrefix) {
			if err := os.RemoveAll(filepath.Join(out, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

// SyncTree flushes every file of dir, and dir itself, to stable storage, so that a version
// renamed into place after it holds its bytes even through a power cut.
func SyncTree(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	// The files at once: the device writes one file's pages while another's are queued,
	// and a release's largest files are hundreds of megabytes.
	var paths []string
	for _, e := range entries {
		if e.Type().IsRegular() {
			paths = append(paths, filepath.Join(dir, e.Name()))
		}
	}
	if err := atOnce(len(paths), len(paths), func(i int) error { return SyncPath(paths[i]) }); err != nil {
		return err
	}
	return SyncPath(dir)
}

func SyncPath(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// ReplaceFile writes data to path atomically: into a temporary file beside it, flushed,
// then renamed over it. Readers see the old content or the new, never a part.
func ReplaceFile(path string, data []byte) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, TmpPrefix+filepath.Base(path)+"-")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return SyncPath(dir)
}
