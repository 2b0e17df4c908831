package golangci_test

import (
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/pinatascan/pinatascan/analyzer"
	_ "github.com/pinatascan/pinatascan/analyzer/golangci"
)

// TestPlugin loads the plugin the way golangci-lint does, by name from the
// registry, and checks that it hands over pinatavet's own analyzer, the one
// TestAnalyzer (package analyzer) runs on every testdata package. Running it
// again here would only type-check the standard library from source once
// more, seconds of CPU, to test the same value.
func TestPlugin(t *testing.T) {
	newPlugin, err := register.GetPlugin("pinatavet")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(analyzers) != 1 || analyzers[0].Name != "pinatavet" {
		t.Fatalf("BuildAnalyzers() = %v", analyzers)
	}
	if analyzers[0] != analyzer.Analyzer {
		t.Errorf("BuildAnalyzers() = %p, want analyzer.Analyzer (%p)", analyzers[0], analyzer.Analyzer)
	}
}

func TestPluginSettings(t *testing.T) {
	newPlugin, err := register.GetPlugin("pinatavet")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newPlugin(map[string]any{}); err != nil {
		t.Errorf("empty settings: %v", err)
	}
	if _, err := newPlugin(map[string]any{"no-such-setting": true}); err == nil {
		t.Error("unknown setting accepted")
	}
	if _, err := newPlugin(map[string]any{"testauth": true}); err != nil {
		t.Errorf("testauth: %v", err)
	}
	if got := analyzer.Analyzer.Flags.Lookup("testauth").Value.String(); got != "true" {
		t.Errorf("testauth setting gave the flag %q", got)
	}
	if _, err := newPlugin(nil); err != nil {
		t.Fatal(err)
	}
	if got := analyzer.Analyzer.Flags.Lookup("testauth").Value.String(); got != "false" {
		t.Errorf("no settings left the flag %q", got)
	}
}
