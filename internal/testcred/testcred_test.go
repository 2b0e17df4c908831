package testcred

import (
	"strings"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/scanner"
)

func TestJWTDecodesAsPinata(t *testing.T) {
	for _, reorder := range []bool{false, true} {
		exp := time.Now().Add(365 * 24 * time.Hour).Truncate(time.Second)
		tok, key, secret := JWT(JWTOptions{Reorder: reorder, ExpiresAt: exp})
		if !strings.HasPrefix(tok, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.") {
			t.Fatalf("unexpected header: %.40s", tok)
		}
		info, err := scanner.ParseJWT(tok)
		if err != nil {
			t.Fatal(err)
		}
		if info.KeyID != key || info.Secret != secret || !info.ExpiresAt.Equal(exp) {
			t.Errorf("claims do not round-trip: %+v", info)
		}
	}
}
