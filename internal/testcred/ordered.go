package testcred

import (
	"bytes"
	"encoding/json"

	"github.com/golang-jwt/jwt/v5"
)

// claim is one JWT claim; orderedClaims keeps them in the order given, so
// tests can prove the scanner does not rely on claim order.
type claim struct {
	Name  string
	Value any
}

type orderedClaims []claim

func (c orderedClaims) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, cl := range c {
		if i > 0 {
			buf.WriteByte(',')
		}
		name, _ := json.Marshal(cl.Name)
		value, err := json.Marshal(cl.Value)
		if err != nil {
			return nil, err
		}
		buf.Write(name)
		buf.WriteByte(':')
		buf.Write(value)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// orderedClaims is only ever signed, never validated.
func (orderedClaims) GetExpirationTime() (*jwt.NumericDate, error) { return nil, nil }
func (orderedClaims) GetIssuedAt() (*jwt.NumericDate, error)       { return nil, nil }
func (orderedClaims) GetNotBefore() (*jwt.NumericDate, error)      { return nil, nil }
func (orderedClaims) GetIssuer() (string, error)                   { return "", nil }
func (orderedClaims) GetSubject() (string, error)                  { return "", nil }
func (orderedClaims) GetAudience() (jwt.ClaimStrings, error)       { return nil, nil }
