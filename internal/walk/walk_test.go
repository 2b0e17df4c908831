// The walk's rules are about Unix file types (FIFOs, permissions).

//go:build unix

package walk

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// fakeScan stands in for the detector: every "LEAK" on a line is a
// finding. It reads line by line, as a streaming scanner would.
func fakeScan(r io.Reader, _ scanner.Project, yield func(scanner.Finding) error) error {
	br := bufio.NewReader(r)
	var off int64
	for line := 1; ; line++ {
		text, err := br.ReadString('\n')
		for col := 0; ; {
			i := strings.Index(text[col:], "LEAK")
			if i < 0 {
				break
			}
			col += i
			f := scanner.Finding{Kind: scanner.KindAPIKey, Line: line, Column: col + 1, Offset: off + int64(col), Value: "LEAK"}
			if err := yield(f); err != nil {
				return err
			}
			col += 4
		}
		off += int64(len(text))
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// summary is a walk's outcome in comparable form.
type summary struct {
	Findings []string // path:line:col
	Problems []string
	Files    int
	Bytes    int64
	Skipped  int
}

func summarize(rep *result.Report) summary {
	s := summary{Problems: rep.Problems, Files: rep.Stats.Files, Bytes: rep.Stats.Bytes, Skipped: rep.Stats.Skipped}
	for _, r := range rep.Results {
		s.Findings = append(s.Findings, fmt.Sprintf("%s:%d:%d", r.Path, r.Line, r.Column))
	}
	return s
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// fixture builds the tree most tests walk:
//
//	tree/a.txt            LEAK on line 1
//	tree/sub/b.txt        LEAK on line 2, column 3
//	tree/sub/deeper/c.go  no finding
//	tree/.git/config      LEAK, but .git is not entered
//	tree/sub/.git         a worktree's .git file: skipped too
//	tree/bin.dat          LEAK after a NUL: binary, skipped
//	tree/late-nul.txt     LEAK, with a NUL only after byte 8000: text
//	tree/empty.txt        empty
//	tree/link-a           symlink to a.txt: not followed
//	tree/loop             symlink to "." : not followed, cannot hang
//	tree/sub/up           symlink to "..": not followed
//	tree/out              symlink to ../outside: not followed
//	tree/dangling         symlink to nowhere: skipped, not a problem
//	tree/fifo             a FIFO: skipped, not opened (opening would block)
//	outside/o.txt         LEAK, reachable only through tree/out
func fixture(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir) // paths in results are then short and stable
	write(t, "tree/a.txt", "LEAK\n")
	write(t, "tree/sub/b.txt", "nothing\n  LEAK\n")
	write(t, "tree/sub/deeper/c.go", "package c\n")
	write(t, "tree/.git/config", "LEAK\n")
	write(t, "tree/sub/.git", "LEAK gitdir: ../.git/worktrees/sub\n")
	write(t, "tree/bin.dat", "\x00LEAK\n")
	write(t, "tree/late-nul.txt", "LEAK\n"+strings.Repeat("x", 8000)+"\x00")
	write(t, "tree/empty.txt", "")
	write(t, "outside/o.txt", "LEAK\n")
	for link, target := range map[string]string{
		"tree/link-a":   "a.txt",
		"tree/loop":     ".",
		"tree/sub/up":   "..",
		"tree/out":      "../outside",
		"tree/dangling": "nowhere",
	} {
		if err := os.Symlink(target, link); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo("tree/fifo", 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestWalk(t *testing.T) {
	// Sizes of the fixture's scanned files, for the byte counts.
	const treeBytes = 5 + 15 + 10 + 8006
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  summary
	}{
		{
			name: "directory",
			args: []string{"tree"},
			want: summary{
				Findings: []string{"tree/a.txt:1:1", "tree/late-nul.txt:1:1", "tree/sub/b.txt:2:3"},
				Files:    5, Bytes: treeBytes,
				// bin.dat, the six links and the FIFO; .git is not counted.
				Skipped: 1 + 5 + 1,
			},
		},
		{
			name: "directory with trailing slash and ./ is cleaned",
			args: []string{"./tree/"},
			want: summary{
				Findings: []string{"tree/a.txt:1:1", "tree/late-nul.txt:1:1", "tree/sub/b.txt:2:3"},
				Files:    5, Bytes: treeBytes, Skipped: 7,
			},
		},
		{
			name: "current directory gives paths without ./",
			args: []string{"."},
			want: summary{
				Findings: []string{"outside/o.txt:1:1", "tree/a.txt:1:1", "tree/late-nul.txt:1:1", "tree/sub/b.txt:2:3"},
				Files:    6, Bytes: treeBytes + 5, Skipped: 7,
			},
		},
		{
			name: "explicit file",
			args: []string{"tree/sub/b.txt"},
			want: summary{Findings: []string{"tree/sub/b.txt:2:3"}, Files: 1, Bytes: 15},
		},
		{
			name: "explicit .git directory is scanned: the user asked",
			args: []string{"tree/.git"},
			want: summary{Findings: []string{"tree/.git/config:1:1"}, Files: 1, Bytes: 5},
		},
		{
			name: "explicit symlink to a file is followed",
			args: []string{"tree/link-a"},
			want: summary{Findings: []string{"tree/link-a:1:1"}, Files: 1, Bytes: 5},
		},
		{
			name: "explicit symlink to a directory is followed, links below it are not",
			args: []string{"tree/out"},
			want: summary{Findings: []string{"tree/out/o.txt:1:1"}, Files: 1, Bytes: 5},
		},
		{
			name: "explicit binary file is skipped",
			args: []string{"tree/bin.dat"},
			want: summary{Skipped: 1},
		},
		{
			name: "missing path is a problem, the rest is scanned",
			args: []string{"nope.txt", "tree/a.txt"},
			want: summary{
				Findings: []string{"tree/a.txt:1:1"},
				Problems: []string{"nope.txt: no such file or directory"},
				Files:    1, Bytes: 5,
			},
		},
		{
			name: "dangling symlink named explicitly is a problem",
			args: []string{"tree/dangling"},
			want: summary{Problems: []string{"tree/dangling: no such file or directory"}},
		},
		{
			name: "path through a file is a problem",
			args: []string{"tree/a.txt/x"},
			want: summary{Problems: []string{"tree/a.txt/x: not a directory"}},
		},
		{
			name:  "stdin",
			args:  []string{"-"},
			stdin: "a\nb LEAK\n",
			want:  summary{Findings: []string{"-:2:3"}, Files: 1, Bytes: 9},
		},
		{
			name:  "stdin named twice is read once",
			args:  []string{"-", "tree/a.txt", "-"},
			stdin: "LEAK",
			want:  summary{Findings: []string{"-:1:1", "tree/a.txt:1:1"}, Files: 2, Bytes: 9},
		},
		{
			name:  "binary stdin is skipped",
			args:  []string{"-"},
			stdin: "LEAK\x00",
			want:  summary{Skipped: 1},
		},
		{
			name: "empty file",
			args: []string{"tree/empty.txt"},
			want: summary{Files: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fixture(t)
			rep, err := Walk(context.Background(), tt.args, Options{Scan: fakeScan, Stdin: strings.NewReader(tt.stdin)})
			if err != nil {
				t.Fatal(err)
			}
			if got := summarize(rep); !equal(got, tt.want) {
				t.Errorf("Walk(%q)\n got %+v\nwant %+v", tt.args, got, tt.want)
			}
		})
	}
}

func equal(a, b summary) bool {
	return slices.Equal(a.Findings, b.Findings) && slices.Equal(a.Problems, b.Problems) &&
		a.Files == b.Files && a.Bytes == b.Bytes && a.Skipped == b.Skipped
}

func TestWalkNoStdin(t *testing.T) {
	rep, err := Walk(context.Background(), []string{"-"}, Options{Scan: fakeScan})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"-: standard input is not available"}; !slices.Equal(rep.Problems, want) {
		t.Errorf("problems = %q, want %q", rep.Problems, want)
	}
}

// TestWalkNamedPipe: a FIFO named on the command line is read (process
// substitution), while one met in a directory is skipped (TestWalk).
func TestWalkNamedPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		f.WriteString("x LEAK\n")
		f.Close()
	}()
	rep, err := Walk(context.Background(), []string{fifo}, Options{Scan: fakeScan})
	if err != nil {
		t.Fatal(err)
	}
	if got := summarize(rep); len(got.Findings) != 1 || got.Findings[0] != fifo+":1:3" {
		t.Errorf("got %+v", got)
	}
}

// TestWalkBinaryRule pins the boundary of the rule: a NUL within the first
// 8000 bytes makes a file binary, one after it does not.
func TestWalkBinaryRule(t *testing.T) {
	tests := []struct {
		name    string
		content string
		binary  bool
	}{
		{"NUL first", "\x00LEAK", true},
		{"NUL at byte 8000", "LEAK" + strings.Repeat("x", 7995) + "\x00", true},
		{"NUL at byte 8001", "LEAK" + strings.Repeat("x", 7996) + "\x00", false},
		{"no NUL", "LEAK" + strings.Repeat("x", 100000), false},
		{"UTF-8 text", "clé LEAK ü", false},
		{"invalid UTF-8 is text", "\xff\xfe LEAK", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "f")
			write(t, p, tt.content)
			rep, err := Walk(context.Background(), []string{p}, Options{Scan: fakeScan})
			if err != nil {
				t.Fatal(err)
			}
			if got := rep.Stats.Skipped == 1; got != tt.binary {
				t.Errorf("skipped = %v, want %v", got, tt.binary)
			}
			if got := len(rep.Results) == 1; got == tt.binary {
				t.Errorf("found = %v, want %v", got, !tt.binary)
			}
		})
	}
}

