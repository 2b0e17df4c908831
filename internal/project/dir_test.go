package project

import (
	"os"
	"path/filepath"
	"testing"
)

// writeTree creates files (path → content) under dir; a path ending in /
// is a directory.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if name[len(name)-1] == '/' {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDirs(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		// Outside any repository: a manifest above does not count.
		"package.json":            `{"dependencies":{"pinata":"1"}}`,
		"loose/app/.env":          "",
		"loose/own/go.mod":        "module x\nrequire github.com/PinataCloud/pinata-go-sdk v0.1.0\n",
		"loose/own/sub/":          "",
		"repo/.git/":              "",
		"repo/package.json":       `{"dependencies":{"react":"18"}}`,
		"repo/web/package.json":   `{"dependencies":{"@pinata/sdk":"2"}}`,
		"repo/web/src/lib/":       "",
		"repo/api/pyproject.toml": "[project]\ndependencies = [\"flask\"]\n",
		"repo/api/app/":           "",
		// A repository nested in a Pinata project is a project of its own.
		"repo/web/vendor/other/.git": "gitdir: elsewhere",
		"repo/web/vendor/other/lib/": "",
		// Several manifests: the first by name that depends on Pinata.
		"repo/both/requirements.txt": "pinata\n",
		"repo/both/package.json":     `{"dependencies":{"pinata-web3":"1"}}`,
		// A manifest that is a directory, or too large, is not read.
		"repo/odd/package.json/": "",
		"repo/odd/Cargo.toml":    "[dependencies]\npinata-sdk = \"1\"\n#" + string(make([]byte, MaxSize)),
	})
	t.Chdir(root)
	var d Dirs
	for _, tt := range []struct{ dir, use, above string }{
		{"loose/app", "", ""},
		{"loose/own", "loose/own/go.mod (github.com/PinataCloud/pinata-go-sdk)", ""},
		{"loose/own/sub", "", ""},
		{"repo", "", ""},
		{"repo/web", "repo/web/package.json (@pinata/sdk)", ""},
		{"repo/web/src/lib", "repo/web/package.json (@pinata/sdk)", "repo/web/package.json (@pinata/sdk)"},
		{"repo/api/app", "", ""},
		{"repo/web/vendor/other/lib", "", ""},
		{"repo/web/vendor", "", ""}, // installed dependencies are not the project's
		{"repo/web/node_modules/dep/lib", "", ""},
		{"repo/both", "repo/both/package.json (pinata-web3)", ""},
		{"repo/odd", "", ""},
		{filepath.Join(root, "repo/web/src"), filepath.Join(root, "repo/web/package.json") + " (@pinata/sdk)", filepath.Join(root, "repo/web/package.json") + " (@pinata/sdk)"},
		{"nonexistent/dir", "", ""},
	} {
		if got := d.Use(tt.dir); got != tt.use {
			t.Errorf("Use(%q) = %q, want %q", tt.dir, got, tt.use)
		}
		if got := d.Above(tt.dir); got != tt.above {
			t.Errorf("Above(%q) = %q, want %q", tt.dir, got, tt.above)
		}
	}
	// From inside the tree, paths above are written with "..".
	t.Chdir(filepath.Join(root, "repo/web/src"))
	var d2 Dirs
	if got, want := d2.Use("."), "../package.json (@pinata/sdk)"; got != want {
		t.Errorf("Use(.) from repo/web/src = %q, want %q", got, want)
	}
}
