// Package walk turns command-line paths into files and scans them in
// parallel: regular files, directories (recursively) and "-" for standard
// input.
//
// The rules, which the README repeats:
//   - A directory named .git is not entered (nor a .git file, a worktree's
//     pointer to its repository).
//   - Symbolic links met inside a directory are not followed (so a link loop
//     or a link out of the tree cannot hang or widen the walk); a link named
//     on the command line is followed.
//   - FIFOs, sockets and devices met inside a directory are skipped. A named
//     pipe given on the command line is read, like standard input, so
//     `pinatascan scan <(git show HEAD:.env)` works; devices and sockets are
//     skipped wherever they appear.
//   - A file whose first 8000 bytes hold a NUL byte is binary and skipped
//     (scanner.LooksBinary, git's rule; UTF-16 text with a byte-order mark
//     is the exception and is scanned).
//   - What cannot be read (permission denied, vanished, not found) becomes a
//     problem; the rest of the walk goes on.
//   - Each file is scanned with its project (scanner.Project): the nearest
//     directory, its own or one above it up to the repository root, whose
//     manifest depends on a Pinata SDK (internal/project); not past a
//     nested repository's root or a directory of installed dependencies
//     (node_modules). A directory's manifests are read when it is listed,
//     before its files reach the workers, so the walk stays one pass.
package walk

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/pinatascan/pinatascan/internal/project"
	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/report"
	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// ScanFunc scans one file's contents in order, knowing its project, and
// calls yield for each finding. scanner.ScanProject is the default; tests
// pass fakes.
type ScanFunc func(r io.Reader, p scanner.Project, yield func(scanner.Finding) error) error

// Options tune a walk. The zero value scans with scanner.Scan on
// GOMAXPROCS workers and refuses "-".
type Options struct {
	// Stdin is read for the path "-". Nil makes "-" a problem.
	Stdin io.Reader

	// Workers is how many files are scanned at once; 0 means GOMAXPROCS.
	Workers int

	// Scan scans one file; nil means scanner.ScanProject.
	Scan ScanFunc

	// Exclude, when set, is asked about every path met below a command-line
	// directory, in the form it would be reported, before it is opened or
	// entered. True leaves it out, uncounted. Configured excludes plug in here.
	Exclude func(path string, dir bool) bool

	// Yield receives the results in report order; nil gathers them in
	// the report. An error from it stops the walk, and Walk returns it.
	Yield func(result.Result) error

	// MaxFileSize, when positive, skips (and counts as skipped) files met
	// below a command-line directory that are larger, in bytes. It is
	// checked on the open file, in the workers: a file that fits in the
	// first read needs no stat at all.
	MaxFileSize int64
}

// stopGrace is how long a cancelled walk waits for workers to stop.
const stopGrace = 250 * time.Millisecond

// binaryProbe is how much of a file LooksBinary sees: git's 8000 bytes.
const binaryProbe = 8000

// headSize is the buffer each worker reads a file's head into: big enough
// that most source files are read in one system call.
const headSize = 32 << 10

