package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/pinatascan/pinatascan/internal/gitscan"
	"github.com/pinatascan/pinatascan/internal/report"
)

// preReceiveHelp is the part of git's help about --pre-receive.
const preReceiveHelp = `With --pre-receive, runs as a git server's pre-receive hook: reads
"<old> <new> <ref>" lines on standard input and checks only the commits
the push brings that the server has on no ref yet (git rev-list NEW...
--not --all), so a new branch is not checked again down to the root, and
deletions need nothing; a pushed annotated tag's message is checked too. Exit 1 rejects the push, and so does 2 (the check
could not finish): it fails closed. A pusher can let findings through once
with the push option -o ` + breakGlassOption + `[=REASON] (the server needs
receive.advertisePushOptions=true); the findings are still printed, and
--allow-break-glass=false turns the option off.

`

// breakGlassOption is the push option that lets one push through.
const breakGlassOption = "pinatascan.break-glass"

// refUpdate is one line of a pre-receive hook's input.
type refUpdate struct {
	old, new, ref string
}

// runPreReceive is `git --pre-receive`.
func runPreReceive(ctx context.Context, inv *Invocation, f *scanFlags, allowBreakGlass bool, getenv hookEnv) int {
	f.RootRelative = true
	updates, err := readRefUpdates(inv.Stdin)
	if err != nil {
		fmt.Fprintf(inv.Stderr, "pinatascan: push rejected: cannot read the pre-receive input: %s\n", errText(err))
		return exitError
	}
	var tips, refs []string
	var tags []gitscan.Tag
	for _, u := range updates {
		if isZeroID(u.new) {
			continue // a deletion adds nothing
		}
		// An annotated tag's message is new even when its commit is not.
		tag, annotated := gitscan.AnnotatedTag(ctx, ".", u.new)
		if annotated {
			tags = append(tags, gitscan.Tag{ID: tag, Name: strings.TrimPrefix(u.ref, "refs/tags/")})
			refs = append(refs, u.ref)
		}
		id, err := gitscan.ResolveCommit(ctx, ".", u.new)
		if err != nil {
			// A tag of a tree or a blob: no commit to walk.
			fmt.Fprintf(inv.Stderr, "pinatascan: note: %s points at no commit; only its tag message is checked\n", report.DisplayPath(u.ref))
			continue
		}
		if !slices.Contains(tips, id) {
			tips = append(tips, id)
		}
		if !annotated {
			refs = append(refs, u.ref)
		}
	}
	if len(tips) == 0 && len(tags) == 0 {
		return exitClean
	}

	p, err := f.start(inv.Env, nil)
	if err != nil {
		fmt.Fprintf(inv.Stderr, "pinatascan: push rejected: %s\n", errText(err))
		return exitError
	}
	opts := gitscan.HistoryOptions{Tips: tips, Exclude: []string{"--all"}, Tags: tags, PolicyFiles: f.files}
	sum, err := gitscan.History(ctx, ".", opts, p.add)
	code := finishGit(ctx, inv, p, sum, err)
	found, _ := p.written()
	what := report.Count(found, "Pinata credential") + " in the new commits of " + refList(refs)
	switch {
	case code == exitError:
		fmt.Fprintln(inv.Stderr, "pinatascan: push rejected: the check could not finish (see above); try again, or ask the server's admin")
	case code == exitFindings:
		reason, asked := breakGlass(getenv)
		if asked && allowBreakGlass {
			fmt.Fprintf(inv.Stderr, "pinatascan: break-glass: push accepted with %s (push option %s%s)\n", what, breakGlassOption, reason)
			return exitClean
		}
		if asked {
			fmt.Fprintf(inv.Stderr, "pinatascan: this server does not accept -o %s\n", breakGlassOption)
		}
		them := "them"
		if found == 1 {
			them = "it"
		}
		fmt.Fprintf(inv.Stderr, "pinatascan: push rejected: %s. Revoke %s, rewrite those commits without %[2]s, and push again", what, them)
		if allowBreakGlass {
			fmt.Fprintf(inv.Stderr, "; to push anyway once: git push -o %s=\"REASON\"", breakGlassOption)
		}
		fmt.Fprintln(inv.Stderr, ".")
	}
	return code
}

// readRefUpdates reads "<old> <new> <ref>" lines. Anything else is an
// error: a hook that cannot tell what is pushed must not let it through.
func readRefUpdates(r io.Reader) ([]refUpdate, error) {
	var out []refUpdate
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 64<<10)
	for n := 1; sc.Scan(); n++ {
		f := strings.Split(sc.Text(), " ")
		if len(f) != 3 || !isObjectID(f[0]) || !isObjectID(f[1]) || len(f[0]) != len(f[1]) || f[2] == "" {
			return nil, fmt.Errorf("line %d: want \"<old> <new> <ref>\", got %.80q", n, sc.Text())
		}
		out = append(out, refUpdate{old: f[0], new: f[1], ref: f[2]})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// isObjectID: 40 (SHA-1) or 64 (SHA-256) lower-case hex digits.
func isObjectID(s string) bool {
	if len(s) != 40 && len(s) != 64 {
		return false
	}
	return strings.Trim(s, "0123456789abcdef") == ""
}

func isZeroID(s string) bool { return strings.Trim(s, "0") == "" }

// breakGlass reports whether the pusher sent the break-glass push option,
// and its reason (": REASON", or "").
func breakGlass(getenv hookEnv) (reason string, asked bool) {
	n, _ := strconv.Atoi(getenv("GIT_PUSH_OPTION_COUNT"))
	for i := range min(n, 1000) {
		opt := getenv("GIT_PUSH_OPTION_" + strconv.Itoa(i))
		name, value, hasValue := strings.Cut(opt, "=")
		if name != breakGlassOption {
			continue
		}
		if hasValue && strings.TrimSpace(value) != "" {
			return ": " + report.DisplayPath(value), true
		}
		return "", true
	}
	return "", false
}

// refList names the refs of the push, a few at most.
func refList(refs []string) string {
	shown := make([]string, 0, 3)
	for _, r := range refs[:min(len(refs), 3)] {
		shown = append(shown, report.DisplayPath(r))
	}
	s := strings.Join(shown, ", ")
	if len(refs) > 3 {
		s += fmt.Sprintf(" and %d more", len(refs)-3)
	}
	return s
}
