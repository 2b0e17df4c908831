//go:build unix

package walk

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// TestWalkPathOrder: results stream out in byte order of their paths,
// whatever the names and however many workers: "a-b/c" < "a.txt" < "a/b"
// < "b", and command-line paths are sorted the same way.
func TestWalkPathOrder(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, p := range []string{"b", "a/b", "a.txt", "a-b/c", "a/a/z", "a/a.", "ä", "A"} {
		write(t, filepath.Join("tree", p), "LEAK\n")
	}
	write(t, "z.txt", "LEAK\n")
	for _, workers := range []int{1, 8} {
		var got []string
		_, err := Walk(context.Background(), []string{"z.txt", "tree"}, Options{Scan: fakeScan, Workers: workers,
			Yield: func(r result.Result) error { got = append(got, r.Path); return nil }})
		if err != nil {
			t.Fatal(err)
		}
		want := slices.Clone(got)
		slices.Sort(want)
		if !slices.Equal(got, want) || len(got) != 9 {
			t.Errorf("workers=%d: %q, want %q", workers, got, want)
		}
	}
}

// TestWalkBoundedWaiting: a file whose turn has not come keeps at most
// maxWaiting results: its worker pauses until the slow file before it is
// done, and then everything goes out in order.
func TestWalkBoundedWaiting(t *testing.T) {
	t.Chdir(t.TempDir())
	write(t, "a.txt", "slow\n")
	write(t, "b.txt", "many\n")
	release := make(chan struct{})
	var produced atomic.Int64
	scan := func(r io.Reader, p scanner.Project, yield func(scanner.Finding) error) error {
		b, _ := io.ReadAll(r)
		if strings.HasPrefix(string(b), "slow") {
			<-release
			return yield(scanner.Finding{Kind: scanner.KindAPIKey, Line: 1, Column: 1})
		}
		for i := range 3 * maxWaiting {
			produced.Add(1)
			if err := yield(scanner.Finding{Kind: scanner.KindAPIKey, Line: i + 1, Column: 1}); err != nil {
				return err
			}
		}
		return nil
	}
	var got []result.Result
	done := make(chan error)
	go func() {
		_, err := Walk(context.Background(), []string{"."}, Options{Scan: scan, Workers: 2,
			Yield: func(r result.Result) error { got = append(got, r); return nil }})
		done <- err
	}()
	time.Sleep(300 * time.Millisecond)
	if n := produced.Load(); n > maxWaiting+1 {
		t.Errorf("b.txt produced %d results while a.txt held the turn; want at most %d waiting", n, maxWaiting+1)
	}
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if len(got) != 1+3*maxWaiting || got[0].Path != "a.txt" || got[1].Path != "b.txt" || got[len(got)-1].Line != 3*maxWaiting {
		t.Errorf("%d results, first %s, last line %d", len(got), got[0].Path, got[len(got)-1].Line)
	}
}

// TestWalkReopensDirectories: a deep tree in which every directory still
// has a file to walk after its subdirectory holds at most maxOpenDirs
// directories open for the walk (besides those of queued files); the ones closed on the way down are opened again
// through ".." and every file is found, in order.
func TestWalkReopensDirectories(t *testing.T) {
	t.Chdir(t.TempDir())
	const depth = 3 * maxOpenDirs
	p := "d"
	var want []string
	for i := range depth {
		want = append(want, filepath.Join(p, "z.txt"))
		write(t, filepath.Join(p, "z.txt"), fmt.Sprintf("LEAK %d\n", i))
		p = filepath.Join(p, "d")
	}
	slices.Sort(want)
	before := openFDs(t)
	most := 0
	scan := func(r io.Reader, p scanner.Project, yield func(scanner.Finding) error) error {
		most = max(most, openFDs(t)-before)
		return fakeScan(r, p, yield)
	}
	rep, err := Walk(context.Background(), []string{"d"}, Options{Scan: scan, Workers: 1})
	if err != nil || len(rep.Problems) > 0 {
		t.Fatalf("err %v, problems %q", err, rep.Problems)
	}
	var got []string
	for _, r := range rep.Results {
		got = append(got, r.Path)
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %d paths, want %d in order", len(got), len(want))
	}
	// Queued files hold their directories open too: up to the jobs the
	// channel and the workers hold.
	if limit := maxOpenDirs + (4+2)*batchSize + 8; most > limit {
		t.Errorf("%d descriptors open at once, want at most %d", most, limit)
	}
}

// TestWalkDirectoryMovedWhileClosed: when a subtree is moved out of a
// directory the walk closed on the way down, the walk cannot come back to
// that directory through ".." and says so, rather than walk whatever
// ".." now is.
func TestWalkDirectoryMovedWhileClosed(t *testing.T) {
	t.Chdir(t.TempDir())
	p := "d"
	for range 2 * maxOpenDirs {
		write(t, filepath.Join(p, "z.txt"), "LEAK\n")
		p = filepath.Join(p, "d")
	}
	write(t, filepath.Join(p, "deepest.txt"), "LEAK\n")
	// The subtree below level maxOpenDirs+2, moved away while the walk is
	// at its bottom.
	cut := filepath.Join(strings.Repeat("d/", maxOpenDirs+2), "d")
	moved := false
	// The lister asks Exclude about each entry as it meets it: the move
	// happens while it stands at the bottom.
	exclude := func(path string, dir bool) bool {
		if !moved && strings.HasSuffix(path, "a-empty.txt") {
			moved = true
			if err := os.Rename(cut, "elsewhere"); err != nil {
				t.Error(err)
			}
		}
		return false
	}
	write(t, filepath.Join(p, "a-empty.txt"), "")
	rep, err := Walk(context.Background(), []string{"d"}, Options{Scan: fakeScan, Exclude: exclude, Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !moved {
		t.Fatal("the subtree was never moved")
	}
	found := false
	for _, pr := range rep.Problems {
		found = found || strings.Contains(pr, "moved during the scan")
	}
	if !found {
		t.Errorf("no problem says a directory moved: %q", rep.Problems)
	}
}
