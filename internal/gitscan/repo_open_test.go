package gitscan

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpen: a working tree's root from a subdirectory, a bare repository's
// git directory, an empty repository, and no repository at all.
func TestOpen(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := newRepo(t)
	repo, err := Open(ctx, dir)
	if err != nil || !repo.Empty || repo.Root != dir {
		t.Errorf("empty repository: %+v, %v", repo, err)
	}
	write(t, dir, "sub/a.txt", "a\n")
	commit(t, dir, "one", "sub/a.txt")
	if repo, err = Open(ctx, filepath.Join(dir, "sub")); err != nil || repo.Empty || repo.Root != dir {
		t.Errorf("from a subdirectory: %+v, %v; want root %s", repo, err, dir)
	}
	bare := filepath.Join(t.TempDir(), "bare.git")
	run(t, dir, "clone", "-q", "--bare", dir, bare)
	if repo, err = Open(ctx, bare); err != nil || repo.Empty || repo.Root != bare {
		t.Errorf("bare: %+v, %v; want root %s", repo, err, bare)
	}
	if _, err = Open(ctx, t.TempDir()); !errors.Is(err, ErrNotRepository) || !IsNotRepository(err) {
		t.Errorf("no repository: err %v, want ErrNotRepository", err)
	}
}

// TestCheckRange: a known range passes; an unknown one is git's error
// without its advice about "--".
func TestCheckRange(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dir := newRepo(t)
	write(t, dir, "a", "a\n")
	commit(t, dir, "one", "a")
	write(t, dir, "b", "b\n")
	commit(t, dir, "two", "b")
	for _, ok := range []string{"HEAD", "main", "HEAD..main", "main~1..main"} {
		if err := CheckRange(ctx, dir, ok); err != nil {
			t.Errorf("%s: %v", ok, err)
		}
	}
	err := CheckRange(ctx, dir, "nosuch..main")
	if err == nil || !strings.HasPrefix(err.Error(), "bad revision range nosuch..main: ambiguous argument 'nosuch..main'") || strings.Contains(err.Error(), "Use '--'") {
		t.Errorf("unknown range: %v", err)
	}
	if err := CheckRange(ctx, dir, " "); err == nil {
		t.Error("a blank range passed")
	}
	if err := CheckRange(ctx, dir, "--all"); err == nil {
		t.Error("an option passed for a range")
	}
}
