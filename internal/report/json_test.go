package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

func writeJSON(t *testing.T, o Options, rep *result.Report) (string, map[string]any) {
	t.Helper()
	var buf bytes.Buffer
	r := &JSONReporter{Options: o, Now: func() time.Time { return testNow }}
	if err := Write(r, &buf, rep); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, buf.String())
	}
	return buf.String(), doc
}

func TestJSONReporter(t *testing.T) {
	rep := sampleReport()
	rep.Results[1].Verification = &result.Verification{Status: "revoked", Reason: "API_KEY_REVOKED"}
	rep.Problems = []string{"locked: permission denied"}
	_, doc := writeJSON(t, Options{}, rep)

	findings := doc["findings"].([]any)
	if len(findings) != 4 {
		t.Fatalf("%d findings, want 4", len(findings))
	}
	secret := findings[0].(map[string]any)
	wantSecret := map[string]any{
		"kind": "api-secret", "path": ".env", "line": 2.0, "column": 23.0,
		"value": "fedc********3210", "fingerprint": scanner.Fingerprint(scanner.KindAPISecret, testSecret),
		"key_id": testKey, "encoding": "plain", "rule": "pinata-name", "evidence": `name "PINATA_SECRET_API_KEY"`,
	}
	if len(secret) != len(wantSecret) {
		t.Errorf("api-secret has keys %v, want exactly %v", keys(secret), keys(wantSecret))
	}
	for k, v := range wantSecret {
		if secret[k] != v {
			t.Errorf("api-secret %s = %v, want %v", k, secret[k], v)
		}
	}

	jwt := findings[1].(map[string]any)
	wantJWT := map[string]any{
		"key_id": testKey, "user_id": testUser, "email": "d***@e***.com",
		"issued_at": "2025-05-01T00:00:00Z", "expires_at": "2026-05-01T00:00:00Z", "expired": true,
	}
	j := jwt["jwt"].(map[string]any)
	if len(j) != len(wantJWT) {
		t.Errorf("jwt object has keys %v", keys(j))
	}
	for k, v := range wantJWT {
		if j[k] != v {
			t.Errorf("jwt.%s = %v, want %v", k, j[k], v)
		}
	}
	if v := jwt["verification"].(map[string]any); v["status"] != "revoked" || v["reason"] != "API_KEY_REVOKED" {
		t.Errorf("verification = %v", v)
	}

	gw := findings[2].(map[string]any)
	if gw["encoding"] != "base64" || gw["key_id"] != "" {
		t.Errorf("gateway token = %v", gw)
	}
	c := gw["commit"].(map[string]any)
	if c["hash"] != "0123456789abcdef0123456789abcdef01234567" || c["author"] != "Dev Person" || c["date"] != "2026-01-02T03:04:05Z" {
		t.Errorf("commit = %v", c)
	}
	if _, ok := secret["commit"]; ok {
		t.Error("commit present without a commit")
	}

	stats := doc["stats"].(map[string]any)
	if stats["files"] != 12.0 || stats["bytes"] != 4100.0 || stats["skipped"] != 1.0 {
		t.Errorf("stats = %v", stats)
	}
	if p := doc["problems"].([]any); len(p) != 1 || p[0] != "locked: permission denied" {
		t.Errorf("problems = %v", p)
	}
	if doc["partial"] != false {
		t.Errorf("partial = %v", doc["partial"])
	}
}

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func TestJSONReporterEmpty(t *testing.T) {
	out, _ := writeJSON(t, Options{}, &result.Report{})
	for _, want := range []string{`"findings": []`, `"problems": []`, `"partial": false`} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %s in\n%s", want, out)
		}
	}
}

func TestJSONReporterRedaction(t *testing.T) {
	secrets := []string{testSecret, testJWT, testToken, testEmail}
	for _, noRedact := range []bool{false, true} {
		out, _ := writeJSON(t, Options{NoRedact: noRedact}, sampleReport())
		for _, s := range secrets {
			if got := strings.Contains(out, s); got != noRedact {
				t.Errorf("NoRedact %v: output contains %.10s… = %v", noRedact, s, got)
			}
		}
	}
}

func TestJSONReporterOddPaths(t *testing.T) {
	rep := &result.Report{Results: []result.Result{
		{Path: "new\nline.env", Finding: scanner.Finding{Kind: scanner.KindAPIKey, Value: testKey}},
		{Path: "bad\xff.env", Finding: scanner.Finding{Kind: scanner.KindAPIKey, Value: testKey}},
	}}
	_, doc := writeJSON(t, Options{}, rep)
	fs := doc["findings"].([]any)
	first, second := fs[0].(map[string]any), fs[1].(map[string]any)
	if first["path"] != "new\nline.env" {
		t.Errorf("path = %q", first["path"])
	}
	if _, ok := first["path_bytes"]; ok {
		t.Error("path_bytes on a valid UTF-8 path")
	}
	// encoding/json writes []byte as base64: "bad\xff.env" is YmFk/y5lbnY=.
	if second["path_bytes"] != "YmFk/y5lbnY=" || second["path"] != "bad\ufffd.env" {
		t.Errorf("path = %q, path_bytes = %v", second["path"], second["path_bytes"])
	}
}
