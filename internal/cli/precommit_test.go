package cli_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testbin"
	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/internal/testgit"
)

// TestPreCommitFramework drives the real pre-commit framework with this
// repository's .pre-commit-hooks.yaml, from a clean copy of the source.
// The golang hook is installed with `pre-commit install` and must let a
// clean `git commit` through and stop one that adds a credential; it is
// built by pre-commit with the Go toolchain (once for each version of the
// source: the kit keeps what pre-commit built), and the pinatavet hook
// shares that build. The system hook (the pinatascan on PATH) goes through
// `pre-commit try-repo` here; TestPreCommitModes installs it and drives
// every way it runs (commits, SKIP, pushes). In CI (CI set) a missing
// pre-commit fails the test rather than skipping it.
func TestPreCommitFramework(t *testing.T) {
	t.Parallel()
	kit := preCommitSetup(t)

	// A repository with a staged credential fails the hook, which names it
	// without printing it; clean content passes.
	stageLeak := func(t *testing.T, repo string, env []string) (secret string) {
		t.Helper()
		secret = testcred.Secret()
		writeFile(t, filepath.Join(repo, "app", ".env"), "OTHER=1\nPINATA_SECRET_API_KEY="+secret+"\n")
		runIn(t, repo, env, "git", "add", "app/.env")
		return secret
	}
	checkBlocked := func(t *testing.T, what, out string, err error, secret string) {
		t.Helper()
		if err == nil || !strings.Contains(out, "app/.env:2:") || !strings.Contains(out, "api-secret") {
			t.Fatalf("%s with a staged secret: err %v\n%s", what, err, out)
		}
		if strings.Contains(out, secret) {
			t.Errorf("%s: the secret appears unmasked in the output", what)
		}
	}
	// installHook pins a config to the copy, installs it as the git hook
	// and commits the config (a clean commit, through the hook).
	installHook := func(t *testing.T, repo string, env []string, hook string) {
		t.Helper()
		writeFile(t, filepath.Join(repo, ".pre-commit-config.yaml"),
			"repos:\n- repo: "+kit.HookRepo+"\n  rev: "+kit.Rev+"\n  hooks:\n  - id: "+hook+"\n")
		runIn(t, repo, env, "git", "add", ".pre-commit-config.yaml")
		runIn(t, repo, env, kit.PreCommit, "install")
		if out, err := tryRun(repo, env, "git", "commit", "-q", "-m", "clean"); err != nil || !strings.Contains(out, "Passed") {
			t.Fatalf("clean git commit through the %s hook: err %v\n%s", hook, err, out)
		}
	}

	t.Run("pinatascan-system", func(t *testing.T) {
		t.Parallel()
		env := kit.Env(kit.BinDir)
		repo := kit.NewRepo(t, env)

		secret := stageLeak(t, repo, env)
		out, err := tryRun(repo, env, kit.PreCommit, "try-repo", kit.HookRepo, "pinatascan-system")
		checkBlocked(t, "try-repo", out, err, secret)
		if !strings.Contains(out, "Failed") {
			t.Errorf("try-repo does not say Failed:\n%s", out)
		}
	})

	// No pinatascan on PATH (kit.Env("") takes any out), so a working hook
	// proves pre-commit built its own.
	t.Run("pinatascan", func(t *testing.T) {
		t.Parallel()
		env := kit.Env("")
		repo := kit.NewRepo(t, env)
		installHook(t, repo, env, "pinatascan")
		secret := stageLeak(t, repo, env)
		out, err := tryRun(repo, env, "git", "commit", "-q", "-m", "leak")
		checkBlocked(t, "git commit", out, err, secret)
		// The pinatavet hook shares the environment pre-commit just built.
		pinatavetHook(t, env, kit.PreCommit, kit.HookRepo, kit.Rev)
	})
}

