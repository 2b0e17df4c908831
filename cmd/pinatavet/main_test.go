package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testbin"
	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/scanner"
)

// TestEndToEnd runs pinatavet the ways users do, on a temporary module:
// through the real go vet -vettool, with text and -json output, and
// standalone, plain, with -json and with -fix.
//
// The module's package send uses net/http: one hardcoded synthetic Pinata
// JWT in an Authorization header, a clean file, two suppressed reports, an
// os.Setenv, and two reports from different checks. go vet reads it: go
// vet caches the pass's results for the standard library, so it costs
// little once the tool is unchanged. The root package imports nothing and
// is what the standalone runs read: standalone pinatavet type-checks from
// source everything a package imports (net/http, 186 packages, about 7 s
// of CPU per run), and the sinks are the analyzer's own tests; these runs
// are about the driver: its exit codes, its JSON and the fixes it writes.
func TestEndToEnd(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal("no go command on PATH")
	}
	bin := testbin.Path(t, "pinatavet")

	token, keyID, _ := testcred.JWT(testcred.JWTOptions{})
	mod := t.TempDir()
	write(t, mod, "go.mod", "module example.com/leaky\n\ngo 1.26\n")
	write(t, mod, "auth.go", `package leaky

// Auth is sent with every upload.
var Auth = "Bearer `+token+`"
`)
	// Both tools' suppression comments, in the standalone runs too.
	write(t, mod, "quiet.go", `package leaky

//pinatavet:ignore a revoked key kept for a regression test
const pinataAPIKey = "`+testcred.Key()+`"

const pinataJWT = "`+token+`" // pinatascan:allow revoked key of a fixture
`)
	send := filepath.Join(mod, "send")
	write(t, send, "leak.go", `package send

import "net/http"

func Send(req *http.Request) {
	req.Header.Set("Authorization", "Bearer `+token+`")
}
`)
	write(t, send, "clean.go", `package send

import (
	"net/http"
	"os"
)

func SendClean(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+os.Getenv("PINATA_JWT"))
}
`)
	write(t, send, "mock.go", `package send

import "net/http"

func SendMock(req *http.Request) {
	//pinatavet:ignore token of the local mock server, not a real key
	req.Header.Set("Authorization", "Bearer tk7Qz2mR9vXe4LpW1sHc8NdJ5yBfK3gT6u")
}
`)
	// One comment serves both tools: the scanner's allow marker silences
	// pinatavet too.
	write(t, send, "allow.go", `package send

import "net/http"

func SendFixture(req *http.Request) {
	req.Header.Set("Authorization", "Bearer `+token+`") // pinatascan:allow revoked key of a fixture
}
`)
	// A fix must not set a variable to itself.
	write(t, send, "setenv.go", `package send

import "os"

func Setup() {
	os.Setenv("PINATA_JWT", "`+token+`")
}
`)
	// Reports come out in the order of the source, whichever check made
	// them: the key (found by the literal check, after the sinks) first.
	write(t, send, "order.go", `package send

import "net/http"

const pinataAPIKey = "`+testcred.Key()+`"

func SendOther(req *http.Request) {
	req.Header.Set("Authorization", "Bearer tk7Qz2mR9vXe4LpW1sHc8NdJ5yBfK3gT6u")
}
`)
	run := func(name string, args ...string) (string, int) {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir = mod
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOPROXY=off", "GOTOOLCHAIN=local", "GOFLAGS=-mod=mod")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		var exit *exec.ExitError
		switch {
		case err == nil:
			return out.String(), 0
		case errors.As(err, &exit):
			return out.String(), exit.ExitCode()
		}
		t.Fatalf("%s %v: %v", name, args, err)
		return "", -1
	}
	noToken := func(what, out string) {
		t.Helper()
		if strings.Contains(out, token) {
			t.Errorf("%s: output contains the JWT", what)
		}
	}
	// scannerPosn is where the scanner reports the one credential in
	// file: pinatavet must report the same line and column.
	scannerPosn := func(file string) string {
		t.Helper()
		src, err := os.ReadFile(filepath.Join(mod, file))
		if err != nil {
			t.Fatal(err)
		}
		found := scanner.ScanBytes(src)
		if len(found) != 1 {
			t.Fatalf("the scanner finds %d credentials in %s", len(found), file)
		}
		return fmt.Sprintf("%s:%d:%d", file, found[0].Line, found[0].Column)
	}

	// go vet, text.
	wantMsg := "hardcoded Pinata JWT (key " + keyID + ") in Authorization header"
	out, code := run(goBin, "vet", "-vettool="+bin, "./...")
	if !strings.Contains(out, "send/leak.go:6:") || !strings.Contains(out, wantMsg) {
		t.Errorf("go vet: no report at send/leak.go:6 with %q:\n%s", wantMsg, out)
	}
	for _, quiet := range []string{"clean.go", "mock.go", "allow.go", "quiet.go"} {
		if strings.Contains(out, quiet) {
			t.Errorf("go vet: %s (clean or suppressed) reported:\n%s", quiet, out)
		}
	}
	if i, j := strings.Index(out, "order.go:5:"), strings.Index(out, "order.go:8:"); i < 0 || j < 0 || i > j {
		t.Errorf("go vet: order.go's reports missing or out of order:\n%s", out)
	}
	noToken("go vet", out)
	if code == 0 {
		t.Errorf("go vet exited 0 with a finding:\n%s", out)
	}

	// go vet -json: the column is the scanner's (the credential's first
	// byte); the header has one fix, the os.Setenv none.
	out, _ = run(goBin, "vet", "-vettool="+bin, "-json", "./send")
	diags := decodeJSON(t, out)["example.com/leaky/send"]
	var leak []string
	leakPosn := scannerPosn(filepath.Join("send", "leak.go"))
	for _, d := range diags {
		if strings.Contains(d.Posn, "leak.go") {
			leak = append(leak, d.Posn)
			if !strings.HasSuffix(d.Posn, leakPosn) || !strings.Contains(d.Message, wantMsg) || len(d.SuggestedFixes) != 1 {
				t.Errorf("go vet -json: diagnostic %+v, want at %s", d, leakPosn)
			}
		}
		if strings.Contains(d.Posn, "setenv.go") && len(d.SuggestedFixes) != 0 {
			t.Errorf("go vet -json: os.Setenv(\"PINATA_JWT\", …) offered a fix: %+v", d)
		}
	}
	if len(leak) != 1 {
		t.Errorf("go vet -json: diagnostics = %+v", diags)
	}

	// Standalone, on the package that imports nothing.
	authMsg := "Pinata JWT (key " + keyID + ") hardcoded in source"
	out, code = run(bin, ".")
	if !strings.Contains(out, "auth.go:4:") || !strings.Contains(out, authMsg) || strings.Contains(out, "quiet.go") {
		t.Errorf("standalone: want one report, at auth.go:4, %q:\n%s", authMsg, out)
	}
	noToken("standalone", out)
	if code != 3 { // singlechecker: 3 means diagnostics, 1 means failure
		t.Errorf("standalone exit = %d, want 3:\n%s", code, out)
	}

	out, code = run(bin, "-json", ".")
	if code != 0 {
		t.Errorf("-json exit = %d, want 0:\n%s", code, out)
	}
	diags = decodeJSON(t, out)["example.com/leaky"]
	authPosn := scannerPosn("auth.go")
	if len(diags) != 1 || !strings.HasSuffix(diags[0].Posn, authPosn) || !strings.Contains(diags[0].Message, authMsg) || len(diags[0].SuggestedFixes) != 1 {
		t.Errorf("-json diagnostics = %+v, want one at %s with a fix", diags, authPosn)
	}
	noToken("-json", out)

	out, code = run(bin, "-fix", ".")
	if code == 1 {
		t.Fatalf("-fix failed:\n%s", out)
	}
	fixed, err := os.ReadFile(filepath.Join(mod, "auth.go"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(fixed), token) || !strings.Contains(string(fixed), `"Bearer " + os.Getenv("PINATA_JWT")`) || !strings.Contains(string(fixed), `import "os"`) {
		t.Errorf("-fix left:\n%s", fixed)
	}
	if out, code := run(goBin, "build", "./..."); code != 0 {
		t.Errorf("fixed module does not build:\n%s", out)
	}
	// What is left: send, which the standalone runs did not read.
	if out, _ := run(goBin, "vet", "-vettool="+bin, "./..."); strings.Contains(out, "auth.go") ||
		!strings.Contains(out, "send/leak.go:6:") || !strings.Contains(out, "send/setenv.go:6:") {
		t.Errorf("go vet after -fix:\n%s", out)
	}
}

type jsonDiagnostic struct {
	Posn           string `json:"posn"`
	Message        string `json:"message"`
	SuggestedFixes []struct {
		Message string `json:"message"`
	} `json:"suggested_fixes"`
}

// decodeJSON reads the -json output, one object per package (go vet
// prints one per package it analysed), into pinatavet's diagnostics by
// package path.
func decodeJSON(t *testing.T, out string) map[string][]jsonDiagnostic {
	t.Helper()
	diags := map[string][]jsonDiagnostic{}
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var tree map[string]map[string][]jsonDiagnostic
		if err := dec.Decode(&tree); err != nil {
			t.Fatalf("-json output: %v\n%s", err, out)
		}
		for pkg, byAnalyzer := range tree {
			diags[pkg] = append(diags[pkg], byAnalyzer["pinatavet"]...)
		}
	}
	return diags
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
