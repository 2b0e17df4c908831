package testbin

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Shared returns a directory that outlives the test run, for what end-to-end
// tests make slowly from the current source and can reuse unchanged (a
// clean copy of the repository, what the pre-commit framework builds from
// it): the directory for name and key is made once, by fill, and every test
// process that asks for the same name and key afterwards, in this run or a
// later one, gets it back as it was left, at the same path. The key must
// cover everything fill's result depends on; a new key gives a new
// directory. Users of the directory may add to it (a tool's own cache) but
// should not change what fill made. Directories unused for a day are
// removed, like cached builds.
func Shared(t testing.TB, name, key string, fill func(dir string) error) string {
	t.Helper()
	cache, err := cacheDir()
	if err != nil {
		t.Fatalf("testbin: %v", err)
	}
	dir := filepath.Join(cache, name+"-"+key)
	unlock, err := lock(filepath.Join(cache, name+".lock"))
	if err != nil {
		t.Fatalf("testbin: %v", err)
	}
	defer unlock()
	done := filepath.Join(dir, ".complete")
	if _, err := os.Stat(done); err == nil {
		now := time.Now()
		os.Chtimes(dir, now, now) // recently used: not pruned
		return dir
	}
	prune(cache)
	tmp, err := os.MkdirTemp(cache, name+"-new-")
	if err != nil {
		t.Fatalf("testbin: %v", err)
	}
	defer removeAll(tmp)
	if err := fill(tmp); err != nil {
		t.Fatalf("testbin: making %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(tmp, ".complete"), nil, 0o644); err != nil {
		t.Fatalf("testbin: %v", err)
	}
	removeAll(dir) // an incomplete earlier attempt
	if err := os.Rename(tmp, dir); err != nil {
		t.Fatalf("testbin: %v", err)
	}
	return dir
}

// removeAll removes dir, whatever it holds: tools make read-only
// directories (the go command's module cache) that os.RemoveAll cannot
// empty.
func removeAll(dir string) {
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			os.Chmod(path, 0o755)
		}
		return nil
	})
	os.RemoveAll(dir)
}
