package main

import (
	"os"

	"example.com/media/storage"
)

var primary = storage.Config{
	Provider: "pinata",
	JWT:      os.Getenv("PINATA_JWT"),
}

var backup = storage.Config{
	Provider:  "filebase",
	APIKey:    "{{-hex20}}",
	APISecret: "{{-hex64}}",
}
