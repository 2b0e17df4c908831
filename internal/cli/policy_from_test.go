package cli_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// policyReport is what a JSON report says about findings and policy.
type policyReport struct {
	Findings []struct{ Kind, Value string }
	Stats    struct {
		Suppressed int `json:"suppressed"`
		Baselined  int `json:"baselined"`
		OutOfScope int `json:"out_of_scope"`
	}
	Policy struct {
		From    string   `json:"from"`
		Changed []string `json:"changed"`
	}
}

// TestPolicyFromBase: a pull request that leaks a secret cannot switch off
// its own check by changing the policy in the same pull request. With
// --policy-from BASE the config, ignore file and baseline come from the
// base commit; without it the changed policy applies, but the report says
// the scanned changes modify a policy file and counts what was dropped.
func TestPolicyFromBase(t *testing.T) {
	gitEnv(t)
	c := newCreds()
	tricks := []struct {
		name  string
		files func(fp string) map[string]string // what the pull request adds, given the leak's fingerprint
		args  []string
	}{
		{"exclude everything", func(string) map[string]string {
			return map[string]string{".pinatascan.yaml": "exclude: [\"**\"]\n"}
		}, nil},
		{"report gateway tokens only", func(string) map[string]string {
			return map[string]string{".pinatascan.yaml": "kinds: [gateway-token]\n"}
		}, nil},
		{"ignore file", func(fp string) map[string]string {
			return map[string]string{".pinatascanignore": fp + " # test fixture\n"}
		}, nil},
		{"allowlist", func(fp string) map[string]string {
			return map[string]string{".pinatascan.yaml": "allowlist:\n  - fingerprint: " + fp + "\n    reason: fixture\n"}
		}, nil},
		{"baseline", func(fp string) map[string]string {
			return map[string]string{"known.json": fmt.Sprintf(`{"version":1,"created":"2026-01-01T00:00:00Z","entries":[{"fingerprint":%q,"kind":"api-secret","path":"app.env"}]}`, fp)}
		}, []string{"--baseline", "known.json"}},
	}
	for _, tt := range tricks {
		t.Run(tt.name, func(t *testing.T) {
			repo := newGitRepo(t)
			t.Chdir(repo)
			commitFile(t, repo, "README", "hello\n")
			if tt.args != nil { // the baseline file exists at the base, empty
				commitFile(t, repo, "known.json", `{"version":1,"created":"2026-01-01T00:00:00Z","entries":[]}`)
			}
			base := gitIn(t, repo, "rev-parse", "HEAD")
			commitFile(t, repo, "app.env", c.expand("PINATA_SECRET_API_KEY=${SECRET}\n"))
			_, stdout, _ := runCLI(t, time.Minute, nil, "git", base+"..HEAD", "--format", "json")
			var first policyReport
			json.Unmarshal([]byte(stdout), &first)
			if len(first.Findings) != 1 {
				t.Fatalf("setup: %d findings before the policy change", len(first.Findings))
			}
			fp := fingerprintOf(t, stdout)
			for name, content := range tt.files(fp) {
				commitFile(t, repo, name, content)
			}
			rng := base + "..HEAD"

			// The pull request's own policy: the finding is held back, but
			// neither silently nor unannounced.
			code, stdout, stderr := runCLI(t, time.Minute, nil, append([]string{"git", rng, "--format", "json"}, tt.args...)...)
			var rep policyReport
			if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
				t.Fatalf("%v\n%s", err, stdout)
			}
			held := rep.Stats.Suppressed + rep.Stats.Baselined + rep.Stats.OutOfScope
			if code != 0 || len(rep.Findings) != 0 || held != 1 || len(rep.Policy.Changed) == 0 || !strings.Contains(stderr, "modify the policy file") {
				t.Errorf("own policy: exit %d, %d findings, %d held back, changed %q\n%s", code, len(rep.Findings), held, rep.Policy.Changed, stderr)
			}

			// The base's policy: the finding is reported.
			code, stdout, stderr = runCLI(t, time.Minute, nil, append([]string{"git", rng, "--format", "json", "--policy-from", base}, tt.args...)...)
			rep = policyReport{}
			json.Unmarshal([]byte(stdout), &rep)
			if code != 1 || len(rep.Findings) != 1 || rep.Policy.From != base || len(rep.Policy.Changed) == 0 {
				t.Errorf("--policy-from base: exit %d, %d findings, policy %+v\n%s", code, len(rep.Findings), rep.Policy, stderr)
			}
			_, stdout, _ = runCLI(t, time.Minute, nil, append([]string{"git", rng, "--format", "sarif", "--policy-from", base}, tt.args...)...)
			if !strings.Contains(stdout, `"policyChanged": [`) || !strings.Contains(stdout, `"policyFrom": "`+base+`"`) {
				t.Errorf("SARIF does not say where the policy came from or what changed:\n%s", stdout)
			}
		})
	}
}

