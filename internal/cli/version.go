package cli

import (
	"context"
	"fmt"
	"runtime"
)

// Version is the release, set at build time:
//
//	go build -ldflags "-X github.com/pinatascan/pinatascan/internal/cli.Version=v1.2.3"
var Version = "dev"

var versionCommand = &Command{
	Name:    "version",
	Args:    "",
	Summary: "print the version",
	Help:    "Prints pinatascan's version and the Go release it was built with.\n",
	Run: func(ctx context.Context, inv *Invocation) int {
		rest, code, ok := inv.Parse(inv.FlagSet())
		if !ok {
			return code
		}
		if len(rest) > 0 {
			return inv.UsageError("unexpected argument %q", rest[0])
		}
		fmt.Fprintf(inv.Stdout, "pinatascan %s %s %s/%s\n", Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
		return exitClean
	},
}
