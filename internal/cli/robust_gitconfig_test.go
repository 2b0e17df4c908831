//go:build unix

package cli_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// canary writes a script that creates the file canary when run, and
// returns the script's path.
func canaryScript(t *testing.T, dir, canary string) string {
	t.Helper()
	p := filepath.Join(dir, "run-"+filepath.Base(canary)+".sh")
	script := fmt.Sprintf("#!/bin/sh\ntouch '%s'\nexit 0\n", canary)
	if err := os.WriteFile(p, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestNoCommandFromGitConfig: a downloaded repository's .git/config (and
// what it includes) names commands for git to run: an fsmonitor hook, diff
// drivers, filters, a pager, hooks, an ssh command, aliases. None of them
// runs when pinatascan scans the repository (scan --staged, git, git
// --all): each would create a canary file.
func TestNoCommandFromGitConfig(t *testing.T) {
	gitEnv(t)
	c := newCreds()
	// control is a git command that does run the planted command (checked
	// after pinatascan, so the test cannot pass by planting nothing); none
	// for the pager (git pages only to a terminal) and aliases (git never
	// lets one replace a built-in, which is all pinatascan runs).
	tests := []struct {
		name    string
		setup   func(t *testing.T, repo, script string)
		control []string
	}{
		{"fsmonitor", func(t *testing.T, repo, script string) {
			gitIn(t, repo, "config", "core.fsmonitor", script)
		}, []string{"status"}},
		{"include", func(t *testing.T, repo, script string) {
			inc := filepath.Join(t.TempDir(), "evil.inc")
			os.WriteFile(inc, []byte("[core]\n\tfsmonitor = "+script+"\n\tpager = "+script+"\n"), 0o644)
			gitIn(t, repo, "config", "include.path", inc)
		}, []string{"status"}},
		{"includeIf", func(t *testing.T, repo, script string) {
			inc := filepath.Join(t.TempDir(), "evil.inc")
			os.WriteFile(inc, []byte("[core]\n\tfsmonitor = "+script+"\n"), 0o644)
			gitIn(t, repo, "config", "includeIf.gitdir:"+filepath.Join(repo, ".git")+".path", inc)
		}, []string{"status"}},
		{"textconv", func(t *testing.T, repo, script string) {
			os.WriteFile(filepath.Join(repo, ".git", "info", "attributes"), []byte("* diff=evil\n"), 0o644)
			gitIn(t, repo, "config", "diff.evil.textconv", script)
			gitIn(t, repo, "config", "diff.evil.binary", "true")
		}, []string{"diff", "--cached"}},
		{"external diff", func(t *testing.T, repo, script string) {
			os.WriteFile(filepath.Join(repo, ".git", "info", "attributes"), []byte("* diff=evil\n"), 0o644)
			gitIn(t, repo, "config", "diff.evil.command", script)
			gitIn(t, repo, "config", "diff.external", script)
		}, []string{"diff", "--cached"}},
		{"filter", func(t *testing.T, repo, script string) {
			os.WriteFile(filepath.Join(repo, ".git", "info", "attributes"), []byte("* filter=evil\n"), 0o644)
			gitIn(t, repo, "config", "filter.evil.clean", script)
			gitIn(t, repo, "config", "filter.evil.smudge", script)
			gitIn(t, repo, "config", "filter.evil.process", script)
		}, []string{"add", "--renormalize", "."}},
		{"pager", func(t *testing.T, repo, script string) {
			gitIn(t, repo, "config", "core.pager", script)
			for _, cmd := range []string{"diff", "diff-index", "diff-tree", "rev-list", "cat-file", "log"} {
				gitIn(t, repo, "config", "pager."+cmd, script)
			}
		}, nil},
		{"hooksPath", func(t *testing.T, repo, script string) {
			hooks := t.TempDir()
			for _, h := range []string{"pre-commit", "post-checkout", "post-index-change", "reference-transaction", "pre-auto-gc", "fsmonitor-watchman"} {
				os.Symlink(script, filepath.Join(hooks, h))
			}
			gitIn(t, repo, "config", "core.hooksPath", hooks)
		}, []string{"commit", "-q", "-m", "control"}},
		{"sshCommand", func(t *testing.T, repo, script string) {
			// A partial clone whose blobs are all missing: reading one
			// would fetch it from the promisor remote, over ssh.
			gitIn(t, repo, "config", "remote.origin.url", "ssh://git@example.invalid/x.git")
			gitIn(t, repo, "config", "remote.origin.promisor", "true")
			gitIn(t, repo, "config", "remote.origin.partialclonefilter", "blob:none")
			gitIn(t, repo, "config", "core.repositoryFormatVersion", "1")
			gitIn(t, repo, "config", "extensions.partialClone", "origin")
			gitIn(t, repo, "config", "core.sshCommand", script)
			gitIn(t, repo, "config", "core.gitProxy", script)
			for _, obj := range strings.Fields(gitIn(t, repo, "rev-list", "--objects", "--all", "--no-object-names", "--filter=object:type=blob")) {
				os.Remove(filepath.Join(repo, ".git", "objects", obj[:2], obj[2:]))
			}
		}, []string{"fetch", "-q", "origin"}},
		{"aliases", func(t *testing.T, repo, script string) {
			for _, cmd := range []string{"cat-file", "rev-list", "diff-tree", "diff-index", "diff", "rev-parse", "hash-object", "ls-files"} {
				gitIn(t, repo, "config", "alias."+cmd, "!"+script)
			}
		}, nil},
	}
	// Each case plants its commands in a copy of one repository: two
	// commits, a change to binary and a new file staged.
	tmpl := newGitRepo(t)
	commitFile(t, tmpl, "a.env", c.expand("PINATA_API_KEY=${KEY}\n"))
	commitFile(t, tmpl, "b.txt", "plain\n")
	os.WriteFile(filepath.Join(tmpl, "b.txt"), []byte("plain\x00binary now\n"), 0o644)
	gitIn(t, tmpl, "add", "b.txt")
	stageFile(t, tmpl, "c.env", c.expand("PINATA_SECRET_API_KEY=${SECRET}\n"))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			canary := filepath.Join(t.TempDir(), "canary")
			script := canaryScript(t, t.TempDir(), canary)
			repo := t.TempDir()
			if err := os.CopyFS(repo, os.DirFS(tmpl)); err != nil {
				t.Fatal(err)
			}
			tt.setup(t, repo, script)
			t.Chdir(repo)
			for _, args := range [][]string{{"scan", "--staged"}, {"git"}, {"git", "--all"}} {
				runCLI(t, time.Minute, nil, args...)
				if _, err := os.Stat(canary); err == nil {
					t.Fatalf("pinatascan %s ran a command from the repository's config (%s)", strings.Join(args, " "), tt.name)
				}
			}
			if tt.control != nil {
				ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
				exec.CommandContext(ctx, "git", tt.control...).Run()
				cancel()
				if _, err := os.Stat(canary); err != nil {
					t.Fatalf("git %s did not run the planted command either: the test plants nothing", strings.Join(tt.control, " "))
				}
			}
		})
	}
}

