package analyzer_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// The evaluation module's floor: pinatavet must find at least this share
// of its labelled leaks, and this share of its reports must be leaks.
const (
	minRecall    = 0.95
	minPrecision = 0.95
)

// checkEval scores the pass on testdata/src/pinup, an application written
// the way Go code that uses Pinata is written, whose leaking lines carry a
// "// leak" comment, line by line, from TestAnalyzer's run.
func checkEval(t *testing.T, results []*analysistest.Result, dir string) {
	root := filepath.Join(dir, "src", "pinup")
	reported := map[string]bool{} // file:line
	for _, r := range results {
		for _, d := range r.Diagnostics {
			p := r.Pass.Fset.Position(d.Pos)
			if strings.HasPrefix(p.Filename, root+string(filepath.Separator)) {
				reported[fmt.Sprintf("%s:%d", p.Filename, p.Line)] = true
			}
		}
	}
	labelled := leakLines(t, root)

	var tp int
	var misses, falsePos []string
	for l := range labelled {
		if reported[l] {
			tp++
		} else {
			misses = append(misses, l)
		}
	}
	for l := range reported {
		if !labelled[l] {
			falsePos = append(falsePos, l)
		}
	}
	sort.Strings(misses)
	sort.Strings(falsePos)
	for _, l := range misses {
		t.Logf("missed: %s", strings.TrimPrefix(l, dir))
	}
	for _, l := range falsePos {
		t.Logf("false positive: %s", strings.TrimPrefix(l, dir))
	}
	recall := float64(tp) / float64(len(labelled))
	precision := 1.0
	if len(reported) > 0 {
		precision = float64(tp) / float64(len(reported))
	}
	t.Logf("pinup: %d leaks, %d reported lines: recall %.2f, precision %.2f", len(labelled), len(reported), recall, precision)
	if recall < minRecall || precision < minPrecision {
		t.Errorf("recall %.2f, precision %.2f: below the floor %.2f, %.2f", recall, precision, minRecall, minPrecision)
	}
}

var leakLabel = regexp.MustCompile(`//\s*leak\b`)

// leakLines returns the file:line of every line labelled "// leak" under root.
func leakLines(t *testing.T, root string) map[string]bool {
	lines := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			if leakLabel.MatchString(sc.Text()) {
				lines[fmt.Sprintf("%s:%d", path, n)] = true
			}
		}
		return sc.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) == 0 {
		t.Fatal("no labelled leaks")
	}
	return lines
}
