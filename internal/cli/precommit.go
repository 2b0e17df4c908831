package cli

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/pinatascan/pinatascan/internal/gitscan"
	"github.com/pinatascan/pinatascan/internal/report"
	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/walk"
)

// preCommitHelp is the part of scan's help about --pre-commit.
const preCommitHelp = `With --pre-commit, runs as a git hook and works out what to check from
how it was started. As a plain git hook (install-hook), and under the
pre-commit framework while git commits, it checks the index like --staged
(of the files the framework names). Under the framework otherwise: at
pre-push it checks the pushed commits (PRE_COMMIT_FROM_REF..
PRE_COMMIT_TO_REF, less what the remote has); with --all-files, --files,
a plain 'pre-commit run' or the manual stage it checks the files the
framework names, whole, as they are on disk. File names follow '--'; a
blocked commit or push ends with one line saying how to bypass it once
and how to allow a finding.

`

// hookEnv is what a hook learns from its environment; Getenv in
// production, a map in tests.
type hookEnv func(string) string

// hookMode is what a hook invocation checks.
type hookMode int

const (
	hookIndex   hookMode = iota // git is committing: the staged changes
	hookPush                    // git is pushing: the pushed commits
	hookFiles                   // pre-commit run by hand or in CI: the files it names
	hookNothing                 // post-checkout, post-merge, post-rewrite: nothing new
)

// preCommitMode reads the environment git and the pre-commit framework
// give a hook. The framework does not say its stage or whether it was given
// --all-files or --files, so the facts it does leave are read instead:
// PRE_COMMIT_FROM_REF/TO_REF (pre-push, or run --from-ref/--to-ref),
// PRE_COMMIT_REMOTE_NAME (pre-push of a history the remote has none of,
// for which it names every file instead of a range), the post-* stages'
// own variables, and GIT_INDEX_FILE, which git sets for the hooks of a
// commit or a merge and nothing else does.
func preCommitMode(getenv hookEnv) hookMode {
	switch {
	case getenv("PRE_COMMIT") == "":
		return hookIndex // a plain git hook: only git commit runs it
	case getenv("PRE_COMMIT_CHECKOUT_TYPE") != "" || getenv("PRE_COMMIT_IS_SQUASH_MERGE") != "" || getenv("PRE_COMMIT_REWRITE_COMMAND") != "":
		return hookNothing
	case getenv("PRE_COMMIT_FROM_REF") != "" && getenv("PRE_COMMIT_TO_REF") != "",
		getenv("PRE_COMMIT_REMOTE_NAME") != "" && getenv("PRE_COMMIT_LOCAL_BRANCH") != "":
		return hookPush
	case getenv("GIT_INDEX_FILE") != "":
		return hookIndex
	}
	return hookFiles
}

// runPreCommit is `scan --pre-commit [--] [FILE...]`.
func runPreCommit(ctx context.Context, inv *Invocation, f *scanFlags, names []string, hookID string, getenv hookEnv) int {
	f.RootRelative = true // hooks run at the top level, and git names paths from there
	framework := getenv("PRE_COMMIT") != ""
	for i, n := range names {
		if n == "-" {
			names[i] = "./-" // a file named "-", not standard input
		}
	}
	h := hookRun{inv: inv, f: f, names: names, id: hookID, framework: framework}
	switch preCommitMode(getenv) {
	case hookNothing:
		fmt.Fprintln(inv.Stderr, "pinatascan: nothing to check after a checkout, merge or rewrite: commits are checked as they are made, and pushes as they leave")
		return exitClean
	case hookPush:
		return h.push(ctx, getenv)
	case hookIndex:
		return h.index(ctx)
	}
	return h.files(ctx)
}

type hookRun struct {
	inv       *Invocation
	f         *scanFlags
	names     []string
	id        string
	framework bool
}

// index checks what the commit adds: every staged change for a plain hook,
// the staged changes among the named files under the framework (which may
// split a long list over several runs). A named file with no staged change
// (the message file, at the commit-msg stage) is read from disk.
func (h *hookRun) index(ctx context.Context) int {
	if h.framework && len(h.names) == 0 {
		fmt.Fprintln(h.inv.Stderr, "pinatascan: pre-commit named no files: nothing to check")
		return exitClean
	}
	p, err := h.f.start(h.inv.Env, nil)
	if err != nil {
		fmt.Fprintf(h.inv.Stderr, "pinatascan: %s\n", errText(err))
		return exitError
	}
	prog := startProgress(h.inv.Env, true)
	var sum gitscan.Summary
	if h.framework {
		sum, err = gitscan.StagedWith(ctx, ".", gitscan.StagedOptions{Paths: h.names, PolicyFiles: h.f.files}, prog.counted(p.add))
	} else {
		sum, err = gitscan.StagedWith(ctx, ".", gitscan.StagedOptions{PolicyFiles: h.f.files}, prog.counted(p.add))
	}
	prog.stop()
	if err == nil && !h.framework && sum.Changes == 0 {
		noteNothingStaged(ctx, h.inv.Env)
	}
	if err == nil && len(sum.Unstaged) > 0 {
		disk := h.walk(ctx, p, sum.Unstaged)
		sum.Problems = append(sum.Problems, disk.Problems...)
		if disk.Partial {
			err = ctx.Err()
		}
		sum.Stats.Files += disk.Stats.Files
		sum.Stats.Bytes += disk.Stats.Bytes
		sum.Stats.Skipped += disk.Stats.Skipped
	}
	bypass := "git commit --no-verify, or SKIP=" + h.id + " git commit"
	if h.framework {
		bypass = "SKIP=" + h.id + " git commit …, or git commit --no-verify"
	}
	return h.blocked(finishGit(ctx, h.inv, p, sum, err), p, "commit blocked: %s", bypass)
}

