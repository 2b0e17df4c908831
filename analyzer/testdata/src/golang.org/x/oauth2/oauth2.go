// Package oauth2 stubs the signatures of golang.org/x/oauth2 that pinatavet knows.
package oauth2

import "time"

type Token struct {
	AccessToken  string
	TokenType    string
	RefreshToken string
	Expiry       time.Time
}

type TokenSource interface {
	Token() (*Token, error)
}

type staticTokenSource struct{ t *Token }

func (s staticTokenSource) Token() (*Token, error) { return s.t, nil }

func StaticTokenSource(t *Token) TokenSource { return staticTokenSource{t} }
