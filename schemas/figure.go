package schemas

// Low is the figure's value, or the low end of its range.
func (f *Figure) Low() float64 {
	if f.Value != nil {
		return *f.Value
	}
	return Deref(f.ValueLow)
}

// High is the figure's value, or the high end of its range.
func (f *Figure) High() float64 {
	if f.Value != nil {
		return *f.Value
	}
	return Deref(f.ValueHigh)
}

// Middle is the figure's value, or the middle of its range; false when it states neither.
func (f *Figure) Middle() (float64, bool) {
	switch {
	case f.Value != nil:
		return *f.Value, true
	case f.ValueLow != nil && f.ValueHigh != nil:
		return (*f.ValueLow + *f.ValueHigh) / 2, true
	}
	return 0, false
}

// Deref returns what p points at, or the zero value for nil: an optional column's value.
func Deref[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

// Optional returns a pointer to s, or nil when s is empty: an optional text column.
func Optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
