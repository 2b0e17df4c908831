package gitscan

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
)

// gitAdvice is the hint git adds to an unknown revision, about its own
// command line; tailBuffer joins its lines with " | ".
var gitAdvice = regexp.MustCompile(` \| Use '--' to separate paths from revisions.*$`)

// ErrNotRepository means the directory is not in a git repository.
var ErrNotRepository = errors.New("not in a git repository")

// Repository describes the repository a directory is in.
type Repository struct {
	// Root is where its files are: the top of the working tree, or the git
	// directory of a bare repository (which has none).
	Root string
	// Empty is true when HEAD names no commit yet (git init, nothing
	// committed).
	Empty bool
	// Shallow is true in a shallow clone, whose history stops short.
	Shallow bool
}

// Open tells which repository dir is in, before anything is scanned, so a
// directory outside any repository is said to be so, rather than failing
// as an empty scan.
func Open(ctx context.Context, dir string) (Repository, error) {
	var repo Repository
	// A working tree, the usual case, is one git. git dies at
	// --show-toplevel in a bare repository, which is asked again without
	// it; the last answer is then where the files are either way.
	answers, head, err := revParseHead(ctx, dir, "--is-shallow-repository", "--is-bare-repository", "--absolute-git-dir", "--show-toplevel")
	if err != nil && !errors.Is(err, ErrGitMissing) && ctx.Err() == nil {
		if a, h, berr := revParseHead(ctx, dir, "--is-shallow-repository", "--is-bare-repository", "--absolute-git-dir"); berr == nil && a[1] == "true" {
			answers, head, err = a, h, nil
		}
	}
	if err != nil {
		if errors.Is(err, ErrGitMissing) || ctx.Err() != nil {
			return repo, err
		}
		if IsNotRepository(err) {
			return repo, ErrNotRepository
		}
		return repo, err
	}
	repo.Empty = !head
	repo.Shallow = answers[0] == "true"
	repo.Root = filepath.Clean(answers[len(answers)-1]) // the top level, or a bare repository's git directory
	return repo, nil
}

// CheckRange makes sure git understands a revision range, so that a typo
// is an error of its own, before any report is begun, in git's words less
// the advice about "--" (meant for git's own command line).
func CheckRange(ctx context.Context, dir, rng string) error {
	if strings.TrimSpace(rng) == "" {
		return errors.New("empty revision range")
	}
	cmd, stderr := command(ctx, dir, "rev-list", "--max-count=1", "--end-of-options", rng)
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if msg := gitAdvice.ReplaceAllString(stderr.String(), ""); msg != "" {
			return fmt.Errorf("bad revision range %s: %s", rng, strings.TrimPrefix(msg, "fatal: "))
		}
		return gitError(ctx, []string{"rev-list"}, err, stderr)
	}
	return nil
}

// IsNotRepository reports whether err says the directory is in no
// repository (ErrNotRepository, or git's own words).
func IsNotRepository(err error) bool {
	return errors.Is(err, ErrNotRepository) || err != nil && strings.Contains(err.Error(), "not a git repository")
}
