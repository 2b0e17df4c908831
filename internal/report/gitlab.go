package report

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/version"
	"github.com/pinatascan/pinatascan/scanner"
)

// GitLabReporter writes GitLab's secret-detection report (schema 15.x,
// security-report-schemas' secret-detection-report-format.json), which a
// job publishes with `artifacts: reports: secret_detection:` so findings
// appear in the merge request's security widget and the vulnerability
// report. Values are masked unless NoRedact is set.
type GitLabReporter struct {
	Options
	Now func() time.Time // end of the scan; nil means time.Now

	w          *bufio.Writer
	enc        *encoder
	n          int // vulnerabilities written
	lastFile   string
	occurrence map[[16]byte]int // of each fingerprint in lastFile so far
}

var _ Reporter = (*GitLabReporter)(nil)

// gitlabSchemaVersion is the schema version the report declares.
const gitlabSchemaVersion = "15.2.1"

// gitlabSchema is the schema the report declares.
const gitlabSchema = "https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v" + gitlabSchemaVersion + "/dist/secret-detection-report-format.json"

// processStart stands for the scan's start: the report is written at the
// end of a run that began when the process did.
var processStart = time.Now()

// gitlabNoCommit is the commit GitLab's own analyzer records for a finding
// in files rather than in history; the schema requires one.
const gitlabNoCommit = "0000000"

type (
	gitlabScan struct {
		Analyzer  gitlabTool      `json:"analyzer"`
		Scanner   gitlabTool      `json:"scanner"`
		Type      string          `json:"type"`
		StartTime string          `json:"start_time"`
		EndTime   string          `json:"end_time"`
		Status    string          `json:"status"`
		Messages  []gitlabMessage `json:"messages,omitempty"`
	}
	gitlabTool struct {
		ID      string       `json:"id"`
		Name    string       `json:"name"`
		URL     string       `json:"url"`
		Version string       `json:"version"`
		Vendor  gitlabVendor `json:"vendor"`
	}
	gitlabVendor struct {
		Name string `json:"name"`
	}
	gitlabMessage struct {
		Level string `json:"level"`
		Value string `json:"value"`
	}
	gitlabVuln struct {
		ID                   string             `json:"id"`
		Name                 string             `json:"name"`
		Description          string             `json:"description"`
		Severity             string             `json:"severity"`
		Solution             string             `json:"solution"`
		RawSourceCodeExtract string             `json:"raw_source_code_extract"`
		Identifiers          []gitlabIdentifier `json:"identifiers"`
		Location             gitlabLocation     `json:"location"`
	}
	gitlabIdentifier struct {
		Type  string `json:"type"`
		Name  string `json:"name"`
		Value string `json:"value"`
		URL   string `json:"url,omitempty"`
	}
	gitlabLocation struct {
		File      string       `json:"file"`
		StartLine int          `json:"start_line"`
		EndLine   int          `json:"end_line"`
		Commit    gitlabCommit `json:"commit"`
	}
	gitlabCommit struct {
		SHA    string `json:"sha"`
		Author string `json:"author,omitempty"`
		Date   string `json:"date,omitempty"`
	}
)

// gitlabSeverity follows the SARIF security-severity of each kind.
var gitlabSeverity = map[scanner.Kind]string{
	scanner.KindJWT:          "Critical",
	scanner.KindAPISecret:    "Critical",
	scanner.KindGatewayToken: "High",
	scanner.KindAPIKey:       "Medium",
}

// gitlabTime is the schema's date-time: seconds, no zone, in UTC.
func gitlabTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05") }

// Begin writes the report up to its vulnerabilities.
func (g *GitLabReporter) Begin(w io.Writer) error {
	g.w = bufio.NewWriter(w)
	g.n, g.lastFile, g.occurrence = 0, "", map[[16]byte]int{}
	g.enc = newEncoder("    ", false)
	_, err := g.w.WriteString(gitlabOpening)
	return err
}

