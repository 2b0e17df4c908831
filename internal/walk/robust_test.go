//go:build unix

package walk

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/scanner"
)

// TestWalkTreeChangesUnderfoot: files and directories that vanish, or are
// swapped for a FIFO or a symbolic link, between being listed and being
// opened. A vanished one is a problem naming it and the rest is scanned;
// a swapped one is never read through (a FIFO would block the open, a link
// could lead out of the tree). The Exclude hook runs right after the
// listing, so it makes the change at exactly that moment.
func TestWalkTreeChangesUnderfoot(t *testing.T) {
	t.Chdir(t.TempDir())
	write(t, "outside.txt", "LEAK outside\n")
	for _, f := range []string{"tree/keep.txt", "tree/gone.txt", "tree/gonedir/x.txt", "tree/fifo.txt", "tree/link.txt", "tree/z.txt"} {
		write(t, f, "LEAK\n")
	}
	changes := map[string]func() error{
		"tree/gone.txt": func() error { return os.Remove("tree/gone.txt") },
		"tree/gonedir":  func() error { return os.RemoveAll("tree/gonedir") },
		"tree/fifo.txt": func() error {
			if err := os.Remove("tree/fifo.txt"); err != nil {
				return err
			}
			return syscall.Mkfifo("tree/fifo.txt", 0o644)
		},
		"tree/link.txt": func() error {
			if err := os.Remove("tree/link.txt"); err != nil {
				return err
			}
			abs, _ := filepath.Abs("outside.txt")
			return os.Symlink(abs, "tree/link.txt")
		},
	}
	exclude := func(path string, dir bool) bool {
		if change, ok := changes[path]; ok {
			delete(changes, path)
			if err := change(); err != nil {
				t.Error(err)
			}
		}
		return false
	}
	done := make(chan summary, 1)
	go func() {
		rep, err := Walk(context.Background(), []string{"tree"}, Options{Scan: fakeScan, Exclude: exclude, Workers: 1})
		if err != nil {
			t.Error(err)
		}
		done <- summarize(rep)
	}()
	var s summary
	select {
	case s = <-done:
	case <-time.After(30 * time.Second):
		// Unblock an open stuck on the FIFO so the goroutine can end.
		if f, err := os.OpenFile("tree/fifo.txt", os.O_WRONLY, 0); err == nil {
			f.Close()
		}
		t.Fatal("the walk hangs on a file swapped for a FIFO after it was listed")
	}
	if len(changes) != 0 {
		t.Fatalf("changes not made: %v", changes)
	}
	if want := []string{"tree/keep.txt:1:1", "tree/z.txt:1:1"}; !slices.Equal(s.Findings, want) {
		t.Errorf("findings %v, want %v (nothing read through the swapped files)", s.Findings, want)
	}
	// The link is refused at the open (O_NOFOLLOW says "too many levels of
	// symbolic links"); the FIFO opens without blocking and reads as empty.
	for _, p := range []string{"tree/gone.txt: no such file or directory", "tree/gonedir: no such file or directory", "tree/link.txt: too many levels of symbolic links"} {
		if !slices.Contains(s.Problems, p) {
			t.Errorf("problems %q lack %q", s.Problems, p)
		}
	}
	if s.Files != 3 || s.Bytes != 10 {
		t.Errorf("%d files, %d bytes; want keep.txt, z.txt and the empty FIFO", s.Files, s.Bytes)
	}
	for _, p := range s.Problems {
		if strings.Contains(p, "outside") {
			t.Errorf("problem %q names what is outside the tree", p)
		}
	}
}

// TestWalkFileChangesWhileRead: a file truncated, grown or replaced while
// it is being read is read as far as it goes, with no problem and no
// crash; the bytes counted are the bytes read.
func TestWalkFileChangesWhileRead(t *testing.T) {
	t.Chdir(t.TempDir())
	head := strings.Repeat("filler line\n", 1000) // more than the first read
	for _, f := range []string{"shrinks.txt", "grows.txt", "replaced.txt"} {
		write(t, f, head+"LEAK\n")
	}
	change := map[string]func(){
		"shrinks.txt": func() { os.Truncate("shrinks.txt", 0) },
		"grows.txt": func() {
			f, _ := os.OpenFile("grows.txt", os.O_APPEND|os.O_WRONLY, 0)
			f.WriteString("LEAK again\n")
			f.Close()
		},
		"replaced.txt": func() {
			write(t, "replaced.new", "new content, LEAK\n")
			os.Rename("replaced.new", "replaced.txt")
		},
	}
	for name, fn := range change {
		t.Run(name, func(t *testing.T) {
			scan := func(r io.Reader, _ scanner.Project, yield func(scanner.Finding) error) error {
				buf := make([]byte, 4096)
				n, err := io.ReadFull(r, buf)
				if err != nil {
					return err
				}
				fn()
				rest, err := io.ReadAll(r)
				if err != nil {
					return err
				}
				return fakeScan(strings.NewReader(string(buf[:n])+string(rest)), scanner.Project{}, yield)
			}
			rep, err := Walk(context.Background(), []string{name}, Options{Scan: scan})
			if err != nil {
				t.Fatal(err)
			}
			s := summarize(rep)
			if len(s.Problems) != 0 || s.Files != 1 || s.Bytes < 4096 {
				t.Errorf("%+v, want one file read without a problem", s)
			}
			if fi, err := os.Stat(name); err == nil && name == "grows.txt" && s.Bytes != fi.Size() {
				t.Errorf("read %d bytes of a file grown to %d", s.Bytes, fi.Size())
			}
		})
	}
}
