// Package gitscan scans what git holds rather than what the working tree
// shows: the staged index, for a pre-commit hook, and the history, for CI.
//
// It only reads. Every git it runs is plumbing that neither refreshes nor
// writes the index, started through gitcmd (GIT_OPTIONAL_LOCKS=0, and
// nothing in the repository's config can run a command), so a scan never
// changes the index, the working tree, a ref or the config. It never opens
// files under .git itself: it asks git, so worktrees (where .git is a file),
// alternates and hooks-time GIT_INDEX_FILE all work as git sees them.
package gitscan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"sync"

	"github.com/pinatascan/pinatascan/internal/gitcmd"
	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/result"
)

// ErrGitMissing means no git executable was found on PATH.
var ErrGitMissing = errors.New("git not found on PATH: pinatascan needs git to scan a repository")

// Summary says what a git scan covered, beyond the results it yielded.
type Summary struct {
	Stats result.Stats

	// Changes counts the index entries that differ from HEAD (staged scans),
	// deletions included; zero means nothing is staged.
	Changes int

	// Commits counts the commits walked (history scans).
	Commits int

	// Notes are things worth telling the user that do not make the scan
	// incomplete: a submodule skipped, history cut at a shallow boundary.
	Notes []string

	// Unstaged lists the paths given to StagedPaths that have no staged
	// change, for the caller to read some other way.
	Unstaged []string

	// Problems are things that could not be read. Non-empty means the scan
	// is incomplete and must not pass (exit 2).
	Problems []string

	// PolicyChanged lists the policy files (Options.PolicyFiles) that the
	// scanned commits or the staged change add, modify or delete.
	PolicyChanged []string
}

// command returns git args..., run in dir through gitcmd (nothing in the
// repository's config can run a command), with stdout and stdin unset and
// stderr captured (bounded) for error messages.
func command(ctx context.Context, dir string, args ...string) (*exec.Cmd, *tailBuffer) {
	cmd := gitcmd.Command(ctx, dir, args...)
	stderr := &tailBuffer{max: 4096}
	cmd.Stderr = stderr
	return cmd, stderr
}

// output runs git args... in dir and returns its standard output.
func output(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd, stderr := command(ctx, dir, args...)
	out, err := cmd.Output()
	if err != nil {
		return out, gitError(ctx, args, err, stderr)
	}
	return out, nil
}

// headExists reports whether HEAD names a commit id, and false when the
// current branch has none yet. It reads the ref only, so a corrupt commit
// still counts as existing and fails later, loudly.
func headExists(ctx context.Context, dir string) (bool, error) {
	_, ok, err := revParseHead(ctx, dir)
	return ok, err
}

// revParseHead asks git rev-parse the questions opts (options that answer
// one line each, such as --is-shallow-repository) and whether HEAD names a
// commit, in one process: each git started is a few milliseconds of a
// hook's time. HEAD is asked last, with -q --verify: an unborn branch is a
// silent exit 1 after the other answers.
func revParseHead(ctx context.Context, dir string, opts ...string) (answers []string, head bool, err error) {
	args := append(append([]string{"rev-parse"}, opts...), "-q", "--verify", "HEAD")
	cmd, stderr := command(ctx, dir, args...)
	out, err := cmd.Output()
	var exit *exec.ExitError
	switch {
	case err == nil:
		head = true
	case errors.As(err, &exit) && exit.ExitCode() == 1 && stderr.String() == "":
	default:
		return nil, false, gitError(ctx, args, err, stderr)
	}
	var lines []string
	if s := strings.TrimSuffix(string(out), "\n"); s != "" {
		lines = strings.Split(s, "\n")
	}
	want := len(opts)
	if head {
		want++ // the commit id
	}
	if len(lines) != want {
		return nil, false, fmt.Errorf("git rev-parse: unexpected answer %q", out)
	}
	return lines[:len(opts)], head, nil
}

// gitError turns a failed git into an error that says what git said.
func gitError(ctx context.Context, args []string, err error, stderr *tailBuffer) error {
	if errors.Is(err, exec.ErrNotFound) {
		return ErrGitMissing
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	name := "git"
	if len(args) > 0 {
		name += " " + args[0]
	}
	if msg := stderr.String(); msg != "" {
		return fmt.Errorf("%s: %s", name, msg)
	}
	return fmt.Errorf("%s: %w", name, err)
}

// tailBuffer keeps the first max bytes written to it, for error messages.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	buf bytes.Buffer
}

func (b *tailBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if room := b.max - b.buf.Len(); room > 0 {
		b.buf.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// String returns what git wrote, trimmed, its lines joined with " | ",
// quoted if anything in it could act on a terminal (git repeats paths and
// ref names, which come from the repository).
func (b *tailBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := strings.TrimSpace(b.buf.String())
	return quote.Safe(strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " | ")), " "))
}

var _ io.Writer = (*tailBuffer)(nil)