// TestWalkPermissionDenied: unreadable files and directories are problems
// and the rest is scanned. Root reads everything, so as root the walk runs
// in a child process with the credentials of nobody.
func TestWalkPermissionDenied(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "tree/ok.txt"), "LEAK\n")
	write(t, filepath.Join(dir, "tree/secret.txt"), "LEAK\n")
	write(t, filepath.Join(dir, "tree/locked/inner.txt"), "LEAK\n")
	for _, p := range []string{"tree/secret.txt", "tree/locked"} {
		if err := os.Chmod(filepath.Join(dir, p), 0); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "tree/locked"), 0o755) })

	var got summary
	if os.Geteuid() != 0 {
		t.Chdir(dir)
		rep, err := Walk(context.Background(), []string{"tree"}, Options{Scan: fakeScan})
		if err != nil {
			t.Fatal(err)
		}
		got = summarize(rep)
	} else {
		got = walkAsNobody(t, dir, "tree")
	}
	want := summary{
		Findings: []string{"tree/ok.txt:1:1"},
		Problems: []string{"tree/locked: permission denied", "tree/secret.txt: permission denied"},
		Files:    1, Bytes: 5,
	}
	if !equal(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

// helperEnv makes the test binary walk its arguments and print the summary
// as JSON, instead of running tests.
const helperEnv = "PINATASCAN_WALK_HELPER"

func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) == "1" {
		rep, err := Walk(context.Background(), os.Args[1:], Options{Scan: fakeScan})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		json.NewEncoder(os.Stdout).Encode(summarize(rep))
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// walkAsNobody runs the walk in a copy of the test binary as user nobody.
func walkAsNobody(t *testing.T, dir string, args ...string) summary {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("dropping root's privileges is done here for Linux only")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "walk-helper")
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	// nobody must be able to reach dir: open up its parents (temp dirs are 0700).
	for d := dir; d != filepath.Dir(d); d = filepath.Dir(d) {
		fi, err := os.Stat(d)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm()&0o005 != 0o005 {
			if err := os.Chmod(d, fi.Mode().Perm()|0o005); err != nil {
				t.Fatal(err)
			}
		}
	}
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), helperEnv+"=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		// The helper did not start: a temp dir mounted noexec, say.
		t.Skipf("cannot run the walk as nobody here: %v", err)
	}
	if err != nil {
		t.Fatalf("helper as nobody: %v\n%s", err, stderr.Bytes())
	}
	var s summary
	if err := json.Unmarshal(out, &s); err != nil {
		t.Fatalf("helper output %q: %v", out, err)
	}
	return s
}

