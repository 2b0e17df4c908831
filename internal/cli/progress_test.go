package cli

import (
	"bytes"
	"io"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/testcred"
)

// fastProgress makes the line start at once and redraw often.
func fastProgress(t *testing.T) {
	t.Helper()
	d, e := progressDelay, progressEvery
	progressDelay, progressEvery = 0, 2*time.Millisecond
	t.Cleanup(func() { progressDelay, progressEvery = d, e })
}

func fakeTerminal(t *testing.T, tty bool) {
	t.Helper()
	old := isTerminal
	isTerminal = func(io.Writer) bool { return tty }
	t.Cleanup(func() { isTerminal = old })
}

// slowReader gives n lines, one every tick: a scan that takes a while.
type slowReader struct {
	lines []string
	tick  time.Duration
}

func (s *slowReader) Read(p []byte) (int, error) {
	if len(s.lines) == 0 {
		return 0, io.EOF
	}
	time.Sleep(s.tick)
	n := copy(p, s.lines[0])
	s.lines[0] = s.lines[0][n:]
	if s.lines[0] == "" {
		s.lines = s.lines[1:]
	}
	return n, nil
}

// slowInput is a file whose head (what the binary check reads first) comes
// at once, and the rest slowly.
func slowInput(jwt string) io.Reader {
	lines := []string{"PINATA_JWT=" + jwt + "\n" + strings.Repeat("# filler line\n", 700)}
	for range 40 {
		lines = append(lines, "nothing = here\n")
	}
	return &slowReader{lines: lines, tick: 5 * time.Millisecond}
}

// syncBuffer is a bytes.Buffer the progress goroutine and the test share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestProgressDecision: the line is drawn when stderr is a terminal, is
// cleared before anything else is written, and counts what was scanned;
// it is never drawn otherwise.
func TestProgressDecision(t *testing.T) {
	fastProgress(t)
	jwt, _, _ := testcred.JWT(testcred.JWTOptions{})
	for _, tty := range []bool{true, false} {
		fakeTerminal(t, tty)
		var stdout bytes.Buffer
		stderr := &syncBuffer{}
		code := Run([]string{"scan", "-", "missing.env"}, slowInput(jwt), &stdout, stderr)
		if code != exitError {
			t.Fatalf("tty=%v: exit %d, want 2 (a missing path)\n%s", tty, code, stderr)
		}
		got := stderr.String()
		if !tty {
			if strings.ContainsAny(got, "\r…") || strings.Contains(got, "scanning") {
				t.Errorf("not a terminal, yet a progress line:\n%q", got)
			}
			continue
		}
		if !strings.HasPrefix(got, "\rpinatascan: scanning… ") || !strings.Contains(got, " found, ") {
			t.Errorf("no progress line on the terminal:\n%q", got)
		}
		if !regexp.MustCompile(`scanning… 1 file, 1\d\.\d KB, 0 found, 0s`).MatchString(got) {
			t.Errorf("the line does not count the file and its finding:\n%q", got)
		}
		// Cleared: the last \r-line is blank, then the problem on a clean line.
		last := strings.LastIndex(got, "\r")
		if strings.TrimSpace(got[strings.LastIndex(got[:last], "\r")+1:last]) != "" ||
			!strings.HasPrefix(got[last:], "\rpinatascan: missing.env: ") {
			t.Errorf("the line is not cleared before the next message:\n%q", got)
		}
		plain := regexp.MustCompile("\x1b\\[[0-9;]*m").ReplaceAllString(stdout.String(), "") // a terminal: coloured
		if strings.Contains(stdout.String(), "\r") || !strings.Contains(plain, "-:1:12: jwt") {
			t.Errorf("stdout: %q", stdout.String())
		}
	}
}

// TestProgressQuiet: a scan that ends before the delay prints nothing.
func TestProgressQuiet(t *testing.T) {
	fakeTerminal(t, true)
	var stdout, stderr bytes.Buffer
	if code := Run([]string{"scan", "-"}, strings.NewReader("x = 1\n"), &stdout, &stderr); code != exitClean {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	if stderr.Len() != 0 {
		t.Errorf("a quick scan drew a progress line: %q", stderr.String())
	}
}

// TestProgressGit: git scans count what they have found.
func TestProgressGit(t *testing.T) {
	fastProgress(t)
	fakeTerminal(t, true)
	w := &syncBuffer{}
	p := startProgress(&Env{Stderr: w}, true)
	var got []result.Result
	yield := p.counted(func(r result.Result) error { got = append(got, r); return nil })
	for range 3 {
		yield(result.Result{})
	}
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(w.String(), "scanning git… 3 found") && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	p.stop()
	p.stop() // twice is fine
	out := w.String()
	if len(got) != 3 || !strings.Contains(out, "\rpinatascan: scanning git… 3 found, ") || !strings.HasSuffix(out, " \r") {
		t.Errorf("yielded %d; line %q", len(got), out)
	}
	var none *progress // not a terminal
	none.stop()
	if none.scan(nil) != nil || none.counted(nil) != nil {
		t.Error("a nil progress wraps scans")
	}
}

// TestIsTerminal: pipes, files, /dev/null and buffers are not terminals.
func TestIsTerminal(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	f, err := os.Create(t.TempDir() + "/log")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	for name, w := range map[string]io.Writer{"pipe": w, "file": f, "/dev/null": null, "buffer": &bytes.Buffer{}} {
		if stderrIsTerminal(w) {
			t.Errorf("%s taken for a terminal", name)
		}
	}
}

// TestColor: on a terminal the text report is coloured, unless NO_COLOR
// or TERM=dumb says not to; with --output it goes to a file, never
// coloured. (color.txtar covers pipes, flags and formats.)
func TestColor(t *testing.T) {
	fakeTerminal(t, true)
	dir := t.TempDir()
	jwt, _, _ := testcred.JWT(testcred.JWTOptions{})
	for _, tc := range []struct {
		env    map[string]string
		args   []string
		colour bool
	}{
		{nil, nil, true},
		{map[string]string{"NO_COLOR": "1"}, nil, false},
		{map[string]string{"TERM": "dumb"}, nil, false},
		{map[string]string{"FORCE_COLOR": "0"}, nil, true},
		{nil, []string{"--color=never"}, false},
		{nil, []string{"--output", dir + "/r.txt"}, false},
	} {
		var stdout, stderr bytes.Buffer
		env := &Env{Stdin: strings.NewReader("PINATA_JWT=" + jwt + "\n"), Stdout: &stdout, Stderr: &stderr,
			env: func(k string) string { return tc.env[k] }}
		cmd := lookup("scan")
		code := cmd.Run(t.Context(), &Invocation{Env: env, Cmd: cmd, Args: append(tc.args, "-")})
		out := stdout.String()
		if len(tc.args) > 0 && tc.args[0] == "--output" {
			b, _ := os.ReadFile(dir + "/r.txt")
			out = string(b)
		}
		if code != exitFindings || strings.Contains(out, "\x1b[") != tc.colour {
			t.Errorf("env %v, args %v: exit %d, coloured %v, want %v:\n%q", tc.env, tc.args, code, strings.Contains(out, "\x1b["), tc.colour, out)
		}
		if strings.HasPrefix(out, "# pinatascan report") == (len(tc.args) == 0 || tc.args[0] != "--output") {
			t.Errorf("env %v, args %v: header line wrong for a terminal / a file:\n%q", tc.env, tc.args, out)
		}
	}
}
