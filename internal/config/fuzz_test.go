package config

import (
	"strings"
	"testing"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/pinatascan/pinatascan/scanner"
)

// FuzzParse checks that no config file crashes the parser, that every
// error names the file, and that whatever parses is usable.
func FuzzParse(f *testing.F) {
	f.Add([]byte("exclude: [\"vendor/**\"]\nkinds: [jwt]\nmax_file_size: 1MB\n"))
	f.Add([]byte("allowlist:\n  - fingerprint: " + fp1 + "\n    reason: x\nverify:\n  fail_on: live\n"))
	f.Add([]byte("a: &x [*x]\n"))
	f.Add([]byte("exclude:\n  - \"[\"\n"))
	f.Add([]byte("{exclude: {a: b}}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("f.yaml", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.yaml:") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, g := range append(append([]string{}, c.Exclude...), c.Include...) {
			if !doublestar.ValidatePattern(g) {
				t.Fatalf("invalid glob accepted: %q", g)
			}
		}
		for _, a := range c.Allowlist {
			if !scanner.ValidFingerprint(a.Fingerprint) || a.Reason == "" {
				t.Fatalf("bad allowlist entry accepted: %+v", a)
			}
		}
		if c.MaxFileSize < 0 {
			t.Fatalf("negative size %d", c.MaxFileSize)
		}
		c.Excluded("a/b/c.go")
		c.SkipDir("a")
	})
}
