package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// TextReporter writes findings for people: one line per finding in the
// `path:line:col:` form editors jump to, the facts that help decide what to
// do indented below it, and a summary line at the end.
type TextReporter struct {
	Options
	Now func() time.Time // for "expired"; nil means time.Now
}

var _ Reporter = (*TextReporter)(nil)

// Write writes r as text.
func (t *TextReporter) Write(w io.Writer, r *result.Report) error {
	bw := bufio.NewWriter(w)
	now := nowFunc(t.Now)()
	for i := range r.Results {
		t.writeResult(bw, &r.Results[i], now)
	}
	if len(r.Results) > 0 {
		bw.WriteString("\n")
	}
	bw.WriteString(Summary(r))
	bw.WriteString("\n")
	return bw.Flush()
}

func (t *TextReporter) writeResult(w *bufio.Writer, r *result.Result, now time.Time) {
	fmt.Fprintf(w, "%s:%d:%d: %s", DisplayPath(r.Path), r.Line, r.Column, r.Kind)
	if r.KeyID != "" {
		fmt.Fprintf(w, " [key %s]", r.KeyID)
	}
	fmt.Fprintf(w, " %s", t.value(r.Value))
	if r.Encoding != "" {
		fmt.Fprintf(w, " (%s-encoded)", r.Encoding)
	}
	w.WriteString("\n")
	if r.Rule != "" {
		fmt.Fprintf(w, "    why: %s\n", r.Rule)
	}
	if j := r.JWT; j != nil {
		fmt.Fprintf(w, "    jwt: %s\n", t.jwtFacts(j, now))
	}
	if c := r.Commit; c != nil {
		fmt.Fprintf(w, "    commit: %s", shortHash(c.Hash))
		if c.Author != "" {
			fmt.Fprintf(w, " by %s", c.Author)
		}
		if !c.Date.IsZero() {
			fmt.Fprintf(w, " on %s", c.Date.UTC().Format(time.DateOnly))
		}
		w.WriteString("\n")
	}
	if v := r.Verification; v != nil {
		fmt.Fprintf(w, "    status: %s", v.Status)
		if v.Reason != "" {
			fmt.Fprintf(w, " (%s)", v.Reason)
		}
		w.WriteString("\n")
	}
	fmt.Fprintf(w, "    fix: %s\n", Remedy(r))
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
		facts = append(facts, "user "+j.UserID)
	}
	if j.Email != "" {
		email := j.Email
		if !t.NoRedact {
			email = scanner.MaskEmail(email)
		}
		facts = append(facts, "e-mail "+email)
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
	case r.KeyID != "":
		return "revoke API key " + r.KeyID + " in the Pinata dashboard (API Keys), then load its replacement from the environment"
	case r.Kind == scanner.KindAPISecret:
		return "find the API key this secret belongs to and revoke it in the Pinata dashboard (API Keys)"
	default:
		return "revoke this API key in the Pinata dashboard (API Keys)"
	}
}

// Summary is the one-line account of a scan that ends the text report.
func Summary(r *result.Report) string {
	var b strings.Builder
	if n := len(r.Results); n == 0 {
		b.WriteString("no findings")
	} else {
		files := map[string]bool{}
		counts := map[scanner.Kind]int{}
		for _, res := range r.Results {
			files[res.Path] = true
			counts[res.Kind]++
		}
		var kinds []string
		for _, k := range scanner.Kinds {
			if counts[k] > 0 {
				kinds = append(kinds, fmt.Sprintf("%d %s", counts[k], k))
			}
		}
		fmt.Fprintf(&b, "%s (%s) in %s", Count(n, "finding"), strings.Join(kinds, ", "), Count(len(files), "file"))
	}
	s := r.Stats
	fmt.Fprintf(&b, "; scanned %s, %s", Count(s.Files, "file"), Bytes(s.Bytes))
	if s.Skipped > 0 {
		fmt.Fprintf(&b, ", skipped %d", s.Skipped)
	}
	if s.Suppressed > 0 {
		fmt.Fprintf(&b, "; %d suppressed", s.Suppressed)
	}
	if s.Baselined > 0 {
		fmt.Fprintf(&b, "; %d already in the baseline", s.Baselined)
	}
	if n := len(r.Problems); n > 0 {
		fmt.Fprintf(&b, "; %s (could not read everything)", Count(n, "problem"))
	}
	if r.Partial {
		b.WriteString("; interrupted, results are partial")
	}
	return b.String()
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
func DisplayPath(p string) string {
	if !utf8.ValidString(p) || strings.ContainsFunc(p, func(r rune) bool { return !unicode.IsPrint(r) }) {
		return strconv.Quote(p)
	}
	return p
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
