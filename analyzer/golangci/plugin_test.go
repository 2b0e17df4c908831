package golangci_test

import (
	"path/filepath"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/pinatascan/pinatascan/analyzer"
	_ "github.com/pinatascan/pinatascan/analyzer/golangci"
	"github.com/pinatascan/pinatascan/analyzer/internal/fixture"
)

// TestPlugin loads the plugin the way golangci-lint does, by name from the
// registry, and runs its analyzers on the analyzer's own testdata: the
// package "anywhere", which needs type information (an aliased os import)
// but not net/http, whose source analysistest would type-check again here
// (TestAnalyzer covers every sink).
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
	dir := fixture.Copy(t, filepath.Join("..", "testdata"), fixture.NewValues())
	results := analysistest.Run(t, dir, analyzers[0], "anywhere")
	if len(results) == 0 || len(results[0].Diagnostics) == 0 {
		t.Error("the plugin's analyzer reported nothing on anywhere")
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
