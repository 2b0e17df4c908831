package walk

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/pinatascan/pinatascan/scanner"
)

// projectScan reports, for every file, the project it was scanned with, as
// one finding whose Rule is the project's Use ("" for none).
func projectScan(r io.Reader, p scanner.Project, yield func(scanner.Finding) error) error {
	if _, err := io.Copy(io.Discard, r); err != nil {
		return err
	}
	return yield(scanner.Finding{Kind: scanner.KindAPIKey, Line: 1, Column: 1, Rule: p.UsesPinata})
}

// TestWalkProjects checks that each file is scanned with the nearest
// Pinata manifest at or above its directory, up to the repository root:
// found while walking below a command-line directory, looked up above it,
// and for files named on the command line.
func TestWalkProjects(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	const sdk = `{"dependencies":{"@pinata/sdk":"^2.1.0"}}`
	write(t, "mono/.git/HEAD", "ref: refs/heads/main\n")
	write(t, "mono/package.json", `{"private":true,"workspaces":["packages/*"],"devDependencies":{"turbo":"2"}}`)
	write(t, "mono/.env", "")
	write(t, "mono/packages/web/package.json", sdk)
	write(t, "mono/packages/web/.env", "")
	write(t, "mono/packages/web/src/deep/config.ts", "")
	write(t, "mono/packages/api/package.json", `{"dependencies":{"express":"4"}}`)
	write(t, "mono/packages/api/.env", "")
	write(t, "mono/packages/py/requirements.txt", "pinatapy-vourhey==0.2.0\n")
	write(t, "mono/packages/py/app/settings.py", "")
	write(t, "mono/packages/web/vendor/lib/.git", "gitdir: ../../x\n") // a nested repository
	write(t, "mono/packages/web/vendor/lib/a.js", "")
	write(t, "mono/packages/web/node_modules/dep/package.json", `{"name":"dep"}`) // installed code: its own project
	write(t, "mono/packages/web/node_modules/dep/test/keys.env", "")
	write(t, "mono/packages/web/node_modules/@pinata/sdk/package.json", `{"name":"@pinata/sdk","dependencies":{"axios":"1"}}`)
	write(t, "plain/package.json", sdk) // no repository: only the scanned tree counts
	write(t, "plain/sub/.env", "")
	write(t, "no-repo-above/.env", "")
	if err := os.WriteFile("package.json", []byte(sdk), 0o644); err != nil { // above every tree, in no repository
		t.Fatal(err)
	}

	web := "mono/packages/web/package.json (@pinata/sdk)"
	py := "mono/packages/py/requirements.txt (pinatapy-vourhey)"
	tests := []struct {
		args []string
		want map[string]string // path → project
	}{
		{[]string{"mono"}, map[string]string{
			"mono/.env": "", "mono/package.json": "",
			"mono/packages/web/.env": web, "mono/packages/web/package.json": web,
			"mono/packages/web/src/deep/config.ts": web,
			"mono/packages/api/.env":               "", "mono/packages/api/package.json": "",
			"mono/packages/py/requirements.txt": py, "mono/packages/py/app/settings.py": py,
			"mono/packages/web/vendor/lib/a.js":                       "",
			"mono/packages/web/node_modules/dep/test/keys.env":        "",
			"mono/packages/web/node_modules/@pinata/sdk/package.json": "",
		}},
		// Nor below installed dependencies, looked up from inside them.
		{[]string{"mono/packages/web/node_modules/dep/test"}, map[string]string{"mono/packages/web/node_modules/dep/test/keys.env": ""}},
		// A directory below the project's manifest looks up to it.
		{[]string{"mono/packages/web/src"}, map[string]string{"mono/packages/web/src/deep/config.ts": web}},
		// So does a file named on the command line.
		{[]string{"mono/packages/web/src/deep/config.ts", "mono/packages/api/.env"}, map[string]string{
			"mono/packages/web/src/deep/config.ts": web, "mono/packages/api/.env": "",
		}},
		// Not past a nested repository's root.
		{[]string{"mono/packages/web/vendor/lib"}, map[string]string{"mono/packages/web/vendor/lib/a.js": ""}},
		// Without a repository, the scanned tree's own manifests count...
		{[]string{"plain"}, map[string]string{"plain/package.json": "plain/package.json (@pinata/sdk)", "plain/sub/.env": "plain/package.json (@pinata/sdk)"}},
		// ...and nothing above it.
		{[]string{"plain/sub", "no-repo-above"}, map[string]string{"plain/sub/.env": "", "no-repo-above/.env": ""}},
		{[]string{"no-repo-above/.env"}, map[string]string{"no-repo-above/.env": ""}},
		// Standard input has no project.
		{[]string{"-"}, map[string]string{"-": ""}},
	}
	for _, tt := range tests {
		rep, err := Walk(context.Background(), tt.args, Options{Scan: projectScan, Stdin: eofReader{}})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Problems) > 0 {
			t.Fatalf("%v: problems: %v", tt.args, rep.Problems)
		}
		got := map[string]string{}
		for _, r := range rep.Results {
			got[filepath.ToSlash(r.Path)] = r.Rule
		}
		for path, want := range tt.want {
			if g, ok := got[path]; !ok {
				t.Errorf("%v: %s was not scanned", tt.args, path)
			} else if g != want {
				t.Errorf("%v: %s scanned with project %q, want %q", tt.args, path, g, want)
			}
		}
	}
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