// pinatavetHook runs the pinatavet hook (built by pre-commit with the
// pinatascan hook's environment) on a Go module with a hardcoded Pinata JWT:
// it fails naming the line, and passes once the value is passed in. The
// module imports nothing: pinatavet type-checks what a package imports
// from source (net/http alone costs seconds each run), and the sinks
// themselves are the analyzer's tests; this is about the hook.
func pinatavetHook(t *testing.T, env []string, preCommit, hookRepo, rev string) {
	t.Helper()
	mod := t.TempDir()
	token, keyID, _ := testcred.JWT(testcred.JWTOptions{})
	runIn(t, mod, env, "git", "init", "-q")
	writeFile(t, filepath.Join(mod, "go.mod"), "module example.com/leaky\n\ngo 1.25\n")
	writeFile(t, filepath.Join(mod, "send.go"), "package leaky\n\n// Token authenticates uploads.\nconst pinataJWT = \""+token+"\"\n")
	writeFile(t, filepath.Join(mod, ".pre-commit-config.yaml"), "repos:\n- repo: "+hookRepo+"\n  rev: "+rev+"\n  hooks:\n  - id: pinatavet\n")
	runIn(t, mod, env, "git", "add", "-A")
	out, err := tryRun(mod, env, preCommit, "run", "--all-files")
	if err == nil || !strings.Contains(out, "send.go:4:") || !strings.Contains(out, "Pinata JWT (key "+keyID+") hardcoded in source") || strings.Contains(out, token) {
		t.Fatalf("pinatavet hook on a hardcoded JWT: err %v\n%s", err, out)
	}
	writeFile(t, filepath.Join(mod, "send.go"), "package leaky\n\n// JWT reads the token from where it is kept.\nfunc JWT(getenv func(string) string) string { return getenv(\"PINATA_JWT\") }\n")
	if out, err := tryRun(mod, env, preCommit, "run", "--all-files"); err != nil || !strings.Contains(out, "Passed") {
		t.Fatalf("pinatavet hook on clean code: err %v\n%s", err, out)
	}
}

// preCommitKit is what tests of the pre-commit framework share: one clean
// copy of this repository for pre-commit to clone and one PRE_COMMIT_HOME
// (so the golang hook is built by pre-commit once, not once per test),
// both kept across runs while the source is unchanged (testbin.Shared), a
// neutral HOME, and pinatascan built by internal/testbin. Get it with
// preCommitSetup; each test still makes its own repositories (NewRepo).
type preCommitKit struct {
	PreCommit string // the pre-commit command
	HookRepo  string // a clean copy of this repository (no tests), one commit
	Rev       string // that commit, for a config's rev:
	BinDir    string // holds pinatascan and pinatavet, built from this source
	base      []string
	pathNoBin string // PATH without any pinatascan
}

var (
	kitOnce sync.Once
	kit     *preCommitKit
	kitErr  string
)

// preCommitSetup returns the shared kit, making it on first use. Without
// pre-commit the test is skipped, or fails in CI (needPreCommit).
func preCommitSetup(t *testing.T) *preCommitKit {
	t.Helper()
	preCommit := needPreCommit(t)
	kitOnce.Do(func() {
		kitErr = "it failed in an earlier test"
		k, err := newPreCommitKit(t, preCommit)
		if err != nil {
			kitErr = err.Error()
			return
		}
		kit = k
	})
	if kit == nil {
		t.Fatalf("pre-commit setup: %s", kitErr)
	}
	return kit
}

// newPreCommitKit makes the kit. The copy and pre-commit's cache are kept
// by content: the key covers every file of the copy, the Go toolchain and
// build settings pre-commit builds with, and the pre-commit installation,
// so any change to what pre-commit would clone or build gives a new copy
// and a new cache, in which pre-commit clones and builds the hooks anew;
// an unchanged tree reuses what pre-commit built from it before.
func newPreCommitKit(t *testing.T, preCommit string) (*preCommitKit, error) {
	dir, err := sharedDir("precommit")
	if err != nil {
		return nil, err
	}
	root := moduleRoot(t)
	home := filepath.Join(dir, "home")
	writeFile(t, filepath.Join(home, ".gitconfig"), "[user]\n\tname = Ada Author\n\temail = ada@example.com\n[init]\n\tdefaultBranch = main\n")
	goEnv, goVersion := goEnvFor(t, root)
	files := repoFiles(t, root)
	key := sha256.New()
	fmt.Fprintf(key, "%s\n", goVersion)
	for _, v := range goEnv {
		fmt.Fprintf(key, "%s\n", v)
	}
	if fi, err := os.Stat(preCommit); err == nil {
		fmt.Fprintf(key, "%s %d %s\n", preCommit, fi.Size(), fi.ModTime())
	}
	for _, name := range files {
		data, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(key, "%q %d\n", name, len(data))
		key.Write(data)
	}
	shared := testbin.Shared(t, "precommit", hex.EncodeToString(key.Sum(nil))[:24], func(dir string) error {
		cleanCopy(t, root, files, home, filepath.Join(dir, "hook-repo"))
		return nil
	})

	k := &preCommitKit{PreCommit: preCommit, BinDir: testbin.Dir(t)}
	k.HookRepo = filepath.Join(shared, "hook-repo")
	k.Rev = strings.TrimSpace(runIn(t, k.HookRepo, []string{"HOME=" + home, "PATH=" + os.Getenv("PATH")}, "git", "rev-parse", "HEAD"))
	// Everything pre-commit and git need, and nothing from this machine's
	// git config; pre-commit drops GIT_* itself when it runs git, all but
	// the GIT_CONFIG_* of testgit.Upkeep.
	k.base = append(append(goEnv,
		"HOME="+home,
		"PRE_COMMIT_HOME="+filepath.Join(shared, "pre-commit"),
		"GIT_CONFIG_NOSYSTEM=1",
		"LANG=C.UTF-8",
	), testgit.Upkeep()...)
	var noScan []string
	for _, d := range filepath.SplitList(os.Getenv("PATH")) {
		if _, err := os.Stat(filepath.Join(d, "pinatascan")); err != nil {
			noScan = append(noScan, d)
		}
	}
	k.pathNoBin = strings.Join(noScan, string(os.PathListSeparator))
	return k, nil
}

