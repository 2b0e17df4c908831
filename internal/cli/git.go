package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/pinatascan/pinatascan/internal/gitscan"
	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/result"
)

var gitCommand = &Command{
	Name:    "git",
	Args:    "[flags] [PATH] [REVISION-RANGE]",
	Summary: "scan git history: commits reachable from HEAD, every ref, or a range",
	Help: `Scans the history of a repository for Pinata credentials: the repository
PATH is in (or -C DIR; by default the current directory's), and in it every
commit reachable from HEAD, with --all every ref (branches, tags, remotes,
stash), or the commits of REVISION-RANGE, such as origin/main..HEAD for a
pull request. A single argument that is a directory is the PATH. Settings
(.pinatascan.yaml, .pinatascanignore) come from that repository's root.

Each finding names the commit that added it, its author (name only) and
date. A credential added and later deleted is still reported, in the commit
that added it; each (file, credential) is reported once, and each unique
blob is read once; the summary counts the commits walked and the blobs
read. Merges count only what they add beyond their parents. Binary files
and submodules are skipped. In a shallow clone, history stops at the
shallow boundary. Nothing in the repository is changed.

A directory outside any repository, or a range git does not understand, is
an error (exit 2) before anything is scanned.

To check what a commit will add before it is made, use
'pinatascan scan --staged' (the pre-commit hook).

` + preReceiveHelp + verifyHelp + policyHelp + exitCodesHelp,
	Run: runGit,
}

func runGit(ctx context.Context, inv *Invocation) int {
	fs := inv.FlagSet()
	var f scanFlags
	f.register(fs)
	all := fs.Bool("all", false, "scan every ref (branches, tags, remotes, stash), not only HEAD")
	preReceive := fs.Bool("pre-receive", false, "run as a server's pre-receive hook: check the commits new to the server, from the ref updates on standard input")
	allowBreakGlass := fs.Bool("allow-break-glass", true, "with --pre-receive: let a push with findings through when it carries -o "+breakGlassOption)
	dirFlag := fs.String("C", "", "scan the repository `DIR` is in, as git -C does")
	args, code, ok := inv.Parse(fs)
	if !ok {
		return code
	}
	if *preReceive {
		if len(args) > 0 || *all {
			return inv.UsageError("--pre-receive reads the pushed refs on standard input; it takes no range and no --all")
		}
		f.offline = true // a server hook verifies only when told to
		if _, err := f.reporter(); err != nil {
			return inv.SetupError(err)
		}
		return runPreReceive(ctx, inv, &f, *allowBreakGlass, osHookEnv)
	}
	dir, rng, msg := gitArgs(ctx, *dirFlag, args)
	if msg != "" {
		return inv.UsageError("%s", msg)
	}
	repo, err := gitscan.Open(ctx, dir)
	if err != nil {
		if len(args) == 1 && rng != "" && *dirFlag == "" && gitscan.IsNotRepository(err) {
			fmt.Fprintf(inv.Stderr, "pinatascan git: %s is not a directory, and the current directory is not in a git repository to take it as a revision range of\n", quote.Safe(rng))
			return exitError
		}
		return gitRepoError(inv, dir, err)
	}
	if rng != "" {
		if err := gitscan.CheckRange(ctx, dir, rng); err != nil {
			fmt.Fprintf(inv.Stderr, "pinatascan git: %s\n", errText(err))
			return exitError
		}
	}
	f.base = repo.Root
	if _, err := f.reporter(); err != nil {
		return inv.SetupError(err)
	}
	opts := gitscan.HistoryOptions{All: *all, Range: rng, PolicyFiles: f.files, Repo: &repo}
	p, err := f.start(inv.Env, nil)
	if err != nil {
		fmt.Fprintf(inv.Stderr, "pinatascan: %s\n", errText(err))
		return exitError
	}
	prog := startProgress(inv.Env, true)
	sum, err := gitscan.History(ctx, dir, opts, prog.counted(p.add))
	prog.stop()
	return finishGit(ctx, inv, p, sum, err)
}

