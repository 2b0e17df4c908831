// Package version says which build of pinatascan is running, for both
// commands: the release the release build stamped in, else what the Go
// toolchain recorded in the binary (the module version of
// `go install …@v1.2.3`, or the VCS revision of a build from a checkout).
package version

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"runtime/debug"
)

// Version is set by release builds, and wins over the build information:
//
//	go build -ldflags "-X github.com/pinatascan/pinatascan/internal/version.Version=v1.2.3"
var Version = ""

// String is the version as one word (no spaces), so that it can stand in
// `pinatavet version VERSION` where go vet reads it.
func String() string {
	if Version != "" {
		return Version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	return fromBuildInfo(bi)
}

// fromBuildInfo picks the most telling version the build recorded: the
// module version (go install …@v1.2.3, or a pseudo-version that Go 1.24 and
// later derive from the checkout), else "devel" with the VCS revision and
// "dirty" when the tree had uncommitted changes.
func fromBuildInfo(bi *debug.BuildInfo) string {
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev string
	var dirty bool
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	v := "devel"
	if rev != "" {
		v += "-" + rev[:min(len(rev), 12)]
		if dirty {
			v += "-dirty"
		}
	}
	return v
}

// VetTool writes the answer to `-V=full`, the question go vet asks a
// -vettool to key its cache: "NAME version VERSION buildID=HASH". go vet
// takes the whole line as the tool's identity when VERSION is not "devel";
// the hash of the executable makes every rebuild a new identity, so cached
// vet results never outlive the binary that produced them.
func VetTool(w io.Writer, name string, executable io.Reader) error {
	h := sha256.New()
	if _, err := io.Copy(h, executable); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s version %s buildID=%s\n", name, String(), hex.EncodeToString(h.Sum(nil)))
	return err
}
