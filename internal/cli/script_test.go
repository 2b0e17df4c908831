package cli_test

import (
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/pinatascan/pinatascan/internal/testbin"
	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/internal/testgit"
)

// TestMain removes what tests shared (sharedDir) when they are done. The
// scripts and the other end-to-end tests run pinatascan as users do: the
// binary internal/testbin built from this source.
func TestMain(m *testing.M) {
	if secret := os.Getenv(panicHelperEnv); secret != "" {
		panicHelper(secret)
	}
	os.Exit(cleanupAfter{m}.Run())
}

var (
	sharedMu   sync.Mutex
	sharedRoot string
)

// sharedDir returns a directory named name that lives for the whole run of
// this package's tests (t.TempDir lives for one test only), for what tests
// share, such as the pre-commit framework's cache.
func sharedDir(name string) (string, error) {
	sharedMu.Lock()
	defer sharedMu.Unlock()
	if sharedRoot == "" {
		dir, err := os.MkdirTemp("", "pinatascan-cli-test-")
		if err != nil {
			return "", err
		}
		sharedRoot = dir
	}
	dir := filepath.Join(sharedRoot, name)
	return dir, os.MkdirAll(dir, 0o755)
}

type cleanupAfter struct{ m *testing.M }

func (c cleanupAfter) Run() int {
	// Here, not in TestMain: as the pinatascan command (a hook's, say) this
	// binary must keep the GIT_* variables git gave it.
	testgit.Setenv()
	code := c.m.Run()
	if sharedRoot != "" {
		// Tools may leave read-only directories (a Go module cache);
		// make them removable.
		filepath.WalkDir(sharedRoot, func(path string, d fs.DirEntry, err error) error {
			if err == nil && d.IsDir() {
				os.Chmod(path, 0o755)
			}
			return nil
		})
		os.RemoveAll(sharedRoot)
	}
	return code
}

// TestScripts runs the end-to-end scripts in testdata/script. Other
// commands' scripts (git, hooks) can live there too and use the same
// helper commands.
func TestScripts(t *testing.T) {
	t.Parallel()
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup:               scriptSetup(t),
		Cmds:                scriptCmds,
	})
}

// scriptSetup puts pinatascan (internal/testbin) first on every script's
// PATH, for the scripts and the git hooks they install, and gives every
// script a hermetic git (internal/testgit); a script that commits sets its
// own identity.
func scriptSetup(t *testing.T) func(*testscript.Env) error {
	bin := testbin.Dir(t)
	return func(env *testscript.Env) error {
		env.Setenv("PATH", bin+string(os.PathListSeparator)+env.Getenv("PATH"))
		env.Vars = append(env.Vars, testgit.Vars()...)
		return nil
	}
}

// scriptCmds are the helper commands the scripts may use:
//
//	gencred [PREFIX]     set $PREFIXKEY, $PREFIXSECRET (a key and its secret),
//	                     $PREFIXJWT with $PREFIXJWT_KEY, $PREFIXJWT_SECRET,
//	                     $PREFIXJWT_EMAIL, $PREFIXJWT_USER (a Pinata JWT
//	                     expiring next year), $PREFIXJWT_EXPIRED (one that
//	                     expired last year) and $PREFIXGATEWAY_TOKEN: fresh
//	                     synthetic credentials, so scripts hold none
//	expand SRC DST       write SRC to DST with $VARS replaced
//	exits CODE CMD ARGS  exec CMD ARGS and check its exit code is CODE
//	appendnul FILE       append a NUL byte, which makes FILE binary
var scriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"gencred":   gencred,
	"expand":    expand,
	"exits":     exits,
	"appendnul": appendnul,
}

func gencred(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) > 1 {
		ts.Fatalf("usage: gencred [PREFIX]")
	}
	p := ""
	if len(args) == 1 {
		p = args[0]
	}
	key, secret := testcred.Key(), testcred.Secret()
	ts.Setenv(p+"KEY", key)
	ts.Setenv(p+"SECRET", secret)

	user, email := testcred.UUID(), "dev.person"+testcred.Hex(6)+"@example.com"
	now := time.Now().Truncate(time.Second)
	tok, jkey, jsecret := testcred.JWT(testcred.JWTOptions{
		UserID: user, Email: email, IssuedAt: now, ExpiresAt: now.AddDate(1, 0, 0),
	})
	ts.Setenv(p+"JWT", tok)
	ts.Setenv(p+"JWT_KEY", jkey)
	ts.Setenv(p+"JWT_SECRET", jsecret)
	ts.Setenv(p+"JWT_EMAIL", email)
	ts.Setenv(p+"JWT_USER", user)

	old, _, _ := testcred.JWT(testcred.JWTOptions{ExpiresAt: now.AddDate(-1, 0, 0)})
	ts.Setenv(p+"JWT_EXPIRED", old)
	ts.Setenv(p+"GATEWAY_TOKEN", testcred.GatewayToken())
}

func expand(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: expand SRC DST")
	}
	out := os.Expand(ts.ReadFile(args[0]), ts.Getenv)
	dst := ts.MkAbs(args[1])
	ts.Check(os.MkdirAll(filepath.Dir(dst), 0o755))
	ts.Check(os.WriteFile(dst, []byte(out), 0o644))
}

func exits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits CODE CMD [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited %d, want %d", args[1], got, want)
	}
}

func appendnul(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: appendnul FILE")
	}
	f, err := os.OpenFile(ts.MkAbs(args[0]), os.O_WRONLY|os.O_APPEND, 0)
	ts.Check(err)
	_, err = f.Write([]byte{0})
	ts.Check(err)
	ts.Check(f.Close())
}
