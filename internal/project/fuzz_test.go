package project

import (
	"strings"
	"testing"
)

// fuzzManifest fuzzes the reader of the manifests named files: it must not
// panic, and whatever it reports must be a Pinata package. The seeds are
// the table cases for those files.
func fuzzManifest(f *testing.F, files ...string) {
	for _, tt := range manifestCases {
		for _, name := range files {
			if tt.file == name {
				f.Add(tt.data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data string) {
		for _, name := range files {
			got := PinataPackage(name, []byte(data))
			if got != "" && !kindOf(name).pinata(got) {
				t.Fatalf("%s: reported %q, which is not a Pinata package", name, got)
			}
		}
	})
}

func FuzzPackageJSON(f *testing.F)  { fuzzManifest(f, "package.json", "composer.json") }
func FuzzRequirements(f *testing.F) { fuzzManifest(f, "requirements.txt") }
func FuzzTOML(f *testing.F)         { fuzzManifest(f, "pyproject.toml", "Pipfile", "Cargo.toml") }
func FuzzGoMod(f *testing.F)        { fuzzManifest(f, "go.mod") }
func FuzzRuby(f *testing.F)         { fuzzManifest(f, "Gemfile", "uploader.gemspec", "x.gemspec") }
func FuzzPubspec(f *testing.F)      { fuzzManifest(f, "pubspec.yaml") }
func FuzzMix(f *testing.F)          { fuzzManifest(f, "mix.exs") }
func FuzzNuGet(f *testing.F)        { fuzzManifest(f, "App.csproj", "packages.config") }

// BenchmarkReaders reads a large, dependency-heavy manifest of each kind,
// and the hostile shapes of TestReadersHostile: MB/s must stay flat as the
// size grows (see -benchtime and the sizes below).
func BenchmarkReaders(b *testing.B) {
	inputs := map[string]string{
		"package.json":     `{"dependencies":{` + strings.Repeat(`"left-pad-x":"1",`, 20000) + `"pinata":"1"}}`,
		"requirements.txt": strings.Repeat("requests==2.31.0 ; python_version > '3'\n", 20000) + "pinata\n",
		"Cargo.toml":       "[dependencies]\n" + strings.Repeat("serde = { version = \"1\", features = [\"derive\"] }\n", 20000) + "pinata-sdk = \"1\"\n",
		"go.mod":           "module x\nrequire (\n" + strings.Repeat("\tgolang.org/x/net v0.1.0 // indirect\n", 20000) + "\tgithub.com/PinataCloud/pinata-go-sdk v0.1.0\n)\n",
		"pyproject.toml":   "[project]\ndependencies = [\n" + strings.Repeat("  \"httpx>=0.27\",\n", 20000) + "  \"pinata\",\n]\n",
	}
	for name, data := range inputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if PinataPackage(name, []byte(data)) == "" {
					b.Fatal("not found")
				}
			}
		})
	}
}
