//go:build unix

package cli_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/testbin"
	"github.com/pinatascan/pinatascan/internal/testcred"
)

// pinatascanCmd is the pinatascan command, built by internal/testbin.
func pinatascanCmd(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	return exec.Command(testbin.Path(t, "pinatascan"), args...)
}

// endlessText is a long scan: text that never ends. It counts what was
// read from it.
type endlessText struct {
	n    int
	read atomic.Int64
}

const endlessLine = "lorem ipsum dolor sit amet, some_value = 12345\n"

func (e *endlessText) Read(p []byte) (int, error) {
	for i := 0; i < len(p); {
		c := copy(p[i:], endlessLine[e.n:])
		i += c
		e.n = (e.n + c) % len(endlessLine)
	}
	e.read.Add(int64(len(p)))
	return len(p), nil
}

// TestInterruptProcess: SIGINT (Ctrl-C) or SIGTERM (what CI sends to
// cancel a job) to a real pinatascan in the middle of a long scan
// (standard input that never ends) stops it promptly; what it found
// before is still reported, and the exit code is 2 with a message saying
// the results are partial.
func TestInterruptProcess(t *testing.T) {
	t.Parallel()
	c := newCreds()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.env"), []byte(c.expand("PINATA_JWT=${JWT}\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		sig    os.Signal
		format string
	}{{os.Interrupt, "text"}, {os.Interrupt, "json"}, {syscall.SIGTERM, "text"}, {syscall.SIGTERM, "json"}} {
		name := fmt.Sprintf("%v/%s", tt.sig, tt.format)
		format := tt.format
		cmd := pinatascanCmd(t, "scan", "--format", format, "a.env", "-")
		cmd.Dir = dir
		in, err := cmd.StdinPipe()
		if err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		closed := watchClose(t, filepath.Join(dir, "a.env"))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		text := &endlessText{}
		go io.Copy(in, text) // ends with EPIPE once the process is gone
		// Signal mid-scan, once a.env is scanned (the process closed it)
		// and the process has taken in megabytes of standard input. (A
		// second's sleep instead cost four seconds of CPU, and did not
		// make sure of a.env on a busy machine.)
		if !closed(30 * time.Second) {
			cmd.Process.Kill()
			t.Fatalf("%s: a.env not read within 30 s", name)
		}
		for start := time.Now(); text.read.Load() < 4<<20; time.Sleep(5 * time.Millisecond) {
			if time.Since(start) > 30*time.Second {
				cmd.Process.Kill()
				t.Fatalf("%s: read %d bytes of standard input in 30 s", name, text.read.Load())
			}
		}
		if err := cmd.Process.Signal(tt.sig); err != nil {
			t.Fatal(err)
		}
		sent := time.Now()
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err = <-done:
		case <-time.After(30 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("%s: still running 30 s after the signal", name)
		}
		in.Close()
		t.Logf("%s: exited %v after the signal", name, time.Since(sent).Round(time.Millisecond))
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 2 {
			t.Errorf("%s: %v, want exit status 2", name, err)
		}
		if !strings.Contains(stderr.String(), "pinatascan: interrupted: the scan did not finish and the results are partial") {
			t.Errorf("%s: stderr does not say the scan was cut short:\n%s", name, stderr.String())
		}
		switch format {
		case "text":
			if !strings.Contains(stdout.String(), "a.env:1:12: jwt") || !strings.Contains(stdout.String(), "interrupted, results are partial") {
				t.Errorf("%s: the finding made before the signal, or the partial summary, is missing:\n%s", name, stdout.String())
			}
		case "json":
			rep := decodeJSON(t, stdout.String())
			if !rep.Partial || len(rep.Findings) != 1 || rep.Findings[0].Path != "a.env" || rep.Stats.Bytes == 0 {
				t.Errorf("%s: partial %v, findings %+v, stats %+v", name, rep.Partial, rep.Findings, rep.Stats)
			}
		}
	}
}

// entry is what a scan must leave as it was: every file's and directory's
// type, mode, size, modification time and contents.
type entry struct {
	mode    fs.FileMode
	size    int64
	mtime   time.Time
	content string
}

