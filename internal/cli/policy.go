package cli

// This file holds the team's decisions about findings, shared by every
// scanning command: the config file, the ignore file, the baseline and
// --report-unused-ignores (policyFlags).

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/pinatascan/pinatascan/internal/baseline"
	"github.com/pinatascan/pinatascan/internal/config"
	"github.com/pinatascan/pinatascan/internal/filter"
	"github.com/pinatascan/pinatascan/internal/gitscan"
	"github.com/pinatascan/pinatascan/internal/ignore"
	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/result"
)

// policyHelp is the part of a scanning command's help about the files
// that decide what is reported.
const policyHelp = `Config and suppression: settings are read from .pinatascan.yaml at the
root of the repository being scanned (or --config FILE), and a note names
the file used: path excludes and includes, the maximum file size, the kinds
to report, allowlisted fingerprints and verification defaults; path globs
are relative to that root. A finding is suppressed by a pinatascan:allow
(or gitleaks:allow) comment on its line, or by its fingerprint (the text
report's fingerprint: line) in .pinatascanignore (or --ignore-file FILE). With --baseline FILE (see 'pinatascan baseline'), findings already
recorded there are not reported. Suppressed and baselined findings are
counted in the summary.

`

// policyFlags are the shared flags that decide which findings count.
type policyFlags struct {
	configPath   string
	ignorePath   string
	baselinePath string
	reportUnused bool

	// RootRelative says the scanned paths are already relative to the
	// repository root, as git names them (staged scans). Results with a
	// commit are always taken as such.
	RootRelative bool

	// base is where the policy is looked up from: a directory in the
	// repository being scanned (scanBase, git -C). "" means the working
	// directory. The config, the ignore file and the root that globs and
	// baseline paths are relative to all come from its repository.
	base       string
	policyFrom string

	fs       *flag.FlagSet
	loaded   bool
	source   *policySource
	cfg      *config.Config
	filter   *filter.Filter
	files    []string     // the policy files, relative to the repository root
	notes    []string     // said on stderr before the report
	excluded atomic.Int64 // paths a walk left out by the config
}

func (p *policyFlags) register(fs *flag.FlagSet) {
	p.fs = fs
	fs.StringVar(&p.configPath, "config", "", "read settings from `FILE` (default: "+config.FileName+" at the repository root, if there is one)")
	fs.StringVar(&p.ignorePath, "ignore-file", "", "ignore the fingerprints listed in `FILE` (default: "+ignore.FileName+" at the repository root, if there is one)")
	fs.StringVar(&p.baselinePath, "baseline", "", "report only findings that are not in the baseline `FILE` (written by 'pinatascan baseline create')")
	fs.BoolVar(&p.reportUnused, "report-unused-ignores", false, "list ignore-file and allowlist entries that matched nothing (meaningful on a full scan)")
	fs.StringVar(&p.policyFrom, "policy-from", "", "read the config, ignore file and baseline from commit `REV` (a pull request's base), not from the working tree")
}

// Limits of the policy files read from a revision (on disk, each loader
// has its own).
const (
	maxConfigBytes   = 1 << 20
	maxIgnoreBytes   = 16 << 20
	maxBaselineBytes = 256 << 20
)

// policySource is where the policy files are read from: the working
// directory (a path is a file on disk), or, with --policy-from, a commit
// (a path is a file of that commit, relative to the repository root, so
// that a pull request cannot change the policy it is checked with).
type policySource struct {
	root   string // the repository root the default files are at
	cwd    string
	rev    string // as given to --policy-from; "" for the working tree
	commit string // rev resolved
}

// read returns the policy file at path (as the user gave it, relative to
// the working directory, or a default below root), and the name to give
// it in messages. found is false when it does not exist.
func (src *policySource) read(path string, limit int64) (data []byte, name string, found bool, err error) {
	if src.rev == "" {
		name = path
		if rel, err := filepath.Rel(src.cwd, path); err == nil && filepath.IsAbs(path) {
			name = rel // shorter in messages
		}
		data, err = readLimited(path, limit)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, name, false, nil
		}
		return data, name, err == nil, err
	}
	rel, err := src.relToRoot(path)
	if err != nil {
		return nil, path, false, err
	}
	name = src.rev + ":" + rel
	data, found, err = gitscan.ReadFileAt(context.Background(), src.root, src.commit, rel, limit)
	return data, name, found, err
}

