package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/pinatascan/pinatascan/internal/quote"
)

// output is where the report goes: standard output, or a file named with
// --output. A file is written under a temporary name beside it and renamed
// over it only once the whole report is written, so a failed write (a full
// disk) never leaves a truncated report, and an interrupted run leaves the
// old report (or none) in place.
type output struct {
	w      io.Writer
	target string   // the file named with --output; "" for standard output
	tmp    *os.File // the file being written, renamed to target at the end
}

// openOutput checks that the report can be written to target before
// anything is scanned, and opens it. It refuses a symbolic link (it could
// point anywhere, such as a link committed in a pull request), anything
// that is not a regular file, and a file that is one of the inputs.
func openOutput(stdout io.Writer, target string, inputs []string) (*output, error) {
	if target == "" || target == "-" {
		return &output{w: stdout}, nil
	}
	mode := fs.FileMode(0o644)
	fi, err := os.Lstat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("--output %s: %w", quote.Safe(target), unwrapPath(err))
	case fi.Mode()&fs.ModeSymlink != 0:
		return nil, fmt.Errorf("--output %s is a symbolic link; refusing to write through it (remove it, or name another file)", quote.Safe(target))
	case !fi.Mode().IsRegular():
		return nil, fmt.Errorf("--output %s is not a regular file", quote.Safe(target))
	default:
		mode = fi.Mode().Perm()
		for _, in := range inputs {
			if ini, err := os.Stat(in); err == nil && os.SameFile(fi, ini) {
				return nil, fmt.Errorf("--output %s is one of the inputs; writing the report there would overwrite what is scanned", quote.Safe(target))
			}
		}
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".pinatascan-*")
	if err != nil {
		return nil, fmt.Errorf("--output %s: cannot write beside it: %w", quote.Safe(target), unwrapPath(err))
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, fmt.Errorf("--output %s: %w", quote.Safe(target), unwrapPath(err))
	}
	return &output{w: tmp, target: target, tmp: tmp}, nil
}

// excluded reports whether path, met by a walk, is the temporary file
// being written: a report must not be scanned while it is written.
func (o *output) excluded(path string) bool {
	if o.tmp == nil || !strings.HasSuffix(path, filepath.Base(o.tmp.Name())) {
		return false
	}
	abs, err := filepath.Abs(path)
	return err == nil && abs == o.absTmp()
}

func (o *output) absTmp() string {
	abs, err := filepath.Abs(o.tmp.Name())
	if err != nil {
		return o.tmp.Name()
	}
	return abs
}

// commit puts the finished report in place: synced to disk, then renamed
// over the target.
func (o *output) commit() error {
	if o.tmp == nil {
		return nil
	}
	err := o.tmp.Sync()
	if cerr := o.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(o.tmp.Name(), o.target)
	}
	if err != nil {
		os.Remove(o.tmp.Name())
		return fmt.Errorf("writing %s: %w", quote.Safe(o.target), unwrapPath(err))
	}
	return nil
}

// abort drops the unfinished report; the target is left as it was.
func (o *output) abort() {
	if o.tmp != nil {
		o.tmp.Close()
		os.Remove(o.tmp.Name())
	}
}

// unwrapPath drops the path an *fs.PathError repeats (the caller names the
// file, quoted).
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