// Env is the environment for pre-commit and git: PATH holds no pinatascan
// except in binDir, when binDir is not empty.
func (k *preCommitKit) Env(binDir string) []string {
	path := k.pathNoBin
	if binDir != "" {
		path = binDir + string(os.PathListSeparator) + path
	}
	return append(slices.Clip(k.base), "PATH="+path)
}

// NewRepo makes a repository with one commit, in a directory of the test.
func (k *preCommitKit) NewRepo(t *testing.T, env []string) string {
	t.Helper()
	repo := t.TempDir()
	runIn(t, repo, env, "git", "init", "-q")
	writeFile(t, filepath.Join(repo, "README"), "hello\n")
	runIn(t, repo, env, "git", "add", "README")
	runIn(t, repo, env, "git", "commit", "-q", "-m", "first")
	return repo
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
// module cache this machine already has (tests never touch the network),
// and says which Go that is.
func goEnvFor(t *testing.T, root string) (env []string, goVersion string) {
	t.Helper()
	cmd := exec.Command("go", "env", "GOMODCACHE", "GOCACHE", "GOVERSION")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	v := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(v) != 3 {
		t.Fatalf("go env: %q", out)
	}
	// Make sure every module the build needs is in the cache.
	dl := exec.Command("go", "mod", "download")
	dl.Dir = root
	if out, err := dl.CombinedOutput(); err != nil {
		t.Fatalf("go mod download: %v\n%s", err, out)
	}
	// -trimpath: pre-commit builds in a clone at a new path each run, and
	// without it the go command compiles every package of the module again
	// there (the directory is part of its cache key); with it the compiled
	// packages of internal/testbin's build are reused. What is built, and
	// how the hook runs, is the same.
	return []string{"GOMODCACHE=" + v[0], "GOCACHE=" + v[1], "GOPROXY=off", "GOFLAGS=-mod=mod -trimpath", "GOTOOLCHAIN=local"}, v[2]
}

// repoFiles lists the files git tracks or would add, as they are in the
// working tree of root: what a clean clone would hold, less tests and
// testdata. Installing the hooks never reads those (the go command leaves
// them out of `go install`), so leaving them out of the copy keeps it,
// and pre-commit's build from it, unchanged while only tests change, and
// makes each clone pre-commit takes of it a third of the size.
func repoFiles(t *testing.T, root string) []string {
	t.Helper()
	out, err := exec.Command("git", "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Fatalf("git ls-files: %v", err)
	}
	var files []string
	for _, name := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		if strings.HasSuffix(name, "_test.go") || slices.Contains(strings.Split(name, "/"), "testdata") {
			continue
		}
		if _, err := os.Lstat(filepath.Join(root, name)); os.IsNotExist(err) {
			continue // deleted in the working tree
		}
		files = append(files, name)
	}
	return files
}

// cleanCopy copies files from root into a new repository with one commit
// at dst. Objects are stored uncompressed and packed without deltas: each
// clone pre-commit makes of it (try-repo makes one per run) then costs git
// no compression.
func cleanCopy(t *testing.T, root string, files []string, home, dst string) {
	t.Helper()
	for _, name := range files {
		data, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dst, name), string(data))
	}
	if _, err := os.Stat(filepath.Join(dst, ".pre-commit-hooks.yaml")); err != nil {
		t.Fatalf("no .pre-commit-hooks.yaml in the copy: %v", err)
	}
	env := append([]string{"HOME=" + home, "GIT_CONFIG_NOSYSTEM=1", "PATH=" + os.Getenv("PATH")}, testgit.Upkeep()...)
	runIn(t, dst, env, "git", "init", "-q")
	runIn(t, dst, env, "git", "config", "core.compression", "0")
	runIn(t, dst, env, "git", "config", "pack.window", "0")
	runIn(t, dst, env, "git", "add", "-A")
	runIn(t, dst, env, "git", "commit", "-q", "-m", "copy")
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
