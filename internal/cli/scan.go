package cli

import (
	"context"
	"fmt"

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

With --staged, scans what the next commit will contain instead: the git
index (not the working tree) of the repository in the current directory,
reporting only the lines the commit adds or changes. This is what the
pre-commit hooks run; nothing staged is exit 0, and a staged file that
cannot be read is exit 2.

` + preCommitHelp + `Values and e-mail addresses are masked unless --no-redact is given. On a
terminal the text report is coloured (--color; NO_COLOR and FORCE_COLOR are
honoured). Every report begins with a line or field that marks it as
pinatascan's, so a report saved in the tree is not reported again: the key
ids in it are counted as suppressed (secrets, JWTs and tokens never are).

` + verifyHelp + policyHelp + exitCodesHelp,
	Run: runScan,
}

func runScan(ctx context.Context, inv *Invocation) int {
	fs := inv.FlagSet()
	var f scanFlags
	f.register(fs)
	staged := fs.Bool("staged", false, "scan the git index (what the next commit will contain) instead of PATHs")
	preCommit := fs.Bool("pre-commit", false, "run as a git or pre-commit framework hook: check what the commit or push adds, or the files named")
	hookID := fs.String("hook-id", "pinatascan", "with --pre-commit: the hook's `ID` in .pre-commit-config.yaml, for the SKIP= hint")
	paths, code, ok := inv.Parse(fs)
	if !ok {
		return code
	}
	f.offline = *staged || *preCommit // hooks verify only when told to
	if !*staged && !*preCommit {
		base, err := scanBase(paths)
		if err != nil {
			return inv.UsageError("%v", err)
		}
		f.base = base
	}
	if _, err := f.reporter(); err != nil {
		return inv.SetupError(err)
	}
	if *preCommit {
		if *staged {
			return inv.UsageError("--pre-commit chooses what to scan itself; leave out --staged")
		}
		return runPreCommit(ctx, inv, &f, paths, *hookID, osHookEnv)
	}
	if *staged {
		if len(paths) > 0 {
			return inv.UsageError("--staged scans the index of the repository in the current directory and takes no PATH")
		}
		return runStaged(ctx, inv, &f)
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	p, err := f.start(inv.Env, paths)
	if err != nil {
		fmt.Fprintf(inv.Stderr, "pinatascan: %s\n", errText(err))
		return exitError
	}
	// An error here says ctx ended the walk (rep is then marked Partial)
	// or the report could not be written (p knows).
	prog := startProgress(inv.Env, false)
	rep, _ := walk.Walk(ctx, paths, walk.Options{
		Stdin:       inv.Stdin,
		Exclude:     f.walkExclude(p.out),
		MaxFileSize: f.cfg.FileSizeLimit(),
		Scan:        prog.scan(nil),
		Yield:       p.add, // prog.scan counts the findings
	})
	prog.stop()
	return p.finish(&rep.Summary)
}
