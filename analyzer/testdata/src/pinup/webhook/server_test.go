package webhook

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestServeHTTP(t *testing.T) {
	h := &Handler{Secret: []byte("whsec_{{hex64}}")}
	req := httptest.NewRequest("POST", "/", strings.NewReader(`{}`))
	req.Header.Set("Authorization", "Bearer {{token2}}")
	req.SetBasicAuth("tester", "{{password}}")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusForbidden {
		t.Errorf("code = %d", rec.Code)
	}
}

func TestForwardKeys(t *testing.T) {
	req := httptest.NewRequest("POST", "/", nil)
	req.Header.Set("pinata_api_key", "{{key}}")           // leak
	req.Header.Set("pinata_secret_api_key", "{{secret}}") // leak
}
