package ipfs

import (
	"net/http"
	"os"
)

const (
	pinataKey    = "{{+api-key:g}}"
	pinataSecret = "{{+api-secret:g}}"
	// sha256 of testdata/pinata_fixture.car
	fixtureSum = "{{-hex64}}"
)

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("pinata_api_key", pinataKey)
	req.Header.Set("pinata_secret_api_key", pinataSecret)
	req.Header.Add("Authorization", "Bearer "+os.Getenv("PINATA_JWT"))
	return req, nil
}

func gatewayReq(url string) *http.Request {
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("x-pinata-gateway-token", `{{+gateway-token}}`)
	return req
}
