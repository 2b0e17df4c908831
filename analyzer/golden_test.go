package analyzer_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pinatascan/pinatascan/analyzer/internal/fixture"
)

// TestUpdateGolden rewrites the .go.golden files from what pinatavet -fix
// makes of the testdata, with the fixture values put back as {{names}}.
// It runs only when asked: PINATAVET_UPDATE_GOLDEN=1 go test -run TestUpdateGolden.
// Review the diff before committing it.
func TestUpdateGolden(t *testing.T) {
	if os.Getenv("PINATAVET_UPDATE_GOLDEN") == "" {
		t.Skip("set PINATAVET_UPDATE_GOLDEN=1 to rewrite the golden files")
	}
	v := fixture.NewValues()
	dir := fixture.Copy(t, analysistest.TestData(), v)
	var goldens []string
	pkgs := map[string]bool{}
	src := filepath.Join(analysistest.TestData(), "src")
	filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".go.golden") {
			goldens = append(goldens, path)
			rel, _ := filepath.Rel(src, filepath.Dir(path))
			pkgs[rel] = true
		}
		return err
	})
	bin := filepath.Join(t.TempDir(), "pinatavet")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/pinatavet").CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for pkg := range pkgs {
		cmd := exec.Command(bin, "-fix", "./"+pkg)
		cmd.Dir = filepath.Join(dir, "src")
		cmd.Env = append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off", "GOFLAGS=")
		out, _ := cmd.CombinedOutput()
		t.Logf("%s: %s", pkg, out)
	}
	// Longest values first, so a value holding another is put back whole.
	var names []string
	for k := range v {
		names = append(names, k)
	}
	sort.Slice(names, func(i, j int) bool { return len(v[names[i]]) > len(v[names[j]]) })
	var pairs []string
	for _, k := range names {
		pairs = append(pairs, v[k], "{{"+k+"}}")
	}
	back := strings.NewReplacer(pairs...)
	for _, g := range goldens {
		rel, _ := filepath.Rel(analysistest.TestData(), strings.TrimSuffix(g, ".golden"))
		fixed, err := os.ReadFile(filepath.Join(dir, rel))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(g, []byte(back.Replace(string(fixed))), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
