package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/scanner"
)

func TestGitHubAnnotations(t *testing.T) {
	secret, key := testcred.Secret(), testcred.Key()
	rep := &result.Report{
		Results: []result.Result{
			{Finding: scanner.Finding{Kind: scanner.KindAPISecret, Line: 3, Column: 23, Value: secret, KeyID: key}, Path: "./config/.env"},
			{Finding: scanner.Finding{Kind: scanner.KindAPIKey, Line: 1, Column: 2, Value: key, KeyID: key}, Path: "odd, name:\n::error file=x::forged%.env"},
			{Finding: scanner.Finding{Kind: scanner.KindAPIKey, Line: 1, Column: 1, Value: key, KeyID: key}, Path: "esc\x1b]52;c;ZXZpbA==\x07.env"},
		},
		Summary: result.Summary{
			Stats:    result.Stats{Files: 2, Suppressed: 1},
			Problems: []string{"locked\n.env: permission denied"},
			Partial:  true,
		},
	}
	var buf bytes.Buffer
	if err := Write(&GitHubReporter{}, &buf, rep); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, secret) {
		t.Fatal("annotation holds the secret in full")
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if lines[0] != strings.TrimSuffix(githubOpening, "\n") {
		t.Errorf("first line %q, want the hidden debug line that marks pinatascan's report", lines[0])
	}
	lines = lines[1:]
	if len(lines) != 6 {
		t.Fatalf("%d lines, want 3 findings + 1 problem + 1 interrupted + summary:\n%s", len(lines), out)
	}
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Errorf("a terminal escape passed through:\n%q", out)
	}
	// A name with an escape is quoted: the annotation lands on no file.
	if want := `::warning file="esc\x1b]52;c;ZXZpbA==\a.env",`; !strings.HasPrefix(lines[2], want) {
		t.Errorf("line 2:\n got %s\nwant prefix %s", lines[2], want)
	}
	lines = slices.Delete(lines, 2, 3)
	want0 := "::error file=config/.env,line=3,col=23,title=Pinata API secret in source::Pinata API secret in source: " +
		scanner.Mask(secret) + ". Fix: revoke API key " + key + " in the Pinata dashboard (API Keys), then load its replacement from the environment."
	if lines[0] != want0 {
		t.Errorf("line 0:\n got %s\nwant %s", lines[0], want0)
	}
	// The hostile file name stays inside its property: no forged command.
	if want := "::warning file=odd%2C name%3A%0A%3A%3Aerror file=x%3A%3Aforged%25.env,line=1,col=2,title=Pinata API key in source::"; !strings.HasPrefix(lines[1], want) {
		t.Errorf("line 1:\n got %s\nwant prefix %s", lines[1], want)
	}
	if lines[2] != "::error title=pinatascan could not read everything::locked%0A.env: permission denied" {
		t.Errorf("problem line: %s", lines[2])
	}
	if !strings.HasPrefix(lines[3], "::error title=pinatascan was interrupted::") {
		t.Errorf("partial line: %s", lines[3])
	}
	if !strings.HasPrefix(lines[4], "3 findings") || !strings.Contains(lines[4], "1 suppressed") {
		t.Errorf("summary: %s", lines[4])
	}
}

func TestWorkflowEscaping(t *testing.T) {
	tests := []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"k:v,w", "k:v,w", "k%3Av%2Cw"},
		{"%0A", "%250A", "%250A"}, // an already-escaped look-alike stays literal
	}
	for _, tt := range tests {
		if got := escapeData(tt.in); got != tt.data {
			t.Errorf("escapeData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := escapeProperty(tt.in); got != tt.prop {
			t.Errorf("escapeProperty(%q) = %q, want %q", tt.in, got, tt.prop)
		}
	}
}

func TestGitHubNoFindings(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&GitHubReporter{}, &buf, &result.Report{Summary: result.Summary{Stats: result.Stats{Files: 3}}}); err != nil {
		t.Fatal(err)
	}
	if out := strings.TrimPrefix(buf.String(), githubOpening); strings.Contains(out, "::") || !strings.HasPrefix(out, "no findings") {
		t.Errorf("output %q", out)
	}
}
