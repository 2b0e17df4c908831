package verify

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/testcred"
)

// TestAnswerTable drives every row of Pinata's answer table, with a JWT and
// with a key and secret.
func TestAnswerTable(t *testing.T) {
	tests := []struct {
		name       string
		code       int
		body       string
		want       Status
		wantReason string // substring
	}{
		{"200 live", 200, bodyLive, Live, "authenticated"},
		{"401 invalid credentials", 401, bodyInvalid, Invalid, "invalid or expired"},
		{"401 without body", 401, ``, Invalid, "invalid or expired"},
		{"401 keys must be strings", 401, bodyMalformed, Unknown, "malformed request"},
		{"400 keys must be strings", 400, bodyMalformed, Unknown, "malformed request"},
		{"403 revoked", 403, bodyRevoked, Revoked, "revoked"},
		{"403 no scopes", 403, bodyNoScopes, LiveNoScope, "no scope"},
		{"403 other reason", 403, `{"error":{"reason":"ACCOUNT_LOCKED"}}`, Unknown, "HTTP 403 ACCOUNT_LOCKED"},
		{"403 no reason", 403, `forbidden`, Unknown, "HTTP 403"},
		{"400 other", 400, `{"error":"BAD_THING"}`, Unknown, "HTTP 400 BAD_THING"},
		{"500", 500, `oops`, Unknown, "server error (HTTP 500)"},
		{"502", 502, ``, Unknown, "server error (HTTP 502)"},
		{"503", 503, `{"error":"down"}`, Unknown, "server error (HTTP 503)"},
		{"200 not JSON is not Pinata", 200, `<html>Welcome to the hotel wifi</html>`, Unknown, "not JSON"},
		{"404", 404, `not found`, Unknown, "HTTP 404"},
		{"418", 418, `{}`, Unknown, "HTTP 418"},
		{"302 without Location", 302, ``, Unknown, "redirected"},
		{"plain-text revoked", 403, `API_KEY_REVOKED`, Revoked, "revoked"},
	}
	for _, tt := range tests {
		for _, form := range []string{"jwt", "pair"} {
			t.Run(tt.name+"/"+form, func(t *testing.T) {
				f := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, _ int) { reply(w, tt.code, tt.body) })
				c, _ := newChecker(t, f.srv.URL, Config{})
				jwt, key, secret := testcred.JWT(testcred.JWTOptions{})
				cred := Credential{Key: key, Secret: secret}
				if form == "jwt" {
					cred = Credential{JWT: jwt, Key: key, Secret: secret}
				}
				got := c.Check(context.Background(), cred)
				if got.Status != tt.want || !strings.Contains(got.Reason, tt.wantReason) {
					t.Errorf("Check = %+v, want %s with reason containing %q", got, tt.want, tt.wantReason)
				}
				if f.Hits() != 1 {
					t.Errorf("%d requests, want 1", f.Hits())
				}
				s := f.Sent()[0]
				if form == "jwt" && (s.jwt != jwt || s.key != "" || s.secret != "") {
					t.Errorf("JWT check sent %+v, want only the Bearer token", s)
				}
				if form == "pair" && (s.jwt != "" || s.key != key || s.secret != secret) {
					t.Errorf("pair check sent %+v, want the two key headers", s)
				}
				assertNoSecret(t, got.Reason, jwt, secret)
			})
		}
	}
}

// TestHeaderNames proves the key headers travel under Pinata's lower-case names.
func TestHeaderNames(t *testing.T) {
	f := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, _ int) { reply(w, 200, bodyLive) })
	// net/http canonicalises incoming names, so look on the outgoing side.
	var out http.Header
	rt := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		out = r.Header.Clone()
		return http.DefaultTransport.RoundTrip(r)
	})
	c, _ := newChecker(t, f.srv.URL, Config{Client: &http.Client{Transport: rt}})
	if got := c.Check(context.Background(), Credential{Key: testcred.Key(), Secret: testcred.Secret()}); got.Status != Live {
		t.Fatalf("Check = %+v", got)
	}
	for _, name := range []string{"pinata_api_key", "pinata_secret_api_key"} {
		if _, ok := out[name]; !ok {
			t.Errorf("outgoing headers %v lack %s in lower case", keys(out), name)
		}
	}
}

