package scanner

import (
	"bytes"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testcred"
)

// goSource returns up to limit bytes of Go's own source tree, file by file:
// the text the prefilter sees most (code that mentions no Pinata at all).
func goSource(tb testing.TB, limit int) [][]byte {
	tb.Helper()
	root := filepath.Join(runtime.GOROOT(), "src")
	var files [][]byte
	total := 0
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || total >= limit {
			return filepath.SkipDir
		}
		if d.Type().IsRegular() && strings.HasSuffix(p, ".go") {
			if data, err := os.ReadFile(p); err == nil && !LooksBinary(data) {
				files = append(files, data)
				total += len(data)
			}
		}
		return nil
	})
	if len(files) == 0 {
		tb.Skip("no Go source tree to read")
	}
	return files
}

// BenchmarkTriggers measures the prefilter on real source code, one call
// per file as a directory scan makes them (most files fit one window).
func BenchmarkTriggers(b *testing.B) {
	files := goSource(b, 32<<20)
	var n int64
	for _, f := range files {
		n += int64(len(f))
	}
	b.SetBytes(n)
	for b.Loop() {
		for _, f := range files {
			triggers(f)
		}
	}
}

// BenchmarkTriggersWindow measures the prefilter on whole 1 MiB windows,
// as a large file is read.
func BenchmarkTriggersWindow(b *testing.B) {
	files := goSource(b, 8<<20)
	win := bytes.Join(files, nil)[:8<<20]
	b.SetBytes(int64(len(win)))
	for b.Loop() {
		for w := win; len(w) > 0; w = w[min(len(w), windowSize):] {
			triggers(w[:min(len(w), windowSize)])
		}
	}
}

// BenchmarkContextRules measures classification: a Pinata config with many
// values of credential shape (hashes, checksums, ids) that the context
// rules must judge one by one, and a few real credentials among them.
func BenchmarkContextRules(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("# pinata deployment\npinata:\n")
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 2000 {
		switch i % 8 {
		case 0:
			sb.WriteString("  api_key: " + testcred.Key() + "\n")
		case 1:
			sb.WriteString("  sha256: " + randHex(r, 64) + "\n")
		case 2:
			sb.WriteString("  commit = \"" + randHex(r, 20) + "\" # build id\n")
		case 3:
			sb.WriteString("  gateway_token: " + randToken(r, 64) + "\n")
		case 4:
			sb.WriteString(randHex(r, 64) + "  vendor/lib-" + randHex(r, 4) + ".tar.gz\n")
		case 5:
			sb.WriteString("  cid: bafy" + randHex(r, 20) + "\n")
		case 6:
			sb.WriteString("  secret: " + testcred.Secret() + "\n")
		default:
			sb.WriteString("  id: " + randHex(r, 20) + " // request id\n")
		}
	}
	text := []byte(sb.String())
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		ScanBytes(text)
	}
}

func randHex(r *rand.Rand, n int) string {
	const digits = "0123456789abcdef"
	b := make([]byte, n)
	for i := range b {
		b[i] = digits[r.IntN(16)]
	}
	return string(b)
}

func randToken(r *rand.Rand, n int) string {
	const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
	b := make([]byte, n)
	for i := range b {
		b[i] = chars[r.IntN(len(chars))]
	}
	return string(b)
}

// BenchmarkScanFile scans the file $PINATASCAN_BENCH_FILE, to profile a
// slow input: go test -bench ScanFile -cpuprofile cpu.out ./scanner
func BenchmarkScanFile(b *testing.B) {
	name := os.Getenv("PINATASCAN_BENCH_FILE")
	if name == "" {
		b.Skip("PINATASCAN_BENCH_FILE is not set")
	}
	fi, err := os.Stat(name)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	for b.Loop() {
		f, err := os.Open(name)
		if err != nil {
			b.Fatal(err)
		}
		err = Scan(f, func(Finding) error { return nil })
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLongLine scans one line of growing length in shapes that once
// cost the square of it (issue 12, item 1): MB/s must not fall as the
// line grows.
func BenchmarkLongLine(b *testing.B) {
	r := rand.New(rand.NewPCG(3, 4))
	shapes := map[string]func() string{
		"mentions": func() string { return "pinata " },
		"pinlist": func() string {
			return `{"ipfs_pin_hash":"Qm` + randToken(r, 44) + `","metadata":{"name":"pinata-upload.png"}},`
		},
		"named-values": func() string { return "pinata_api_key=" + randHex(r, 20) + "&" },
	}
	for name, piece := range shapes {
		for _, size := range []int{256 << 10, 1 << 20} {
			var sb strings.Builder
			for sb.Len() < size {
				sb.WriteString(piece())
			}
			text := []byte(sb.String())
			b.Run(fmt.Sprintf("%s/%dKiB", name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					ScanBytes(text)
				}
			})
		}
	}
}
