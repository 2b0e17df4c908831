// Package pinata is the application's small client for the Pinata API.
package pinata

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

const defaultBaseURL = "https://api.pinata.cloud"

// Client talks to the Pinata API with a JWT.
type Client struct {
	BaseURL    string
	HTTPClient *http.Client
	jwt        string
}

// NewClient returns a client that authenticates with jwt.
func NewClient(jwt string) *Client {
	return &Client{
		BaseURL:    defaultBaseURL,
		HTTPClient: &http.Client{Timeout: 30 * time.Second},
		jwt:        jwt,
	}
}

func withAuth(req *http.Request, token string) {
	req.Header.Set("Authorization", "Bearer "+token)
}

// Authenticate sets the bearer token of req; surrounding blanks are dropped.
func Authenticate(req *http.Request, token string) {
	withAuth(req, strings.TrimSpace(token))
}

// SetKeys authenticates req with a legacy API key and secret.
func SetKeys(req *http.Request, key, secret string) {
	req.Header.Set("pinata_api_key", key)
	req.Header.Set("pinata_secret_api_key", secret)
}

// Do sends a request to path with the extra headers given.
func (c *Client) Do(ctx context.Context, method, path string, body io.Reader, headers map[string]string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.BaseURL+path, body)
	if err != nil {
		return nil, err
	}
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	if c.jwt != "" {
		withAuth(req, c.jwt)
	}
	return c.HTTPClient.Do(req)
}

// TestAuthentication checks the credentials against the API.
func (c *Client) TestAuthentication(ctx context.Context) error {
	resp, err := c.Do(ctx, http.MethodGet, "/data/testAuthentication", nil, nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("pinata: authentication failed: %s", resp.Status)
	}
	var out struct {
		Message string `json:"message"`
	}
	return json.NewDecoder(resp.Body).Decode(&out)
}

// TokenFetchErrors counts failed token refreshes (a name, not a secret).
var TokenFetchErrors int

// ErrNoToken is returned when no credential is configured.
var ErrNoToken = fmt.Errorf("pinata: no JWT configured: set PINATA_JWT")
