package nethttp

import (
	"fmt"
	"net/http"

	"example.com/creds"
)

// Reported where it is written, and so only once, naming where it is sent.
const pinataJWT = "{{jwt}}" // want `^hardcoded Pinata JWT \(key {{jwtkey}}\) in authorization header at nethttp.go:17: read it from the environment`

const authHeader = "Authorization"

func headerCalls(req *http.Request) {
	req.Header.Set("Authorization", "Bearer {{jwt}}")                 // want `^hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header: read it from the environment, e.g. "Bearer " \+ os.Getenv\("PINATA_JWT"\)$`
	req.Header.Add("authorization", "Bearer "+pinataJWT)              // reported at the constant
	req.Header.Set(authHeader, creds.Bearer)                          // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header`
	req.Header.Set("Authorization", "bearer  "+creds.JWT)             // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header`
	req.Header.Set("pinata_api_key", "{{key}}")                       // want `^hardcoded Pinata API key {{key}} in pinata_api_key header: read it from the environment, e.g. os.Getenv\("PINATA_API_KEY"\)$`
	req.Header.Set("PINATA_SECRET_API_KEY", "{{secret}}")             // want `^hardcoded Pinata API secret in PINATA_SECRET_API_KEY header: read it from the environment, e.g. os.Getenv\("PINATA_SECRET_API_KEY"\)$`
	req.Header.Add("X-Pinata-Gateway-Token", "{{gateway}}")           // want `^hardcoded Pinata gateway token in X-Pinata-Gateway-Token header: read it from the environment, e.g. os.Getenv\("PINATA_GATEWAY_TOKEN"\)$`
	req.Header.Set("Authorization", "token {{token}}")                // want `^hardcoded token credential in Authorization header: read it from the environment, e.g. "token " \+ os.Getenv\("AUTH_TOKEN"\)$`
	req.Header.Set("Authorization", "Bearer "+creds.Token)            // want `^hardcoded Bearer credential in Authorization header`
	req.Header.Set("Authorization", "{{otherjwt}}")                   // want `^hardcoded JWT in Authorization header: read it from the environment, e.g. os.Getenv\("AUTH_TOKEN"\)$`
	req.Header.Set("Authorization", "Basic {{basic}}")                // want `^hardcoded Basic credentials in Authorization header: read it from the environment, e.g. "Basic " \+ os.Getenv\("BASIC_AUTH"\)$`
	req.Header.Set("Authorization", fmt.Sprint("Bearer ", creds.JWT)) // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header`
	req.SetBasicAuth("user", "{{password}}")                          // want `^hardcoded password in SetBasicAuth: read it from the environment, e.g. os.Getenv\("AUTH_PASSWORD"\)$`
}

func headerMaps(req *http.Request) {
	req.Header["Authorization"] = []string{"Bearer {{jwt}}"} // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header`
	h := http.Header{
		"Authorization":  {"Bearer {{token}}"}, // want `hardcoded Bearer credential in Authorization header`
		"Pinata_Api_Key": []string{"{{key}}"},  // want `hardcoded Pinata API key {{key}} in Pinata_Api_Key header`
		"Accept":         {"application/json"},
	}
	req.Header = h
}

// A package variable never assigned after its declaration is a constant.
var bearer = "Bearer {{token}}" // want `^hardcoded Bearer credential in Authorization header at nethttp.go:45: read it from the environment, e.g. "Bearer " \+ os.Getenv\("AUTH_TOKEN"\)$`

func variable(req *http.Request) {
	req.Header.Set("Authorization", bearer)
}
