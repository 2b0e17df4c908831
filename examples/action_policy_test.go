package examples

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testbin"
	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/internal/testgit"
)

// TestActionPolicyFromBase runs the action's scan step as the runner runs
// it on a pull request that leaks a secret and, in the same pull request,
// adds a .pinatascan.yaml that excludes every path: the step reads the
// policy from the base commit, so the secret is still reported and the
// step fails.
func TestActionPolicyFromBase(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	var script string
	for _, s := range readYAML(t, "../action.yml")["runs"].(map[string]any)["steps"].([]any) {
		if step := s.(map[string]any); step["id"] == "scan" {
			script = step["run"].(string)
		}
	}
	if script == "" {
		t.Fatal("action.yml has no scan step")
	}
	repo := t.TempDir()
	env := append(testgit.Env(os.Environ()),
		"GIT_AUTHOR_NAME=Dev", "GIT_AUTHOR_EMAIL=dev@example.com", "GIT_COMMITTER_NAME=Dev", "GIT_COMMITTER_EMAIL=dev@example.com")
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir, cmd.Env = repo, env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	commit := func(name, content string) {
		t.Helper()
		os.WriteFile(filepath.Join(repo, name), []byte(content), 0o644)
		git("add", name)
		git("commit", "-q", "-m", "add "+name)
	}
	git("init", "-q", "-b", "main")
	commit("README", "hello\n")
	base := git("rev-parse", "HEAD")
	commit("app.env", "PINATA_SECRET_API_KEY="+testcred.Secret()+"\n")
	commit(".pinatascan.yaml", "exclude: [\"**\"]\n")
	head := git("rev-parse", "HEAD")

	run := func(policy string) (int, string) {
		cmd := exec.Command("bash", "-c", script)
		cmd.Dir = repo
		cmd.Env = append(env, "PS_MODE=auto", "PS_RANGE=", "PS_FORMAT=text", "PS_OUTPUT=", "PS_ARGS=", "PS_FAIL=true",
			"PS_EVENT=pull_request", "PS_PR_BASE="+base, "PS_PR_HEAD="+head, "PS_PUSH_BEFORE=", "PS_PUSH_AFTER=",
			"PS_POLICY_FROM="+policy, "PS_BIN="+testbin.Path(t, "pinatascan"), "GITHUB_OUTPUT="+filepath.Join(t.TempDir(), "out"))
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out)
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0, string(out)
	}
	if code, out := run("auto"); code != 1 || !strings.Contains(out, "app.env:1:") || !strings.Contains(out, "--policy-from "+base) ||
		!strings.Contains(out, "modify the policy file .pinatascan.yaml") {
		t.Errorf("policy-from auto: exit %d, want 1 with the secret reported\n%s", code, out)
	}
	// With the policy read from the checkout, the pull request's own
	// config hides the finding, but the report says so.
	if code, out := run(""); code != 0 || !strings.Contains(out, "1 out of the config's scope") {
		t.Errorf("policy-from \"\": exit %d\n%s", code, out)
	}
}
