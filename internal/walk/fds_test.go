//go:build linux

package walk

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/pinatascan/pinatascan/scanner"
)

// TestWalkCancelClosesDirectories: a walk cancelled mid-way, with files
// queued for the workers in batches, still closes every directory it
// opened (each queued file holds its directory open).
func TestWalkCancelClosesDirectories(t *testing.T) {
	dir := t.TempDir()
	for f := range 5 { // files queued when a cancelled walk stops listing
		write(t, filepath.Join(dir, fmt.Sprintf("top%d.txt", f)), "x\n")
	}
	for d := range 20 {
		for f := range 3*batchSize + 5 { // not a whole number of batches
			write(t, filepath.Join(dir, fmt.Sprintf("d%02d/f%02d.txt", d, f)), "x\n")
		}
	}
	before := openFDs(t)
	for _, stopAfter := range []int{0, 1, batchSize, 5 * batchSize} {
		ctx, cancel := context.WithCancel(context.Background())
		if stopAfter == 0 {
			cancel() // before the walk starts
		}
		seen := 0
		scan := func(r io.Reader, _ scanner.Project, _ func(scanner.Finding) error) error {
			if seen++; seen == stopAfter {
				cancel()
			}
			_, err := io.Copy(io.Discard, r)
			return err
		}
		rep, err := Walk(ctx, []string{dir}, Options{Scan: scan, Workers: 1})
		cancel()
		if err == nil || !rep.Partial {
			t.Fatalf("stop after %d: err = %v, partial = %v; want a cancelled walk", stopAfter, err, rep.Partial)
		}
		if after := openFDs(t); after != before {
			t.Errorf("stop after %d: %d descriptors open, %d before the walk", stopAfter, after, before)
		}
	}
}

func openFDs(t *testing.T) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd")
	}
	return len(ents)
}
