// Package examples holds example configuration and CI files; this test
// keeps them valid as the code changes.
package examples

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/pinatascan/pinatascan/internal/config"
)

func readYAML(t *testing.T, name string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

func TestExampleConfig(t *testing.T) {
	data, err := os.ReadFile("pinatascan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c, err := config.Parse("pinatascan.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Exclude) == 0 || len(c.Allowlist) == 0 || c.MaxFileSize == 0 || len(c.Kinds) != 4 {
		t.Errorf("the example should show every key: %+v", c)
	}
}

// TestAction checks the composite action's structure: every input it uses
// is declared, and its scan script is valid shell.
func TestAction(t *testing.T) {
	data, err := os.ReadFile("../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	doc := readYAML(t, "../action.yml")
	for _, k := range []string{"name", "description", "inputs", "outputs", "runs"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("action.yml lacks %q", k)
		}
	}
	runs := doc["runs"].(map[string]any)
	if runs["using"] != "composite" {
		t.Errorf("runs.using = %v", runs["using"])
	}
	inputs := doc["inputs"].(map[string]any)
	for _, m := range regexp.MustCompile(`inputs\.([a-z-]+)`).FindAllStringSubmatch(string(data), -1) {
		if _, ok := inputs[m[1]]; !ok {
			t.Errorf("action.yml uses undeclared input %q", m[1])
		}
	}
	ids := map[string]bool{}
	for _, s := range runs["steps"].([]any) {
		step := s.(map[string]any)
		if id, ok := step["id"].(string); ok {
			ids[id] = true
		}
		script, ok := step["run"].(string)
		if !ok {
			continue
		}
		if step["shell"] != "bash" {
			t.Errorf("step %v: composite run steps need shell: bash", step["name"])
		}
		// Expressions spliced into a script are an injection risk: inputs
		// and event fields must come in through env.
		if strings.Contains(script, "${{") {
			t.Errorf("step %v: ${{ }} inside run; pass it through env", step["name"])
		}
		if bash, err := exec.LookPath("bash"); err == nil {
			cmd := exec.Command(bash, "-n")
			cmd.Stdin = strings.NewReader(script)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("step %v: bash -n: %v\n%s", step["name"], err, out)
			}
		}
	}
	for _, m := range regexp.MustCompile(`steps\.([a-z-]+)\.outputs`).FindAllStringSubmatch(string(data), -1) {
		if !ids[m[1]] {
			t.Errorf("action.yml refers to unknown step %q", m[1])
		}
	}
}

func TestWorkflowExamples(t *testing.T) {
	gh := readYAML(t, "github-workflow.yml")
	steps := gh["jobs"].(map[string]any)["scan"].(map[string]any)["steps"].([]any)
	var uses []string
	for _, s := range steps {
		if u, ok := s.(map[string]any)["uses"].(string); ok {
			uses = append(uses, u)
		}
	}
	joined := strings.Join(uses, " ")
	for _, want := range []string{"actions/checkout", "pinatascan/pinatascan", "github/codeql-action/upload-sarif"} {
		if !strings.Contains(joined, want) {
			t.Errorf("github-workflow.yml does not use %s", want)
		}
	}
	gl := readYAML(t, "gitlab-ci.yml")
	if _, ok := gl["pinatascan"].(map[string]any)["script"]; !ok {
		t.Error("gitlab-ci.yml: no pinatascan job script")
	}
	if bash, err := exec.LookPath("sh"); err == nil {
		if out, err := exec.Command(bash, "-n", "ci-generic.sh").CombinedOutput(); err != nil {
			t.Errorf("ci-generic.sh: %v\n%s", err, out)
		}
	}
}
