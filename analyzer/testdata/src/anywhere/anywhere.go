// Package anywhere holds Pinata credentials that reach no sink yet.
package anywhere

import "strings"

const pinataJWT = "{{jwt}}" // want `^Pinata JWT \(key {{jwtkey}}\) hardcoded in source: revoke it and read it from the environment, e.g. os.Getenv\("PINATA_JWT"\)$`

const (
	PINATA_API_KEY        = "{{key}}"    // want `^Pinata API key {{key}} hardcoded in source: revoke it and read it from the environment, e.g. os.Getenv\("PINATA_API_KEY"\)$`
	PINATA_SECRET_API_KEY = "{{secret}}" // want `^Pinata API secret hardcoded in source`
)

var pinataGatewayKey = "{{gateway}}" // want `^Pinata gateway token hardcoded in source: revoke it and read it from the environment, e.g. os.Getenv\("PINATA_GATEWAY_TOKEN"\)$`

type Config struct {
	PinataJWT          string
	PinataSecretAPIKey string
}

var cfg = Config{
	PinataJWT:          "{{jwt}}",    // want `Pinata JWT \(key {{jwtkey}}\) hardcoded in source`
	PinataSecretAPIKey: "{{secret}}", // want `Pinata API secret hardcoded in source`
}

var options = map[string]string{
	"pinataApiKey": "{{key}}", // want `Pinata API key {{key}} hardcoded in source`
	"gateway":      "https://example.mypinata.cloud",
}

func newClient(pinataApiKey, pinataSecretApiKey string) {}

func use() string {
	newClient("{{key}}", "{{secret}}") // want `Pinata API key {{key}} hardcoded in source` `Pinata API secret hardcoded in source`
	var auth string
	auth = "Bearer {{jwt}}" // want `Pinata JWT \(key {{jwtkey}}\) hardcoded in source`
	return strings.ToUpper(auth)
}

// want +2 `Pinata API key {{key}} and Pinata API secret \(key {{key}}\) hardcoded in source`
const curl = `curl -X GET https://api.pinata.cloud/data/testAuthentication \
  -H "pinata_api_key: {{key}}" \
  -H "pinata_secret_api_key: {{secret}}"`
