// Package config reads .pinatascan.yaml, the per-repository settings:
// which paths and kinds to scan, which fingerprints are allowed, and the
// defaults for verification.
//
// The file is decoded from a yaml.Node rather than straight into a struct so
// that every mistake (an unknown key, a bad glob, a missing reason) can be
// reported with the line it stands on: a typo that silently disables an
// exclude is worse than a failing build.
package config

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/pinatascan/pinatascan/scanner"
)

// FileName is the name of the config file looked for at the repository root.
const FileName = ".pinatascan.yaml"

// Config is the parsed config file. The zero value (or nil) is the default:
// scan every path and every kind, allow nothing, verify nothing.
type Config struct {
	// Path is the file the config was read from; "" for the default.
	Path string
	// Root is the directory the path globs are relative to: the
	// repository root (see RepoRoot).
	Root string
	// WorkDir is the absolute directory relative paths given to RelPath
	// start from; "" means the process's working directory, looked up on
	// each call. Set it once before a walk of many files.
	WorkDir string

	Exclude     []string // doublestar globs, relative to Root
	Include     []string // doublestar globs; empty means everything
	MaxFileSize int64    // bytes; 0 means no limit
	Kinds       []scanner.Kind
	// DisableRules lists detection rules (scanner.RuleIDs) not to trust: a
	// finding only they support is not reported.
	DisableRules []string
	Allowlist    []Allow
	Verify       Verify

	once             sync.Once
	exclude, include []matcher // compiled from Exclude and Include on first use
}

// Allow is one allowlisted credential: a content fingerprint and why it is
// fine to keep (a revoked key in a test fixture, a documented example).
type Allow struct {
	Fingerprint string
	Reason      string
	Line        int // line in the config file, for messages
}

// Verify holds the defaults for live verification; flags override them.
type Verify struct {
	Enabled bool     // check findings live by default
	APIURL  string   // API base URL; "" means the built-in default
	FailOn  []string // as --fail-on: "any", or statuses that fail the scan; empty means any finding
}

// Statuses are the values fail_on may hold, as --fail-on takes them: "any",
// or verification statuses ("live" includes live-no-scope). "unknown" is
// not one: a credential that could not be checked always fails the scan.
var Statuses = []string{"any", "live", "live-no-scope", "revoked", "invalid", "unverifiable"}

// Default returns the configuration used when there is no config file.
func Default() *Config { return &Config{} }

// maxConfigSize bounds the config file: a real one is a few hundred bytes,
// and the YAML parser holds the whole document in memory.
const maxConfigSize = 1 << 20

// Load reads and parses the config file at path.
func Load(path string) (*Config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxConfigSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxConfigSize {
		return nil, &Error{File: path, Msg: fmt.Sprintf("larger than %d KiB; is this the config file?", maxConfigSize>>10)}
	}
	c, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	if c.Root, err = RepoRoot(filepath.Dir(path)); err != nil {
		return nil, err
	}
	return c, nil
}

// RepoRoot returns the repository root for dir: the nearest directory at or
// above it that holds .git (a directory or, in worktrees, a file). Outside
// a repository it is dir itself, made absolute.
func RepoRoot(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if root, ok := RepoRootOf(abs); ok {
		return root, nil
	}
	return abs, nil
}

// RepoRootOf returns the root of the repository dir is in, and false when
// it is in none.
func RepoRootOf(dir string) (string, bool) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	for d := abs; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d, true
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", false
		}
		d = parent
	}
}

// Find returns the path of the default config file for a scan started in
// dir, or "" if there is none. It walks up from dir to the repository root
// (the nearest directory holding .git, a directory or, in worktrees, a
// file) and looks for FileName there. Outside a repository it looks in dir
// only, so a stray file in a parent directory is never picked up.
func Find(dir string) (string, error) {
	root, err := RepoRoot(dir)
	if err != nil {
		return "", err
	}
	p := filepath.Join(root, FileName)
	switch _, err := os.Stat(p); {
	case err == nil:
		return p, nil
	case errors.Is(err, fs.ErrNotExist):
		return "", nil
	default:
		return "", err
	}
}

// FileSizeLimit returns the maximum file size in bytes; 0 means no limit.
func (c *Config) FileSizeLimit() int64 {
	if c == nil {
		return 0
	}
	return c.MaxFileSize
}

// RelPath turns a file system path (relative to the working directory or
// absolute) into the slash-separated path below Root that the globs match.
// A path outside Root is returned cleaned, as given.
func (c *Config) RelPath(p string) string {
	if c != nil && c.Root != "" && p != "-" {
		abs := p
		if !filepath.IsAbs(p) {
			if c.WorkDir != "" {
				abs = filepath.Join(c.WorkDir, p)
			} else if a, err := filepath.Abs(p); err == nil {
				abs = a
			}
		}
		if rel, err := filepath.Rel(c.Root, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return filepath.ToSlash(rel)
		}
	}
	return cleanSlash(p)
}

func cleanSlash(p string) string {
	p = path.Clean(filepath.ToSlash(p))
	return strings.TrimPrefix(p, "./")
}

