// Package named holds Pinata values whose names the pass gives the
// detection core: see checkNamed. Its values are its own ({{key2}},
// {{secret2}}), so the questions about them can only come from here.
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

var cfg = StorageConfig{Provider: "pinata", APIKey: "{{key2}}", APISecret: "{{secret2}}"} // want `Pinata API key {{key2}} hardcoded in source` `Pinata API secret hardcoded in source`

func setup() {
	os.Setenv("PINATA_API_KEY", "{{key2}}") // want `Pinata API key {{key2}} hardcoded in source`
}

func New(url, jwt, key, secret string) {}

func use(req *http.Request) {
	New("https://api.pinata.cloud", "", "{{key2}}", "{{secret2}}") // want `Pinata API key {{key2}} hardcoded in source` `Pinata API secret hardcoded in source`
	req.Header.Set("pinata_secret_api_key", "{{secret2}}")         // want `hardcoded Pinata API secret in pinata_secret_api_key header`
}

var headers = map[string]string{"pinata_api_key": "{{key2}}", "Accept": "application/json"} // want `Pinata API key {{key2}} hardcoded in source`