// relToRoot gives path (relative to the working directory, or absolute)
// relative to the repository root, slash-separated, as git names files.
func (src *policySource) relToRoot(path string) (string, error) {
	abs := path
	if !filepath.IsAbs(path) {
		abs = filepath.Join(src.cwd, path)
	}
	rel, err := filepath.Rel(src.root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%s is outside the repository, so --policy-from cannot read it from a commit", quote.Safe(path))
	}
	return filepath.ToSlash(rel), nil
}

func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err == nil && int64(len(data)) > limit {
		err = fmt.Errorf("%s: larger than %d KiB; is this the right file?", quote.Safe(path), limit>>10)
	}
	return data, err
}

// loadPolicy reads the config, ignore and baseline files once, from the
// working tree or (--policy-from) a commit, and lets the config's
// verification defaults fill in the flags that were not given. How far a
// config is trusted depends on who chose it: a file named with --config may
// turn verification on and point it at another API URL; a config found in
// the repository (the scanned tree, or the --policy-from commit) may not.
// Errors name the file and line.
func (f *scanFlags) loadPolicy() error {
	p := &f.policyFlags
	if p.loaded {
		return nil
	}
	cwd, err := os.Getwd()
	if err != nil {
		return err
	}
	start := cwd
	if p.base != "" {
		start = p.base
	}
	root, err := config.RepoRoot(start)
	if err != nil {
		return err
	}
	src := &policySource{root: root, cwd: cwd, rev: p.policyFrom}
	if p.policyFrom != "" {
		if src.commit, err = gitscan.ResolveCommit(context.Background(), root, p.policyFrom); err != nil {
			return fmt.Errorf("--policy-from: %w", err)
		}
	}
	p.source = src

	cfgPath, trusted := p.configPath, true
	if cfgPath == "" {
		cfgPath, trusted = filepath.Join(root, config.FileName), false
	}
	data, cfgName, found, err := src.read(cfgPath, maxConfigBytes)
	switch {
	case err != nil:
		return err
	case !found && trusted:
		return fmt.Errorf("%s: no such file", quote.Safe(cfgName))
	}
	cfg := config.Default()
	if found {
		if cfg, err = config.Parse(cfgName, data); err != nil {
			return err
		}
	}
	cfg.Root, cfg.WorkDir = root, cwd

	ignorePath, optional := p.ignorePath, false
	if ignorePath == "" {
		ignorePath, optional = filepath.Join(root, ignore.FileName), true
	}
	data, ignoreName, found, err := src.read(ignorePath, maxIgnoreBytes)
	switch {
	case err != nil:
		return err
	case !found && !optional:
		return fmt.Errorf("%s: no such file", quote.Safe(ignoreName))
	}
	ign, err := ignore.Parse(ignoreName, bytes.NewReader(data))
	if err != nil {
		return err
	}

	var base *baseline.Baseline
	if p.baselinePath != "" {
		data, name, found, err := src.read(p.baselinePath, maxBaselineBytes)
		switch {
		case err != nil:
			return err
		case !found:
			return fmt.Errorf("%s: no such file", quote.Safe(name))
		}
		if base, err = baseline.Read(name, bytes.NewReader(data)); err != nil {
			return err
		}
	}

	// The config's verification settings are defaults: a flag given on
	// the command line wins.
	set := map[string]bool{}
	if p.fs != nil {
		p.fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	}
	ignored, err := f.verifyFlags.applyConfig(cfg.Verify, set, trusted)
	if err != nil {
		return fmt.Errorf("%s: %w", quote.Safe(cfgName), err)
	}
	if len(ignored) > 0 {
		p.notes = append(p.notes, fmt.Sprintf("%s sets %s, which only the command line or a file named with --config may set: "+
			"ignored (pass --verify and --pinata-api-url yourself)", quote.Safe(cfgName), strings.Join(ignored, " and ")))
	}

	// The policy files whose changes a git scan reports, relative to the
	// repository root.
	p.files = nil
	for _, path := range []string{cfgPath, ignorePath, p.baselinePath} {
		if path == "" {
			continue
		}
		if rel, err := src.relToRoot(path); err == nil && !slices.Contains(p.files, rel) {
			p.files = append(p.files, rel)
		}
	}

	p.cfg = cfg
	p.filter = &filter.Filter{Config: cfg, Ignore: ign, Baseline: base, Rel: p.rel}
	p.loaded = true
	return nil
}

