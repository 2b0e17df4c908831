//go:build unix

package cli_test

import (
	"bufio"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/testbin"
)

// countingServer counts the requests it gets and answers each as Pinata
// answers a live credential.
func countingServer(t *testing.T) (string, *atomic.Int64) {
	t.Helper()
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fmt.Fprint(w, `{"message":"Congratulations! You are communicating with the Pinata API!"}`)
	}))
	t.Cleanup(srv.Close)
	return srv.URL, &hits
}

// leftovers lists the temporary files a report was written to in dir.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(dir, ".*.pinatascan-*"))
	return m
}

// TestOutputRefusals: --output never writes through a symbolic link (one
// committed in a pull request could point anywhere), never over a file
// being scanned, and checks that it can write before anything is scanned
// or sent for verification.
func TestOutputRefusals(t *testing.T) {
	c := newCreds()
	dir := t.TempDir()
	t.Chdir(dir)
	os.Mkdir("repo", 0o755)
	os.WriteFile("outside.txt", []byte("precious\n"), 0o644)
	os.WriteFile("repo/a.env", []byte(c.expand("PINATA_JWT=${JWT}\n")), 0o644)
	os.Symlink("../outside.txt", "repo/pinatascan.sarif")

	code, _, stderr := runCLI(t, time.Minute, nil, "scan", "--format", "sarif", "--output", "repo/pinatascan.sarif", "repo")
	if b, _ := os.ReadFile("outside.txt"); code != 2 || string(b) != "precious\n" || !strings.Contains(stderr, "symbolic link") {
		t.Errorf("through a symlink: exit %d, outside.txt now %q\n%s", code, b, stderr)
	}

	before, _ := os.ReadFile("repo/a.env")
	code, _, stderr = runCLI(t, time.Minute, nil, "scan", "--output", "repo/a.env", "repo/a.env")
	if after, _ := os.ReadFile("repo/a.env"); code != 2 || string(after) != string(before) || !strings.Contains(stderr, "one of the inputs") {
		t.Errorf("over an input: exit %d, changed %v\n%s", code, string(after) != string(before), stderr)
	}

	os.Mkdir("fresh", 0o755)
	os.WriteFile("fresh/a.env", []byte(c.expand("PINATA_JWT=${JWT}\n")), 0o644)
	url, hits := countingServer(t)
	code, _, stderr = runCLI(t, time.Minute, nil, "scan", "--verify", "--pinata-api-url", url, "--output", "no/such/dir/report.json", "fresh")
	if code != 2 || hits.Load() != 0 || strings.Contains(stderr, "verif") {
		t.Errorf("unwritable output: exit %d, %d verification requests\n%s", code, hits.Load(), stderr)
	}
	if l := leftovers(t, "repo"); len(l) > 0 {
		t.Errorf("temporary files left: %q", l)
	}
}

// TestOutputFullDisk: when the disk fills up (here: a file size limit,
// which fails writes the same way) the report is not left truncated: the
// previous report stays as it was, no temporary file is left, and the
// exit code is 2.
func TestOutputFullDisk(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for range 2000 {
		b.WriteString(newCreds().expand("PINATA_JWT=${JWT}\n"))
	}
	os.WriteFile(filepath.Join(dir, "many.env"), []byte(b.String()), 0o644)
	os.WriteFile(filepath.Join(dir, "report.json"), []byte("previous report\n"), 0o644)
	bin := pinatascanCmd(t).Path
	// ulimit -f counts 1024-byte blocks: 64 KiB, far less than the report.
	cmd := exec.Command("sh", "-c", `ulimit -f 64 && exec "$0" scan --format json --output report.json many.env`, bin)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 2 {
		t.Errorf("exit %v, want 2\n%s", err, out)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "report.json")); string(got) != "previous report\n" {
		t.Errorf("report.json is now %d bytes, want the previous report untouched", len(got))
	}
	if !strings.Contains(string(out), "no report written") {
		t.Errorf("no message says the report was not written:\n%s", out)
	}
	if l := leftovers(t, dir); len(l) > 0 {
		t.Errorf("temporary files left: %q", l)
	}

	// With room to write, the same command replaces the report whole.
	cmd = exec.Command(bin, "scan", "--format", "json", "--output", "report.json", "many.env")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Fatalf("exit %v, want 1\n%s", err, out)
	}
	rep := decodeJSON(t, mustRead(t, filepath.Join(dir, "report.json")))
	if len(rep.Findings) != 2000 {
		t.Errorf("%d findings in the report, want 2000", len(rep.Findings))
	}
}

