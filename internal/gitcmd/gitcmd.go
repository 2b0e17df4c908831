// Package gitcmd is the one place pinatascan starts git. A repository's
// own config (.git/config, and what it includes) is part of what is
// scanned, so nothing in it may run a command or change what git reports:
// every git runs with the settings below on its command line, which wins
// over any config file.
//
//   - core.fsmonitor=false: an fsmonitor hook runs whenever git refreshes
//     the index (diff-index, diff, ls-files).
//   - --no-replace-objects, GIT_NO_REPLACE_OBJECTS=1 and an empty graft
//     file: refs/replace and info/grafts can hide or swap commits.
//   - core.commitGraph=false: a commit-graph file is trusted for parents.
//   - --no-pager, GIT_PAGER=cat: core.pager is a command.
//   - protocol.allow=never, GIT_NO_LAZY_FETCH=1, GIT_TERMINAL_PROMPT=0: no
//     transport, so no core.sshCommand, core.gitProxy, credential helper
//     or promisor fetch, and no prompt.
//   - gc.auto=0, maintenance.auto=false: no background maintenance.
//   - GIT_OPTIONAL_LOCKS=0: git never takes the index lock to refresh it,
//     so nothing is written.
//
// The commands pinatascan runs are plumbing that reads: they run no hooks
// (core.hooksPath), and git never lets an alias replace a built-in
// command. Callers that diff pass --no-ext-diff and --no-textconv (diff
// drivers, diff.external); blob-to-blob and tree-to-index diffs run no
// clean or smudge filter. Tests plant each of these in a repository's
// config and check that nothing ran (internal/cli's TestNoCommandFromGitConfig,
// TestHistoryIgnoresReplaceAndGrafts).
package gitcmd

import (
	"context"
	"os"
	"os/exec"
	"strings"
)

// settings come before every git subcommand.
var settings = []string{
	"--no-pager",
	"--no-replace-objects",
	"-c", "core.fsmonitor=false",
	"-c", "core.commitGraph=false",
	"-c", "protocol.allow=never",
	"-c", "gc.auto=0",
	"-c", "maintenance.auto=false",
}

// Command returns git args..., run in dir, with the settings above.
func Command(ctx context.Context, dir string, args ...string) *exec.Cmd {
	full := make([]string, 0, len(settings)+2+len(args))
	full = append(full, settings...)
	full = append(full, "-C", dir)
	full = append(full, args...)
	cmd := exec.CommandContext(ctx, "git", full...)
	cmd.Env = Env()
	return cmd
}

// Env is the environment of every git pinatascan runs: the caller's (a
// hook's GIT_INDEX_FILE and GIT_DIR must reach git), minus what could run
// a command or change the output pinatascan parses, plus what keeps git
// from writing, fetching or prompting.
func Env() []string {
	var out []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "GIT_EXTERNAL_DIFF", "GIT_DIFF_OPTS", "GIT_OPTIONAL_LOCKS", "GIT_NO_LAZY_FETCH", "GIT_TERMINAL_PROMPT",
			"GIT_PAGER", "GIT_NO_REPLACE_OBJECTS", "GIT_REPLACE_REF_BASE", "GIT_GRAFT_FILE":
			continue
		}
		out = append(out, kv)
	}
	return append(out,
		"GIT_OPTIONAL_LOCKS=0", // never take the index lock to refresh stat data
		"GIT_NO_LAZY_FETCH=1",  // a partial clone must not fetch from the network
		"GIT_TERMINAL_PROMPT=0",
		"GIT_NO_REPLACE_OBJECTS=1",
		"GIT_GRAFT_FILE="+os.DevNull,
		"GIT_PAGER=cat",
	)
}
