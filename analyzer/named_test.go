package analyzer

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pinatascan/pinatascan/analyzer/internal/fixture"
	"github.com/pinatascan/pinatascan/scanner"
)

// TestNamed checks the questions the pass asks the detection core: each
// value with the names the syntax gives it, as the core's name-path API
// expects them (struct type and field with the other fields as siblings,
// the setter and its key, the callee and argument index, the header, the
// map and key). The verdicts are the core's to give.
func TestNamed(t *testing.T) {
	v := fixture.NewValues()
	dir := fixture.Copy(t, analysistest.TestData(), v)
	var asked []string
	saved := judge
	judge = func(n scanner.Named) (scanner.Finding, bool) {
		asked = append(asked, render(n, v))
		return saved(n)
	}
	defer func() { judge = saved }()
	analysistest.Run(quiet{}, dir, Analyzer, "named")

	for _, want := range []string{
		`[StorageConfig APIKey]={{key}} siblings [Provider=pinata APISecret={{secret}}]`,
		`[StorageConfig APISecret]={{secret}} siblings [Provider=pinata APIKey={{key}}]`,
		`[os.Setenv PINATA_API_KEY]={{key}}`,
		`[key]={{key}} siblings [url=https://api.pinata.cloud secret={{secret}}] callee named.New arg 2`,
		`[secret]={{secret}} siblings [url=https://api.pinata.cloud key={{key}}] callee named.New arg 3`,
		`[pinata_secret_api_key]={{secret}}`,
		`[headers pinata_api_key]={{key}} siblings [Accept=application/json]`,
	} {
		found := false
		for _, a := range asked {
			found = found || a == want
		}
		if !found {
			t.Errorf("the core was not asked %s; it was asked:\n%s", want, strings.Join(asked, "\n"))
		}
	}
}

// render writes n with the fixture's values back as {{names}}.
func render(n scanner.Named, v fixture.Values) string {
	back := func(s string) string {
		for _, k := range []string{"secret", "key"} {
			if s == v[k] {
				return "{{" + k + "}}"
			}
		}
		return s
	}
	s := fmt.Sprintf("%v=%s", n.Path, back(n.Value))
	if len(n.Siblings) > 0 {
		var sib []string
		for _, x := range n.Siblings {
			sib = append(sib, x.Name+"="+back(x.Value))
		}
		s += fmt.Sprintf(" siblings %v", sib)
	}
	if n.Callee != "" {
		s += fmt.Sprintf(" callee %s arg %d", n.Callee, n.Arg)
	}
	return s
}

type quiet struct{}

func (quiet) Errorf(string, ...any) {}
