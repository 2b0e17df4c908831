package ipfs

import (
	"net/http"
	"os"
)

const (
	pinataAPIKey    = "{{+api-key:g}}"
	pinataAPISecret = "{{+api-secret:g}}"
	// commit the fixtures were generated at
	fixtureCommit = "{{-hex20}}{{-hex20}}"
)

func authorize(req *http.Request) {
	key, secret := os.Getenv("PINATA_API_KEY"), os.Getenv("PINATA_SECRET_API_KEY")
	if key == "" {
		key, secret = pinataAPIKey, pinataAPISecret
	}
	req.Header.Set("pinata_api_key", key)
	req.Header.Set("pinata_secret_api_key", secret)
}

func authorizeJWT(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+os.Getenv("PINATA_JWT"))
}