// Walk scans paths and hands each result to opts.Yield in report order: by
// path, then line and column. Files are scanned in parallel, but a result
// goes out only when every file before its own is done; a file that is
// not yet its turn keeps at most a bounded number of results waiting (its
// worker pauses beyond that), so memory does not grow with the number of
// findings. The report holds the counts of files, bytes and skipped files,
// and whatever could not be read, as Problems; the rest is still scanned.
//
// With a nil Yield the results are gathered in the report's Results.
//
// The error is non-nil when ctx ends the walk early (the report then
// holds what was found until then and is marked Partial) or when Yield
// fails (the walk stops and returns its error).
func Walk(ctx context.Context, paths []string, opts Options) (*result.Report, error) {
	if opts.Scan == nil {
		opts.Scan = scanner.ScanProject
	}
	n := opts.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	rep := &result.Report{}
	yield := opts.Yield
	if yield == nil {
		yield = func(r result.Result) error {
			rep.Results = append(rep.Results, r)
			return nil
		}
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	t := &tally{}
	out := newOrderer(ctx, yield, cancel)
	jobs := make(chan []job, 4*n)
	lister := &lister{ctx: ctx, jobs: jobs, exclude: opts.Exclude, stdin: opts.Stdin != nil, tally: t, out: out}
	go func() {
		defer close(jobs)
		for _, r := range sortRoots(paths, t) {
			// Each command-line path starts a batch of its own, so a pipe
			// that never ends (standard input) holds up no other file.
			if !lister.root(r) || !lister.flush() {
				break
			}
		}
		lister.flush() // once ctx is done, this lets go of what is queued
	}()

	var wg sync.WaitGroup
	for range n {
		w := &worker{ctx: ctx, scan: opts.Scan, stdin: opts.Stdin, maxSize: opts.MaxFileSize, buf: make([]byte, headSize), tally: t, out: out}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for batch := range jobs {
				for _, j := range batch {
					if ctx.Err() != nil {
						j.drop()
						continue // drain so the lister can finish
					}
					w.file(j)
				}
			}
		}()
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-ctx.Done():
		// Workers stop at their next read. One stuck in a read that cannot
		// be interrupted (a terminal, a pipe, a hung network file system)
		// is left behind after a grace period, so Ctrl-C is always prompt.
		select {
		case <-done:
		case <-time.After(stopGrace):
		}
	}
	// What is still waiting (files cut short by ctx) goes out in order.
	yerr := out.close()

	t.mu.Lock()
	rep.Stats = t.stats
	probs := t.problems
	t.problems = nil // a straggler must not touch what we return
	t.mu.Unlock()
	slices.SortStableFunc(probs, func(a, b problem) int { return cmp.Compare(a.path, b.path) })
	for _, p := range probs {
		rep.Problems = append(rep.Problems, p.String())
	}
	if yerr != nil {
		return rep, yerr
	}
	if err := ctx.Err(); err != nil {
		rep.Partial = true
		return rep, err
	}
	return rep, nil
}

// job is one file to scan: path is what is reported, turn its place in
// the report's order. A file met in a directory is opened as name relative
// to its open directory dir (which the job holds a reference to); one
// named on the command line is opened by path. project is the file's
// Pinata manifest (project.Use), or "".
type job struct {
	path    string
	dir     *dir
	name    string
	stdin   bool
	turn    int
	project string
}

// drop lets go of the job's directory without opening the file.
func (j job) drop() {
	if j.dir != nil {
		j.dir.release()
	}
}

// dir is an open directory shared by the work below it: the walk's frame
// for it and each pending file hold a reference, and the last one closes
// it. Opening entries relative to it (openat) means the length of a path
// never matters, so a tree deeper than PATH_MAX is still walked, and a
// directory swapped for a symbolic link mid-walk cannot lead out of the tree.
type dir struct {
	sys  sysDir
	refs atomic.Int32
}

func (d *dir) hold() { d.refs.Add(1) }

func (d *dir) release() {
	if d.refs.Add(-1) == 0 {
		d.sys.close()
	}
}

// entry is a name in a directory listing and what the listing says it is.
type entry struct {
	name string
	kind entryKind
}

type entryKind uint8

const (
	kindOther entryKind = iota // symbolic link, FIFO, socket, device
	kindDir
	kindFile
)

// sortKey orders entries so that a depth-first walk meets paths in byte
// order: a directory sorts as its name followed by the separator, which is
// how every path below it begins ("a.txt" comes before "a/b").
func (e entry) sortKey() string {
	if e.kind == kindDir {
		return e.name + string(filepath.Separator)
	}
	return e.name
}

// problem is something that could not be read.
type problem struct {
	path string
	err  error
}

// String gives "path: reason", without repeating the path or the system call
// that a *fs.PathError carries. The path is quoted when it could forge
// output (a newline or a terminal escape in a file name).
func (p problem) String() string {
	err := p.err
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Sprintf("%s: %v", quote.Safe(p.path), err)
}

// tally counts what a walk has done. The lister and the workers add to it
// under its lock, so a cancelled walk can report it while a worker is
// still stuck in a read.
type tally struct {
	mu       sync.Mutex
	problems []problem
	stats    result.Stats
}

func (t *tally) problem(path string, err error) {
	t.mu.Lock()
	t.problems = append(t.problems, problem{path, err})
	t.mu.Unlock()
}

func (t *tally) skip() {
	t.mu.Lock()
	t.stats.Skipped++
	t.mu.Unlock()
}

// file counts one file scanned.
func (t *tally) file(path string, bytes int64, err error) {
	t.mu.Lock()
	t.stats.Files++
	t.stats.Bytes += bytes
	if err != nil {
		t.problems = append(t.problems, problem{path, err})
	}
	t.mu.Unlock()
}

