package main

import (
	"log"
	"time"

	"example.com/media/storage"
)

func main() {
	st, err := storage.Open(storage.Config{
		Provider:   "pinata",
		Timeout:    60 * time.Second,
		Retries:    3,
		CIDVersion: 1,
		Gateway:    "https://ipfs.example.org",
		APIKey:     "{{+api-key:a}}",
		APISecret:  "{{+api-secret:a}}",
	})
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
}
