package report

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/scanner"
)

// The published schema (gitlab-org/security-products/security-report-schemas,
// dist/secret-detection-report-format.json, 15.x) lives on GitLab, which
// the tools of this workplace could not reach, so these tests check its
// rules field by field, as GitLab's parser applies them:
//
//   - top level: version (x.y.z), scan, vulnerabilities required;
//   - scan: analyzer and scanner (id, name, version, vendor.name), type
//     "secret_detection", start_time/end_time as YYYY-MM-DDTHH:MM:SS, status
//     success|failure, messages with level info|warning|fatal;
//   - vulnerability: id, identifiers (type, name, value non-empty, at least
//     one) and location required; severity one of Info, Unknown, Low,
//     Medium, High, Critical; name at most 255 characters;
//   - location: commit.sha required and non-empty.
var (
	gitlabVersionRe = regexp.MustCompile(`^[0-9]+\.[0-9]+\.[0-9]+$`)
	gitlabTimeRe    = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$`)
	uuidRe          = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
)

func checkGitLabSchema(t *testing.T, data []byte) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	str := func(m map[string]any, k string) string {
		t.Helper()
		s, ok := m[k].(string)
		if !ok || s == "" {
			t.Errorf("%s: want a non-empty string, got %#v", k, m[k])
		}
		return s
	}
	obj := func(m map[string]any, k string) map[string]any {
		t.Helper()
		o, ok := m[k].(map[string]any)
		if !ok {
			t.Fatalf("%s: want an object, got %#v", k, m[k])
		}
		return o
	}
	if v := str(doc, "version"); !gitlabVersionRe.MatchString(v) {
		t.Errorf("version %q", v)
	}
	scan := obj(doc, "scan")
	for _, k := range []string{"analyzer", "scanner"} {
		tool := obj(scan, k)
		for _, f := range []string{"id", "name", "version"} {
			str(tool, f)
		}
		str(obj(tool, "vendor"), "name")
	}
	if scan["type"] != "secret_detection" {
		t.Errorf("scan.type = %v", scan["type"])
	}
	for _, k := range []string{"start_time", "end_time"} {
		if v := str(scan, k); !gitlabTimeRe.MatchString(v) {
			t.Errorf("scan.%s = %q", k, v)
		}
	}
	if s := scan["status"]; s != "success" && s != "failure" {
		t.Errorf("scan.status = %v", s)
	}
	if msgs, ok := scan["messages"].([]any); ok {
		for _, m := range msgs {
			m := m.(map[string]any)
			if l := m["level"]; l != "info" && l != "warning" && l != "fatal" {
				t.Errorf("message level %v", l)
			}
			str(m, "value")
		}
	}
	vulns, ok := doc["vulnerabilities"].([]any)
	if !ok {
		t.Fatalf("vulnerabilities: %#v", doc["vulnerabilities"])
	}
	for _, v := range vulns {
		v := v.(map[string]any)
		if id := str(v, "id"); !uuidRe.MatchString(id) {
			t.Errorf("id %q is not a UUID", id)
		}
		if n := str(v, "name"); len(n) > 255 {
			t.Errorf("name too long: %q", n)
		}
		switch v["severity"] {
		case "Info", "Unknown", "Low", "Medium", "High", "Critical":
		default:
			t.Errorf("severity %v", v["severity"])
		}
		ids, _ := v["identifiers"].([]any)
		if len(ids) == 0 {
			t.Errorf("no identifiers")
		}
		for _, id := range ids {
			id := id.(map[string]any)
			for _, f := range []string{"type", "name", "value"} {
				str(id, f)
			}
		}
		loc := obj(v, "location")
		str(obj(loc, "commit"), "sha")
	}
	return doc
}

func TestGitLabReport(t *testing.T) {
	secret, key := testcred.Secret(), testcred.Key()
	jwt, jwtKey, _ := testcred.JWT(testcred.JWTOptions{})
	when := time.Date(2026, 3, 4, 5, 6, 7, 0, time.FixedZone("x", 3600))
	rep := &result.Report{
		Results: []result.Result{
			{Finding: scanner.Finding{Kind: scanner.KindAPISecret, Line: 3, Column: 23, Value: secret, KeyID: key}, Path: "./config/.env"},
			{Finding: scanner.Finding{Kind: scanner.KindJWT, Line: 1, Column: 1, Value: jwt, KeyID: jwtKey}, Path: "app.js",
				Commit: &result.Commit{Hash: "0123456789abcdef0123456789abcdef01234567", Author: "Ada", Date: when}},
			{Finding: scanner.Finding{Kind: scanner.KindJWT, Line: 9, Column: 1, Value: jwt, KeyID: jwtKey}, Path: "app.js"},
			{Finding: scanner.Finding{Kind: scanner.KindAPIKey, Line: 1, Column: 1, Value: key}, Path: "-"},
			{Finding: scanner.Finding{Kind: scanner.KindGatewayToken, Line: 2, Column: 1, Value: testcred.GatewayToken()}, Path: "web/index.html"},
		},
	}
	var buf bytes.Buffer
	if err := Write(&GitLabReporter{Now: func() time.Time { return when }}, &buf, rep); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), secret) || strings.Contains(buf.String(), jwt) {
		t.Fatal("the report holds a credential in full")
	}
	doc := checkGitLabSchema(t, buf.Bytes())
	if doc["scan"].(map[string]any)["end_time"] != "2026-03-04T04:06:07" {
		t.Errorf("end_time %v, want UTC", doc["scan"].(map[string]any)["end_time"])
	}
	vulns := doc["vulnerabilities"].([]any)
	if len(vulns) != 5 {
		t.Fatalf("%d vulnerabilities", len(vulns))
	}
	v0 := vulns[0].(map[string]any)
	loc0 := v0["location"].(map[string]any)
	if loc0["file"] != "config/.env" || loc0["start_line"] != 3.0 || v0["severity"] != "Critical" ||
		loc0["commit"].(map[string]any)["sha"] != gitlabNoCommit || !strings.Contains(v0["solution"].(string), key) {
		t.Errorf("vulnerability 0: %v", v0)
	}
	c1 := vulns[1].(map[string]any)["location"].(map[string]any)["commit"].(map[string]any)
	if c1["sha"] != "0123456789abcdef0123456789abcdef01234567" || c1["author"] != "Ada" || c1["date"] != "2026-03-04T04:06:07" {
		t.Errorf("commit: %v", c1)
	}
	// Two occurrences of one JWT in one file are two vulnerabilities.
	if vulns[1].(map[string]any)["id"] == vulns[2].(map[string]any)["id"] {
		t.Error("two occurrences share an id")
	}
	if f := vulns[3].(map[string]any)["location"].(map[string]any)["file"]; f != "stdin" {
		t.Errorf("stdin file: %v", f)
	}
	if s := vulns[3].(map[string]any)["severity"]; s != "Medium" {
		t.Errorf("api key severity %v", s)
	}

	// The same findings give the same ids (GitLab tracks them across runs).
	var again bytes.Buffer
	Write(&GitLabReporter{Now: func() time.Time { return when.Add(time.Hour) }}, &again, rep)
	doc2 := checkGitLabSchema(t, again.Bytes())
	for i := range vulns {
		if vulns[i].(map[string]any)["id"] != doc2["vulnerabilities"].([]any)[i].(map[string]any)["id"] {
			t.Errorf("id %d changed between runs", i)
		}
	}
}

func TestGitLabReportEmptyAndFailed(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&GitLabReporter{}, &buf, &result.Report{}); err != nil {
		t.Fatal(err)
	}
	doc := checkGitLabSchema(t, buf.Bytes())
	if v := doc["vulnerabilities"].([]any); len(v) != 0 || doc["scan"].(map[string]any)["status"] != "success" {
		t.Errorf("empty report: %s", buf.String())
	}
	buf.Reset()
	Write(&GitLabReporter{}, &buf, &result.Report{Summary: result.Summary{Problems: []string{"x: permission denied"}, Partial: true}})
	doc = checkGitLabSchema(t, buf.Bytes())
	scan := doc["scan"].(map[string]any)
	if scan["status"] != "failure" || len(scan["messages"].([]any)) != 2 {
		t.Errorf("failed scan: %v", scan)
	}
}
