package gitscan

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/pinatascan/pinatascan/internal/project"
	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// HistoryOptions choose the commits a history scan walks.
type HistoryOptions struct {
	Range string // a revision or range such as "main..topic"; empty means HEAD
	All   bool   // every ref (branches, tags, remotes, stash)

	// Tips and Exclude choose commits as `git rev-list TIPS --not EXCLUDE`
	// does, for hooks that know what is new: the commits of a push are its
	// new tips, less everything the remote (or the server) already has.
	// Tips are revisions, never options; Exclude holds revisions or git's
	// ref-selecting options (--all, --remotes=origin), and is written by
	// code, never taken from input. Tips take the place of Range and All.
	Tips    []string
	Exclude []string

	// Tags are annotated tags whose messages are scanned whatever the walk
	// meets: a pre-receive hook's pushed tags are on no ref yet.
	Tags []Tag

	// PolicyFiles are the policy files (config, ignore file, baseline),
	// relative to the repository root, whose changes Summary.PolicyChanged
	// reports.
	PolicyFiles []string

	// Repo is what Open said of the directory, if the caller asked: then
	// History does not ask git again (one process fewer in a hook).
	Repo *Repository
}

// Tag is an annotated tag object and the name it is pushed as.
type Tag struct{ ID, Name string }

// maxProblems caps the problems listed one by one; the rest are counted.
const maxProblems = 20

