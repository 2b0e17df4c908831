// Command pinatascan finds Pinata credentials in files, directories,
// standard input and git history. See `pinatascan help`.
package main

import (
	"os"

	"github.com/pinatascan/pinatascan/internal/cli"
)

func main() { os.Exit(cli.Main()) }
