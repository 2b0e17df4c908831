package cli_test

import (
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// partialEchoServer answers with a broken status line that quotes what it
// was sent less its first character, so Go's HTTP client fails with an
// error that holds most of the credential.
func partialEchoServer(t *testing.T) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sent := r.Header.Get("pinata_secret_api_key")
		if tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
			sent = tok
		}
		hj, ok := w.(http.Hijacker)
		if !ok {
			return
		}
		c, _, _ := hj.Hijack()
		c.Write([]byte("HTTP/1.1 2" + sent[1:] + "\r\n\r\n"))
		c.(*net.TCPConn).CloseWrite()
		c.Close()
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestNoPartialEcho: a verification server that sends back the secret (or
// the JWT) less its first character gets no run of eight of its
// characters into any report or message: the reason is scrubbed before it
// is clipped. A URL given with a query is refused without echoing the
// query.
func TestNoPartialEcho(t *testing.T) {
	c := newCreds()
	url := partialEchoServer(t)
	secrets := map[string]string{"secret": c.Secret, "JWT signature": c.JWT[strings.LastIndex(c.JWT, ".")+1:], "JWT's secret": c.JWTSecret}
	for _, format := range []string{"text", "json", "sarif", "github", "gitlab"} {
		code, stdout, stderr := run(t, c, leakFiles, "", "scan", "--verify", "--pinata-api-url", url, "--format", format, ".")
		if code != 2 {
			t.Errorf("%s: exit %d, want 2 (the checks got no answer)\n%s", format, code, stderr)
		}
		out := strings.ToLower(stdout + stderr)
		for name, s := range secrets {
			for i := 0; i+8 <= len(s); i++ {
				if strings.Contains(out, strings.ToLower(s[i:i+8])) {
					t.Errorf("%s: eight characters of the %s (%q) appear:\n%s", format, name, s[i:i+8], stdout+stderr)
					break
				}
			}
		}
	}

	code, stdout, stderr := run(t, c, leakFiles, "", "scan", "--verify", "--pinata-api-url", "https://proxy.example/?token="+c.Secret, ".")
	if code != 2 || stdout != "" || strings.Contains(stderr, c.Secret[:8]) || !strings.Contains(stderr, "must not carry a query") {
		t.Errorf("URL with a query: exit %d\n%s%s", code, stdout, stderr)
	}
}
