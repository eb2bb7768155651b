package main

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
)

// generateDense writes one document of about size bytes into dir shaped like a statistical
// yearbook converted to text: tables of regions, each row stating counts, a share and an
// amount, between short paragraphs — about one figure every 30 to 40 bytes, where the
// shipped reports state one per kilobyte. Numbers come from a fixed seed.
func generateDense(dir string, size int64) (int64, error) {
	rng := rand.New(rand.NewSource(2))
	f, err := os.Create(filepath.Join(dir, "yearbook.txt"))
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	regions := []string{"Pyongyang", "South Pyongan", "North Pyongan", "Chagang", "South Hwanghae", "North Hwanghae",
		"Kangwon", "South Hamgyong", "North Hamgyong", "Ryanggang", "Rason", "Nampo"}
	var n int64
	put := func(format string, args ...any) {
		if err == nil {
			var k int
			k, err = fmt.Fprintf(w, format, args...)
			n += int64(k)
		}
	}
	for table := 1; n < size && err == nil; table++ {
		year := 1990 + rng.Intn(35)
		put("Table %d. Schools, students, graduates and funding by province, %d\n\n", table, year)
		for _, r := range regions {
			put("%s: %d schools, %d,%03d students, %d graduates (%d.%d%%), KRW %d.%d billion.\n",
				r, 10+rng.Intn(990), 1+rng.Intn(99), rng.Intn(1000), 100+rng.Intn(9900), rng.Intn(100), rng.Intn(10),
				1+rng.Intn(99), rng.Intn(10))
		}
		put("\nIn %d the province trained about %d,%03d engineers and spent US$ %d million on %d research projects; "+
			"%d%% of the %d papers had foreign co-authors.\n\n", year, 1+rng.Intn(50), rng.Intn(1000), 1+rng.Intn(500),
			10+rng.Intn(200), 1+rng.Intn(60), 100+rng.Intn(900))
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return n, err
}
