package gitscan

import (
	"context"
	"errors"
	"fmt"
	"strings"
)

// ResolveCommit returns the full id of the commit rev names. rev is taken
// as a revision, never an option.
func ResolveCommit(ctx context.Context, dir, rev string) (string, error) {
	if rev == "" {
		return "", errors.New("empty revision")
	}
	out, err := output(ctx, dir, "rev-parse", "-q", "--verify", "--end-of-options", rev+"^{commit}")
	if err != nil {
		return "", fmt.Errorf("%q is not a commit in this repository", rev)
	}
	return strings.TrimSpace(string(out)), nil
}

// DiffNames lists the paths `git diff --name-only FROM...TO` names (or
// FROM..TO when the two share no history), with the repository's own diff
// settings: exactly the files the pre-commit framework hands a pre-push
// hook, so a hook can tell which paths it was given and which it never saw.
func DiffNames(ctx context.Context, dir, from, to string) ([]string, error) {
	args := []string{"diff", "--name-only", "--no-ext-diff", "--no-textconv", "-z", "--end-of-options"}
	out, err := output(ctx, dir, append(args, from+"..."+to)...)
	if err != nil {
		if out, err = output(ctx, dir, append(args, from+".."+to)...); err != nil {
			return nil, err
		}
	}
	return splitNUL(out), nil
}

// TrackedNames lists the paths of the index (`git ls-files`), what the
// pre-commit framework hands a hook for --all-files.
func TrackedNames(ctx context.Context, dir string) ([]string, error) {
	out, err := output(ctx, dir, "ls-files", "-z")
	if err != nil {
		return nil, err
	}
	return splitNUL(out), nil
}

func splitNUL(b []byte) []string {
	s := strings.TrimSuffix(string(b), "\x00")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\x00")
}

// AnnotatedTag returns the id of the tag object rev names, and false when
// rev names no annotated tag (a commit, or a lightweight tag).
func AnnotatedTag(ctx context.Context, dir, rev string) (string, bool) {
	out, err := output(ctx, dir, "cat-file", "-t", "--end-of-options", rev)
	if err != nil || strings.TrimSpace(string(out)) != "tag" {
		return "", false
	}
	return rev, true
}
