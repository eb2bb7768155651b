package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHeapFor(t *testing.T) {
	dir := t.TempDir()
	for name, size := range map[string]int{"a.txt": 3000, "b.txt": 1000, "c.txt": 2000, "d.pdf": 9000} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(strings.Repeat("x", size)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		workers int
		held    int64
	}{{1, 3000}, {2, 5000}, {8, 6000}} { // the PDF left out: its text is a fraction of it
		need, largest, size := heapFor(dir, tc.workers)
		if want := int64(float64(tc.held)*heapPerTextByte) + memoryLimit/4; need != want || filepath.Base(largest) != "a.txt" || size != 3000 {
			t.Errorf("%d workers: heapFor = %d, %s, %d; want %d, a.txt, 3000", tc.workers, need, largest, size, want)
		}
	}
	if need, _, _ := heapFor(filepath.Join(dir, "missing"), 1); need != 0 {
		t.Errorf("a corpus that cannot be listed: %d, want 0 (the release reports it)", need)
	}
}
