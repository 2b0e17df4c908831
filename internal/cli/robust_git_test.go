package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/testcred"
)

// gitEnv names the author so commits work anywhere (the test binary's git
// is already hermetic: cleanupAfter.Run).
func gitEnv(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	for k, v := range map[string]string{
		"GIT_AUTHOR_NAME": "Ada Author", "GIT_AUTHOR_EMAIL": "ada@example.com",
		"GIT_COMMITTER_NAME": "Ada Author", "GIT_COMMITTER_EMAIL": "ada@example.com",
	} {
		t.Setenv(k, v)
	}
}

// gitIn runs git in dir and returns its trimmed output.
func gitIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// newGitRepo makes an empty repository and returns its path.
func newGitRepo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	gitIn(t, dir, "init", "-q", "-b", "main")
	return dir
}

func commitFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	gitIn(t, dir, "add", "--", name)
	gitIn(t, dir, "commit", "-q", "-m", "add "+name)
	return gitIn(t, dir, "rev-parse", "HEAD")
}

func stageFile(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	gitIn(t, dir, "add", "--", name)
}

// corruptObject overwrites a loose object with bytes that do not inflate.
func corruptObject(t *testing.T, dir, oid string) {
	t.Helper()
	p := filepath.Join(dir, ".git", "objects", oid[:2], oid[2:])
	os.Chmod(p, 0o644)
	if err := os.WriteFile(p, []byte("this is not zlib"), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestGitBadRepositories: `pinatascan git` and `pinatascan scan --staged`
// on an empty repository, a detached HEAD, a shallow clone, corrupt objects
// and without git on PATH: each ends with a clear message and the exit code
// the README gives.
func TestGitBadRepositories(t *testing.T) {
	gitEnv(t)
	secret := testcred.Secret()
	leak := "PINATA_SECRET_API_KEY=" + secret + "\n"
	type want struct {
		code   int
		stdout []string // substrings
		stderr []string
	}
	tests := []struct {
		name   string
		setup  func(t *testing.T) string // returns the directory to run in
		git    want
		staged want
	}{
		{
			name:   "empty repository",
			setup:  newGitRepo,
			git:    want{0, []string{"no findings"}, []string{"note: ", "no commits"}},
			staged: want{0, []string{"no findings"}, []string{"nothing staged"}},
		},
		{
			name: "empty repository, a secret staged",
			setup: func(t *testing.T) string {
				dir := newGitRepo(t)
				stageFile(t, dir, ".env", leak)
				return dir
			},
			git:    want{0, []string{"no findings"}, []string{"no commits"}},
			staged: want{1, []string{".env:1:23: api-secret"}, nil},
		},
		{
			name: "detached HEAD",
			setup: func(t *testing.T) string {
				dir := newGitRepo(t)
				c := commitFile(t, dir, ".env", leak)
				commitFile(t, dir, "b.txt", "b\n")
				gitIn(t, dir, "checkout", "-q", "--detach", c)
				stageFile(t, dir, "new.env", leak)
				return dir
			},
			git:    want{1, []string{".env:1:23: api-secret", "commit: "}, nil},
			staged: want{1, []string{"new.env:1:23: api-secret"}, nil},
		},
		{
			name: "shallow clone",
			setup: func(t *testing.T) string {
				dir := newGitRepo(t)
				commitFile(t, dir, ".env", leak)
				commitFile(t, dir, "b.txt", "b\n")
				clone := filepath.Join(t.TempDir(), "clone")
				gitIn(t, dir, "clone", "-q", "--depth", "1", "file://"+dir, clone)
				stageFile(t, clone, "new.env", leak)
				return clone
			},
			git:    want{1, []string{".env:1:23: api-secret"}, []string{"note: ", "shallow"}},
			staged: want{1, []string{"new.env:1:23: api-secret"}, nil},
		},
		{
			name: "corrupt blob",
			setup: func(t *testing.T) string {
				dir := newGitRepo(t)
				if err := os.WriteFile(filepath.Join(dir, "b.env"), []byte("B=1\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				gitIn(t, dir, "add", "b.env")
				commitFile(t, dir, ".env", leak)
				corruptObject(t, dir, gitIn(t, dir, "rev-parse", "HEAD:b.env"))
				// The same blob staged under another name: the index points at it.
				gitIn(t, dir, "update-index", "--add", "--cacheinfo", "100644,"+gitIn(t, dir, "rev-parse", "HEAD:b.env")+",c.env")
				return dir
			},
			// The readable blob is still scanned and its finding reported.
			git:    want{2, []string{".env:1:23: api-secret", "1 problem"}, []string{"b.env", "inflate"}},
			staged: want{2, []string{"1 problem"}, []string{"pinatascan: git", "inflate"}},
		},
		{
			name: "corrupt commit",
			setup: func(t *testing.T) string {
				dir := newGitRepo(t)
				commitFile(t, dir, ".env", leak)
				corruptObject(t, dir, gitIn(t, dir, "rev-parse", "HEAD"))
				return dir
			},
			git:    want{2, []string{"1 problem"}, []string{"pinatascan: git"}},
			staged: want{2, []string{"1 problem"}, []string{"pinatascan: git"}},
		},
		{
			name: "git missing from PATH",
			setup: func(t *testing.T) string {
				dir := newGitRepo(t)
				commitFile(t, dir, ".env", leak)
				stageFile(t, dir, "new.env", leak)
				t.Setenv("PATH", t.TempDir())
				return dir
			},
			git:    want{2, nil, []string{"git not found on PATH"}}, // before any report
			staged: want{2, []string{"1 problem"}, []string{"git not found on PATH"}},
		},
		{
			name:   "not a repository",
			setup:  func(t *testing.T) string { return t.TempDir() },
			git:    want{2, nil, []string{"the current directory is not in a git repository"}}, // an error, no report
			staged: want{2, nil, []string{"the current directory is not in a git repository"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(tt.setup(t))
			for _, c := range []struct {
				args []string
				want want
			}{{[]string{"git"}, tt.git}, {[]string{"scan", "--staged"}, tt.staged}} {
				code, stdout, stderr := runCLI(t, time.Minute, nil, c.args...)
				if code != c.want.code {
					t.Errorf("%s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", c.args, code, c.want.code, stdout, stderr)
				}
				for _, s := range c.want.stdout {
					if !strings.Contains(stdout, s) {
						t.Errorf("%s: stdout lacks %q:\n%s", c.args, s, stdout)
					}
				}
				for _, s := range c.want.stderr {
					if !strings.Contains(stderr, s) {
						t.Errorf("%s: stderr lacks %q:\n%s", c.args, s, stderr)
					}
				}
				if strings.Contains(stdout+stderr, secret) || strings.Contains(stderr, "panic") {
					t.Errorf("%s: the secret in full, or a panic:\n%s\n%s", c.args, stdout, stderr)
				}
			}
		})
	}
}
