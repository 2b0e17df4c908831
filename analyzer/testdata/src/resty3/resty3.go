package resty3

import "resty.dev/v3"

func client() {
	c := resty.New()
	c.SetHeader("Authorization", "Bearer {{jwt}}")                           // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header`
	c.SetHeaderVerbatim("PINATA_API_KEY", "{{key}}")                         // want `hardcoded Pinata API key {{key}} in PINATA_API_KEY header`
	c.SetHeaders(map[string]string{"x-pinata-gateway-token": "{{gateway}}"}) // want `hardcoded Pinata gateway token in x-pinata-gateway-token header`
	c.SetAuthToken("{{jwt}}")                                                // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header`
	c.SetBasicAuth("user", "{{password}}")                                   // want `hardcoded password in SetBasicAuth`

	r := c.R()
	r.SetHeader("pinata_secret_api_key", "{{secret}}")                 // want `hardcoded Pinata API secret in pinata_secret_api_key header`
	r.SetHeaderVerbatim("Authorization", "Bearer {{token}}")           // want `hardcoded Bearer credential in Authorization header`
	r.SetHeaders(map[string]string{"Authorization": "Bearer {{jwt}}"}) // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header`
	r.SetAuthToken("{{token}}")                                        // want `hardcoded Bearer credential in Authorization header`
	r.SetBasicAuth("user", "{{password}}")                             // want `hardcoded password in SetBasicAuth`
	r.AuthToken = "{{jwt}}"                                            // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in AuthToken field \(Authorization header\)`
	_ = resty.Request{AuthToken: "{{token}}"}                          // want `hardcoded Bearer credential in AuthToken field \(Authorization header\)`
}
