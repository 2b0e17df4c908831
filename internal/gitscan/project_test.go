package gitscan

import (
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testcred"
)

const pinataPackageJSON = `{"name":"web","dependencies":{"@pinata/sdk":"^2.1.0"}}` + "\n"

// pairEnv is a .env that names neither Pinata nor any other service: a key
// and its secret under plain names.
func pairEnv() (env, key, secret string) {
	key, secret = testcred.Key(), testcred.Secret()
	return "PORT=3000\nAPI_KEY=" + key + "\nAPI_SECRET=" + secret + "\n", key, secret
}

func TestStagedProject(t *testing.T) {
	for _, format := range []string{"sha1", "sha256"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			run(t, dir, "init", "-q", "-b", "main", "--object-format="+format)
			testStagedProject(t, dir)
		})
	}
}

// testStagedProject runs in dir, an empty repository.
func testStagedProject(t *testing.T, dir string) {
	env, key, secret := pairEnv()

	// A monorepo: web uses Pinata (committed before), api does not.
	write(t, dir, "web/package.json", pinataPackageJSON)
	write(t, dir, "api/package.json", `{"dependencies":{"express":"4"}}`)
	write(t, dir, "README", "hi\n")
	commit(t, dir, "first", ".")
	write(t, dir, "web/src/config/.env", env)
	write(t, dir, "api/.env", env)
	run(t, dir, "add", ".")

	got, _ := staged(t, dir)
	if len(got) != 2 {
		t.Fatalf("results = %+v, want the key and secret of web/src/config/.env only", places(got))
	}
	for _, r := range got {
		if r.Path != "web/src/config/.env" || r.Value != key && r.Value != secret {
			t.Errorf("unexpected result %+v", places(got))
		}
		if r.Rule != "project" || !strings.HasSuffix(r.Evidence, "web/package.json (@pinata/sdk)") {
			t.Errorf("rule %q (%s) does not cite the manifest", r.Rule, r.Evidence)
		}
	}

	// The index, not the working tree: a manifest that drops Pinata in the
	// commit drops the project with it, even if the file on disk still has it.
	run(t, dir, "commit", "-q", "-m", "second")
	write(t, dir, "web/package.json", `{"dependencies":{}}`)
	run(t, dir, "add", "web/package.json")
	write(t, dir, "web/package.json", pinataPackageJSON)
	write(t, dir, "web/.env", env)
	run(t, dir, "add", "web/.env")
	if got, _ := staged(t, dir); len(got) != 0 {
		t.Errorf("manifest without Pinata staged: results = %+v, want none", places(got))
	}
}

// TestStagedProjectNewManifest: a manifest the commit adds, at the root,
// makes its files a Pinata project; so does a gemspec (found by its
// extension) and a manifest in a directory with spaces.
func TestStagedProjectNewManifest(t *testing.T) {
	for _, tt := range []struct{ manifest, content, file, cite string }{
		{"package.json", pinataPackageJSON, "deploy/.env", "package.json (@pinata/sdk)"},
		{"my app/requirements.txt", "pinatapy-vourhey==0.2.0\n", "my app/settings.env", "my app/requirements.txt (pinatapy-vourhey)"},
		{"lib/uploader.gemspec", "Gem::Specification.new do |s|\n  s.add_dependency 'pinata'\nend\n", "lib/config/keys.yml", "lib/uploader.gemspec (pinata)"},
	} {
		t.Run(tt.manifest, func(t *testing.T) {
			dir := newRepo(t)
			env, _, _ := pairEnv()
			write(t, dir, tt.manifest, tt.content)
			write(t, dir, tt.file, env)
			run(t, dir, "add", ".")
			got, _ := staged(t, dir)
			if len(got) != 2 {
				t.Fatalf("results = %+v, want a key and a secret", places(got))
			}
			if got[0].Rule != "project" || !strings.HasSuffix(got[0].Evidence, tt.cite) {
				t.Errorf("rule %q (%s) does not cite %s", got[0].Rule, got[0].Evidence, tt.cite)
			}
		})
	}
}

