package testbin

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPath builds the commands, runs them, and gets the same build back.
func TestPath(t *testing.T) {
	scan := Path(t, "pinatascan")
	out, err := exec.Command(scan, "version").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "pinatascan") {
		t.Fatalf("pinatascan version: %v\n%s", err, out)
	}
	vet := Path(t, "pinatavet")
	if _, err := os.Stat(vet); err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(scan) != Dir(t) || filepath.Dir(vet) != Dir(t) {
		t.Errorf("binaries %s, %s not in %s", scan, vet, Dir(t))
	}
}

// TestSourceKey: the key changes with any non-test Go file, go.mod or
// go.sum, and not with tests, testdata or other files.
func TestSourceKey(t *testing.T) {
	root := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	key := func() string {
		t.Helper()
		k, err := sourceKey(root)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	write("go.mod", "module m\n")
	write("a/a.go", "package a\n")
	base := key()
	for _, tc := range []struct {
		name, body string
		changes    bool
	}{
		{"a/a_test.go", "package a\n", false},
		{"a/testdata/x.go", "package x\n", false},
		{".hidden/x.go", "package x\n", false},
		{"README.md", "hello\n", false},
		{"a/b.go", "package a\n", true},
		{"a/a.go", "package a // edited\n", true},
		{"go.sum", "x v1 h1:\n", true},
	} {
		write(tc.name, tc.body)
		got := key()
		if (got != base) != tc.changes {
			t.Errorf("after writing %s: key changed = %v, want %v", tc.name, got != base, tc.changes)
		}
		base = got
	}
}

// TestShared: fill runs once for a name and key; later calls get the same
// directory with what fill made; another key gets a new directory.
func TestShared(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	fills := 0
	fill := func(dir string) error {
		fills++
		return os.WriteFile(filepath.Join(dir, "made"), []byte("once"), 0o644)
	}
	a := Shared(t, "kit", "k1", fill)
	b := Shared(t, "kit", "k1", fill)
	if a != b || fills != 1 {
		t.Fatalf("same key: dirs %s, %s and %d fills, want one dir and one fill", a, b, fills)
	}
	if data, err := os.ReadFile(filepath.Join(a, "made")); err != nil || string(data) != "once" {
		t.Fatalf("what fill made: %q, %v", data, err)
	}
	if c := Shared(t, "kit", "k2", fill); c == a || fills != 2 {
		t.Fatalf("new key: dir %s (first %s), %d fills", c, a, fills)
	}
}
