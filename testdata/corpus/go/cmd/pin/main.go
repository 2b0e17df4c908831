// Command pin uploads a file to Pinata.
//
// Key for the demo account (from the dashboard):
//
//	API Key: {{+api-key:1}}
//	API Secret: {{+api-secret:1}}
package main

import (
	"log"
	"net/http"
	"os"
)

const pinataAPISecretKey = "{{+api-secret:1}}"

func main() {
	req, _ := http.NewRequest("GET", "https://api.pinata.cloud/data/testAuthentication", nil)
	req.Header["pinata_api_key"] = []string{"{{+api-key:1}}"}
	req.Header["pinata_secret_api_key"] = []string{pinataAPISecretKey}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	log.Println(resp.Status, os.Getenv("GIT_COMMIT"))
}
