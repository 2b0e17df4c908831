package cli_test

// The bad-input suite: each odd input of the README's "Behaviour on bad
// input" section, end to end through the command line, with the exit code
// it documents. Git cases are in robust_git_test.go, process-level ones
// (signals, another user) in robust_unix_test.go.

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/golang-jwt/jwt/v5"

	"github.com/pinatascan/pinatascan/internal/cli"
	"github.com/pinatascan/pinatascan/internal/testcred"
)

// jsonReport is the part of the JSON report these tests read.
type jsonReport struct {
	Findings []struct {
		Kind, Path, Value string
		PathBytes         []byte `json:"path_bytes"`
		Line, Column      int
		Encoding          string
	}
	Stats struct {
		Files, Skipped int
		Bytes          int64
	}
	Problems []string
	Partial  bool
}

// runCLI runs the command line in process from the current directory, and
// fails the test if it has not returned within limit: every bad input must
// end, and a hang is the bug these tests look for (speed is for benchmarks).
func runCLI(t *testing.T, limit time.Duration, stdin io.Reader, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	var out, errb bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- cli.Run(args, stdin, &out, &errb) }()
	select {
	case code = <-done:
	case <-time.After(limit):
		t.Fatalf("pinatascan %s: still running after %v", strings.Join(args, " "), limit)
	}
	return code, out.String(), errb.String()
}

func decodeJSON(t *testing.T, stdout string) jsonReport {
	t.Helper()
	var rep jsonReport
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("the JSON report does not decode: %v\n%.2000s", err, stdout)
	}
	return rep
}

func writeAll(t *testing.T, files map[string][]byte) {
	t.Helper()
	for name, b := range files {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func utf16(s string, bigEndian bool) []byte {
	b := []byte{0xFF, 0xFE}
	if bigEndian {
		b = []byte{0xFE, 0xFF}
	}
	for _, r := range s {
		if bigEndian {
			b = append(b, byte(r>>8), byte(r))
		} else {
			b = append(b, byte(r), byte(r>>8))
		}
	}
	return b
}

// TestBadContent: binary files and NUL bytes, invalid UTF-8, UTF-16 with a
// byte-order mark, and empty files, each in a directory and as a named file.
func TestBadContent(t *testing.T) {
	key := testcred.Key()
	line := "PINATA_API_KEY=" + key + "\n"
	tests := []struct {
		name    string
		content []byte
		code    int // 1 when the key is found
		skipped int
	}{
		{"NUL in the first 8000 bytes: binary, skipped", []byte(line + "\x00"), 0, 1},
		{"NUL only after 8000 bytes: text", []byte(strings.Repeat("# filler\n", 1000) + "\x00\n" + line), 1, 0},
		{"all NULs", make([]byte, 4096), 0, 1},
		{"invalid UTF-8 around the key", []byte("x=\xc3\x28\xa0\xa1 \xf0\x28\x8c\x28\n\xfe" + line + "\xff\xff\n"), 1, 0},
		{"invalid UTF-8 on the key's line", []byte("PINATA_API_KEY=" + key + "\xff\xfe\n"), 1, 0},
		{"UTF-16 little-endian with a BOM: scanned", utf16(line, false), 1, 0},
		{"UTF-16 big-endian with a BOM: scanned", utf16(line, true), 1, 0},
		{"UTF-16 without a BOM: NULs, so binary", utf16(line, false)[2:], 0, 1},
		{"empty", nil, 0, 0},
		{"a lone newline", []byte("\n"), 0, 0},
		{"a lone BOM", []byte{0xFF, 0xFE}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			writeAll(t, map[string][]byte{"dir/f.env": tt.content})
			for _, path := range []string{"dir", "dir/f.env", "-"} {
				var stdin io.Reader
				if path == "-" {
					stdin = bytes.NewReader(tt.content)
				}
				code, stdout, stderr := runCLI(t, time.Minute, stdin, "scan", "--format", "json", "--no-redact", path)
				if code != tt.code || stderr != "" {
					t.Fatalf("scan %s: exit %d, want %d; stderr %q", path, code, tt.code, stderr)
				}
				rep := decodeJSON(t, stdout)
				if rep.Stats.Skipped != tt.skipped || rep.Stats.Files+rep.Stats.Skipped != 1 {
					t.Errorf("scan %s: stats %+v, want 1 file, %d skipped", path, rep.Stats, tt.skipped)
				}
				if tt.code == 1 && (len(rep.Findings) != 1 || rep.Findings[0].Value != key || rep.Findings[0].Kind != "api-key") {
					t.Errorf("scan %s: findings %+v, want the key", path, rep.Findings)
				}
			}
		})
	}
}

// repeatReader repeats block for ever.
type repeatReader struct {
	block []byte
	off   int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		m := copy(p[n:], r.block[r.off:])
		n += m
		r.off = (r.off + m) % len(r.block)
	}
	return n, nil
}

