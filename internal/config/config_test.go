package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/pinatascan/pinatascan/scanner"
)

const fp1 = "0123456789abcdef0123456789abcdef"

func TestParseFull(t *testing.T) {
	src := `# example
exclude:
  - "vendor/**"
  - "**/*.min.js"
include: ["src/**", "config"]
max_file_size: 2MiB
kinds: [jwt, api-secret]
allowlist:
  - fingerprint: ` + fp1 + `
    reason: revoked key in a test fixture
verify:
  enabled: true
  api_url: http://127.0.0.1:8080
  fail_on: [live, live-no-scope]
`
	c, err := Parse(".pinatascan.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(c.Exclude, ","); got != "vendor/**,**/*.min.js" {
		t.Errorf("exclude = %s", got)
	}
	if got := strings.Join(c.Include, ","); got != "src/**,config" {
		t.Errorf("include = %s", got)
	}
	if c.MaxFileSize != 2<<20 {
		t.Errorf("max size = %d", c.MaxFileSize)
	}
	if len(c.Kinds) != 2 || c.Kinds[0] != scanner.KindJWT || c.Kinds[1] != scanner.KindAPISecret {
		t.Errorf("kinds = %v", c.Kinds)
	}
	a, ok := c.Allowlisted(fp1)
	if !ok || a.Reason != "revoked key in a test fixture" || a.Line != 9 {
		t.Errorf("allowlist = %+v %v", a, ok)
	}
	if _, ok := c.Allowlisted(strings.Repeat("f", 32)); ok {
		t.Error("unlisted fingerprint allowlisted")
	}
	if !c.Verify.Enabled || c.Verify.APIURL != "http://127.0.0.1:8080" || strings.Join(c.Verify.FailOn, ",") != "live,live-no-scope" {
		t.Errorf("verify = %+v", c.Verify)
	}
}

