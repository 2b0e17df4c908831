package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// TextReporter writes findings for people: one line per finding in the
// `path:line:col:` form editors jump to, the facts that help decide what to
// do indented below it (the fingerprint among them, for .pinatascanignore),
// and a summary line at the end. A report that is saved (not read on a
// terminal) begins with TextHeader, so a later scan knows it for
// pinatascan's own (see OwnReport); with Color, the kind, the path and the
// fix are coloured for a terminal.
type TextReporter struct {
	Options
	Now func() time.Time // for "expired"; nil means time.Now

	w   *bufio.Writer
	now time.Time
}

var _ Reporter = (*TextReporter)(nil)

// TextHeader is the first line of a saved text report.
const TextHeader = "# pinatascan report\n"

// Begin starts the report on w.
func (t *TextReporter) Begin(w io.Writer) error {
	t.w = bufio.NewWriter(w)
	t.now = nowFunc(t.Now)()
	if !t.Terminal {
		t.w.WriteString(TextHeader)
	}
	return nil
}

// Result writes one finding.
func (t *TextReporter) Result(r *result.Result) error {
	t.writeResult(t.w, r, t.now)
	return nil
}

// End writes the summary line and flushes.
func (t *TextReporter) End(s *result.Summary) error {
	if s.Found.Total > 0 {
		t.w.WriteString("\n")
	}
	t.w.WriteString(Summary(s))
	t.w.WriteString("\n")
	return t.w.Flush()
}

func (t *TextReporter) writeResult(w *bufio.Writer, r *result.Result, now time.Time) {
	fmt.Fprintf(w, "%s:%d:%d: %s", t.paint(bold, DisplayLocation(r)), r.Line, r.Column, t.paint(kindColor(r.Kind), string(r.Kind)))
	if id := KeyID(r); id != "" {
		fmt.Fprintf(w, " [key %s]", id)
	}
	fmt.Fprintf(w, " %s", t.value(r.Value))
	if r.Encoding != "" {
		fmt.Fprintf(w, " (%s-encoded)", quote.Safe(r.Encoding))
	}
	w.WriteString("\n")
	if r.Rule != "" {
		fmt.Fprintf(w, "    why: %s", quote.Safe(r.Rule))
		if r.Evidence != "" {
			fmt.Fprintf(w, ": %s", quote.Safe(r.Evidence))
		}
		w.WriteString("\n")
	}
	if j := r.JWT; j != nil {
		fmt.Fprintf(w, "    jwt: %s\n", t.jwtFacts(j, now))
	}
	if c := r.Commit; c != nil {
		fmt.Fprintf(w, "    commit: %s", shortHash(c.Hash))
		if c.Author != "" {
			fmt.Fprintf(w, " by %s", quote.Safe(c.Author))
		}
		if !c.Date.IsZero() {
			fmt.Fprintf(w, " on %s", c.Date.UTC().Format(time.DateOnly))
		}
		w.WriteString("\n")
	}
	if v := r.Verification; v != nil {
		fmt.Fprintf(w, "    status: %s", quote.Safe(v.Status))
		if v.Reason != "" {
			fmt.Fprintf(w, " (%s)", quote.Safe(v.Reason))
		}
		w.WriteString("\n")
	}
	fmt.Fprintf(w, "    fingerprint: %s\n", r.Fingerprint())
	fmt.Fprintf(w, "    %s\n", t.paint(green, "fix: "+Remedy(r)))
}

// ANSI colours (SGR), for Options.Color.
const (
	bold   = "1"
	red    = "1;31"
	yellow = "1;33"
	green  = "32"
)

// paint wraps s, which holds no escape (paths and values went through
// quote.Safe), in a colour when the report is coloured.
func (t *TextReporter) paint(color, s string) string {
	if !t.Color {
		return s
	}
	return "\x1b[" + color + "m" + s + "\x1b[0m"
}

// kindColor: red for what authenticates on its own, yellow for an API key
// id (the public half).
func kindColor(k scanner.Kind) string {
	if k == scanner.KindAPIKey {
		return yellow
	}
	return red
}

func (t *TextReporter) value(v string) string {
	if t.NoRedact {
		return v
	}
	return scanner.Mask(v)
}

func (t *TextReporter) jwtFacts(j *scanner.JWTInfo, now time.Time) string {
	var facts []string
	if j.UserID != "" {
		facts = append(facts, "user "+quote.Safe(j.UserID))
	}
	if j.Email != "" {
		email := j.Email
		if !t.NoRedact {
			email = scanner.MaskEmail(email)
		}
		facts = append(facts, "e-mail "+quote.Safe(email))
	}
	if !j.IssuedAt.IsZero() {
		facts = append(facts, "issued "+j.IssuedAt.UTC().Format(time.DateOnly))
	}
	switch {
	case j.ExpiresAt.IsZero():
		facts = append(facts, "no expiry")
	case j.Expired(now):
		facts = append(facts, "expired "+j.ExpiresAt.UTC().Format(time.DateOnly))
	default:
		facts = append(facts, "expires "+j.ExpiresAt.UTC().Format(time.DateOnly))
	}
	return strings.Join(facts, ", ")
}