// heapPeak samples the heap in use until stop is called, which returns the
// highest value seen.
func heapPeak() (stop func() uint64) {
	var peak atomic.Uint64
	quit := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-quit:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()
	return func() uint64 {
		close(quit)
		wg.Wait()
		return peak.Load()
	}
}

// TestTwoGiBFile: a 2 GiB file of NULs (sparse, so it takes no disk) is
// binary and skipped at once; 2 GiB of text, streamed through standard
// input, is read to its end in bounded memory and the credential just
// before the end is found on the right line.
func TestTwoGiBFile(t *testing.T) {
	t.Chdir(t.TempDir())
	f, err := os.Create("big.bin")
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.Truncate("big.bin", 2<<30); err != nil {
		t.Skipf("no sparse 2 GiB file here: %v", err)
	}
	code, stdout, stderr := runCLI(t, time.Minute, nil, "scan", "--format", "json", ".")
	if rep := decodeJSON(t, stdout); code != 0 || rep.Stats.Skipped != 1 || rep.Stats.Files != 0 {
		t.Errorf("sparse 2 GiB of NULs: exit %d, stats %+v; want skipped as binary\n%s", code, rep.Stats, stderr)
	}

	if testing.Short() {
		t.Skip("streams 2 GiB")
	}
	var block bytes.Buffer
	for i := 0; block.Len() < 64<<10; i++ {
		fmt.Fprintf(&block, "lorem ipsum dolor sit amet, value_%03d = %d; // some text\n", i, i*7919)
	}
	lines := bytes.Count(block.Bytes(), []byte{'\n'})
	blocks := (2<<30 + block.Len() - 1) / block.Len()
	tok, _, _ := testcred.JWT(testcred.JWTOptions{})
	tail := "PINATA_JWT=" + tok + "\n# the end\n"
	in := io.MultiReader(io.LimitReader(&repeatReader{block: block.Bytes()}, int64(blocks*block.Len())), strings.NewReader(tail))

	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	stop := heapPeak()
	code, stdout, stderr = runCLI(t, 5*time.Minute, in, "scan", "--format", "json", "-")
	peak := stop()
	rep := decodeJSON(t, stdout)
	wantLine := blocks*lines + 1
	if code != 1 || len(rep.Findings) != 1 || rep.Findings[0].Line != wantLine || rep.Findings[0].Column != 12 {
		t.Fatalf("exit %d, findings %+v; want the JWT at %d:12\n%s", code, rep.Findings, wantLine, stderr)
	}
	if want := int64(blocks*block.Len() + len(tail)); rep.Stats.Bytes != want {
		t.Errorf("scanned %d bytes, want %d", rep.Stats.Bytes, want)
	}
	// The scan reads in windows of about 1 MiB: memory must not follow the input.
	if grew := int64(peak) - int64(base.HeapInuse); grew > 64<<20 {
		t.Errorf("heap in use grew by %d MiB over 2 GiB of input, want bounded (< 64 MiB)", grew>>20)
	}
	t.Logf("2 GiB through stdin: heap in use peaked %d MiB above the start", (int64(peak)-int64(base.HeapInuse))>>20)
}

// TestLongSingleLine: 200 MB on one line (a minified bundle), streamed,
// with credentials in the middle and near the end: both found, on line 1
// at their byte columns, in bounded memory.
func TestLongSingleLine(t *testing.T) {
	t.Chdir(t.TempDir())
	const size = 200 << 20
	block := []byte(strings.Repeat("a=function(b){return b+1};", 2048))
	tok, _, _ := testcred.JWT(testcred.JWTOptions{})
	mid := "var jwt=\"" + tok + "\";"
	n := size / 2 / len(block)
	col1 := n*len(block) + len(`var jwt="`) + 1
	col2 := 2*n*len(block) + len(mid) + len(`var jwt="`) + 1
	in := io.MultiReader(
		io.LimitReader(&repeatReader{block: block}, int64(n*len(block))), strings.NewReader(mid),
		io.LimitReader(&repeatReader{block: block}, int64(n*len(block))), strings.NewReader(mid+"\n"))

	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	stop := heapPeak()
	code, stdout, stderr := runCLI(t, 2*time.Minute, in, "scan", "--format", "json", "-")
	peak := stop()
	rep := decodeJSON(t, stdout)
	if code != 1 || len(rep.Findings) != 2 {
		t.Fatalf("exit %d, %d findings; want the 2 JWTs\n%s", code, len(rep.Findings), stderr)
	}
	for i, col := range []int{col1, col2} {
		if f := rep.Findings[i]; f.Line != 1 || f.Column != col {
			t.Errorf("finding %d at %d:%d, want 1:%d", i, f.Line, f.Column, col)
		}
	}
	if grew := int64(peak) - int64(base.HeapInuse); grew > 64<<20 {
		t.Errorf("heap in use grew by %d MiB on a 200 MB line, want bounded (< 64 MiB)", grew>>20)
	}
}

