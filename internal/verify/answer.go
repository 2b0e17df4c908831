package verify

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Pinata's error reasons, from its answers to /data/testAuthentication.
const (
	reasonInvalid     = "INVALID_CREDENTIALS"
	reasonMalformed   = "KEYS_MUST_BE_STRINGS"
	reasonRevoked     = "API_KEY_REVOKED"
	reasonNoScopes    = "NO_SCOPES_FOUND"
	maxReasonToken    = 64
	reasonRateLimited = "rate limited"
)

// interpret maps an answer other than 429 to a verdict, following the
// table in docs/pinata-credentials.md. Anything it does not recognise is
// Unknown, never Live.
func interpret(a *answer) Result {
	code := a.code
	token := pinataReason(a.body)
	switch {
	case code == http.StatusOK:
		if !json.Valid(a.body) {
			// A captive portal or a stray proxy, not Pinata.
			return Result{Unknown, "unexpected answer (HTTP 200, not JSON)"}
		}
		return Result{Live, "authenticated"}
	case code >= 300 && code < 400:
		return Result{Unknown, "redirected"}
	case code >= 500:
		return Result{Unknown, fmt.Sprintf("server error (HTTP %d)", code)}
	case token == reasonMalformed && (code == 400 || code == 401):
		return Result{Unknown, "malformed request"}
	case token == reasonRevoked && (code == 401 || code == 403):
		return Result{Revoked, "key revoked"}
	case token == reasonNoScopes && code == 403:
		return Result{LiveNoScope, "authenticated, but the key has no scope for this endpoint"}
	case code == 401 && (token == reasonInvalid || token == ""):
		return Result{Invalid, "invalid or expired credentials"}
	case token != "":
		return Result{Unknown, fmt.Sprintf("unexpected answer (HTTP %d %s)", code, token)}
	default:
		return Result{Unknown, fmt.Sprintf("unexpected answer (HTTP %d)", code)}
	}
}

// pinataReason finds the reason token in an error body, which Pinata
// writes as {"error":{"reason":…}} or {"reason":…}. It returns only a
// short upper-case token, so nothing the server echoes can reach a reason.
func pinataReason(body []byte) string {
	var v struct {
		Reason string          `json:"reason"`
		Error  json.RawMessage `json:"error"`
	}
	if json.Unmarshal(body, &v) == nil {
		if v.Reason == "" && len(v.Error) > 0 {
			var inner struct {
				Reason string `json:"reason"`
			}
			if json.Unmarshal(v.Error, &inner) == nil {
				v.Reason = inner.Reason
			} else {
				_ = json.Unmarshal(v.Error, &v.Reason) // {"error":"REASON"}
			}
		}
		if isReasonToken(v.Reason) {
			return v.Reason
		}
	}
	// Not the JSON we know: look for a known token anywhere.
	for _, t := range []string{reasonMalformed, reasonRevoked, reasonNoScopes, reasonInvalid} {
		if strings.Contains(string(body), t) {
			return t
		}
	}
	return ""
}

// isReasonToken accepts what Pinata's reasons look like, words joined by
// underscores, and nothing as long or as hex-like as a key or secret.
func isReasonToken(s string) bool {
	if s == "" || len(s) > maxReasonToken {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || c == '_') {
			return false
		}
	}
	return true
}

// retryAfter parses a Retry-After value, seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n < 0 {
			return 0, false
		}
		if n > 1<<31 {
			n = 1 << 31 // far beyond any bound we honour
		}
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// readLimited reads at most maxBody bytes and drains a little more so the
// connection can be reused.
func readLimited(resp *http.Response) ([]byte, error) {
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, maxBody))
	return body, err
}

// minEcho is the shortest run of a credential's characters scrub removes:
// shorter runs occur by chance in any text.
const minEcho = 8

// scrub removes from s every run of minEcho or more characters that also
// stands in the credential (the JWT, the secret or the key), compared
// without case: a server may echo what it was sent whole, cut, or
// upper-cased. Reasons are built from our own words and error causes, but
// a cause can quote the answer. Scrub first, then clip: a clip could cut
// an echo short of what is recognised.
func scrub(s string, cred Credential) string {
	grams := map[string]struct{}{}
	for _, part := range []string{cred.JWT, cred.Secret, cred.Key} {
		part = lowerASCII(part)
		for i := 0; i+minEcho <= len(part); i++ {
			grams[part[i:i+minEcho]] = struct{}{}
		}
	}
	if len(grams) == 0 || len(s) < minEcho {
		return s
	}
	lower := lowerASCII(s)
	covered := make([]bool, len(s))
	for i := 0; i+minEcho <= len(s); i++ {
		if _, ok := grams[lower[i:i+minEcho]]; ok {
			for j := i; j < i+minEcho; j++ {
				covered[j] = true
			}
		}
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if !covered[i] {
			b.WriteByte(s[i])
			i++
			continue
		}
		for i < len(s) && covered[i] {
			i++
		}
		b.WriteString("[redacted]")
	}
	return b.String()
}

// lowerASCII lowers ASCII letters only, so byte offsets stay the same.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// maxReason bounds a reason, after scrubbing.
const maxReason = 120

// clip shortens s to at most n bytes.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// isJWTShape reports whether s is three base64url segments, so it can
// travel in a header unchanged.
func isJWTShape(s string) bool {
	segs := strings.Split(s, ".")
	if len(segs) != 3 || len(s) > 8192 {
		return false
	}
	for i, seg := range segs {
		if seg == "" && i < 2 {
			return false
		}
		for j := 0; j < len(seg); j++ {
			c := seg[j]
			if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
				return false
			}
		}
	}
	return true
}

// isToken reports whether s is a plausible header value: printable ASCII
// without spaces, of bounded length.
func isToken(s string) bool {
	if s == "" || len(s) > 256 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] >= 0x7f {
			return false
		}
	}
	return true
}
