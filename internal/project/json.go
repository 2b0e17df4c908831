package project

import (
	"encoding/json"
	"sort"
)

// readPackageJSON lists an npm package.json's dependencies of every kind
// (bun, pnpm and yarn read the same file). bundleDependencies only repeats
// names from these; overrides and resolutions pin versions of packages
// something else depends on.
func readPackageJSON(data []byte, yield func(string) bool) {
	var pkg struct {
		Dependencies         map[string]json.RawMessage `json:"dependencies"`
		DevDependencies      map[string]json.RawMessage `json:"devDependencies"`
		PeerDependencies     map[string]json.RawMessage `json:"peerDependencies"`
		OptionalDependencies map[string]json.RawMessage `json:"optionalDependencies"`
	}
	if json.Unmarshal(data, &pkg) != nil {
		return
	}
	yieldKeys(yield, pkg.Dependencies, pkg.DevDependencies, pkg.PeerDependencies, pkg.OptionalDependencies)
}

// readComposerJSON lists a PHP composer.json's require and require-dev.
func readComposerJSON(data []byte, yield func(string) bool) {
	var pkg struct {
		Require    map[string]json.RawMessage `json:"require"`
		RequireDev map[string]json.RawMessage `json:"require-dev"`
	}
	if json.Unmarshal(data, &pkg) != nil {
		return
	}
	yieldKeys(yield, pkg.Require, pkg.RequireDev)
}

// yieldKeys yields the keys of each map, sorted, so the package reported is
// the same on every run.
func yieldKeys(yield func(string) bool, maps ...map[string]json.RawMessage) {
	for _, m := range maps {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if yield(k) {
				return
			}
		}
	}
}