// oddNames are file names a report must carry exactly.
var oddNames = []string{
	"with space.env",
	"new\nline.env",
	"bad\xff\xfename.env",
	"tab\tand\rcarriage.env",
	"quote\"back\\slash.env",
	"ünïcødé ✓.env",
	"%41 percent#hash?query.env",
	"-dash.env",
}

// TestOddFileNames: names with spaces, newlines and invalid UTF-8 come out
// exactly: JSON decodes and gives the name back (path_bytes when it is not
// UTF-8), SARIF percent-encodes it into a URI that decodes to it, and text
// quotes it so a newline cannot forge a report line.
func TestOddFileNames(t *testing.T) {
	t.Chdir(t.TempDir())
	keys := map[string]string{} // key -> file name
	files := map[string][]byte{}
	for _, name := range oddNames {
		k := testcred.Key()
		keys[k] = name
		files[filepath.Join("tree", name)] = []byte("PINATA_API_KEY=" + k + "\n")
	}
	writeAll(t, files)

	code, stdout, stderr := runCLI(t, time.Minute, nil, "scan", "--format", "json", "--no-redact", "tree")
	if code != 1 {
		t.Fatalf("json: exit %d\n%s", code, stderr)
	}
	if !utf8.ValidString(stdout) || !json.Valid([]byte(stdout)) {
		t.Fatal("the JSON report is not valid UTF-8 JSON")
	}
	rep := decodeJSON(t, stdout)
	if len(rep.Findings) != len(oddNames) {
		t.Fatalf("%d findings, want %d", len(rep.Findings), len(oddNames))
	}
	for _, f := range rep.Findings {
		got := f.Path
		if f.PathBytes != nil {
			got = string(f.PathBytes)
		}
		if want := filepath.Join("tree", keys[f.Value]); got != want {
			t.Errorf("json: path %q (bytes %q), want %q", f.Path, f.PathBytes, want)
		}
		if utf8.ValidString(keys[f.Value]) != (f.PathBytes == nil) {
			t.Errorf("json: path_bytes %q for %q: want it exactly when the name is not UTF-8", f.PathBytes, keys[f.Value])
		}
	}

	code, stdout, stderr = runCLI(t, time.Minute, nil, "scan", "--format", "sarif", "--no-redact", "tree")
	if code != 1 {
		t.Fatalf("sarif: exit %d\n%s", code, stderr)
	}
	var sarif struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &sarif); err != nil || len(sarif.Runs) != 1 {
		t.Fatalf("sarif does not decode: %v", err)
	}
	seen := map[string]bool{}
	for _, r := range sarif.Runs[0].Results {
		uri := r.Locations[0].PhysicalLocation.ArtifactLocation.URI
		if strings.ContainsAny(uri, " \n\r\t\"\\#?") || !utf8.ValidString(uri) {
			t.Errorf("sarif: uri %q is not percent-encoded", uri)
		}
		name, err := url.PathUnescape(uri)
		if err != nil {
			t.Errorf("sarif: uri %q: %v", uri, err)
		}
		seen[name] = true
	}
	for _, name := range oddNames {
		if !seen["tree/"+name] {
			t.Errorf("sarif: no uri decodes to %q (have %v)", "tree/"+name, seen)
		}
	}

	code, stdout, _ = runCLI(t, time.Minute, nil, "scan", "--format", "text", "tree")
	if code != 1 || !strings.Contains(stdout, strconv.Quote("tree/new\nline.env")+":1:16: api-key") {
		t.Errorf("text: exit %d; the newline name is not quoted:\n%s", code, stdout)
	}
	for _, l := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(l, "line.env") {
			t.Errorf("text: a file name forged the report line %q", l)
		}
	}

	code, stdout, _ = runCLI(t, time.Minute, nil, "scan", "--format", "github", "tree")
	if code != 1 {
		t.Fatalf("github: exit %d", code)
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if lines[0] == "::debug::pinatascan report" { // the hidden line that marks the report as pinatascan's
		lines = lines[1:]
	}
	if len(lines) != len(oddNames)+1 || !strings.HasPrefix(lines[len(lines)-1], "8 findings") {
		t.Errorf("github: want one line per finding and the summary:\n%s", stdout)
	}
	for _, l := range lines[:len(lines)-1] {
		if !strings.HasPrefix(l, "::warning file=") && !strings.HasPrefix(l, "::error file=") {
			t.Errorf("github: a file name broke a workflow command into the line %q", l)
		}
	}
}