func mustRead(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestMemoryDoesNotGrowWithFindings: a real pinatascan reports 80,000
// findings in one file in every format within 64 MiB peak RSS (the kernel's
// count for the process), in path, line and column order. Code that kept
// them to write at the end took over 1 KiB a finding (1,056 MiB for
// 1,000,000 as text, the smallest), so 80,000 (over 80 MiB) pass the limit
// on their own, whatever the rest of the process takes (8 MiB for a small
// scan); make bench checks 1,000,000.
func TestMemoryDoesNotGrowWithFindings(t *testing.T) {
	t.Parallel() // peak RSS of its own processes
	if testing.Short() {
		t.Skip("writes 80,000 findings three times")
	}
	const n = 80_000
	dir := t.TempDir()
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "PINATA_API_KEY=%020x\n", uint64(i)*0x9e3779b97f4a7c15|1<<60)
	}
	os.WriteFile(filepath.Join(dir, "keys.env"), []byte(b.String()), 0o644)
	bin := testbin.Path(t, "pinatascan")
	for _, format := range []string{"text", "json", "sarif"} {
		cmd := exec.Command(bin, "scan", "--format", format, "--output", "report", "keys.env")
		cmd.Dir = dir
		var out strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &out
		rss, err := peakRSS(t, cmd)
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 {
			t.Fatalf("%s: exit %v\n%s", format, err, out.String())
		}
		t.Logf("%s: %d MiB peak RSS", format, rss>>10)
		if rss > 64<<10 {
			t.Errorf("%s: %d MiB peak RSS, want at most 64", format, rss>>10)
		}
		report, err := os.Open(filepath.Join(dir, "report"))
		if err != nil {
			t.Fatal(err)
		}
		// Read line by line: the SARIF report alone is over 100 MB.
		sc := bufio.NewScanner(report)
		sc.Buffer(nil, 1<<20)
		lines, last := 0, 0
		for sc.Scan() {
			l, ok := reportedLine(format, sc.Text())
			if !ok {
				continue
			}
			if l <= last {
				t.Fatalf("%s: line %d reported after line %d", format, l, last)
			}
			last = l
			lines++
		}
		report.Close()
		if err := sc.Err(); err != nil {
			t.Fatalf("%s: reading the report: %v", format, err)
		}
		if lines < n*99/100 {
			t.Errorf("%s: %d findings, want about %d", format, lines, n)
		}
	}
}

// reportedLine returns the line number a line of a report of keys.env in
// format gives, if it gives one: "keys.env:LINE:..." in text, `"line": LINE,`
// in JSON, `"startLine": LINE,` in SARIF. (Parsed by hand: fmt.Sscanf on
// every line of three large reports cost the test seconds.)
func reportedLine(format, line string) (int, bool) {
	var num string
	if format == "text" {
		rest, ok := strings.CutPrefix(line, "keys.env:")
		if !ok {
			return 0, false
		}
		num, _, ok = strings.Cut(rest, ":")
		if !ok {
			return 0, false
		}
	} else {
		line = strings.TrimSpace(line)
		rest, ok := strings.CutPrefix(line, `"line": `)
		if !ok {
			if rest, ok = strings.CutPrefix(line, `"startLine": `); !ok {
				return 0, false
			}
		}
		if num, ok = strings.CutSuffix(rest, ","); !ok {
			return 0, false
		}
	}
	l, err := strconv.Atoi(num)
	return l, err == nil
}

// peakRSS runs cmd and returns its peak resident set size in KiB, as the
// kernel counts it for the process (VmHWM), read while it runs. (The
// rusage of a child started from this large test process can report the
// parent's size, so it is not used.)
func peakRSS(t *testing.T, cmd *exec.Cmd) (int64, error) {
	t.Helper()
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc: cannot read a process's peak memory")
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
	var peak int64
	for {
		if b, err := os.ReadFile(status); err == nil {
			for _, line := range strings.Split(string(b), "\n") {
				if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
					if kib, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(v, "kB")), 10, 64); err == nil {
						peak = max(peak, kib)
					}
				}
			}
		}
		select {
		case err := <-done:
			return peak, err
		case <-time.After(10 * time.Millisecond):
		}
	}
}
