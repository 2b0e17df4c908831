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
//     manifest depends on a Pinata SDK (internal/project). A directory's
//     manifests are read when it is listed, before its files reach the
//     workers, so the walk stays one streaming pass.
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
	"sync"
	"sync/atomic"
	"time"

	"github.com/pinatascan/pinatascan/internal/project"
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

// Walk scans paths and returns the findings sorted by path, line and column,
// with counts of files, bytes and skipped files. Whatever cannot be read
// becomes one of the report's Problems and the rest is still scanned.
//
// The error is non-nil only when ctx ends the walk early: the report then
// holds what was found until then and is marked Partial.
func Walk(ctx context.Context, paths []string, opts Options) (*result.Report, error) {
	if opts.Scan == nil {
		opts.Scan = scanner.ScanProject
	}
	n := opts.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}

	t := &tally{}
	jobs := make(chan []job, 4*n)
	lister := &lister{ctx: ctx, jobs: jobs, exclude: opts.Exclude, stdin: opts.Stdin != nil, tally: t}
	go func() {
		defer close(jobs)
		for _, p := range paths {
			if !lister.root(p) {
				break
			}
		}
		lister.flush() // once ctx is done, this lets go of what is queued
	}()

	var wg sync.WaitGroup
	for range n {
		w := &worker{ctx: ctx, scan: opts.Scan, stdin: opts.Stdin, maxSize: opts.MaxFileSize, buf: make([]byte, headSize), tally: t}
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

	t.mu.Lock()
	rep := &result.Report{Results: t.results, Stats: t.stats}
	probs := t.problems
	t.results, t.problems = nil, nil // a straggler must not touch what we return
	t.mu.Unlock()
	slices.SortFunc(rep.Results, compareResults)
	slices.SortStableFunc(probs, func(a, b problem) int { return cmp.Compare(a.path, b.path) })
	for _, p := range probs {
		rep.Problems = append(rep.Problems, p.String())
	}
	if err := ctx.Err(); err != nil {
		rep.Partial = true
		return rep, err
	}
	return rep, nil
}

// compareResults orders results by path, line and column; kind and offset
// break ties so the order never depends on scheduling.
func compareResults(a, b result.Result) int {
	return cmp.Or(
		cmp.Compare(a.Path, b.Path),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column),
		cmp.Compare(a.Kind, b.Kind),
		cmp.Compare(a.Offset, b.Offset),
	)
}

// job is one file to scan: path is what is reported. A file met in a
// directory is opened as name relative to its open directory dir (which
// the job holds a reference to); one named on the command line is opened
// by path. project is the file's Pinata manifest (project.Use), or "".
type job struct {
	path    string
	dir     *dir
	name    string
	stdin   bool
	project string
}

// drop lets go of the job's directory without opening the file.
func (j job) drop() {
	if j.dir != nil {
		j.dir.release()
	}
}

// dir is an open directory shared by the work below it: its listing and
// each pending file or subdirectory hold a reference, and the last one
// closes it. Opening entries relative to it (openat) means the length of a
// path never matters, so a tree deeper than PATH_MAX is still walked, and a
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

// pendingDir is a directory still to list: name inside parent, or path
// itself when parent is nil (a command-line directory). project is what it
// inherits from the directories above it.
type pendingDir struct {
	parent  *dir
	name    string
	path    string
	project string
}

