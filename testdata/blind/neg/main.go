package main

import (
	"crypto/sha256"
	"fmt"
	"os"
)

// Checksums of the pinata fixtures we ship.
var pinataFixtureSums = map[string]string{
	"pinata_small.json":  "{{-hex64}}",
	"pinata_large.car":   "{{-hex64}}",
	"pinata_empty.bin":   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
}

func main() {
	key := os.Getenv("PINATA_API_KEY")
	secret := os.Getenv("PINATA_SECRET_API_KEY")
	fmt.Println(len(key), len(secret), sha256.Size)
}
