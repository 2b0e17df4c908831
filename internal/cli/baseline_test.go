package cli_test

import (
	"encoding/json"
	"maps"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestPolicyScripts runs the end-to-end scripts for the config file, the
// ignore file, inline allow comments, baselines and the CI formats, in
// testdata/policy, with the helper commands of TestScripts plus:
//
//	fingerprint REPORT KIND VAR   set $VAR to the fingerprint of the first
//	                              finding of KIND in the JSON REPORT
func TestPolicyScripts(t *testing.T) {
	t.Parallel()
	cmds := maps.Clone(scriptCmds)
	cmds["fingerprint"] = fingerprintCmd
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/policy",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup:               scriptSetup(t),
		Cmds:                cmds,
	})
}

func fingerprintCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: fingerprint REPORT KIND VAR")
	}
	var rep struct {
		Findings []struct{ Kind, Fingerprint string }
	}
	ts.Check(json.Unmarshal([]byte(ts.ReadFile(args[0])), &rep))
	for _, f := range rep.Findings {
		if f.Kind == args[1] {
			ts.Setenv(args[2], f.Fingerprint)
			return
		}
	}
	ts.Fatalf("no %s finding in %s", args[1], args[0])
}