func keys(h http.Header) []string {
	var k []string
	for name := range h {
		k = append(k, name)
	}
	return k
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func assertNoSecret(t *testing.T, s string, secrets ...string) {
	t.Helper()
	for _, sec := range secrets {
		if sec == "" {
			continue
		}
		if strings.Contains(s, sec) {
			t.Errorf("text %q contains a secret", s)
		}
		for _, seg := range strings.Split(sec, ".") {
			if len(seg) >= 16 && strings.Contains(s, seg) {
				t.Errorf("text %q contains part of a secret", s)
			}
		}
	}
}

func TestRetryAfter(t *testing.T) {
	tests := []struct {
		name       string
		retryAfter []string // per hit; the hit after the last answers 200
		maxWait    time.Duration
		want       Status
		wantHits   int
		wantSleep  time.Duration // at least
	}{
		{"seconds then live", []string{"7"}, 0, Live, 2, 7 * time.Second},
		{"zero then live", []string{"0"}, 0, Live, 2, 0},
		{"absent waits one slot then live", []string{""}, 0, Live, 2, 2 * time.Second},
		{"http date then live", []string{"Wed, 25 Nov 2026 20:00:30 GMT"}, 0, Live, 2, 30 * time.Second},
		{"twice is rate limited", []string{"1", "1"}, 0, Unknown, 2, time.Second},
		{"too long is not retried", []string{"3600"}, 0, Unknown, 1, 0},
		{"beyond a small bound", []string{"5"}, 4 * time.Second, Unknown, 1, 0},
		{"garbage waits one slot", []string{"soon"}, 0, Live, 2, 2 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, n int) {
				if n <= len(tt.retryAfter) {
					if v := tt.retryAfter[n-1]; v != "" {
						w.Header().Set("Retry-After", v)
					}
					reply(w, http.StatusTooManyRequests, bodyRateLimits)
					return
				}
				reply(w, 200, bodyLive)
			})
			c, clock := newChecker(t, f.srv.URL, Config{MaxRetryWait: tt.maxWait})
			got := c.Check(context.Background(), Credential{Key: testcred.Key(), Secret: testcred.Secret()})
			if got.Status != tt.want {
				t.Errorf("Check = %+v, want %s", got, tt.want)
			}
			if tt.want == Unknown && got.Reason != "rate limited" {
				t.Errorf("reason %q, want %q", got.Reason, "rate limited")
			}
			if f.Hits() != tt.wantHits {
				t.Errorf("%d requests, want %d", f.Hits(), tt.wantHits)
			}
			if clock.Slept() < tt.wantSleep {
				t.Errorf("waited %v, want at least %v", clock.Slept(), tt.wantSleep)
			}
		})
	}
}

// TestRetryAfterHoldsOthers proves a 429 pauses every check, not only the
// one that received it, and that a huge Retry-After pauses them no longer
// than MaxRetryWait.
func TestRetryAfterHoldsOthers(t *testing.T) {
	f := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, n int) {
		if n == 1 {
			w.Header().Set("Retry-After", "3600")
			reply(w, 429, bodyRateLimits)
			return
		}
		reply(w, 200, bodyLive)
	})
	c, clock := newChecker(t, f.srv.URL, Config{MaxRetryWait: 20 * time.Second})
	ctx := context.Background()
	if got := c.Check(ctx, Credential{Key: testcred.Key(), Secret: testcred.Secret()}); got != (Result{Unknown, "rate limited"}) {
		t.Errorf("first Check = %+v, want unknown rate limited", got)
	}
	if clock.Slept() != 0 {
		t.Errorf("first check waited %v; a Retry-After beyond the bound is not waited for", clock.Slept())
	}
	if got := c.Check(ctx, Credential{Key: testcred.Key(), Secret: testcred.Secret()}); got.Status != Live {
		t.Errorf("second Check = %+v, want live", got)
	}
	if clock.Slept() != 20*time.Second {
		t.Errorf("second check waited %v, want the 20s bound", clock.Slept())
	}
}

func TestTimeout(t *testing.T) {
	release := make(chan struct{})
	f := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, _ int) {
		select {
		case <-release:
		case <-time.After(5 * time.Second):
		}
		reply(w, 200, bodyLive)
	})
	defer close(release)
	c, _ := newChecker(t, f.srv.URL, Config{Timeout: 50 * time.Millisecond, Clock: RealClock{}})
	start := time.Now()
	got := c.Check(context.Background(), Credential{JWT: mustJWT()})
	if got != (Result{Unknown, "timeout"}) {
		t.Errorf("Check = %+v, want unknown timeout", got)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v; the timeout did not cut the request", d)
	}
}

