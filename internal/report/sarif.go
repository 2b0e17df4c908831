package report

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/version"
	"github.com/pinatascan/pinatascan/scanner"
)

// SARIFReporter writes SARIF 2.1.0, the format GitHub code scanning and
// other code-review tools import. Values are masked unless NoRedact is set:
// an uploaded SARIF file is read by everyone with access to the alerts.
//
// Each kind is a rule with help text. Each result carries
// partialFingerprints["pinatascan/v1"], a hash of the finding's content
// fingerprint, its path and its occurrence in that file, so code scanning
// keeps one alert per leak across runs even when lines move; the content
// fingerprint itself is in properties.fingerprint, ready for
// .pinatascanignore.
type SARIFReporter struct {
	Options
	// ToolVersion is the driver's version; "" means this build's version.
	ToolVersion string

	w          *bufio.Writer
	enc        *encoder         // for results
	n          int              // results written
	lastURI    string           // the artifact of the last result
	occurrence map[[16]byte]int // of each fingerprint in lastURI so far
}

// maxOccurrences bounds the fingerprints counted in one file: beyond it a
// new credential counts as its first occurrence every time (in a file with
// more distinct credentials than this, a repeat may share an alert).
const maxOccurrences = 1 << 16

var _ Reporter = (*SARIFReporter)(nil)

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	toolURI      = "https://github.com/pinatascan/pinatascan"
	// fingerprintKey names our partial fingerprint; the version lets the
	// hash change one day without merging old and new alerts wrongly.
	fingerprintKey = "pinatascan/v1"
)

// The SARIF objects pinatascan writes, as the OASIS schema names them.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool        sarifTool         `json:"tool"`
		Invocations []sarifInvocation `json:"invocations"`
		ColumnKind  string            `json:"columnKind"`
		Results     []sarifResult     `json:"results"`
		Properties  sarifRunProperty  `json:"properties"`
	}
	// sarifRunProperty says what the results leave out, so a reader of the
	// file alone knows findings were held back, and where the policy that
	// decided it came from.
	sarifRunProperty struct {
		Suppressed    int      `json:"suppressed"`
		Baselined     int      `json:"baselined"`
		OutOfScope    int      `json:"outOfScope"`
		Excluded      int      `json:"excluded"`
		PolicyFrom    string   `json:"policyFrom,omitempty"`
		PolicyChanged []string `json:"policyChanged"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Version        string      `json:"version,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string            `json:"id"`
		Name                 string            `json:"name"`
		ShortDescription     sarifText         `json:"shortDescription"`
		FullDescription      sarifText         `json:"fullDescription"`
		Help                 sarifText         `json:"help"`
		HelpURI              string            `json:"helpUri"`
		DefaultConfiguration sarifRuleConfig   `json:"defaultConfiguration"`
		Properties           sarifRuleProperty `json:"properties"`
	}
	sarifText struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifRuleConfig struct {
		Level string `json:"level"`
	}
	sarifRuleProperty struct {
		Tags             []string `json:"tags"`
		Precision        string   `json:"precision"`
		SecuritySeverity string   `json:"security-severity"`
		ProblemSeverity  string   `json:"problem.severity"`
	}
	sarifInvocation struct {
		ExecutionSuccessful bool                `json:"executionSuccessful"`
		Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level   string    `json:"level"`
		Message sarifText `json:"message"`
	}
	sarifResult struct {
		RuleID              string              `json:"ruleId"`
		RuleIndex           int                 `json:"ruleIndex"`
		Level               string              `json:"level"`
		Message             sarifText           `json:"message"`
		Locations           []sarifLocation     `json:"locations"`
		PartialFingerprints map[string]string   `json:"partialFingerprints"`
		Properties          sarifResultProperty `json:"properties"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical     `json:"physicalLocation"`
		LogicalLocations []sarifLogicalLoc `json:"logicalLocations,omitempty"`
	}
	// sarifLogicalLoc names the commit or tag whose message holds a finding.
	sarifLogicalLoc struct {
		Name string `json:"name"`
		Kind string `json:"kind"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           sarifRegion   `json:"region"`
	}
	sarifArtifact struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
	}
	sarifResultProperty struct {
		Kind         scanner.Kind `json:"kind"`
		Fingerprint  string       `json:"fingerprint"`
		Value        string       `json:"value"` // masked unless NoRedact
		KeyID        string       `json:"keyId,omitempty"`
		Encoding     string       `json:"encoding,omitempty"`
		Rule         string       `json:"rule,omitempty"`     // the detection rule's id (docs/detection.md)
		Evidence     string       `json:"evidence,omitempty"` // what that rule saw
		Commit       string       `json:"commit,omitempty"`
		Verification string       `json:"verification,omitempty"`
	}
)