// History scans the commits opts names, oldest first. Each unique blob is
// read and scanned once; a finding is yielded once per (path, credential),
// with the first commit, parents before children, whose tree holds it at
// that path: a secret added and later deleted is reported in the commit
// that added it. Merges count only paths that differ from every parent.
//
// A file is in a Pinata project when any version, in the range, of a
// manifest at or above it depends on Pinata (project.go). A finding only
// the project rule makes, whose manifest the walk has not met yet, is
// yielded after the others, once the whole range has been read.
//
// Memory holds blob ids and the findings of the few blobs that have any,
// never blob contents, so it stays bounded on long histories.
func History(ctx context.Context, dir string, opts HistoryOptions, yield func(result.Result) error) (Summary, error) {
	var sum Summary
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	revs, note, shallow, err := historyRevs(ctx, dir, opts)
	if err == nil && revs == nil && len(opts.Tips) == 0 && len(opts.Tags) > 0 {
		return sum, pushedTags(ctx, dir, opts.Tags, yield) // tags of trees or blobs: no commit to walk
	}
	if err != nil || revs == nil {
		if note != "" {
			sum.Notes = append(sum.Notes, note)
		}
		return sum, err
	}
	if shallow {
		sum.Notes = append(sum.Notes, "shallow clone: history stops at the shallow boundary, and credentials older than it are reported in the oldest commit present")
	}

	w, err := startWalk(ctx, dir, revs)
	if err != nil {
		return sum, err
	}
	defer w.stop()
	cf, err := startCatFile(ctx, dir)
	if err != nil {
		return sum, err
	}
	defer cf.stop()

	// The producer reads the walk and asks cat-file for each blob not seen
	// before; this goroutine reads the answers in the same order. A commit
	// is handed over before its blobs are asked for, so a commit with more
	// blobs than the pipes hold cannot stall both sides.
	items := make(chan *histCommit, 64)
	prodErr := make(chan error, 1)
	watch := &policyWatch{files: opts.PolicyFiles}
	go func() {
		defer close(items)
		prodErr <- produce(ctx, w.out, cf, items, watch)
	}()

	findings := map[oidKey][]scanner.Finding{}
	manifests := map[oidKey]string{}      // manifest blob → the Pinata package it declares, "" for none
	pinata := uses{}                      // directories with a Pinata manifest in the range
	waiting := map[string]result.Result{} // by id: findings of the project rule whose manifest was not met yet
	var waitOrder []string
	reported := map[string]struct{}{}
	gitlinks := map[string]struct{}{}
	missing := 0
	walked := map[string]struct{}{} // commit ids, to pick the tags of the range
	for item := range items {
		sum.Commits++
		if !opts.All {
			walked[item.commit.Hash] = struct{}{}
		}
		if err := commitMessage(cf, item.commit, yield); err == errMissing {
			sum.Problems = append(sum.Problems, fmt.Sprintf("commit %s: its message cannot be read", item.commit.Hash))
		} else if err != nil {
			return sum, err
		}
		for _, e := range item.entries {
			if e.gitlink {
				if _, ok := gitlinks[e.path]; !ok {
					gitlinks[e.path] = struct{}{}
					sum.Stats.Skipped++
					sum.Notes = append(sum.Notes, fmt.Sprintf("%s: submodule skipped (scan its own history separately)", quote.Safe(e.path)))
				}
				continue
			}
			if e.fresh {
				size, err := cf.next(e.oid)
				if err == errMissing {
					if missing++; missing <= maxProblems {
						sum.Problems = append(sum.Problems, fmt.Sprintf("%s in commit %s: blob %s %s", quote.Safe(e.path), item.commit.Hash, e.oid, whyUnreadable(ctx, dir, e.oid)))
					}
					continue
				}
				if err != nil {
					return sum, err
				}
				var content bytes.Buffer
				var capture io.Writer // a manifest's content, to read its dependencies
				if e.manifest && size <= project.MaxSize {
					capture = &content
				}
				found, _, err := cf.scanBlob(size, &sum.Stats, scanner.ProjectPending, nil, capture)
				if err != nil {
					return sum, err
				}
				if len(found) > 0 {
					findings[e.key] = found
				}
				if capture != nil {
					manifests[e.key] = project.PinataPackage(path.Base(e.path), content.Bytes())
				}
			}
			if pkg := manifests[e.key]; e.manifest && pkg != "" {
				if d := path.Dir(e.path); pinata[d] == "" {
					pinata[d] = project.Use(e.path, pkg)
				}
			}
			for _, f := range findings[e.key] {
				id := e.path + "\x00" + f.Fingerprint()
				if _, done := reported[id]; done {
					continue
				}
				r := result.Result{Finding: f, Path: e.path, Commit: item.commit}
				if f.ProjectPending() {
					if w, ok := waiting[id]; ok {
						r = w // an earlier commit added it
					}
					use := pinata.of(e.path)
					if use == "" {
						if _, ok := waiting[id]; !ok {
							waiting[id] = r
							waitOrder = append(waitOrder, id)
						}
						continue
					}
					r.ResolveProject(use)
				}
				reported[id] = struct{}{}
				if err := yield(r); err != nil {
					return sum, err
				}
			}
		}
	}
	// The project rule's findings whose manifest came later in the range.
	for _, id := range waitOrder {
		r := waiting[id]
		use := pinata.of(r.Path)
		if _, done := reported[id]; done || use == "" {
			continue
		}
		reported[id] = struct{}{}
		r.ResolveProject(use)
		if err := yield(r); err != nil {
			return sum, err
		}
	}
	if err := <-prodErr; err != nil {
		return sum, err
	}
	if err := w.wait(); err != nil {
		return sum, err
	}
	sum.PolicyChanged = watch.changed
	if err := tagMessages(ctx, dir, cf, opts.All, walked, opts.Tags, yield); err != nil {
		return sum, err
	}
	if sum.Commits == 0 {
		// An empty range is worth saying: a CI step scanning a wrongly
		// computed range must not look like a clean history.
		if len(opts.Tips) > 0 {
			sum.Notes = append(sum.Notes, "no new commits to scan: every commit is already known")
		} else {
			sum.Notes = append(sum.Notes, "no commits to scan in "+quote.Safe(describeRevs(opts)))
		}
	}
	if missing > maxProblems {
		sum.Problems = append(sum.Problems, fmt.Sprintf("%d more blobs cannot be read", missing-maxProblems))
	}
	if err := cf.close(); err != nil {
		return sum, err
	}
	return sum, nil
}

