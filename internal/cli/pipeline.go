package cli

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/report"
	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/verify"
	"github.com/pinatascan/pinatascan/scanner"
)

// linkWindow is how many results the pipeline holds before they go on:
// a secret is linked to a key found anywhere before it, or up to this
// many results after it (a JWT in a later file that embeds it).
const linkWindow = 4096

// pipeline is the way every scanning command's results take to the
// report, one result at a time, so memory does not grow with their
// number:
//
//	source → link (secrets to keys) → policy (suppress, count) → verify → report
//
// Sources (a walk, a git scan) call add for each result in report order,
// then finish with what they counted.
type pipeline struct {
	env    *Env
	f      *scanFlags
	out    *output
	rp     report.Reporter
	sum    result.Summary
	linker scanner.Linker
	held   []result.Result // the link window: a ring once it holds linkWindow results
	first  int             // of held
	n      int             // results in held

	verify    *verify.Stream // nil without --verify
	checker   *verify.Checker
	announced bool               // "verifying with GET …" was said
	cancel    context.CancelFunc // stops checks once the report cannot be written
	failOn    []string           // statuses that make exit 1; nil means any finding
	failing   int                // results written that fail the scan
	fps       []string           // the first distinct fingerprints written, for hooks' messages
	writeErr  error
}

// start opens the output and begins the report. It fails, before anything
// is scanned, when the report cannot be written.
func (f *scanFlags) start(env *Env, inputs []string) (*pipeline, error) {
	if _, err := f.reporter(); err != nil {
		return nil, err
	}
	out, err := openOutput(env.Stdout, f.output, inputs)
	if err != nil {
		return nil, err
	}
	rp, err := report.New(f.format, f.reportOptions(env, out))
	if err != nil {
		out.abort()
		return nil, err
	}
	f.policyFlags.noteConfig(env)
	p := &pipeline{env: env, f: f, out: out, rp: rp}
	p.failOn, _ = f.verifyFlags.failStatuses() // checked by reporter()
	if f.verify {
		ctx, cancel := context.WithCancel(env.context())
		p.cancel = cancel
		if p.checker, err = verify.New(verify.Config{BaseURL: f.apiURL}); err != nil {
			cancel()
			out.abort()
			return nil, err
		}
		p.verify = verify.NewStream(ctx, p.checker, p.write, 0)
	}
	if err := rp.Begin(out.w); err != nil {
		p.abort()
		return nil, err
	}
	for _, n := range f.notes {
		fmt.Fprintf(env.Stderr, "pinatascan: note: %s\n", n)
	}
	return p, nil
}

// add takes the next result of the scan, in report order. An error means
// the report cannot be written: the scan should stop.
func (p *pipeline) add(r result.Result) error {
	if p.writeErr != nil {
		return p.writeErr
	}
	p.linker.Learn(&r.Finding)
	if len(p.held) < linkWindow { // grows as needed: most scans find little
		p.held = append(p.held, r)
		p.n++
		return nil
	}
	if p.n == len(p.held) {
		oldest := p.held[p.first]
		p.held[p.first] = r
		p.first = (p.first + 1) % len(p.held)
		return p.pass(oldest)
	}
	p.held[(p.first+p.n)%len(p.held)] = r
	p.n++
	return nil
}

// pass takes a result out of the link window: linked, then filtered by the
// policy (which counts what it holds back), then checked or written.
func (p *pipeline) pass(r result.Result) error {
	p.linker.Link(&r.Finding)
	if !p.f.policyFlags.keep(&r, &p.sum.Stats) {
		return nil
	}
	if p.verify != nil {
		if !p.announced {
			p.announced = true
			fmt.Fprintf(p.env.Stderr, "pinatascan: verifying with GET %s\n", p.checker.URL())
		}
		return p.verify.Add(r)
	}
	return p.write(&r)
}

// write hands one result to the reporter.
func (p *pipeline) write(r *result.Result) error {
	if p.writeErr != nil {
		return p.writeErr
	}
	p.sum.Found.Add(r)
	if fp := r.Fingerprint(); len(p.fps) < maxListed && !slices.Contains(p.fps, fp) {
		p.fps = append(p.fps, fp)
	}
	if p.failOn == nil || r.Verification != nil && slices.Contains(p.failOn, r.Verification.Status) {
		p.failing++
	}
	if err := p.rp.Result(r); err != nil {
		p.fail(err)
		return p.writeErr
	}
	return nil
}

// maxListed is how many fingerprints written tells.
const maxListed = 4