// sarifRuleInfo is what a rule says about one kind.
type sarifRuleInfo struct {
	id, name, short, full, level, severity string
	help                                   string // markdown; the text form is derived
}

var sarifRules = map[scanner.Kind]sarifRuleInfo{
	scanner.KindJWT: {
		id: "pinata-jwt", name: "PinataJWT", level: "error", severity: "9.1",
		short: "Pinata JWT in source",
		full:  "A Pinata API JWT is written in the file. The token carries its API key and secret in plain text and grants every scope of that key.",
		help: "A Pinata JWT (`Authorization: Bearer eyJ…`) embeds the API key id (`scopedKeyKey`) and its secret (`scopedKeySecret`). " +
			"Anyone who can read this file or its history can use the key until it is revoked.\n\n" +
			"**Fix**\n\n1. Revoke the key named in the alert in the Pinata dashboard (API Keys).\n" +
			"2. Create a new key and load it from the environment or a secret store (`process.env.PINATA_JWT`, `os.Getenv(\"PINATA_JWT\")`).\n" +
			"3. Removing the line is not enough: the token stays in git history.\n\n" +
			sarifSuppressHelp,
	},
	scanner.KindAPIKey: {
		id: "pinata-api-key", name: "PinataAPIKey", level: "warning", severity: "5.0",
		short: "Pinata API key in source",
		full:  "The public part of a Pinata API key is written in the file. Alone it grants nothing, but its secret is usually nearby.",
		help: "The Pinata API key (`pinata_api_key`, 20 hex characters) is the public half of a key pair. " +
			"It is reported because its secret half is rarely far away, and because it names the key to revoke if the secret leaked.\n\n" +
			"**Fix**\n\nMove the key to the environment or a secret store together with its secret. " +
			"If the secret was committed too, revoke the key in the Pinata dashboard (API Keys).\n\n" +
			sarifSuppressHelp,
	},
	scanner.KindAPISecret: {
		id: "pinata-api-secret", name: "PinataAPISecret", level: "error", severity: "9.1",
		short: "Pinata API secret in source",
		full:  "A Pinata API secret is written in the file. With its key it grants every scope of that key.",
		help: "The Pinata API secret (`pinata_secret_api_key`, 64 hex characters) is the private half of a key pair. " +
			"Anyone who can read this file or its history can use the key until it is revoked.\n\n" +
			"**Fix**\n\n1. Revoke the key in the Pinata dashboard (API Keys); the alert names its key id when it is known.\n" +
			"2. Create a new key and load it from the environment or a secret store.\n" +
			"3. Removing the line is not enough: the secret stays in git history.\n\n" +
			sarifSuppressHelp,
	},
	scanner.KindGatewayToken: {
		id: "pinata-gateway-token", name: "PinataGatewayToken", level: "error", severity: "7.5",
		short: "Pinata gateway access token in source",
		full:  "An access token for a Pinata dedicated gateway is written in the file. It lets anyone fetch through the gateway on the owner's bandwidth.",
		help: "A dedicated-gateway access token (`pinataGatewayToken=`, `x-pinata-gateway-token`) authorizes requests to the owner's gateway, " +
			"and the owner pays for what it serves.\n\n" +
			"**Fix**\n\nDelete the token in the Pinata dashboard (Gateways, Access Controls), issue a new one, " +
			"and load it from the environment. Tokens used in browser code are public by nature: restrict the gateway by origin instead.\n\n" +
			sarifSuppressHelp,
	},
}

const sarifSuppressHelp = "**If this is not a live credential** (a revoked key in a test fixture), add `pinatascan:allow` in a comment on the line, " +
	"or add the finding's fingerprint to `.pinatascanignore` with a reason."

