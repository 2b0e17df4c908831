package gitscan

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/internal/testgit"
)

// TestMain makes every git hermetic (internal/testgit), with a fixed
// identity.
func TestMain(m *testing.M) {
	testgit.Setenv()
	for k, v := range map[string]string{
		"GIT_AUTHOR_NAME":     "Ada Author",
		"GIT_AUTHOR_EMAIL":    "ada.author@example.com",
		"GIT_COMMITTER_NAME":  "Cy Committer",
		"GIT_COMMITTER_EMAIL": "cy@example.com",
	} {
		os.Setenv(k, v)
	}
	os.Exit(m.Run())
}

// newRepo makes an empty repository on branch main.
func newRepo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	run(t, dir, "init", "-q", "-b", "main")
	return dir
}

// run runs git in dir and returns its trimmed output, failing the test on error.
func run(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_OPTIONAL_LOCKS=0")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// commit stages everything named and commits; it returns the commit id.
func commit(t *testing.T, dir, msg string, paths ...string) string {
	t.Helper()
	if len(paths) > 0 {
		run(t, dir, append([]string{"add", "--"}, paths...)...)
	}
	run(t, dir, "commit", "-q", "--allow-empty", "-m", msg)
	return run(t, dir, "rev-parse", "HEAD")
}

// secretLine is an .env line the detector surely reports as an API secret.
func secretLine() (line, secret string) {
	s := testcred.Secret()
	return "PINATA_SECRET_API_KEY=" + s + "\n", s
}

// jwtLine is an .env line holding a synthetic Pinata JWT.
func jwtLine() (line, token string) {
	tok, _, _ := testcred.JWT(testcred.JWTOptions{})
	return "PINATA_JWT=" + tok + "\n", tok
}

func staged(t *testing.T, dir string) ([]result.Result, Summary) {
	t.Helper()
	var got []result.Result
	sum, err := Staged(context.Background(), dir, func(r result.Result) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatalf("Staged: %v", err)
	}
	return got, sum
}

func history(t *testing.T, dir string, opts HistoryOptions) ([]result.Result, Summary) {
	t.Helper()
	var got []result.Result
	sum, err := History(context.Background(), dir, opts, func(r result.Result) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatalf("History: %v", err)
	}
	return got, sum
}

// where is a result's place, for comparing in tests.
type where struct {
	path, value string
	line        int
}

func places(rs []result.Result) []where {
	var out []where
	for _, r := range rs {
		out = append(out, where{r.Path, r.Value, r.Line})
	}
	return out
}

// hasValue reports whether some result carries the credential value.
func hasValue(rs []result.Result, value string) bool {
	for _, r := range rs {
		if r.Value == value {
			return true
		}
	}
	return false
}
