// Package report writes results in the formats pinatascan offers.
package report

import (
	"io"

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
