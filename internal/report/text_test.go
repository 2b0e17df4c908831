package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

var (
	testNow = time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	// Fixed synthetic values, so the expected output can be written out.
	testKey    = "0123456789abcdef0123"
	testSecret = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210"
	testJWT    = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzeW50aGV0aWMiOnRydWV9.c2lnbmF0dXJlLW5vdC1yZWFs"
	testToken  = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-AbCdEfGhIjKlMnOpQrStUvWxYz"
	testEmail  = "dev.person@example.com"
	testUser   = "5b1e3f0a-1c2d-4e5f-a6b7-c8d9e0f1a2b3"
)

func sampleReport() *result.Report {
	return &result.Report{
		Results: []result.Result{
			{Path: ".env", Finding: scanner.Finding{Kind: scanner.KindAPISecret, Line: 2, Column: 23, Value: testSecret, KeyID: testKey, Rule: "pinata-name", Evidence: `name "PINATA_SECRET_API_KEY"`}},
			{Path: ".env", Finding: scanner.Finding{Kind: scanner.KindJWT, Line: 3, Column: 12, Value: testJWT, KeyID: testKey, Rule: "jwt-claims",
				JWT: &scanner.JWTInfo{KeyID: testKey, Secret: testSecret, UserID: testUser, Email: testEmail,
					IssuedAt: time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC), ExpiresAt: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}}},
			{Path: "k8s/secret.yaml", Finding: scanner.Finding{Kind: scanner.KindGatewayToken, Line: 7, Column: 5, Value: testToken, Encoding: "base64", Rule: "section"},
				Commit: &result.Commit{Hash: "0123456789abcdef0123456789abcdef01234567", Author: "Dev Person", Date: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}},
			{Path: "old.env", Finding: scanner.Finding{Kind: scanner.KindAPISecret, Line: 1, Column: 1, Value: testSecret}},
		},
		Summary: result.Summary{Stats: result.Stats{Files: 12, Bytes: 4100, Skipped: 1}},
	}
}

func TestTextReporter(t *testing.T) {
	const want = `# pinatascan report
.env:2:23: api-secret [key 0123456789abcdef0123] fedc********3210
    why: pinata-name: name "PINATA_SECRET_API_KEY"
    fingerprint: 74f129f8a2a9eafe77ad8e8291e0142d
    fix: revoke API key 0123456789abcdef0123 in the Pinata dashboard (API Keys), then load its replacement from the environment
.env:3:12: jwt [key 0123456789abcdef0123] eyJh********ZWFs
    why: jwt-claims
    jwt: user 5b1e3f0a-1c2d-4e5f-a6b7-c8d9e0f1a2b3, e-mail d***@e***.com, issued 2025-05-01, expired 2026-05-01
    fingerprint: 6f0581c003525845c0cc6cabda8b9c6c
    fix: revoke API key 0123456789abcdef0123 in the Pinata dashboard (API Keys), then load its replacement from the environment
k8s/secret.yaml:7:5: gateway-token AbCd********WxYz (base64-encoded)
    why: section
    commit: 0123456789ab by Dev Person on 2026-01-02
    fingerprint: 5e77c88ff560a34ddc5ba4250476194e
    fix: delete this access token in the Pinata dashboard (Gateways, Access Controls) and issue a new one
old.env:1:1: api-secret fedc********3210
    fingerprint: 74f129f8a2a9eafe77ad8e8291e0142d
    fix: find the API key this secret belongs to and revoke it in the Pinata dashboard (API Keys)

4 findings (1 jwt, 2 api-secret, 1 gateway-token) in 3 files; scanned 12 files, 4.1 KB, skipped 1
`
	var buf bytes.Buffer
	r := &TextReporter{Now: func() time.Time { return testNow }}
	if err := Write(r, &buf, sampleReport()); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	// Each fingerprint is the one .pinatascanignore takes.
	for _, r := range sampleReport().Results {
		if !strings.Contains(want, "    fingerprint: "+r.Fingerprint()+"\n") {
			t.Errorf("%s:%d: fingerprint %s not shown", r.Path, r.Line, r.Fingerprint())
		}
	}
}

