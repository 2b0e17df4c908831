// Package named holds Pinata values whose names the pass gives the
// detection core: see TestNamed.
package named

import (
	"net/http"
	"os"
)

type StorageConfig struct {
	Provider  string
	APIKey    string
	APISecret string
}

var cfg = StorageConfig{Provider: "pinata", APIKey: "{{key}}", APISecret: "{{secret}}"}

func setup() {
	os.Setenv("PINATA_API_KEY", "{{key}}")
}

func New(url, jwt, key, secret string) {}

func use(req *http.Request) {
	New("https://api.pinata.cloud", "", "{{key}}", "{{secret}}")
	req.Header.Set("pinata_secret_api_key", "{{secret}}")
}

var headers = map[string]string{"pinata_api_key": "{{key}}", "Accept": "application/json"}