func TestWalkScanErrorIsAProblem(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	write(t, "a.txt", "LEAK\n")
	write(t, "b.txt", "LEAK\n")
	failing := func(r io.Reader, _ scanner.Project, yield func(scanner.Finding) error) error {
		// report one finding, then fail as a vanished file would
		if err := yield(scanner.Finding{Kind: scanner.KindAPIKey, Line: 1, Column: 1, Value: "LEAK"}); err != nil {
			return err
		}
		return errors.New("input/output error")
	}
	rep, err := Walk(context.Background(), []string{"."}, Options{Scan: failing})
	if err != nil {
		t.Fatal(err)
	}
	want := summary{
		Findings: []string{"a.txt:1:1", "b.txt:1:1"}, // kept: found before the failure
		Problems: []string{"a.txt: input/output error", "b.txt: input/output error"},
		Files:    2, Bytes: 0,
	}
	if got := summarize(rep); !equal(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestWalkExclude(t *testing.T) {
	fixture(t)
	var asked []string
	exclude := func(p string, dir bool) bool {
		asked = append(asked, p)
		return p == "tree/sub" || p == "tree/late-nul.txt"
	}
	rep, err := Walk(context.Background(), []string{"tree"}, Options{Scan: fakeScan, Exclude: exclude})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := summarize(rep).Findings, []string{"tree/a.txt:1:1"}; !slices.Equal(got, want) {
		t.Errorf("findings = %q, want %q", got, want)
	}
	if slices.Contains(asked, "tree/sub/b.txt") {
		t.Error("an excluded directory was entered")
	}
}

func TestWalkDeterministicOrder(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	var want []string
	for i := range 300 {
		p := fmt.Sprintf("d%d/f%03d.txt", i%7, i)
		write(t, p, "LEAK LEAK\n\nLEAK\n")
		want = append(want, p+":1:1", p+":1:6", p+":3:1")
	}
	slices.Sort(want)
	for range 3 {
		rep, err := Walk(context.Background(), []string{"."}, Options{Scan: fakeScan, Workers: 8})
		if err != nil {
			t.Fatal(err)
		}
		if got := summarize(rep).Findings; !slices.Equal(got, want) {
			t.Fatalf("order differs: first %q", got[:min(6, len(got))])
		}
	}
}

func TestWalkDeepTree(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	p := "d"
	for range 300 {
		p = filepath.Join(p, "d")
	}
	write(t, filepath.Join(p, "f.txt"), "LEAK")
	rep, err := Walk(context.Background(), []string{"d"}, Options{Scan: fakeScan})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Results) != 1 || len(rep.Problems) != 0 {
		t.Errorf("got %+v", summarize(rep))
	}
}

// TestWalkStreams proves a large file is handed over in pieces, never as
// one read of the whole file.
func TestWalkStreams(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "big.txt")
	const size = 8 << 20
	write(t, p, strings.Repeat("x", size-5)+"LEAK\n")
	var biggest int
	scan := func(r io.Reader, _ scanner.Project, yield func(scanner.Finding) error) error {
		buf := make([]byte, 1<<20)
		for {
			n, err := r.Read(buf)
			biggest = max(biggest, n)
			if err == io.EOF {
				return yield(scanner.Finding{Kind: scanner.KindAPIKey, Line: 1, Column: 1})
			}
			if err != nil {
				return err
			}
		}
	}
	rep, err := Walk(context.Background(), []string{p}, Options{Scan: scan})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Stats.Bytes != size || len(rep.Results) != 1 {
		t.Errorf("bytes = %d, results = %d; want %d, 1", rep.Stats.Bytes, len(rep.Results), size)
	}
	if biggest > 1<<20 {
		t.Errorf("a read returned %d bytes", biggest)
	}
}