// commitMessage scans the message of commit c, whose object is the next
// answer from cf, and yields its findings with the commit as location.
func commitMessage(cf *catFile, c *result.Commit, yield func(result.Result) error) error {
	size, err := cf.nextOf(c.Hash, "commit")
	if err != nil {
		return err
	}
	msg := &result.Message{ID: c.Hash}
	return cf.scanMessage(size, func(f scanner.Finding) error {
		return yield(result.Result{Finding: f, Commit: c, Message: msg})
	})
}

// tagMessages scans the messages of annotated tags: every tag with all,
// else the tags of commits the walk met (walked); and the pushed tags.
func tagMessages(ctx context.Context, dir string, cf *catFile, all bool, walked map[string]struct{}, pushed []Tag, yield func(result.Result) error) error {
	out, err := output(ctx, dir, "for-each-ref", "--format=%(objectname)%00%(objecttype)%00%(*objectname)%00%(refname)%00", "refs/tags")
	if err != nil {
		return err
	}
	var tags []Tag
	seen := map[string]bool{}
	for _, rec := range strings.Split(string(out), "\x00\n") {
		f := strings.Split(rec, "\x00")
		if len(f) != 4 || f[1] != "tag" {
			continue // a lightweight tag names a commit, scanned as such
		}
		if _, ok := walked[f[2]]; !all && !ok {
			continue
		}
		tags = append(tags, Tag{f[0], strings.TrimPrefix(f[3], "refs/tags/")})
		seen[f[0]] = true
	}
	for _, t := range pushed {
		if !seen[t.ID] {
			tags = append(tags, t)
			seen[t.ID] = true
		}
	}
	for _, t := range tags {
		if err := cf.request(t.ID); err != nil {
			return err
		}
		if err := cf.flush(); err != nil {
			return err
		}
		size, err := cf.nextOf(t.ID, "tag")
		if err != nil {
			return err
		}
		msg := &result.Message{Tag: t.Name, ID: t.ID}
		if err := cf.scanMessage(size, func(f scanner.Finding) error {
			return yield(result.Result{Finding: f, Message: msg})
		}); err != nil {
			return err
		}
	}
	return nil
}

// pushedTags scans the messages of tags when there is no commit to walk.
func pushedTags(ctx context.Context, dir string, tags []Tag, yield func(result.Result) error) error {
	cf, err := startCatFile(ctx, dir)
	if err != nil {
		return err
	}
	defer cf.stop()
	if err := tagMessages(ctx, dir, cf, false, nil, tags, yield); err != nil {
		return err
	}
	return cf.close()
}

func describeRevs(opts HistoryOptions) string {
	switch {
	case opts.Range != "" && opts.All:
		return "--all " + opts.Range
	case opts.Range != "":
		return opts.Range
	case opts.All:
		return "--all"
	}
	return "HEAD"
}

// historyRevs returns the rev-list arguments for opts, or nil revs and a
// note when there is nothing to walk (a branch with no commit yet), and
// whether the repository is a shallow clone.
func historyRevs(ctx context.Context, dir string, opts HistoryOptions) (revs []string, note string, shallow bool, err error) {
	if len(opts.Tips) > 0 {
		if len(opts.Exclude) > 0 {
			revs = append(append(append(revs, "--not"), opts.Exclude...), "--not")
		}
		revs = append(append(revs, "--end-of-options"), opts.Tips...)
	} else {
		if opts.All {
			revs = append(revs, "--all")
		}
		if opts.Range != "" {
			if strings.TrimSpace(opts.Range) == "" {
				return nil, "", false, errors.New("empty revision range")
			}
			// --end-of-options: a range that starts with "-" is a revision, never a flag.
			revs = append(revs, "--end-of-options", opts.Range)
		}
	}
	if r := opts.Repo; r != nil {
		switch {
		case revs != nil:
			return revs, "", r.Shallow, nil
		case r.Empty:
			return nil, noCommits, false, nil
		}
		return []string{"HEAD"}, "", r.Shallow, nil
	}
	if revs != nil {
		shallow, err = isShallow(ctx, dir)
		return revs, "", shallow, err
	}
	// HEAD: asked together with --is-shallow-repository, one git fewer.
	answers, head, err := revParseHead(ctx, dir, "--is-shallow-repository")
	if err != nil {
		return nil, "", false, err
	}
	if !head {
		return nil, noCommits, false, nil
	}
	return []string{"HEAD"}, "", answers[0] == "true", nil
}

