package pipeline

import (
	"math/rand/v2"
	"testing"
)

func TestIDSet(t *testing.T) {
	var s idSet
	want := map[uint64]bool{}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 50000; i++ {
		k := r.Uint64N(30000) << (i % 40) // repeats, shifted to test the spread of bits
		if i%1000 == 0 {
			k = 0
		}
		if got := s.add(k); got != !want[k] {
			t.Fatalf("add(%d) = %v, want %v", k, got, !want[k])
		}
		want[k] = true
	}
	if s.n+btoi(s.zero) != len(want) {
		t.Errorf("%d ids in the set, want %d", s.n+btoi(s.zero), len(want))
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
