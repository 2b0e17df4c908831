// Package webhook receives Pinata's webhooks.
package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"strings"
)

// signingSecretEnv names the variable of the webhook secret.
const signingSecretEnv = "PINATA_WEBHOOK_SECRET"

// emptySHA256 is the digest of no bytes.
const emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

// exampleCID is a CID used in the docs.
const exampleCID = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"

// Handler verifies the signature of each delivery.
type Handler struct {
	Secret []byte
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	auth := r.Header.Get("Authorization")
	if !strings.HasPrefix(auth, "Bearer ") {
		w.Header().Set("WWW-Authenticate", `Bearer realm="pinup"`)
		http.Error(w, "missing bearer token", http.StatusUnauthorized)
		return
	}
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, h.Secret)
	mac.Write(body)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(r.Header.Get("X-Pinata-Signature"))) {
		http.Error(w, "bad signature", http.StatusForbidden)
		return
	}
	w.Header().Set("ETag", `"`+emptySHA256+`"`)
	w.Header().Set("X-Request-Id", "{{hex64}}")
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"cid":"` + exampleCID + `"}`))
}

// Forward passes the delivery on with the caller's authorization.
func Forward(r *http.Request, to string) (*http.Response, error) {
	req, err := http.NewRequest(r.Method, to, r.Body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", r.Header.Get("Authorization"))
	req.Header.Set("Authorization", "Bearer YOUR_PINATA_JWT")
	return http.DefaultClient.Do(req)
}
