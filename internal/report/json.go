package report

import (
	"bufio"
	"io"
	"time"
	"unicode/utf8"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// JSONReporter writes one JSON object for machines:
//
//	{"findings": [...], "stats": {...}, "problems": [...], "policy": {...}, "partial": false}
//
// Every finding has the same keys whether or not they are known (empty
// strings then), except jwt, commit, message and verification, which
// appear only when they apply. Findings are written as they come, so the
// object is streamed, never held whole.
type JSONReporter struct {
	Options
	Now func() time.Time // for "expired"; nil means time.Now

	w    *bufio.Writer
	now  time.Time
	n    int      // findings written
	enc  *encoder // for findings
	tail *encoder // for what follows them
}

var _ Reporter = (*JSONReporter)(nil)

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
	Evidence     string            `json:"evidence,omitempty"`
	JWT          *jsonJWT          `json:"jwt,omitempty"`
	Commit       *jsonCommit       `json:"commit,omitempty"`
	Message      *jsonMessage      `json:"message,omitempty"`
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

// jsonMessage says a finding stands in a commit message ("commit") or an
// annotated tag's message ("tag", with the tag's name).
type jsonMessage struct {
	Object string `json:"object"`
	ID     string `json:"id"`
	Tag    string `json:"tag,omitempty"`
}

type jsonVerification struct {
	Status string `json:"status"`
	Reason string `json:"reason"`
}

type jsonStats struct {
	Commits    int   `json:"commits,omitempty"` // history scans only
	Files      int   `json:"files"`
	Bytes      int64 `json:"bytes"`
	Skipped    int   `json:"skipped"`
	Suppressed int   `json:"suppressed"`
	Baselined  int   `json:"baselined"`
	OutOfScope int   `json:"out_of_scope"`
	Excluded   int   `json:"excluded"`
}

// jsonPolicy says where the policy came from and which policy files the
// scanned changes modify.
type jsonPolicy struct {
	From    string   `json:"from"`
	Changed []string `json:"changed"`
}

// Begin starts the object on w.
func (j *JSONReporter) Begin(w io.Writer) error {
	j.w = bufio.NewWriter(w)
	j.now = nowFunc(j.Now)()
	j.n = 0
	j.enc, j.tail = newEncoder("    ", true), newEncoder("  ", true)
	_, err := j.w.WriteString(jsonOpening)
	return err
}

// Result writes one finding into the findings array.
func (j *JSONReporter) Result(r *result.Result) error {
	sep := ",\n    "
	if j.n == 0 {
		sep = "\n    "
	}
	j.n++
	return j.enc.write(j.w, sep, j.finding(r, j.now))
}

// End closes the findings and writes stats, problems, policy and partial.
func (j *JSONReporter) End(s *result.Summary) error {
	if j.n > 0 {
		j.w.WriteString("\n  ")
	}
	j.w.WriteString("]")
	stats := jsonStats{
		Commits:    s.Stats.Commits,
		Files:      s.Stats.Files,
		Bytes:      s.Stats.Bytes,
		Skipped:    s.Stats.Skipped,
		Suppressed: s.Stats.Suppressed,
		Baselined:  s.Stats.Baselined,
		OutOfScope: s.Stats.OutOfScope,
		Excluded:   s.Stats.Excluded,
	}
	policy := jsonPolicy{From: s.Policy.From, Changed: append([]string{}, s.Policy.Changed...)}
	for _, part := range []struct {
		name string
		v    any
	}{
		{"stats", stats},
		{"problems", append([]string{}, s.Problems...)},
		{"policy", policy},
		{"partial", s.Partial},
	} {
		if err := j.tail.write(j.w, ",\n  \""+part.name+"\": ", part.v); err != nil {
			return err
		}
	}
	j.w.WriteString("\n}\n")
	return j.w.Flush()
}

func (j *JSONReporter) finding(r *result.Result, now time.Time) jsonFinding {
	f := jsonFinding{
		Kind:        r.Kind,
		Path:        r.Path,
		Line:        r.Line,
		Column:      r.Column,
		Value:       r.Value,
		Fingerprint: r.Fingerprint(),
		KeyID:       KeyID(r),
		Encoding:    r.Encoding,
		Rule:        r.Rule,
		Evidence:    r.Evidence,
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
			KeyID:     validKeyID(t.KeyID),
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
	if m := r.Message; m != nil {
		f.Message = &jsonMessage{Object: "commit", ID: m.ID, Tag: m.Tag}
		if m.Tag != "" {
			f.Message.Object = "tag"
		}
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
