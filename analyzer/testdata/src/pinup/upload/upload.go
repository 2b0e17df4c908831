// Package upload pins files with the pinata client.
package upload

import (
	"bytes"
	"context"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"

	"pinup/pinata"
)

// Uploader pins files.
type Uploader struct {
	client *pinata.Client
}

// New returns an uploader authenticated from the environment.
func New() *Uploader {
	return &Uploader{client: pinata.NewClient(os.Getenv("PINATA_JWT"))}
}

// NewStaging returns an uploader for the staging account.
func NewStaging() *Uploader {
	return &Uploader{client: pinata.NewClient("{{token2}}")} // leak
}

// Pin uploads the file at path.
func (u *Uploader) Pin(ctx context.Context, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	part, err := w.CreateFormFile("file", filepath.Base(path))
	if err != nil {
		return err
	}
	if _, err := io.Copy(part, f); err != nil {
		return err
	}
	w.Close()
	resp, err := u.client.Do(ctx, http.MethodPost, "/pinning/pinFileToIPFS", &body, map[string]string{
		"Content-Type": w.FormDataContentType(),
	})
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// PinLegacy uploads with the account's old key pair.
func PinLegacy(req *http.Request) {
	pinata.SetKeys(req, "{{key}}", "{{secret}}") // leak
}

// PinAs uploads as another account, with a token given by the caller.
func PinAs(req *http.Request, token string) {
	pinata.Authenticate(req, token)
}

// Retry re-sends a request with the service account's token.
func Retry(req *http.Request) {
	pinata.Authenticate(req, "{{token}}") // leak
}

// List lists the pins of the ops account.
func List(ctx context.Context, c *pinata.Client) (*http.Response, error) {
	return c.Do(ctx, http.MethodGet, "/data/pinList", nil, map[string]string{
		"Authorization": "Bearer {{token}}", // leak
	})
}

// ListMine lists the pins of the account of c.
func ListMine(ctx context.Context, c *pinata.Client, status string) (*http.Response, error) {
	return c.Do(ctx, http.MethodGet, "/data/pinList?status="+status, nil, map[string]string{
		"Accept": "application/json",
	})
}

// Key reads the key from a file mounted by the orchestrator.
func Key(req *http.Request) error {
	key, err := os.ReadFile("/run/secrets/pinata_api_key")
	if err != nil {
		return err
	}
	secret, err := os.ReadFile("/run/secrets/pinata_api_secret")
	if err != nil {
		return err
	}
	pinata.SetKeys(req, string(bytes.TrimSpace(key)), string(bytes.TrimSpace(secret)))
	return nil
}