// Begin writes the log up to the run's results: the tool and its rules.
func (s *SARIFReporter) Begin(w io.Writer) error {
	s.w = bufio.NewWriter(w)
	s.n, s.lastURI, s.occurrence = 0, "", map[[16]byte]int{}
	s.enc = newEncoder("        ", false)
	driver := sarifDriver{
		Name:           "pinatascan",
		InformationURI: toolURI,
		Version:        s.version(),
	}
	for _, k := range scanner.Kinds {
		info := sarifRules[k]
		driver.Rules = append(driver.Rules, sarifRule{
			ID:                   info.id,
			Name:                 info.name,
			ShortDescription:     sarifText{Text: info.short},
			FullDescription:      sarifText{Text: info.full},
			Help:                 sarifText{Text: markdownToText(info.help), Markdown: info.help},
			HelpURI:              toolURI + "#readme",
			DefaultConfiguration: sarifRuleConfig{Level: info.level},
			Properties: sarifRuleProperty{
				Tags:             []string{"security", "secret", "pinata"},
				Precision:        "high",
				SecuritySeverity: info.severity,
				ProblemSeverity:  map[string]string{"error": "error", "warning": "warning"}[info.level],
			},
		})
	}
	fmt.Fprintf(s.w, "{\n  \"$schema\": %q,\n  \"version\": %q,\n  \"runs\": [\n    {", sarifSchema, sarifVersion)
	run := newEncoder("      ", false)
	if err := run.write(s.w, "\n      \"tool\": ", sarifTool{Driver: driver}); err != nil {
		return err
	}
	// Columns are byte columns, which equal code points on the ASCII
	// lines credentials are written on.
	_, err := s.w.WriteString(",\n      \"columnKind\": \"unicodeCodePoints\",\n      \"results\": [")
	return err
}

// Result writes one result.
func (s *SARIFReporter) Result(res *result.Result) error {
	idx := slices.Index(scanner.Kinds, res.Kind)
	if idx < 0 {
		return fmt.Errorf("sarif: unknown kind %q", res.Kind)
	}
	fp := res.Fingerprint()
	loc := sarifLocationOf(res)
	uri := loc.PhysicalLocation.ArtifactLocation.URI
	if uri != s.lastURI {
		// Results come grouped by file (a history reports each credential
		// once per file), so counting within the current file is enough.
		s.lastURI = uri
		clear(s.occurrence)
	}
	occ := 1
	if key := fingerprintKeyOf(fp); len(s.occurrence) < maxOccurrences || s.occurrence[key] > 0 {
		s.occurrence[key]++
		occ = s.occurrence[key]
	}
	loc.PhysicalLocation.Region = sarifRegion{StartLine: max(res.Line, 1), StartColumn: max(res.Column, 0)}
	out := sarifResult{
		RuleID:    sarifRules[res.Kind].id,
		RuleIndex: idx,
		Level:     sarifRules[res.Kind].level,
		Message:   sarifText{Text: s.message(res)},
		Locations: []sarifLocation{loc},
		PartialFingerprints: map[string]string{
			fingerprintKey: partialFingerprint(fp, uri, occ),
		},
		Properties: s.properties(res, fp),
	}
	sep := ",\n        "
	if s.n == 0 {
		sep = "\n        "
	}
	s.n++
	return s.enc.write(s.w, sep, out)
}

// End closes the results and writes the invocation (problems as
// notifications) and the run's properties.
func (s *SARIFReporter) End(sum *result.Summary) error {
	if s.n > 0 {
		s.w.WriteString("\n      ")
	}
	s.w.WriteString("]")
	inv := sarifInvocation{ExecutionSuccessful: !sum.Partial && len(sum.Problems) == 0}
	for _, p := range sum.Problems {
		inv.Notifications = append(inv.Notifications, sarifNotification{Level: "error", Message: sarifText{Text: p}})
	}
	if sum.Partial {
		inv.Notifications = append(inv.Notifications,
			sarifNotification{Level: "error", Message: sarifText{Text: "the scan was interrupted; results are partial"}})
	}
	props := sarifRunProperty{
		Suppressed:    sum.Stats.Suppressed,
		Baselined:     sum.Stats.Baselined,
		OutOfScope:    sum.Stats.OutOfScope,
		Excluded:      sum.Stats.Excluded,
		PolicyFrom:    sum.Policy.From,
		PolicyChanged: append([]string{}, sum.Policy.Changed...),
	}
	run := newEncoder("      ", false)
	if err := run.write(s.w, ",\n      \"invocations\": ", []sarifInvocation{inv}); err != nil {
		return err
	}
	if err := run.write(s.w, ",\n      \"properties\": ", props); err != nil {
		return err
	}
	s.w.WriteString("\n    }\n  ]\n}\n")
	return s.w.Flush()
}

func (s *SARIFReporter) version() string {
	if s.ToolVersion != "" {
		return s.ToolVersion
	}
	return version.String()
}

