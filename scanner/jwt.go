package scanner

import (
	"errors"
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

// maxJWTLen bounds the tokens we decode: Pinata JWTs are about 550–700
// characters, so anything far larger is not one and is not worth decoding.
const maxJWTLen = 4096

// minJWTLen is shorter than any Pinata JWT: its payload alone carries a
// 20-hex key and a 64-hex secret, over 150 characters once encoded.
const minJWTLen = 150

// ErrNotPinataJWT is returned for a well-formed JWT whose claims are not Pinata's.
var ErrNotPinataJWT = errors.New("not a Pinata JWT")

// pinataClaims mirrors the payload of a Pinata scoped-key JWT.
type pinataClaims struct {
	UserInformation    *userInformation `json:"userInformation"`
	AuthenticationType string           `json:"authenticationType"`
	ScopedKeyKey       string           `json:"scopedKeyKey"`
	ScopedKeySecret    string           `json:"scopedKeySecret"`
	jwt.RegisteredClaims
}

type userInformation struct {
	ID            string `json:"id"`
	Email         string `json:"email"`
	EmailVerified bool   `json:"email_verified"`
	PinPolicy     struct {
		Regions []PinRegion `json:"regions"`
		Version int         `json:"version"`
	} `json:"pin_policy"`
	MFAEnabled bool   `json:"mfa_enabled"`
	Status     string `json:"status"`
}

// ParseJWT decodes token without verifying its signature (Pinata signs with
// a server-side key) and returns its claims if they are a Pinata key's.
// It returns an error wrapping ErrNotPinataJWT for anyone else's JWT.
func ParseJWT(token string) (*JWTInfo, error) {
	if len(token) > maxJWTLen {
		return nil, fmt.Errorf("%w: token is %d bytes, longer than any Pinata JWT", ErrNotPinataJWT, len(token))
	}
	var c pinataClaims
	parser := jwt.NewParser(jwt.WithoutClaimsValidation())
	t, _, err := parser.ParseUnverified(token, &c)
	if err != nil {
		return nil, fmt.Errorf("malformed JWT: %w", err)
	}
	if alg, _ := t.Header["alg"].(string); alg != "HS256" {
		return nil, fmt.Errorf("%w: alg %q", ErrNotPinataJWT, alg)
	}
	// A Pinata key JWT embeds its key and secret and says whose it is.
	// Shapes are not checked strictly: a key the scanner cannot name is
	// still a leaked key.
	if c.ScopedKeyKey == "" || c.ScopedKeySecret == "" {
		return nil, ErrNotPinataJWT
	}
	if c.UserInformation == nil && c.AuthenticationType != "scopedKey" {
		return nil, ErrNotPinataJWT
	}
	ui := c.UserInformation
	if ui == nil {
		ui = &userInformation{}
	}
	info := &JWTInfo{
		KeyID:              c.ScopedKeyKey,
		Secret:             c.ScopedKeySecret,
		AuthenticationType: c.AuthenticationType,
		UserID:             ui.ID,
		Email:              ui.Email,
		EmailVerified:      ui.EmailVerified,
		MFAEnabled:         ui.MFAEnabled,
		Status:             ui.Status,
		PinPolicy:          ui.PinPolicy.Regions,
	}
	if c.IssuedAt != nil {
		info.IssuedAt = c.IssuedAt.Time.UTC()
	}
	if c.ExpiresAt != nil {
		info.ExpiresAt = c.ExpiresAt.Time.UTC()
	}
	return info, nil
}

// isHex reports whether s is exactly n lowercase hex digits.
func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isLowerHex(s[i]) {
			return false
		}
	}
	return true
}

func isLowerHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' }
