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

// TestEndToEnd builds pinatavet and runs it the ways users do, on a
// temporary module holding one hardcoded synthetic Pinata JWT, one clean
// file and one suppressed report: through the real go vet -vettool,
// standalone, with -json and -fix.
func TestEndToEnd(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	tmp := t.TempDir()
	bin := testbin.Path(t, "pinatavet")

	token, keyID, _ := testcred.JWT(testcred.JWTOptions{})
	mod := filepath.Join(tmp, "leaky")
	write(t, mod, "go.mod", "module example.com/leaky\n\ngo 1.26\n")
	write(t, mod, "leak.go", `package leaky

import "net/http"

func Send(req *http.Request) {
	req.Header.Set("Authorization", "Bearer `+token+`")
}
`)
	write(t, mod, "clean.go", `package leaky

import (
	"net/http"
	"os"
)

func SendClean(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+os.Getenv("PINATA_JWT"))
}
`)
	write(t, mod, "mock.go", `package leaky

import "net/http"

func SendMock(req *http.Request) {
	//pinatavet:ignore token of the local mock server, not a real key
	req.Header.Set("Authorization", "Bearer tk7Qz2mR9vXe4LpW1sHc8NdJ5yBfK3gT6u")
}
`)
	// One comment serves both tools: the scanner's allow marker silences
	// pinatavet too.
	write(t, mod, "allow.go", `package leaky

import "net/http"

func SendFixture(req *http.Request) {
	req.Header.Set("Authorization", "Bearer `+token+`") // pinatascan:allow revoked key of a fixture
}
`)
	// A fix must not set a variable to itself.
	write(t, mod, "setenv.go", `package leaky

import "os"

func Setup() {
	os.Setenv("PINATA_JWT", "`+token+`")
}
`)
	// Reports come out in the order of the source, whichever check made
	// them: the key (found by the literal check, after the sinks) first.
	key := testcred.Key()
	write(t, mod, "order.go", `package leaky

import "net/http"

const pinataAPIKey = "`+key+`"

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
	wantMsg := "hardcoded Pinata JWT (key " + keyID + ") in Authorization header"
	checkReport := func(what, out string) {
		t.Helper()
		if !strings.Contains(out, "leak.go:6:") || !strings.Contains(out, wantMsg) {
			t.Errorf("%s: no report at leak.go:6 with %q:\n%s", what, wantMsg, out)
		}
		if strings.Contains(out, "clean.go") || strings.Contains(out, "mock.go") || strings.Contains(out, "allow.go") {
			t.Errorf("%s: clean.go or the suppressed mock.go or allow.go reported:\n%s", what, out)
		}
		if i, j := strings.Index(out, "order.go:5:"), strings.Index(out, "order.go:8:"); i < 0 || j < 0 || i > j {
			t.Errorf("%s: order.go's reports missing or out of order:\n%s", what, out)
		}
		if strings.Contains(out, token) {
			t.Errorf("%s: output contains the JWT", what)
		}
	}

	out, code := run(goBin, "vet", "-vettool="+bin, "./...")
	checkReport("go vet", out)
	if code == 0 {
		t.Errorf("go vet exited 0 with a finding:\n%s", out)
	}

	out, code = run(bin, "./...")
	checkReport("standalone", out)
	if code != 3 { // singlechecker: 3 means diagnostics, 1 means failure
		t.Errorf("standalone exit = %d, want 3:\n%s", code, out)
	}

	out, code = run(bin, "-json", "./...")
	if code != 0 {
		t.Errorf("-json exit = %d, want 0:\n%s", code, out)
	}
	var tree map[string]map[string][]struct {
		Posn           string `json:"posn"`
		Message        string `json:"message"`
		SuggestedFixes []struct {
			Message string `json:"message"`
		} `json:"suggested_fixes"`
	}
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("-json output: %v\n%s", err, out)
	}
	diags := tree["example.com/leaky"]["pinatavet"]
	// The column is the scanner's: the credential's first byte.
	src, err := os.ReadFile(filepath.Join(mod, "leak.go"))
	if err != nil {
		t.Fatal(err)
	}
	found := scanner.ScanBytes(src)
	if len(found) != 1 {
		t.Fatalf("the scanner finds %d credentials in leak.go", len(found))
	}
	wantPosn := fmt.Sprintf("leak.go:%d:%d", found[0].Line, found[0].Column)
	var leak []string
	for _, d := range diags {
		if strings.Contains(d.Posn, "leak.go") {
			leak = append(leak, d.Posn)
			if !strings.HasSuffix(d.Posn, wantPosn) || !strings.Contains(d.Message, wantMsg) || len(d.SuggestedFixes) != 1 {
				t.Errorf("-json diagnostic %+v, want at %s", d, wantPosn)
			}
		}
		if strings.Contains(d.Posn, "setenv.go") && len(d.SuggestedFixes) != 0 {
			t.Errorf("os.Setenv(\"PINATA_JWT\", …) offered a fix: %+v", d)
		}
	}
	if len(leak) != 1 {
		t.Errorf("-json diagnostics = %+v", diags)
	}

	out, code = run(bin, "-fix", "./...")
	if code == 1 {
		t.Fatalf("-fix failed:\n%s", out)
	}
	fixed, err := os.ReadFile(filepath.Join(mod, "leak.go"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(fixed), token) || !strings.Contains(string(fixed), `"Bearer " + os.Getenv("PINATA_JWT")`) &&
		!strings.Contains(string(fixed), `"Bearer "+os.Getenv("PINATA_JWT")`) || !strings.Contains(string(fixed), `"os"`) {
		t.Errorf("-fix left:\n%s", fixed)
	}
	if out, code := run(goBin, "build", "./..."); code != 0 {
		t.Errorf("fixed module does not build:\n%s", out)
	}
	if setenv, _ := os.ReadFile(filepath.Join(mod, "setenv.go")); strings.Contains(string(setenv), `os.Getenv("PINATA_JWT")`) {
		t.Errorf("-fix made a no-op of os.Setenv:\n%s", setenv)
	}
	// What is left: the Setenv and the constant, which have no fix.
	if out, _ := run(goBin, "vet", "-vettool="+bin, "./..."); strings.Contains(out, "leak.go") || strings.Contains(out, "Bearer credential") ||
		!strings.Contains(out, "setenv.go:6:") {
		t.Errorf("go vet after -fix:\n%s", out)
	}
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
