package cli

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/pinatascan/pinatascan/internal/report"
	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// scanFlags are the flags shared by every command that scans and reports
// (scan, and later git): add a shared flag here, once.
type scanFlags struct {
	format   string
	output   string
	noRedact bool

	verifyFlags // --verify, --pinata-api-url, --fail-on (verifyflags.go)
	policyFlags // --config, --ignore-file, --baseline, --report-unused-ignores (baseline.go)
}

// register defines the shared flags on fs.
func (f *scanFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", "text", "report `format`: "+strings.Join(report.Formats(), ", "))
	fs.StringVar(&f.output, "output", "", "write the report to `FILE` instead of standard output")
	fs.BoolVar(&f.noRedact, "no-redact", false, "show credentials and e-mail addresses in full (they are masked by default)")
	f.verifyFlags.register(fs)
	f.policyFlags.register(fs)
}

// reporter returns the reporter the flags ask for, after checking every
// shared flag. Commands call it before scanning, so a wrong flag fails at once.
func (f *scanFlags) reporter() (report.Reporter, error) {
	if err := f.loadPolicy(); err != nil {
		return nil, err
	}
	if err := f.verifyFlags.check(); err != nil {
		return nil, err
	}
	return report.New(f.format, report.Options{NoRedact: f.noRedact})
}

// finish is the common tail of every scanning command: it links findings
// across files (a JWT names its key and secret), reports problems on
// stderr, writes the report, and picks the exit code.
func finish(env *Env, f *scanFlags, rep *result.Report) int {
	link(rep)
	f.policyFlags.apply(env, rep)
	f.verifyFlags.run(env.ctx, env, rep)
	rp, err := f.reporter()
	if err != nil {
		fmt.Fprintf(env.Stderr, "pinatascan: %v\n", err)
		return exitError
	}
	for _, p := range rep.Problems {
		fmt.Fprintf(env.Stderr, "pinatascan: %s\n", p)
	}
	if err := writeReport(env, f.output, rp, rep); err != nil {
		fmt.Fprintf(env.Stderr, "pinatascan: %v\n", err)
		return exitError
	}
	if f.output != "" {
		// The report went to a file: still tell the person at the terminal.
		fmt.Fprintf(env.Stderr, "pinatascan: %s; report written to %s\n", report.Summary(rep), f.output)
	}
	if rep.Partial {
		fmt.Fprintln(env.Stderr, "pinatascan: interrupted: the scan did not finish and the results are partial")
	}
	return f.verifyFlags.exitCode(rep, exitCode(rep))
}

// exitCode: 2 when the scan is not complete (it was interrupted or could
// not read something), else 1 when anything was found, else 0.
func exitCode(rep *result.Report) int {
	switch {
	case rep.Partial || len(rep.Problems) > 0:
		return exitError
	case len(rep.Results) > 0:
		return exitFindings
	default:
		return exitClean
	}
}

// link runs scanner.Link over the findings of every file at once.
func link(rep *result.Report) {
	fs := make([]*scanner.Finding, len(rep.Results))
	for i := range rep.Results {
		fs[i] = &rep.Results[i].Finding
	}
	scanner.Link(fs)
}

func writeReport(env *Env, output string, rp report.Reporter, rep *result.Report) error {
	if output == "" || output == "-" {
		return rp.Write(env.Stdout, rep)
	}
	out, err := os.Create(output)
	if err != nil {
		return err
	}
	if err := rp.Write(out, rep); err != nil {
		out.Close()
		return fmt.Errorf("writing %s: %w", output, err)
	}
	return out.Close()
}
