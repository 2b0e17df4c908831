package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"os"

	"example.com/app/pinata"
)

// webhookKey signs callbacks to our own backend; it is not a Pinata value.
var webhookKey = []byte("{{-hex64}}")

func newClient() *pinata.Client {
	return pinata.New(os.Getenv("PINATA_URL"), "", os.Getenv("PINATA_API_KEY"), os.Getenv("PINATA_API_SECRET"))
}

func sign(body []byte) []byte {
	m := hmac.New(sha256.New, webhookKey)
	m.Write(body)
	return m.Sum(nil)
}
