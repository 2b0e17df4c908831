package textproto

import "net/textproto"

func mime(h textproto.MIMEHeader) {
	h.Set("Authorization", "Bearer {{jwt}}")                // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header`
	h.Add("pinata_secret_api_key", "{{secret}}")            // want `hardcoded Pinata API secret in pinata_secret_api_key header`
	h["Authorization"] = []string{"Bearer {{token}}"}       // want `hardcoded Bearer credential in Authorization header`
	_ = textproto.MIMEHeader{"Pinata_api_key": {"{{key}}"}} // want `hardcoded Pinata API key {{key}} in Pinata_api_key header`
	h.Set("Content-Type", "text/plain")
}