// written returns how many results were written, and the fingerprints of
// the first few distinct credentials among them.
func (p *pipeline) written() (int, []string) { return p.sum.Found.Total, p.fps }

// fail records that the report cannot be written, and stops every check.
func (p *pipeline) fail(err error) {
	if p.writeErr == nil {
		p.writeErr = fmt.Errorf("writing the report: %w", unwrapPath(err))
		if p.out.target != "" {
			p.writeErr = fmt.Errorf("writing %s: %w", quote.Safe(p.out.target), unwrapPath(err))
		}
	}
	if p.cancel != nil {
		p.cancel()
	}
}

// abort drops the report after a failure.
func (p *pipeline) abort() {
	if p.cancel != nil {
		p.cancel()
	}
	p.out.abort()
}

// finish ends the report with what the source counted (s: stats, problems,
// partial), reports problems on stderr, and picks the exit code.
func (p *pipeline) finish(s *result.Summary) int {
	env := p.env
	for ; p.n > 0 && p.writeErr == nil; p.n-- {
		r := p.held[p.first]
		p.held[p.first] = result.Result{}
		p.first = (p.first + 1) % len(p.held)
		if err := p.pass(r); err != nil {
			p.fail(err)
		}
	}
	if p.verify != nil && p.writeErr == nil {
		if err := p.verify.Close(); err != nil && p.writeErr == nil {
			s.Partial = true // interrupted while checking
		}
		p.verifyProblems(s)
	}
	if p.cancel != nil {
		p.cancel()
	}
	p.f.policyFlags.listUnused(env)

	s.Found = p.sum.Found
	st := &s.Stats
	st.Suppressed += p.sum.Stats.Suppressed
	st.Baselined += p.sum.Stats.Baselined
	st.OutOfScope += p.sum.Stats.OutOfScope
	p.f.policyFlags.policy(s)
	p.f.policyFlags.noteNothingScanned(env, s)
	for _, c := range s.Policy.Changed {
		if s.Policy.From != "" {
			fmt.Fprintf(env.Stderr, "pinatascan: note: the scanned changes modify the policy file %s; this scan read the policy from %s\n",
				quote.Safe(c), quote.Safe(p.f.policyFrom))
		} else {
			fmt.Fprintf(env.Stderr, "pinatascan: note: the scanned changes modify the policy file %s, and this scan used the changed copy; "+
				"pass --policy-from BASE to check them with the base commit's policy\n", quote.Safe(c))
		}
	}
	for _, pr := range s.Problems {
		fmt.Fprintf(env.Stderr, "pinatascan: %s\n", quote.Safe(pr))
	}
	if p.writeErr == nil {
		if err := p.rp.End(s); err != nil {
			p.fail(err)
		}
	}
	if p.writeErr == nil {
		if err := p.out.commit(); err != nil {
			p.writeErr = err
		}
	}
	if p.writeErr != nil {
		p.out.abort()
		fmt.Fprintf(env.Stderr, "pinatascan: %s; no report written\n", errText(p.writeErr))
		return exitError
	}
	if p.out.target != "" {
		// The report went to a file: still tell the person at the terminal.
		fmt.Fprintf(env.Stderr, "pinatascan: %s; report written to %s\n", report.Summary(s), quote.Safe(p.out.target))
	}
	if s.Partial {
		fmt.Fprintln(env.Stderr, "pinatascan: interrupted: the scan did not finish and the results are partial")
	}
	switch {
	case s.Partial || len(s.Problems) > 0:
		return exitError
	case p.failing > 0:
		return exitFindings
	default:
		return exitClean
	}
}

// verifyProblems adds a problem for each reason checks got no answer, and
// says on stderr what the checks found.
func (p *pipeline) verifyProblems(s *result.Summary) {
	t := p.verify.Tally()
	for _, u := range t.Unknown {
		s.Problems = append(s.Problems, fmt.Sprintf("could not verify %s: %s", report.Count(u.N, "finding"), u.Reason))
		s.VerifyProblems++
	}
	if len(t.Statuses) == 0 {
		return
	}
	var counts []string
	for _, st := range []verify.Status{verify.Live, verify.LiveNoScope, verify.Revoked, verify.Invalid, verify.Unknown, verify.Unverifiable} {
		if n := t.Statuses[st]; n > 0 {
			counts = append(counts, fmt.Sprintf("%d %s", n, st))
		}
	}
	fmt.Fprintf(p.env.Stderr, "pinatascan: verified with %s: %s\n", report.Count(p.checker.Requests(), "request"), strings.Join(counts, ", "))
}