// TestSlowBody times out a server that sends headers but dawdles on the body.
func TestSlowBody(t *testing.T) {
	release := make(chan struct{})
	f := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, _ int) {
		w.WriteHeader(200)
		_, _ = w.Write([]byte(`{"message":`))
		w.(http.Flusher).Flush()
		select {
		case <-release:
		case <-time.After(5 * time.Second):
		}
	})
	defer close(release)
	c, _ := newChecker(t, f.srv.URL, Config{Timeout: 50 * time.Millisecond, Clock: RealClock{}})
	got := c.Check(context.Background(), Credential{JWT: mustJWT()})
	if got.Status != Unknown || got.Reason != "timeout" {
		t.Errorf("Check = %+v, want unknown timeout", got)
	}
}

func TestConnectionRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	c, _ := newChecker(t, "http://"+addr, Config{})
	jwt := mustJWT()
	got := c.Check(context.Background(), Credential{JWT: jwt})
	if got.Status != Unknown || !strings.HasPrefix(got.Reason, "network: ") || !strings.Contains(got.Reason, "refused") {
		t.Errorf("Check = %+v, want unknown network: …refused", got)
	}
	if strings.Contains(got.Reason, "testAuthentication") {
		t.Errorf("reason %q repeats the URL", got.Reason)
	}
	assertNoSecret(t, got.Reason, jwt)
}

// TestRedirectNotFollowed points the checker at a server that redirects to
// a second one; the second must see nothing, whatever the client's policy.
func TestRedirectNotFollowed(t *testing.T) {
	for _, code := range []int{301, 302, 303, 307, 308} {
		for _, client := range []*http.Client{nil, {}} {
			t.Run(fmt.Sprintf("%d/client=%t", code, client != nil), func(t *testing.T) {
				other := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, _ int) { reply(w, 200, bodyLive) })
				f := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, _ int) {
					w.Header().Set("Location", other.srv.URL+"/data/testAuthentication")
					w.WriteHeader(code)
				})
				c, _ := newChecker(t, f.srv.URL, Config{Client: client})
				got := c.Check(context.Background(), Credential{JWT: mustJWT()})
				if got != (Result{Unknown, "redirected"}) {
					t.Errorf("Check = %+v, want unknown redirected", got)
				}
				if f.Hits() != 1 || other.Hits() != 0 {
					t.Errorf("hits: api %d (want 1), other host %d (want 0)", f.Hits(), other.Hits())
				}
			})
		}
	}
}

// TestBasePathPrefix keeps a proxy's path prefix and adds only the endpoint.
func TestBasePathPrefix(t *testing.T) {
	f := newFakePinata(t, "/pinata/v1", func(w http.ResponseWriter, _ sent, _ int) { reply(w, 200, bodyLive) })
	for _, base := range []string{f.srv.URL + "/pinata/v1", f.srv.URL + "/pinata/v1/"} {
		c, _ := newChecker(t, base, Config{})
		if got := c.Check(context.Background(), Credential{JWT: mustJWT()}); got.Status != Live {
			t.Errorf("base %s: Check = %+v, want live", base, got)
		}
		if want := f.srv.URL + "/pinata/v1/data/testAuthentication"; c.URL() != want {
			t.Errorf("URL() = %s, want %s", c.URL(), want)
		}
	}
}

func TestRefusesInsecureBase(t *testing.T) {
	for _, base := range []string{"http://api.pinata.cloud", "http://10.0.0.1:8080", "ftp://127.0.0.1"} {
		if c, err := New(Config{BaseURL: base}); err == nil {
			t.Errorf("New(%q) = %v, want an error", base, c.URL())
		}
	}
}

// TestLoneHalves sends nothing for what cannot be checked.
func TestLoneHalves(t *testing.T) {
	f := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, _ int) { reply(w, 200, bodyLive) })
	c, _ := newChecker(t, f.srv.URL, Config{})
	secret := testcred.Secret()
	tests := []struct {
		cred Credential
		want string
	}{
		{Credential{Key: testcred.Key()}, "API key without its secret"},
		{Credential{Secret: secret}, "API secret without its key"},
		{Credential{}, "empty credential"},
		{Credential{JWT: "not a jwt " + secret}, "not a well-formed JWT"},
		{Credential{JWT: "a.b.c\r\nX-Evil: 1"}, "not a well-formed JWT"},
		{Credential{Key: "k\r\nHost: evil", Secret: secret}, "not a well-formed key and secret"},
	}
	for _, tt := range tests {
		got := c.Check(context.Background(), tt.cred)
		if got != (Result{Unverifiable, tt.want}) {
			t.Errorf("Check(%+v) = %+v, want unverifiable %q", tt.cred, got, tt.want)
		}
	}
	if f.Hits() != 0 {
		t.Errorf("%d requests for unverifiable credentials, want 0", f.Hits())
	}
}

