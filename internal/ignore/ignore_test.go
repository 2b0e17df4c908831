package ignore

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/scanner"
)

const (
	fpA = "0123456789abcdef0123456789abcdef"
	fpB = "fedcba9876543210fedcba9876543210"
	fpC = "00000000000000000000000000000001"
)

func TestParse(t *testing.T) {
	src := "\ufeff# team ignore list\n\n" +
		fpA + "  # revoked test key in fixtures/\n" +
		"   " + fpB + "\n" +
		fpC + "#no space\n" +
		fpA + " # listed twice\n"
	l, err := Parse(".pinatascanignore", strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	if l.Len() != 4 {
		t.Fatalf("Len = %d, want 4", l.Len())
	}
	e, ok := l.Match(fpA)
	if !ok || e.Reason != "revoked test key in fixtures/" || e.Line != 3 {
		t.Errorf("Match(fpA) = %+v, %v", e, ok)
	}
	if e, ok := l.Match(fpC); !ok || e.Reason != "no space" {
		t.Errorf("Match(fpC) = %+v, %v", e, ok)
	}
	if _, ok := l.Match(strings.Repeat("a", 32)); ok {
		t.Error("unlisted fingerprint matched")
	}
	unused := l.Unused()
	if len(unused) != 1 || unused[0].Fingerprint != fpB || unused[0].Line != 4 {
		t.Errorf("Unused = %+v, want only fpB on line 4", unused)
	}
}

func TestParseErrors(t *testing.T) {
	key := testcred.Key()
	tests := []struct {
		src, want string
	}{
		{"# ok\n" + fpA + " reason without hash\n", ".pinatascanignore:2: one fingerprint per line"},
		{"\n\nabc\n", `.pinatascanignore:3: "abc" is not a pinatascan fingerprint`},
		{strings.ToUpper(fpA) + "\n", ".pinatascanignore:1:"},
		{fpA + "0\n", ".pinatascanignore:1:"},
		{"abc123:config/.env:pinata-jwt:12\n", ".pinatascanignore:1: \"abc123…\" is not"},
		{key + "\n", ".pinatascanignore:1:"},
		{strings.Repeat("x", maxLine+10) + "\n", ".pinatascanignore:1: line longer than"},
	}
	for _, tt := range tests {
		_, err := Parse(".pinatascanignore", strings.NewReader(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%.40q: got %v, want %q", tt.src, err, tt.want)
		}
	}
	// A pasted credential must not be echoed back in full.
	_, err := Parse("f", strings.NewReader(key+"\n"))
	if err == nil || strings.Contains(err.Error(), key) {
		t.Errorf("error echoes the pasted value: %v", err)
	}
}

// The point of content fingerprints: a new secret on an ignored line has a
// fingerprint of its own and is not hidden.
func TestNewSecretOnIgnoredLineNotHidden(t *testing.T) {
	old := scanner.Fingerprint(scanner.KindAPISecret, testcred.Secret())
	l, err := Parse("i", strings.NewReader(old+" # rotated\n"))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := l.Match(old); !ok {
		t.Fatal("ignored secret not matched")
	}
	if _, ok := l.Match(scanner.Fingerprint(scanner.KindAPISecret, testcred.Secret())); ok {
		t.Error("a different secret matched the entry")
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, FileName)
	if l, err := Load(missing, true); err != nil || l.Len() != 0 {
		t.Errorf("optional missing file: %v, %v", l, err)
	}
	if _, err := Load(missing, false); err == nil {
		t.Error("named missing file: no error")
	}
	if err := os.WriteFile(missing, []byte(fpA+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	l, err := Load(missing, false)
	if err != nil || l.Len() != 1 {
		t.Errorf("Load = %v, %v", l, err)
	}

	var nl *List
	if _, ok := nl.Match(fpA); ok || nl.Unused() != nil || nl.Len() != 0 {
		t.Error("nil list must match nothing")
	}
	empty := &List{}
	if _, ok := empty.Match(fpA); ok {
		t.Error("empty list matched")
	}
}
