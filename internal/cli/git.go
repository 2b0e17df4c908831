package cli

import (
	"context"
	"fmt"

	"github.com/pinatascan/pinatascan/internal/gitscan"
	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/result"
)

var gitCommand = &Command{
	Name:    "git",
	Args:    "[flags] [REVISION-RANGE]",
	Summary: "scan git history: commits reachable from HEAD, every ref, or a range",
	Help: `Scans the history of the repository in the current directory for Pinata
credentials: by default every commit reachable from HEAD, with --all every
ref (branches, tags, remotes, stash), or the commits of REVISION-RANGE, such
as origin/main..HEAD for a pull request.

Each finding names the commit that added it, its author (name only) and
date. A credential added and later deleted is still reported, in the commit
that added it; each (file, credential) is reported once, and each unique
blob is read once. Merges count only what they add beyond their parents.
Binary files and submodules are skipped. In a shallow clone, history stops
at the shallow boundary. Nothing in the repository is changed.

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
			return inv.UsageError("%v", err)
		}
		return runPreReceive(ctx, inv, &f, *allowBreakGlass, osHookEnv)
	}
	if len(args) > 1 {
		return inv.UsageError("one revision range at most, such as main..topic (got %d arguments)", len(args))
	}
	if _, err := f.reporter(); err != nil {
		return inv.UsageError("%v", err)
	}
	opts := gitscan.HistoryOptions{All: *all}
	if len(args) == 1 {
		opts.Range = args[0]
	}
	p, err := f.start(inv.Env, nil)
	if err != nil {
		fmt.Fprintf(inv.Stderr, "pinatascan: %s\n", errText(err))
		return exitError
	}
	prog := startProgress(inv.Env, true)
	sum, err := gitscan.History(ctx, ".", opts, prog.counted(p.add))
	prog.stop()
	return finishGit(ctx, inv, p, sum, err)
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
	sum, err := gitscan.Staged(ctx, ".", prog.counted(p.add))
	prog.stop()
	if err == nil && sum.Changes == 0 {
		fmt.Fprintln(inv.Stderr, "pinatascan: nothing staged: the index matches HEAD, so there is nothing to scan")
	}
	return finishGit(ctx, inv, p, sum, err)
}

// finishGit turns a git scan's summary and error into the report's, then
// finishes it. A git failure is a problem (exit 2) and the findings made
// before it are still reported; an interruption is partial.
func finishGit(ctx context.Context, inv *Invocation, p *pipeline, sum gitscan.Summary, err error) int {
	s := &result.Summary{Stats: sum.Stats, Problems: sum.Problems, Policy: result.Policy{Changed: sum.PolicyChanged}}
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
