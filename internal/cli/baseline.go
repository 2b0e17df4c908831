package cli

// This file holds the team's decisions about findings, shared by every
// scanning command: the config file, the ignore file, the baseline and
// --report-unused-ignores (policyFlags), and the `baseline create` command.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pinatascan/pinatascan/internal/baseline"
	"github.com/pinatascan/pinatascan/internal/config"
	"github.com/pinatascan/pinatascan/internal/filter"
	"github.com/pinatascan/pinatascan/internal/ignore"
	"github.com/pinatascan/pinatascan/internal/report"
	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// policyHelp is the part of a scanning command's help about the files
// that decide what is reported.
const policyHelp = `Config and suppression: settings are read from .pinatascan.yaml at the
repository root (or --config FILE): path excludes and includes, the
maximum file size, the kinds to report, allowlisted fingerprints and
verification defaults; path globs are relative to the repository root. A
finding is suppressed by a pinatascan:allow (or gitleaks:allow) comment on
its line, or by its fingerprint in .pinatascanignore (or --ignore-file
FILE). With --baseline FILE (see 'pinatascan baseline'), findings already
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

	fs     *flag.FlagSet
	loaded bool
	cfg    *config.Config
	filter *filter.Filter
}

func (p *policyFlags) register(fs *flag.FlagSet) {
	p.fs = fs
	fs.StringVar(&p.configPath, "config", "", "read settings from `FILE` (default: "+config.FileName+" at the repository root, if there is one)")
	fs.StringVar(&p.ignorePath, "ignore-file", "", "ignore the fingerprints listed in `FILE` (default: "+ignore.FileName+" at the repository root, if there is one)")
	fs.StringVar(&p.baselinePath, "baseline", "", "report only findings that are not in the baseline `FILE` (written by 'pinatascan baseline create')")
	fs.BoolVar(&p.reportUnused, "report-unused-ignores", false, "list ignore-file and allowlist entries that matched nothing (meaningful on a full scan)")
}

// loadPolicy reads the config, ignore and baseline files once, and lets the
// config's verification defaults fill in the flags that were not given.
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
	root, err := config.RepoRoot(cwd)
	if err != nil {
		return err
	}

	cfgPath := p.configPath
	if cfgPath == "" {
		if cfgPath, err = config.Find(cwd); err != nil {
			return err
		}
		if rel, err := filepath.Rel(cwd, cfgPath); err == nil && cfgPath != "" {
			cfgPath = rel // shorter in messages
		}
	}
	cfg := config.Default()
	if cfgPath != "" {
		if cfg, err = config.Load(cfgPath); err != nil {
			return err
		}
	}
	cfg.Root, cfg.WorkDir = root, cwd

	ignorePath, optional := p.ignorePath, false
	if ignorePath == "" {
		ignorePath, optional = filepath.Join(root, ignore.FileName), true
		if rel, err := filepath.Rel(cwd, ignorePath); err == nil {
			ignorePath = rel // shorter in messages
		}
	}
	ign, err := ignore.Load(ignorePath, optional)
	if err != nil {
		return err
	}

	var base *baseline.Baseline
	if p.baselinePath != "" {
		if base, err = baseline.Load(p.baselinePath); err != nil {
			return err
		}
	}

	// The config's verification settings are defaults: a flag given on
	// the command line wins.
	set := map[string]bool{}
	if p.fs != nil {
		p.fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	}
	if err := f.verifyFlags.applyConfig(cfg.Verify, set); err != nil {
		return fmt.Errorf("%s: %w", cfgPath, err)
	}

	p.cfg = cfg
	p.filter = &filter.Filter{Config: cfg, Ignore: ign, Baseline: base, Rel: p.rel}
	p.loaded = true
	return nil
}

// rel gives a result's path relative to the repository root.
func (p *policyFlags) rel(r *result.Result) string {
	if r.Commit != nil || p.RootRelative {
		return r.Path
	}
	return p.cfg.RelPath(r.Path)
}

// walkExclude is the walk's Exclude hook: it leaves out excluded paths
// before they are opened. Nil when the config excludes nothing, so a walk
// without config pays nothing. (max_file_size is the walk's MaxFileSize,
// checked on the open file.)
func (p *policyFlags) walkExclude() func(path string, dir bool) bool {
	c := p.cfg
	if c == nil || len(c.Exclude) == 0 && len(c.Include) == 0 {
		return nil
	}
	return func(path string, dir bool) bool {
		rel := c.RelPath(path)
		if dir {
			return c.SkipDir(rel)
		}
		return c.Excluded(rel)
	}
}

// apply filters rep's results and, when asked, lists the unused ignore
// and allowlist entries on stderr.
func (p *policyFlags) apply(env *Env, rep *result.Report) {
	if p.filter == nil {
		return
	}
	p.filter.Apply(rep)
	if !p.reportUnused {
		return
	}
	u := p.filter.Unused()
	for _, e := range u.Ignore {
		fmt.Fprintf(env.Stderr, "pinatascan: %s:%d: unused ignore entry %s (no finding matched it)\n", p.filter.Ignore.Name, e.Line, e.Fingerprint)
	}
	for _, a := range u.Allowlist {
		fmt.Fprintf(env.Stderr, "pinatascan: %s:%d: unused allowlist entry %s (no finding matched it)\n", p.cfg.Path, a.Line, a.Fingerprint)
	}
	if u.Len() == 0 {
		fmt.Fprintln(env.Stderr, "pinatascan: every ignore and allowlist entry was used")
	}
}

// DefaultBaselineFile is where `baseline create` writes by default.
const DefaultBaselineFile = ".pinatascan-baseline.json"

var baselineCommand = &Command{
	Name:    "baseline",
	Args:    "create [--output FILE] [scan|git] [ARGS...]",
	Summary: "record the current findings, so later scans report only new ones",
	Help: `'baseline create' runs a scan (the scan command by default, or git) with the