// root is a command-line path, looked at before the walk starts so the
// roots can be walked in path order too.
type root struct {
	path string
	fi   fs.FileInfo
	key  string
}

// sortRoots stats the command-line paths and sorts them as the walk will
// report them; a path that cannot be stat'ed is a problem. Standard input
// ("-") is kept once.
func sortRoots(paths []string, t *tally) []root {
	var roots []root
	seen := map[string]bool{}
	for _, p := range paths {
		if p != "-" {
			p = filepath.Clean(p)
		}
		if seen[p] {
			continue // the same path twice is scanned once
		}
		seen[p] = true
		r := root{path: p, key: p}
		if p != "-" {
			fi, err := os.Stat(p) // follows a link named on the command line
			if err != nil {
				t.problem(p, err)
				continue
			}
			r.fi = fi
			if fi.IsDir() {
				r.key = strings.TrimSuffix(p, string(filepath.Separator)) + string(filepath.Separator)
			}
		}
		roots = append(roots, r)
	}
	slices.SortStableFunc(roots, func(a, b root) int { return cmp.Compare(a.key, b.key) })
	return roots
}

// lister finds the files to scan, in path order; it runs in one goroutine.
type lister struct {
	ctx       context.Context
	jobs      chan<- []job
	batch     []job // jobs not yet handed to the workers
	exclude   func(string, bool) bool
	stdin     bool // "-" can be read
	tally     *tally
	out       *orderer
	buf       []byte       // the kernel's directory records, reused
	manifests []string     // a listing's manifests, reused
	dirs      project.Dirs // projects of the command-line paths, looked up above them
}

// root handles one command-line path. It returns false when ctx is done.
func (l *lister) root(r root) bool {
	switch {
	case r.path == "-":
		if !l.stdin {
			l.tally.problem(r.path, errors.New("standard input is not available"))
			return true
		}
		return l.send(job{path: "-", stdin: true}) // no project: its origin is unknown
	case r.fi.IsDir():
		return l.dir(r.path, l.dirs.Above(r.path))
	case r.fi.Mode().IsRegular(), r.fi.Mode()&fs.ModeNamedPipe != 0:
		return l.send(job{path: r.path, project: l.dirs.Use(filepath.Dir(r.path))})
	default:
		l.tally.skip() // a device or socket
		return true
	}
}

// maxOpenDirs bounds the directories the lister keeps open while it walks
// below them. Deeper than that, a directory with entries still to walk is
// closed when the walk goes down, and opened again through ".." when it
// comes back (and checked to be the same directory).
const maxOpenDirs = 64

// frame is a directory being walked: its open directory (nil while
// closed to save descriptors), its path, its depth below the root, the
// entries still to walk, in order, and its project.
type frame struct {
	d       *dir
	path    string
	depth   int
	ents    []entry
	id      fileID // of the directory, recorded when it is closed
	project string
}

// dir walks the tree under rootPath depth first, in path order. It lists
// each directory whole, uses the entry types from the listing itself (no
// stat per file), and opens each entry relative to its directory.
// inherited is the project rootPath is in, from above it.
func (l *lister) dir(rootPath, inherited string) bool {
	sd, err := openTopDir(rootPath)
	if err != nil {
		l.tally.problem(rootPath, err)
		return true
	}
	stack := []*frame{l.frame(sd, rootPath, 0, inherited)}
	open := 1
	defer func() {
		for _, f := range stack { // left over when ctx ended the walk
			if f.d != nil {
				f.d.release()
			}
		}
	}()
	for len(stack) > 0 {
		if l.ctx.Err() != nil {
			return false
		}
		top := stack[len(stack)-1]
		if len(top.ents) == 0 {
			stack = stack[:len(stack)-1]
			if len(stack) > 0 && stack[len(stack)-1].d == nil {
				if l.reopen(stack[len(stack)-1], top) {
					open++
				}
			}
			if top.d != nil {
				top.d.release()
				open--
			}
			continue
		}
		e := top.ents[0]
		top.ents = top.ents[1:]
		p := join(top.path, e.name)
		switch e.kind {
		case kindDir:
			if e.name == ".git" || l.exclude != nil && l.exclude(p, true) {
				continue
			}
			sd, err := top.d.sys.openDir(e.name)
			if err != nil {
				l.tally.problem(p, err)
				continue
			}
			inherit := top.project
			if project.IsDependencyDir(e.name) {
				inherit = "" // someone else's code, installed here
			}
			child := l.frame(sd, p, top.depth+1, inherit)
			if len(top.ents) == 0 {
				// Nothing left here: let it go before going down, so a
				// deep chain holds one directory open.
				stack = stack[:len(stack)-1]
				top.d.release()
				open--
			} else if open >= maxOpenDirs && canReopen {
				l.detach(top)
				open--
			}
			stack = append(stack, child)
			open++
		case kindFile:
			// A .git file is a worktree's or submodule's pointer to its
			// repository: git metadata, like a .git directory.
			if e.name == ".git" || l.exclude != nil && l.exclude(p, false) {
				continue
			}
			top.d.hold()
			if !l.send(job{path: p, dir: top.d, name: e.name, project: top.project}) {
				return false
			}
		default:
			// symlinks (not followed), FIFOs, sockets, devices
			if l.exclude == nil || !l.exclude(p, false) {
				l.tally.skip()
			}
		}
	}
	return true
}