// TestCacheConcurrent checks one credential from many goroutines at once:
// one request, one shared answer.
func TestCacheConcurrent(t *testing.T) {
	gate := make(chan struct{})
	f := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, _ int) {
		<-gate // hold the first request so the others pile up behind it
		reply(w, 403, bodyRevoked)
	})
	c, _ := newChecker(t, f.srv.URL, Config{})
	jwt := mustJWT()
	var wg sync.WaitGroup
	results := make([]Result, 50)
	for i := range results {
		wg.Go(func() { results[i] = c.Check(context.Background(), Credential{JWT: jwt}) })
	}
	time.Sleep(20 * time.Millisecond)
	close(gate)
	wg.Wait()
	for i, r := range results {
		if r.Status != Revoked {
			t.Errorf("result %d = %+v, want revoked", i, r)
		}
	}
	if f.Hits() != 1 || c.Requests() != 1 {
		t.Errorf("%d requests (checker counted %d), want 1", f.Hits(), c.Requests())
	}
	// Later checks use the cache too; a different credential does not.
	c.Check(context.Background(), Credential{JWT: jwt})
	c.Check(context.Background(), Credential{JWT: mustJWT()})
	if f.Hits() != 2 {
		t.Errorf("%d requests, want 2", f.Hits())
	}
}

// TestCanceledNotCached lets a later check retry after a canceled one.
func TestCanceledNotCached(t *testing.T) {
	f := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, _ int) { reply(w, 200, bodyLive) })
	c, _ := newChecker(t, f.srv.URL, Config{})
	jwt := mustJWT()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got := c.Check(ctx, Credential{JWT: jwt}); got != (Result{Unknown, "canceled"}) {
		t.Errorf("canceled Check = %+v", got)
	}
	if got := c.Check(context.Background(), Credential{JWT: jwt}); got.Status != Live {
		t.Errorf("Check after cancel = %+v, want live", got)
	}
}

// TestRateLimit sends 31 distinct credentials: the 31st waits a minute.
func TestRateLimit(t *testing.T) {
	f := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, _ int) { reply(w, 200, bodyLive) })
	c, clock := newChecker(t, f.srv.URL, Config{})
	for i := range 31 {
		c.Check(context.Background(), Credential{Key: testcred.Key(), Secret: testcred.Secret()})
		if i < 30 && clock.Slept() != 0 {
			t.Fatalf("request %d waited %v; 30 a minute are allowed at once", i+1, clock.Slept())
		}
	}
	if clock.Slept() != time.Minute {
		t.Errorf("31st request waited %v, want 1m", clock.Slept())
	}
	if f.Hits() != 31 {
		t.Errorf("%d requests, want 31", f.Hits())
	}
}

// TestNoSecretInErrors makes the transport fail with text that quotes
// everything it was sent; the reason must hold none of it.
func TestNoSecretInErrors(t *testing.T) {
	jwt, key, secret := testcred.JWT(testcred.JWTOptions{})
	rt := roundTripFunc(func(r *http.Request) (*http.Response, error) {
		return nil, errors.New("proxy said no to " + r.Header.Get("Authorization") + " " +
			r.Header.Get("pinata_api_key") + ":" + r.Header.Get("pinata_secret_api_key"))
	})
	c, err := New(Config{BaseURL: "http://127.0.0.1:1", Client: &http.Client{Transport: rt}, Clock: newFakeClock()})
	if err != nil {
		t.Fatal(err)
	}
	for _, cred := range []Credential{{JWT: jwt, Key: key, Secret: secret}, {Key: key, Secret: secret}} {
		got := c.Check(context.Background(), cred)
		if got.Status != Unknown || !strings.HasPrefix(got.Reason, "network: proxy said no") {
			t.Errorf("Check = %+v, want unknown network", got)
		}
		assertNoSecret(t, got.Reason, jwt, secret)
	}
	// A server that echoes the credential as its reason gets no further.
	f := newFakePinata(t, "", func(w http.ResponseWriter, s sent, _ int) {
		reply(w, 403, fmt.Sprintf(`{"reason":%q,"details":%q}`, strings.ToUpper(s.secret+s.jwt), s.secret+s.jwt))
	})
	c2, _ := newChecker(t, f.srv.URL, Config{})
	for _, cred := range []Credential{{JWT: jwt}, {Key: key, Secret: secret}} {
		got := c2.Check(context.Background(), cred)
		if got.Status != Unknown {
			t.Errorf("echoing server: %+v, want unknown", got)
		}
		assertNoSecret(t, got.Reason, jwt, secret, strings.ToUpper(secret))
	}
}

