package ipfs

import "net/http"

// Credentials for the shared staging account.
var (
	apiKey    = "{{+api-key:g}}"
	apiSecret = "{{+api-secret:g}}"
)

func authorize(req *http.Request) {
	req.Header.Add("pinata_api_key", apiKey)
	req.Header.Add("pinata_secret_api_key", apiSecret)
}

func gatewayRequest(cid string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, "https://lavender-gentle-primate-223.mypinata.cloud/ipfs/"+cid, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-pinata-gateway-token", `{{+gateway-token}}`)
	return req, nil
}
