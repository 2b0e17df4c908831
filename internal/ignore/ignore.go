// Package ignore reads .pinatascanignore, the list of credentials a team
// has decided to live with.
//
// Entries are content fingerprints (scanner.Fingerprint), never positions:
// a different secret pasted onto an ignored line has another fingerprint
// and is still reported. The list remembers which entries matched, so
// stale ones can be reported and removed.
//
// Syntax, one entry a line:
//
//	# comment lines and blank lines are allowed
//	3f1c9a0e5b7d2c4f8a6e1b3d5c7f9a2e  # revoked test key in fixtures/
//	9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d
//
// An entry is the 32-hex fingerprint that reports print, optionally
// followed by "#" and the reason. Anything else on a line is an error that
// names the line.
package ignore

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"

	"github.com/pinatascan/pinatascan/scanner"
)

// FileName is the default ignore file name, at the repository root.
const FileName = ".pinatascanignore"

// maxLine bounds one line, so a stray binary file named as the ignore file
// fails cleanly instead of growing a buffer without end.
const maxLine = 64 << 10

// Entry is one ignored fingerprint.
type Entry struct {
	Fingerprint string
	Reason      string // may be empty
	Line        int
}

// List is a parsed ignore file. It is safe for concurrent use.
type List struct {
	Name    string // file name, for messages
	entries []Entry

	mu   sync.Mutex
	by   map[string][]int // fingerprint -> entry indexes
	used []bool
}

// Load reads the ignore file at path. A missing file is an empty list when
// optional is true (the default file need not exist) and an error otherwise
// (a file the user named must).
func Load(path string, optional bool) (*List, error) {
	f, err := os.Open(path)
	if err != nil {
		if optional && errors.Is(err, fs.ErrNotExist) {
			return &List{Name: path}, nil
		}
		return nil, err
	}
	defer f.Close()
	return Parse(path, f)
}

// Parse reads an ignore file from r; name is used in error messages.
func Parse(name string, r io.Reader) (*List, error) {
	l := &List{Name: name, by: map[string][]int{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fp, rest, _ := strings.Cut(line, "#")
		fp = strings.TrimSpace(fp)
		if strings.ContainsAny(fp, " \t") {
			return nil, fmt.Errorf("%s:%d: one fingerprint per line; put the reason after a '#'", name, n)
		}
		if !scanner.ValidFingerprint(fp) {
			return nil, fmt.Errorf("%s:%d: %q is not a pinatascan fingerprint (32 lowercase hex characters, as reports print it)", name, n, shorten(fp))
		}
		l.by[fp] = append(l.by[fp], len(l.entries))
		l.entries = append(l.entries, Entry{Fingerprint: fp, Reason: strings.TrimSpace(rest), Line: n})
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("%s:%d: line longer than %d bytes", name, n+1, maxLine)
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	l.used = make([]bool, len(l.entries))
	return l, nil
}

// shorten keeps error messages short and free of whatever was pasted: an
// entry that is not a fingerprint may well be a credential itself.
func shorten(s string) string {
	if len(s) > 12 {
		return s[:6] + "…"
	}
	return s
}

// Len returns the number of entries.
func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return len(l.entries)
}

// Match reports whether fingerprint is ignored, and marks its entries used.
func (l *List) Match(fingerprint string) (Entry, bool) {
	if l == nil {
		return Entry{}, false
	}
	idx, ok := l.by[fingerprint]
	if !ok {
		return Entry{}, false
	}
	l.mu.Lock()
	for _, i := range idx {
		l.used[i] = true
	}
	l.mu.Unlock()
	return l.entries[idx[0]], true
}

// Unused returns the entries that matched nothing, in file order. Only a
// scan of everything the entries were written for can call them stale.
func (l *List) Unused() []Entry {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []Entry
	for i, e := range l.entries {
		if !l.used[i] {
			out = append(out, e)
		}
	}
	return out
}
