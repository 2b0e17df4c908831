package noise

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestSend(t *testing.T) {
	req := httptest.NewRequest("GET", "/", nil)
	req.Header.Set("Authorization", "Bearer {{token}}")
	req.SetBasicAuth("tester", "{{password}}")
	req.Header.Set("Authorization", "Bearer {{jwt}}") // want `hardcoded Pinata JWT`
	t.Setenv("PINATA_API_KEY", "{{key}}")             // want `Pinata API key {{key}} hardcoded in source`
	_ = http.Header{"Authorization": {"Bearer {{otherjwt}}"}}
}
