package gitscan

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/testcred"
)

// makeHistory builds a repository of n commits with git fast-import: each
// commit rewrites one of 500 files, and every 1000th adds a credential.
func makeHistory(tb testing.TB, n int) (dir string, secrets int) {
	tb.Helper()
	dir = tb.TempDir()
	if out, err := exec.Command("git", "-C", dir, "init", "-q", "-b", "main").CombinedOutput(); err != nil {
		tb.Fatalf("%v: %s", err, out)
	}
	cmd := exec.Command("git", "-C", dir, "fast-import", "--quiet")
	// fast-import frees and regrows a buffer for every commit, and glibc
	// gives the memory back to the system each time: one brk call per
	// commit, which some sandboxed kernels make costly (3,000 commits took
	// 3 s of system time instead of 0.3 s). A higher trim threshold keeps
	// the memory; nothing else changes.
	cmd.Env = append(os.Environ(), "GLIBC_TUNABLES=glibc.malloc.trim_threshold=268435456")
	in, err := cmd.StdinPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(in)
	for i := 1; i <= n; i++ {
		content := fmt.Sprintf("# file %d, revision %d\nvalue_%d = %d\n%s\n", i%500, i, i, i*7, testcred.Hex(40))
		if i%1000 == 0 {
			content += "PINATA_SECRET_API_KEY=" + testcred.Secret() + "\n"
			secrets++
		}
		fmt.Fprintf(w, "commit refs/heads/main\nauthor Ada Author <ada@example.com> %d +0000\ncommitter Ada Author <ada@example.com> %d +0000\ndata 2\nc\n",
			1700000000+i, 1700000000+i)
		fmt.Fprintf(w, "M 100644 inline dir%d/f%d.txt\ndata %d\n%s\n", i%10, i%500, len(content), content)
	}
	w.Flush()
	in.Close()
	if err := cmd.Wait(); err != nil {
		tb.Fatal(err)
	}
	return dir, secrets
}

// BenchmarkHistory50k walks 50,000 commits and reports the peak Go heap,
// which must not grow with the history's content.
func BenchmarkHistory50k(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a 50,000-commit repository")
	}
	dir, secrets := makeHistory(b, 50000)
	b.ResetTimer()
	for range b.N {
		runtime.GC()
		var base runtime.MemStats
		runtime.ReadMemStats(&base)
		peak := peakHeap()
		found := 0
		sum, err := History(context.Background(), dir, HistoryOptions{}, func(result.Result) error {
			found++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		if found != secrets || sum.Commits != 50000 {
			b.Fatalf("found %d in %d commits, want %d in 50000", found, sum.Commits, secrets)
		}
		b.ReportMetric(float64(peak()-base.HeapAlloc)/(1<<20), "peak-heap-MB")
	}
}

// peakHeap samples the heap until the returned func is called, and
// returns the highest HeapAlloc seen.
func peakHeap() func() uint64 {
	var (
		mu   sync.Mutex
		max  uint64
		done = make(chan struct{})
	)
	go func() {
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			mu.Lock()
			max = maxu(max, m.HeapAlloc)
			mu.Unlock()
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	return func() uint64 {
		close(done)
		mu.Lock()
		defer mu.Unlock()
		return max
	}
}

func maxu(a, b uint64) uint64 {
	if a > b {
		return a
	}
	return b
}
