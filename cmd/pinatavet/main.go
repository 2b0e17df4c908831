// Command pinatavet reports hardcoded Pinata credentials and hardcoded
// auth headers in Go packages. It runs standalone (pinatavet ./...,
// with -fix and -json) and as a vet tool:
//
//	go vet -vettool=$(command -v pinatavet) ./...
//
// pinatavet -V prints its version.
package main

import (
	"fmt"
	"os"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/pinatascan/pinatascan/analyzer"
	"github.com/pinatascan/pinatascan/internal/version"
)

func main() {
	if len(os.Args) == 2 {
		switch os.Args[1] {
		case "-V=full", "--V=full": // go vet asks for the tool's identity
			os.Exit(vetToolID())
		case "-V", "--V", "-version", "--version":
			fmt.Printf("pinatavet %s\n", version.String())
			os.Exit(0)
		}
	}
	singlechecker.Main(analyzer.Analyzer)
}

func vetToolID() int {
	exe, err := os.Executable()
	if err == nil {
		var f *os.File
		if f, err = os.Open(exe); err == nil {
			err = version.VetTool(os.Stdout, "pinatavet", f)
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "pinatavet: -V=full: %v\n", err)
		return 1
	}
	return 0
}
