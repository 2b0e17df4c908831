package ipfs

import (
	"errors"
	"os"
)

// Config is read from the environment; no literals here.
type Config struct {
	JWT        string
	GatewayKey string
}

func FromEnv() (Config, error) {
	c := Config{JWT: os.Getenv("PINATA_JWT"), GatewayKey: os.Getenv("PINATA_GATEWAY_KEY")}
	if c.JWT == "" || c.JWT == "YOUR_JWT" {
		return c, errors.New("ipfs: PINATA_JWT not set")
	}
	return c, nil
}

// knownEmptyDirCID is the CID of an empty UnixFS directory.
const knownEmptyDirCID = "QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn"

// buildCommit is stamped by the linker.
var buildCommit = "927c0925cde73aa4f700761ddeb7f1c3f7ad59f6"
