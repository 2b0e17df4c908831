package verify

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/scanner"
)

func jwtResult(t *testing.T, path, token string) result.Result {
	t.Helper()
	info, err := scanner.ParseJWT(token)
	if err != nil {
		t.Fatal(err)
	}
	return result.Result{Path: path, Finding: scanner.Finding{Kind: scanner.KindJWT, Value: token, KeyID: info.KeyID, JWT: info}}
}

func keyResult(path, key string) result.Result {
	return result.Result{Path: path, Finding: scanner.Finding{Kind: scanner.KindAPIKey, Value: key, KeyID: key}}
}

func secretResult(path, keyID, secret string) result.Result {
	return result.Result{Path: path, Finding: scanner.Finding{Kind: scanner.KindAPISecret, Value: secret, KeyID: keyID}}
}

// statusServer answers by key: live unless listed.
func statusServer(t *testing.T, answers map[string]string) *fakePinata {
	return newFakePinata(t, "", func(w http.ResponseWriter, s sent, _ int) {
		switch answers[keyOf(s)] {
		case "revoked":
			reply(w, 403, bodyRevoked)
		case "invalid":
			reply(w, 401, bodyInvalid)
		default:
			reply(w, 200, bodyLive)
		}
	})
}

// TestFillOneRequestPerCredential finds one key as a JWT in many files and
// commits, and as its key and secret: one request in all.
func TestFillOneRequestPerCredential(t *testing.T) {
	f := statusServer(t, nil)
	c, _ := newChecker(t, f.srv.URL, Config{})
	jwt, key, secret := testcred.JWT(testcred.JWTOptions{})
	var results []result.Result
	for i := range 20 {
		results = append(results, jwtResult(t, fmt.Sprintf("f%d.env", i), jwt))
	}
	results = append(results,
		keyResult("a.env", key), secretResult("a.env", key, secret),
		keyResult("b.py", key), secretResult("c.yml", key, secret))
	// A JWT found without decoded claims (as from an older source).
	bare := jwtResult(t, "d.js", jwt)
	bare.JWT = nil
	results = append(results, bare)

	if err := c.Fill(context.Background(), results); err != nil {
		t.Fatal(err)
	}
	for _, r := range results {
		if r.Verification == nil || r.Verification.Status != "live" {
			t.Errorf("%s %s: %+v, want live", r.Path, r.Kind, r.Verification)
		}
	}
	if f.Hits() != 1 {
		t.Errorf("%d requests, want 1", f.Hits())
	}
	if s := f.Sent(); len(s) > 0 && s[0].jwt != jwt {
		t.Errorf("sent %+v, want the JWT (it is unexpired)", s[0])
	}
}

func TestFillDistinctAndUnverifiable(t *testing.T) {
	jwtLive, keyLive, _ := testcred.JWT(testcred.JWTOptions{})
	jwtRevoked, keyRevoked, _ := testcred.JWT(testcred.JWTOptions{})
	keyPair, secretPair := testcred.Key(), testcred.Secret()
	loneKey, loneSecret := testcred.Key(), testcred.Secret()
	f := statusServer(t, map[string]string{keyRevoked: "revoked", keyPair: "invalid"})
	c, _ := newChecker(t, f.srv.URL, Config{})
	notPinata := testcred.Sign(jwtClaims{"sub": "1234567890", "name": "John Doe", "iat": 1516239022})

	results := []result.Result{
		jwtResult(t, "a", jwtLive),
		jwtResult(t, "b", jwtRevoked),
		keyResult("c", keyRevoked), // its secret is known through the JWT
		keyResult("d", keyPair), secretResult("d", keyPair, secretPair),
		keyResult("e", loneKey),
		secretResult("f", "", loneSecret),
		{Path: "g", Finding: scanner.Finding{Kind: scanner.KindGatewayToken, Value: testcred.GatewayToken()}},
		{Path: "h", Finding: scanner.Finding{Kind: scanner.KindJWT, Value: notPinata}},
		{Path: "i", Finding: scanner.Finding{Kind: "mystery", Value: "x"}},
	}
	want := []result.Verification{
		{Status: "live", Reason: "authenticated"},
		{Status: "revoked", Reason: "key revoked"},
		{Status: "revoked", Reason: "key revoked"},
		{Status: "invalid", Reason: "invalid or expired credentials"},
		{Status: "invalid", Reason: "invalid or expired credentials"},
		{Status: "unverifiable", Reason: "API key without its secret"},
		{Status: "unverifiable", Reason: "API secret without its key"},
		{Status: "unverifiable", Reason: "no safe verification endpoint"},
		{Status: "unverifiable", Reason: "not a Pinata JWT"},
		{Status: "unverifiable", Reason: "unknown kind"},
	}
	if err := c.Fill(context.Background(), results); err != nil {
		t.Fatal(err)
	}
	for i, r := range results {
		if r.Verification == nil || *r.Verification != want[i] {
			t.Errorf("%s (%s): %+v, want %+v", r.Path, r.Kind, r.Verification, want[i])
		}
	}
	if f.Hits() != 3 {
		t.Errorf("%d requests, want 3 (one per checkable credential)", f.Hits())
	}
	var sentKeys []string
	for _, s := range f.Sent() {
		sentKeys = append(sentKeys, keyOf(s))
	}
	slices.Sort(sentKeys)
	wantKeys := []string{keyLive, keyRevoked, keyPair}
	slices.Sort(wantKeys)
	if !slices.Equal(sentKeys, wantKeys) {
		t.Errorf("checked keys %v, want %v", sentKeys, wantKeys)
	}
}

