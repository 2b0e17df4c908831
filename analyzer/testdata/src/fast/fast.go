package fast

import "github.com/valyala/fasthttp"

const pinataGatewayToken = "{{gateway}}" // want `hardcoded Pinata gateway token in X-Pinata-Gateway-Token header at fast.go:13`

func headers(req *fasthttp.Request) {
	h := &req.Header
	h.Set("Authorization", "Bearer {{jwt}}")                                     // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header`
	h.SetBytesK([]byte("pinata_api_key"), "{{key}}")                             // want `hardcoded Pinata API key {{key}} in pinata_api_key header`
	h.SetBytesV("pinata_secret_api_key", []byte("{{secret}}"))                   // want `hardcoded Pinata API secret in pinata_secret_api_key header`
	h.SetBytesKV([]byte("Authorization"), []byte("Bearer {{token}}"))            // want `hardcoded Bearer credential in Authorization header`
	h.SetCanonical([]byte("X-Pinata-Gateway-Token"), []byte(pinataGatewayToken)) // reported at the constant
	h.Add("authorization", "Bearer {{jwt}}")                                     // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in authorization header`
	h.AddBytesK([]byte("Authorization"), "Bearer {{token}}")                     // want `hardcoded Bearer credential in Authorization header`
	h.AddBytesV("Authorization", []byte("Bearer {{jwt}}"))                       // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header`
	h.AddBytesKV([]byte("pinata_api_key"), []byte("{{key}}"))                    // want `hardcoded Pinata API key {{key}} in pinata_api_key header`
	h.Set("User-Agent", "fasthttp")
}