// open opens the directory and lets go of its parent.
func (p pendingDir) open() (sysDir, error) {
	if p.parent == nil {
		return openTopDir(p.path)
	}
	defer p.parent.release()
	return p.parent.sys.openDir(p.name)
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

// problem is something that could not be read.
type problem struct {
	path string
	err  error
}

// String gives "path: reason", without repeating the path or the system call
// that a *fs.PathError carries.
func (p problem) String() string {
	err := p.err
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Sprintf("%s: %v", p.path, err)
}

// tally is what a walk has found so far. The lister and the workers add to
// it under its lock, a file at a time, so a cancelled walk can report it
// while a worker is still stuck in a read.
type tally struct {
	mu       sync.Mutex
	results  []result.Result
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

// file adds the outcome of scanning one file.
func (t *tally) file(path string, found []result.Result, bytes int64, err error) {
	t.mu.Lock()
	t.results = append(t.results, found...)
	t.stats.Files++
	t.stats.Bytes += bytes
	if err != nil {
		t.problems = append(t.problems, problem{path, err})
	}
	t.mu.Unlock()
}

// lister finds the files to scan; it runs in one goroutine.
type lister struct {
	ctx       context.Context
	jobs      chan<- []job
	batch     []job // jobs not yet handed to the workers
	exclude   func(string, bool) bool
	stdin     bool // "-" can be read
	stdinSent bool
	tally     *tally
	ents      []entry      // listing scratch space, reused
	buf       []byte       // the kernel's directory records, reused
	manifests []string     // a listing's manifests, reused
	dirs      project.Dirs // projects of the command-line paths, looked up above them
}

// root handles one command-line path. It returns false when ctx is done.
func (l *lister) root(p string) bool {
	if p == "-" {
		switch {
		case !l.stdin:
			l.tally.problem(p, errors.New("standard input is not available"))
			return true
		case l.stdinSent:
			return true // it can be read only once
		}
		l.stdinSent = true
		return l.send(job{path: "-", stdin: true}) // no project: its origin is unknown
	}
	p = filepath.Clean(p)
	fi, err := os.Stat(p) // follows a link named on the command line
	switch {
	case err != nil:
		l.tally.problem(p, err)
		return true
	case fi.IsDir():
		return l.dir(p, l.dirs.Above(p))
	case fi.Mode().IsRegular(), fi.Mode()&fs.ModeNamedPipe != 0:
		return l.send(job{path: p, project: l.dirs.Use(filepath.Dir(p))})
	default:
		l.tally.skip() // a device or socket
		return true
	}
}

// dir walks the tree under root depth first. It lists each directory
// whole, uses the entry types from the listing itself (no stat per file),
// and opens each entry relative to its directory. A directory stays open
// only while work below it is pending, so a deep chain holds few
// descriptors. inherited is the project root is in, from above it.
func (l *lister) dir(root, inherited string) bool {
	stack := []pendingDir{{path: root, project: inherited}}
	defer func() {
		for _, p := range stack { // left over when ctx ended the walk
			if p.parent != nil {
				p.parent.release()
			}
		}
	}()
	for len(stack) > 0 {
		pd := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		sd, err := pd.open()
		if err != nil {
			l.tally.problem(pd.path, err)
			continue
		}
		d := &dir{sys: sd}
		d.refs.Store(1) // the listing's own reference
		if l.buf == nil {
			l.buf = make([]byte, 32<<10)
		}
		l.ents, err = sd.list(l.ents[:0], l.buf)
		if err != nil {
			l.tally.problem(pd.path, err)
			// entries read before the error are still walked
		}
		proj := l.project(sd, pd)
		for _, e := range l.ents {
			name := e.name
			p := join(pd.path, name)
			switch e.kind {
			case kindDir:
				if name == ".git" || l.exclude != nil && l.exclude(p, true) {
					continue
				}
				d.hold()
				stack = append(stack, pendingDir{parent: d, name: name, path: p, project: proj})
			case kindFile:
				// A .git file is a worktree's or submodule's pointer to its
				// repository: git metadata, like a .git directory.
				if name == ".git" || l.exclude != nil && l.exclude(p, false) {
					continue
				}
				d.hold()
				if !l.send(job{path: p, dir: d, name: name, project: proj}) {
					d.release()
					return false
				}
			default:
				// symlinks (not followed), FIFOs, sockets, devices
				if l.exclude == nil || !l.exclude(p, false) {
					l.tally.skip()
				}
			}
		}
		d.release()
		if l.ctx.Err() != nil {
			return false
		}
	}
	return true
}

// project returns the project of the directory pd, just listed into
// l.ents: its own manifest that depends on Pinata, else what it inherits.
// A nested repository (a directory holding .git) inherits nothing.
func (l *lister) project(sd sysDir, pd pendingDir) string {
	proj := pd.project
	l.manifests = l.manifests[:0]
	for _, e := range l.ents {
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
	return project.Use(join(pd.path, name), pkg)
}

// batchSize is how many files the lister hands over at once: one channel
// operation (and at most one worker wake-up) per batch rather than per file,
// which the profile showed as futex and nanosleep calls by the thousand.
const batchSize = 16

// send queues j for the workers. When ctx is done it lets go of every
// queued job, j included, and returns false.
func (l *lister) send(j job) bool {
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

// worker scans files one at a time with its own buffers, and adds each
// file's outcome to the tally.
type worker struct {
	ctx     context.Context
	scan    ScanFunc
	stdin   io.Reader
	maxSize int64
	tally   *tally
	buf     []byte
	f       sysFile // the file met in a directory being read
	head    headReader
	found   []result.Result // this file's findings
}

func (w *worker) file(j job) {
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

	w.head = headReader{ctx: w.ctx, head: w.buf[:n], r: r, eof: eof}
	w.found = w.found[:0]
	err = w.scan(&w.head, scanner.Project{UsesPinata: j.project}, func(f scanner.Finding) error {
		w.found = append(w.found, result.Result{Finding: f, Path: j.path})
		return nil
	})
	if w.ctx.Err() != nil {
		err = nil // cut short on purpose, not a failure to read
	}
	w.tally.file(j.path, w.found, w.head.n, err)
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