// noCommits is the note for a branch with no commit yet.
const noCommits = "no commits yet: no history to scan"

// isShallow reports whether dir is a shallow clone.
func isShallow(ctx context.Context, dir string) (bool, error) {
	out, err := output(ctx, dir, "rev-parse", "--is-shallow-repository")
	return strings.TrimSpace(string(out)) == "true", err
}

// walk is `git rev-list | git diff-tree --stdin`: every commit, oldest
// first, with the blobs it adds or changes. Plumbing, so no user config
// (renames, colors, signatures, relative paths) changes what is listed.
type walk struct {
	revList, diffTree *cmdState
	out               *bufio.Reader
}

type cmdState struct {
	args   []string
	cmd    interface{ Wait() error }
	kill   func()
	stderr *tailBuffer
	done   bool
}

func startWalk(ctx context.Context, dir string, revs []string) (*walk, error) {
	rlArgs := append([]string{"rev-list", "--reverse", "--topo-order"}, revs...)
	dtArgs := []string{"diff-tree", "--stdin", "-r", "-c", "--root", "--raw", "-z", "--no-abbrev",
		"--no-renames", "--always", "--no-ext-diff", "--no-textconv", "--ignore-submodules=none",
		"--format=commit %H%x00%an%x00%aI"}
	rl, rlStderr := command(ctx, dir, rlArgs...)
	dt, dtStderr := command(ctx, dir, dtArgs...)
	pr, pw, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	rl.Stdout = pw
	dt.Stdin = pr
	stdout, err := dt.StdoutPipe()
	if err != nil {
		pr.Close()
		pw.Close()
		return nil, err
	}
	if err := rl.Start(); err != nil {
		pr.Close()
		pw.Close()
		return nil, gitError(ctx, rlArgs, err, rlStderr)
	}
	pw.Close()
	if err := dt.Start(); err != nil {
		pr.Close()
		rl.Process.Kill()
		rl.Wait()
		return nil, gitError(ctx, dtArgs, err, dtStderr)
	}
	pr.Close()
	return &walk{
		revList:  &cmdState{args: rlArgs, cmd: rl, kill: func() { rl.Process.Kill() }, stderr: rlStderr},
		diffTree: &cmdState{args: dtArgs, cmd: dt, kill: func() { dt.Process.Kill() }, stderr: dtStderr},
		out:      bufio.NewReaderSize(stdout, 64<<10),
	}, nil
}

// wait waits for both and reports a failure, preferring one git explained:
// when diff-tree dies, rev-list only sees a broken pipe.
func (w *walk) wait() error {
	var first error
	for _, c := range []*cmdState{w.revList, w.diffTree} {
		if c.done {
			continue
		}
		c.done = true
		if err := c.cmd.Wait(); err != nil {
			err = gitError(context.Background(), c.args, err, c.stderr)
			if c.stderr.String() != "" {
				return err
			}
			if first == nil {
				first = err
			}
		}
	}
	return first
}

func (w *walk) stop() {
	for _, c := range []*cmdState{w.revList, w.diffTree} {
		if !c.done {
			c.done = true
			c.kill()
			c.cmd.Wait()
		}
	}
}

// histCommit is one commit of the walk with the blobs its tree gained.
type histCommit struct {
	commit  *result.Commit
	entries []histEntry
}

type histEntry struct {
	path     string
	oid      string
	key      oidKey
	fresh    bool // first sight of this blob: its answer is next from cat-file
	gitlink  bool
	manifest bool // a package manifest (project.IsManifest)
}