// Remedy says in one line what the owner of a leaked credential should do,
// given what a live check (if any) said of it.
func Remedy(r *result.Result) string {
	fix := remedy(r)
	if v := r.Verification; v != nil {
		switch v.Status {
		case "live", "live-no-scope":
			return "it works: " + fix + "; do it now"
		case "revoked":
			return "already revoked: remove it from the code (and from history, if it was pushed)"
		case "invalid":
			return "Pinata rejects it (invalid or expired): remove it from the code"
		case "unknown":
			return "could not check it; treat it as live: " + fix
		}
	}
	return fix
}

func remedy(r *result.Result) string {
	switch {
	case r.Kind == scanner.KindGatewayToken:
		return "delete this access token in the Pinata dashboard (Gateways, Access Controls) and issue a new one"
	case KeyID(r) != "":
		return "revoke API key " + KeyID(r) + " in the Pinata dashboard (API Keys), then load its replacement from the environment"
	case r.Kind == scanner.KindAPISecret:
		return "find the API key this secret belongs to and revoke it in the Pinata dashboard (API Keys)"
	default:
		return "revoke this API key in the Pinata dashboard (API Keys)"
	}
}

// KeyID is the key id r belongs to, when it has the shape of one (20
// lowercase hex); else "". A JWT's claim can hold any text, and is never
// shown as a key id.
func KeyID(r *result.Result) string { return validKeyID(r.KeyID) }

func validKeyID(id string) string {
	if scanner.ValidKeyID(id) {
		return id
	}
	return ""
}

// Summary is the one-line account of a scan that ends the text report.
func Summary(s *result.Summary) string {
	var b strings.Builder
	if n := s.Found.Total; n == 0 {
		b.WriteString("no findings")
	} else {
		var kinds []string
		for _, k := range scanner.Kinds {
			if c := s.Found.Kinds[k]; c > 0 {
				kinds = append(kinds, fmt.Sprintf("%d %s", c, k))
			}
		}
		fmt.Fprintf(&b, "%s (%s) in %s", Count(n, "finding"), strings.Join(kinds, ", "), Count(s.Found.Files, "file"))
	}
	st := s.Stats
	if st.Commits > 0 {
		// History: each unique blob is read once, whatever commits share it.
		fmt.Fprintf(&b, "; scanned %s, %s, %s", Count(st.Commits, "commit"), Count(st.Files, "blob"), Bytes(st.Bytes))
	} else {
		fmt.Fprintf(&b, "; scanned %s, %s", Count(st.Files, "file"), Bytes(st.Bytes))
	}
	if st.Skipped > 0 {
		fmt.Fprintf(&b, ", skipped %d", st.Skipped)
	}
	if st.Excluded > 0 {
		fmt.Fprintf(&b, ", %s excluded by the config", Count(st.Excluded, "path"))
	}
	if st.Suppressed > 0 {
		fmt.Fprintf(&b, "; %d suppressed", st.Suppressed)
	}
	if st.Baselined > 0 {
		fmt.Fprintf(&b, "; %d already in the baseline", st.Baselined)
	}
	if st.OutOfScope > 0 {
		fmt.Fprintf(&b, "; %d out of the config's scope", st.OutOfScope)
	}
	if p := s.Policy; p.From != "" {
		fmt.Fprintf(&b, "; policy from %s", quote.Safe(shortHash(p.From)))
	}
	if ch := s.Policy.Changed; len(ch) > 0 {
		fmt.Fprintf(&b, "; the scanned changes modify policy (%s)", policyList(ch))
	}
	if n := len(s.ReadProblems()); n > 0 {
		fmt.Fprintf(&b, "; %s (could not read everything)", Count(n, "problem"))
	}
	if n := s.VerifyProblems; n > 0 {
		fmt.Fprintf(&b, "; %s (could not check every finding with Pinata)", Count(n, "verification problem"))
	}
	if s.Partial {
		b.WriteString("; interrupted, results are partial")
	}
	return b.String()
}

func policyList(files []string) string {
	q := make([]string, len(files))
	for i, f := range files {
		q[i] = quote.Safe(f)
	}
	return strings.Join(q, ", ")
}

// Count says how many of word: "1 finding", "3 findings".
func Count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// Bytes formats a byte count for people: "512 B", "4.2 KB", "157.3 MB".
func Bytes(n int64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	f, suffix := float64(n), "KMGTPE"
	i := -1
	for f >= unit && i < len(suffix)-1 {
		f /= unit
		i++
	}
	return fmt.Sprintf("%.1f %cB", f, suffix[i])
}

// DisplayPath quotes a path that holds control characters or invalid UTF-8
// (a newline in a file name must not forge a second report line).
func DisplayPath(p string) string { return quote.Safe(p) }

// DisplayLocation is where r stands, quoted as DisplayPath quotes paths.
func DisplayLocation(r *result.Result) string {
	if m := r.Message; m != nil && m.Tag == "" {
		return "commit " + m.ID // a hash: nothing to quote
	}
	if m := r.Message; m != nil {
		return "tag " + quote.Safe(m.Tag)
	}
	return quote.Safe(r.Path)
}

func shortHash(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

func nowFunc(f func() time.Time) func() time.Time {
	if f == nil {
		return time.Now
	}
	return f
}
