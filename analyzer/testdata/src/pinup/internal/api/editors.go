package api

import (
	"net/http"
	"os"
)

// WithAuth authenticates generated-client requests from the environment.
func WithAuth() RequestEditorFn {
	return func(req *http.Request) error {
		req.Header.Set("Authorization", "Bearer "+os.Getenv("PINATA_JWT"))
		return nil
	}
}

// WithStaticAuth authenticates with the internal service token.
func WithStaticAuth() RequestEditorFn {
	return func(req *http.Request) error {
		req.Header.Set("Authorization", "Bearer {{token2}}") // leak
		return nil
	}
}
