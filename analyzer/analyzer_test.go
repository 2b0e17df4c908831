package analyzer_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pinatascan/pinatascan/analyzer"
	"github.com/pinatascan/pinatascan/analyzer/internal/fixture"
)

// Each testdata package covers one family of sinks; negatives and
// suppress cover what must stay quiet. The fixes are checked against the
// .go.golden files beside the sources.
func TestAnalyzer(t *testing.T) {
	v := fixture.NewValues()
	dir := fixture.Copy(t, analysistest.TestData(), v)
	results := analysistest.RunWithSuggestedFixes(t, dir, analyzer.Analyzer,
		"example.com/creds", "nethttp", "textproto", "resty2", "resty3", "fast", "grpcmd", "oauth",
		"anywhere", "negatives", "suppress", "flows", "facts/lib", "facts/app", "sinks2", "noise")

	// No message may carry a secret: only the key id, the public part.
	secrets := []string{v["jwt"], v["secret"], v["gateway"], v["token"], v["otherjwt"], v["password"], v["basic"]}
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			n++
			for _, s := range secrets {
				if strings.Contains(d.Message, s) {
					t.Errorf("%s: message contains a secret: %s", r.Pass.Pkg.Path(), d.Message)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no diagnostics at all")
	}
	t.Logf("%d diagnostics", n)
}

// TestTestAuth runs with -testauth: non-Pinata auth values in _test.go
// files are reported too.
func TestTestAuth(t *testing.T) {
	if err := analyzer.Analyzer.Flags.Set("testauth", "true"); err != nil {
		t.Fatal(err)
	}
	defer analyzer.Analyzer.Flags.Set("testauth", "false")
	dir := fixture.Copy(t, analysistest.TestData(), fixture.NewValues())
	analysistest.Run(t, dir, analyzer.Analyzer, "testauth")
}

func TestDoc(t *testing.T) {
	doc := analyzer.Analyzer.Doc
	if !strings.HasPrefix(doc, "report hardcoded credentials that reach HTTP or RPC auth\n") {
		t.Errorf("Doc does not start with the summary line: %.60q", doc)
	}
	if strings.Contains(doc, "# Analyzer") || strings.Contains(doc, "package analyzer") {
		t.Errorf("Doc carries doc.go framing: %q", doc)
	}
}
