// Package hook installs pinatascan as a plain git pre-commit hook, for
// people who do not use the pre-commit framework.
package hook

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/pinatascan/pinatascan/internal/gitcmd"
)

// Script is the hook written by InstallHook: `pinatascan scan --pre-commit`
// checks the index as --staged does, and ends a blocked commit with how to
// bypass it and allow a finding. It fails, rather than passes,
// when pinatascan cannot be found: a hook that silently scans nothing is
// worse than none.
const Script = `#!/bin/sh
# pinatascan pre-commit hook, written by ` + "`pinatascan install-hook`" + `.
# It scans what this commit will contain (the index, not the working tree)
# for Pinata credentials. Skip it once with: git commit --no-verify
# (or SKIP=pinatascan git commit, as with the pre-commit framework).
case ",${SKIP:-}," in
*,pinatascan,*) echo "pinatascan: skipped (SKIP=pinatascan)" >&2; exit 0 ;;
esac
if ! command -v pinatascan >/dev/null 2>&1; then
	echo "pinatascan pre-commit hook: pinatascan is not on PATH, so nothing was scanned." >&2
	echo "Install it (go install github.com/pinatascan/pinatascan/cmd/pinatascan@latest)," >&2
	echo "or remove this hook: $0" >&2
	exit 1
fi
exec pinatascan scan --pre-commit
`

// ErrExists means a pre-commit hook is already there and force was not given.
var ErrExists = errors.New("a pre-commit hook already exists")

// InstallHook writes Script as the pre-commit hook of the repository at
// repoDir and returns its path. The hooks directory comes from git, so
// core.hooksPath and worktrees are respected. An existing hook is kept
// unless force is set; the same hook already installed is not an error.
func InstallHook(repoDir string, force bool) (string, error) {
	dir, err := hooksDir(repoDir)
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, "pre-commit")
	old, err := os.ReadFile(path)
	switch {
	case err == nil && bytes.Equal(old, []byte(Script)):
		return path, os.Chmod(path, 0o755)
	case err == nil && !force:
		return path, fmt.Errorf("%w: %s (use --force to replace it, or add `pinatascan scan --pre-commit || exit $?` to it)", ErrExists, path)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return path, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return path, err
	}
	// Write beside it and rename, so a failed write never leaves half a hook.
	tmp, err := os.CreateTemp(dir, ".pre-commit-*")
	if err != nil {
		return path, err
	}
	_, werr := tmp.WriteString(Script)
	cerr := tmp.Close()
	if err := errors.Join(werr, cerr, os.Chmod(tmp.Name(), 0o755)); err != nil {
		os.Remove(tmp.Name())
		return path, err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return path, err
	}
	return path, nil
}

// hooksDir asks git where hooks live: core.hooksPath if set, else the
// common git dir's hooks (a worktree shares its main repository's hooks).
// It runs at the top level, where git runs hooks and resolves a relative
// core.hooksPath.
func hooksDir(repoDir string) (string, error) {
	top, err := git(repoDir, "rev-parse", "--show-toplevel")
	if err != nil {
		return "", err
	}
	if top == "" {
		return "", errors.New("not inside a working tree: install the hook from a checkout")
	}
	p, err := git(top, "rev-parse", "--git-path", "hooks")
	if err != nil {
		return "", err
	}
	if !filepath.IsAbs(p) {
		p = filepath.Join(top, p)
	}
	return p, nil
}

func git(dir string, args ...string) (string, error) {
	cmd := gitcmd.Command(context.Background(), dir, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if errors.Is(err, exec.ErrNotFound) {
		return "", errors.New("git not found on PATH")
	}
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return "", fmt.Errorf("git %s: %s", args[0], msg)
		}
		return "", fmt.Errorf("git %s: %w", args[0], err)
	}
	return strings.TrimRight(string(out), "\n"), nil
}
