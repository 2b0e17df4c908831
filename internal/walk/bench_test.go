package walk

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/pinatascan/pinatascan/scanner"
)

// benchTree is the tree the benchmarks walk: $PINATASCAN_BENCH_TREE, or
// Go's own source tree (about 157 MB), the reference for speed targets.
func benchTree(b *testing.B) string {
	if d := os.Getenv("PINATASCAN_BENCH_TREE"); d != "" {
		return d
	}
	d := filepath.Join(runtime.GOROOT(), "src")
	if _, err := os.Stat(d); err != nil {
		b.Skipf("no tree to walk: %v", err)
	}
	return d
}

func benchWalk(b *testing.B, scan ScanFunc) {
	dir := benchTree(b)
	var bytes int64
	for b.Loop() {
		rep, err := Walk(context.Background(), []string{dir}, Options{Scan: scan})
		if err != nil {
			b.Fatal(err)
		}
		bytes = rep.Stats.Bytes
	}
	b.SetBytes(bytes)
}

// BenchmarkWalkRead measures the walk alone: every file is read and dropped.
func BenchmarkWalkRead(b *testing.B) {
	benchWalk(b, func(r io.Reader, _ scanner.Project, _ func(scanner.Finding) error) error {
		_, err := io.Copy(io.Discard, r)
		return err
	})
}

// BenchmarkWalkScan measures `pinatascan scan` on the tree: walk and detection.
func BenchmarkWalkScan(b *testing.B) {
	benchWalk(b, scanner.ScanProject)
}