given ARGS, and writes what it finds to a baseline file: for each finding
its fingerprint (a hash), kind and path; no credential, key id or e-mail.
Commit the file. Later scans given --baseline FILE report only findings
that are not in it, and count the others in the summary.

A finding is known when the baseline has the same credential at the same
path: moving it within the file keeps it known, and a known credential
copied into another file is new. Findings suppressed by the config, an
allow comment or the ignore file are not recorded.

Examples:
  pinatascan baseline create                      # scan ., write ` + DefaultBaselineFile + `
  pinatascan baseline create --output b.json src  # scan src
  pinatascan baseline create git --all            # every commit of every ref
  pinatascan scan --baseline ` + DefaultBaselineFile + `

Exit codes: 0 the baseline was written (whatever it holds), 2 the scan did
not complete or the file could not be written: no baseline is written
from a partial scan.
`,
	Run: runBaseline,
}

func runBaseline(ctx context.Context, inv *Invocation) int {
	fs := inv.FlagSet()
	output := fs.String("output", DefaultBaselineFile, "write the baseline to `FILE` (- for standard output)")
	args := inv.Args
	if len(args) == 0 || args[0] != "create" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help") {
			writeHelp(inv.Stdout, inv.Cmd, fs)
			return exitClean
		}
		return inv.UsageError("want 'baseline create'")
	}
	// Parse stops at the first argument that is not a flag: what follows
	// belongs to the scanning command.
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			writeHelp(inv.Stdout, inv.Cmd, fs)
			return exitClean
		}
		return inv.UsageError("%v", err)
	}
	rest := fs.Args()
	name := "scan"
	if len(rest) > 0 && (rest[0] == "scan" || rest[0] == "git") {
		name, rest = rest[0], rest[1:]
	}
	cmd := lookup(name)
	if cmd == nil {
		return inv.UsageError("no %q command to run", name)
	}
	for _, a := range rest {
		if a == "--" {
			break
		}
		flagName := strings.TrimLeft(strings.SplitN(a, "=", 2)[0], "-")
		switch {
		case !strings.HasPrefix(a, "-"):
		case flagName == "format" || flagName == "output" || flagName == "baseline":
			return inv.UsageError("%s is set by 'baseline create' itself; use --output before the command name for the baseline file", a)
		case flagName == "h" || flagName == "help":
			writeHelp(inv.Stdout, inv.Cmd, fs)
			return exitClean
		}
	}

	var out bytes.Buffer
	sub := &Invocation{
		Env:  &Env{Stdin: inv.Stdin, Stdout: &out, Stderr: inv.Stderr, ctx: inv.ctx},
		Cmd:  cmd,
		Args: append([]string{"--format", "json"}, rest...),
	}
	if code := cmd.Run(ctx, sub); code != exitClean && code != exitFindings {
		fmt.Fprintf(inv.Stderr, "pinatascan baseline: the scan did not complete (exit %d); no baseline written\n", code)
		return exitError
	}
	entries, err := baselineEntries(&out)
	if err != nil {
		fmt.Fprintf(inv.Stderr, "pinatascan baseline: %v\n", err)
		return exitError
	}
	b := baseline.New(entries, time.Now())
	if *output == "-" {
		err = b.Write(inv.Stdout)
	} else {
		err = b.WriteFile(*output)
	}
	if err != nil {
		fmt.Fprintf(inv.Stderr, "pinatascan baseline: %v\n", err)
		return exitError
	}
	if *output != "-" {
		fmt.Fprintf(inv.Stderr, "pinatascan: baseline of %s written to %s\n", report.Count(len(b.Entries), "finding"), *output)
	}
	return exitClean
}

// baselineEntries reads the findings of a JSON report, with their paths
// made relative to the repository root as later scans will compare them.
func baselineEntries(r io.Reader) ([]baseline.Entry, error) {
	var rep struct {
		Findings []struct {
			Kind        scanner.Kind `json:"kind"`
			Path        string       `json:"path"`
			PathBytes   []byte       `json:"path_bytes"`
			Fingerprint string       `json:"fingerprint"`
			Commit      *struct{}    `json:"commit"`
		} `json:"findings"`
		Partial bool `json:"partial"`
	}
	if err := json.NewDecoder(r).Decode(&rep); err != nil {
		return nil, fmt.Errorf("reading the scan's report: %v", err)
	}
	if rep.Partial {
		return nil, errors.New("the scan was interrupted; no baseline written")
	}
	cwd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	root, err := config.RepoRoot(cwd)
	if err != nil {
		return nil, err
	}
	paths := &config.Config{Root: root, WorkDir: cwd}
	entries := make([]baseline.Entry, 0, len(rep.Findings))
	for _, f := range rep.Findings {
		p := f.Path
		if f.PathBytes != nil {
			p = string(f.PathBytes)
		}
		if f.Commit == nil {
			p = paths.RelPath(p)
		}
		entries = append(entries, baseline.Entry{Fingerprint: f.Fingerprint, Kind: f.Kind, Path: p})
	}
	return entries, nil
}
