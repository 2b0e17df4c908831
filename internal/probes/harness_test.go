package probes_test

import (
	"encoding/base64"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/golang-jwt/jwt/v5"

	"github.com/pinatascan/pinatascan/scanner"
)

// The harness is checked on cases whose answer is certain, so that a
// figure it prints is the detector's, not the harness's.

func TestExpandSharesOneKeyPerID(t *testing.T) {
	c := probeCase{name: "m1-x", class: "m1", files: map[string][]byte{
		".env":          []byte("# nothing\nAPI_KEY={{+api-key:a}}\nAPI_SECRET={{+api-secret:a}}\nSUM={{-hex64}} {{-hex32}}\n"),
		"conf/jwt.yaml": []byte("jwt: {{+jwt:a}}\nb64: {{+gateway-token|base64}}\nother: {{-jwt-other}}\ngw1: {{+gateway-token:g}}\ngw2: {{+gateway-token:g}}\n"),
	}}
	x := expand(t, c)
	want := []struct {
		path string
		line int
		kind scanner.Kind
	}{
		{".env", 2, scanner.KindAPIKey}, {".env", 3, scanner.KindAPISecret},
		{"conf/jwt.yaml", 1, scanner.KindJWT}, {"conf/jwt.yaml", 2, scanner.KindGatewayToken},
		{"conf/jwt.yaml", 4, scanner.KindGatewayToken}, {"conf/jwt.yaml", 5, scanner.KindGatewayToken},
	}
	if len(x.want) != len(want) {
		t.Fatalf("got %d expectations, want %d: %v", len(x.want), len(want), x.want)
	}
	for i, w := range want {
		if g := x.want[i]; g.path != w.path || g.line != w.line || g.kind != w.kind {
			t.Errorf("expectation %d = %v, want %s:%d %s", i, g, w.path, w.line, w.kind)
		}
	}
	if x.shaped != 2 || x.decoys != 1 {
		t.Errorf("look-alikes: %d shaped, %d other; want 2 and 1", x.shaped, x.decoys)
	}

	env := string(x.files[".env"])
	key := field(t, env, `API_KEY=([0-9a-f]{20})\n`)
	secret := field(t, env, `API_SECRET=([0-9a-f]{64})\n`)
	if x.want[0].fingerprint != scanner.Fingerprint(scanner.KindAPIKey, key) {
		t.Error("the key's fingerprint is not the key's")
	}
	yaml := string(x.files["conf/jwt.yaml"])
	tok := field(t, yaml, `jwt: (\S+)\n`)
	claims := jwt.MapClaims{}
	if _, _, err := jwt.NewParser().ParseUnverified(tok, claims); err != nil {
		t.Fatal(err)
	}
	if claims["scopedKeyKey"] != key || claims["scopedKeySecret"] != secret {
		t.Error("the JWT does not embed the key and secret of its ID")
	}
	gw, err := base64.StdEncoding.DecodeString(field(t, yaml, `b64: (\S+)\n`))
	if err != nil || !regexp.MustCompile(`^[A-Za-z0-9_-]{64}$`).Match(gw) {
		t.Errorf("the base64 gateway token decodes to %q (%v)", gw, err)
	}
	if x.want[3].fingerprint != scanner.Fingerprint(scanner.KindGatewayToken, string(gw)) {
		t.Error("an encoded credential's fingerprint must be its decoded value's")
	}
	if field(t, yaml, `gw1: (\S+)\n`) != field(t, yaml, `gw2: (\S+)\n`) || x.want[4].fingerprint != x.want[5].fingerprint {
		t.Error("a gateway token's ID must give one token")
	}
	if strings.Contains(env+yaml, "{{") {
		t.Error("a placeholder was left in")
	}
}

func field(t *testing.T, text, re string) string {
	t.Helper()
	m := regexp.MustCompile(re).FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("%q not found in\n%s", re, text)
	}
	return m[1]
}

// fatalRecorder stands in for testing.TB to see that expand refuses a
// template.
type fatalRecorder struct {
	testing.TB
	mu  sync.Mutex
	msg string
}

func (f *fatalRecorder) Fatalf(format string, args ...any) {
	f.mu.Lock()
	f.msg = format
	f.mu.Unlock()
	runtime.Goexit()
}

