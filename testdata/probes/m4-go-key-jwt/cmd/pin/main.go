package main

import (
	"fmt"

	"github.com/PinataCloud/pinata-go-sdk/pinata"
)

const pinataKey = "{{+jwt:a}}"
const supabaseKey = "{{-jwt-other}}"

func main() {
	client := pinata.New(pinataKey, "lavender-gentle-primate-223.mypinata.cloud")
	fmt.Println(client != nil)
}