// Result writes one vulnerability.
func (g *GitLabReporter) Result(res *result.Result) error {
	rule, ok := sarifRules[res.Kind]
	if !ok {
		return fmt.Errorf("gitlab: unknown kind %q", res.Kind)
	}
	file := gitlabPath(res)
	fp := res.Fingerprint()
	if file != g.lastFile {
		// Results come grouped by file, so counting within it is enough.
		g.lastFile = file
		clear(g.occurrence)
	}
	occ := 1
	if key := fingerprintKeyOf(fp); len(g.occurrence) < maxOccurrences || g.occurrence[key] > 0 {
		g.occurrence[key]++
		occ = g.occurrence[key]
	}
	commit := gitlabCommit{SHA: gitlabNoCommit}
	if c := res.Commit; c != nil && c.Hash != "" {
		commit = gitlabCommit{SHA: c.Hash, Author: c.Author}
		if !c.Date.IsZero() {
			commit.Date = gitlabTime(c.Date)
		}
	}
	line := max(res.Line, 1)
	sarif := &SARIFReporter{Options: g.Options}
	v := gitlabVuln{
		ID:                   gitlabID(fp, file, occ),
		Name:                 rule.short,
		Description:          sarif.message(res),
		Severity:             gitlabSeverity[res.Kind],
		Solution:             Remedy(res),
		RawSourceCodeExtract: sarif.value(res.Value),
		Identifiers: []gitlabIdentifier{{
			Type: "pinatascan_rule_id", Name: "pinatascan " + rule.id, Value: rule.id, URL: toolURI + "#what-it-detects",
		}},
		Location: gitlabLocation{File: file, StartLine: line, EndLine: line, Commit: commit},
	}
	sep := ",\n    "
	if g.n == 0 {
		sep = "\n    "
	}
	g.n++
	return g.enc.write(g.w, sep, v)
}

// End closes the vulnerabilities and writes the scan: its times, status
// and messages (problems).
func (g *GitLabReporter) End(s *result.Summary) error {
	end := nowFunc(g.Now)()
	start := processStart
	if start.After(end) { // a test's clock may stand before the process began
		start = end
	}
	tool := gitlabTool{ID: "pinatascan", Name: "pinatascan", URL: toolURI, Version: version.String(), Vendor: gitlabVendor{Name: "pinatascan"}}
	scan := gitlabScan{
		Analyzer: tool, Scanner: tool, Type: "secret_detection",
		StartTime: gitlabTime(start), EndTime: gitlabTime(end), Status: "success",
	}
	for _, p := range s.ReadProblems() {
		scan.Messages = append(scan.Messages, gitlabMessage{Level: "warning", Value: "could not read: " + p})
	}
	for _, p := range s.UnverifiedProblems() {
		scan.Messages = append(scan.Messages, gitlabMessage{Level: "warning", Value: p}) // "could not verify …"
	}
	if s.Partial {
		scan.Messages = append(scan.Messages, gitlabMessage{Level: "fatal", Value: "the scan was interrupted; results are partial"})
	}
	if s.Partial || len(s.Problems) > 0 {
		scan.Status = "failure"
	}
	if g.n > 0 {
		g.w.WriteString("\n  ")
	}
	g.w.WriteString("],\n  \"remediations\": []")
	if err := newEncoder("  ", false).write(g.w, ",\n  \"scan\": ", scan); err != nil {
		return err
	}
	g.w.WriteString("\n}\n")
	return g.w.Flush()
}

// gitlabPath is the path as GitLab links it: slash-separated and relative
// to the project root (scan from there), without "./". A finding in a
// commit or tag message has no file: "commit/HASH" or "tag/NAME" stands
// for it.
func gitlabPath(res *result.Result) string {
	if m := res.Message; m != nil {
		if m.Tag != "" {
			return "tag/" + m.Tag
		}
		return "commit/" + m.ID
	}
	p := res.Path
	if p == "-" {
		return "stdin"
	}
	return strings.TrimPrefix(path.Clean(filepath.ToSlash(p)), "./")
}

// gitlabID is a stable UUID (version 8 layout: hash-derived) for one leak:
// the credential, its file and its occurrence there, so a rerun keeps the
// same vulnerability and a moved line does not make a new one.
func gitlabID(fp, file string, n int) string {
	sum := sha256.Sum256(fmt.Appendf(nil, "pinatascan/gitlab\x00%s\x00%s\x00%d", fp, file, n))
	b := sum[:16]
	b[6] = b[6]&0x0f | 0x80 // version 8
	b[8] = b[8]&0x3f | 0x80 // RFC 9562 variant
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
