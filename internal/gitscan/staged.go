package gitscan

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

const gitlinkMode = "160000"

// ErrBare means a staged scan was asked of a bare repository, which has no
// index: no commit can be made from it.
var ErrBare = errors.New("a bare repository has no index, so nothing can be staged: run 'pinatascan scan --staged' in a working tree, or 'pinatascan git' to scan the history")

// isBare reports whether dir is a bare repository.
func isBare(ctx context.Context, dir string) (bool, error) {
	out, err := output(ctx, dir, "rev-parse", "--is-bare-repository")
	if err != nil {
		return false, err
	}
	return strings.TrimSpace(string(out)) == "true", nil
}

// Staged scans what the next commit in the repository at dir would add: the
// blobs of the index (not the working tree) that differ from HEAD, or from
// the empty tree before the first commit. Each blob is scanned whole, so
// context on unchanged lines counts, but only findings on lines the commit
// adds or changes are yielded. Each is scanned with its project, from the
// manifests the index holds (project.go). Renames report only their edits; deletions,
// binary blobs and submodules are not scanned (the last two are counted).
//
// An index git cannot diff, or a git that fails, is an error; a staged blob
// that cannot be read is a Problem. Neither is ever a silent pass.
func Staged(ctx context.Context, dir string, yield func(result.Result) error) (Summary, error) {
	return StagedWith(ctx, dir, StagedOptions{}, yield)
}

// StagedOptions narrow and watch a staged scan.
type StagedOptions struct {
	// Paths, when not nil, are the only staged changes scanned (as
	// StagedPaths takes them).
	Paths []string
	// PolicyFiles are the policy files, relative to the repository root,
	// whose staged changes Summary.PolicyChanged reports.
	PolicyFiles []string
}

// StagedWith is Staged with options.
func StagedWith(ctx context.Context, dir string, opts StagedOptions, yield func(result.Result) error) (Summary, error) {
	var keep map[string]bool
	if opts.Paths != nil {
		keep = make(map[string]bool, len(opts.Paths))
		for _, p := range opts.Paths {
			keep[p] = true
		}
	}
	return stagedScan(ctx, dir, keep, &policyWatch{files: opts.PolicyFiles}, yield)
}

// StagedPaths is Staged for the staged changes at the given paths only (as
// git names them, from the repository root), for a caller that was handed
// its share of the files, such as a pre-commit framework hook. Summary.Changes
// still counts every staged change.
func StagedPaths(ctx context.Context, dir string, paths []string, yield func(result.Result) error) (Summary, error) {
	if paths == nil {
		paths = []string{}
	}
	return StagedWith(ctx, dir, StagedOptions{Paths: paths}, yield)
}

// stagedScan scans the staged changes whose paths are in keep, or all when
// keep is nil.
func stagedScan(ctx context.Context, dir string, keep map[string]bool, watch *policyWatch, yield func(result.Result) error) (Summary, error) {
	var sum Summary
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// cat-file starts first: its start-up overlaps the diff, the larger
	// part of a hook's wall time. It is stopped unused if nothing is staged.
	cf, err := startCatFile(ctx, dir)
	if err != nil {
		return sum, err
	}
	defer cf.stop()

	changes, err := stagedChanges(ctx, dir)
	if err != nil {
		return sum, err
	}
	sum.Changes = len(changes)
	for _, c := range changes {
		watch.saw(c.srcPath)
		watch.saw(c.path)
	}
	sum.PolicyChanged = watch.changed
	if keep != nil {
		staged := make(map[string]bool, len(changes))
		for _, c := range changes {
			staged[c.path] = true
		}
		for p := range keep {
			if !staged[p] {
				sum.Unstaged = append(sum.Unstaged, p)
			}
		}
		slices.Sort(sum.Unstaged)
	}

	var todo []*change
	for _, c := range changes {
		switch {
		case keep != nil && !keep[c.path]:
		case c.status == 'D':
		case c.status == 'U':
			sum.Problems = append(sum.Problems, fmt.Sprintf("%s: unmerged, cannot tell what the commit will hold", quote.Safe(c.path)))
		case c.dstMode == gitlinkMode:
			sum.Stats.Skipped++
			sum.Notes = append(sum.Notes, fmt.Sprintf("%s: submodule skipped (run pinatascan scan --staged inside it)", quote.Safe(c.path)))
		case isZeroOID(c.dstOID):
			sum.Problems = append(sum.Problems, fmt.Sprintf("%s: staged without content", quote.Safe(c.path)))
		case c.newFile() || len(c.added) > 0 || c.gitBinary:
			todo = append(todo, c)
		}
	}
	if len(todo) == 0 {
		// Nothing to scan is the answer of a bare repository too, which
		// has no index (every file looks deleted): that must not pass.
		if bare, err := isBare(ctx, dir); err != nil || bare {
			if err == nil {
				err = ErrBare
			}
			return sum, err
		}
		return sum, nil
	}
	// Requests are written while answers are read, so neither pipe can fill
	// up and stall the other.
	var pending []result.Result // the project rule's findings, for the manifests to decide
	writeErr := make(chan error, 1)
	go func() {
		for _, c := range todo {
			if err := cf.request(c.dstOID); err != nil {
				writeErr <- err
				return
			}
		}
		writeErr <- cf.flush()
	}()

	for _, c := range todo {
		size, err := cf.next(c.dstOID)
		if err == errMissing {
			sum.Problems = append(sum.Problems, fmt.Sprintf("%s: staged blob %s %s", quote.Safe(c.path), c.dstOID, whyUnreadable(ctx, dir, c.dstOID)))
			continue
		}
		if err != nil {
			return sum, err
		}
		// Git called the pair binary (an attribute, or the old side): its
		// added lines are known only once the blob is seen to be text.
		rangesLater := c.gitBinary && !c.newFile()
		found, _, err := cf.scanBlob(size, &sum.Stats, scanner.ProjectPending, func(f scanner.Finding) bool {
			return rangesLater || c.addedLine(f.Line)
		}, nil)
		if err != nil {
			return sum, err
		}
		if len(found) == 0 {
			continue
		}
		if rangesLater {
			// The new blob is text: ask for its line diff as text.
			if err := textHunks(ctx, dir, c); err != nil {
				return sum, err
			}
		}
		for _, f := range found {
			if !c.addedLine(f.Line) {
				continue
			}
			r := result.Result{Finding: f, Path: c.path}
			if f.ProjectPending() {
				pending = append(pending, r)
				continue
			}
			if err := yield(r); err != nil {
				return sum, err
			}
		}
	}
	if err := <-writeErr; err != nil {
		return sum, cf.died(err)
	}
	// What only the project rule found waits for the manifests, which are
	// read only then: most commits hold no such finding, and reading
	// HEAD's trees is a tenth of a hook's time.
	if len(pending) > 0 {
		projects, err := indexProjects(cf, changes, todo)
		if err != nil {
			return sum, err
		}
		for _, r := range pending {
			if use := projects.of(r.Path); use != "" {
				r.ResolveProject(use)
				if err := yield(r); err != nil {
					return sum, err
				}
			}
		}
	}
	if err := cf.close(); err != nil {
		return sum, err
	}
	return sum, nil
}