// TestDisableRules: a finding is dropped only when every rule that
// supports it is disabled.
func TestDisableRules(t *testing.T) {
	c, err := Parse(".pinatascan.yaml", []byte("disable_rules: [nearby, key-pair]\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		support []string
		want    bool
	}{
		{[]string{"nearby"}, true},
		{[]string{"nearby", "key-pair"}, true},
		{[]string{"heading", "nearby"}, false},
		{nil, false},
	} {
		if got := c.RuleDisabled(scanner.Finding{Support: tt.support}); got != tt.want {
			t.Errorf("support %v: disabled = %v, want %v", tt.support, got, tt.want)
		}
	}
	if Default().RuleDisabled(scanner.Finding{Support: []string{"nearby"}}) {
		t.Error("the default config disables a rule")
	}
}

func TestParseEmpty(t *testing.T) {
	for _, src := range []string{"", "# only a comment\n", "~\n", "---\n"} {
		c, err := Parse("c.yaml", []byte(src))
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		if c.Excluded("a/b") || !c.ReportKind(scanner.KindJWT) || c.FileSizeLimit() != 0 {
			t.Errorf("%q: not the default config", src)
		}
		if c.Verify.Enabled || c.Verify.FailOn != nil {
			t.Errorf("%q: default verify = %+v", src, c.Verify)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{"exclude: []\n\n\n\n\n\nexclued: [a]\n", `.pinatascan.yaml:7: unknown key "exclued"`},
		{"exclude:\n  - \"a/[b\"\n", `.pinatascan.yaml:2: bad glob "a/[b"`},
		{"exclude:\n  - /abs/**\n", `.pinatascan.yaml:2: glob "/abs/**" is absolute`},
		{"exclude:\n  - \"\"\n", `.pinatascan.yaml:2: empty glob`},
		{"exclude: vendor\n", `.pinatascan.yaml:1: a glob list must be a list`},
		{"exclude:\n  - 3\n", `.pinatascan.yaml:2: a glob must be a string`},
		{"kinds: [jwt, aws]\n", `.pinatascan.yaml:1: unknown kind "aws"`},
		{"kinds: [" + strings.Repeat("ab", 32) + "]\n", `.pinatascan.yaml:1: unknown kind "abababababab…"`},
		{"allowlist:\n  - fingerprint: " + strings.Repeat("cd", 32) + "\n    reason: x\n", `:2: fingerprint "cdcdcdcdcdcd…" is not`},
		{"kinds: []\n", `.pinatascan.yaml:1: kinds is empty`},
		{"disable_rules:\n  - nearby\n  - near-by\n", `.pinatascan.yaml:3: unknown rule "near-by" in disable_rules`},
		{"disable_rules: nearby\n", `.pinatascan.yaml:1: disable_rules must be a list`},
		{"allowlist:\n  - fingerprint: " + fp1 + "\n", `.pinatascan.yaml:2: allowlist entry for ` + fp1 + ` has no reason`},
		{"allowlist:\n  - fingerprint: " + fp1 + "\n    reason: \"  \"\n", `has no reason`},
		{"allowlist:\n  - reason: x\n", `.pinatascan.yaml:2: allowlist entry has no fingerprint`},
		{"allowlist:\n  - fingerprint: abc\n    reason: x\n", `.pinatascan.yaml:2: fingerprint "abc" is not a pinatascan fingerprint`},
		{"allowlist:\n  - fingerprint: " + fp1 + "\n    reason: x\n    path: a\n", `.pinatascan.yaml:4: unknown key "path" in an allowlist entry`},
		{"max_file_size: 10XB\n", `.pinatascan.yaml:1: max_file_size: unknown unit "XB"`},
		{"max_file_size: 0\n", `out of range`},
		{"max_file_size: -5\n", `.pinatascan.yaml:1: max_file_size`},
		{"max_file_size: [1]\n", `.pinatascan.yaml:1: max_file_size must be a size`},
		{"verify:\n  enabled: maybe\n", `.pinatascan.yaml:2: enabled must be true or false`},
		{"verify:\n  fail_on: alive\n", `.pinatascan.yaml:2: unknown status "alive"`},
		{"verify:\n  fail_on: [live, unknown]\n", `.pinatascan.yaml:2: unknown status "unknown"`},
		{"verify:\n  api_url: ftp://x\n", `.pinatascan.yaml:2: api_url "ftp://x" must be an http(s) URL`},
		{"verify:\n  enable: true\n", `.pinatascan.yaml:2: unknown key "enable" in verify`},
		{"verify: true\n", `.pinatascan.yaml:1: verify must be a mapping`},
		{"kinds: [jwt]\nkinds: [jwt]\n", `.pinatascan.yaml:2: key "kinds" repeated (first on line 1)`},
		{"- a\n- b\n", `.pinatascan.yaml:1: the config file must be a mapping`},
		{"exclude: [a\n", `.pinatascan.yaml:`},
		{"exclude:\n  - *.js\n", `.pinatascan.yaml:2: did not find expected alphabetic or numeric character; YAML reads a value that starts with * as an alias: quote the glob, as in "*.min.js"`},
		{"exclude: [*.js]\n", `.pinatascan.yaml:1: did not find expected alphabetic or numeric character; YAML reads a value that starts with * as an alias: quote the glob`},
		{"exclude:\n  - \"a\"\n  - *vendor\n", `.pinatascan.yaml:3: unknown anchor 'vendor' referenced; YAML reads a value that starts with * as an alias: quote the glob`},
		{"exclude: [a\n", `.pinatascan.yaml:`},
		{"x: &a [1]\nexclude: *a\n", `unknown key "x"`},
		{"exclude: &a [\"b\"]\ninclude: *a\n", `.pinatascan.yaml:2: YAML aliases`},
	}
	for _, tt := range tests {
		_, err := Parse(".pinatascan.yaml", []byte(tt.src))
		if err == nil {
			t.Errorf("%q: no error, want %s", tt.src, tt.want)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q:\n got %v\nwant %s", tt.src, err, tt.want)
		}
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true},
		{"10MB", 10_000_000, true},
		{"10 MiB", 10 << 20, true},
		{"10M", 10 << 20, true},
		{"1.5KiB", 1536, true},
		{"512kb", 512_000, true},
		{"1GB", 1_000_000_000, true},
		{"", 0, false},
		{"MB", 0, false},
		{"10 bananas", 0, false},
		{"0", 0, false},
		{"99999999999999999999GB", 0, false},
	}
	for _, tt := range tests {
		got, err := ParseSize(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseSize(%q) = %d, %v; want %d ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestExcluded(t *testing.T) {
	c := &Config{
		Exclude: []string{"vendor", "**/node_modules", "**/*.min.js", "docs/**/*.md"},
	}
	tests := []struct {
		path string
		want bool
	}{
		{"vendor/x/y.go", true},
		{"vendor", true},
		{"./vendor/a.go", true},
		{"src/vendor/a.go", false}, // "vendor" names the top-level directory only
		{"a/b/node_modules/pkg/index.js", true},
		{"node_modules/x.js", true},
		{"app.min.js", true},
		{"web/app.min.js", true},
		{"web/app.js", false},
		{"docs/a/b/readme.md", true},
		{"docs/readme.md", true},
		{"docs/readme.txt", false},
		{"main.go", false},
	}
	for _, tt := range tests {
		if got := c.Excluded(tt.path); got != tt.want {
			t.Errorf("Excluded(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}

	inc := &Config{Include: []string{"src/**", "config"}, Exclude: []string{"src/gen/**"}}
	for path, want := range map[string]bool{
		"src/a.go":        false,
		"src/x/y/z.go":    false,
		"config/app.yaml": false,
		"config":          false,
		"src/gen/a.go":    true, // exclude wins over include
		"other/a.go":      true,
		"srcs/a.go":       true,
		"-":               false, // standard input is always scanned
	} {
		if got := inc.Excluded(path); got != want {
			t.Errorf("include: Excluded(%q) = %v, want %v", path, got, want)
		}
	}

	var nilc *Config
	if nilc.Excluded("a") || nilc.SkipDir("a") || !nilc.ReportKind(scanner.KindAPIKey) {
		t.Error("nil config must scan everything")
	}
}

func TestSkipDir(t *testing.T) {
	c := &Config{Exclude: []string{"vendor/**", "**/node_modules", "*.log"}, Include: []string{"src/**"}}
	for dir, want := range map[string]bool{
		"vendor":                true,
		"vendor/a":              true,
		"web/node_modules":      true,
		"web/node_modules/deep": true,
		"web":                   false,
		"src":                   false,
		"other":                 false, // include globs never prune
		".":                     false,
	} {
		if got := c.SkipDir(dir); got != want {
			t.Errorf("SkipDir(%q) = %v, want %v", dir, got, want)
		}
	}
}

func TestReportKind(t *testing.T) {
	c := &Config{Kinds: []scanner.Kind{scanner.KindJWT}}
	if !c.ReportKind(scanner.KindJWT) || c.ReportKind(scanner.KindGatewayToken) {
		t.Error("ReportKind ignores kinds")
	}
}

func TestFindAndRelPath(t *testing.T) {
	repo := t.TempDir()
	sub := filepath.Join(repo, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}

	got, err := Find(sub)
	if err != nil || got != "" {
		t.Fatalf("Find with no config = %q, %v", got, err)
	}

	cfgPath := filepath.Join(repo, FileName)
	if err := os.WriteFile(cfgPath, []byte("exclude: [\"a/b/skip/**\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A config in a subdirectory is not the repository's config.
	if err := os.WriteFile(filepath.Join(sub, FileName), []byte("bad: key\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err = Find(filepath.Join(repo, "a"))
	if err != nil || got != cfgPath {
		t.Fatalf("Find = %q, %v; want %q", got, err, cfgPath)
	}
	c, err := Load(got)
	if err != nil {
		t.Fatal(err)
	}
	if c.Root != repo {
		t.Errorf("Root = %q, want %q", c.Root, repo)
	}
	if rel := c.RelPath(filepath.Join(sub, "skip", "x.env")); rel != "a/b/skip/x.env" || !c.Excluded(rel) {
		t.Errorf("RelPath = %q, excluded %v", rel, c.Excluded(rel))
	}
	if rel := c.RelPath(filepath.Join(repo, "..", "elsewhere", "f")); !strings.HasSuffix(rel, "elsewhere/f") || strings.HasPrefix(rel, "..") {
		t.Errorf("RelPath outside root = %q", rel)
	}

	c.WorkDir = sub
	if rel := c.RelPath("skip/y.env"); rel != "a/b/skip/y.env" {
		t.Errorf("RelPath from WorkDir = %q", rel)
	}
	if rel := c.RelPath("-"); rel != "-" {
		t.Errorf("RelPath(-) = %q", rel)
	}

	// Outside a repository only the start directory counts.
	plain := t.TempDir()
	if got, err := Find(plain); err != nil || got != "" {
		t.Errorf("Find outside repo = %q, %v", got, err)
	}
	if err := os.WriteFile(filepath.Join(plain, FileName), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := Find(plain); err != nil || got != filepath.Join(plain, FileName) {
		t.Errorf("Find in plain dir = %q, %v", got, err)
	}
}

func TestExampleConfigParses(t *testing.T) {
	data, err := os.ReadFile("../../examples/pinatascan.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Parse("examples/pinatascan.yaml", data); err != nil {
		t.Fatal(err)
	}
}

func TestLoadRootIsRepoRoot(t *testing.T) {
	repo := t.TempDir()
	if err := os.MkdirAll(filepath.Join(repo, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(repo, "ci"), 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(repo, "ci", "pinatascan.yaml")
	if err := os.WriteFile(p, []byte("exclude: [\"vendor/**\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if c.Root != repo || !c.Excluded(c.RelPath(filepath.Join(repo, "vendor", "x"))) {
		t.Errorf("Root = %q; globs must be relative to the repository root", c.Root)
	}
	if _, err := Load(filepath.Join(repo, "missing.yaml")); err == nil {
		t.Error("missing config loaded")
	}
	huge := filepath.Join(repo, "huge.yaml")
	if err := os.WriteFile(huge, []byte("# "+strings.Repeat("x", maxConfigSize)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(huge); err == nil || !strings.Contains(err.Error(), "huge.yaml: larger than") {
		t.Errorf("huge config: %v", err)
	}
}

// The fast matchers must agree with the glob engine applied to the path
// and each of its parents.
func TestFastMatchersAgree(t *testing.T) {
	globs := []string{"vendor", "vendor/**", "a/b", "a/b/**", "**/node_modules", "**/.env", "**/*.min.js", "**/*", "**/*.",
		"*.js", "src/*.go", "docs/**/*.md", "{a,b}/**", "**/x/**", "**"}
	paths := []string{"vendor", "vendor/a.go", "vendors/a.go", "x/vendor/a", "a/b", "a/b/c", "a/bc", "node_modules", "w/node_modules/p/i.js",
		"node_modules_x/a", ".env", "cfg/.env", "cfg/.env.local", "app.min.js", "w/app.min.js", "w/min.js", "a.min.js/x", "x.", "src/a.go",
		"src/b/a.go", "docs/a/b.md", "b/z", "p/x/q", "x"}
	for _, g := range globs {
		if !doublestar.ValidatePattern(g) {
			t.Fatalf("bad test glob %q", g)
		}
		fast := compileGlobs([]string{g})
		slow := []matcher{{glob: g, kind: matchGlob}}
		for _, p := range paths {
			if a, b := matchAny(fast, p), matchAny(slow, p); a != b {
				t.Errorf("glob %q path %q: fast %v, glob engine %v", g, p, a, b)
			}
		}
	}
}