func TestScrub(t *testing.T) {
	jwt, key, secret := testcred.JWT(testcred.JWTOptions{})
	cred := Credential{JWT: jwt, Key: key, Secret: secret}
	parts := strings.Split(jwt, ".")
	for _, s := range []string{jwt, secret, "x" + parts[1] + "y", "key " + key} {
		got := scrub(s, cred)
		assertNoSecret(t, got, jwt, secret)
		if strings.Contains(got, key) {
			t.Errorf("scrub(%q) = %q keeps the key", s, got)
		}
	}
	if got := scrub("connection refused", cred); got != "connection refused" {
		t.Errorf("scrub changed harmless text: %q", got)
	}
	// Any run of eight characters of the credential goes: cut, shifted or
	// upper-cased echoes, around any other text.
	for _, s := range []string{
		"bad status " + secret[1:] + " here",
		strings.ToUpper(secret[5:40]),
		"x" + secret[20:28] + "y",
		parts[2][3:30],
		"é" + secret[10:30] + "é",
	} {
		got := scrub(s, cred)
		for i := 0; i+minEcho <= len(secret); i++ {
			if strings.Contains(strings.ToLower(got), secret[i:i+minEcho]) {
				t.Fatalf("scrub(%q) = %q keeps %q", s, got, secret[i:i+minEcho])
			}
		}
		for i := 0; i+minEcho <= len(parts[2]); i++ {
			if strings.Contains(got, parts[2][i:i+minEcho]) {
				t.Fatalf("scrub(%q) = %q keeps part of the JWT's signature", s, got)
			}
		}
	}
	if got := scrub("abc "+secret[:7]+" def", cred); got != "abc "+secret[:7]+" def" {
		t.Errorf("scrub removed a run shorter than %d: %q", minEcho, got)
	}
}

func mustJWT() string {
	jwt, _, _ := testcred.JWT(testcred.JWTOptions{})
	return jwt
}

// TestJWTAndPairAreOne checks a JWT, then its pair: one request, and the
// key and secret given with a JWT are taken from the JWT itself.
func TestJWTAndPairAreOne(t *testing.T) {
	f := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, _ int) { reply(w, 200, bodyLive) })
	c, _ := newChecker(t, f.srv.URL, Config{})
	jwt, key, secret := testcred.JWT(testcred.JWTOptions{})
	ctx := context.Background()
	for _, cred := range []Credential{
		{JWT: jwt},
		{Key: key, Secret: secret},
		{JWT: jwt, Key: testcred.Key(), Secret: testcred.Secret()}, // wrong halves are ignored
	} {
		if got := c.Check(ctx, cred); got.Status != Live {
			t.Errorf("Check = %+v, want live", got)
		}
	}
	if f.Hits() != 1 {
		t.Errorf("%d requests, want 1", f.Hits())
	}
}

// TestOnlyPinataJWTs never sends anyone else's JWT to Pinata.
func TestOnlyPinataJWTs(t *testing.T) {
	f := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, _ int) { reply(w, 200, bodyLive) })
	c, _ := newChecker(t, f.srv.URL, Config{})
	other := testcred.Sign(jwtClaims{"sub": "1234567890", "role": "authenticated", "iss": "supabase"})
	if got := c.Check(context.Background(), Credential{JWT: other}); got != (Result{Unverifiable, "not a Pinata JWT"}) {
		t.Errorf("Check = %+v, want unverifiable", got)
	}
	if f.Hits() != 0 {
		t.Errorf("%d requests, want 0", f.Hits())
	}
}

// TestExpiredJWTSendsPair checks an expired JWT by the pair it carries.
func TestExpiredJWTSendsPair(t *testing.T) {
	f := newFakePinata(t, "", func(w http.ResponseWriter, _ sent, _ int) { reply(w, 200, bodyLive) })
	c, clock := newChecker(t, f.srv.URL, Config{})
	jwt, key, secret := testcred.JWT(testcred.JWTOptions{ExpiresAt: clock.Now().Add(-time.Minute)})
	if got := c.Check(context.Background(), Credential{JWT: jwt}); got.Status != Live {
		t.Errorf("Check = %+v, want live", got)
	}
	if s := f.Sent(); len(s) != 1 || s[0].jwt != "" || s[0].key != key || s[0].secret != secret {
		t.Errorf("sent %+v, want the key headers", s)
	}
}
