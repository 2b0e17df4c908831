package storage

import (
	"log"

	pinata "github.com/wealdtech/go-ipfs-provider-pinata"
)

var provider *pinata.Provider

// releaseDigest is the sha256 of the site bundle this binary publishes.
var releaseDigest = "{{-hex64}}"

func init() {
	var err error
	provider, err = pinata.NewProvider("{{+api-key:a}}", "{{+api-secret:a}}")
	if err != nil {
		log.Fatalf("ipfs provider: %v", err)
	}
}