// scanBase is where the policy of a scan of paths comes from: the
// repository the paths are in, so that scanning another repository uses
// its .pinatascan.yaml, not the one of the working directory. Paths in no
// repository, and standard input, leave it to the working directory; paths
// in two repositories are an error, since each has its own policy.
func scanBase(paths []string) (string, error) {
	var base, baseRoot string
	for _, p := range paths {
		if p == "-" {
			continue
		}
		dir := p
		if fi, err := os.Stat(p); err != nil || !fi.IsDir() {
			dir = filepath.Dir(p)
		}
		root, ok := config.RepoRootOf(dir)
		switch {
		case !ok:
		case baseRoot == "":
			base, baseRoot = dir, root
		case root != baseRoot:
			return "", fmt.Errorf("%s and %s are in different repositories, each with its own settings: scan them one at a time",
				quote.Safe(base), quote.Safe(dir))
		}
	}
	return base, nil
}

// noteConfig names the config file the scan uses, if any: which settings
// applied should never be a guess (scanning another repository uses its
// own).
func (p *policyFlags) noteConfig(env *Env) {
	if p.cfg != nil && p.cfg.Path != "" {
		fmt.Fprintf(env.Stderr, "pinatascan: note: settings from %s\n", quote.Safe(p.cfg.Path))
	}
}

// noteNothingScanned says why a file scan read nothing, when the config
// left out every path it met: an empty scan must not pass for a clean one.
func (p *policyFlags) noteNothingScanned(env *Env, s *result.Summary) {
	st := s.Stats
	if st.Commits > 0 || st.Files > 0 || st.Skipped > 0 || st.Excluded == 0 || p.cfg == nil {
		return
	}
	fmt.Fprintf(env.Stderr, "pinatascan: note: nothing was scanned: %s leaves out every path given (%s)\n",
		quote.Safe(p.cfg.Path), quote.Safe(shorten(p.cfg.ScopeSummary(), 200)))
}

// shorten cuts s to at most n bytes, on a rune boundary, marking the cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// rel gives a result's path relative to the repository root; for a
// finding in a commit or tag message, "commit HASH" or "tag NAME".
func (p *policyFlags) rel(r *result.Result) string {
	if r.Message != nil {
		return r.Location()
	}
	if r.Commit != nil || p.RootRelative {
		return r.Path
	}
	return p.cfg.RelPath(r.Path)
}

// walkExclude is the walk's Exclude hook: it leaves out excluded paths
// before they are opened, counting them, and the report being written
// (out's temporary file). (max_file_size is the walk's MaxFileSize,
// checked on the open file.)
func (p *policyFlags) walkExclude(out *output) func(path string, dir bool) bool {
	c := p.cfg
	byConfig := c != nil && (len(c.Exclude) > 0 || len(c.Include) > 0)
	if !byConfig && out.tmp == nil {
		return nil // a walk without config pays nothing
	}
	return func(path string, dir bool) bool {
		if out.excluded(path) {
			return true
		}
		if !byConfig {
			return false
		}
		rel := c.RelPath(path)
		skip := c.Excluded(rel)
		if dir {
			skip = c.SkipDir(rel)
		}
		if skip {
			p.excluded.Add(1)
		}
		return skip
	}
}

// keep reports whether r is to be reported, counting in stats what the
// policy holds back.
func (p *policyFlags) keep(r *result.Result, stats *result.Stats) bool {
	return p.filter == nil || p.filter.Keep(r, stats)
}

// policy fills in where the policy came from, and the paths a file scan
// left out by the config.
func (p *policyFlags) policy(s *result.Summary) {
	s.Stats.Excluded += int(p.excluded.Load())
	if p.source != nil {
		s.Policy.From = p.source.commit
	}
}

// listUnused lists the unused ignore and allowlist entries on stderr, when
// asked to.
func (p *policyFlags) listUnused(env *Env) {
	if p.filter == nil || !p.reportUnused {
		return
	}
	u := p.filter.Unused()
	for _, e := range u.Ignore {
		fmt.Fprintf(env.Stderr, "pinatascan: %s:%d: unused ignore entry %s (no finding matched it)\n", quote.Safe(p.filter.Ignore.Name), e.Line, e.Fingerprint)
	}
	for _, a := range u.Allowlist {
		fmt.Fprintf(env.Stderr, "pinatascan: %s:%d: unused allowlist entry %s (no finding matched it)\n", quote.Safe(p.cfg.Path), a.Line, a.Fingerprint)
	}
	if u.Len() == 0 {
		fmt.Fprintln(env.Stderr, "pinatascan: every ignore and allowlist entry was used")
	}
}
