// Package result holds a finding together with where it was found and what
// became of it: the type every source produces and every reporter writes.
package result

import (
	"hash/fnv"
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
	Message      *Message      // set when it stands in a commit's or tag's message, not a file
	Verification *Verification // set only when verification was asked for
}

// Message names the commit message or annotated tag message a finding
// stands in. For a commit message, Commit is the commit and Path is "".
type Message struct {
	Tag string // the tag's name (refs/tags/ left out); "" for a commit message
	ID  string // the tag object's id, or the commit's
}

// Location is where r stands, as reports show it: its path, or "commit
// HASH" or "tag NAME" for a finding in a message.
func (r *Result) Location() string {
	switch m := r.Message; {
	case m == nil:
		return r.Path
	case m.Tag != "":
		return "tag " + m.Tag
	default:
		return "commit " + m.ID
	}
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
	Commits    int   // commits walked (history scans; 0 for others)
	Files      int   // files (or blobs) scanned
	Bytes      int64 // bytes scanned
	Skipped    int   // files skipped by rule (binary, too large, submodule, …)
	Suppressed int   // findings suppressed inline, by the ignore file or the allowlist
	Baselined  int   // findings already in the baseline
	OutOfScope int   // findings dropped by the config's scope: excluded paths, kinds not reported
	Excluded   int   // files and directories a file scan left unopened, as the config's excludes say
}

// Found counts the results a report holds, as they are written.
type Found struct {
	Total int
	Kinds map[scanner.Kind]int
	Files int // distinct paths with a finding

	paths map[uint64]struct{}
}

// Add counts r.
func (f *Found) Add(r *Result) {
	if f.Kinds == nil {
		f.Kinds = map[scanner.Kind]int{}
		f.paths = map[uint64]struct{}{}
	}
	f.Total++
	f.Kinds[r.Kind]++
	h := fnv.New64a()
	h.Write([]byte(r.Location()))
	if _, ok := f.paths[h.Sum64()]; !ok {
		f.paths[h.Sum64()] = struct{}{}
		f.Files++
	}
}

// Summary is everything a report says besides its results: what was
// found and scanned, what went wrong, and where the policy came from.
type Summary struct {
	Found    Found
	Stats    Stats
	Problems []string // what could not be read or checked; non-empty means exit 2
	// VerifyProblems is how many of the last Problems say that findings
	// could not be verified (--verify got no answer), not read.
	VerifyProblems int
	Partial        bool // the scan was interrupted before it finished
	Policy         Policy
}

// Policy says which files decided what is reported, and which policy
// files the scanned commits or staged change modify: a change that would
// silence its own findings must be seen.
type Policy struct {
	// From is the revision the config, ignore file and baseline were read
	// from (--policy-from), or "" for the working tree.
	From string
	// Changed lists the policy files (config, ignore file, baseline) the
	// scanned range or staged change adds, modifies or deletes.
	Changed []string
}

// ReadProblems are the Problems about what could not be read.
func (s *Summary) ReadProblems() []string { return s.Problems[:len(s.Problems)-s.VerifyProblems] }

// UnverifiedProblems are the Problems about findings that could not be
// verified.
func (s *Summary) UnverifiedProblems() []string { return s.Problems[len(s.Problems)-s.VerifyProblems:] }

// Report is a whole report at once: its results and its summary. Scans
// stream their results instead; tests and small callers use Report.
type Report struct {
	Results []Result
	Summary
}
