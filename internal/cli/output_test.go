//go:build unix

package cli_test

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
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
