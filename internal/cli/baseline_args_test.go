package cli

import (
	"bytes"
	"reflect"
	"regexp"
	"slices"
	"testing"
)

// TestBaselineValueFlags: every flag of scan and git that takes a value is
// in scanValueFlags, so baseline create never takes a flag's value for the
// command name.
func TestBaselineValueFlags(t *testing.T) {
	valueFlag := regexp.MustCompile(`(?m)^  --?([a-zA-Z-]+) [A-Z]+$`)
	for _, name := range []string{"scan", "git"} {
		var out bytes.Buffer
		if code := Run([]string{name, "--help"}, nil, &out, &out); code != exitClean {
			t.Fatalf("%s --help: exit %d", name, code)
		}
		for _, m := range valueFlag.FindAllStringSubmatch(out.String(), -1) {
			if !slices.Contains(scanValueFlags, m[1]) {
				t.Errorf("%s: --%s takes a value but is not in scanValueFlags", name, m[1])
			}
		}
	}
}

func TestSplitBaselineArgs(t *testing.T) {
	for _, tc := range []struct {
		args      []string
		own, sub  []string
		name, err string
	}{
		{[]string{"create"}, nil, nil, "scan", ""},
		{[]string{"create", "git", "--all", "--output", "f"}, []string{"--output", "f"}, []string{"--all"}, "git", ""},
		{[]string{"--output=f", "create", "src"}, []string{"--output=f"}, []string{"src"}, "scan", ""},
		{[]string{"create", "--config", "git", "scan"}, nil, []string{"--config", "git"}, "scan", ""},
		{[]string{"create", "--config", "c.yaml", "git"}, nil, []string{"--config", "c.yaml"}, "git", ""},
		{[]string{"create", "scan", "git"}, nil, []string{"git"}, "scan", ""},
		{[]string{"create", "--", "--output", "x"}, nil, []string{"--", "--output", "x"}, "scan", ""},
		{[]string{"create", "-C", "repo", "git"}, nil, []string{"-C", "repo"}, "git", ""},
		{[]string{"create", "git", "-C", "repo", "main..topic"}, nil, []string{"-C", "repo", "main..topic"}, "git", ""},
		{[]string{}, nil, nil, "", "want 'baseline create'"},
		{[]string{"make"}, nil, nil, "", `want 'baseline create', got "make"`},
		{[]string{"create", "--format", "text"}, nil, nil, "", `"--format" is set by 'baseline create' itself (the baseline file is --output)`},
	} {
		a, err := splitBaselineArgs(tc.args)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("%q: err %v, want %q", tc.args, err, tc.err)
			}
			continue
		}
		if err != nil || a.name != tc.name || !reflect.DeepEqual(a.own, tc.own) || !reflect.DeepEqual(a.sub, tc.sub) {
			t.Errorf("%q: %+v, %v; want name %s, own %q, sub %q", tc.args, a, err, tc.name, tc.own, tc.sub)
		}
	}
}
