// Package golangci registers pinatavet as a golangci-lint module plugin.
// Build a custom golangci-lint with it through `golangci-lint custom` and
// a .custom-gcl.yml naming this package; see the README.
package golangci

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/pinatascan/pinatascan/analyzer"
)

func init() { register.Plugin("pinatavet", New) }

// Settings are the plugin's settings in .golangci.yml; unknown ones are an
// error rather than silently ignored.
type Settings struct {
	// TestAuth reports hardcoded non-Pinata auth values in _test.go files
	// too, like pinatavet -testauth.
	TestAuth bool `json:"testauth"`
}

// New returns the plugin. golangci-lint calls it with the settings from
// linters.settings.custom.pinatavet.settings.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("pinatavet: %w", err)
	}
	if err := analyzer.Analyzer.Flags.Set("testauth", fmt.Sprint(s.TestAuth)); err != nil {
		return nil, fmt.Errorf("pinatavet: %w", err)
	}
	return plugin{}, nil
}

type plugin struct{}

func (plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{analyzer.Analyzer}, nil
}

// GetLoadMode asks for type information: sinks are resolved with it.
func (plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
