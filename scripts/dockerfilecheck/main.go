// Command dockerfilecheck checks a Dockerfile with BuildKit's own parser
// and linter, the checks of `docker build --check`, without a Docker
// engine or a registry: base images are not fetched (their configuration
// is taken as empty), so rules that need the base image's settings do not
// apply. It prints each warning and exits 1 if there is any.
//
// It is its own module, so the scanner does not depend on BuildKit; `make
// release-check` runs it.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/client/llb/sourceresolver"
	"github.com/moby/buildkit/frontend/dockerfile/dockerfile2llb"
	digest "github.com/opencontainers/go-digest"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: dockerfilecheck DOCKERFILE")
		os.Exit(2)
	}
	name := os.Args[1]
	data, err := os.ReadFile(name)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	sm := llb.NewSourceMap(nil, name, "Dockerfile", data)
	sm.Definition = &llb.Definition{}
	res, err := dockerfile2llb.DockerfileLint(context.Background(), data, dockerfile2llb.ConvertOpt{
		SourceMap:    sm,
		MetaResolver: offline{},
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		os.Exit(1)
	}
	if res.Error != nil {
		fmt.Fprintf(os.Stderr, "%s: %s\n", name, res.Error.Message)
		os.Exit(1)
	}
	for _, w := range res.Warnings {
		line := 0
		if len(w.Location.Ranges) > 0 {
			line = int(w.Location.Ranges[0].Start.Line)
		}
		fmt.Fprintf(os.Stderr, "%s:%d: %s: %s\n", name, line, w.RuleName, w.Detail)
	}
	if len(res.Warnings) > 0 {
		os.Exit(1)
	}
	fmt.Printf("%s: no errors, no lint warnings\n", name)
}

// offline answers every base image with an empty configuration.
type offline struct{}

func (offline) ResolveImageConfig(_ context.Context, ref string, _ sourceresolver.Opt) (string, digest.Digest, []byte, error) {
	return ref, "", []byte(`{"architecture":"amd64","os":"linux","config":{}}`), nil
}
