package verify

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"
	"github.com/pinatascan/pinatascan/scanner"
)

// fakeClock advances only when slept on, so waits cost no real time.
type fakeClock struct {
	mu    sync.Mutex
	now   time.Time
	slept time.Duration
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 11, 25, 20, 0, 0, 0, time.UTC)}
}

func (f *fakeClock) Now() time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.now
}

func (f *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if d > 0 {
		f.now = f.now.Add(d)
		f.slept += d
	}
	return nil
}

func (f *fakeClock) Slept() time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.slept
}

// sent is what the fake Pinata saw of one request.
type sent struct {
	jwt, key, secret string
}

// fakePinata is a loopback server that answers as Pinata does. Every
// request is checked: a GET of the one path, with no body of any kind.
type fakePinata struct {
	t      *testing.T
	srv    *httptest.Server
	path   string
	hits   atomic.Int64
	mu     sync.Mutex
	got    []sent
	answer func(w http.ResponseWriter, s sent, n int) // n: 1-based hit number
}

func newFakePinata(t *testing.T, prefix string, answer func(w http.ResponseWriter, s sent, n int)) *fakePinata {
	t.Helper()
	f := &fakePinata{t: t, path: prefix + "/data/testAuthentication", answer: answer}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakePinata) serve(w http.ResponseWriter, r *http.Request) {
	n := int(f.hits.Add(1))
	if r.Method != http.MethodGet {
		f.t.Errorf("method %s, want GET", r.Method)
	}
	if r.URL.Path != f.path || r.URL.RawQuery != "" {
		f.t.Errorf("request for %q, want %q", r.URL.RequestURI(), f.path)
	}
	if r.ContentLength != 0 || len(r.TransferEncoding) != 0 || r.Header.Get("Content-Type") != "" {
		f.t.Errorf("request carries a body: ContentLength=%d TransferEncoding=%v Content-Type=%q",
			r.ContentLength, r.TransferEncoding, r.Header.Get("Content-Type"))
	}
	if body, _ := io.ReadAll(r.Body); len(body) != 0 {
		f.t.Errorf("request body %d bytes, want none", len(body))
	}
	var s sent
	if a := r.Header.Get("Authorization"); a != "" {
		tok, ok := strings.CutPrefix(a, "Bearer ")
		if !ok {
			f.t.Errorf("Authorization without Bearer scheme")
		}
		s.jwt = tok
	}
	s.key = r.Header.Get("pinata_api_key")
	s.secret = r.Header.Get("pinata_secret_api_key")
	if (s.jwt != "") == (s.key != "" || s.secret != "") {
		f.t.Errorf("want either a Bearer JWT or the key headers, got jwt=%t key=%t secret=%t",
			s.jwt != "", s.key != "", s.secret != "")
	}
	f.mu.Lock()
	f.got = append(f.got, s)
	f.mu.Unlock()
	f.answer(w, s, n)
}

func (f *fakePinata) Hits() int { return int(f.hits.Load()) }

func (f *fakePinata) Sent() []sent {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]sent(nil), f.got...)
}

// keyOf names the API key a request authenticated with.
func keyOf(s sent) string {
	if s.jwt != "" {
		if info, err := scanner.ParseJWT(s.jwt); err == nil {
			return info.KeyID
		}
		return ""
	}
	return s.key
}

// reply writes a JSON answer.
func reply(w http.ResponseWriter, code int, body string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_, _ = io.WriteString(w, body)
}

// Pinata's answers, from docs/pinata-credentials.md.
const (
	bodyLive       = `{"message":"Congratulations! You are communicating with the Pinata API!"}`
	bodyInvalid    = `{"error":{"reason":"INVALID_CREDENTIALS","details":"Invalid/expired credentials"}}`
	bodyMalformed  = `{"error":{"reason":"KEYS_MUST_BE_STRINGS","details":"pinata_api_key and pinata_secret_api_key must both be strings"}}`
	bodyRevoked    = `{"reason":"API_KEY_REVOKED","details":"This API Key has been revoked"}`
	bodyNoScopes   = `{"error":{"reason":"NO_SCOPES_FOUND","details":"This key does not have the required scopes associated with it"}}`
	bodyRateLimits = `{"error":{"reason":"RATE_LIMITED","details":"Too many requests"}}`
)

// newChecker returns a checker for f with a fake clock.
func newChecker(t *testing.T, base string, cfg Config) (*Checker, *fakeClock) {
	t.Helper()
	clock := newFakeClock()
	cfg.BaseURL = base
	if cfg.Clock == nil {
		cfg.Clock = clock
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c, clock
}

// jwtClaims is a claim set for non-Pinata JWTs.
type jwtClaims = jwt.MapClaims