// TestHistoryProject: every version of a manifest in the range counts, the
// finding names the commit that added the file, and files outside any
// Pinata project give nothing.
func TestHistoryProject(t *testing.T) {
	dir := newRepo(t)
	env, key, _ := pairEnv()

	// The .env comes first, the dependency two commits later, and is then
	// dropped again: the project used Pinata within the range.
	write(t, dir, "web/.env", env)
	write(t, dir, "api/.env", env)
	write(t, dir, "web/package.json", `{"dependencies":{"axios":"1"}}`)
	added := commit(t, dir, "first", ".")
	write(t, dir, "README", "hi\n")
	commit(t, dir, "second", "README")
	write(t, dir, "web/package.json", pinataPackageJSON)
	commit(t, dir, "use pinata", "web/package.json")
	write(t, dir, "web/package.json", `{"dependencies":{"axios":"1"}}`)
	commit(t, dir, "drop pinata", "web/package.json")

	got, _ := history(t, dir, HistoryOptions{})
	if len(got) != 2 {
		t.Fatalf("results = %+v, want the key and secret of web/.env", places(got))
	}
	for _, r := range got {
		if r.Path != "web/.env" || r.Commit == nil || r.Commit.Hash != added {
			t.Errorf("result %+v at %+v, want web/.env at the first commit", places(got), r.Commit)
		}
		if r.Rule != "project" || !strings.HasSuffix(r.Evidence, "web/package.json (@pinata/sdk)") {
			t.Errorf("rule %q (%s) does not cite the manifest", r.Rule, r.Evidence)
		}
	}
	if !hasValue(got, key) {
		t.Errorf("the key is missing")
	}

	// A range that holds no Pinata manifest gives nothing.
	got, _ = history(t, dir, HistoryOptions{Range: "HEAD~3..HEAD~2"})
	if len(got) != 0 {
		t.Errorf("range without the manifest: results = %+v", places(got))
	}
}

// TestHistoryProjectManifestFirst: when the manifest is already known, the
// finding comes in commit order, with the findings of the commit.
func TestHistoryProjectManifestFirst(t *testing.T) {
	dir := newRepo(t)
	env, _, _ := pairEnv()
	write(t, dir, "go.mod", "module example.com/app\n\nrequire github.com/PinataCloud/pinata-go-sdk v0.1.0\n")
	commit(t, dir, "first", "go.mod")
	write(t, dir, "cmd/app/.env", env)
	commit(t, dir, "env", "cmd/app/.env")
	line, secret := secretLine()
	write(t, dir, "later.env", line)
	commit(t, dir, "later", "later.env")

	got, _ := history(t, dir, HistoryOptions{})
	if len(got) != 3 || got[2].Value != secret {
		t.Fatalf("results = %+v, want the pair, then the later secret", places(got))
	}
	if got[0].Rule != "project" || !strings.HasSuffix(got[0].Evidence, "go.mod (github.com/PinataCloud/pinata-go-sdk)") {
		t.Errorf("rule %q (%s)", got[0].Rule, got[0].Evidence)
	}
}

func TestUsesOf(t *testing.T) {
	u := uses{".": "package.json (pinata)", "web": "web/package.json (@pinata/sdk)"}
	for p, want := range map[string]string{
		".env":                          "package.json (pinata)",
		"api/config/.env":               "package.json (pinata)",
		"web/.env":                      "web/package.json (@pinata/sdk)",
		"web/src/deep/x.ts":             "web/package.json (@pinata/sdk)",
		"web/node_modules/dep/keys.env": "",
		"vendor/github.com/x/y/a.go":    "",
	} {
		if got := u.of(p); got != want {
			t.Errorf("of(%q) = %q, want %q", p, got, want)
		}
	}
	if got := (uses{}).of("a/b/c"); got != "" {
		t.Errorf("no manifests: %q", got)
	}
}

// TestStagedProjectCommittedPatternManifest: a manifest found by pattern
// (a gemspec), committed before, is read from HEAD's tree.
func TestStagedProjectCommittedPatternManifest(t *testing.T) {
	dir := newRepo(t)
	env, _, _ := pairEnv()
	write(t, dir, "lib/uploader.gemspec", "Gem::Specification.new do |s|\n  s.add_runtime_dependency 'pinata', '~> 1.0'\nend\n")
	write(t, dir, "lib/requirements-dev.txt", "pytest\n")
	commit(t, dir, "first", ".")
	write(t, dir, "lib/config/keys.yml", env)
	run(t, dir, "add", ".")
	got, _ := staged(t, dir)
	if len(got) != 2 || got[0].Rule != "project" || !strings.HasSuffix(got[0].Evidence, "lib/uploader.gemspec (pinata)") {
		t.Fatalf("results = %+v (%v)", places(got), got)
	}
}
