package analyzer

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"

	"github.com/pinatascan/pinatascan/internal/testcred"
)

func TestJudgeHeader(t *testing.T) {
	tok, key, _ := testcred.JWT(testcred.JWTOptions{})
	random := "tk" + testcred.Hex(40)
	sample := testcred.Sign(jwt.MapClaims{"sub": "1234567890", "name": "John Doe", "iat": 1516239022})
	tests := []struct {
		header, value string
		want          string // "" for no report
		env           string
	}{
		{"Authorization", "Bearer " + tok, "Pinata JWT (key " + key + ")", "PINATA_JWT"},
		{"AUTHORIZATION", "bearer " + tok, "Pinata JWT (key " + key + ")", "PINATA_JWT"},
		{"Authorization", tok, "Pinata JWT (key " + key + ")", "PINATA_JWT"},
		{"pinata_api_key", key, "Pinata API key " + key, "PINATA_API_KEY"},
		{"Authorization", "Bearer " + random, "Bearer credential", "AUTH_TOKEN"},
		{"Authorization", "token " + random, "token credential", "AUTH_TOKEN"},
		{"Authorization", random, "credential", "AUTH_TOKEN"},
		{"x-pinata-gateway-token", random, "credential", "PINATA_GATEWAY_TOKEN"},
		{"Authorization", "Basic dXNlcjpzM2NyZXQtcGFzcy0x", "Basic credentials", "BASIC_AUTH"}, // user:s3cret-pass-1

		{"X-Request-Id", random, "", ""},
		{"X-Request-Id", tok, "", ""}, // not an auth header: the literal check reports it instead
		{"Authorization", "Bearer " + sample, "", ""},
		{"Authorization", "Bearer YOUR_JWT", "", ""},
		{"Authorization", "Bearer <token>", "", ""},
		{"Authorization", "Bearer ${PINATA_JWT}", "", ""},
		{"Authorization", "Bearer PINATA_JWT", "", ""},
		{"Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9...", "", ""},
		{"Authorization", "Bearer 0000000000000000000000000000", "", ""},
		{"Authorization", "Bearer short1", "", ""},
		{"Authorization", "Bearer ", "", ""},
		{"Authorization", "secretpassword", "", ""},
		{"Authorization", "Basic dXNlcjpwYXNzd29yZA==", "", ""}, // user:password
		{"pinata_api_key", "<YOUR_API_KEY>", "", ""},
		{"pinata_api_key", "xxxxxxxxxxxxxxxxxxxx", "", ""},
	}
	for _, tt := range tests {
		v, ok := judgeHeader(tt.header, tt.value)
		if tt.want == "" {
			if ok {
				t.Errorf("judgeHeader(%q, %.30q) = %+v, want no report", tt.header, tt.value, v)
			}
			continue
		}
		if !ok || v.what != tt.want || v.env != tt.env {
			t.Errorf("judgeHeader(%q, %.30q) = %+v, %v; want %q %q", tt.header, tt.value, v, ok, tt.want, tt.env)
		}
	}
}

func TestSplitScheme(t *testing.T) {
	tests := []struct{ in, prefix, cred string }{
		{"Bearer abc", "Bearer ", "abc"},
		{"bearer   abc", "bearer   ", "abc"},
		{"Basic abc", "Basic ", "abc"},
		{"token abc", "token ", "abc"},
		{"Bearerabc", "", "Bearerabc"},
		{"Digest abc", "", "Digest abc"},
		{"abc", "", "abc"},
	}
	for _, tt := range tests {
		if p, c := splitScheme(tt.in); p != tt.prefix || c != tt.cred {
			t.Errorf("splitScheme(%q) = %q, %q; want %q, %q", tt.in, p, c, tt.prefix, tt.cred)
		}
	}
}

func TestPasswordLike(t *testing.T) {
	for pass, want := range map[string]bool{
		"s3cret-pass-1": true,
		"Tr0ub4dor&3":   true,
		"password":      false,
		"PASSWORD":      false,
		"short":         false,
		"open sesame":   false,
		"changeme123":   false,
		"<password>":    false,
		"":              false,
	} {
		if got := passwordLike(pass); got != want {
			t.Errorf("passwordLike(%q) = %v, want %v", pass, got, want)
		}
	}
}

// FuzzJudgeHeader: any header and value, including broken base64 and
// JWT-looking junk, is judged without a panic, and a report always names
// a variable for its fix.
func FuzzJudgeHeader(f *testing.F) {
	f.Add("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig")
	f.Add("Authorization", "Basic ####")
	f.Add("pinata_api_key", "0123456789abcdef0123")
	f.Add("authorization", "token  ")
	f.Fuzz(func(t *testing.T, header, value string) {
		v, ok := judgeHeader(header, value)
		if ok && (v.env == "" || v.what == "") {
			t.Errorf("judgeHeader(%q, %q) = %+v", header, value, v)
		}
		if _, pass, ok := basicCredentials(value); ok {
			passwordLike(pass)
		}
	})
}
