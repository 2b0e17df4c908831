package hook

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testgit"
)

// TestMain makes every git hermetic (internal/testgit), with a fixed
// identity.
func TestMain(m *testing.M) {
	testgit.Setenv()
	os.Setenv("GIT_AUTHOR_NAME", "Ada Author")
	os.Setenv("GIT_AUTHOR_EMAIL", "ada@example.com")
	os.Setenv("GIT_COMMITTER_NAME", "Ada Author")
	os.Setenv("GIT_COMMITTER_EMAIL", "ada@example.com")
	os.Exit(m.Run())
}

func gitRun(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

func newRepo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	gitRun(t, dir, "init", "-q", "-b", "main")
	return dir
}

func readHook(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	if fi.Mode().Perm()&0o111 == 0 {
		t.Errorf("%s is not executable: %v", path, fi.Mode())
	}
	return string(b)
}

func TestInstallHook(t *testing.T) {
	dir := newRepo(t)
	path, err := InstallHook(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, ".git", "hooks", "pre-commit"); path != want {
		t.Errorf("path = %s, want %s", path, want)
	}
	if got := readHook(t, path); got != Script {
		t.Errorf("hook content differs from Script")
	}
	// Installing the same hook again is fine.
	if _, err := InstallHook(dir, false); err != nil {
		t.Errorf("reinstall: %v", err)
	}
}

func TestInstallHookKeepsExisting(t *testing.T) {
	dir := newRepo(t)
	path := filepath.Join(dir, ".git", "hooks", "pre-commit")
	os.MkdirAll(filepath.Dir(path), 0o755)
	mine := "#!/bin/sh\necho mine\n"
	if err := os.WriteFile(path, []byte(mine), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := InstallHook(dir, false)
	if !errors.Is(err, ErrExists) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "--force") {
		t.Errorf("err = %v, want ErrExists naming the hook and --force", err)
	}
	if got := readHook(t, path); got != mine {
		t.Error("the existing hook was changed")
	}
	if _, err := InstallHook(dir, true); err != nil {
		t.Fatal(err)
	}
	if got := readHook(t, path); got != Script {
		t.Error("--force did not replace the hook")
	}
}

// TestInstallHookHooksPath: core.hooksPath, relative to the top level, is
// where git looks, so that is where the hook goes, from any subdirectory.
func TestInstallHookHooksPath(t *testing.T) {
	dir := newRepo(t)
	gitRun(t, dir, "config", "core.hooksPath", ".githooks")
	sub := filepath.Join(dir, "a", "b")
	os.MkdirAll(sub, 0o755)
	path, err := InstallHook(sub, false)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, ".githooks", "pre-commit"); path != want {
		t.Errorf("path = %s, want %s", path, want)
	}
	readHook(t, path)

	abs := filepath.Join(t.TempDir(), "shared-hooks")
	gitRun(t, dir, "config", "core.hooksPath", abs)
	if path, err = InstallHook(dir, false); err != nil || path != filepath.Join(abs, "pre-commit") {
		t.Errorf("absolute hooksPath: %s, %v", path, err)
	}
}

// TestInstallHookWorktree: a linked worktree runs the main repository's hooks.
func TestInstallHookWorktree(t *testing.T) {
	dir := newRepo(t)
	gitRun(t, dir, "commit", "-q", "--allow-empty", "-m", "one")
	wt := filepath.Join(t.TempDir(), "wt")
	gitRun(t, dir, "worktree", "add", "-q", wt)
	path, err := InstallHook(wt, false)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, ".git", "hooks", "pre-commit"); path != want {
		t.Errorf("path = %s, want %s", path, want)
	}
}

func TestInstallHookNotARepo(t *testing.T) {
	if _, err := InstallHook(t.TempDir(), false); err == nil {
		t.Error("no error outside a repository")
	}
	bare := t.TempDir()
	gitRun(t, bare, "init", "-q", "--bare")
	if _, err := InstallHook(bare, false); err == nil {
		t.Error("no error in a bare repository")
	}
}

// TestScript runs the hook script itself through a real git commit: it
// runs pinatascan scan --pre-commit when pinatascan is on PATH, fails the
// commit when it is not, and honours SKIP.
func TestScript(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh")
	}
	dir := newRepo(t)
	if _, err := InstallHook(dir, false); err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	log := filepath.Join(t.TempDir(), "args")
	// A stand-in pinatascan that records its arguments and exits with $FAKE_EXIT.
	fake := "#!/bin/sh\necho \"$@\" > '" + log + "'\nexit ${FAKE_EXIT:-0}\n"
	if err := os.WriteFile(filepath.Join(bin, "pinatascan"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	gitPath, _ := exec.LookPath("git")
	withGit := filepath.Dir(gitPath) + string(os.PathListSeparator) + "/usr/bin:/bin"

	tests := []struct {
		name     string
		env      []string
		wantOK   bool
		wantArgs string // "" means pinatascan did not run
		wantErr  string
	}{
		{"clean", []string{"PATH=" + bin + ":" + withGit}, true, "scan --pre-commit", ""},
		{"findings", []string{"PATH=" + bin + ":" + withGit, "FAKE_EXIT=1"}, false, "scan --pre-commit", ""},
		{"scan error", []string{"PATH=" + bin + ":" + withGit, "FAKE_EXIT=2"}, false, "scan --pre-commit", ""},
		{"not on PATH", []string{"PATH=" + withGit}, false, "", "not on PATH"},
		{"SKIP", []string{"PATH=" + withGit, "SKIP=other,pinatascan"}, true, "", "skipped"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os.Remove(log)
			cmd := exec.Command("git", "-C", dir, "commit", "-q", "--allow-empty", "-m", tt.name)
			cmd.Env = append(os.Environ(), tt.env...)
			out, err := cmd.CombinedOutput()
			if (err == nil) != tt.wantOK {
				t.Errorf("commit ok = %v, want %v\n%s", err == nil, tt.wantOK, out)
			}
			args, _ := os.ReadFile(log)
			if got := strings.TrimSpace(string(args)); got != tt.wantArgs {
				t.Errorf("pinatascan ran with %q, want %q", got, tt.wantArgs)
			}
			if !strings.Contains(string(out), tt.wantErr) {
				t.Errorf("output %q does not say %q", out, tt.wantErr)
			}
		})
	}
}