func snapshot(t *testing.T, root string) map[string]entry {
	t.Helper()
	m := map[string]entry{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := os.Lstat(p)
		if err != nil {
			return err
		}
		e := entry{mode: fi.Mode(), size: fi.Size(), mtime: fi.ModTime()}
		if fi.Mode().IsRegular() {
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			e.content = string(b)
		}
		m[p] = e
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func diffSnapshots(before, after map[string]entry) []string {
	var d []string
	for p, b := range before {
		a, ok := after[p]
		switch {
		case !ok:
			d = append(d, "removed "+p)
		case a.mode != b.mode || a.size != b.size || !a.mtime.Equal(b.mtime) || a.content != b.content:
			d = append(d, fmt.Sprintf("changed %s: %v %d %v -> %v %d %v", p, b.mode, b.size, b.mtime, a.mode, a.size, a.mtime))
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			d = append(d, "added "+p)
		}
	}
	sort.Strings(d)
	return d
}

// TestScanWritesNothing: scanning a tree, in every format, with its config
// and ignore files, and scanning its history and index, changes nothing in
// it: no file or directory is added, removed or touched (size, mode, mtime,
// contents), .git included.
func TestScanWritesNothing(t *testing.T) {
	gitEnv(t)
	c := newCreds()
	root := t.TempDir()
	t.Chdir(root)
	files := map[string]string{}
	for name, content := range leakFiles {
		files[name] = c.expand(content)
	}
	files[".pinatascan.yaml"] = "exclude:\n  - vendor/**\n"
	files[".pinatascanignore"] = "# nothing yet\n"
	files["vendor/x.env"] = c.expand(leakyEnv)
	files["bin/blob"] = "\x00\x01" + c.expand(leakyEnv)
	for name, content := range files {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	gitIn(t, root, "init", "-q", "-b", "main")
	gitIn(t, root, "add", "-A")
	gitIn(t, root, "commit", "-q", "-m", "leaks")
	if err := os.WriteFile("staged.env", []byte(c.expand("PINATA_JWT=${JWT}\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	gitIn(t, root, "add", "staged.env")
	if err := syscall.Mkfifo("fifo", 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/etc", "link-out"); err != nil {
		t.Fatal(err)
	}
	// Old times, so a write would show in the mtimes even within a second.
	old := time.Now().Add(-48 * time.Hour).Truncate(time.Second)
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type()&fs.ModeSymlink == 0 && d.Type()&fs.ModeNamedPipe == 0 {
			os.Chtimes(p, old, old)
		}
		return nil
	})

	before := snapshot(t, root)
	out := filepath.Join(t.TempDir(), "report")
	for _, args := range [][]string{
		{"scan"},
		{"scan", "."},
		{"scan", "--format", "json", "--no-redact", "."},
		{"scan", "--format", "sarif", "--output", out, "."},
		{"scan", "--format", "github", "."},
		{"scan", "--report-unused-ignores", "."},
		{"scan", "--staged"},
		{"git"},
		{"git", "--all", "--format", "json"},
	} {
		code, _, stderr := runCLI(t, time.Minute, nil, args...)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1\n%s", args, code, stderr)
		}
	}
	if d := diffSnapshots(before, snapshot(t, root)); len(d) > 0 {
		t.Errorf("a scan changed the scanned tree:\n%s", strings.Join(d, "\n"))
	}
}

// TestNobodyEndToEnd: as an ordinary user (nobody), a file and a directory
// that cannot be read are each reported, the rest is scanned and reported,
// the exit code is 2, and no format shows a secret, the readable one or
// the unreadable one.
func TestNobodyEndToEnd(t *testing.T) {
	t.Parallel()
	if runtime.GOOS != "linux" || os.Geteuid() != 0 {
		t.Skip("needs root on Linux to run pinatascan as nobody")
	}
	self := testbin.Path(t, "pinatascan")
	c := newCreds()
	dir := t.TempDir()
	for d := dir; d != filepath.Dir(d); d = filepath.Dir(d) {
		if fi, err := os.Stat(d); err == nil && fi.Mode().Perm()&0o005 != 0o005 {
			os.Chmod(d, fi.Mode().Perm()|0o005)
		}
	}
	data, err := os.ReadFile(self)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "bin", "pinatascan")
	os.MkdirAll(filepath.Dir(bin), 0o755)
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	tree := filepath.Join(dir, "tree")
	other := testcred.Secret()
	for name, body := range map[string]string{
		"ok.env":           c.expand(leakyEnv),
		"locked.env":       "PINATA_SECRET_API_KEY=" + other + "\n",
		"lockeddir/in.env": "PINATA_SECRET_API_KEY=" + other + "\n",
	} {
		p := filepath.Join(tree, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.Chmod(filepath.Join(tree, "locked.env"), 0)
	os.Chmod(filepath.Join(tree, "lockeddir"), 0)
	defer os.Chmod(filepath.Join(tree, "lockeddir"), 0o755)

	secrets := []string{c.Secret, c.JWT, c.JWTSecret, c.Email, other}
	for _, format := range []string{"text", "json", "sarif", "github"} {
		cmd := exec.Command(bin, "scan", "--format", format, "tree")
		cmd.Dir = dir
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			t.Skipf("cannot run pinatascan as nobody here: %v", err)
		}
		if ee == nil || ee.ExitCode() != 2 {
			t.Errorf("%s: %v, want exit status 2\n%s", format, err, stderr.String())
		}
		for _, p := range []string{"tree/locked.env: permission denied", "tree/lockeddir: permission denied"} {
			if !strings.Contains(stderr.String(), "pinatascan: "+p) {
				t.Errorf("%s: stderr does not report %q:\n%s", format, p, stderr.String())
			}
		}
		if !strings.Contains(stdout.String(), "ok.env") {
			t.Errorf("%s: the readable file's findings are missing:\n%s", format, stdout.String())
		}
		for _, s := range secrets {
			if strings.Contains(stdout.String()+stderr.String(), s) {
				t.Errorf("%s: a secret or e-mail appears in full", format)
			}
		}
	}
}

// TestDeepTree: a tree 10,000 directories deep (paths of 20,000 bytes, far
// past PATH_MAX) is walked to the bottom, and the finding there reported
// with its whole path.
func TestDeepTree(t *testing.T) {
	const depth = 10000
	t.Chdir(t.TempDir())
	r, err := os.OpenRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	for range depth {
		if err := r.Mkdir("d", 0o755); err != nil {
			t.Fatal(err)
		}
		next, err := r.OpenRoot("d")
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		r = next
	}
	key := testcred.Key()
	f, err := r.Create("deep.env")
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("PINATA_API_KEY=" + key + "\n")
	f.Close()
	r.Close()

	code, stdout, stderr := runCLI(t, 2*time.Minute, nil, "scan", "--format", "json", "--no-redact", "d")
	rep := decodeJSON(t, stdout)
	want := strings.Repeat("d/", depth) + "deep.env"
	if code != 1 || len(rep.Findings) != 1 || rep.Findings[0].Path != want || rep.Findings[0].Value != key {
		t.Errorf("exit %d, %d findings, problems %q\n%s", code, len(rep.Findings), rep.Problems, stderr)
	}
}

// TestSpecialFiles: symbolic link loops, FIFOs, sockets and devices inside a
// directory are skipped and counted, never opened; a device named on the
// command line (/dev/zero, which never ends) is skipped too. Nothing hangs.
func TestSpecialFiles(t *testing.T) {
	t.Chdir(t.TempDir())
	key := testcred.Key()
	writeAll(t, map[string][]byte{"tree/a.env": []byte("PINATA_API_KEY=" + key + "\n")})
	os.Symlink(".", "tree/loop")
	os.Symlink("loop2", "tree/loop1")
	os.Symlink("loop1", "tree/loop2")
	if err := syscall.Mkfifo("tree/fifo", 0o644); err != nil {
		t.Fatal(err)
	}
	special := 4
	if l, err := net.Listen("unix", "tree/sock"); err == nil {
		defer l.Close()
		special++
	}
	if os.Geteuid() == 0 {
		// A copy of /dev/zero's device node (character 1,5).
		if err := syscall.Mknod("tree/zero", syscall.S_IFCHR|0o644, 1<<8|5); err == nil {
			special++
		}
	}
	code, stdout, stderr := runCLI(t, time.Minute, nil, "scan", "--format", "json", "tree", "/dev/zero", "/dev/null")
	rep := decodeJSON(t, stdout)
	if code != 1 || len(rep.Findings) != 1 || rep.Stats.Files != 1 || rep.Stats.Skipped != special+2 || len(rep.Problems) != 0 {
		t.Errorf("exit %d, stats %+v, problems %q; want a.env scanned and %d skipped\n%s", code, rep.Stats, rep.Problems, special+2, stderr)
	}
}
