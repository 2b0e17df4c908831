package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/config"
	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/internal/verify"
	"github.com/pinatascan/pinatascan/scanner"
)

// fakePinata answers /data/testAuthentication on loopback by the key a
// request carries: live unless answers says otherwise. It fails the test
// on anything but a body-less GET of that path.
func fakePinata(t *testing.T, answers map[string]string) (url string, hits *atomic.Int64, keys func() []string) {
	t.Helper()
	hits = new(atomic.Int64)
	var (
		mu   sync.Mutex
		seen []string
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		body, _ := io.ReadAll(r.Body)
		if r.Method != http.MethodGet || r.URL.Path != "/data/testAuthentication" || r.ContentLength != 0 || len(body) != 0 {
			t.Errorf("unexpected request %s %s with %d body bytes", r.Method, r.URL, len(body))
		}
		key := r.Header.Get("pinata_api_key")
		if tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
			if info, err := scanner.ParseJWT(tok); err == nil {
				key = info.KeyID
			}
		}
		mu.Lock()
		seen = append(seen, key)
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		switch answers[key] {
		case "revoked":
			w.WriteHeader(403)
			io.WriteString(w, `{"reason":"API_KEY_REVOKED","details":"This API Key has been revoked"}`)
		case "invalid":
			w.WriteHeader(401)
			io.WriteString(w, `{"error":{"reason":"INVALID_CREDENTIALS","details":"Invalid/expired credentials"}}`)
		case "down":
			w.WriteHeader(503)
		default:
			io.WriteString(w, `{"message":"Congratulations! You are communicating with the Pinata API!"}`)
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL, hits, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), seen...)
	}
}

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// leakyTree holds one live key (as a pair in one file and its JWT in
// another), one revoked JWT found twice, a lone key and a gateway token.
type leakyTree struct {
	dir                          string
	liveKey, liveSecret, liveJWT string
	revokedKey, revokedJWT       string
	loneKey                      string
}

func newLeakyTree(t *testing.T) leakyTree {
	var l leakyTree
	l.liveKey, l.liveSecret = testcred.Key(), testcred.Secret()
	l.liveJWT, _, _ = testcred.JWT(testcred.JWTOptions{Key: l.liveKey, Secret: l.liveSecret})
	l.revokedJWT, l.revokedKey, _ = testcred.JWT(testcred.JWTOptions{})
	l.loneKey = testcred.Key()
	l.dir = writeFiles(t, map[string]string{
		".env":          "PINATA_API_KEY=" + l.liveKey + "\nPINATA_SECRET_API_KEY=" + l.liveSecret + "\n",
		"app/.env":      "PINATA_JWT=" + l.liveJWT + "\n",
		"old/.env":      "PINATA_JWT=" + l.revokedJWT + "\n",
		"old/copy.env":  "PINATA_JWT=" + l.revokedJWT + "\n",
		"lone/.env":     "PINATA_API_KEY=" + l.loneKey + "\n",
		"gateway/.env":  "PINATA_GATEWAY_TOKEN=" + testcred.GatewayToken() + "\n",
		"README.md":     "Set PINATA_JWT in the environment.\n",
		"notes/keep.md": "nothing here\n",
	})
	return l
}

