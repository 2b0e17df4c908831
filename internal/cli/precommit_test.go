package cli_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testcred"
)

// TestPreCommitFramework drives the real pre-commit framework with this
// repository's .pre-commit-hooks.yaml: both hooks, from a clean copy of the
// source, through `pre-commit try-repo` and through a real `git commit`
// after `pre-commit install`. In CI (CI set) a missing pre-commit fails the
// test rather than skipping it.
func TestPreCommitFramework(t *testing.T) {
	preCommit, err := exec.LookPath("pre-commit")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pre-commit is not installed, and CI must run this test (Debian: apt-get install pre-commit)")
		}
		t.Skip("pre-commit is not installed")
	}
	root := moduleRoot(t)
	home := t.TempDir()
	writeFile(t, filepath.Join(home, ".gitconfig"), "[user]\n\tname = Ada Author\n\temail = ada@example.com\n[init]\n\tdefaultBranch = main\n")

	bin := t.TempDir()
	goEnv := goEnvFor(t, root)
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "pinatascan"), "./cmd/pinatascan")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	hookRepo := cleanCopy(t, root, home)

	// Everything pre-commit and git need, and nothing from this machine's
	// git config; pre-commit drops GIT_* itself when it runs git.
	baseEnv := append(goEnv,
		"HOME="+home,
		"PRE_COMMIT_HOME="+filepath.Join(home, "pre-commit-cache"),
		"GIT_CONFIG_NOSYSTEM=1",
		"LANG=C.UTF-8",
	)
	// Without any pinatascan (testscript puts one on PATH for the scripts),
	// so the golang hook proves pre-commit builds its own.
	var noScan []string
	for _, d := range filepath.SplitList(os.Getenv("PATH")) {
		if _, err := os.Stat(filepath.Join(d, "pinatascan")); err != nil {
			noScan = append(noScan, d)
		}
	}
	pathNoScan := strings.Join(noScan, string(os.PathListSeparator))

	for _, tc := range []struct{ hook, path string }{
		{"pinatascan-system", bin + string(os.PathListSeparator) + pathNoScan}, // pinatascan from PATH
		{"pinatascan", pathNoScan}, // built by pre-commit from the copy
	} {
		t.Run(tc.hook, func(t *testing.T) {
			env := append(baseEnv, "PATH="+tc.path)
			repo := t.TempDir()
			runIn(t, repo, env, "git", "init", "-q")
			writeFile(t, filepath.Join(repo, "README"), "hello\n")
			runIn(t, repo, env, "git", "add", "README")
			runIn(t, repo, env, "git", "commit", "-q", "-m", "first")

			// A staged credential fails the hook, which names it.
			secret := testcred.Secret()
			writeFile(t, filepath.Join(repo, "app", ".env"), "OTHER=1\nPINATA_SECRET_API_KEY="+secret+"\n")
			runIn(t, repo, env, "git", "add", "app/.env")
			out, err := tryRun(repo, env, preCommit, "try-repo", hookRepo, tc.hook)
			if err == nil || !strings.Contains(out, "Failed") || !strings.Contains(out, "app/.env:2:") || !strings.Contains(out, "api-secret") {
				t.Fatalf("try-repo with a staged secret: err %v\n%s", err, out)
			}
			if strings.Contains(out, secret) {
				t.Errorf("the secret appears unmasked in the output")
			}

			// Clean content passes.
			runIn(t, repo, env, "git", "rm", "-q", "--cached", "app/.env")
			writeFile(t, filepath.Join(repo, "notes.txt"), "nothing to see\n")
			runIn(t, repo, env, "git", "add", "notes.txt")
			out, err = tryRun(repo, env, preCommit, "try-repo", hookRepo, tc.hook)
			if err != nil || !strings.Contains(out, "Passed") {
				t.Fatalf("try-repo with clean content: err %v\n%s", err, out)
			}

			// A config pinned to the copy, installed as the git hook: a real
			// git commit of a credential is stopped; SKIP lets it through.
			rev := strings.TrimSpace(runIn(t, hookRepo, env, "git", "rev-parse", "HEAD"))
			writeFile(t, filepath.Join(repo, ".pre-commit-config.yaml"),
				"repos:\n- repo: "+hookRepo+"\n  rev: "+rev+"\n  hooks:\n  - id: "+tc.hook+"\n")
			runIn(t, repo, env, "git", "add", ".pre-commit-config.yaml")
			runIn(t, repo, env, preCommit, "install")
			runIn(t, repo, env, "git", "commit", "-q", "-m", "clean")
			runIn(t, repo, env, "git", "add", "app/.env")
			out, err = tryRun(repo, env, "git", "commit", "-q", "-m", "leak")
			if err == nil || !strings.Contains(out, "app/.env:2:") {
				t.Fatalf("git commit of a secret went through the installed hook: err %v\n%s", err, out)
			}
			out, err = tryRun(repo, append(env, "SKIP="+tc.hook), "git", "commit", "-q", "-m", "leak, skipped")
			if err != nil || !strings.Contains(out, "Skipped") {
				t.Fatalf("SKIP=%s: err %v\n%s", tc.hook, err, out)
			}
			if tc.hook == "pinatascan" {
				pinatavetHook(t, env, preCommit, hookRepo, rev)
			}
		})
	}
}

