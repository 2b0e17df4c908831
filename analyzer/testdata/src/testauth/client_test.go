package testauth

import "net/textproto"

// sendInTest is a test's request: with -testauth its non-Pinata
// credentials are reported as well as Pinata's.
func sendInTest() {
	h := textproto.MIMEHeader{}
	h.Set("Authorization", "Bearer {{token}}")                       // want `hardcoded Bearer credential`
	h.Set("Authorization", "Bearer {{jwt}}")                         // want `hardcoded Pinata JWT`
	_ = textproto.MIMEHeader{"Authorization": {"Bearer {{token2}}"}} // want `hardcoded Bearer credential`
}
