package cli

import (
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/pinatascan/pinatascan/internal/report"
)

// scanFlags are the flags shared by every command that scans and reports
// (scan, and later git): add a shared flag here, once.
type scanFlags struct {
	format   string
	output   string
	noRedact bool
	color    colorFlag

	verifyFlags // --verify, --pinata-api-url, --fail-on (verifyflags.go)
	policyFlags // --config, --ignore-file, --baseline, --report-unused-ignores (baseline.go)
}

// register defines the shared flags on fs.
func (f *scanFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", "text", "report `format`: "+strings.Join(report.Formats(), ", "))
	fs.StringVar(&f.output, "output", "", "write the report to `FILE` instead of standard output")
	fs.BoolVar(&f.noRedact, "no-redact", false, "show credentials and e-mail addresses in full (they are masked by default)")
	f.color = colorAuto
	fs.Var(&f.color, "color", "colour the text report: `WHEN` is auto (on a terminal, unless NO_COLOR is set or FORCE_COLOR forces it), always or never")
	f.verifyFlags.register(fs)
	f.policyFlags.register(fs)
}

// reporter returns the reporter the flags ask for, after checking every
// shared flag. Commands call it before scanning, so a wrong flag fails at once.
func (f *scanFlags) reporter() (report.Reporter, error) {
	if err := f.loadPolicy(); err != nil {
		return nil, policyError{err}
	}
	if err := f.verifyFlags.check(); err != nil {
		return nil, err
	}
	return report.New(f.format, report.Options{NoRedact: f.noRedact})
}

// reportOptions are the report's options once its destination is known:
// the text report read on a terminal has no header line (it is not saved),
// and is coloured as --color and the environment say.
func (f *scanFlags) reportOptions(env *Env, out *output) report.Options {
	o := report.Options{NoRedact: f.noRedact}
	if f.format != "text" {
		return o // machine formats: never colour, always their opening
	}
	if out.target != "" {
		o.Color = f.color == colorAlways // a file named with --output is saved, not read
		return o
	}
	o.Terminal = isTerminal(env.Stdout)
	o.Color = useColor(f.color, env.Stdout, env.getenv)
	return o
}

// policyError is a mistake in a settings file (config, ignore file,
// baseline): not a wrong use of the command, so no usage hint goes with it.
type policyError struct{ err error }

func (e policyError) Error() string { return e.err.Error() }
func (e policyError) Unwrap() error { return e.err }

// SetupError reports why a scan could not start: a settings file's error
// as it is, anything else as a wrong use of the command. It returns exit
// code 2.
func (inv *Invocation) SetupError(err error) int {
	var pe policyError
	if errors.As(err, &pe) {
		fmt.Fprintf(inv.Stderr, "pinatascan %s: %s\n", inv.Cmd.Name, errText(err))
		return exitError
	}
	return inv.UsageError("%v", err)
}
