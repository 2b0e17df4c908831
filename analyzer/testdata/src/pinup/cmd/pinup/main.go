// Command pinup pins files on Pinata.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"strings"

	"pinup/config"
	"pinup/pinata"
	"pinup/upload"
)

// defaultJWT is used when neither -jwt nor PINATA_JWT is set.
const defaultJWT = "{{jwt}}" // leak

var (
	jwtFlag = flag.String("jwt", "", "Pinata JWT (default $PINATA_JWT)")
	verbose = flag.Bool("v", false, "verbose")
)

func main() {
	flag.Parse()
	jwt := *jwtFlag
	if jwt == "" {
		jwt = os.Getenv(config.EnvJWT)
	}
	if jwt == "" {
		jwt = defaultJWT
	}
	c := pinata.NewClient(jwt)
	if err := c.TestAuthentication(context.Background()); err != nil {
		log.Fatal(err)
	}
	u := upload.New()
	for _, path := range flag.Args() {
		if err := u.Pin(context.Background(), path); err != nil {
			log.Fatal(err)
		}
		if *verbose {
			fmt.Println("pinned", path)
		}
	}
	tokenFile, err := os.ReadFile(os.ExpandEnv("$HOME/.config/pinup/token"))
	if err == nil {
		req, _ := http.NewRequest("GET", "https://api.pinata.cloud/data/testAuthentication", nil)
		req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(string(tokenFile)))
		pinata.Authenticate(req, string(tokenFile))
	}
}
