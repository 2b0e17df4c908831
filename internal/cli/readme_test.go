package cli_test

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/cli"
	"github.com/pinatascan/pinatascan/internal/report"
)

// TestREADMEUsage: the README's Usage table lists every flag of scan, as
// scan --help has them, and every report format.
func TestREADMEUsage(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	start := strings.Index(readme, "\n## Usage\n")
	if start < 0 {
		t.Fatal("README has no Usage section")
	}
	usage := readme[start+1:]
	if end := strings.Index(usage, "\n## "); end >= 0 {
		usage = usage[:end]
	}
	var help bytes.Buffer
	if code := cli.Run([]string{"scan", "--help"}, nil, &help, &help); code != 0 {
		t.Fatalf("scan --help: exit %d", code)
	}
	flags := regexp.MustCompile(`(?m)^  (--?[a-zA-Z-]+)`).FindAllStringSubmatch(help.String(), -1)
	if len(flags) < 10 {
		t.Fatalf("found only %d flags in scan --help", len(flags))
	}
	for _, f := range flags {
		if !strings.Contains(usage, "| `"+f[1]+"`") && !strings.Contains(usage, "| `"+f[1]+" ") {
			t.Errorf("the README's Usage table has no row for %s", f[1])
		}
	}
	for _, name := range report.Formats() {
		if !strings.Contains(usage, "`"+name+"`") {
			t.Errorf("the README's Usage section does not name the %s format", name)
		}
	}
}
