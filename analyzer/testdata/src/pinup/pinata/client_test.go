package pinata

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

const testToken = "tk_9fQ2mX7pLw4vRz8sKd3nHb6y" // a token of the mock server below

func TestDo(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+testToken {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.Write([]byte(`{"message":"Congratulations! You are communicating with the Pinata API!"}`))
	}))
	defer srv.Close()

	c := NewClient(testToken)
	c.BaseURL = srv.URL
	if err := c.TestAuthentication(context.Background()); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("GET", srv.URL, nil)
	req.Header.Set("Authorization", "Bearer {{token}}")
	SetKeys(req, "mock-key-0001", "mock-secret-{{password}}")
}

func TestLive(t *testing.T) {
	if testing.Short() {
		t.Skip("talks to Pinata")
	}
	c := NewClient("{{jwt}}") // leak
	if err := c.TestAuthentication(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestEnv(t *testing.T) {
	t.Setenv("PINATA_JWT", "{{jwt}}") // leak
	t.Setenv("PINATA_GATEWAY", "https://example.mypinata.cloud")
}
