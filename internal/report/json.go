package report

import (
	"encoding/json"
	"io"
	"time"
	"unicode/utf8"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// JSONReporter writes one JSON object for machines:
//
//	{"findings": [...], "stats": {...}, "problems": [...], "partial": false}
//
// Every finding has the same keys whether or not they are known (empty
// strings then), except jwt, commit and verification, which appear only
// when they apply.
type JSONReporter struct {
	Options
	Now func() time.Time // for "expired"; nil means time.Now
}

var _ Reporter = (*JSONReporter)(nil)

type jsonReport struct {
	Findings []jsonFinding `json:"findings"`
	Stats    jsonStats     `json:"stats"`
	Problems []string      `json:"problems"`
	Partial  bool          `json:"partial"`
}

type jsonFinding struct {
	Kind scanner.Kind `json:"kind"`
	Path string       `json:"path"`
	// PathBytes carries the exact bytes of a path that is not valid UTF-8,
	// which a JSON string cannot hold (Path then has U+FFFD in their place).
	PathBytes    []byte            `json:"path_bytes,omitempty"`
	Line         int               `json:"line"`
	Column       int               `json:"column"`
	Value        string            `json:"value"`
	Fingerprint  string            `json:"fingerprint"`
	KeyID        string            `json:"key_id"`
	Encoding     string            `json:"encoding"`
	Rule         string            `json:"rule"`
	JWT          *jsonJWT          `json:"jwt,omitempty"`
	Commit       *jsonCommit       `json:"commit,omitempty"`
	Verification *jsonVerification `json:"verification,omitempty"`
}

type jsonJWT struct {
	KeyID     string     `json:"key_id"`
	UserID    string     `json:"user_id"`
	Email     string     `json:"email"`
	IssuedAt  *time.Time `json:"issued_at"`
	ExpiresAt *time.Time `json:"expires_at"`
	Expired   bool       `json:"expired"`
}

type jsonCommit struct {
	Hash   string     `json:"hash"`
	Author string     `json:"author"`
	Date   *time.Time `json:"date"`
}

type jsonVerification struct {
	Status string `json:"status"`
	Reason string `json:"reason"`
}

type jsonStats struct {
	Files      int   `json:"files"`
	Bytes      int64 `json:"bytes"`
	Skipped    int   `json:"skipped"`
	Suppressed int   `json:"suppressed"`
	Baselined  int   `json:"baselined"`
}

// Write writes r as one indented JSON object followed by a newline.
func (j *JSONReporter) Write(w io.Writer, r *result.Report) error {
	now := nowFunc(j.Now)()
	out := jsonReport{
		Findings: make([]jsonFinding, 0, len(r.Results)),
		Stats: jsonStats{
			Files:      r.Stats.Files,
			Bytes:      r.Stats.Bytes,
			Skipped:    r.Stats.Skipped,
			Suppressed: r.Stats.Suppressed,
			Baselined:  r.Stats.Baselined,
		},
		Problems: append([]string{}, r.Problems...),
		Partial:  r.Partial,
	}
	for i := range r.Results {
		out.Findings = append(out.Findings, j.finding(&r.Results[i], now))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func (j *JSONReporter) finding(r *result.Result, now time.Time) jsonFinding {
	f := jsonFinding{
		Kind:        r.Kind,
		Path:        r.Path,
		Line:        r.Line,
		Column:      r.Column,
		Value:       r.Value,
		Fingerprint: r.Fingerprint(),
		KeyID:       r.KeyID,
		Encoding:    r.Encoding,
		Rule:        r.Rule,
	}
	if f.Encoding == "" {
		f.Encoding = "plain"
	}
	if !utf8.ValidString(r.Path) {
		f.PathBytes = []byte(r.Path)
	}
	if !j.NoRedact {
		f.Value = scanner.Mask(r.Value)
	}
	if t := r.JWT; t != nil {
		f.JWT = &jsonJWT{
			KeyID:     t.KeyID,
			UserID:    t.UserID,
			Email:     t.Email,
			IssuedAt:  timeOrNil(t.IssuedAt),
			ExpiresAt: timeOrNil(t.ExpiresAt),
			Expired:   t.Expired(now),
		}
		if !j.NoRedact && t.Email != "" {
			f.JWT.Email = scanner.MaskEmail(t.Email)
		}
	}
	if c := r.Commit; c != nil {
		f.Commit = &jsonCommit{Hash: c.Hash, Author: c.Author, Date: timeOrNil(c.Date)}
	}
	if v := r.Verification; v != nil {
		f.Verification = &jsonVerification{Status: v.Status, Reason: v.Reason}
	}
	return f
}

func timeOrNil(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
}
