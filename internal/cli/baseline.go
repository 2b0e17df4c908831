package cli

// The `baseline create` command.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/pinatascan/pinatascan/internal/baseline"
	"github.com/pinatascan/pinatascan/internal/config"
	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/report"
	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

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
		return inv.UsageError("%s", flagError(err))
	}
	rest := fs.Args()
	name := "scan"
	if len(rest) > 0 && (rest[0] == "scan" || rest[0] == "git") {
		name, rest = rest[0], rest[1:]
	}
	cmd := lookup(name)
	if cmd == nil {
		return inv.UsageError("no %s command to run", quote.Input(name))
	}
	for _, a := range rest {
		if a == "--" {
			break
		}
		flagName := strings.TrimLeft(strings.SplitN(a, "=", 2)[0], "-")
		switch {
		case !strings.HasPrefix(a, "-"):
		case flagName == "format" || flagName == "output" || flagName == "baseline":
			return inv.UsageError("%s is set by 'baseline create' itself; use --output before the command name for the baseline file", quote.Input(a))
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
		fmt.Fprintf(inv.Stderr, "pinatascan baseline: %s\n", errText(err))
		return exitError
	}
	b := baseline.New(entries, time.Now())
	if *output == "-" {
		err = b.Write(inv.Stdout)
	} else {
		err = b.WriteFile(*output)
	}
	if err != nil {
		fmt.Fprintf(inv.Stderr, "pinatascan baseline: %s\n", errText(err))
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
			Message     *struct {
				Object, ID, Tag string
			} `json:"message"`
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
		switch m := f.Message; {
		case m != nil && m.Tag != "":
			p = (&result.Result{Message: &result.Message{Tag: m.Tag}}).Location()
		case m != nil:
			p = (&result.Result{Message: &result.Message{ID: m.ID}}).Location()
		case f.Commit == nil:
			p = paths.RelPath(p)
		}
		entries = append(entries, baseline.Entry{Fingerprint: f.Fingerprint, Kind: f.Kind, Path: p})
	}
	return entries, nil
}
