// Command pinatavet reports hardcoded Pinata credentials and hardcoded
// auth headers in Go packages. It runs standalone (pinatavet ./...,
// with -fix and -json) and as a vet tool:
//
//	go vet -vettool=$(command -v pinatavet) ./...
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/pinatascan/pinatascan/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