func TestWalkCancel(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for i := range 200 {
		write(t, fmt.Sprintf("f%03d.txt", i), "LEAK\n")
	}
	t.Run("before start", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		rep, err := Walk(ctx, []string{"."}, Options{Scan: fakeScan})
		if !errors.Is(err, context.Canceled) || !rep.Partial {
			t.Fatalf("err = %v, partial = %v", err, rep.Partial)
		}
		if rep.Stats.Files != 0 {
			t.Errorf("scanned %d files after cancel", rep.Stats.Files)
		}
	})
	t.Run("during the scan", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var calls atomic.Int32
		scan := func(r io.Reader, _ scanner.Project, yield func(scanner.Finding) error) error {
			if calls.Add(1) == 10 {
				cancel()
			}
			return fakeScan(r, scanner.Project{}, yield)
		}
		rep, err := Walk(ctx, []string{"."}, Options{Scan: scan, Workers: 1})
		if !errors.Is(err, context.Canceled) || !rep.Partial {
			t.Fatalf("err = %v, partial = %v", err, rep.Partial)
		}
		if len(rep.Results) < 9 || len(rep.Results) >= 200 || len(rep.Problems) != 0 {
			t.Errorf("results = %d, problems = %q: want the findings before the cancel, no problems", len(rep.Results), rep.Problems)
		}
	})
}

