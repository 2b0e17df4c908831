// Package ipfs is a hand-written client for the pinning service.
package ipfs

import (
	"context"
	"encoding/base64"
	"fmt"
	"net/http"
	"strings"
)

const endpoint = "https://api.pinata.cloud/pinning/pinByHash"

// Service pins content by hash.
type Service struct {
	Client *http.Client
	Token  string
}

func (s *Service) newRequest(ctx context.Context, method string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, endpoint, nil)
	if err != nil {
		return nil, err
	}
	tok := "{{jwt}}" // leak
	req.Header.Set("Authorization", "Bearer "+tok)
	return req, nil
}

func builder(req *http.Request) {
	var sb strings.Builder
	sb.WriteString("Bearer ")
	sb.WriteString("{{token}}") // leak
	req.Header.Set("Authorization", sb.String())
}

func appended(req *http.Request) {
	auth := "Bearer "
	auth += "{{token2}}" // leak
	req.Header.Add("Authorization", auth)
}

func joined(req *http.Request) {
	parts := []string{"Bearer", "{{token}}"} // leak
	req.Header.Set("Authorization", strings.Join(parts, " "))
}

func trimmed(req *http.Request) {
	token := strings.TrimSpace(`  {{token2}}` + "\n") // leak
	req.Header.Set("Authorization", "Bearer "+token)
}

func replaced(req *http.Request) {
	tpl := "Bearer TOKEN"
	req.Header.Set("Authorization", strings.Replace(tpl, "TOKEN", "{{token}}", 1)) // leak
}

func sprinted(req *http.Request) {
	key := "{{token2}}" // leak
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", key))
}

func sprint(req *http.Request) {
	req.Header.Set("Authorization", fmt.Sprint("Bearer ", "{{token}}")) // leak
}

func basic(req *http.Request) {
	password := "{{password}}" // leak
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte("admin:"+password)))
}

func canonical(req *http.Request) {
	name := http.CanonicalHeaderKey("authorization")
	req.Header[name] = []string{"Bearer " + serviceToken}
}

const serviceToken = "{{token2}}" // leak

var bearer = "Bearer {{token}}" // leak

func global(req *http.Request) {
	req.Header.Set("Authorization", bearer)
}

func bytesHeader(req *http.Request) {
	raw := []byte("{{jwt}}") // leak
	req.Header.Set("Authorization", "Bearer "+string(raw))
}

func split(req *http.Request) {
	const jwt = "{{jwthead}}" + // leak
		"{{jwttail}}"
	req.Header.Set("Authorization", "Bearer "+jwt)
}

// fromField sends the token the service was configured with.
func (s *Service) fromField(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+s.Token)
}

// conditional picks a token from the caller or a built-in fallback.
func conditional(req *http.Request, override string) {
	token := override
	if token == "" {
		token = "{{token}}" // leak
	}
	req.Header.Set("Authorization", "Bearer "+token)
}

// formatted only formats a parameter.
func formatted(req *http.Request, token string) {
	var sb strings.Builder
	fmt.Fprintf(&sb, "Bearer %s", strings.TrimSpace(token))
	req.Header.Set("Authorization", sb.String())
}
