package pipeline

import "errors"

// InputError is a fault of the corpus — its directory, manifest, review file, or (with
// Strict) one of its documents: fixing the input fixes the run. The command exits 3.
type InputError struct{ Err error }

func (e *InputError) Error() string { return e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// OutputError is a failure to write a release: permissions, a full disk, a lock held by
// another run. The previous versions are intact. The command exits 4.
type OutputError struct{ Err error }

func (e *OutputError) Error() string { return e.Err.Error() }
func (e *OutputError) Unwrap() error { return e.Err }

// asOutputError classifies an error of the release path: input errors stay what they are,
// anything else happened while writing.
func asOutputError(err error) error {
	var in *InputError
	if err == nil || errors.As(err, &in) {
		return err
	}
	return &OutputError{Err: err}
}
