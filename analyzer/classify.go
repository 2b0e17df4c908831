package analyzer

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/pinatascan/pinatascan/scanner"
)

// authHeaders maps each auth header, lowercased, to the environment
// variable the fix reads a value from when it is not a Pinata credential
// (a Pinata one takes its kind's variable).
var authHeaders = map[string]string{
	"authorization":          "AUTH_TOKEN",
	"pinata_api_key":         "PINATA_API_KEY",
	"pinata_secret_api_key":  "PINATA_SECRET_API_KEY",
	"x-pinata-gateway-token": "PINATA_GATEWAY_TOKEN",
	"pinatagatewaytoken":     "PINATA_GATEWAY_TOKEN", // the query parameter
}

// judge is the detection core's verdict on a named value (a variable so
// that a test can watch the questions the pass asks).
var judge = scanner.Judge

// envVars names the variable each Pinata credential kind belongs in.
var envVars = map[scanner.Kind]string{
	scanner.KindJWT:          "PINATA_JWT",
	scanner.KindAPIKey:       "PINATA_API_KEY",
	scanner.KindAPISecret:    "PINATA_SECRET_API_KEY",
	scanner.KindGatewayToken: "PINATA_GATEWAY_TOKEN",
}

// verdict says what a hardcoded value is, for the message, and which
// environment variable should hold it, for the fix.
type verdict struct {
	what   string
	env    string
	pinata bool // a Pinata credential, reported in tests too
}

// judgeHeader decides whether value, sent in header, is a hardcoded
// credential. Pinata credentials are recognised by the detection core; any
// other credential-looking value in an auth header is reported too, since a
// constant auth header is a leak whoever issued it.
func judgeHeader(header, value string) (verdict, bool) {
	fallback, ok := authHeaders[strings.ToLower(header)]
	if !ok {
		return verdict{}, false
	}
	if f, ok := judge(scanner.Named{Path: []string{header}, Value: value}); ok {
		return pinataVerdict(f), true
	}
	prefix, tok := splitScheme(value)
	if scanner.IsPlaceholder(tok) || isSampleJWT(tok) {
		return verdict{}, false
	}
	scheme := strings.TrimSpace(prefix)
	if strings.EqualFold(scheme, "basic") {
		if _, pass, ok := basicCredentials(tok); ok {
			if !passwordLike(pass) {
				return verdict{}, false
			}
			return verdict{"Basic credentials", "BASIC_AUTH", false}, true
		}
	}
	if !tokenLike(tok) {
		return verdict{}, false
	}
	what := "credential"
	switch {
	case strings.Count(tok, ".") == 2 && strings.HasPrefix(tok, "eyJ"):
		what = "JWT"
	case scheme != "":
		what = scheme + " credential"
	}
	return verdict{what, fallback, false}, true
}

// judgePassword decides whether a basic-auth password is hardcoded.
func judgePassword(pass string) (verdict, bool) {
	if f, ok := judge(scanner.Named{Path: []string{"password"}, Value: pass}); ok {
		return pinataVerdict(f), true
	}
	if !passwordLike(pass) {
		return verdict{}, false
	}
	return verdict{"password", "AUTH_PASSWORD", false}, true
}

func pinataVerdict(f scanner.Finding) verdict {
	return verdict{describe(f), envVars[f.Kind], true}
}

// describe names a finding without its secret: the kind, and the key id
// (the public part of the key) when known, so its owner knows what to revoke.
func describe(f scanner.Finding) string {
	switch f.Kind {
	case scanner.KindJWT:
		if f.KeyID != "" {
			return fmt.Sprintf("Pinata JWT (key %s)", f.KeyID)
		}
		return "Pinata JWT"
	case scanner.KindAPIKey:
		return fmt.Sprintf("Pinata API key %s", f.KeyID)
	case scanner.KindAPISecret:
		if f.KeyID != "" {
			return fmt.Sprintf("Pinata API secret (key %s)", f.KeyID)
		}
		return "Pinata API secret"
	case scanner.KindGatewayToken:
		return "Pinata gateway token"
	}
	return "Pinata credential"
}

// splitScheme splits an Authorization value into its scheme prefix, with
// the spaces after it ("Bearer "), and the credential.
func splitScheme(v string) (prefix, cred string) {
	for _, s := range []string{"bearer", "basic", "token"} {
		if len(v) > len(s) && strings.EqualFold(v[:len(s)], s) && v[len(s)] == ' ' {
			i := len(s)
			for i < len(v) && v[i] == ' ' {
				i++
			}
			return v[:i], v[i:]
		}
	}
	return "", v
}

// isSampleJWT reports whether tok is the jwt.io sample token (or one signed
// with its claims): sub "1234567890", name "John Doe". Documentation
// pastes it everywhere; it is not anyone's credential.
func isSampleJWT(tok string) bool {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		return false
	}
	payload, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return false
	}
	var claims struct {
		Sub  string `json:"sub"`
		Name string `json:"name"`
	}
	if json.Unmarshal(payload, &claims) != nil {
		return false
	}
	return claims.Sub == "1234567890" && claims.Name == "John Doe"
}

// basicCredentials decodes the credential of "Basic <base64(user:pass)>".
func basicCredentials(tok string) (user, pass string, ok bool) {
	raw, err := base64.StdEncoding.DecodeString(tok)
	if err != nil {
		return "", "", false
	}
	return strings.Cut(string(raw), ":")
}

// tokenLike reports whether tok has the shape of an issued token: long,
// one word of token characters, mixing at least two of lower case, upper
// case and digits (so "authorizationheader" is not one).
func tokenLike(tok string) bool {
	if len(tok) < 16 || scanner.IsPlaceholder(tok) {
		return false
	}
	var lower, upper, digit bool
	for _, r := range tok {
		switch {
		case r >= 'a' && r <= 'z':
			lower = true
		case r >= 'A' && r <= 'Z':
			upper = true
		case r >= '0' && r <= '9':
			digit = true
		case strings.ContainsRune("-._~+/=:", r):
		default:
			return false
		}
	}
	n := 0
	for _, b := range []bool{lower, upper, digit} {
		if b {
			n++
		}
	}
	return n >= 2
}

// weakPasswords are the words examples use in place of a password.
var weakPasswords = map[string]bool{
	"password": true, "passwd": true, "pass": true, "secret": true,
	"token": true, "apikey": true, "api_key": true, "admin": true,
}

// passwordLike reports whether pass is a real-looking password: at least
// 8 characters, no spaces (so not RFC 7617's "open sesame"), not a
// placeholder or a stock word.
func passwordLike(pass string) bool {
	return len(pass) >= 8 && !strings.ContainsAny(pass, " \t") && !scanner.IsPlaceholder(pass) &&
		!weakPasswords[strings.ToLower(pass)]
}
