package schemas

import (
	"fmt"

	"github.com/goccy/go-yaml"
)

// DecodeYAML decodes the YAML file at path strictly (unknown fields are errors) into v. The
// YAML library can panic on some malformed input (FuzzManifest found one: go-yaml v1.19.2,
// "documents:\n  ! 0000"): that is an error naming the file, not a crash.
func DecodeYAML(path string, b []byte, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: malformed YAML (the parser failed: %v)", path, r)
		}
	}()
	if err := yaml.UnmarshalWithOptions(b, v, yaml.Strict()); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
