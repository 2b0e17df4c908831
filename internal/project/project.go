// Package project tells, from a project's package manifests, whether it
// depends on a Pinata SDK, and which one. The scanner uses the answer as
// evidence: in a project that uses Pinata, an API key named plainly beside
// a plainly named secret is Pinata's even where the file never says so.
//
// Only declared dependencies count: a package named in a description, a
// script, a comment or a string is not one. The readers never fail: a
// manifest that cannot be read, or is larger than MaxSize, declares nothing.
// Every reader runs in time linear in its input.
package project

import (
	"path"
	"strings"
)

// MaxSize is the largest manifest read, in bytes. Real manifests are a few
// kilobytes; a larger file is not read, so a hostile one cannot cost more.
const MaxSize = 1 << 20

// reader lists the dependencies a manifest declares, calling yield with
// each name as written until yield returns true.
type reader func(data []byte, yield func(name string) bool)

// manifest is one kind of manifest: how to read it and which of its
// dependencies are Pinata SDKs.
type manifest struct {
	read   reader
	pinata func(dep string) bool
}

// kindOf returns the kind of manifest a file of this base name is, or nil.
func kindOf(name string) *manifest {
	switch name {
	case "package.json":
		return &npmManifest
	case "composer.json":
		return &composerManifest
	case "pyproject.toml":
		return &pyprojectManifest
	case "Pipfile":
		return &pipfileManifest
	case "go.mod":
		return &goManifest
	case "Cargo.toml":
		return &cargoManifest
	case "Gemfile", "gems.rb":
		return &gemfileManifest
	case "pubspec.yaml":
		return &pubManifest
	case "mix.exs":
		return &mixManifest
	case "packages.config", "Directory.Packages.props":
		return &nugetManifest
	}
	ext := path.Ext(name)
	switch {
	case strings.HasPrefix(name, "requirements") && ext == ".txt":
		return &requirementsManifest // requirements.txt, requirements-dev.txt, requirements_test.txt
	case ext == ".gemspec" && len(name) > len(ext):
		return &gemspecManifest
	case (ext == ".csproj" || ext == ".fsproj" || ext == ".vbproj") && len(name) > len(ext):
		return &nugetManifest
	}
	return nil
}

// IsManifest reports whether a file with this base name is a manifest that
// PinataPackage reads.
func IsManifest(name string) bool { return kindOf(name) != nil }

// PinataPackage returns the Pinata SDK that the manifest named name (a base
// name such as "package.json") declares as a dependency, as the manifest
// writes it ("@pinata/sdk"), or "" when it declares none.
func PinataPackage(name string, data []byte) string {
	m := kindOf(name)
	if m == nil || len(data) > MaxSize {
		return ""
	}
	found := ""
	m.read(data, func(dep string) bool {
		if m.pinata(dep) {
			found = dep
			return true
		}
		return false
	})
	return found
}

// dependencyDirs are where package managers install other projects' code:
// a file below one belongs to that dependency, not to the project that
// installed it, whatever the project's manifest says.
var dependencyDirs = set(
	"node_modules", "bower_components", // npm, yarn, pnpm, bun; Bower
	"site-packages", "dist-packages", // pip, in a virtualenv or the system
	"vendor", // go mod vendor, Composer, Bundler's vendor/bundle
	"deps",   // mix (Elixir)
	"Pods",   // CocoaPods
)

// IsDependencyDir reports whether a directory of this base name holds
// installed dependencies, so that it inherits no project from above.
func IsDependencyDir(name string) bool { return dependencyDirs[name] }

// Use is how a project's use of Pinata is cited in a finding: the manifest's
// path and the package, "web/package.json (@pinata/sdk)".
func Use(manifestPath, pkg string) string { return manifestPath + " (" + pkg + ")" }

// The Pinata SDKs, per registry. Each was confirmed in its registry or in
// Pinata's documentation (docs/detection.md, "Project context", says where).
// Official packages come first; community clients listed on Pinata's
// "Community SDKs" page or published as Pinata clients follow.
var (
	npmPinata = set("pinata", "pinata-web3", "pinata-fdk", "pinata-sdk", "@taqueria/plugin-ipfs-pinata")
	// Everything under the @pinata scope is Pinata's own (@pinata/sdk,
	// @pinata/ipfs-gateway-tools).
	npmPinataScope = "@pinata/"

	pypiPinata = set("pinatapy-vourhey", "pinata", "pinata-python")

	// Modules under Pinata's GitHub organisation are Pinata's own
	// (github.com/PinataCloud/pinata-go-sdk).
	goPinataOrg = "github.com/pinatacloud/"
	goPinata    = set("github.com/zde37/pinata-go-sdk", "github.com/wealdtech/go-ipfs-provider-pinata", "github.com/jooyyy/pinata-go")

	cratesPinata   = set("pinata-sdk", "pinata-ipfs")
	composerPinata = set("nebulaprotocol/pinata-php", "defro/pinata-php", "danielcrt/pinata-laravel", "desnake/pinata-laravel-v9", "antikode/pinata-cloud")
	gemsPinata     = set("pinata", "activestorage-pinata")
	pubPinata      = set("pinata", "pinata_cloud_sdk")
	hexPinata      = set("ex_pinata")
	nugetPinata    = set("pinata.client")
)

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

var (
	npmManifest = manifest{read: readPackageJSON, pinata: func(d string) bool {
		return npmPinata[d] || strings.HasPrefix(d, npmPinataScope) && len(d) > len(npmPinataScope)
	}}
	composerManifest     = manifest{read: readComposerJSON, pinata: func(d string) bool { return composerPinata[strings.ToLower(d)] }}
	requirementsManifest = manifest{read: readRequirements, pinata: isPyPIPinata}
	pyprojectManifest    = manifest{read: readPyproject, pinata: isPyPIPinata}
	pipfileManifest      = manifest{read: readPipfile, pinata: isPyPIPinata}
	goManifest           = manifest{read: readGoMod, pinata: func(d string) bool {
		d = strings.ToLower(d)
		return goPinata[d] || strings.HasPrefix(d, goPinataOrg) && len(d) > len(goPinataOrg)
	}}
	cargoManifest = manifest{read: readCargo, pinata: func(d string) bool {
		// crates.io treats - and _ alike, and names case-insensitively.
		return cratesPinata[strings.ReplaceAll(strings.ToLower(d), "_", "-")]
	}}
	gemfileManifest = manifest{read: readGemfile, pinata: func(d string) bool { return gemsPinata[d] }}
	gemspecManifest = manifest{read: readGemspec, pinata: func(d string) bool { return gemsPinata[d] }}
	pubManifest     = manifest{read: readPubspec, pinata: func(d string) bool { return pubPinata[d] }}
	mixManifest     = manifest{read: readMix, pinata: func(d string) bool { return hexPinata[d] }}
	nugetManifest   = manifest{read: readNuGet, pinata: func(d string) bool { return nugetPinata[strings.ToLower(d)] }}
)

// isPyPIPinata compares names the way pip does (PEP 503: case, and runs
// of -, _ and . are all one).
func isPyPIPinata(d string) bool { return pypiPinata[normalizePyPI(d)] }

func normalizePyPI(s string) string {
	var b strings.Builder
	sep := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '-' || c == '_' || c == '.' {
			sep = true
			continue
		}
		if sep && b.Len() > 0 {
			b.WriteByte('-')
		}
		sep = false
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}