func TestScanVerifyOffByDefault(t *testing.T) {
	url, hits, _ := fakePinata(t, nil)
	l := newLeakyTree(t)
	// Even with the URL given (refused without --verify), nothing is sent.
	for _, args := range [][]string{
		{"scan", l.dir},
		{"scan", "--format", "json", l.dir},
		{"scan", "--pinata-api-url", url, l.dir},
	} {
		code, stdout, _ := run(t, "", args...)
		if strings.Contains(stdout, "status:") || strings.Contains(stdout, `"verification"`) {
			t.Errorf("%v: verification shown without --verify:\n%s", args, stdout)
		}
		if code == 0 {
			t.Errorf("%v: exit 0, want findings (1) or a usage error (2)", args)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("%d requests without --verify, want 0", hits.Load())
	}
}

func TestScanVerifyText(t *testing.T) {
	l := newLeakyTree(t)
	url, hits, keys := fakePinata(t, map[string]string{l.revokedKey: "revoked"})
	code, stdout, stderr := run(t, "", "scan", "--verify", "--pinata-api-url", url, l.dir)
	if code != exitFindings {
		t.Errorf("exit %d, want 1\nstderr: %s", code, stderr)
	}
	if hits.Load() != 2 {
		t.Errorf("%d requests (keys %v), want 2: one per distinct checkable credential", hits.Load(), keys())
	}
	for _, want := range []string{
		"    status: live (authenticated)\n",
		"    fix: it works: revoke API key " + l.liveKey + " in the Pinata dashboard (API Keys)",
		"    status: revoked (key revoked)\n",
		"    fix: already revoked: remove it from the code",
		"    status: unverifiable (API key without its secret)\n",
		"    status: unverifiable (no safe verification endpoint)\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout)
		}
	}
	if want := "verified with 2 requests: 3 live, 2 revoked, 2 unverifiable\n"; !strings.Contains(stderr, want) {
		t.Errorf("stderr %q lacks the tally %q", stderr, want)
	}
	if !strings.Contains(stderr, "verifying with GET "+url+"/data/testAuthentication") {
		t.Errorf("stderr does not say where it checks: %q", stderr)
	}
	for _, secret := range []string{l.liveSecret, l.liveJWT, l.revokedJWT} {
		if strings.Contains(stdout+stderr, secret) {
			t.Errorf("output shows a secret in full")
		}
	}
}

func TestScanVerifyJSON(t *testing.T) {
	l := newLeakyTree(t)
	url, _, _ := fakePinata(t, map[string]string{l.revokedKey: "revoked"})
	code, stdout, stderr := run(t, "", "scan", "--verify", "--pinata-api-url", url, "--format", "json", l.dir)
	if code != exitFindings {
		t.Fatalf("exit %d, want 1\nstderr: %s", code, stderr)
	}
	var rep struct {
		Findings []struct {
			Kind         string `json:"kind"`
			KeyID        string `json:"key_id"`
			Verification *struct {
				Status string `json:"status"`
				Reason string `json:"reason"`
			} `json:"verification"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, f := range rep.Findings {
		if f.Verification == nil || f.Verification.Reason == "" {
			t.Errorf("%s %s: verification %+v, want a status and a reason", f.Kind, f.KeyID, f.Verification)
			continue
		}
		got[f.Verification.Status]++
	}
	// live: key, secret, JWT; revoked: the JWT twice; unverifiable: lone key, gateway token.
	want := map[string]int{"live": 3, "revoked": 2, "unverifiable": 2}
	for s, n := range want {
		if got[s] != n {
			t.Errorf("%d %s findings, want %d (all: %v)", got[s], s, n, got)
		}
	}
}

func TestScanFailOn(t *testing.T) {
	l := newLeakyTree(t)
	onlyRevoked := writeFiles(t, map[string]string{"a.env": "PINATA_JWT=" + l.revokedJWT + "\n"})
	tests := []struct {
		name    string
		answers map[string]string
		args    []string
		want    int
		stderr  string
	}{
		{"live found", map[string]string{l.revokedKey: "revoked"}, []string{"--verify", "--fail-on=live", l.dir}, 1, ""},
		{"only revoked", map[string]string{l.revokedKey: "revoked"}, []string{"--verify", "--fail-on=live", onlyRevoked}, 0, ""},
		{"only revoked, any", map[string]string{l.revokedKey: "revoked"}, []string{"--verify", onlyRevoked}, 1, ""},
		{"revoked named", map[string]string{l.revokedKey: "revoked"}, []string{"--verify", "--fail-on", "live,revoked", onlyRevoked}, 1, ""},
		{"invalid not named", map[string]string{l.revokedKey: "invalid"}, []string{"--verify", "--fail-on", "live,revoked", onlyRevoked}, 0, ""},
		{"unknown is a problem", map[string]string{l.revokedKey: "down"}, []string{"--verify", "--fail-on=live", onlyRevoked}, 2,
			"pinatascan: could not verify 1 finding: server error (HTTP 503)"},
		{"fail-on live needs verify", nil, []string{"--fail-on=live", onlyRevoked}, 2, "--fail-on=live needs --verify"},
		{"fail-on unknown only", map[string]string{l.revokedKey: "revoked"}, []string{"--verify", "--fail-on=unknown", onlyRevoked}, 0, ""},
		{"fail-on typo", nil, []string{"--verify", "--fail-on=alive", onlyRevoked}, 2, `unknown status "alive"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url, _, _ := fakePinata(t, tt.answers)
			args := append([]string{"scan", "--pinata-api-url", url}, tt.args...)
			code, stdout, stderr := run(t, "", args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.want, stdout, stderr)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr %q lacks %q", stderr, tt.stderr)
			}
		})
	}
}

