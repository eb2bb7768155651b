package out

import (
	"os"

	"golang.org/x/sys/unix"
)

// startWriteback asks the kernel to begin writing bytes [off, off+n) of f to the device and
// returns at once. A release writes hundreds of megabytes in seconds, below the kernel's
// threshold for writing dirty pages back on its own; without it, all of them wait for the
// fsync at the end (SyncTree), a second of idle cores on the 20 MB dense document. An error
// is ignored: the fsync at the end writes whatever this did not.
func startWriteback(f *os.File, off, n int64) {
	_ = unix.SyncFileRange(int(f.Fd()), off, n, unix.SYNC_FILE_RANGE_WRITE)
}
