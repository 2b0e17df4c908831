package cli_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testcred"
)

// TestPreCommitModes drives every way the pre-commit framework runs the
// pinatascan hook, with the real framework, real git commits and real
// pushes to a bare repository, and checks each tells the truth: a commit
// is checked for what it adds (the index), and SKIP lets one through;
// --all-files, --files and the manual stage check the files pre-commit
// names, whole, so a leak committed long ago fails them; a push checks
// every pushed commit, so a secret added and deleted again within the
// push, or let through by SKIP, is caught.
func TestPreCommitModes(t *testing.T) {
	t.Parallel()
	kit := preCommitSetup(t)
	preCommit, hookRepo, hookRev := kit.PreCommit, kit.HookRepo, kit.Rev
	env := kit.Env(kit.BinDir)

	remote := filepath.Join(t.TempDir(), "remote.git")
	runIn(t, filepath.Dir(remote), env, "git", "init", "-q", "--bare", remote)
	repo := t.TempDir()
	run := func(args ...string) string { t.Helper(); return runIn(t, repo, env, args[0], args[1:]...) }
	try := func(args ...string) (string, error) { return tryRun(repo, env, args[0], args[1:]...) }
	run("git", "init", "-q")
	run("git", "remote", "add", "origin", remote)

	// History before the hooks: a leak committed long ago.
	oldSecret := testcred.Secret()
	writeFile(t, filepath.Join(repo, "old.env"), "PINATA_SECRET_API_KEY="+oldSecret+"\n")
	writeFile(t, filepath.Join(repo, "README"), "hello\n")
	writeFile(t, filepath.Join(repo, ".pre-commit-config.yaml"), "default_install_hook_types: [pre-commit, pre-push]\nexclude: ^fixtures/\nrepos:\n- repo: "+hookRepo+"\n  rev: "+hookRev+"\n  hooks:\n  - id: pinatascan-system\n")
	run("git", "add", "-A")
	run("git", "commit", "-q", "-m", "first")
	run(preCommit, "install")

	blockedLine := regexp.MustCompile(`(?m)pinatascan: commit blocked: 1 Pinata credential\. Bypass once: SKIP=pinatascan-system git commit …, or git commit --no-verify\. Allow: a pinatascan:allow comment on the line, or the fingerprint in \.pinatascanignore \([0-9a-f]{32}\)\.\n\s*\z`)

	t.Run("commit", func(t *testing.T) {
		// A clean commit passes, although old.env holds a leak: a commit
		// is checked for what it adds.
		writeFile(t, filepath.Join(repo, "README"), "hello again\n")
		run("git", "add", "README")
		if out, err := try("git", "commit", "-q", "-m", "clean"); err != nil || !strings.Contains(out, "Passed") {
			t.Fatalf("clean commit: %v\n%s", err, out)
		}
		// A clean line added to the leaky file: still only what is added.
		writeFile(t, filepath.Join(repo, "old.env"), "PINATA_SECRET_API_KEY="+oldSecret+"\nOTHER=1\n")
		run("git", "add", "old.env")
		if out, err := try("git", "commit", "-q", "-m", "edit old.env"); err != nil {
			t.Fatalf("commit adding a clean line to a file with an old leak: %v\n%s", err, out)
		}

		// A staged secret is blocked, and the output ends with the one line.
		secret := testcred.Secret()
		writeFile(t, filepath.Join(repo, "app", ".env"), "OTHER=1\nPINATA_SECRET_API_KEY="+secret+"\n")
		run("git", "add", "app/.env")
		out, err := try("git", "commit", "-q", "-m", "leak")
		if err == nil || !strings.Contains(out, "app/.env:2:") || !blockedLine.MatchString(out) {
			t.Fatalf("staged secret: err %v\n%s", err, out)
		}
		if strings.Contains(out, secret) {
			t.Error("the secret appears unmasked")
		}

		// The index is the truth: clean staged, secret only in the
		// working tree, passes; the reverse is blocked.
		writeFile(t, filepath.Join(repo, "app", ".env"), "OTHER=1\n")
		run("git", "add", "app/.env")
		writeFile(t, filepath.Join(repo, "app", ".env"), "OTHER=1\nPINATA_SECRET_API_KEY="+secret+"\n")
		if out, err := try("git", "commit", "-q", "-m", "clean staged"); err != nil {
			t.Fatalf("clean index, dirty working tree: %v\n%s", err, out)
		}
		run("git", "add", "app/.env")
		writeFile(t, filepath.Join(repo, "app", ".env"), "OTHER=1\n")
		if out, err := try("git", "commit", "-q", "-m", "leak staged"); err == nil || !strings.Contains(out, "app/.env:2:") {
			t.Fatalf("secret in the index only: err %v\n%s", err, out)
		}
		// SKIP lets it through (the first push below still catches it).
		if out, err := tryRun(repo, append(env, "SKIP=pinatascan-system"), "git", "commit", "-q", "-m", "leak, skipped"); err != nil || !strings.Contains(out, "Skipped") {
			t.Fatalf("SKIP=pinatascan-system: err %v\n%s", err, out)
		}
		run("git", "checkout", "-q", "HEAD", "--", "app/.env")

		// pre-commit's exclude applies, as to any hook.
		writeFile(t, filepath.Join(repo, "fixtures", "k.env"), "PINATA_SECRET_API_KEY="+testcred.Secret()+"\n")
		run("git", "add", "fixtures/k.env")
		if out, err := try("git", "commit", "-q", "-m", "fixture"); err != nil {
			t.Fatalf("excluded fixture: %v\n%s", err, out)
		}
	})

	t.Run("all-files", func(t *testing.T) {
		out, err := try(preCommit, "run", "--all-files")
		if err == nil || !strings.Contains(out, "old.env:1:") || !strings.Contains(out, "in the files pre-commit named") {
			t.Fatalf("--all-files with a committed leak: err %v\n%s", err, out)
		}
		if strings.Contains(out, "fixtures/") {
			t.Errorf("--all-files reported an excluded file:\n%s", out)
		}
	})

	t.Run("files", func(t *testing.T) {
		if out, err := try(preCommit, "run", "--files", "old.env"); err == nil || !strings.Contains(out, "old.env:1:") {
			t.Fatalf("--files old.env: err %v\n%s", err, out)
		}
		if out, err := try(preCommit, "run", "--files", "README"); err != nil || !strings.Contains(out, "Passed") {
			t.Fatalf("--files README: err %v\n%s", err, out)
		}
		// A file named like an option is a file, never a flag.
		writeFile(t, filepath.Join(repo, "--no-redact"), "PINATA_SECRET_API_KEY="+oldSecret+"\n")
		out, err := try(preCommit, "run", "--files=--no-redact")
		if err == nil || !strings.Contains(out, "--no-redact:1:") || strings.Contains(out, oldSecret) {
			t.Fatalf("--files --no-redact: err %v\n%s", err, out)
		}
		os.Remove(filepath.Join(repo, "--no-redact"))
	})

	t.Run("manual", func(t *testing.T) {
		if out, err := try(preCommit, "run", "--hook-stage", "manual", "--all-files"); err == nil || !strings.Contains(out, "old.env:1:") {
			t.Fatalf("manual stage: err %v\n%s", err, out)
		}
	})

	t.Run("pre-push", func(t *testing.T) {
		// The first push sends the whole history, old leak included.
		out, err := try("git", "push", "-q", "origin", "main")
		if err == nil || !strings.Contains(out, "old.env:1:") || !strings.Contains(out, "app/.env:2:") || !strings.Contains(out, "push blocked") {
			t.Fatalf("first push with an old leak and a skipped one: err %v\n%s", err, out)
		}
		if strings.Contains(out, "fixtures/") {
			t.Errorf("push reported an excluded file:\n%s", out)
		}
		if out, err := tryRun(repo, append(env, "SKIP=pinatascan-system"), "git", "push", "-q", "origin", "main"); err != nil {
			t.Fatalf("SKIP: %v\n%s", err, out)
		}

		// A secret added and deleted again within the push is caught,
		// though the push changes no file.
		base := strings.TrimSpace(run("git", "rev-parse", "HEAD"))
		writeFile(t, filepath.Join(repo, "tmp.env"), "PINATA_SECRET_API_KEY="+testcred.Secret()+"\n")
		run("git", "add", "tmp.env")
		run("git", "commit", "-q", "--no-verify", "-m", "oops")
		run("git", "rm", "-q", "tmp.env")
		run("git", "commit", "-q", "--no-verify", "-m", "remove it")
		out, err = try("git", "push", "-q", "origin", "main")
		if err == nil || !strings.Contains(out, "tmp.env:1:") || !strings.Contains(out, "push blocked: 1 Pinata credential in the pushed commits") {
			t.Fatalf("added and deleted within the push: err %v\n%s", err, out)
		}
		run("git", "reset", "-q", "--hard", base)

		// Clean commits push; what the remote already has is not checked again.
		writeFile(t, filepath.Join(repo, "README"), "clean\n")
		run("git", "commit", "-q", "-am", "clean")
		if out, err := try("git", "push", "-q", "origin", "main"); err != nil {
			t.Fatalf("clean push: %v\n%s", err, out)
		}

		// A new branch: only its own commits.
		run("git", "checkout", "-q", "-b", "topic")
		writeFile(t, filepath.Join(repo, "topic.env"), "PINATA_SECRET_API_KEY="+testcred.Secret()+"\n")
		run("git", "add", "topic.env")
		run("git", "commit", "-q", "--no-verify", "-m", "topic leak")
		out, err = try("git", "push", "-q", "origin", "topic")
		if err == nil || !strings.Contains(out, "topic.env:1:") || strings.Contains(out, "old.env") {
			t.Fatalf("new branch: err %v\n%s", err, out)
		}
		run("git", "checkout", "-q", "main")
	})
}

// needPreCommit finds pre-commit; in CI its absence fails the test.
func needPreCommit(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("pre-commit")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pre-commit is not installed, and CI must run this test (Debian: apt-get install pre-commit)")
		}
		t.Skip("pre-commit is not installed")
	}
	return p
}