// TestWalkCancelStuckRead: a read that cannot be interrupted (a terminal or
// a pipe nobody writes to) does not keep a cancelled walk from returning.
func TestWalkCancelStuckRead(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	write(t, "a.txt", "LEAK\n")
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(100 * time.Millisecond)
		cancel()
	}()
	start := time.Now()
	rep, err := Walk(ctx, []string{"a.txt", "-"}, Options{Scan: fakeScan, Stdin: pr})
	if !errors.Is(err, context.Canceled) || !rep.Partial {
		t.Fatalf("err = %v, partial = %v", err, rep.Partial)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v to return after cancel", d)
	}
	if got := summarize(rep).Findings; !slices.Equal(got, []string{"a.txt:1:1"}) {
		t.Errorf("findings = %q, want the one found before the cancel", got)
	}
}

// TestWalkUTF16 pins the one exception to the NUL rule: UTF-16 text with a
// byte-order mark is full of NULs but is text, and is handed to the scanner.
func TestWalkUTF16(t *testing.T) {
	p := filepath.Join(t.TempDir(), "utf16.txt")
	write(t, p, "\xff\xfeL\x00E\x00A\x00K\x00")
	var got []byte
	scan := func(r io.Reader, _ scanner.Project, _ func(scanner.Finding) error) error {
		var err error
		got, err = io.ReadAll(r)
		return err
	}
	rep, err := Walk(context.Background(), []string{p}, Options{Scan: scan})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Stats.Skipped != 0 || rep.Stats.Files != 1 || len(got) != 10 {
		t.Errorf("skipped %d, files %d, scanner saw %d bytes", rep.Stats.Skipped, rep.Stats.Files, len(got))
	}
}

// TestWalkTreeDeeperThanPathMax: a tree whose paths are longer than the
// system allows for one path (PATH_MAX, 4096 on Linux) is still walked,
// because entries are opened relative to their open parent directory.
func TestWalkTreeDeeperThanPathMax(t *testing.T) {
	const depth = 1500 // paths of 1500 × len("dd/") = 4500 bytes
	dir := t.TempDir()
	t.Chdir(dir)
	r, err := os.OpenRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	for range depth {
		if err := r.Mkdir("dd", 0o755); err != nil {
			t.Fatal(err)
		}
		next, err := r.OpenRoot("dd")
		if err != nil {
			t.Fatal(err)
		}
		r.Close()
		r = next
	}
	if err := r.WriteFile("deep.txt", []byte("x LEAK\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r.Close()

	rep, err := Walk(context.Background(), []string{"dd"}, Options{Scan: fakeScan})
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Repeat("dd/", depth) + "deep.txt:1:3"
	if got := summarize(rep); len(got.Problems) != 0 || len(got.Findings) != 1 || got.Findings[0] != want {
		t.Errorf("%d problems, %d findings; want the one deep finding", len(got.Problems), len(got.Findings))
	}
}