// oidKey is a blob id in binary, for compact maps (SHA-1 or SHA-256).
type oidKey [32]byte

func keyOf(oid string) (oidKey, error) {
	var k oidKey
	b, err := hex.DecodeString(oid)
	if err != nil || len(b) > len(k) || len(b) == 0 {
		return k, fmt.Errorf("git diff-tree: bad object id %q", oid)
	}
	copy(k[:], b)
	return k, nil
}

// produce parses diff-tree's NUL-separated stream: "commit H", author name
// and date for each commit, then its raw records, ":modes oids status" (one
// colon per parent) and a path.
func produce(ctx context.Context, r *bufio.Reader, cf *catFile, items chan<- *histCommit, watch *policyWatch) error {
	seen := map[oidKey]struct{}{}
	var cur *histCommit
	send := func() error {
		if cur == nil {
			return nil
		}
		c := cur
		cur = nil
		// A commit's manifests first: they tell the project of its other
		// files. Its blobs are asked for, and read, in this order.
		slices.SortStableFunc(c.entries, func(a, b histEntry) int {
			switch {
			case a.manifest == b.manifest:
				return 0
			case a.manifest:
				return -1
			}
			return 1
		})
		select {
		case items <- c:
		case <-ctx.Done():
			return ctx.Err()
		}
		// The commit object first, for its message; then its new blobs.
		if err := cf.request(c.commit.Hash); err != nil {
			return err
		}
		for _, e := range c.entries {
			if e.fresh {
				if err := cf.request(e.oid); err != nil {
					return err
				}
			}
		}
		return cf.flush()
	}
	for {
		tok, err := readToken(r)
		if err == io.EOF {
			return send()
		}
		if err != nil {
			return err
		}
		tok = strings.TrimLeft(tok, "\n")
		switch {
		case tok == "":
		case strings.HasPrefix(tok, "commit "):
			if err := send(); err != nil {
				return err
			}
			name, err1 := readToken(r)
			date, err2 := readToken(r)
			if err := errors.Join(err1, err2); err != nil {
				return fmt.Errorf("git diff-tree: truncated commit header: %w", err)
			}
			when, _ := time.Parse(time.RFC3339, date)
			cur = &histCommit{commit: &result.Commit{Hash: strings.TrimPrefix(tok, "commit "), Author: name, Date: when}}
		case strings.HasPrefix(tok, ":"):
			path, err := readToken(r)
			if err != nil {
				return fmt.Errorf("git diff-tree: truncated raw record: %w", err)
			}
			if cur == nil {
				return errors.New("git diff-tree: raw record before any commit")
			}
			parents := len(tok) - len(strings.TrimLeft(tok, ":"))
			f := strings.Fields(strings.TrimLeft(tok, ":"))
			// parents+1 modes, parents+1 ids, one status letter per parent.
			if len(f) != 2*(parents+1)+1 {
				return fmt.Errorf("git diff-tree: unexpected raw record %q", tok)
			}
			mode, oid := f[parents], f[2*parents+1]
			watch.saw(path)
			if isZeroOID(oid) { // deleted
				continue
			}
			e := histEntry{path: path, oid: oid, gitlink: mode == gitlinkMode, manifest: project.IsManifest(filepath.Base(path))}
			if !e.gitlink {
				if e.key, err = keyOf(oid); err != nil {
					return err
				}
				if _, ok := seen[e.key]; !ok {
					seen[e.key] = struct{}{}
					e.fresh = true
				}
			}
			cur.entries = append(cur.entries, e)
		default:
			return fmt.Errorf("git diff-tree: unexpected output %.60q", tok)
		}
	}
}

func readToken(r *bufio.Reader) (string, error) {
	s, err := r.ReadString(0)
	if err == io.EOF && s != "" {
		return s, nil // the last token has no terminator
	}
	if err != nil {
		return "", err
	}
	return s[:len(s)-1], nil
}
