// Package noise holds what stays quiet by default.
package noise

import "net/http"

// Send sends the token.
func Send(req *http.Request) {
	req.Header.Set("Authorization", "Bearer {{token2}}") // want `hardcoded Bearer credential`
}

// Allowed is suppressed by the scanner's marker: one comment serves both tools.
func Allowed(req *http.Request) {
	req.Header.Set("Authorization", "Bearer {{jwt}}") // pinatascan:allow revoked key of a fixture
}
