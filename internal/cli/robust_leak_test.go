package cli_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testbin"
	"github.com/pinatascan/pinatascan/scanner"
)

// echoServer is a Pinata API gone wrong: whatever it answers quotes the
// credentials it was sent, in its body and headers. Nothing it says may
// reach pinatascan's output in full.
func echoServer(t *testing.T, mode string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		echo := r.Header.Get("pinata_api_key") + " " + r.Header.Get("pinata_secret_api_key") + " " + r.Header.Get("Authorization")
		quoted := strings.NewReplacer(`"`, `\"`).Replace(echo)
		w.Header().Set("X-Echo", echo)
		switch mode {
		case "500":
			w.WriteHeader(500)
			w.Write([]byte("internal error while checking " + echo))
		case "401":
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(401)
			w.Write([]byte(`{"error":{"reason":"` + quoted + `","details":"` + quoted + `"}}`))
		case "403":
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(403)
			w.Write([]byte(`{"reason":"` + quoted + `","details":"` + quoted + `"}`))
		case "200":
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(`{"message":"` + quoted + `"}`))
		case "redirect":
			http.Redirect(w, r, "/elsewhere?"+strings.ReplaceAll(echo, " ", "+"), http.StatusFound)
		case "hangup":
			if hj, ok := w.(http.Hijacker); ok {
				c, _, _ := hj.Hijack()
				c.Write([]byte("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n" + echo))
				c.Close()
			}
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestNoSecretInVerifyFailures: when live verification fails in every way
// a server can make it fail, and the server echoes the credentials back,
// no secret, JWT or e-mail appears in full in any format, on stdout or
// stderr.
func TestNoSecretInVerifyFailures(t *testing.T) {
	c := newCreds()
	secrets := map[string]string{
		"secret": c.Secret, "JWT": c.JWT, "JWT's secret": c.JWTSecret,
		"gateway token": c.GatewayToken, "e-mail": c.Email,
	}
	for _, mode := range []string{"500", "401", "403", "200", "redirect", "hangup"} {
		url := echoServer(t, mode)
		for _, format := range []string{"text", "json", "sarif", "github"} {
			code, stdout, stderr := run(t, c, leakFiles, "", "scan", "--verify", "--pinata-api-url", url, "--format", format, ".")
			if code != 1 && code != 2 {
				t.Errorf("%s/%s: exit %d\n%s", mode, format, code, stderr)
			}
			for name, s := range secrets {
				if strings.Contains(stdout+stderr, s) {
					t.Errorf("%s/%s: the %s appears in full", mode, format, name)
				}
			}
		}
	}
}

// TestNoSecretInCIFormats: SARIF and GitHub annotations mask like text and
// JSON (TestNoSecretInOutput), and --no-redact shows the values.
func TestNoSecretInCIFormats(t *testing.T) {
	for _, format := range []string{"sarif", "github"} {
		c := newCreds()
		secrets := map[string]string{
			"secret": c.Secret, "JWT": c.JWT, "JWT's secret": c.JWTSecret,
			"gateway token": c.GatewayToken, "e-mail": c.Email,
		}
		code, stdout, stderr := run(t, c, leakFiles, "", "scan", "--format", format, ".")
		if code != 1 {
			t.Fatalf("%s: exit %d\n%s", format, code, stderr)
		}
		for name, s := range secrets {
			if strings.Contains(stdout+stderr, s) {
				t.Errorf("%s: the %s appears in full", format, name)
			}
		}
		_, stdout, _ = run(t, c, leakFiles, "", "scan", "--format", format, "--no-redact", ".")
		if !strings.Contains(stdout, c.Secret) || !strings.Contains(stdout, c.GatewayToken) {
			t.Errorf("%s --no-redact: values not shown", format)
		}
	}
}

// panicHelperEnv makes the test binary, started by TestPanicCarriesNoSecret,
// crash on purpose (TestMain) instead of running the tests.
const panicHelperEnv = "PINATASCAN_PANIC_HELPER"

// panicHelper panics with a runtime error in the middle of handling a
// finding, its value and the file's contents live in memory. It runs
// before the testing package: a child that ran the tests' set-up would
// leave what it made behind, as a panic skips the clean-up.
func panicHelper(secret string) {
	content := []byte("PINATA_SECRET_API_KEY=" + secret + "\n")
	scanner.Scan(bytes.NewReader(content), func(f scanner.Finding) error {
		i := len(f.Value) + len(content)
		_ = f.Value[i] // index out of range: a bug, as a user would meet it
		return nil
	})
	fmt.Fprintln(os.Stderr, "no panic")
	os.Exit(3)
}

// TestPanicCarriesNoSecret: if pinatascan ever crashes mid-scan, Go's
// panic message and traceback show addresses and lengths, never the bytes
// being scanned; and no non-test code panics with a value of its own (a
// value could carry a secret).
func TestPanicCarriesNoSecret(t *testing.T) {
	c := newCreds()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), panicHelperEnv+"="+c.Secret, "GOTRACEBACK=all")
	out, err := cmd.CombinedOutput()
	if err == nil || !bytes.Contains(out, []byte("panic: runtime error: index out of range")) {
		t.Fatalf("the helper did not panic: %v\n%s", err, out)
	}
	if bytes.Contains(out, []byte(c.Secret)) || bytes.Contains(out, []byte(c.Secret[:16])) {
		t.Errorf("the panic output shows the secret:\n%s", out)
	}

	// No panic(...) outside tests in the code that reads what is scanned,
	// except testcred's (test credentials).
	fset := token.NewFileSet()
	for _, root := range []string{"../../scanner", "../../internal", "../../cmd/pinatascan"} {
		checkNoPanic(t, fset, root)
	}
}

func checkNoPanic(t *testing.T, fset *token.FileSet, root string) {
	t.Helper()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != root && (d.Name() == "testdata" || d.Name() == "testcred" || strings.HasPrefix(d.Name(), ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			return nil // mid-edit elsewhere; the build catches it
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
					t.Errorf("%s: panic(…) outside tests: return an error instead, a panic's value could carry a secret", fset.Position(call.Pos()))
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestNoSecretInStdLog: a server that answers on an idle connection makes
// net/http log the answer's first bytes through the standard logger; a
// real pinatascan process must not let that reach stderr, since the answer
// can quote the credential that was sent.
func TestNoSecretInStdLog(t *testing.T) {
	c := newCreds()
	dir := t.TempDir()
	for name, content := range leakFiles {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(c.expand(content)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	url := echoServer(t, "hangup")
	cmd := exec.Command(testbin.Path(t, "pinatascan"), "scan", "--verify", "--pinata-api-url", url, ".")
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Run()
	for name, s := range map[string]string{"secret": c.Secret, "JWT": c.JWT, "e-mail": c.Email, "JWT's secret": c.JWTSecret} {
		if strings.Contains(stdout.String()+stderr.String(), s) {
			t.Errorf("the %s appears in full:\n%s", name, stderr.String())
		}
	}
	if strings.Contains(stderr.String(), "Unsolicited response") {
		t.Errorf("net/http's log reached stderr:\n%s", stderr.String())
	}
}
