package analyzer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pinatascan/pinatascan/analyzer"
	"github.com/pinatascan/pinatascan/analyzer/internal/fixture"
	"github.com/pinatascan/pinatascan/scanner"
)

// TestMain lets the collector run less often: analysistest type-checks
// what the fixtures import from source (net/http's closure among them),
// hundreds of megabytes of short-lived garbage, and the tests can spend
// the memory to save a tenth of their CPU.
func TestMain(m *testing.M) {
	debug.SetGCPercent(400)
	os.Exit(m.Run())
}

// TestAnalyzer runs the pass once over every testdata package but
// testauth (TestTestAuth sets a flag), and its subtests read that one run:
// each load type-checks net/http and the rest of the standard library from
// source, seconds of CPU.
//
// Each testdata package covers one family of sinks; negatives and
// suppress cover what must stay quiet; named also records the questions
// the pass asks the detection core (Named). The fixes are checked against
// the .go.golden files beside the sources. pinup, the evaluation module,
// carries "// leak" labels instead of "want"s and is scored (Eval).
func TestAnalyzer(t *testing.T) {
	v := fixture.NewValues()
	dir := fixture.Copy(t, analysistest.TestData(), v)
	var mu sync.Mutex
	asked := map[string]bool{}
	stop := analyzer.WatchJudge(func(n scanner.Named) {
		q := render(n, v)
		mu.Lock()
		asked[q] = true
		mu.Unlock()
	})
	results := analysistest.RunWithSuggestedFixes(exceptEval{t, dir}, dir, analyzer.Analyzer,
		"example.com/creds", "nethttp", "textproto", "resty2", "resty3", "fast", "grpcmd", "oauth",
		"anywhere", "negatives", "suppress", "flows", "facts/lib", "facts/app", "sinks2", "noise", "named",
		"pinup/...")
	stop()

	t.Run("NoSecretInMessages", func(t *testing.T) { noSecretInMessages(t, results, v) })
	t.Run("Named", func(t *testing.T) { checkNamed(t, asked) })
	t.Run("Eval", func(t *testing.T) { checkEval(t, results, dir) })
}

// exceptEval passes analysistest's complaints on to the test, except those
// about the evaluation module: with no "want" comments and no golden
// files there, each of its reports would be "unexpected". Eval scores them.
type exceptEval struct {
	*testing.T
	dir string
}

func (e exceptEval) Errorf(format string, args ...any) {
	e.Helper()
	msg := fmt.Sprintf(format, args...)
	// check names a file relative to dir/src, the golden check by its full path.
	if strings.HasPrefix(msg, "pinup/") || strings.Contains(msg, filepath.Join(e.dir, "src", "pinup")+string(filepath.Separator)) {
		return
	}
	e.T.Errorf("%s", msg)
}

// noSecretInMessages: no message may carry a secret, only the key id, the
// public part.
func noSecretInMessages(t *testing.T, results []*analysistest.Result, v fixture.Values) {
	secrets := []string{v["jwt"], v["secret"], v["secret2"], v["gateway"], v["token"], v["otherjwt"], v["password"], v["basic"]}
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
