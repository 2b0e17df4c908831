package cli_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/testbin"
	"github.com/pinatascan/pinatascan/internal/testcred"
)

// TestLinearOnLongLines: scanning a line four times as long costs about
// four times the work, whatever the line holds (issue 12, item 1). Each shape
// once took time in the square of its length, because every mention of
// Pinata and every candidate searched back to the line's start: a 1 MB
// line of "pinata" took 90 s.
//
// The measure is the CPU time (user and system) of the whole process at n
// and 4n bytes: a ratio, so the speed of the machine cancels out, and CPU
// time, so other work on it does not count. One run of each decides when
// the ratio is fine; a ratio that is not is measured again as the least of
// three runs, so a slow run on a busy machine is no failure and a
// quadratic scan still is.
// Linear work gives about 4 (less while start-up weighs); quadratic gives
// about 16. 4n stays within one 1 MiB window, where the old code was
// quadratic (it took 90 s on a 1 MB line of "pinata").
func TestLinearOnLongLines(t *testing.T) {
	t.Parallel() // CPU time of its own processes: other tests do not change it
	if testing.Short() {
		t.Skip("runs the scanner a few dozen times")
	}
	bin := testbin.Path(t, "pinatascan")
	if b := os.Getenv("PINATASCAN_LINEAR_BIN"); b != "" {
		bin = b // another build, to see the check fail on a quadratic one
	}
	shapes := map[string]func(i int) string{
		"mentions":         func(int) string { return "pinata " },
		"pin list":         pinListRow,
		"named values":     func(int) string { return "pinata_api_key=" + testcred.Key() + "&" },
		"denied mentions":  func(int) string { return "\"not pinata\" " + testcred.Secret() + " " },
		"objects":          func(int) string { return `{"pinata":{"apiKey":"` + testcred.Key() + `"}},` },
		"brackets":         func(int) string { return "(pinata[" },
		"escapes":          func(int) string { return "pinata%20" },
		"comments and ids": func(int) string { return "/* pinata */ x" + testcred.Hex(20) + "=" },
	}
	// 128 KiB is enough: start-up (~15 ms) is a small part of the dense
	// shapes' cost, and the cheap ones are far from the limit even so.
	const n, k = 128 << 10, 4
	dir := t.TempDir()
	for name, piece := range shapes {
		t.Run(name, func(t *testing.T) {
			small := writeLine(t, dir, name, n, piece)
			large := writeLine(t, dir, name+"4", k*n, piece)
			a, b := cpuAt(t, "", "", bin, "scan", small, large)
			t.Logf("%d bytes: %v of CPU; %d bytes: %v", n, a, k*n, b)
			if ratio := float64(b) / float64(a); ratio > 6 {
				t.Errorf("%d bytes took %v of CPU, %d bytes %v: ratio %.1f, want about %d (linear)", n, a, k*n, b, ratio, k)
			}
		})
	}
	// History and staged scans read blobs through the same detector; the
	// pin list, committed, once made `git` quadratic too.
	t.Run("git", func(t *testing.T) {
		var repos [2]string
		for i, size := range []int{n, k * n} {
			repo := filepath.Join(dir, fmt.Sprintf("repo%d", i))
			for _, args := range [][]string{{"init", "-q", repo}, {"-C", repo, "config", "user.email", "t@example.org"}, {"-C", repo, "config", "user.name", "t"}} {
				if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
					t.Fatalf("git %v: %v\n%s", args, err, out)
				}
			}
			writeLine(t, repo, "pins", size, pinListRow)
			for _, args := range [][]string{{"-C", repo, "add", "."}, {"-C", repo, "commit", "-qm", "pins"}} {
				if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
					t.Fatalf("git %v: %v\n%s", args, err, out)
				}
			}
			repos[i] = repo
		}
		var cpu [2]time.Duration
		cpu[0], cpu[1] = cpuAt(t, repos[0], repos[1], bin, "git", "", "")
		t.Logf("%d bytes: %v of CPU; %d bytes: %v", n, cpu[0], k*n, cpu[1])
		if ratio := float64(cpu[1]) / float64(cpu[0]); ratio > 6 {
			t.Errorf("git: %v of CPU at %d bytes, %v at %d: ratio %.1f, want about %d", cpu[0], n, cpu[1], k*n, ratio, k)
		}
	})
}

// pinListRow is one row of a Pinata pin list as its API returns it, naming
// Pinata in its metadata.
func pinListRow(i int) string {
	return fmt.Sprintf(`{"id":"%s","ipfs_pin_hash":"Qm%s","size":%d,"date_pinned":"2024-03-11T10:00:00.000Z",`+
		`"metadata":{"name":"pinata-upload-%d.png","keyvalues":{"app":"pinata-gallery"}},"mime_type":"image/png"},`,
		testcred.UUID(), testcred.Hex(44), 1000+i, i)
}

// writeLine writes one line of at least size bytes made of pieces.
func writeLine(t *testing.T, dir, name string, size int, piece func(int) string) string {
	t.Helper()
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(piece(i))
	}
	b.WriteString("\n")
	p := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".txt")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// cpuAt measures `bin cmd arg` at the small and the large size (in dirs
// dirA and dirB, or with args argA and argB) once, and again as the least
// of three runs when the large one took more than six times the CPU.
func cpuAt(t *testing.T, dirA, dirB, bin, cmd, argA, argB string) (a, b time.Duration) {
	t.Helper()
	args := func(arg string) []string {
		if arg == "" {
			return []string{cmd}
		}
		return []string{cmd, arg}
	}
	a, b = leastCPU(t, 1, dirA, bin, args(argA)...), leastCPU(t, 1, dirB, bin, args(argB)...)
	if float64(b)/float64(a) > 6 {
		a = min(a, leastCPU(t, 2, dirA, bin, args(argA)...))
		b = min(b, leastCPU(t, 2, dirB, bin, args(argB)...))
	}
	return a, b
}

// leastCPU runs the command in dir runs times and returns the least CPU
// time (user and system) one run took.
func leastCPU(t *testing.T, runs int, dir, bin string, args ...string) time.Duration {
	t.Helper()
	best := time.Duration(-1)
	for range runs {
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		// The report (megabytes of findings) goes to /dev/null: collecting
		// it cost this process more CPU than some of the scans.
		devNull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = devNull, &stderr
		err = cmd.Run()
		devNull.Close()
		if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() > 1) {
			t.Fatalf("%s %v: %v\n%s", bin, args, err, stderr.Bytes())
		}
		st := cmd.ProcessState
		if d := st.UserTime() + st.SystemTime(); best < 0 || d < best {
			best = d
		}
	}
	return max(best, time.Millisecond)
}
