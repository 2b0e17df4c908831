// Package testcred builds synthetic Pinata credentials for tests: random
// hex keys and secrets, and HS256 JWTs signed with a dummy key. Nothing here
// is, or was ever, a real credential.
package testcred

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	mrand "math/rand/v2"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// dummySigningKey signs test JWTs. Pinata's real key is server-side; the
// scanner never verifies signatures, so any key will do.
var dummySigningKey = []byte("pinatascan-test-signing-key-not-a-secret")

// Hex returns n random lowercase hex digits.
func Hex(n int) string {
	b := make([]byte, (n+1)/2)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)[:n]
}

// Key returns a random 20-hex API key.
func Key() string { return Hex(20) }

// Secret returns a random 64-hex API secret.
func Secret() string { return Hex(64) }

// GatewayToken returns a random 64-character gateway access token.
func GatewayToken() string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
	b := make([]byte, 64)
	for i := range b {
		b[i] = alphabet[mrand.IntN(len(alphabet))]
	}
	return string(b)
}

// JWTOptions shape a synthetic Pinata JWT. Zero fields get random or
// typical values.
type JWTOptions struct {
	Key, Secret, UserID, Email string
	IssuedAt, ExpiresAt        time.Time // both zero: IssuedAt is now
	// Reorder puts the claims in an unusual order (scopedKeySecret first).
	Reorder bool
}

// JWT returns a synthetic Pinata JWT, its key and its secret.
func JWT(o JWTOptions) (token, key, secret string) {
	if o.Key == "" {
		o.Key = Key()
	}
	if o.Secret == "" {
		o.Secret = Secret()
	}
	if o.UserID == "" {
		o.UserID = UUID()
	}
	if o.Email == "" {
		o.Email = "dev.person" + Hex(4) + "@example.com"
	}
	user := map[string]any{
		"id":             o.UserID,
		"email":          o.Email,
		"email_verified": true,
		"pin_policy": map[string]any{
			"regions": []any{
				map[string]any{"id": "FRA1", "desiredReplicationCount": 1},
				map[string]any{"id": "NYC1", "desiredReplicationCount": 1},
			},
			"version": 1,
		},
		"mfa_enabled": false,
		"status":      "ACTIVE",
	}
	claims := orderedClaims{
		{"userInformation", user},
		{"authenticationType", "scopedKey"},
		{"scopedKeyKey", o.Key},
		{"scopedKeySecret", o.Secret},
	}
	if o.Reorder {
		claims = orderedClaims{claims[3], claims[1], claims[0], claims[2]}
	}
	switch {
	case !o.ExpiresAt.IsZero():
		claims = append(claims, claim{"exp", o.ExpiresAt.Unix()})
		if !o.IssuedAt.IsZero() {
			claims = append(claims, claim{"iat", o.IssuedAt.Unix()})
		}
	case !o.IssuedAt.IsZero():
		claims = append(claims, claim{"iat", o.IssuedAt.Unix()})
	default:
		claims = append(claims, claim{"iat", time.Now().Unix()})
	}
	return Sign(claims), o.Key, o.Secret
}

// Sign returns an HS256 JWT with the given claims, signed with the dummy key.
// Use it for JWTs that are not Pinata's (other services' shapes).
func Sign(claims jwt.Claims) string {
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(dummySigningKey)
	if err != nil {
		panic(err)
	}
	return s
}

// UUID returns a random version-4 UUID.
func UUID() string {
	h := Hex(32)
	return fmt.Sprintf("%s-%s-4%s-a%s-%s", h[:8], h[8:12], h[13:16], h[17:20], h[20:32])
}