// frame lists the open directory sd and returns its frame, entries sorted;
// inherited is the project of the directory above.
func (l *lister) frame(sd sysDir, path string, depth int, inherited string) *frame {
	d := &dir{sys: sd}
	d.refs.Store(1) // the frame's own reference
	if l.buf == nil {
		l.buf = make([]byte, 32<<10)
	}
	ents, err := sd.list(nil, l.buf)
	if err != nil {
		l.tally.problem(path, err) // entries read before the error are still walked
	}
	slices.SortFunc(ents, func(a, b entry) int { return cmp.Compare(a.sortKey(), b.sortKey()) })
	return &frame{d: d, path: path, depth: depth, ents: ents, project: l.project(sd, path, ents, inherited)}
}

// project returns the project of the directory at path, just listed into
// ents: its own manifest that depends on Pinata, else what it inherits.
// A nested repository (a directory holding .git) inherits nothing.
func (l *lister) project(sd sysDir, path string, ents []entry, inherited string) string {
	proj := inherited
	l.manifests = l.manifests[:0]
	for _, e := range ents {
		switch {
		case e.name == ".git":
			proj = ""
		case e.kind == kindFile && project.IsManifest(e.name):
			l.manifests = append(l.manifests, e.name)
		}
	}
	if len(l.manifests) == 0 {
		return proj
	}
	name, pkg := project.First(l.manifests, func(name string) ([]byte, bool) {
		var f sysFile
		if sd.openFile(name, &f) != nil {
			return nil, false
		}
		defer f.Close()
		return project.ReadLimited(&f)
	})
	if pkg == "" {
		return proj
	}
	return project.Use(join(path, name), pkg)
}

// detach closes f's directory (files queued in it keep it open until they
// are read) and records which directory it was.
func (l *lister) detach(f *frame) {
	id, err := f.d.sys.id()
	if err != nil {
		return // keep it open: it cannot be checked when opened again
	}
	f.id = id
	f.d.release()
	f.d = nil
}

// reopen opens f's directory again from below, through "..", starting at
// from, a directory deeper in the same branch that is still open. It must
// be the directory f was: one moved or swapped meanwhile is a problem, and
// the rest of its entries are not walked. It reports whether f is open.
func (l *lister) reopen(f, from *frame) bool {
	if from.d == nil {
		l.tally.problem(f.path, errors.New("cannot open the directory again to finish walking it"))
		f.ents = nil
		return false
	}
	cur, owned := from.d.sys, false
	for range from.depth - f.depth {
		up, err := cur.openDir("..")
		if owned {
			cur.close()
		}
		if err != nil {
			l.tally.problem(f.path, err)
			f.ents = nil
			return false
		}
		cur, owned = up, true
	}
	if id, err := cur.id(); err != nil || id != f.id {
		cur.close()
		l.tally.problem(f.path, errors.New("directory moved during the scan; the rest of it was not walked"))
		f.ents = nil
		return false
	}
	f.d = &dir{sys: cur}
	f.d.refs.Store(1)
	return true
}

// batchSize is how many files the lister hands over at once: one channel
// operation (and at most one worker wake-up) per batch rather than per file,
// which the profile showed as futex and nanosleep calls by the thousand.
const batchSize = 16

