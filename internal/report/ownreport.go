package report

import (
	"bytes"

	"github.com/pinatascan/pinatascan/scanner"
)

// A report saved in the tree it describes (scan --output report.txt, a
// SARIF file committed by mistake) names the key id of each finding: the
// public half of the API key, shown so it can be revoked. Scanned again, it
// would be reported as a Pinata API key, and the next report would carry
// it again. Every report therefore begins with its format's opening, and a
// scan that meets a file or blob beginning with one of them knows it for
// pinatascan's own report: the key ids in it are counted as suppressed
// instead of reported.
//
// Only key ids. A report never holds a secret, a JWT or a gateway token
// unless it was written with --no-redact, and then it is a leak like any
// other: those are reported, in reports too. So putting an opening at the
// top of a file hides no secret; at most the key id that already shows
// beside each of its findings, and counted in the summary as suppressed,
// like a pinatascan:allow comment.
var openings = []string{
	TextHeader,
	jsonOpening,
	sarifOpening,
	githubOpening,
	gitlabOpening,
}

const (
	jsonOpening   = "{\n  \"tool\": \"pinatascan\",\n  \"findings\": ["
	sarifOpening  = "{\n  \"$schema\": \"" + sarifSchema + "\",\n  \"version\": \"" + sarifVersion + "\",\n  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n          \"name\": \"pinatascan\","
	githubOpening = "::debug::pinatascan report\n"
	gitlabOpening = "{\n  \"version\": \"" + gitlabSchemaVersion + "\",\n  \"schema\": \"" + gitlabSchema + "\",\n  \"vulnerabilities\": ["
)

// IsOwnReport reports whether head, the first bytes of a file, begins like
// a report pinatascan wrote.
func IsOwnReport(head []byte) bool {
	for _, o := range openings {
		if bytes.HasPrefix(head, []byte(o)) {
			return true
		}
	}
	return false
}

// OwnReport wraps the yield of a file's scan: when head, the file's first
// bytes, shows it is one of pinatascan's reports, the key ids found in it
// are marked Allowed (suppressed, and counted as such); everything else
// passes unchanged.
func OwnReport(head []byte, yield func(scanner.Finding) error) func(scanner.Finding) error {
	if !IsOwnReport(head) {
		return yield
	}
	return func(f scanner.Finding) error {
		if f.Kind == scanner.KindAPIKey {
			f.Allowed = true
		}
		return yield(f)
	}
}