// b64 encodes s n times.
func b64(s string, n int) string {
	for range n {
		s = base64.StdEncoding.EncodeToString([]byte(s))
	}
	return s
}

func rawJWT(header, payload string) string {
	e := base64.RawURLEncoding.EncodeToString
	return e([]byte(header)) + "." + e([]byte(payload)) + "." + e([]byte("not a real signature, 32 bytes!"))
}

// TestHostileTokens: JWT-shaped and base64 input built to hurt a decoder
// ends in bounded time with no crash; what is not a Pinata credential is
// not reported, and real ones beside it still are.
func TestHostileTokens(t *testing.T) {
	key := testcred.Key()
	tok, _, _ := testcred.JWT(testcred.JWTOptions{})
	hdr := `{"alg":"HS256","typ":"JWT"}`
	deepArr := strings.Repeat("[", 1400) + strings.Repeat("]", 1400)
	cases := map[string]string{
		"10 MB payload":                       "PINATA_JWT=" + rawJWT(hdr, `{"pad":"`+strings.Repeat("a", 10<<20)+`","scopedKeyKey":"`+key+`"}`),
		"bad base64":                          "PINATA_JWT=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ!!!.abc",
		"bad base64 chars":                    "PINATA_JWT=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%.sig",
		"truncated JSON":                      "PINATA_JWT=" + rawJWT(hdr, `{"scopedKeyKey":"`+key+`","a":`),
		"payload not JSON":                    "PINATA_JWT=" + rawJWT(hdr, "\x00\xff\xfe not json at all \xc3\x28"),
		"payload an array":                    "PINATA_JWT=" + rawJWT(hdr, `["scopedKeyKey","`+key+`"]`),
		"payload null":                        "PINATA_JWT=" + rawJWT(hdr, `null`),
		"header not JSON":                     "PINATA_JWT=" + rawJWT(`{{{{`, `{"scopedKeyKey":"`+key+`"}`),
		"claims wrong type":                   "PINATA_JWT=" + rawJWT(hdr, `{"scopedKeyKey":12345,"scopedKeySecret":[],"exp":"tomorrow","iat":{},"userInformation":"me"}`),
		"huge numbers":                        "PINATA_JWT=" + rawJWT(hdr, `{"scopedKeyKey":"`+key+`","exp":1e999999,"iat":-1e400}`),
		"deeply nested":                       "PINATA_JWT=" + rawJWT(hdr, `{"scopedKeyKey":"`+key+`","userInformation":`+deepArr+`}`),
		"deeply nested, 5000 objects, signed": "PINATA_JWT=" + testcred.Sign(jwt.MapClaims{"userInformation": nest(5000), "scopedKeyKey": key}),
		"many dots":                           "PINATA_JWT=" + strings.Repeat("eyJhbGciOiJIUzI1NiJ9.", 5000),
		"eyJ for ever":                        strings.Repeat("eyJ", 1<<20),
		"base64 40 deep":                      "data: " + b64("PINATA_API_KEY="+key, 40),
		"base64 bomb":                         strings.Repeat("data: "+b64(strings.Repeat(b64(b64("eyJhbGciOiJIUzI1NiJ9."+strings.Repeat("QUFB", 30), 1), 1)+" ", 60), 1)+"\n", 200),
		"wide base64":                         strings.Repeat("QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB ", 200000),
		"equals for ever":                     "PINATA_JWT=" + strings.Repeat("=", 1<<20),
	}
	t.Chdir(t.TempDir())
	files := map[string][]byte{}
	for name, body := range cases {
		files[filepath.Join("hostile", strings.ReplaceAll(name, " ", "_")+".env")] = []byte(body + "\n")
	}
	writeAll(t, files)
	code, stdout, stderr := runCLI(t, 2*time.Minute, nil, "scan", "--format", "json", "hostile")
	rep := decodeJSON(t, stdout)
	if code != 0 || len(rep.Findings) != 0 || stderr != "" || rep.Stats.Files != len(cases) {
		t.Errorf("exit %d, stats %+v, findings %+v; want nothing reported, every file scanned\n%s", code, rep.Stats, rep.Findings, stderr)
	}

	// The same hostile lines beside a real JWT in one file: it is still found.
	var all strings.Builder
	size := len("PINATA_JWT=\n") + len(tok)
	for _, body := range cases {
		size += len(body) + 1
	}
	all.Grow(size) // megabytes: growing as it goes copied them over and over
	for _, body := range cases {
		all.WriteString(body)
		all.WriteString("\n")
	}
	line := strings.Count(all.String(), "\n") + 1
	all.WriteString("PINATA_JWT=" + tok + "\n")
	code, stdout, stderr = runCLI(t, 2*time.Minute, strings.NewReader(all.String()), "scan", "--format", "json", "-")
	if rep := decodeJSON(t, stdout); code != 1 || len(rep.Findings) != 1 || rep.Findings[0].Line != line {
		t.Errorf("exit %d, findings %+v; want the real JWT on line %d\n%s", code, rep.Findings, line, stderr)
	}
}

