// Package result holds a finding together with where it was found and what
// became of it: the type every source produces and every reporter writes.
package result

import (
	"time"

	"github.com/pinatascan/pinatascan/scanner"
)

// Result is one finding at its place.
type Result struct {
	scanner.Finding

	// Path is the file, as given on the command line joined with the path
	// below it, or as git names it. "-" is standard input.
	Path string

	Commit       *Commit       // the commit that added it, for history scans
	Verification *Verification // set only when verification was asked for
}

// Commit says where in history a finding was added.
type Commit struct {
	Hash   string
	Author string // the author's name (never the e-mail)
	Date   time.Time
}

// Verification is the answer of a live check.
type Verification struct {
	Status string // live, live-no-scope, revoked, invalid, unknown, unverifiable
	Reason string // why, in a few words; never contains the credential
}

// Stats counts what a scan did, for summaries.
type Stats struct {
	Files      int   // files (or blobs) scanned
	Bytes      int64 // bytes scanned
	Skipped    int   // files skipped by rule (binary, too large, submodule, …)
	Suppressed int   // findings suppressed inline or by the ignore file
	Baselined  int   // findings already in the baseline
}

// Report is what one command produced, for a reporter to write.
type Report struct {
	Results  []Result
	Stats    Stats
	Problems []string // what could not be read or checked; non-empty means exit 2
	Partial  bool     // the scan was interrupted before it finished
}
