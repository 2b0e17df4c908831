// Package testbin gives end-to-end tests this module's commands as real
// binaries, built once and shared:
//
//	scan := testbin.Path(t, "pinatascan") // or "pinatavet"
//	dir := testbin.Dir(t)                // holds both: put it on PATH
//
// Every test process of a `go test ./...` run (one per package) would
// otherwise link its own copies, a second or more each on a busy 2-core
// machine. The binaries are cached by content instead: the key hashes the
// Go version, the build environment, go.mod, go.sum and every non-test Go
// file of the module (testdata and hidden directories aside), so a change to
// the source gives a new build and an unchanged tree reuses the last one,
// across packages and across runs. Use it for any test that must run the
// commands as separate processes (git hooks, pre-commit, go vet -vettool);
// tests of the CLI's behaviour can stay in process (cli.Run) or use
// internal/cli's testscript commands.
package testbin

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// Builds use -trimpath: then a package's compiled form does not depend on
// the directory it was built in, so the go command's cache serves every
// test that builds this source from a copy (the pre-commit framework's
// clone, the version test's checkout) as well as these builds. They are
// static (CGO_ENABLED=0), as the release's are: what is tested is what
// ships, and a static binary starts a few milliseconds sooner, which the
// tests pay over a thousand times.

// commands are the module's commands, built together.
var commands = []string{"pinatascan", "pinatavet"}

var (
	once     sync.Once
	buildDir string
	buildErr error
)

// Dir returns a directory holding every command of the module, built from
// the current source; the test fails if they cannot be built.
func Dir(t testing.TB) string {
	t.Helper()
	once.Do(func() { buildDir, buildErr = build() })
	if buildErr != nil {
		t.Fatalf("testbin: %v", buildErr)
	}
	return buildDir
}

// Path returns the path of the command name ("pinatascan" or "pinatavet").
func Path(t testing.TB, name string) string {
	t.Helper()
	for _, c := range commands {
		if c == name {
			return filepath.Join(Dir(t), exe(name))
		}
	}
	t.Fatalf("testbin: no command %q (have %s)", name, strings.Join(commands, ", "))
	return ""
}

// keepFor is how long an unused cached build is kept.
const keepFor = 24 * time.Hour

func build() (string, error) {
	root, err := moduleRoot()
	if err != nil {
		return "", err
	}
	key, err := sourceKey(root)
	if err != nil {
		return "", err
	}
	cache, err := cacheDir()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(cache, key)

	// One process builds, the others wait for it and reuse its result.
	unlock, err := lock(filepath.Join(cache, "lock"))
	if err != nil {
		return "", err
	}
	defer unlock()
	if complete(dir) {
		now := time.Now()
		os.Chtimes(dir, now, now) // recently used: not pruned
		return dir, nil
	}
	prune(cache)

	tmp, err := os.MkdirTemp(cache, "build-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	pkgs := make([]string, len(commands))
	for i, c := range commands {
		pkgs[i] = "./cmd/" + c
	}
	cmd := exec.Command("go", append([]string{"build", "-trimpath", "-o", tmp + string(filepath.Separator)}, pkgs...)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build %s: %v\n%s", strings.Join(pkgs, " "), err, out)
	}
	os.RemoveAll(dir) // an incomplete earlier build
	if err := os.Rename(tmp, dir); err != nil {
		return "", err
	}
	return dir, nil
}

func complete(dir string) bool {
	for _, c := range commands {
		if fi, err := os.Stat(filepath.Join(dir, exe(c))); err != nil || !fi.Mode().IsRegular() {
			return false
		}
	}
	return true
}

// prune removes cached builds not used for keepFor, so edits do not pile
// up binaries.
func prune(cache string) {
	entries, _ := os.ReadDir(cache)
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		if fi, err := e.Info(); err == nil && time.Since(fi.ModTime()) > keepFor {
			removeAll(filepath.Join(cache, e.Name()))
		}
	}
}

// sourceKey hashes everything a build of the commands depends on.
func sourceKey(root string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s %s/%s -trimpath CGO_ENABLED=0\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	for _, v := range []string{"GOFLAGS", "GOOS", "GOARCH", "GOEXPERIMENT", "GOAMD64", "GOARM64", "GOWORK"} {
		fmt.Fprintf(h, "%s=%s\n", v, os.Getenv(v))
	}
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			// The go command ignores these directories too.
			if path != root && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if path == filepath.Join(root, "go.mod") || path == filepath.Join(root, "go.sum") ||
			strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	sort.Strings(files)
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return "", err
		}
		rel, _ := filepath.Rel(root, path)
		fmt.Fprintf(h, "%s\x00", filepath.ToSlash(rel))
		n, err := io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "\x00%d\n", n)
	}
	return hex.EncodeToString(h.Sum(nil))[:24], nil
}

// moduleRoot is the directory of go.mod at or above the working directory
// (a package's directory, when go test runs it).
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod at or above the working directory")
		}
		dir = parent
	}
}

func cacheDir() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	dir := filepath.Join(base, "pinatascan-testbin")
	return dir, os.MkdirAll(dir, 0o755)
}

func exe(name string) string {
	if runtime.GOOS == "windows" {
		return name + ".exe"
	}
	return name
}
