// Package report writes results in the formats pinatascan offers.
package report

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/pinatascan/pinatascan/internal/result"
)

// Reporter writes a report in one format.
type Reporter interface {
	Write(w io.Writer, r *result.Report) error
}

// Options are shared by every format.
type Options struct {
	// NoRedact shows credentials and e-mail addresses in full. Off by default.
	NoRedact bool
}

// formats maps each --format name to its reporter. A new format is one file
// with its Reporter and one line here.
var formats = map[string]func(Options) Reporter{
	"text":   func(o Options) Reporter { return &TextReporter{Options: o} },
	"json":   func(o Options) Reporter { return &JSONReporter{Options: o} },
	"sarif":  func(o Options) Reporter { return &SARIFReporter{Options: o} },
	"github": func(o Options) Reporter { return &GitHubReporter{Options: o} },
	"gitlab": func(o Options) Reporter { return &GitLabReporter{Options: o} },
}

// New returns the reporter for the format called name.
func New(name string, o Options) (Reporter, error) {
	f, ok := formats[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want %s)", name, strings.Join(Formats(), ", "))
	}
	return f(o), nil
}

// Formats lists the format names, sorted.
func Formats() []string {
	return slices.Sorted(maps.Keys(formats))
}
