// Package scanner finds Pinata credentials in bytes. It is pure: bytes in,
// findings out, with no flags, printing or network.
package scanner

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
)

// Kind names one of the credential shapes pinatascan reports.
type Kind string

// The credential kinds.
const (
	KindJWT          Kind = "jwt"           // a Pinata JWT (carries a key and its secret)
	KindAPIKey       Kind = "api-key"       // the 20-hex public part of an API key
	KindAPISecret    Kind = "api-secret"    // the 64-hex API secret
	KindGatewayToken Kind = "gateway-token" // a dedicated-gateway access token
)

// Kinds lists every kind, in report order.
var Kinds = []Kind{KindJWT, KindAPIKey, KindAPISecret, KindGatewayToken}

// Finding is one credential found in the scanned bytes.
type Finding struct {
	Kind   Kind
	Line   int   // 1-based line where the credential stands (its encoded form, if encoded)
	Column int   // 1-based byte column on that line
	Offset int64 // byte offset of that position from the start of the input

	// Value is the credential itself, decoded. Never print it unmasked
	// unless the user asked for it.
	Value string

	// KeyID is the API key (the public part) this credential belongs to,
	// when known: the key itself, a JWT's scopedKeyKey, or the key a
	// secret was linked to.
	KeyID string

	// Encoding says how the credential was written where it stands:
	// "" (plain), "base64", "json" (string escapes) or "percent".
	Encoding string

	// Rule is the id of the rule that decided this is a credential (see
	// Rules), such as "jwt-claims" or "pinata-name"; Evidence is what that
	// rule saw, such as `name "PINATA_API_KEY"`.
	Rule     string
	Evidence string

	// Support lists every rule that attributes the value to Pinata, Rule
	// first. A finding is dropped by a config's disable_rules only when
	// every one of them is disabled.
	Support []string

	JWT *JWTInfo // decoded claims, for KindJWT only

	// Allowed is set when the finding's line carries an inline allow
	// comment: pinatascan:allow, pinatavet:ignore (the go vet pass's
	// directive), or gitleaks:allow for teams running both.
	Allowed bool
}

// JWTInfo holds the claims of a Pinata JWT that matter to its owner.
type JWTInfo struct {
	KeyID              string // scopedKeyKey
	Secret             string // scopedKeySecret (a secret: never print it)
	AuthenticationType string
	UserID             string
	Email              string // personal data: print only through MaskEmail
	EmailVerified      bool
	MFAEnabled         bool
	Status             string
	PinPolicy          []PinRegion
	IssuedAt           time.Time // zero when absent
	ExpiresAt          time.Time // zero when absent
}

// PinRegion is one entry of a JWT's pin_policy.regions.
type PinRegion struct {
	ID                      string `json:"id"`
	DesiredReplicationCount int    `json:"desiredReplicationCount"`
}

// Expired reports whether the token carries an expiry that is before now.
func (j *JWTInfo) Expired(now time.Time) bool {
	return !j.ExpiresAt.IsZero() && j.ExpiresAt.Before(now)
}

// Fingerprint identifies the credential by content alone, so it does not
// change when the line moves. It is a hash: it does not reveal the value.
func (f Finding) Fingerprint() string {
	return Fingerprint(f.Kind, f.Value)
}

// Fingerprint returns the content fingerprint of a credential value.
func Fingerprint(kind Kind, value string) string {
	sum := sha256.Sum256([]byte("pinatascan:" + string(kind) + ":" + value))
	return hex.EncodeToString(sum[:16])
}

// ValidFingerprint reports whether s has the shape of a fingerprint: 32
// lowercase hex digits. Config, ignore and baseline files hold them.
func ValidFingerprint(s string) bool { return isHex(s, 32) }

// Mask shows a few characters at each end of a secret and hides the rest.
func Mask(s string) string {
	n := len(s)
	switch {
	case n >= 24:
		return s[:4] + strings.Repeat("*", 8) + s[n-4:]
	case n >= 12:
		return s[:2] + strings.Repeat("*", 8) + s[n-2:]
	default:
		return strings.Repeat("*", 8)
	}
}

// MaskEmail hides most of an e-mail address: "a***@e***.com".
func MaskEmail(email string) string {
	local, domain, ok := strings.Cut(email, "@")
	if !ok || local == "" {
		return "***"
	}
	masked := local[:1] + "***@"
	if domain == "" {
		return masked
	}
	tld := ""
	if i := strings.LastIndexByte(domain, '.'); i > 0 {
		tld = domain[i:]
	}
	return masked + domain[:1] + "***" + tld
}
