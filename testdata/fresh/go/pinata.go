package pinata

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const (
	apiKey    = "{{+api-key:go}}"
	apiSecret = "{{+api-secret:go}}"
	baseURL   = "https://api.pinata.cloud"
)

// PinJSON pins v and returns its CID.
func PinJSON(v any) (string, error) {
	body, err := json.Marshal(map[string]any{"pinataContent": v})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequest(http.MethodPost, baseURL+"/pinning/pinJSONToIPFS", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("pinata_api_key", apiKey)
	req.Header.Set("pinata_secret_api_key", apiSecret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ IpfsHash string }
	return out.IpfsHash, json.NewDecoder(resp.Body).Decode(&out)
}
