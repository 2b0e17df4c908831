package cli

import (
	"flag"
	"fmt"
	"strings"

	"github.com/pinatascan/pinatascan/internal/config"
	"github.com/pinatascan/pinatascan/internal/verify"
)

// verifyHelp is the part of a scanning command's help about --verify.
const verifyHelp = `Live check (--verify, off by default): each distinct credential (a JWT,
or an API key with its secret; one found in many places counts once) is
sent once to GET /data/testAuthentication at --pinata-api-url, a read-only
endpoint: nothing else is ever sent, redirects are not followed, at most 30
requests go out a minute, each times out after 10s. A finding's status is
live, live-no-scope (it works but lacks that scope), revoked, invalid,
unknown (rate limited, timeout, network, server error: the reason says) or
unverifiable (a key without its secret, a secret without its key, a gateway
token). A credential that could not be checked (unknown) is a problem: the
exit code is then 2, so CI never passes on a check that did not happen.
--fail-on=live makes only live credentials (live or live-no-scope) fail.
A config file named with --config may turn checks on (verify: enabled,
never for --staged) and set their API URL; a .pinatascan.yaml found in the
repository may not (only its fail_on applies, once checks are on).

`

// verifyFlags are the shared flags of live verification.
type verifyFlags struct {
	verify bool
	apiURL string
	failOn string

	// offline is set for the pre-commit scan (--staged): a config file
	// cannot turn checks on there, only an explicit --verify can.
	offline bool
}

func (v *verifyFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&v.verify, "verify", false, "check each distinct credential with Pinata (one read-only GET each)")
	fs.StringVar(&v.apiURL, "pinata-api-url", verify.DefaultBaseURL, "Pinata API base `URL` for --verify: https, or http on loopback only")
	fs.StringVar(&v.failOn, "fail-on", "any", "exit 1 for `STATUSES`: any finding, or (with --verify) a comma list of "+
		"live, live-no-scope, revoked, invalid, unverifiable; live includes live-no-scope")
}

// applyConfig takes a config file's verification settings as defaults for
// the flags not given on the command line (set names those that were).
// Sending credentials anywhere needs the user's consent: only a config the
// user named (trusted: --config FILE) may turn checks on (never for the
// pre-commit scan) and choose the API URL. A config that came with the
// repository may only narrow fail_on once checks are on; the settings it
// may not use are returned, for a note.
func (v *verifyFlags) applyConfig(c config.Verify, set map[string]bool, trusted bool) (ignored []string, err error) {
	if !trusted {
		if c.Enabled {
			ignored = append(ignored, "verify.enabled")
		}
		if c.APIURL != "" {
			ignored = append(ignored, "verify.api_url")
		}
		c.Enabled, c.APIURL = false, ""
	}
	if c.Enabled && !set["verify"] && !v.offline {
		v.verify = true
	}
	if c.APIURL != "" && !set["pinata-api-url"] {
		u, err := verify.ParseBaseURL(c.APIURL)
		if err != nil {
			return ignored, err
		}
		if v.verify {
			v.apiURL = u.String()
		}
	}
	if len(c.FailOn) > 0 && !set["fail-on"] && v.verify {
		v.failOn = strings.Join(c.FailOn, ",")
	}
	return ignored, nil
}

// check validates the flags before anything is scanned.
func (v *verifyFlags) check() error {
	if _, err := v.failStatuses(); err != nil {
		return err
	}
	if !v.verify {
		if v.apiURL != verify.DefaultBaseURL {
			return fmt.Errorf("--pinata-api-url needs --verify")
		}
		return nil
	}
	_, err := verify.ParseBaseURL(v.apiURL)
	return err
}

// failStatuses returns the statuses --fail-on names; nil means any finding.
func (v *verifyFlags) failStatuses() ([]string, error) {
	out := []string{}
	for s := range strings.SplitSeq(v.failOn, ",") {
		switch s = strings.TrimSpace(s); s {
		case "any":
			return nil, nil
		case "live":
			out = append(out, string(verify.Live), string(verify.LiveNoScope))
		case string(verify.LiveNoScope), string(verify.Revoked), string(verify.Invalid), string(verify.Unverifiable):
			out = append(out, s)
		case string(verify.Unknown):
			// Nothing to add: a check without an answer always exits 2.
		default:
			return nil, fmt.Errorf("--fail-on: unknown status %q (want any, or a list of live, live-no-scope, revoked, invalid, unknown, unverifiable)", s)
		}
	}
	if !v.verify {
		return nil, fmt.Errorf("--fail-on=%s needs --verify", v.failOn)
	}
	return out, nil
}
