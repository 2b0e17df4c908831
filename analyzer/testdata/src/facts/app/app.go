// Package app calls lib's helpers with hardcoded credentials.
package app

import (
	"net/http"
	"os"

	"facts/lib"
)

func calls(req *http.Request) {
	lib.WithAuth(req, "{{token}}")                          // want `^hardcoded Bearer credential in Authorization header through lib.WithAuth: read it from the environment, e.g. os.Getenv\("AUTH_TOKEN"\)$`
	lib.Authenticate(req, "{{jwt}}")                        // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header through lib.Authenticate`
	lib.SetKeys(req, "{{key}}", "{{secret}}")               // want `hardcoded Pinata API key {{key}} in pinata_api_key header through lib.SetKeys` `hardcoded Pinata API secret in pinata_secret_api_key header through lib.SetKeys`
	lib.SetHeader(req, "Authorization", "Bearer {{token}}") // want `hardcoded Bearer credential in Authorization header through lib.SetHeader`
	lib.Proxy(req, "office", "{{password}}")                // want `hardcoded password in SetBasicAuth through lib.Proxy`
	lib.GatewayURL("bafy", "{{gateway}}")                   // want `hardcoded Pinata gateway token in the pinataGatewayToken query parameter of a URL through lib.GatewayURL`
	_ = lib.New("{{token}}")                                // want `hardcoded Bearer credential in Authorization header through lib.New`
	c := &lib.Client{BaseURL: "https://api.pinata.cloud"}
	c.Do(req, map[string]string{"Authorization": "Bearer {{token}}"}) // want `hardcoded Bearer credential in Authorization header through Client.Do`
	headers := map[string]string{"pinata_api_key": "{{key}}"}         // want `hardcoded Pinata API key {{key}} in pinata_api_key header through Client.Do`
	c.Do(req, headers)
}

// Values read at run time, and helpers that send no auth: no report.
func runtime(req *http.Request, token string) { // want runtime:`auth\(1→Authorization header\)`
	lib.WithAuth(req, os.Getenv("TOKEN"))
	lib.WithAuth(req, token)
	lib.SetKeys(req, os.Getenv("PINATA_API_KEY"), os.Getenv("PINATA_SECRET_API_KEY"))
	lib.SetHeader(req, "X-Request-Id", "{{hex64}}")
	lib.ContentType(req, "application/json")
	lib.Fetch("/ipfs/bafy?filename={{hex64}}")
	c := lib.New(os.Getenv("TOKEN"))
	c.Do(req, map[string]string{"Accept": "application/json"})
	lib.Proxy(req, "office", os.Getenv("PROXY_PASSWORD"))
}
