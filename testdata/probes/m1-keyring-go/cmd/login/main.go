package main

import (
	"fmt"
	"log"

	"github.com/zalando/go-keyring"
)

const service = "pinata-go-sdk"

func main() {
	// TODO: read these from a prompt instead
	if err := keyring.Set(service, "api-key", "{{+api-key:a}}"); err != nil {
		log.Fatal(err)
	}
	if err := keyring.Set(service, "api-secret", "{{+api-secret:a}}"); err != nil {
		log.Fatal(err)
	}
	fmt.Println("credentials stored in the system keyring")
}