// pinatavetHook runs the pinatavet hook (built by pre-commit with the
// pinatascan hook's environment) on a Go module with a hardcoded JWT in an
// Authorization header: it fails naming the line, and passes once the
// value comes from the environment.
func pinatavetHook(t *testing.T, env []string, preCommit, hookRepo, rev string) {
	t.Helper()
	mod := t.TempDir()
	token, keyID, _ := testcred.JWT(testcred.JWTOptions{})
	runIn(t, mod, env, "git", "init", "-q")
	writeFile(t, filepath.Join(mod, "go.mod"), "module example.com/leaky\n\ngo 1.25\n")
	writeFile(t, filepath.Join(mod, "send.go"), "package leaky\n\nimport \"net/http\"\n\nfunc Send(req *http.Request) {\n\treq.Header.Set(\"Authorization\", \"Bearer "+token+"\")\n}\n")
	writeFile(t, filepath.Join(mod, ".pre-commit-config.yaml"), "repos:\n- repo: "+hookRepo+"\n  rev: "+rev+"\n  hooks:\n  - id: pinatavet\n")
	runIn(t, mod, env, "git", "add", "-A")
	out, err := tryRun(mod, env, preCommit, "run", "--all-files")
	if err == nil || !strings.Contains(out, "send.go:6:") || !strings.Contains(out, "hardcoded Pinata JWT (key "+keyID+")") || strings.Contains(out, token) {
		t.Fatalf("pinatavet hook on a hardcoded JWT: err %v\n%s", err, out)
	}
	writeFile(t, filepath.Join(mod, "send.go"), "package leaky\n\nimport (\n\t\"net/http\"\n\t\"os\"\n)\n\nfunc Send(req *http.Request) {\n\treq.Header.Set(\"Authorization\", \"Bearer \"+os.Getenv(\"PINATA_JWT\"))\n}\n")
	if out, err := tryRun(mod, env, preCommit, "run", "--all-files"); err != nil || !strings.Contains(out, "Passed") {
		t.Fatalf("pinatavet hook on clean code: err %v\n%s", err, out)
	}
}

// moduleRoot is the directory of go.mod.
func moduleRoot(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil || strings.TrimSpace(string(out)) == "" {
		t.Fatalf("go env GOMOD: %v", err)
	}
	return filepath.Dir(strings.TrimSpace(string(out)))
}

// goEnvFor lets pre-commit's `go install ./...` build offline from the
// module cache this machine already has (tests never touch the network).
func goEnvFor(t *testing.T, root string) []string {
	t.Helper()
	cmd := exec.Command("go", "env", "GOMODCACHE", "GOCACHE")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	v := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(v) != 2 {
		t.Fatalf("go env: %q", out)
	}
	// Make sure every module the build needs is in the cache.
	dl := exec.Command("go", "mod", "download")
	dl.Dir = root
	if out, err := dl.CombinedOutput(); err != nil {
		t.Fatalf("go mod download: %v\n%s", err, out)
	}
	return []string{"GOMODCACHE=" + v[0], "GOCACHE=" + v[1], "GOPROXY=off", "GOFLAGS=-mod=mod", "GOTOOLCHAIN=local"}
}

// cleanCopy copies the files git tracks or would add (as they are in the working tree)
// into a new repository with one commit: what a clean clone would hold.
func cleanCopy(t *testing.T, root, home string) string {
	t.Helper()
	out, err := exec.Command("git", "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Fatalf("git ls-files: %v", err)
	}
	dst := t.TempDir()
	for _, name := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		data, err := os.ReadFile(filepath.Join(root, name))
		if os.IsNotExist(err) {
			continue // deleted in the working tree
		}
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dst, name), string(data))
	}
	if _, err := os.Stat(filepath.Join(dst, ".pre-commit-hooks.yaml")); err != nil {
		t.Fatalf("no .pre-commit-hooks.yaml in the copy: %v", err)
	}
	env := []string{"HOME=" + home, "GIT_CONFIG_NOSYSTEM=1", "PATH=" + os.Getenv("PATH")}
	runIn(t, dst, env, "git", "init", "-q")
	runIn(t, dst, env, "git", "add", "-A")
	runIn(t, dst, env, "git", "commit", "-q", "-m", "copy")
	return dst
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// runIn runs a command that must succeed, with exactly env.
func runIn(t *testing.T, dir string, env []string, name string, args ...string) string {
	t.Helper()
	out, err := tryRun(dir, env, name, args...)
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return out
}

func tryRun(dir string, env []string, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = env
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := cmd.Run()
	return buf.String(), err
}