// send queues j for the workers, with its turn in the report's order.
// When ctx is done it lets go of every queued job, j included, and
// returns false.
func (l *lister) send(j job) bool {
	j.turn = l.out.reserve()
	l.batch = append(l.batch, j)
	if len(l.batch) < batchSize {
		return true
	}
	return l.flush()
}

// flush hands the queued jobs to the workers.
func (l *lister) flush() bool {
	if len(l.batch) == 0 {
		return true
	}
	select {
	case l.jobs <- l.batch:
		l.batch = make([]job, 0, batchSize)
		return true
	case <-l.ctx.Done():
		for _, j := range l.batch {
			j.drop()
		}
		l.batch = nil
		return false
	}
}

// join appends a directory entry's name to its already clean directory;
// plain concatenation keeps it clean and is cheaper than filepath.Join.
func join(dir, name string) string {
	switch dir {
	case ".":
		return name
	case string(filepath.Separator):
		return dir + name
	}
	return dir + string(filepath.Separator) + name
}

// worker scans files one at a time with its own buffers, and hands each
// finding to the orderer as it is found.
type worker struct {
	ctx     context.Context
	scan    ScanFunc
	stdin   io.Reader
	maxSize int64
	tally   *tally
	out     *orderer
	buf     []byte
	f       sysFile // the file met in a directory being read
	head    headReader
}

func (w *worker) file(j job) {
	defer w.out.done(j.turn)
	var r io.Reader = w.stdin
	inDir := j.dir != nil
	switch {
	case inDir:
		err := j.dir.sys.openFile(j.name, &w.f)
		j.dir.release()
		if err != nil {
			w.tally.problem(j.path, err)
			return
		}
		defer w.f.Close()
		r = &w.f
	case !j.stdin:
		f, err := os.Open(j.path)
		if err != nil {
			w.tally.problem(j.path, err)
			return
		}
		defer f.Close()
		r = f
	}

	n, eof, err := readHead(r, w.buf)
	if err != nil {
		if w.ctx.Err() == nil {
			w.tally.problem(j.path, err)
		}
		return
	}
	if inDir && w.maxSize > 0 && (!eof || int64(n) > w.maxSize) {
		size := int64(n) // the whole file when the head reached EOF
		if !eof {
			if size, err = w.f.size(); err != nil {
				w.tally.problem(j.path, err)
				return
			}
		}
		if size > w.maxSize {
			w.tally.skip()
			return
		}
	}
	if scanner.LooksBinary(w.buf[:min(n, binaryProbe)]) {
		w.tally.skip()
		return
	}

	yield := report.OwnReport(w.buf[:n], func(f scanner.Finding) error {
		return w.out.add(j.turn, result.Result{Finding: f, Path: j.path})
	})
	w.head = headReader{ctx: w.ctx, head: w.buf[:n], r: r, eof: eof}
	err = w.scan(&w.head, scanner.Project{UsesPinata: j.project}, yield)
	if w.ctx.Err() != nil {
		err = nil // cut short on purpose (or the report failed), not a failure to read
	}
	w.tally.file(j.path, w.head.n, err)
}

// readHead fills buf until it holds at least binaryProbe bytes or r ends.
func readHead(r io.Reader, buf []byte) (n int, eof bool, err error) {
	for n < binaryProbe {
		m, err := r.Read(buf[n:])
		n += m
		if err == io.EOF {
			return n, true, nil
		}
		if err != nil {
			return n, false, err
		}
	}
	return n, false, nil
}

// headReader gives back the head already read, then the rest of the file.
// It counts bytes, and stops at the next read once ctx is done, so a
// cancelled scan ends within one chunk even on a huge file.
type headReader struct {
	ctx  context.Context
	head []byte
	r    io.Reader
	eof  bool // r has already said EOF: spare the system call
	n    int64
}

func (h *headReader) Read(p []byte) (int, error) {
	if len(h.head) > 0 {
		m := copy(p, h.head)
		h.head = h.head[m:]
		h.n += int64(m)
		return m, nil
	}
	if h.eof {
		return 0, io.EOF
	}
	select {
	case <-h.ctx.Done():
		return 0, h.ctx.Err()
	default:
	}
	m, err := h.r.Read(p)
	h.n += int64(m)
	return m, err
}
