package cli

import (
	"context"

	"github.com/pinatascan/pinatascan/internal/walk"
)

var scanCommand = &Command{
	Name:    "scan",
	Args:    "[flags] [PATH...]",
	Summary: "scan files, directories or standard input for Pinata credentials",
	Help: `Scans each PATH for Pinata API keys, API secrets, JWTs and gateway access
tokens. A PATH is a file, a directory (scanned recursively) or - for
standard input; the default is the current directory.

Directories: .git is not entered, symbolic links inside are not followed,
FIFOs, sockets and devices are skipped, and a file with a NUL byte in its
first 8000 bytes is binary and skipped. Flags may come before or after the
paths.

Values and e-mail addresses are masked unless --no-redact is given.

` + verifyHelp + exitCodesHelp,
	Run: runScan,
}

func runScan(ctx context.Context, inv *Invocation) int {
	fs := inv.FlagSet()
	var f scanFlags
	f.register(fs)
	paths, code, ok := inv.Parse(fs)
	if !ok {
		return code
	}
	if _, err := f.reporter(); err != nil {
		return inv.UsageError("%v", err)
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	// An error here only says ctx ended the walk; rep is then marked
	// Partial and finish reports it.
	rep, _ := walk.Walk(ctx, paths, walk.Options{Stdin: inv.Stdin})
	return finish(inv.Env, &f, rep)
}
