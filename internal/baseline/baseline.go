// Package baseline records the findings a team already knows about, so a
// later scan reports only what is new.
//
// A baseline holds hashes and places only: each entry is a finding's
// content fingerprint, its kind and its path. No value, no key id, no
// e-mail: the file can be committed and shared without leaking anything.
//
// An entry matches a later finding with the same fingerprint at the same
// path. A known secret copied into another file is therefore new: the copy
// is a new leak to remove.
package baseline

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// Version is the file format version this package writes and reads.
const Version = 1

// maxSize bounds what Read accepts: a baseline of a million entries is
// about 100 MB, far beyond any real repository's.
const maxSize = 256 << 20

// Baseline is a set of known findings.
type Baseline struct {
	Version int       `json:"version"`
	Created time.Time `json:"created"`
	Entries []Entry   `json:"entries"`

	index map[key]bool
}

// Entry is one known finding.
type Entry struct {
	Fingerprint string       `json:"fingerprint"`
	Kind        scanner.Kind `json:"kind"`
	Path        string       `json:"path"`
}

type key struct{ fingerprint, path string }

// New makes a baseline of entries. Paths are normalized, duplicates merged
// and entries sorted, so the file diffs well.
func New(entries []Entry, created time.Time) *Baseline {
	b := &Baseline{Version: Version, Created: created.UTC().Truncate(time.Second), Entries: []Entry{}}
	seen := map[key]bool{}
	for _, e := range entries {
		e.Path = normPath(e.Path)
		k := key{e.Fingerprint, e.Path}
		if seen[k] {
			continue
		}
		seen[k] = true
		b.Entries = append(b.Entries, e)
	}
	slices.SortFunc(b.Entries, func(a, b Entry) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Fingerprint, b.Fingerprint))
	})
	b.index = seen
	return b
}

// EntryOf is the entry for r, found at path (r.Path, or that path made
// relative to the repository root).
func EntryOf(r *result.Result, path string) Entry {
	return Entry{Fingerprint: r.Fingerprint(), Kind: r.Kind, Path: path}
}

// normPath gives the form paths are stored and compared in: slash-separated
// and clean, so "./a/b" and "a/b" are one path.
func normPath(p string) string {
	if p == "-" {
		return p
	}
	return strings.TrimPrefix(path.Clean(filepath.ToSlash(p)), "./")
}

// Contains reports whether the baseline knows the credential with this
// content fingerprint at path.
func (b *Baseline) Contains(fingerprint, path string) bool {
	if b == nil {
		return false
	}
	if b.index == nil {
		b.index = make(map[key]bool, len(b.Entries))
		for _, e := range b.Entries {
			b.index[key{e.Fingerprint, normPath(e.Path)}] = true
		}
	}
	return b.index[key{fingerprint, normPath(path)}]
}

// Write writes the baseline as indented JSON.
func (b *Baseline) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(b)
}

// WriteFile writes the baseline to a file, replacing it only once the new
// contents are complete, so a failed write leaves the old baseline intact.
func (b *Baseline) WriteFile(name string) error {
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".pinatascan-baseline-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}

// Load reads the baseline file at name.
func Load(name string) (*Baseline, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(name, f)
}

// Read parses a baseline; name is used in error messages, which give the
// line of the mistake.
func Read(name string, r io.Reader) (*Baseline, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxSize {
		return nil, fmt.Errorf("%s: larger than %d MB; is this a baseline?", name, maxSize>>20)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var b Baseline
	if err := dec.Decode(&b); err != nil {
		return nil, jsonError(name, data, dec.InputOffset(), err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%s:%d: unexpected data after the baseline object", name, lineAt(data, dec.InputOffset()))
	}
	if b.Version != Version {
		return nil, fmt.Errorf("%s: version %d is not supported (this pinatascan reads version %d)", name, b.Version, Version)
	}
	for i, e := range b.Entries {
		switch {
		case !scanner.ValidFingerprint(e.Fingerprint):
			return nil, fmt.Errorf("%s: entry %d: fingerprint is not 32 lowercase hex characters", name, i+1)
		case !slices.Contains(scanner.Kinds, e.Kind):
			return nil, fmt.Errorf("%s: entry %d: unknown kind %q", name, i+1, shorten(string(e.Kind)))
		case e.Path == "":
			return nil, fmt.Errorf("%s: entry %d: empty path", name, i+1)
		}
	}
	if b.Entries == nil {
		b.Entries = []Entry{}
	}
	return &b, nil
}

// jsonError names the line of a JSON mistake.
func jsonError(name string, data []byte, at int64, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("%s:%d: %v", name, lineAt(data, se.Offset), se)
	case errors.As(err, &te):
		return fmt.Errorf("%s:%d: %s must be a %s, not a %s", name, lineAt(data, te.Offset), te.Field, te.Type, te.Value)
	case errors.Is(err, io.EOF):
		return fmt.Errorf("%s: empty file; a baseline is a JSON object (pinatascan baseline create writes one)", name)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%s: truncated JSON", name)
	}
	// Unknown fields carry no offset; the decoder's position is close.
	return fmt.Errorf("%s:%d: %s", name, lineAt(data, at), strings.TrimPrefix(err.Error(), "json: "))
}

func lineAt(data []byte, off int64) int {
	off = min(max(off, 0), int64(len(data)))
	return 1 + bytes.Count(data[:off], []byte("\n"))
}

func shorten(s string) string {
	if len(s) > 20 {
		return s[:12] + "…"
	}
	return s
}
