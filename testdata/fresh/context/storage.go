package main

import (
	"log"

	"github.com/acme/ipfsutil/pinata"
)

func newUploader() *pinata.Client {
	return pinata.New(pinata.Credentials{
		Key:    "{{+api-key:gc}}",
		Secret: "{{+api-secret:gc}}",
	})
}

// nonce used for the signed upload receipt, not a credential
var receiptNonce = "{{-hex20}}"

func main() {
	c := newUploader()
	log.Println(c, receiptNonce)
}
