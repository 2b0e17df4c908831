// Package lib has helpers whose parameters reach auth sinks: each gets a
// fact, and calls to it from other packages are checked.
package lib

import (
	"net/http"
	"net/url"
	"strings"
)

func WithAuth(req *http.Request, token string) { // want WithAuth:`auth\(1→Authorization header\)`
	req.Header.Set("Authorization", "Bearer "+token)
}

// Authenticate reaches the sink through WithAuth.
func Authenticate(req *http.Request, token string) { // want Authenticate:`auth\(1→Authorization header\)`
	WithAuth(req, strings.TrimSpace(token))
}

func SetKeys(req *http.Request, key, secret string) { // want SetKeys:`auth\(1→pinata_api_key header, 2→pinata_secret_api_key header\)`
	req.Header.Set("pinata_api_key", key)
	req.Header.Set("pinata_secret_api_key", secret)
}

func SetHeader(req *http.Request, name, value string) { // want SetHeader:`auth\(2→a header\)`
	req.Header.Set(name, value)
}

func Proxy(req *http.Request, user, pass string) { // want Proxy:`auth\(2→SetBasicAuth\)`
	req.SetBasicAuth(user, pass)
}

func GatewayURL(cid, token string) (*url.URL, error) { // want GatewayURL:`auth\(1→a URL\)`
	return url.Parse("https://example.mypinata.cloud/ipfs/" + cid + "?pinataGatewayToken=" + token)
}

// Client sends its token with each request.
type Client struct {
	token   string // want token:`auth\(field→Authorization header\)`
	BaseURL string
}

func New(token string) *Client { // want New:`auth\(0→Authorization header\)`
	return &Client{token: token, BaseURL: "https://api.pinata.cloud"}
}

// Do sends req with the extra headers given.
func (c *Client) Do(req *http.Request, headers map[string]string) (*http.Response, error) { // want Do:`auth\(1→headers\)`
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	WithAuth(req, c.token)
	return http.DefaultClient.Do(req)
}

// ContentType is no auth helper: no fact.
func ContentType(req *http.Request, ct string) {
	req.Header.Set("Content-Type", ct)
}

// Fetch builds a URL from a path: no fact.
func Fetch(path string) (*http.Response, error) {
	return http.Get("https://example.mypinata.cloud" + path)
}
