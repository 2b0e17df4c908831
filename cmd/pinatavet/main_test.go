package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testbin"
	"github.com/pinatascan/pinatascan/internal/testcred"
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
		if strings.Contains(out, "clean.go") || strings.Contains(out, "mock.go") {
			t.Errorf("%s: clean.go or the suppressed mock.go reported:\n%s", what, out)
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
	if len(diags) != 1 || !strings.HasSuffix(diags[0].Posn, "leak.go:6:34") || !strings.Contains(diags[0].Message, wantMsg) ||
		len(diags[0].SuggestedFixes) != 1 {
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
	if out, code := run(goBin, "vet", "-vettool="+bin, "./..."); code != 0 || out != "" {
		t.Errorf("go vet after -fix: exit %d:\n%s", code, out)
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