// TestBase64Levels: a JWT base64-encoded again and again, under a Pinata
// name, is found one and two encodings deep (a Kubernetes Secret holding a
// .env is two); from four on it is data and is not decoded that far. Each
// level is its own input, so nothing else in it helps.
func TestBase64Levels(t *testing.T) {
	tok, _, _ := testcred.JWT(testcred.JWTOptions{})
	var found []int
	for level := 1; level <= 9; level++ {
		in := "PINATA_JWT: " + b64(tok, level) + "\n"
		code, stdout, stderr := runCLI(t, time.Minute, strings.NewReader(in), "scan", "--format", "json", "-")
		rep := decodeJSON(t, stdout)
		if code > 1 || stderr != "" {
			t.Fatalf("level %d: exit %d\n%s", level, code, stderr)
		}
		if len(rep.Findings) > 0 {
			found = append(found, level)
			if f := rep.Findings[0]; f.Kind != "jwt" || f.Encoding != "base64" || f.Line != 1 || f.Column != 13 {
				t.Errorf("level %d: finding %+v, want a base64 jwt at 1:13", level, f)
			}
		}
	}
	if len(found) < 2 || found[0] != 1 || found[1] != 2 || found[len(found)-1] > 3 {
		t.Errorf("found at levels %v; want 1 and 2, and nothing past 3", found)
	}
}

func nest(n int) any {
	var v any = "x"
	for range n {
		v = map[string]any{"a": v}
	}
	return v
}

// TestTreeChurn: files deleted, recreated, truncated and grown while the
// tree is scanned, end to end. Whatever the timing: the scan ends, the
// report decodes, a file that vanished is at most a "no such file or
// directory" problem (exit 2), and the file that never changes is found.
// The exact moments are pinned in internal/walk's TestWalkTreeChangesUnderfoot.
func TestTreeChurn(t *testing.T) {
	t.Chdir(t.TempDir())
	key := testcred.Key()
	files := map[string][]byte{"tree/stable.env": []byte("PINATA_API_KEY=" + key + "\n")}
	for i := range 2000 {
		files[fmt.Sprintf("tree/d%02d/f%04d.txt", i%20, i)] = []byte(strings.Repeat("some text\n", 50))
	}
	writeAll(t, files)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for n := 0; ; n++ {
			select {
			case <-stop:
				return
			default:
			}
			p := fmt.Sprintf("tree/d%02d/f%04d.txt", n%20, (n*7919)%2000)
			switch n % 4 {
			case 0:
				os.Remove(p)
			case 1:
				os.WriteFile(p, []byte("PINATA_API_KEY="+testcred.Key()+"\n"), 0o644)
			case 2:
				os.Truncate(p, 0)
			case 3:
				os.RemoveAll(filepath.Dir(p))
				os.MkdirAll(filepath.Dir(p), 0o755)
			}
		}
	}()
	defer func() { close(stop); wg.Wait() }()
	for range 5 {
		code, stdout, stderr := runCLI(t, time.Minute, nil, "scan", "--format", "json", "--no-redact", "tree")
		rep := decodeJSON(t, stdout)
		if code != 1 && code != 2 || code == 2 && len(rep.Problems) == 0 || rep.Partial {
			t.Errorf("exit %d, problems %q, partial %v", code, rep.Problems, rep.Partial)
		}
		for _, p := range rep.Problems {
			if !strings.HasSuffix(p, ": no such file or directory") {
				t.Errorf("problem %q, want only vanished files", p)
			}
		}
		found := false
		for _, f := range rep.Findings {
			found = found || f.Path == "tree/stable.env" && f.Value == key
		}
		if !found {
			t.Errorf("the unchanged file's key was not found\n%s", stderr)
		}
	}
}
