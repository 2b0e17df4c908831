package baseline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/scanner"
)

func res(kind scanner.Kind, value, path string) result.Result {
	return result.Result{Finding: scanner.Finding{Kind: kind, Value: value, Line: 3, Column: 7, KeyID: testcred.Key()}, Path: path}
}

func entries(rs ...result.Result) []Entry {
	var out []Entry
	for i := range rs {
		out = append(out, EntryOf(&rs[i], rs[i].Path))
	}
	return out
}

func contains(b *Baseline, r result.Result) bool { return b.Contains(r.Fingerprint(), r.Path) }

func TestRoundTrip(t *testing.T) {
	secret, key := testcred.Secret(), testcred.Key()
	jwt, _, _ := testcred.JWT(testcred.JWTOptions{})
	known := []result.Result{
		res(scanner.KindAPISecret, secret, "./config/.env"),
		res(scanner.KindAPIKey, key, "config/.env"),
		res(scanner.KindJWT, jwt, "src/upload.js"),
		res(scanner.KindAPISecret, secret, "config/.env"), // same place twice: one entry
	}
	created := time.Date(2026, 11, 25, 20, 0, 0, 0, time.UTC)
	b := New(entries(known...), created)
	if len(b.Entries) != 3 {
		t.Fatalf("entries = %d, want 3 (duplicates merged)", len(b.Entries))
	}

	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, leak := range []string{secret, key, jwt, known[0].KeyID} {
		if strings.Contains(out, leak) {
			t.Fatalf("baseline holds a credential or key id:\n%s", out)
		}
	}
	if !strings.Contains(out, `"created": "2026-11-25T20:00:00Z"`) || !strings.Contains(out, `"version": 1`) {
		t.Errorf("missing header fields:\n%s", out)
	}

	got, err := Read("b.json", &buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Entries) != 3 || got.Entries[0].Path != "config/.env" || got.Entries[2].Path != "src/upload.js" {
		t.Fatalf("entries not sorted by path: %+v", got.Entries)
	}
	for _, r := range known {
		if !contains(got, r) {
			t.Errorf("known %s at %s not contained", r.Kind, r.Path)
		}
	}
	// Moving within the file keeps it known: the fingerprint is content-only.
	moved := res(scanner.KindAPISecret, secret, "config/.env")
	moved.Line = 99
	if !contains(got, moved) {
		t.Error("finding that moved lines is reported as new")
	}

	fresh := []result.Result{
		res(scanner.KindAPISecret, testcred.Secret(), "config/.env"), // new secret, same file
		res(scanner.KindAPISecret, secret, "deploy/.env"),            // known secret, new file
		res(scanner.KindAPIKey, secret, "config/.env"),               // same text, other kind
	}
	for _, r := range fresh {
		if contains(got, r) {
			t.Errorf("new finding %s at %s counted as known", r.Kind, r.Path)
		}
	}
}

func TestPathsNormalized(t *testing.T) {
	secret := testcred.Secret()
	b := New(entries(res(scanner.KindAPISecret, secret, "./a//b/../.env")), time.Now())
	if b.Entries[0].Path != "a/.env" {
		t.Fatalf("path = %q", b.Entries[0].Path)
	}
	if !contains(b, res(scanner.KindAPISecret, secret, "a/.env")) {
		t.Error("normalized path not matched")
	}
	var nb *Baseline
	if nb.Contains(b.Entries[0].Fingerprint, "a/.env") {
		t.Error("nil baseline contains something")
	}
}

func TestReadErrors(t *testing.T) {
	fp := strings.Repeat("ab", 16)
	tests := []struct{ src, want string }{
		{``, "b.json: empty file"},
		{`{"version": 1, "entries": [`, "b.json: truncated JSON"},
		{"{\n\"version\": 1,\n\"entries\": [}\n", "b.json:3: invalid character"},
		{`{"version": 2, "entries": []}`, "b.json: version 2 is not supported"},
		{`{"entries": []}`, "b.json: version 0 is not supported"},
		{"{\"version\": 1,\n \"entries\": [{\"fingerprint\": \"" + fp + "\", \"kind\": \"jwt\", \"path\": \"a\", \"value\": \"x\"}]}", `b.json:2: unknown field "value"`},
		{`{"version": 1, "entries": [{"fingerprint": "abc", "kind": "jwt", "path": "a"}]}`, "entry 1: fingerprint is not"},
		{`{"version": 1, "entries": [{"fingerprint": "` + fp + `", "kind": "aws", "path": "a"}]}`, `entry 1: unknown kind "aws"`},
		{`{"version": 1, "entries": [{"fingerprint": "` + fp + `", "kind": "jwt", "path": ""}]}`, "entry 1: empty path"},
		{"{\"version\": \"1\"}", "b.json:1: version must be a int, not a string"},
		{`{"version": 1, "entries": []} {}`, "b.json:1: unexpected data after"},
		{`[]`, "b.json:1:"},
	}
	for _, tt := range tests {
		_, err := Read("b.json", strings.NewReader(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%.50q:\n got %v\nwant %q", tt.src, err, tt.want)
		}
	}
	if b, err := Read("b.json", strings.NewReader(`{"version": 1}`)); err != nil || len(b.Entries) != 0 {
		t.Errorf("empty baseline: %v, %v", b, err)
	}
}

func TestWriteFileAndLoad(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "baseline.json")
	if err := os.WriteFile(name, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	b := New(entries(res(scanner.KindJWT, testcred.Key(), "x")), time.Now())
	if err := b.WriteFile(name); err != nil {
		t.Fatal(err)
	}
	got, err := Load(name)
	if err != nil || len(got.Entries) != 1 {
		t.Fatalf("Load = %v, %v", got, err)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".pinatascan-baseline-*"))
	if len(left) != 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
	if err := b.WriteFile(filepath.Join(dir, "missing", "b.json")); err == nil {
		t.Error("write into a missing directory succeeded")
	}
	if _, err := Load(filepath.Join(dir, "nope.json")); err == nil {
		t.Error("missing baseline loaded")
	}
}