// diffIndexArgs asks for raw records (exact paths and blob ids) and a
// zero-context patch (added line numbers) in one pass. Plumbing reads no
// diff.* user config; the flags pin down the rest.
var diffIndexArgs = []string{
	"diff-index", "--cached", "--raw", "-p", "-z", "-U0", "--inter-hunk-context=0", "--full-index",
	"--no-color", "--no-ext-diff", "--no-textconv", "-M",
	"--src-prefix=a/", "--dst-prefix=b/", "--ignore-submodules=none",
}

// stagedChanges lists the index entries that differ from HEAD, or from the
// empty tree when the branch has no commit yet.
func stagedChanges(ctx context.Context, dir string) ([]*change, error) {
	changes, err := diffIndex(ctx, dir, "HEAD")
	if err != nil {
		if ctx.Err() != nil || err == ErrGitMissing {
			return nil, err
		}
		empty, uerr := unbornEmptyTree(ctx, dir)
		if uerr != nil {
			return nil, err // not unborn: git's first answer says why
		}
		return diffIndex(ctx, dir, empty)
	}
	return changes, nil
}

// diffIndex runs diff-index against treeish and parses its output as it
// streams: a new file of gigabytes is never held in memory.
func diffIndex(ctx context.Context, dir, treeish string) ([]*change, error) {
	args := append(diffIndexArgs[:len(diffIndexArgs):len(diffIndexArgs)], treeish)
	cmd, stderr := command(ctx, dir, args...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, gitError(ctx, args, err, stderr)
	}
	changes, perr := parseDiff(stdout)
	if perr != nil {
		cmd.Process.Kill()
		if werr := cmd.Wait(); stderr.String() != "" {
			return nil, gitError(ctx, args, werr, stderr) // git died: its reason first
		}
		return nil, perr
	}
	if err := cmd.Wait(); err != nil {
		return nil, gitError(ctx, args, err, stderr)
	}
	return changes, nil
}

// unbornEmptyTree returns the empty tree's id when dir is a repository
// whose HEAD has no commit yet, and an error otherwise.
func unbornEmptyTree(ctx context.Context, dir string) (string, error) {
	if ok, err := headExists(ctx, dir); err != nil || ok {
		return "", fmt.Errorf("HEAD exists or cannot be read: %v", err)
	}
	// hash-object without -w computes the id and writes nothing; it is the
	// empty tree in this repository's hash (SHA-1 or SHA-256).
	cmd, stderr := command(ctx, dir, "hash-object", "-t", "tree", "--stdin")
	cmd.Stdin = strings.NewReader("")
	out, err := cmd.Output()
	if err != nil {
		return "", gitError(ctx, []string{"hash-object"}, err, stderr)
	}
	return strings.TrimSpace(string(out)), nil
}

// textHunks replaces c's added lines with those of a text diff of its two
// blobs. A blob-to-blob diff reads no index and no working tree.
func textHunks(ctx context.Context, dir string, c *change) error {
	out, err := output(ctx, dir, "diff", "--text", "-U0", "--inter-hunk-context=0", "--no-color", "--no-ext-diff", "--no-textconv",
		"--full-index", "--src-prefix=a/", "--dst-prefix=b/", c.srcOID, c.dstOID)
	if err != nil {
		return err
	}
	fake := &change{status: 'M', srcOID: c.srcOID, dstOID: c.dstOID}
	if err := parsePatch(bufio.NewReader(bytes.NewReader(out)), []*change{fake}); err != nil {
		return err
	}
	c.added = fake.added
	return nil
}