// TestVerifyProblemSummary: checks that got no answer are summed up as a
// verification problem, not as something that could not be read, in the
// text summary and the GitHub annotation's title.
func TestVerifyProblemSummary(t *testing.T) {
	l := newLeakyTree(t)
	url, _, _ := fakePinata(t, map[string]string{l.revokedKey: "down", l.liveKey: "down"})
	code, stdout, stderr := run(t, "", "scan", "--pinata-api-url", url, "--verify", l.dir)
	if code != exitError || !strings.Contains(stdout, "; 1 verification problem (could not check every finding with Pinata)\n") ||
		strings.Contains(stdout, "could not read everything") || !strings.Contains(stderr, "pinatascan: could not verify ") {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
	_, stdout, _ = run(t, "", "scan", "--pinata-api-url", url, "--verify", "--format", "github", l.dir)
	if !strings.Contains(stdout, "::error title=pinatascan could not verify every finding::could not verify ") || strings.Contains(stdout, "could not read everything") {
		t.Errorf("github:\n%s", stdout)
	}
}

// TestScanVerifyRefusesInsecureURL stops before scanning or sending.
func TestScanVerifyRefusesInsecureURL(t *testing.T) {
	l := newLeakyTree(t)
	for _, u := range []string{"http://api.pinata.cloud", "http://192.0.2.1:8080", "ftp://127.0.0.1", "https://u:p@api.pinata.cloud"} {
		code, stdout, stderr := run(t, "", "scan", "--verify", "--pinata-api-url", u, l.dir)
		if code != exitError || stdout != "" || !strings.Contains(stderr, "API URL") {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 2 and a refusal before scanning", u, code, stdout, stderr)
		}
	}
}

func TestDecodeVerify(t *testing.T) {
	live, _, _ := testcred.JWT(testcred.JWTOptions{})
	revoked, revokedKey, _ := testcred.JWT(testcred.JWTOptions{})
	down, downKey, _ := testcred.JWT(testcred.JWTOptions{})
	past := time.Now().AddDate(-1, 0, 0)
	expired, expiredKey, _ := testcred.JWT(testcred.JWTOptions{ExpiresAt: past, IssuedAt: past.AddDate(-1, 0, 0)})
	url, hits, keys := fakePinata(t, map[string]string{revokedKey: "revoked", downKey: "down"})
	tests := []struct {
		jwt    string
		want   int
		stdout []string
	}{
		{live, 1, []string{"status:     live (authenticated)", "next step:  it works: revoke API key"}},
		{revoked, 0, []string{"status:     revoked (key revoked)", "next step:  already revoked"}},
		{down, 2, []string{"status:     unknown (server error (HTTP 503))", "next step:  could not check it; treat it as live"}},
		{expired, 1, []string{"expired:    yes", "status:     live (the JWT has expired, but the key and secret it carries still work)"}},
	}
	for i, tt := range tests {
		code, stdout, stderr := run(t, tt.jwt+"\n", "decode", "--verify", "--pinata-api-url", url)
		if code != tt.want {
			t.Errorf("case %d: exit %d, want %d\nstdout: %s\nstderr: %s", i, code, tt.want, stdout, stderr)
		}
		for _, want := range tt.stdout {
			if !strings.Contains(squeeze(stdout), squeeze(want)) {
				t.Errorf("case %d: stdout lacks %q:\n%s", i, want, stdout)
			}
		}
		if strings.Contains(stdout+stderr, tt.jwt) {
			t.Errorf("case %d: output holds the JWT", i)
		}
	}
	if hits.Load() != int64(len(tests)) {
		t.Errorf("%d requests, want %d", hits.Load(), len(tests))
	}
	if got := keys(); len(got) != len(tests) || got[3] != expiredKey {
		t.Errorf("checked keys %v; the expired JWT must be checked by its key and secret", got)
	}
	// Without --verify nothing is sent.
	if code, _, _ := run(t, live, "decode", "--pinata-api-url", url); code != exitClean {
		t.Errorf("decode without --verify: exit %d, want 0", code)
	}
	if hits.Load() != int64(len(tests)) {
		t.Errorf("decode without --verify sent a request")
	}
}

// squeeze collapses runs of space, so tests do not depend on column widths.
func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestApplyConfig(t *testing.T) {
	tests := []struct {
		name        string
		cfg         config.Verify
		untrusted   bool     // found in the repository, not named with --config
		set         []string // flags given on the command line
		flags       verifyFlags
		offline     bool
		want        verifyFlags
		wantIgnored []string
		wantErr     string
	}{
		{name: "nothing", want: verifyFlags{apiURL: verify.DefaultBaseURL, failOn: "any"}},
		{name: "enabled", cfg: config.Verify{Enabled: true, FailOn: []string{"live"}},
			want: verifyFlags{verify: true, apiURL: verify.DefaultBaseURL, failOn: "live"}},
		{name: "loopback url", cfg: config.Verify{Enabled: true, APIURL: "http://127.0.0.1:8080/"},
			want: verifyFlags{verify: true, apiURL: "http://127.0.0.1:8080", failOn: "any"}},
		{name: "pinata url", cfg: config.Verify{Enabled: true, APIURL: "https://api.pinata.cloud/"},
			want: verifyFlags{verify: true, apiURL: verify.DefaultBaseURL, failOn: "any"}},
		{name: "a named config may choose a proxy", cfg: config.Verify{Enabled: true, APIURL: "https://proxy.example/pinata"},
			want: verifyFlags{verify: true, apiURL: "https://proxy.example/pinata", failOn: "any"}},
		{name: "url without verification is moot", cfg: config.Verify{APIURL: "http://127.0.0.1:9"},
			want: verifyFlags{apiURL: verify.DefaultBaseURL, failOn: "any"}},
		{name: "plain http refused", cfg: config.Verify{APIURL: "http://collector.example"},
			wantErr: "only on loopback"},
		{name: "flag wins over url", cfg: config.Verify{APIURL: "https://collector.example"}, set: []string{"pinata-api-url"},
			flags: verifyFlags{apiURL: "https://proxy.example"},
			want:  verifyFlags{apiURL: "https://proxy.example", failOn: "any"}},
		{name: "staged ignores enabled and fail_on", offline: true, cfg: config.Verify{Enabled: true, FailOn: []string{"live"}},
			want: verifyFlags{apiURL: verify.DefaultBaseURL, failOn: "any", offline: true}},
		{name: "staged with explicit --verify", offline: true, cfg: config.Verify{Enabled: true, FailOn: []string{"live"}},
			set: []string{"verify"}, flags: verifyFlags{verify: true},
			want: verifyFlags{verify: true, apiURL: verify.DefaultBaseURL, failOn: "live", offline: true}},
		{name: "fail_on without verification is moot", cfg: config.Verify{FailOn: []string{"live"}},
			want: verifyFlags{apiURL: verify.DefaultBaseURL, failOn: "any"}},
		{name: "fail-on flag wins", cfg: config.Verify{Enabled: true, FailOn: []string{"live"}}, set: []string{"fail-on"},
			flags: verifyFlags{failOn: "revoked"},
			want:  verifyFlags{verify: true, apiURL: verify.DefaultBaseURL, failOn: "revoked"}},
		{name: "a found config cannot turn checks on", untrusted: true, cfg: config.Verify{Enabled: true, FailOn: []string{"live"}},
			want: verifyFlags{apiURL: verify.DefaultBaseURL, failOn: "any"}, wantIgnored: []string{"verify.enabled"}},
		{name: "nor choose where they go", untrusted: true, cfg: config.Verify{APIURL: "https://collector.example"},
			set: []string{"verify"}, flags: verifyFlags{verify: true},
			want: verifyFlags{verify: true, apiURL: verify.DefaultBaseURL, failOn: "any"}, wantIgnored: []string{"verify.api_url"}},
		{name: "its fail_on applies once checks are on", untrusted: true, cfg: config.Verify{FailOn: []string{"live"}},
			set: []string{"verify"}, flags: verifyFlags{verify: true},
			want: verifyFlags{verify: true, apiURL: verify.DefaultBaseURL, failOn: "live"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := verifyFlags{apiURL: verify.DefaultBaseURL, failOn: "any"}
			if tt.flags.verify {
				v.verify = true
			}
			if tt.flags.apiURL != "" {
				v.apiURL = tt.flags.apiURL
			}
			if tt.flags.failOn != "" {
				v.failOn = tt.flags.failOn
			}
			v.offline = tt.offline
			set := map[string]bool{}
			for _, s := range tt.set {
				set[s] = true
			}
			ignored, err := v.applyConfig(tt.cfg, set, !tt.untrusted)
			if !slices.Equal(ignored, tt.wantIgnored) {
				t.Errorf("ignored %q, want %q", ignored, tt.wantIgnored)
			}
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if v != tt.want {
				t.Errorf("flags %+v, want %+v", v, tt.want)
			}
		})
	}
}

// TestConfigVerify drives the config file end to end: one named with
// --config can turn checks on, one found in the scanned tree cannot (it
// could send the credentials anywhere) and says so, and the pre-commit
// scan (--staged) does not verify because of either.
func TestConfigVerify(t *testing.T) {
	l := newLeakyTree(t)
	url, hits, _ := fakePinata(t, map[string]string{l.revokedKey: "revoked"})
	t.Chdir(l.dir)

	writeConfig := func(name, body string) {
		if err := os.WriteFile(filepath.Join(l.dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	writeConfig("ci.yaml", "verify:\n  enabled: true\n  api_url: "+url+"\n  fail_on: [live]\n")
	code, stdout, stderr := run(t, "", "scan", "--config", "ci.yaml", ".")
	if code != exitFindings || hits.Load() != 2 || !strings.Contains(stdout, "status: live") {
		t.Errorf("scan with --config enabling checks: exit %d, %d requests\nstdout: %s\nstderr: %s", code, hits.Load(), stdout, stderr)
	}

	// The same settings in the repository's own .pinatascan.yaml (a pull
	// request can add one): no request, and a note says why.
	writeConfig(".pinatascan.yaml", "verify:\n  enabled: true\n  api_url: "+url+"\n  fail_on: [revoked]\n")
	before := hits.Load()
	code, stdout, stderr = run(t, "", "scan", ".")
	if code != exitFindings || hits.Load() != before || strings.Contains(stdout, "status:") ||
		!strings.Contains(stderr, "sets verify.enabled and verify.api_url, which only the command line or a file named with --config may set") {
		t.Errorf("repository config enabling checks: exit %d, %d requests\nstdout: %s\nstderr: %s", code, hits.Load()-before, stdout, stderr)
	}
	os.Remove(filepath.Join(l.dir, ".pinatascan.yaml"))

	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	for _, args := range [][]string{{"init", "-q"}, {"add", "-A"}} {
		if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	before = hits.Load()
	code, stdout, stderr = run(t, "", "scan", "--staged", "--config", "ci.yaml")
	if code != exitFindings || hits.Load() != before || strings.Contains(stdout, "status:") {
		t.Errorf("--staged with verification enabled in the config: exit %d, %d requests\nstdout: %s\nstderr: %s",
			code, hits.Load()-before, stdout, stderr)
	}
}

// TestGitHistoryVerify finds one credential in several commits and files:
// one request for all of them.
func TestGitHistoryVerify(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	jwt, key, secret := testcred.JWT(testcred.JWTOptions{})
	url, hits, _ := fakePinata(t, nil)
	dir := t.TempDir()
	t.Chdir(dir)
	for k, v := range map[string]string{
		"GIT_AUTHOR_NAME": "Dev", "GIT_AUTHOR_EMAIL": "dev@example.com",
		"GIT_COMMITTER_NAME": "Dev", "GIT_COMMITTER_EMAIL": "dev@example.com",
	} {
		t.Setenv(k, v)
	}
	git := func(args ...string) {
		t.Helper()
		if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git("init", "-q")
	write("a.env", "PINATA_JWT="+jwt+"\n")
	git("add", "-A")
	git("commit", "-q", "-m", "one")
	write("b.env", "PINATA_JWT="+jwt+"\n")
	write("c.env", "PINATA_API_KEY="+key+"\nPINATA_SECRET_API_KEY="+secret+"\n")
	git("add", "-A")
	git("commit", "-q", "-m", "two")

	code, stdout, stderr := run(t, "", "git", "--verify", "--pinata-api-url", url, "--fail-on=live")
	if code != exitFindings {
		t.Errorf("exit %d, want 1\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
	if n := strings.Count(stdout, "status: live (authenticated)"); n != 4 {
		t.Errorf("%d live findings, want 4 (two JWTs, a key, a secret):\n%s", n, stdout)
	}
	if hits.Load() != 1 {
		t.Errorf("%d requests, want 1", hits.Load())
	}
}
