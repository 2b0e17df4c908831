package resty2

import "github.com/go-resty/resty/v2"

func client() {
	c := resty.New()
	c.SetHeader("Authorization", "Bearer {{jwt}}")   // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header`
	c.SetHeaderVerbatim("pinata_api_key", "{{key}}") // want `hardcoded Pinata API key {{key}} in pinata_api_key header`
	c.SetAuthToken("{{jwt}}")                        // want `^hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header: read it from the environment, e.g. os.Getenv\("PINATA_JWT"\)$`
	c.SetBasicAuth("user", "{{password}}")           // want `hardcoded password in SetBasicAuth`
	c.Token = "{{token}}"                            // want `^hardcoded Bearer credential in Token field \(Authorization header\)`
	c.SetHeaders(map[string]string{
		"pinata_api_key":        "{{key}}",    // want `hardcoded Pinata API key {{key}} in pinata_api_key header`
		"pinata_secret_api_key": "{{secret}}", // want `hardcoded Pinata API secret in pinata_secret_api_key header`
		"Accept":                "application/json",
	})

	r := c.R()
	r.SetHeader("x-pinata-gateway-token", "{{gateway}}")               // want `hardcoded Pinata gateway token in x-pinata-gateway-token header`
	r.SetHeaders(map[string]string{"Authorization": "Bearer {{jwt}}"}) // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header`
	r.SetAuthToken("{{token}}")                                        // want `hardcoded Bearer credential in Authorization header`
	r.SetBasicAuth("user", "{{password}}")                             // want `hardcoded password in SetBasicAuth`
	_ = &resty.Request{Token: "{{jwt}}"}                               // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Token field \(Authorization header\)`
}
