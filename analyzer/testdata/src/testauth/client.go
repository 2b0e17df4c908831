// Package testauth is noise with -testauth: tests report everything. The
// flag is one gate at report time, whatever the sink, so the fixture uses
// net/textproto's header: analysistest type-checks what a fixture imports
// from source, and net/http's closure costs seconds.
package testauth

import "net/textproto"

// Send sends the token.
func Send(h textproto.MIMEHeader) {
	h.Set("Authorization", "Bearer {{token2}}") // want `hardcoded Bearer credential`
}

// Allowed is suppressed by the scanner's marker: one comment serves both tools.
func Allowed(h textproto.MIMEHeader) {
	h.Set("Authorization", "Bearer {{jwt}}") // pinatascan:allow revoked key of a fixture
}
