package project

import (
	"strings"
	"testing"
)

// manifestCases are manifests with the Pinata package they declare ("" for
// none). Every ecosystem has positives and negatives; the negatives name a
// Pinata package where it is not a dependency (a description, a script, a
// comment, a string, a version pin of something else).
var manifestCases = []struct {
	name, file, data, want string
}{
	// npm
	{"dependency", "package.json", `{"name":"app","dependencies":{"@pinata/sdk":"^2.1.0","axios":"1"}}`, "@pinata/sdk"},
	{"new sdk", "package.json", `{"dependencies":{"next":"14","pinata":"^1.5.0"}}`, "pinata"},
	{"web3 sdk as dev dependency", "package.json", `{"devDependencies":{"pinata-web3":"0.5.4"}}`, "pinata-web3"},
	{"peer", "package.json", `{"peerDependencies":{"pinata":"*"}}`, "pinata"},
	{"optional", "package.json", `{"optionalDependencies":{"pinata-fdk":"3"}}`, "pinata-fdk"},
	{"any @pinata package", "package.json", `{"dependencies":{"@pinata/ipfs-gateway-tools":"1.3.0"}}`, "@pinata/ipfs-gateway-tools"},
	{"git url", "package.json", `{"dependencies":{"pinata":"github:PinataCloud/pinata"}}`, "pinata"},
	{"mentioned in description", "package.json", `{"description":"uploads with @pinata/sdk and pinata","dependencies":{"axios":"1"}}`, ""},
	{"script name", "package.json", `{"scripts":{"pinata":"node pin.js","pinata-web3":"x"}}`, ""},
	{"keywords", "package.json", `{"keywords":["pinata","ipfs"]}`, ""},
	{"override of another package", "package.json", `{"overrides":{"pinata":"1"},"dependencies":{"left-pad":"1"}}`, ""},
	{"look-alike", "package.json", `{"dependencies":{"pinata-cli-tools":"1","@pinata":"1","@pinata/":"1","pinatas":"2"}}`, ""},
	{"invalid json", "package.json", `{"dependencies":{"pinata":"1"`, ""},
	{"empty", "package.json", ``, ""},

	// pip requirements
	{"pinned", "requirements.txt", "requests==2.31\npinatapy-vourhey==0.2.0\n", "pinatapy-vourhey"},
	{"normalised name", "requirements-dev.txt", "Pinatapy_Vourhey>=0.1\n", "Pinatapy_Vourhey"},
	{"extras and markers", "requirements_prod.txt", "pinata[cli] >= 0.0.1 ; python_version > '3.8'\n", "pinata"},
	{"direct reference", "requirements.txt", "pinata-python @ https://example.invalid/p.whl\n", "pinata-python"},
	{"bare name, crlf", "requirements.txt", "flask\r\npinata\r\n", "pinata"},
	{"commented out", "requirements.txt", "# pinatapy-vourhey==0.2.0\nflask\n", ""},
	{"option lines", "requirements.txt", "-r pinata.txt\n--index-url https://pinata.example/simple\n-e ./pinata\n", ""},
	{"url", "requirements.txt", "https://example.invalid/pinata-0.1.tar.gz\n", ""},
	{"other package", "requirements.txt", "pinterest-pinata==1.1.3\n", ""},

	// pyproject.toml
	{"PEP 621", "pyproject.toml", "[project]\nname = \"x\"\ndependencies = [\n  \"httpx>=0.27\",\n  \"pinatapy-vourhey>=0.2\", # uploads\n]\n", "pinatapy-vourhey"},
	{"PEP 621 optional", "pyproject.toml", "[project.optional-dependencies]\nipfs = [\"pinata>=0.0.1\"]\n", "pinata"},
	{"PEP 735 group", "pyproject.toml", "[dependency-groups]\ndev = [\"pytest\", {include-group = \"x\"}, \"pinata-python\"]\n", "pinata-python"},
	{"Poetry", "pyproject.toml", "[tool.poetry.dependencies]\npython = \"^3.11\"\npinatapy-vourhey = \"^0.2.0\"\n", "pinatapy-vourhey"},
	{"Poetry inline table", "pyproject.toml", "[tool.poetry.dependencies]\npinata = { version = \"^0.0.1\", optional = true }\n", "pinata"},
	{"Poetry group", "pyproject.toml", "[tool.poetry.group.dev.dependencies]\npinata-python = \"*\"\n", "pinata-python"},
	{"Poetry table", "pyproject.toml", "[tool.poetry.dependencies.pinata]\nversion = \"0.0.1\"\n", "pinata"},
	{"project name", "pyproject.toml", "[project]\nname = \"pinata\"\ndescription = \"pinatapy-vourhey wrapper\"\ndependencies = []\n", ""},
	{"build requirement", "pyproject.toml", "[build-system]\nrequires = [\"pinata\"]\n", ""},
	{"in a multi-line string", "pyproject.toml", "[project]\nreadme = \"\"\"\ndependencies = [\"pinata\"]\n\"\"\"\ndependencies = [\"rich\"]\n", ""},
	{"commented", "pyproject.toml", "[project]\n# dependencies = [\"pinata\"]\ndependencies = [\"rich\"]\n", ""},
	{"script entry", "pyproject.toml", "[project.scripts]\npinata = \"app:main\"\n", ""},

	// Pipfile
	{"Pipfile", "Pipfile", "[[source]]\nurl = \"https://pypi.invalid/simple\"\n\n[packages]\nrequests = \"*\"\npinatapy-vourhey = \"*\"\n", "pinatapy-vourhey"},
	{"Pipfile dev", "Pipfile", "[dev-packages]\npinata = {version = \"*\"}\n", "pinata"},
	{"Pipfile script", "Pipfile", "[scripts]\npinata = \"python pin.py\"\n[packages]\nflask = \"*\"\n", ""},

	// go.mod
	{"official Go SDK", "go.mod", "module example.com/app\n\ngo 1.22\n\nrequire github.com/PinataCloud/pinata-go-sdk v0.1.0\n", "github.com/PinataCloud/pinata-go-sdk"},
	{"require block", "go.mod", "module x\n\nrequire (\n\tgolang.org/x/net v0.1.0\n\tgithub.com/zde37/pinata-go-sdk v1.0.0 // indirect\n)\n", "github.com/zde37/pinata-go-sdk"},
	{"provider", "go.mod", "module x\nrequire github.com/wealdtech/go-ipfs-provider-pinata v1.1.0\n", "github.com/wealdtech/go-ipfs-provider-pinata"},
	{"module itself", "go.mod", "module github.com/PinataCloud/pinata-go-sdk\n\ngo 1.24\n", ""},
	{"replace only", "go.mod", "module x\nreplace example.com/a => github.com/zde37/pinata-go-sdk v1.0.0\n", ""},
	{"comment", "go.mod", "module x\n// require github.com/zde37/pinata-go-sdk v1.0.0\n", ""},
	{"broken", "go.mod", "module x\nrequire (\n github.com/zde37/pinata-go-sdk\n", ""},

	// Cargo.toml
	{"crate", "Cargo.toml", "[package]\nname = \"app\"\n\n[dependencies]\ntokio = { version = \"1\", features = [\"full\"] }\npinata-sdk = \"1.1.0\"\n", "pinata-sdk"},
	{"crate with underscore", "Cargo.toml", "[dependencies]\npinata_sdk = \"1.0.0\"\n", "pinata_sdk"},
	{"dev dependency table", "Cargo.toml", "[dev-dependencies.pinata-sdk]\nversion = \"1\"\n", "pinata-sdk"},
	{"target dependency", "Cargo.toml", "[target.'cfg(unix)'.dependencies]\npinata_ipfs = \"0.1\"\n", "pinata_ipfs"},
	{"workspace dependency", "Cargo.toml", "[workspace.dependencies]\npinata-sdk = { version = \"1\" }\n", "pinata-sdk"},
	{"dotted key", "Cargo.toml", "[dependencies]\npinata-sdk.version = \"1\"\n", "pinata-sdk"},
	{"renamed", "Cargo.toml", "[dependencies]\nipfs = { package = \"pinata-sdk\", version = \"1\" }\n", "pinata-sdk"},
	{"package name", "Cargo.toml", "[package]\nname = \"pinata-sdk\"\nkeywords = [\"pinata\"]\n", ""},
	{"feature", "Cargo.toml", "[features]\npinata-sdk = []\n", ""},

	// composer.json
	{"composer", "composer.json", `{"require":{"php":"^8.1","nebulaprotocol/pinata-php":"^1.0"}}`, "nebulaprotocol/pinata-php"},
	{"composer dev", "composer.json", `{"require-dev":{"danielcrt/pinata-laravel":"^0.2"}}`, "danielcrt/pinata-laravel"},
	{"composer suggest", "composer.json", `{"suggest":{"nebulaprotocol/pinata-php":"for IPFS"},"require":{"php":"8"}}`, ""},

	// Gemfile and gemspec
	{"Gemfile", "Gemfile", "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem \"pinata\", \"~> 1.0\"\n", "pinata"},
	{"Gemfile group", "Gemfile", "group :production do\n  gem('activestorage-pinata')\nend\n", "activestorage-pinata"},
	{"Gemfile comment", "Gemfile", "# gem 'pinata'\ngem 'rake'\n", ""},
	{"Gemfile other gem", "gems.rb", "gem 'pinata_party'\ngemspec name: 'pinata'\n", ""},
	{"gemspec", "uploader.gemspec", "Gem::Specification.new do |spec|\n  spec.add_dependency \"pinata\", \"~> 1.0\"\nend\n", "pinata"},
	{"gemspec runtime %q", "x.gemspec", "  s.add_runtime_dependency(%q<activestorage-pinata>, [\">= 0\"])\n", "activestorage-pinata"},
	{"gemspec summary", "x.gemspec", "  spec.summary = 'client for pinata'\n  # spec.add_dependency 'pinata'\n", ""},

	// pubspec.yaml
	{"pubspec", "pubspec.yaml", "name: app\ndependencies:\n  flutter:\n    sdk: flutter\n  pinata: ^0.0.1+7\n", "pinata"},
	{"pubspec dev", "pubspec.yaml", "dev_dependencies:\n  \"pinata_cloud_sdk\": ^0.0.1\n", "pinata_cloud_sdk"},
	{"pubspec nested key", "pubspec.yaml", "dependencies:\n  other:\n    git:\n      pinata: x\n", ""},
	{"pubspec name", "pubspec.yaml", "name: pinata\ndescription: pinata_cloud_sdk demo\nflutter:\n  pinata: true\n", ""},
	{"pubspec comment", "pubspec.yaml", "dependencies:\n  # pinata: ^0.0.1\n  http: ^1.0.0\n", ""},

	// mix.exs
	{"mix", "mix.exs", "defp deps do\n  [\n    {:jason, \"~> 1.4\"},\n    {:ex_pinata, \"~> 1.0.0\"}\n  ]\nend\n", "ex_pinata"},
	{"mix comment", "mix.exs", "defp deps do\n  [\n    # {:ex_pinata, \"~> 1.0\"},\n    {:jason, \"~> 1.4\"}\n  ]\nend\n", ""},
	{"mix string", "mix.exs", "  description: \"wraps {:ex_pinata, 1}\",\n", ""},

	// NuGet
	{"csproj", "App.csproj", `<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><PackageReference Include="Pinata.Client" Version="1.0.0" /></ItemGroup></Project>`, "Pinata.Client"},
	{"packages.config", "packages.config", `<?xml version="1.0" encoding="utf-8"?><packages><package id="pinata.client" version="1.0" /></packages>`, "pinata.client"},
	{"central versions", "Directory.Packages.props", `<Project><ItemGroup><PackageVersion Include="Pinata.Client" Version="1" /></ItemGroup></Project>`, "Pinata.Client"},
	{"csproj comment", "App.csproj", `<Project><!-- <PackageReference Include="Pinata.Client" /> --><ItemGroup><PackageReference Include="Serilog" /></ItemGroup></Project>`, ""},
	{"csproj description", "App.csproj", `<Project><PropertyGroup><Description>Pinata.Client demo</Description></PropertyGroup></Project>`, ""},

	// not manifests
	{"readme", "README.md", "npm install @pinata/sdk", ""},
	{"lockfile", "package-lock.json", `{"dependencies":{"@pinata/sdk":"2"}}`, ""},
}

