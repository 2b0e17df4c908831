package main

import (
	"context"
	"log"
	"os"
	"time"

	"example.com/nftdrop/internal/pinata"
)

const apiURL = "https://api.pinata.cloud"

// provenanceHash is the sha256 of the concatenated artwork, published before the mint.
const provenanceHash = "{{-hex64}}"

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	client := pinata.New(apiURL, "", "{{+api-key:a}}", "{{+api-secret:a}}")
	cid, err := client.PinFile(ctx, os.Args[1])
	if err != nil {
		log.Fatalf("pin: %v", err)
	}
	log.Printf("pinned %s", cid)
}
