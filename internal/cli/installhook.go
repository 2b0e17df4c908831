package cli

import (
	"context"
	"fmt"
	"os/exec"

	"github.com/pinatascan/pinatascan/internal/hook"
)

var installHookCommand = &Command{
	Name:    "install-hook",
	Args:    "[--force]",
	Summary: "install a plain git pre-commit hook that runs pinatascan scan --pre-commit",
	Help: `Writes a pre-commit hook into the repository in the current directory, for
people who do not use the pre-commit framework (https://pre-commit.com; it
has its own hooks, pinatascan and pinatascan-system). The hook runs
'pinatascan scan --pre-commit', which checks the index as --staged does,
and stops the commit when it finds a credential, fails, or cannot find
pinatascan on PATH; a blocked commit ends with one line saying how to
bypass it once and how to allow the finding.

The hook goes where git looks for it: core.hooksPath if set, else the
repository's hooks directory (shared by its worktrees). An existing
pre-commit hook is kept unless --force is given.

Skip the hook for one commit with 'git commit --no-verify', or with
SKIP=pinatascan in the environment.

Exit codes: 0 installed (or already there), 2 not installed.
`,
	Run: runInstallHook,
}

func runInstallHook(_ context.Context, inv *Invocation) int {
	fs := inv.FlagSet()
	force := fs.Bool("force", false, "replace an existing pre-commit hook")
	args, code, ok := inv.Parse(fs)
	if !ok {
		return code
	}
	if len(args) > 0 {
		return inv.UsageError("takes no arguments; run it inside the repository")
	}
	path, err := hook.InstallHook(".", *force)
	if err != nil {
		fmt.Fprintf(inv.Stderr, "pinatascan install-hook: %s\n", errText(err))
		return exitError
	}
	fmt.Fprintf(inv.Stdout, "pinatascan: pre-commit hook installed at %s\n", path)
	if _, err := exec.LookPath("pinatascan"); err != nil {
		fmt.Fprintln(inv.Stderr, "pinatascan: warning: pinatascan is not on PATH, so the hook will stop every commit until it is")
	}
	return exitClean
}