// gitArgs sorts out which repository and which range `git` was given:
// [PATH] [RANGE], or -C DIR [RANGE]. A lone argument that is a directory
// is the PATH, unless it also names a revision (then it is ambiguous).
// msg says what is wrong, if anything.
func gitArgs(ctx context.Context, dirFlag string, args []string) (dir, rng, msg string) {
	dir = "."
	if dirFlag != "" {
		dir = dirFlag
	}
	switch {
	case len(args) > 2 || len(args) == 2 && dirFlag != "":
		return "", "", fmt.Sprintf("want [PATH] [REVISION-RANGE] (or -C DIR [REVISION-RANGE]), got %d arguments", len(args))
	case len(args) == 2 && !isDir(args[0]):
		return "", "", fmt.Sprintf("%s is not a directory: want [PATH] [REVISION-RANGE], one revision range at most", quote.Input(args[0]))
	case len(args) == 2:
		return args[0], args[1], ""
	case len(args) == 1 && dirFlag == "" && isDir(args[0]):
		if _, err := gitscan.ResolveCommit(ctx, ".", args[0]); err == nil {
			return "", "", fmt.Sprintf("%s is both a directory and a revision: write ./%s for the directory, or use -C . %s for the revision",
				quote.Input(args[0]), quote.Input(args[0]), quote.Input(args[0]))
		}
		return args[0], "", ""
	case len(args) == 1:
		return dir, args[0], ""
	}
	return dir, "", ""
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// gitRepoError explains why dir cannot be scanned as a repository.
func gitRepoError(inv *Invocation, dir string, err error) int {
	switch {
	case errors.Is(err, gitscan.ErrNotRepository) && dir == "." && inv.Cmd.Name == "git":
		fmt.Fprintln(inv.Stderr, "pinatascan git: the current directory is not in a git repository: run it inside one, or name one (pinatascan git PATH, or -C DIR)")
	case errors.Is(err, gitscan.ErrNotRepository) && dir == ".":
		fmt.Fprintf(inv.Stderr, "pinatascan %s: the current directory is not in a git repository\n", inv.Cmd.Name)
	case errors.Is(err, gitscan.ErrNotRepository):
		fmt.Fprintf(inv.Stderr, "pinatascan %s: %s is not in a git repository\n", inv.Cmd.Name, quote.Safe(dir))
	case errors.Is(err, fs.ErrNotExist) || !isDir(dir):
		fmt.Fprintf(inv.Stderr, "pinatascan %s: %s is not a directory\n", inv.Cmd.Name, quote.Safe(dir))
	default:
		fmt.Fprintf(inv.Stderr, "pinatascan %s: %s\n", inv.Cmd.Name, errText(err))
	}
	return exitError
}

// runStaged is `scan --staged`: the index, exactly what the next commit
// will contain, with only the lines it adds or changes reported.
func runStaged(ctx context.Context, inv *Invocation, f *scanFlags) int {
	f.RootRelative = true // index paths, for config globs and the baseline
	p, err := f.start(inv.Env, nil)
	if err != nil {
		fmt.Fprintf(inv.Stderr, "pinatascan: %s\n", errText(err))
		return exitError
	}
	prog := startProgress(inv.Env, true)
	sum, err := gitscan.StagedWith(ctx, ".", gitscan.StagedOptions{PolicyFiles: f.files}, prog.counted(p.add))
	prog.stop()
	if gitscan.IsNotRepository(err) {
		p.abort()
		return gitRepoError(inv, ".", gitscan.ErrNotRepository)
	}
	if err == nil && sum.Changes == 0 {
		noteNothingStaged(ctx, inv.Env)
	}
	return finishGit(ctx, inv, p, sum, err)
}

// noteNothingStaged says nothing is staged, without speaking of a HEAD a
// repository with no commit yet does not have.
func noteNothingStaged(ctx context.Context, env *Env) {
	if repo, err := gitscan.Open(ctx, "."); err == nil && repo.Empty {
		fmt.Fprintln(env.Stderr, "pinatascan: nothing staged: no commits yet, and nothing added to the index, so there is nothing to scan")
		return
	}
	fmt.Fprintln(env.Stderr, "pinatascan: nothing staged: the index matches HEAD, so there is nothing to scan")
}

// finishGit turns a git scan's summary and error into the report's, then
// finishes it. A git failure is a problem (exit 2) and the findings made
// before it are still reported; an interruption is partial.
func finishGit(ctx context.Context, inv *Invocation, p *pipeline, sum gitscan.Summary, err error) int {
	s := &result.Summary{Stats: sum.Stats, Problems: sum.Problems, Policy: result.Policy{Changed: sum.PolicyChanged}}
	s.Stats.Commits = sum.Commits
	for _, n := range sum.Notes {
		fmt.Fprintf(inv.Stderr, "pinatascan: note: %s\n", quote.Safe(n))
	}
	switch {
	case err == nil:
	case ctx.Err() != nil:
		s.Partial = true
	case p.writeErr != nil:
		// The report could not be written; finish says so.
	default:
		s.Problems = append(s.Problems, err.Error())
	}
	return p.finish(s)
}
