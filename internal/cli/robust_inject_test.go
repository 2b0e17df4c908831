//go:build unix

package cli_test

import (
	"os"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/golang-jwt/jwt/v5"

	"github.com/pinatascan/pinatascan/internal/testcred"
)

// Hostile text, as content can carry it: an OSC 52 clipboard write, a
// title change, a screen erase, an 8-bit CSI, a bidirectional override,
// and a newline that starts a GitHub Actions workflow command.
const (
	osc52    = "\x1b]52;c;cHduZWQ=\x07"
	title    = "\x1b]0;owned\x1b\\"
	erase    = "\x1b[2J\x1b[H"
	csi8     = "\u009b31m"
	bidi     = "\u202e"
	workflow = "\n::error file=x::forged\n::stop-commands::tok\n"
)

// hostileJWT is a Pinata JWT whose claims hold terminal escapes and
// workflow commands: anyone can sign one.
func hostileJWT() (token, secret string) {
	secret = testcred.Secret()
	now := time.Now()
	token = testcred.Sign(jwt.MapClaims{
		"userInformation": map[string]any{
			"id":    "user" + osc52 + workflow,
			"email": "dev" + title + "@ex" + erase + "ample.c" + csi8 + "om",
			"pin_policy": map[string]any{"regions": []any{
				map[string]any{"id": "FRA1" + erase + bidi, "desiredReplicationCount": 1},
			}, "version": 1},
		},
		"authenticationType": "scopedKey",
		"scopedKeyKey":       "not-a-key" + osc52 + workflow,
		"scopedKeySecret":    secret,
		"iat":                now.Unix(),
		"exp":                now.AddDate(1, 0, 0).Unix(),
	})
	return token, secret
}

// checkClean fails when out holds anything a terminal or a CI runner would
// act on: a control character other than newline and tab, an invisible
// formatting character, or a line that starts a workflow command (except
// the github format's own commands, which allow lists).
func checkClean(t *testing.T, what, out string, allow ...string) {
	t.Helper()
	for _, r := range out {
		if r != '\n' && r != '\t' && !unicode.IsPrint(r) {
			t.Errorf("%s: holds %U:\n%q", what, r, out)
			return
		}
	}
lines:
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(strings.TrimLeft(line, " \t"), "::") {
			continue
		}
		for _, a := range allow {
			if strings.HasPrefix(line, a) {
				continue lines
			}
		}
		t.Errorf("%s: a line starts a workflow command:\n%s", what, line)
	}
}

// TestNothingInjectedFromContent: text from what is scanned (JWT claims,
// file and submodule names, commit authors) reaches stdout and stderr in
// every format, and decode, only quoted: no escape, no forged line. A key
// id that is not 20 lowercase hex is never shown as one.
func TestNothingInjectedFromContent(t *testing.T) {
	token, _ := hostileJWT()
	t.Chdir(t.TempDir())
	evil := "evil" + osc52 + workflow + bidi + ".env"
	if err := os.WriteFile(evil, []byte("PINATA_JWT="+token+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A path that cannot be read is a problem, printed with its name.
	missing := "missing" + erase + workflow

	github := []string{"::debug::pinatascan report", "::error file=", "::warning file=", "::error title="}
	for _, format := range []string{"text", "json", "sarif", "github", "gitlab"} {
		code, stdout, stderr := runCLI(t, time.Minute, nil, "scan", "--format", format, ".", missing)
		if code != 2 {
			t.Errorf("%s: exit %d, want 2 (a finding and a path that cannot be read)\n%s", format, code, stderr)
		}
		allow := []string(nil)
		if format == "github" {
			allow = github
		}
		checkClean(t, format+" stdout", stdout, allow...)
		checkClean(t, format+" stderr", stderr)
		if strings.Contains(stdout, "[key not-a-key") || strings.Contains(stdout, "revoke API key not-a-key") {
			t.Errorf("%s: a claim that is no key id is shown as one:\n%s", format, stdout)
		}
	}
	code, stdout, stderr := runCLI(t, time.Minute, strings.NewReader(token), "decode")
	if code != 0 {
		t.Errorf("decode: exit %d\n%s", code, stderr)
	}
	checkClean(t, "decode stdout", stdout)
	checkClean(t, "decode stderr", stderr)
	if !strings.Contains(stdout, "not a Pinata key id") {
		t.Errorf("decode does not say the key id claim is not one:\n%s", stdout)
	}
}

// TestNothingInjectedFromGit: a submodule path with a newline and workflow
// commands (in a note on stderr), and a commit author whose name holds
// terminal escapes (in the report), come out quoted.
func TestNothingInjectedFromGit(t *testing.T) {
	gitEnv(t)
	c := newCreds()
	repo := newGitRepo(t)
	t.Setenv("GIT_AUTHOR_NAME", "Mallory"+osc52+title+csi8)
	commitFile(t, repo, "a.env", c.expand("PINATA_JWT=${JWT}\n"))
	sub := "sub" + workflow + erase
	gitIn(t, repo, "update-index", "--add", "--cacheinfo", "160000,"+gitIn(t, repo, "rev-parse", "HEAD")+","+sub)
	t.Chdir(repo)

	_, stdout, stderr := runCLI(t, time.Minute, nil, "scan", "--staged")
	checkClean(t, "staged stdout", stdout)
	checkClean(t, "staged stderr", stderr)
	if !strings.Contains(stderr, "submodule skipped") {
		t.Errorf("no note about the submodule:\n%s", stderr)
	}
	gitIn(t, repo, "commit", "-q", "-m", "submodule")
	for _, format := range []string{"text", "json", "sarif", "github", "gitlab"} {
		code, stdout, stderr := runCLI(t, time.Minute, nil, "git", "--format", format)
		if code != 1 {
			t.Errorf("git %s: exit %d\n%s", format, code, stderr)
		}
		checkClean(t, "git "+format+" stdout", stdout, "::debug::pinatascan report", "::error file=", "::warning file=")
		checkClean(t, "git "+format+" stderr", stderr)
	}
}
