package testauth

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestSend(t *testing.T) {
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("Authorization", "Bearer {{token}}")     // want `hardcoded Bearer credential`
	req.SetBasicAuth("tester", "{{password}}")              // want `hardcoded password in SetBasicAuth`
	req.Header.Set("Authorization", "Bearer {{jwt}}")       // want `hardcoded Pinata JWT`
	_ = http.Header{"Authorization": {"Bearer {{token2}}"}} // want `hardcoded Bearer credential`
}