// files checks the named files whole, as they are on disk: what pre-commit
// names for --all-files, --files, a plain `pre-commit run` (the staged
// files, with unstaged edits set aside) and the manual stage.
func (h *hookRun) files(ctx context.Context) int {
	if len(h.names) == 0 {
		fmt.Fprintln(h.inv.Stderr, "pinatascan: pre-commit named no files: nothing to check")
		return exitClean
	}
	p, err := h.f.start(h.inv.Env, h.names)
	if err != nil {
		fmt.Fprintf(h.inv.Stderr, "pinatascan: %s\n", errText(err))
		return exitError
	}
	rep := h.walk(ctx, p, h.names)
	return h.blocked(p.finish(&rep.Summary), p, "%s in the files pre-commit named", "SKIP="+h.id+" pre-commit run …")
}

// walk scans names on disk into p.
func (h *hookRun) walk(ctx context.Context, p *pipeline, names []string) *result.Report {
	prog := startProgress(h.inv.Env, false)
	// An error here says ctx ended the walk (rep is then Partial) or the
	// report could not be written (p knows).
	rep, _ := walk.Walk(ctx, names, walk.Options{Exclude: h.f.walkExclude(p.out), MaxFileSize: h.f.cfg.FileSizeLimit(),
		Scan: prog.scan(nil), Yield: p.add})
	prog.stop()
	return rep
}

// push checks the commits a push sends: PRE_COMMIT_TO_REF less
// PRE_COMMIT_FROM_REF and less the remote's branches, or, for a history
// the remote has none of, the pushed branch less the remote's branches.
// Every commit is checked, so a credential added and deleted again within
// the push is caught. Findings in files pre-commit's files/exclude
// settings left out are dropped, as for any hook; files it never saw (the
// net diff of the push does not name them) are always reported.
func (h *hookRun) push(ctx context.Context, getenv hookEnv) int {
	from, to, remote := getenv("PRE_COMMIT_FROM_REF"), getenv("PRE_COMMIT_TO_REF"), getenv("PRE_COMMIT_REMOTE_NAME")
	opts := gitscan.HistoryOptions{PolicyFiles: h.f.files}
	var seen []string
	var err error
	if to != "" && from != "" {
		var fromID, toID string
		if fromID, err = gitscan.ResolveCommit(ctx, ".", from); err == nil {
			if toID, err = gitscan.ResolveCommit(ctx, ".", to); err == nil {
				opts.Tips, opts.Exclude = []string{toID}, []string{fromID}
				seen, err = gitscan.DiffNames(ctx, ".", fromID, toID)
			}
		}
	} else {
		var tip string
		if tip, err = gitscan.ResolveCommit(ctx, ".", getenv("PRE_COMMIT_LOCAL_BRANCH")); err == nil {
			opts.Tips = []string{tip}
			seen, err = gitscan.TrackedNames(ctx, ".")
		}
	}
	if err != nil {
		fmt.Fprintf(h.inv.Stderr, "pinatascan: cannot tell what is pushed: %s\n", errText(err))
		return exitError
	}
	if remote != "" {
		// Only git's own glob characters could widen this; a remote name
		// with none of them selects exactly that remote's branches.
		opts.Exclude = append(opts.Exclude, "--remotes="+remote)
	}
	named := setOf(h.names)
	sawn := setOf(seen)
	p, err := h.f.start(h.inv.Env, nil)
	if err != nil {
		fmt.Fprintf(h.inv.Stderr, "pinatascan: %s\n", errText(err))
		return exitError
	}
	prog := startProgress(h.inv.Env, true)
	sum, err := gitscan.History(ctx, ".", opts, prog.counted(func(r result.Result) error {
		if named[r.Path] || !sawn[r.Path] {
			return p.add(r)
		}
		return nil
	}))
	prog.stop()
	return h.blocked(finishGit(ctx, h.inv, p, sum, err), p, "push blocked: %s in the pushed commits", "SKIP="+h.id+" git push …, or git push --no-verify")
}

// blocked ends a hook that found credentials with one line: what was
// stopped, how to let it through once, and how to allow a finding for good.
// what holds one %s, for the count.
func (h *hookRun) blocked(code int, p *pipeline, what, bypass string) int {
	n, fps := p.written()
	if code != exitFindings || n == 0 {
		return code
	}
	list := strings.Join(fps[:min(len(fps), 3)], ", ")
	if len(fps) > 3 {
		list += ", …"
	}
	fmt.Fprintf(h.inv.Stderr, "pinatascan: "+what+". Bypass once: %s. Allow: a pinatascan:allow comment on the line, or the fingerprint in .pinatascanignore (%s).\n",
		report.Count(n, "Pinata credential"), bypass, list)
	return code
}

func setOf(s []string) map[string]bool {
	m := make(map[string]bool, len(s))
	for _, v := range s {
		m[v] = true
	}
	return m
}

// osHookEnv is the process environment.
func osHookEnv(name string) string { return os.Getenv(name) }