// TestFillExpiredJWT checks an expired JWT by the pair it carries: the key
// may outlive its JWT, and a leaked JWT leaks the pair.
func TestFillExpiredJWT(t *testing.T) {
	f := statusServer(t, nil)
	c, clock := newChecker(t, f.srv.URL, Config{})
	now := clock.Now()
	jwt, key, secret := testcred.JWT(testcred.JWTOptions{IssuedAt: now.AddDate(-2, 0, 0), ExpiresAt: now.AddDate(-1, 0, 0)})
	results := []result.Result{jwtResult(t, "old.env", jwt), keyResult("k", key)}
	if err := c.Fill(context.Background(), results); err != nil {
		t.Fatal(err)
	}
	s := f.Sent()
	if len(s) != 1 || s[0].jwt != "" || s[0].key != key || s[0].secret != secret {
		t.Fatalf("sent %+v, want one request with the embedded key and secret", s)
	}
	if v := results[0].Verification; v.Status != "live" || !strings.Contains(v.Reason, "expired") {
		t.Errorf("expired JWT: %+v, want live, saying it expired", v)
	}
	if v := results[1].Verification; v.Status != "live" || v.Reason != "authenticated" {
		t.Errorf("key: %+v, want live", v)
	}
}

// TestFillPrefersUnexpiredJWT sends a valid JWT even when an expired copy of
// the same key came first.
func TestFillPrefersUnexpiredJWT(t *testing.T) {
	f := statusServer(t, nil)
	c, clock := newChecker(t, f.srv.URL, Config{})
	now := clock.Now()
	key, secret := testcred.Key(), testcred.Secret()
	old, _, _ := testcred.JWT(testcred.JWTOptions{Key: key, Secret: secret, ExpiresAt: now.Add(-time.Hour)})
	fresh, _, _ := testcred.JWT(testcred.JWTOptions{Key: key, Secret: secret, ExpiresAt: now.Add(time.Hour)})
	results := []result.Result{jwtResult(t, "a", old), jwtResult(t, "b", fresh)}
	if err := c.Fill(context.Background(), results); err != nil {
		t.Fatal(err)
	}
	if s := f.Sent(); len(s) != 1 || s[0].jwt != fresh {
		t.Errorf("sent %d requests, want one with the unexpired JWT", len(s))
	}
}

func TestFillCanceled(t *testing.T) {
	f := statusServer(t, nil)
	c, _ := newChecker(t, f.srv.URL, Config{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	jwt := mustJWT()
	results := []result.Result{jwtResult(t, "a", jwt)}
	if err := c.Fill(ctx, results); err == nil {
		t.Error("Fill with a canceled context returned nil")
	}
	if v := results[0].Verification; v == nil || v.Status != "unknown" || v.Reason != "canceled" {
		t.Errorf("got %+v, want unknown canceled", v)
	}
	if f.Hits() != 0 {
		t.Errorf("%d requests after cancel, want 0", f.Hits())
	}
}

// TestStatusStrings ties the statuses to result.Verification's documented values.
func TestStatusStrings(t *testing.T) {
	got := []Status{Live, LiveNoScope, Revoked, Invalid, Unknown, Unverifiable}
	want := []Status{"live", "live-no-scope", "revoked", "invalid", "unknown", "unverifiable"}
	if !slices.Equal(got, want) {
		t.Errorf("statuses %v, want %v", got, want)
	}
}

// TestStreamOrderAndWindow: results go on in the order they came, with at
// most the window held back, and a key is matched with the secret found
// after it within the window.
func TestStreamOrderAndWindow(t *testing.T) {
	f := statusServer(t, nil)
	c, _ := newChecker(t, f.srv.URL, Config{})
	key, secret := testcred.Key(), testcred.Secret()
	var in []result.Result
	in = append(in, keyResult("a", key), secretResult("b", key, secret))
	for i := range 20 {
		in = append(in, result.Result{Path: fmt.Sprintf("g%02d", i), Finding: scanner.Finding{Kind: scanner.KindGatewayToken, Value: testcred.GatewayToken()}})
	}
	const window = 4
	var out []result.Result
	added := 0
	st := NewStream(context.Background(), c, func(r *result.Result) error {
		if held := added - len(out); held > window+1 {
			t.Errorf("%d results held, window %d", held, window)
		}
		out = append(out, *r)
		return nil
	}, window)
	for _, r := range in {
		added++
		if err := st.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if len(out) != len(in) {
		t.Fatalf("%d results out, %d in", len(out), len(in))
	}
	for i := range in {
		if out[i].Path != in[i].Path {
			t.Fatalf("result %d is %s, want %s", i, out[i].Path, in[i].Path)
		}
	}
	if v := out[0].Verification; v.Status != "live" {
		t.Errorf("key before its secret: %+v, want live", v)
	}
	if f.Hits() != 1 {
		t.Errorf("%d requests, want 1", f.Hits())
	}
	if got := st.Tally().Statuses; got[Live] != 2 || got[Unverifiable] != 20 {
		t.Errorf("tally %v", got)
	}
}
