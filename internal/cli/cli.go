// Package cli is the pinatascan command line: it parses arguments, runs a
// subcommand and picks the exit code. Everything it calls returns errors;
// only this package decides what the process exits with.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"

	"github.com/pinatascan/pinatascan/internal/quote"
)

// Exit codes, the same for every command that scans.
const (
	exitClean    = 0 // nothing found
	exitFindings = 1 // credentials found
	exitError    = 2 // the scan failed, could not read something, or was used wrongly
)

// exitCodesHelp ends the help of every command that scans.
const exitCodesHelp = `Exit codes:
  0  nothing found
  1  credentials found (with --fail-on, only of the statuses it names)
  2  the scan failed or was interrupted, something could not be read or
     (with --verify) checked, or the command was used wrongly (bad flag,
     unknown format); findings, if any, are still reported, and 2 wins over 1
`

// Command is one subcommand. To add one, write its file with a *Command and
// its run function, and add one line to the table in init below.
type Command struct {
	Name    string // as typed: "scan"
	Args    string // what follows the name in the usage line: "[flags] [PATH...]"
	Summary string // one line, for `pinatascan help`
	Help    string // the rest of `pinatascan NAME --help`; flags are listed after it
	Run     func(ctx context.Context, inv *Invocation) int
}

// Invocation is one run of a command: its streams, the command itself and
// the arguments after its name.
type Invocation struct {
	*Env
	Cmd  *Command
	Args []string
}

// Env is the process's standard streams, so commands run in tests as they
// do for real.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer

	// ctx ends on the first Ctrl-C or SIGTERM, for work in the shared
	// tail (live verification); nil (in tests) means context.Background().
	ctx context.Context

	// env looks up environment variables; nil (outside tests) means
	// os.Getenv.
	env func(string) string
}

// getenv looks up an environment variable.
func (env *Env) getenv(k string) string {
	if env.env == nil {
		return os.Getenv(k)
	}
	return env.env(k)
}

// context is env's context, never nil.
func (env *Env) context() context.Context {
	if env.ctx == nil {
		return context.Background()
	}
	return env.ctx
}

// commands is the table of subcommands, in the order help lists them. It is
// filled in init because help refers back to it.
var commands []*Command

func init() {
	commands = []*Command{
		scanCommand,
		gitCommand,
		installHookCommand,
		baselineCommand,
		decodeCommand,
		versionCommand,
		helpCommand,
	}
}

func lookup(name string) *Command {
	for _, c := range commands {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Main runs the pinatascan command as a process, on its arguments and
// standard streams, and returns the exit code. Unless GOMEMLIMIT says
// otherwise it gives the garbage collector a soft memory limit: a scan's
// live memory is small and bounded (bench/ROBUSTNESS.md), but left alone
// the collector lets the heap grow to twice it between collections. The
// limit grows with the number of workers, each of which holds a window
// of its own, so a many-core machine is not slowed down by collections.
func Main() int {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(int64(24+8*runtime.GOMAXPROCS(0)) << 20)
	}
	return Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
}

// Run runs the pinatascan command line with args (without the program name)
// and returns the exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	// The first Ctrl-C, or SIGTERM (what CI sends to cancel a job), cancels
	// ctx so the scan stops and reports what it found; after that, signals
	// work as usual again, so a second one kills.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop()
	}()

	env := &Env{Stdin: stdin, Stdout: stdout, Stderr: stderr, ctx: ctx}
	if len(args) == 0 {
		writeUsage(stderr)
		return exitError
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		writeUsage(stdout)
		return exitClean
	case "-version", "--version":
		name = "version"
	}
	cmd := lookup(name)
	if cmd == nil {
		fmt.Fprintf(stderr, "pinatascan: %s\nRun 'pinatascan help' for the list of commands.\n", unknownCommand(name))
		return exitError
	}
	return cmd.Run(ctx, &Invocation{Env: env, Cmd: cmd, Args: args[1:]})
}

func writeUsage(w io.Writer) {
	fmt.Fprint(w, `pinatascan keeps Pinata credentials (API keys and secrets, JWTs, gateway
tokens) out of source code.

Usage:
  pinatascan COMMAND [flags] [args]

Commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-13s %s\n", c.Name, c.Summary)
	}
	fmt.Fprint(w, "\nRun 'pinatascan COMMAND --help' for a command's flags and exit codes.\n")
}

// FlagSet returns an empty flag set for the command that prints nothing
// itself: Parse prints errors and help.
func (inv *Invocation) FlagSet() *flag.FlagSet {
	fs := flag.NewFlagSet(inv.Cmd.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// Parse parses the arguments with fs, allowing flags after positional
// arguments (`pinatascan scan . --format json`); everything after "--" is
// positional. When ok is false the command must return code at once: help
// was shown (0) or the arguments were wrong (2, with a message on stderr).
func (inv *Invocation) Parse(fs *flag.FlagSet) (positional []string, code int, ok bool) {
	env, cmd, args := inv.Env, inv.Cmd, inv.Args
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			writeHelp(env.Stdout, cmd, fs)
			return nil, exitClean, false
		}
		if err != nil {
			fmt.Fprintf(env.Stderr, "pinatascan %s: %s\nRun 'pinatascan %s --help' for usage.\n", cmd.Name, flagError(err, fs), cmd.Name)
			return nil, exitError, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, 0, true
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(positional, rest...), 0, true
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// UsageError reports a wrong use of the command on stderr and returns exit
// code 2. Arguments echoed in it go through quote.Input; the message as a
// whole is quoted if anything in it could still act on a terminal.
func (inv *Invocation) UsageError(format string, a ...any) int {
	name := inv.Cmd.Name
	fmt.Fprintf(inv.Stderr, "pinatascan %s: %s\nRun 'pinatascan %s --help' for usage.\n", name, quote.Safe(fmt.Sprintf(format, a...)), name)
	return exitError
}

// errText is an error's message as printed: quoted if anything in it (a
// path, a field of a file, git's own words) could act on a terminal.
func errText(err error) string { return quote.Safe(err.Error()) }

// writeHelp prints cmd's usage line, help text and flags, with the flags in
// the double-dash form people type.
func writeHelp(w io.Writer, cmd *Command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: %s\n\n%s", strings.TrimSpace("pinatascan "+cmd.Name+" "+cmd.Args), cmd.Help)
	first := true
	fs.VisitAll(func(f *flag.Flag) {
		if first {
			fmt.Fprint(w, "\nFlags:\n")
			first = false
		}
		name, usage := flag.UnquoteUsage(f)
		line := "  " + flagDisplay(f.Name)
		if name != "" {
			line += " " + strings.ToUpper(name)
		}
		fmt.Fprintf(w, "%s\n      %s", line, usage)
		if f.DefValue != "" && f.DefValue != "false" {
			fmt.Fprintf(w, " (default %q)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
}