// TestTextReporterTerminal: on a terminal there is no header line, and
// with Color the kind, the path and the fix line are coloured, nothing
// else; the uncoloured text is the same.
func TestTextReporterTerminal(t *testing.T) {
	render := func(o Options) string {
		var buf bytes.Buffer
		if err := Write(&TextReporter{Options: o, Now: func() time.Time { return testNow }}, &buf, sampleReport()); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	saved, plain, colored := render(Options{}), render(Options{Terminal: true}), render(Options{Terminal: true, Color: true})
	if plain != strings.TrimPrefix(saved, TextHeader) || strings.Contains(plain, "pinatascan report") {
		t.Errorf("terminal output differs from the saved one by more than the header:\n%s", plain)
	}
	if strings.Contains(plain, "\x1b") {
		t.Errorf("colour without Color:\n%q", plain)
	}
	for _, want := range []string{
		"\x1b[1m.env\x1b[0m:2:23: \x1b[1;31mapi-secret\x1b[0m [key ",
		"\x1b[1mk8s/secret.yaml\x1b[0m:7:5: \x1b[1;31mgateway-token\x1b[0m ",
		"    \x1b[32mfix: revoke API key 0123456789abcdef0123 in the Pinata dashboard (API Keys), then load its replacement from the environment\x1b[0m\n",
	} {
		if !strings.Contains(colored, want) {
			t.Errorf("coloured output lacks %q:\n%q", want, colored)
		}
	}
	if stripped := regexp.MustCompile("\x1b\\[[0-9;]*m").ReplaceAllString(colored, ""); stripped != plain {
		t.Errorf("colour changed the text:\n%s", stripped)
	}
	var buf bytes.Buffer
	key := result.Result{Path: "a", Finding: scanner.Finding{Kind: scanner.KindAPIKey, Line: 1, Column: 1, Value: testKey, KeyID: testKey}}
	Write(&TextReporter{Options: Options{Terminal: true, Color: true}}, &buf, &result.Report{Results: []result.Result{key}})
	if !strings.Contains(buf.String(), "\x1b[1;33mapi-key\x1b[0m") {
		t.Errorf("an API key id is not yellow: %q", buf.String())
	}
}

func TestTextReporterRedaction(t *testing.T) {
	secrets := []string{testSecret, testJWT, testToken, testEmail}
	for _, noRedact := range []bool{false, true} {
		var buf bytes.Buffer
		r := &TextReporter{Options: Options{NoRedact: noRedact}, Now: func() time.Time { return testNow }}
		if err := Write(r, &buf, sampleReport()); err != nil {
			t.Fatal(err)
		}
		for _, s := range secrets {
			if got := strings.Contains(buf.String(), s); got != noRedact {
				t.Errorf("NoRedact %v: output contains %.10s… = %v", noRedact, s, got)
			}
		}
	}
}

func TestSummary(t *testing.T) {
	tests := []struct {
		name string
		rep  result.Report
		want string
	}{
		{"nothing", result.Report{}, "no findings; scanned 0 files, 0 B"},
		{"one file", result.Report{Summary: result.Summary{Stats: result.Stats{Files: 1, Bytes: 999}}}, "no findings; scanned 1 file, 999 B"},
		{"history", result.Report{Summary: result.Summary{Stats: result.Stats{Commits: 3, Files: 1, Bytes: 999}}}, "no findings; scanned 3 commits, 1 blob, 999 B"},
		{
			"everything",
			result.Report{
				Results: []result.Result{{Path: "a", Finding: scanner.Finding{Kind: scanner.KindAPIKey}}},
				Summary: result.Summary{
					Stats:    result.Stats{Files: 3, Bytes: 157_300_000, Skipped: 2, Suppressed: 4, Baselined: 5, OutOfScope: 6, Excluded: 7},
					Problems: []string{"x: permission denied", "y: permission denied"},
					Partial:  true,
					Policy:   result.Policy{From: "origin/main", Changed: []string{".pinatascan.yaml"}},
				},
			},
			"1 finding (1 api-key) in 1 file; scanned 3 files, 157.3 MB, skipped 2, 7 paths excluded by the config; 4 suppressed; 5 already in the baseline; " +
				"6 out of the config's scope; policy from origin/main; the scanned changes modify policy (.pinatascan.yaml); 2 problems (could not read everything); interrupted, results are partial",
		},
	}
	for _, tt := range tests {
		for i := range tt.rep.Results {
			tt.rep.Found.Add(&tt.rep.Results[i])
		}
		if got := Summary(&tt.rep.Summary); got != tt.want {
			t.Errorf("%s: got  %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

func TestDisplayPath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"src/app.js", "src/app.js"},
		{"with space/é.env", "with space/é.env"},
		{"new\nline.env", `"new\nline.env"`},
		{"tab\there", `"tab\there"`},
		{"bad\xffutf8", `"bad\xffutf8"`},
		{"esc\x1b[31m", `"esc\x1b[31m"`},
		{"osc52\x1b]52;c;ZXZpbA==\x07", `"osc52\x1b]52;c;ZXZpbA==\a"`},
		{"::error::forged", `"::error::forged"`},
		{"  ::stop-commands::x", `"  ::stop-commands::x"`},
		{"a::b", "a::b"},
		{"bidi\u202eexe.txt", `"bidi\u202eexe.txt"`},
		{"c1\u009b31m", `"c1\u009b31m"`},
	}
	for _, tt := range tests {
		if got := DisplayPath(tt.in); got != tt.want {
			t.Errorf("DisplayPath(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestBytes(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{{0, "0 B"}, {999, "999 B"}, {1000, "1.0 KB"}, {4100, "4.1 KB"}, {157_300_000, "157.3 MB"}, {2 << 30, "2.1 GB"}}
	for _, tt := range tests {
		if got := Bytes(tt.n); got != tt.want {
			t.Errorf("Bytes(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestNew(t *testing.T) {
	for _, name := range []string{"text", "json"} {
		if _, err := New(name, Options{}); err != nil {
			t.Errorf("New(%q): %v", name, err)
		}
	}
	_, err := New("xml", Options{})
	if err == nil || !strings.Contains(err.Error(), `unknown format "xml"`) || !strings.Contains(err.Error(), "json") {
		t.Errorf("New(xml) error = %v", err)
	}
}