// TestHistoryIgnoresReplaceAndGrafts: refs/replace and info/grafts can
// show git a history without the commit that leaked a secret; pinatascan
// reads the objects as they are and still finds it.
func TestHistoryIgnoresReplaceAndGrafts(t *testing.T) {
	gitEnv(t)
	c := newCreds()
	for _, how := range []string{"replace", "graft"} {
		t.Run(how, func(t *testing.T) {
			repo := newGitRepo(t)
			commitFile(t, repo, "README", "hello\n")
			leak := commitFile(t, repo, "a.env", c.expand("PINATA_SECRET_API_KEY=${SECRET}\n"))
			gitIn(t, repo, "rm", "-q", "a.env")
			gitIn(t, repo, "commit", "-q", "-m", "remove it")
			parent := gitIn(t, repo, "rev-parse", leak+"^")
			switch how {
			case "replace":
				// The leaking commit stands in for its parent's tree.
				fake := gitIn(t, repo, "commit-tree", parent+"^{tree}", "-p", parent, "-m", "innocent")
				gitIn(t, repo, "replace", leak, fake)
			case "graft":
				// The last commit's parent is said to be the first.
				os.WriteFile(filepath.Join(repo, ".git", "info", "grafts"),
					[]byte(gitIn(t, repo, "rev-parse", "HEAD")+" "+parent+"\n"), 0o644)
			}
			t.Chdir(repo)
			for _, args := range [][]string{{"git"}, {"git", "--all"}} {
				code, stdout, stderr := runCLI(t, time.Minute, nil, append(args, "--format", "json")...)
				rep := decodeJSON(t, stdout)
				if code != 1 || len(rep.Findings) != 1 {
					t.Errorf("%s (%s): exit %d, %d findings, want the leaked secret\n%s", strings.Join(args, " "), how, code, len(rep.Findings), stderr)
				}
			}
		})
	}
}
