// Package filter applies a team's decisions to a scan's results: the
// config's scope (paths and kinds), inline allow comments, the ignore file,
// the config's allowlist and the baseline.
//
// Nothing is dropped silently. Every finding held back is counted in the
// report's stats: out of scope (an excluded path, a kind not reported),
// suppressed, or already known from the baseline, so a policy that hides
// findings shows in the summary.
package filter

import (
	"github.com/pinatascan/pinatascan/internal/baseline"
	"github.com/pinatascan/pinatascan/internal/config"
	"github.com/pinatascan/pinatascan/internal/ignore"
	"github.com/pinatascan/pinatascan/internal/result"
)

// Filter holds what decides a finding's fate. Every field may be nil.
type Filter struct {
	Config   *config.Config
	Ignore   *ignore.List
	Baseline *baseline.Baseline

	// Rel gives a result's path as the config's globs and the baseline
	// compare it: relative to the repository root. Nil means
	// Config.RelPath(r.Path), which suits file scans (paths relative to the
	// working directory, or absolute); git scans, whose paths are already
	// relative to the root, pass their own.
	Rel func(r *result.Result) string

	usedAllow map[string]bool
}

// Reason says why a finding was held back.
type Reason int

// The reasons, in the order they are checked.
const (
	Keep        Reason = iota // reported
	OutOfScope                // excluded path, unreported kind or disabled rules
	Inline                    // a pinatascan:allow or gitleaks:allow comment
	Ignored                   // an entry in the ignore file
	Allowlisted               // an allowlist entry in the config
	Baselined                 // known from the baseline
)

// Check returns what becomes of one result. It records which ignore and
// allowlist entries were used.
func (f *Filter) Check(r *result.Result) Reason {
	c := f.Config
	rel := f.rel(r)
	if c != nil && (c.Excluded(rel) || !c.ReportKind(r.Kind) || c.RuleDisabled(r.Finding)) {
		return OutOfScope
	}
	if r.Allowed {
		return Inline
	}
	fp := r.Fingerprint()
	if _, ok := f.Ignore.Match(fp); ok {
		return Ignored
	}
	if _, ok := c.Allowlisted(fp); ok {
		if f.usedAllow == nil {
			f.usedAllow = map[string]bool{}
		}
		f.usedAllow[fp] = true
		return Allowlisted
	}
	if f.Baseline.Contains(fp, rel) {
		return Baselined
	}
	return Keep
}

func (f *Filter) rel(r *result.Result) string {
	if f.Rel != nil {
		return f.Rel(r)
	}
	return f.Config.RelPath(r.Path)
}

// Keep reports whether r is to be reported, and counts it in stats when
// it is held back: suppressed, baselined or out of scope.
func (f *Filter) Keep(r *result.Result, stats *result.Stats) bool {
	switch f.Check(r) {
	case Keep:
		return true
	case OutOfScope:
		stats.OutOfScope++
	case Inline, Ignored, Allowlisted:
		stats.Suppressed++
	case Baselined:
		stats.Baselined++
	}
	return false
}

// Unused lists the ignore-file and allowlist entries that matched nothing
// in the results checked so far, for --report-unused-ignores. Entries are
// stale only if the scan covered everything they were written for.
type Unused struct {
	Ignore    []ignore.Entry
	Allowlist []config.Allow
}

// Unused returns the entries no checked result used.
func (f *Filter) Unused() Unused {
	u := Unused{Ignore: f.Ignore.Unused()}
	if f.Config != nil {
		for _, a := range f.Config.Allowlist {
			if !f.usedAllow[a.Fingerprint] {
				u.Allowlist = append(u.Allowlist, a)
			}
		}
	}
	return u
}

// Len is the number of unused entries.
func (u Unused) Len() int { return len(u.Ignore) + len(u.Allowlist) }