// Excluded reports whether the file at rel, a slash-separated path relative
// to Root (as RelPath gives, or as git names it), is out of scope: it, or a
// directory above it, matches an exclude glob, or include globs are set and
// neither it nor a directory above it matches one.
//
// Standard input ("-") is never excluded: it was asked for by name.
func (c *Config) Excluded(rel string) bool {
	if c == nil || rel == "-" {
		return false
	}
	c.compile()
	rel = cleanSlash(rel)
	if len(c.include) > 0 && !matchAny(c.include, rel) {
		return true
	}
	return matchAny(c.exclude, rel)
}

// SkipDir reports whether everything below the directory rel is excluded,
// so a walk need not enter it. Include globs never prune a directory: a
// file deep below may still match one.
func (c *Config) SkipDir(rel string) bool {
	if c == nil {
		return false
	}
	c.compile()
	rel = cleanSlash(rel)
	return rel != "." && matchAny(c.exclude, rel)
}

func (c *Config) compile() {
	c.once.Do(func() {
		c.exclude = compileGlobs(c.Exclude)
		c.include = compileGlobs(c.Include)
	})
}

// matcher is one glob, with the common shapes answered without the glob
// engine: a walk asks about every file.
type matcher struct {
	glob string
	kind int    // one of the match* constants
	lit  string // the literal part, for the fast kinds
}

const (
	matchGlob    = iota // general: the glob against the path and each parent
	matchPrefix         // "vendor" or "vendor/**": the path is lit or below it
	matchSegment        // "**/node_modules": some segment of the path is lit
	matchSuffix         // "**/*.min.js": some segment of the path ends in lit
)

func compileGlobs(globs []string) []matcher {
	out := make([]matcher, len(globs))
	for i, g := range globs {
		m := matcher{glob: g}
		switch lit := strings.TrimSuffix(g, "/**"); {
		case !hasMeta(lit):
			m.kind, m.lit = matchPrefix, lit
		case strings.HasPrefix(g, "**/") && !hasMeta(g[3:]) && !strings.Contains(g[3:], "/"):
			m.kind, m.lit = matchSegment, g[3:]
		case strings.HasPrefix(g, "**/*") && !hasMeta(g[4:]) && !strings.Contains(g[4:], "/"):
			m.kind, m.lit = matchSuffix, g[4:]
		}
		out[i] = m
	}
	return out
}

func hasMeta(s string) bool { return strings.ContainsAny(s, `*?[]{}\`) }

// matchAny reports whether p, or one of the directories above it, matches
// one of the globs. Matching parents lets "vendor" or "**/node_modules"
// exclude a whole tree, as users of .gitignore expect.
func matchAny(ms []matcher, p string) bool {
	for _, m := range ms {
		switch m.kind {
		case matchPrefix:
			if p == m.lit || strings.HasPrefix(p, m.lit) && p[len(m.lit)] == '/' {
				return true
			}
		case matchSegment, matchSuffix:
			for rest := p; ; {
				seg, tail, more := strings.Cut(rest, "/")
				if seg == m.lit || m.kind == matchSuffix && strings.HasSuffix(seg, m.lit) {
					return true
				}
				if !more {
					break
				}
				rest = tail
			}
		default:
			for q := p; ; {
				if doublestar.MatchUnvalidated(m.glob, q) {
					return true
				}
				i := strings.LastIndexByte(q, '/')
				if i < 0 {
					break
				}
				q = q[:i]
			}
		}
	}
	return false
}

// ScopeSummary says in a few words what the config leaves out, for a
// message: "exclude: vendor, **/*.min.js; include: src/**".
func (c *Config) ScopeSummary() string {
	if c == nil {
		return ""
	}
	var parts []string
	if len(c.Exclude) > 0 {
		parts = append(parts, "exclude: "+strings.Join(c.Exclude, ", "))
	}
	if len(c.Include) > 0 {
		parts = append(parts, "include: "+strings.Join(c.Include, ", "))
	}
	return strings.Join(parts, "; ")
}

// ReportKind reports whether findings of kind k are to be reported.
func (c *Config) ReportKind(k scanner.Kind) bool {
	if c == nil || len(c.Kinds) == 0 {
		return true
	}
	for _, want := range c.Kinds {
		if want == k {
			return true
		}
	}
	return false
}

// RuleDisabled reports whether every rule that supports f is disabled, so
// that f is not reported. A finding no rule supports is reported.
func (c *Config) RuleDisabled(f scanner.Finding) bool {
	if c == nil || len(c.DisableRules) == 0 || len(f.Support) == 0 {
		return false
	}
	for _, id := range f.Support {
		if !slices.Contains(c.DisableRules, id) {
			return false
		}
	}
	return true
}

// Allowlisted returns the allowlist entry for a content fingerprint.
func (c *Config) Allowlisted(fingerprint string) (Allow, bool) {
	if c == nil {
		return Allow{}, false
	}
	for _, a := range c.Allowlist {
		if a.Fingerprint == fingerprint {
			return a, true
		}
	}
	return Allow{}, false
}

// Error is a mistake in the config file, at a line.
type Error struct {
	File string
	Line int // 0 when unknown
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}