func TestPinataPackage(t *testing.T) {
	for _, tt := range manifestCases {
		t.Run(tt.file+"/"+tt.name, func(t *testing.T) {
			if got := PinataPackage(tt.file, []byte(tt.data)); got != tt.want {
				t.Errorf("PinataPackage(%q, …) = %q, want %q", tt.file, got, tt.want)
			}
		})
	}
}

func TestPinataPackageTooLarge(t *testing.T) {
	pad := strings.Repeat(" ", MaxSize)
	data := `{"dependencies":{"pinata":"1"}}` + pad
	if got := PinataPackage("package.json", []byte(data)); got != "" {
		t.Errorf("a manifest over MaxSize was read: %q", got)
	}
	if got := PinataPackage("package.json", []byte(data[:MaxSize])); got != "pinata" {
		t.Errorf("a manifest of exactly MaxSize was not read: %q", got)
	}
}

func TestIsManifest(t *testing.T) {
	for name, want := range map[string]bool{
		"package.json": true, "requirements.txt": true, "requirements-dev.txt": true,
		"requirements.in": false, "pyproject.toml": true, "Pipfile": true, "Pipfile.lock": false,
		"go.mod": true, "go.sum": false, "Cargo.toml": true, "Cargo.lock": false,
		"composer.json": true, "Gemfile": true, "gems.rb": true, "Gemfile.lock": false,
		"app.gemspec": true, ".gemspec": false, "pubspec.yaml": true, "mix.exs": true,
		"App.csproj": true, "Lib.fsproj": true, "packages.config": true, "Directory.Packages.props": true,
		"requirements": false, "main.go": false, ".env": false, "PACKAGE.JSON": false,
	} {
		if got := IsManifest(name); got != want {
			t.Errorf("IsManifest(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestNormalizePyPI(t *testing.T) {
	for in, want := range map[string]string{
		"Pinatapy_Vourhey": "pinatapy-vourhey", "pinata.python": "pinata-python",
		"pinata--_.python": "pinata-python", "PINATA": "pinata",
	} {
		if got := normalizePyPI(in); got != want {
			t.Errorf("normalizePyPI(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestReadersHostile feeds every reader shapes that stress a tokenizer
// (unclosed brackets, quotes and tables, repeated a million times over):
// each must return, and declare nothing. (That each runs in linear time is
// measured by BenchmarkReaders.)
func TestReadersHostile(t *testing.T) {
	shapes := []string{
		strings.Repeat("[", MaxSize/2),
		strings.Repeat("{", MaxSize/2),
		strings.Repeat("a = [", MaxSize/8),
		strings.Repeat("\"", MaxSize/2),
		strings.Repeat("'''", MaxSize/6),
		strings.Repeat("gem '", MaxSize/8),
		strings.Repeat("{:", MaxSize/4),
		strings.Repeat("<package id=", MaxSize/16),
		strings.Repeat("dependencies:\n  ", MaxSize/32),
		strings.Repeat("x.add_dependency %q<", MaxSize/32),
		strings.Repeat("[dependencies.a.b.c]\n", MaxSize/32),
	}
	files := []string{"package.json", "composer.json", "requirements.txt", "pyproject.toml", "Pipfile", "go.mod",
		"Cargo.toml", "Gemfile", "x.gemspec", "pubspec.yaml", "mix.exs", "x.csproj"}
	for _, s := range shapes {
		for _, f := range files {
			if got := PinataPackage(f, []byte(s)); got != "" {
				t.Errorf("%s: hostile input declared %q", f, got)
			}
		}
	}
}
