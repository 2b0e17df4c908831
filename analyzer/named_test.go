package analyzer_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/analyzer/internal/fixture"
	"github.com/pinatascan/pinatascan/scanner"
)

// checkNamed checks the questions the pass asks the detection core about
// testdata/src/named: each value with the names the syntax gives it, as
// the core's name-path API expects them (struct type and field with the
// other fields as siblings, the setter and its key, the callee and
// argument index, the header, the map and key). The verdicts are the
// core's to give. The package's values ({{key2}}, {{secret2}}) appear in
// no other package of the run, so these questions can only come from it.
func checkNamed(t *testing.T, asked map[string]bool) {
	for _, want := range []string{
		`[StorageConfig APIKey]={{key2}} siblings [Provider=pinata APISecret={{secret2}}]`,
		`[StorageConfig APISecret]={{secret2}} siblings [Provider=pinata APIKey={{key2}}]`,
		`[os.Setenv PINATA_API_KEY]={{key2}}`,
		`[key]={{key2}} siblings [url=https://api.pinata.cloud secret={{secret2}}] callee named.New arg 2`,
		`[secret]={{secret2}} siblings [url=https://api.pinata.cloud key={{key2}}] callee named.New arg 3`,
		`[pinata_secret_api_key]={{secret2}}`,
		`[headers pinata_api_key]={{key2}} siblings [Accept=application/json]`,
	} {
		if !asked[want] {
			var named []string
			for a := range asked {
				if strings.Contains(a, "2}}") {
					named = append(named, a)
				}
			}
			sort.Strings(named)
			t.Errorf("the core was not asked %s; about named it was asked:\n%s", want, strings.Join(named, "\n"))
		}
	}
}

// render writes n with the named package's values back as {{names}}.
func render(n scanner.Named, v fixture.Values) string {
	back := func(s string) string {
		for _, k := range []string{"secret2", "key2"} {
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