// message is the one line code scanning shows for an alert: what was
// found, masked, and what to do.
func (s *SARIFReporter) message(r *result.Result) string {
	var b strings.Builder
	b.WriteString(sarifRules[r.Kind].short)
	b.WriteString(": ")
	b.WriteString(s.value(r.Value))
	if r.Encoding != "" {
		fmt.Fprintf(&b, " (%s-encoded)", r.Encoding)
	}
	switch m := r.Message; {
	case m != nil && m.Tag != "":
		fmt.Fprintf(&b, ", in the message of tag %s", quote.Safe(m.Tag))
	case m != nil:
		fmt.Fprintf(&b, ", in the message of commit %s", shortHash(m.ID))
	case r.Commit != nil && r.Commit.Hash != "":
		fmt.Fprintf(&b, ", added in commit %s", shortHash(r.Commit.Hash))
	}
	if v := r.Verification; v != nil {
		fmt.Fprintf(&b, ", status %s", quote.Safe(v.Status))
		if v.Reason != "" {
			fmt.Fprintf(&b, " (%s)", quote.Safe(v.Reason))
		}
	}
	b.WriteString(". Fix: ")
	b.WriteString(Remedy(r))
	b.WriteString(".")
	return b.String()
}

func (s *SARIFReporter) value(v string) string {
	if s.NoRedact {
		return v
	}
	return scanner.Mask(v)
}

func (s *SARIFReporter) properties(r *result.Result, fp string) sarifResultProperty {
	p := sarifResultProperty{
		Kind:        r.Kind,
		Fingerprint: fp,
		Value:       s.value(r.Value),
		KeyID:       KeyID(r),
		Encoding:    r.Encoding,
		Rule:        r.Rule,
		Evidence:    r.Evidence,
	}
	if r.Commit != nil {
		p.Commit = r.Commit.Hash
	}
	if r.Verification != nil {
		p.Verification = r.Verification.Status
	}
	return p
}

// fingerprintKeyOf packs a 32-hex fingerprint into 16 bytes.
func fingerprintKeyOf(fp string) [16]byte {
	var k [16]byte
	hex.Decode(k[:], []byte(fp))
	return k
}

// partialFingerprint identifies one leak for code scanning: the same
// credential at the same place in the same file, whatever line it moved to.
func partialFingerprint(fp, uri string, n int) string {
	sum := sha256.Sum256(fmt.Appendf(nil, "%s\x00%s\x00%d", fp, uri, n))
	return hex.EncodeToString(sum[:16])
}

// sarifLocationOf is where res stands as an artifact location: a relative
// path stays relative (to the repository root, where CI scans from), an
// absolute one becomes a file: URI. Either way every byte that is not
// unreserved is percent-encoded, so spaces, newlines and names that are
// not UTF-8 survive intact. A finding in a commit or tag message has no
// file: its artifact is "commit/HASH" or "tag/NAME" (code scanning wants
// a location), and a logical location names the commit or tag.
func sarifLocationOf(res *result.Result) sarifLocation {
	if m := res.Message; m != nil {
		kind, name := "commit", m.ID
		if m.Tag != "" {
			kind, name = "tag", m.Tag
		}
		return sarifLocation{
			PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifact{URI: kind + "/" + escapePath(name), URIBaseID: "%SRCROOT%"}},
			LogicalLocations: []sarifLogicalLoc{{Name: name, Kind: kind}},
		}
	}
	return sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifactOf(res.Path)}}
}

func sarifArtifactOf(p string) sarifArtifact {
	if p == "-" {
		return sarifArtifact{URI: "stdin"}
	}
	slash := filepath.ToSlash(p)
	if filepath.IsAbs(p) || strings.HasPrefix(slash, "/") {
		if !strings.HasPrefix(slash, "/") {
			slash = "/" + slash // C:/x on Windows
		}
		return sarifArtifact{URI: "file://" + escapePath(path.Clean(slash))}
	}
	clean := path.Clean(slash)
	clean = strings.TrimPrefix(clean, "./")
	return sarifArtifact{URI: escapePath(clean), URIBaseID: "%SRCROOT%"}
}

// escapePath percent-encodes every byte of p except the unreserved
// characters of RFC 3986 and "/".
func escapePath(p string) string {
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~/", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&15])
	}
	return b.String()
}

// markdownToText drops the Markdown markup the help texts use (bold and
// code spans) for the plain-text form.
func markdownToText(md string) string {
	return strings.NewReplacer("**", "", "`", "").Replace(md)
}
