package versions

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// The sorter gives every mark back, in key order, whether it sorted them in memory or in
// runs on disk.
func TestMarkSorter(t *testing.T) {
	defer func(n int) { marksPerRun = n }(marksPerRun)
	h := newHashSeeds().hasher()
	for _, perRun := range []int{1 << 19, 7, 1} {
		t.Run(fmt.Sprint(perRun), func(t *testing.T) {
			marksPerRun = perRun
			s := &markSorter{dir: t.TempDir()}
			defer s.close()
			rng := rand.New(rand.NewPCG(1, 2))
			var want []mark
			for i := range 100 {
				m := h.mark(fmt.Sprint(rng.IntN(1000)), []string{fmt.Sprint(i), "x"}, []bool{false, true})
				m.offset, m.index, m.place = int64(i*10), uint32(i), uint32(i%3)
				want = append(want, m)
				if err := s.add(m); err != nil {
					t.Fatal(err)
				}
			}
			slices.SortFunc(want, mark.less)
			stream, err := s.sorted()
			if err != nil {
				t.Fatal(err)
			}
			var got []mark
			for {
				m, ok, err := stream.next()
				if err != nil {
					t.Fatal(err)
				}
				if !ok {
					break
				}
				got = append(got, m)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%d marks back, not the %d sorted marks added", len(got), len(want))
			}
		})
	}
}