func TestExpandRefusesBadTemplates(t *testing.T) {
	for _, tmpl := range []string{
		"a {{+api-keys}}\n",    // unknown kind
		"a {{-hex}}\n",         // unknown shape
		"a {{+api-key|rot13}}", // unknown encoding
		"a {{+api-key\n",       // unterminated
		"a {{-hex20:}}\n",      // empty ID
	} {
		rec := &fatalRecorder{TB: t}
		done := make(chan struct{})
		go func() {
			defer close(done)
			expand(rec, probeCase{name: "m1-bad", files: map[string][]byte{"f": []byte(tmpl)}})
		}()
		<-done
		if rec.msg == "" {
			t.Errorf("%q was accepted", tmpl)
		}
	}
}

func TestCompare(t *testing.T) {
	e := func(path string, line int, kind scanner.Kind, fp string) expectation {
		return expectation{path, line, kind, fp}
	}
	want := []expectation{
		e(".env", 2, "api-key", "k1"),
		e(".env", 3, "api-secret", "s1"),
		e("a.js", 5, "jwt", "j1"),
		e("a.js", 5, "jwt", "j1"), // the same token twice on one line
	}
	got := []finding{
		{e(".env", 2, "api-key", "k1"), ""},    // right
		{e(".env", 3, "api-key", "s1"), ""},    // wrong kind
		{e("a.js", 5, "jwt", "j1"), ""},        // right, once
		{e("b.js", 1, "api-key", "k9"), ""},    // not expected at all
		{e(".env", 2, "api-key", "other"), ""}, // right place, wrong value
	}
	tp, misses, extra := compare(want, got)
	if tp != 2 || len(misses) != 2 || len(extra) != 3 {
		t.Fatalf("tp %d, misses %v, extra %v; want 2, 2, 3", tp, misses, extra)
	}
	if misses[0] != want[1] || misses[1] != want[3] {
		t.Errorf("misses = %v", misses)
	}
	s := tally([]result{{tp: 2, fp: 3, fn: 2}, {}})
	if s.recall() != 0.5 || s.precision() != 0.4 {
		t.Errorf("recall %v, precision %v; want 0.5, 0.4", s.recall(), s.precision())
	}
	if empty := (score{}); empty.recall() != 1 || empty.precision() != 1 {
		t.Error("nothing expected and nothing reported must score 1 and 1")
	}
}

// TestHarnessEndToEnd runs the real scan on a case whose answer is certain:
// a Pinata JWT (found by its claims whatever surrounds it) in a nested
// file, and a file with nothing in it. Then it tampers with the
// expectations to see a miss and a false positive counted.
func TestHarnessEndToEnd(t *testing.T) {
	c := probeCase{name: "m4-certain", class: "m4", files: map[string][]byte{
		"deploy/prod/.env": []byte("# uploads\nNODE_ENV=production\nPINATA_JWT={{+jwt:a}}\n"),
		"README.md":        []byte("# demo\n\nNothing secret here: {{-uuid}}\n"),
	}}
	x := expand(t, c)
	r := measure(t, c, x)
	if r.tp != 1 || r.fp != 0 || r.fn != 0 {
		t.Fatalf("certain case scored tp %d fp %d fn %d (misses %v, extra %v); want 1 0 0", r.tp, r.fp, r.fn, r.misses, r.extra)
	}

	jwtWant := x.want[0]
	if jwtWant.path != "deploy/prod/.env" || jwtWant.line != 3 {
		t.Fatalf("expectation %v", jwtWant)
	}
	x.want = []expectation{{path: "README.md", line: 3, kind: scanner.KindAPIKey, fingerprint: "none"}}
	r = measure(t, c, x)
	if r.tp != 0 || r.fp != 1 || r.fn != 1 {
		t.Fatalf("tampered case scored tp %d fp %d fn %d; want 0 1 1", r.tp, r.fp, r.fn)
	}
	if r.misses[0] != "m4-certain/README.md:3 api-key" || !strings.HasPrefix(r.extra[0], "m4-certain/deploy/prod/.env:3 jwt (") {
		t.Errorf("misses %v, extra %v", r.misses, r.extra)
	}
}
