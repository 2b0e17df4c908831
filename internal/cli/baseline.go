package cli

// The `baseline create` command.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
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

Flags may stand anywhere: --output is baseline's own (where the baseline
goes), the others belong to the command ('baseline create git --all
--output b.json').

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
	a, err := splitBaselineArgs(inv.Args)
	switch {
	case a.help:
		writeHelp(inv.Stdout, inv.Cmd, fs)
		return exitClean
	case err != nil:
		return inv.UsageError("%v", err)
	}
	if err := fs.Parse(a.own); err != nil {
		return inv.UsageError("%s", flagError(err, fs))
	}
	cmd := lookup(a.name)
	var out bytes.Buffer
	sub := &Invocation{
		Env:  &Env{Stdin: inv.Stdin, Stdout: &out, Stderr: inv.Stderr, ctx: inv.ctx, env: inv.env},
		Cmd:  cmd,
		Args: append([]string{"--format", "json"}, a.sub...),
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

// baselineArgs is `baseline` split: its own flags (--output), the scanning
// command and that command's arguments.
type baselineArgs struct {
	own  []string // for baseline's flag set
	name string   // "scan" or "git"
	sub  []string // for the scanning command
	help bool
}

// scanValueFlags are the flags of scan and git that take a value, so that
// a value is not taken for a command name ("--config c.yaml git");
// TestBaselineValueFlags checks the list against the commands' help.
var scanValueFlags = []string{"format", "output", "config", "ignore-file", "baseline", "policy-from",
	"pinata-api-url", "fail-on", "color", "hook-id", "C"}

// splitBaselineArgs takes `create`, the command name and baseline's own
// --output from anywhere before "--", as every command takes its flags
// ("baseline create git --all --output b.json" and "baseline --output
// b.json create" are the same); everything else goes to the command.
func splitBaselineArgs(args []string) (baselineArgs, error) {
	var a baselineArgs
	positional := 0
	for i := 0; i < len(args); i++ {
		arg := args[i]
		if arg == "--" {
			a.sub = append(a.sub, args[i:]...)
			break
		}
		if !strings.HasPrefix(arg, "-") || arg == "-" {
			switch positional++; {
			case positional == 1 && arg != "create":
				if closest(arg, []string{"create"}) != "" {
					return a, fmt.Errorf("unknown subcommand %s; did you mean create?", quote.Input(arg))
				}
				return a, fmt.Errorf("want 'baseline create', got %s", quote.Input(arg))
			case positional == 1:
			case positional == 2 && (arg == "scan" || arg == "git"):
				a.name = arg
			default:
				a.sub = append(a.sub, arg)
			}
			continue
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		takesValue := !hasValue && slices.Contains(scanValueFlags, name) && i+1 < len(args)
		switch name {
		case "h", "help":
			a.help = true
			return a, nil
		case "output":
			a.own = append(a.own, arg)
			if takesValue {
				i++
				a.own = append(a.own, args[i])
			}
			continue
		case "format", "baseline":
			return a, fmt.Errorf("%s is set by 'baseline create' itself (the baseline file is --output)", quote.Input(arg))
		}
		a.sub = append(a.sub, arg)
		if takesValue {
			i++
			a.sub = append(a.sub, args[i])
		}
	}
	if positional == 0 {
		return a, errors.New("want 'baseline create'")
	}
	if a.name == "" {
		a.name = "scan"
	}
	return a, nil
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