// TestPolicyFromVerify: a config that ends `fail_on: [revoked]` (a live
// credential would then pass) has no effect when read from the base.
func TestPolicyFromVerifyFailOn(t *testing.T) {
	gitEnv(t)
	c := newCreds()
	url, hits := countingServer(t)
	repo := newGitRepo(t)
	t.Chdir(repo)
	commitFile(t, repo, "README", "hello\n")
	base := gitIn(t, repo, "rev-parse", "HEAD")
	commitFile(t, repo, "app.env", c.expand("PINATA_JWT=${JWT}\n"))
	commitFile(t, repo, ".pinatascan.yaml", "verify:\n  fail_on: [revoked]\n")
	args := []string{"git", base + "..HEAD", "--verify", "--pinata-api-url", url}
	if code, _, stderr := runCLI(t, time.Minute, nil, args...); code != 0 {
		t.Errorf("own policy: exit %d, want 0 (fail_on revoked lets the live JWT pass)\n%s", code, stderr)
	}
	if code, stdout, stderr := runCLI(t, time.Minute, nil, append(args, "--policy-from", base)...); code != 1 || !strings.Contains(stdout, "status: live") {
		t.Errorf("--policy-from base: exit %d, want 1\n%s\n%s", code, stdout, stderr)
	}
	if hits.Load() != 2 {
		t.Errorf("%d requests, want one per run", hits.Load())
	}
}

// TestPolicyFromStaged: --policy-from in a staged scan reads the policy
// from that commit, and a staged change to a policy file is noted.
func TestPolicyFromStaged(t *testing.T) {
	gitEnv(t)
	c := newCreds()
	repo := newGitRepo(t)
	t.Chdir(repo)
	commitFile(t, repo, "README", "hello\n")
	stageFile(t, repo, ".pinatascan.yaml", "exclude: [\"*.env\"]\n")
	stageFile(t, repo, "app.env", c.expand("PINATA_SECRET_API_KEY=${SECRET}\n"))
	os.WriteFile(filepath.Join(repo, ".pinatascan.yaml"), []byte("exclude: [\"*.env\"]\n"), 0o644)

	code, stdout, stderr := runCLI(t, time.Minute, nil, "scan", "--staged", "--format", "json")
	var rep policyReport
	json.Unmarshal([]byte(stdout), &rep)
	if code != 0 || rep.Stats.OutOfScope != 1 || len(rep.Policy.Changed) != 1 || rep.Policy.Changed[0] != ".pinatascan.yaml" {
		t.Errorf("own policy: exit %d, report %+v\n%s", code, rep, stderr)
	}
	code, stdout, stderr = runCLI(t, time.Minute, nil, "scan", "--staged", "--format", "json", "--policy-from", "HEAD")
	rep = policyReport{}
	json.Unmarshal([]byte(stdout), &rep)
	if code != 1 || len(rep.Findings) != 1 || !strings.Contains(stderr, "modify the policy file .pinatascan.yaml") {
		t.Errorf("--policy-from HEAD: exit %d, report %+v\n%s", code, rep, stderr)
	}
	// A revision that does not exist is an error, before anything is scanned.
	if code, _, stderr := runCLI(t, time.Minute, nil, "scan", "--staged", "--policy-from", "no-such-branch"); code != 2 || !strings.Contains(stderr, "no-such-branch") {
		t.Errorf("bad revision: exit %d\n%s", code, stderr)
	}
}

// fingerprintOf returns the first fingerprint in a JSON report.
func fingerprintOf(t *testing.T, report string) string {
	t.Helper()
	var rep struct {
		Findings []struct{ Fingerprint string }
	}
	if err := json.Unmarshal([]byte(report), &rep); err != nil || len(rep.Findings) == 0 {
		t.Fatalf("no fingerprint in %s", report)
	}
	return rep.Findings[0].Fingerprint
}
