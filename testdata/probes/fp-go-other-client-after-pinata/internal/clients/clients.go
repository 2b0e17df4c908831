package clients

import (
	"os"

	"github.com/PinataCloud/pinata-go-sdk/pinata"
	"github.com/pusher/pusher-http-go/v5"
)

// Pinata: JWT from the environment.
var Pinata = pinata.New(os.Getenv("PINATA_JWT"), os.Getenv("PINATA_GATEWAY"))

// Pusher channels for upload progress.
var Pusher = pusher.Client{
	AppID:  "1863214",
	Key:    "{{-hex20}}",
	Secret: "{{-hex20}}",
	Cluster: "eu",
}
