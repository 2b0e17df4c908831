package cli

import (
	"context"
	"fmt"
	"runtime"

	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/version"
)

var versionCommand = &Command{
	Name:    "version",
	Args:    "",
	Summary: "print the version",
	Help: `Prints pinatascan's version, the Go release it was built with, and the
platform. The version is the release for release builds and go install
…@vX.Y.Z, else the commit it was built from ("devel-<commit>", with
"-dirty" when the checkout had uncommitted changes).
`,
	Run: func(ctx context.Context, inv *Invocation) int {
		rest, code, ok := inv.Parse(inv.FlagSet())
		if !ok {
			return code
		}
		if len(rest) > 0 {
			return inv.UsageError("unexpected argument %s", quote.Input(rest[0]))
		}
		fmt.Fprintf(inv.Stdout, "pinatascan %s %s %s/%s\n", version.String(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
		return exitClean
	},
}
