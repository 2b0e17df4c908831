package version

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testgit"
)

func TestFromBuildInfo(t *testing.T) {
	vcs := func(rev, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified}}
	}
	const rev = "6edb7c6a1b2c3d4e5f60718293a4b5c6d7e8f901"
	for _, tc := range []struct {
		name string
		bi   debug.BuildInfo
		want string
	}{
		{"go install @tag", debug.BuildInfo{Main: debug.Module{Version: "v0.1.0"}}, "v0.1.0"},
		{"checkout pseudo-version", debug.BuildInfo{Main: debug.Module{Version: "v0.1.1-0.20261129201100-6edb7c6a1b2c+dirty"}, Settings: vcs(rev, "true")}, "v0.1.1-0.20261129201100-6edb7c6a1b2c+dirty"},
		{"devel, clean", debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs(rev, "false")}, "devel-6edb7c6a1b2c"},
		{"devel, dirty", debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs(rev, "true")}, "devel-6edb7c6a1b2c-dirty"},
		{"no vcs", debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "devel"},
		{"empty", debug.BuildInfo{}, "devel"},
	} {
		if got := fromBuildInfo(&tc.bi); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestVetTool checks the -V=full line against the rule go vet applies
// (cmd/go/internal/work/buildid.go, toolID): at least three fields, the
// second "version", and a "devel" version needs a final buildID= field.
func TestVetTool(t *testing.T) {
	for _, v := range []string{"", "v1.2.3", "devel"} {
		old := Version
		Version = v
		var out bytes.Buffer
		if err := VetTool(&out, "pinatavet", strings.NewReader("binary")); err != nil {
			t.Fatal(err)
		}
		Version = old
		line := out.String()
		f := strings.Fields(line)
		if !strings.HasSuffix(line, "\n") || strings.Count(line, "\n") != 1 || len(f) != 4 || f[0] != "pinatavet" || f[1] != "version" {
			t.Fatalf("Version=%q: malformed line %q", v, line)
		}
		sum := sha256.Sum256([]byte("binary"))
		if f[3] != "buildID="+hex.EncodeToString(sum[:]) {
			t.Errorf("Version=%q: buildID field %q", v, f[3])
		}
		if v != "" && f[2] != v {
			t.Errorf("Version=%q: version field %q", v, f[2])
		}
	}
}

// TestBuiltVersion builds pinatascan and pinatavet the ways users get them
// and checks what they report: from a git checkout (the commit, and
// "dirty" when a file has changed), and with the release build's -ldflags
// -X, which wins.
func TestBuiltVersion(t *testing.T) {
	if testing.Short() {
		t.Skip("builds binaries")
	}
	for _, tool := range []string{"git", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is needed", tool)
		}
	}
	root := moduleRoot(t)
	src := t.TempDir()
	files, err := exec.Command("git", "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range strings.Split(strings.TrimRight(string(files), "\x00"), "\x00") {
		// testdata (most of the files) is never built: a checkout
		// without it gives the same version at less cost.
		if slices.Contains(strings.Split(name, "/"), "testdata") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(root, name))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(src, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(src, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git := func(args ...string) string {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", src, "-c", "user.name=T", "-c", "user.email=t@example.com"}, args...)...)
		cmd.Env = testgit.Env(os.Environ())
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	git("init", "-q")
	git("add", "-A")
	git("commit", "-q", "-m", "copy")
	rev := git("rev-parse", "HEAD")[:12]

	bin := t.TempDir()
	build := func(ldflags string) {
		t.Helper()
		// -trimpath: the copy is at a new path each run, and without it
		// every package of the module would be compiled again there.
		// -s -w, as the release links, make each link cheaper. Neither
		// changes what the version comes from (the build info).
		args := []string{"build", "-trimpath", "-o", bin + string(os.PathSeparator), "-ldflags", "-s -w " + ldflags}
		cmd := exec.Command("go", append(args, "./cmd/pinatascan", "./cmd/pinatavet")...)
		cmd.Dir = src
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
	}
	report := func() (scan, vet string) {
		t.Helper()
		s, err := exec.Command(filepath.Join(bin, "pinatascan"), "version").Output()
		if err != nil {
			t.Fatal(err)
		}
		v, err := exec.Command(filepath.Join(bin, "pinatavet"), "-V").Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.Fields(string(s))[1], strings.Fields(string(v))[1]
	}

	// A checkout with a change: the commit and "dirty" both reach the
	// binaries through the build info (a clean checkout's "devel-<rev>" is
	// TestFromBuildInfo's; one build fewer here).
	if err := os.WriteFile(filepath.Join(src, "README.md"), []byte("changed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	build("")
	scan, vet := report()
	if !strings.Contains(scan, rev) || !strings.Contains(scan, "dirty") || scan != vet {
		t.Errorf("dirty checkout at %s: pinatascan %q, pinatavet %q", rev, scan, vet)
	}

	// The release's -X (.goreleaser.yaml).
	build("-X github.com/pinatascan/pinatascan/internal/version.Version=v9.8.7")
	if scan, vet = report(); scan != "v9.8.7" || vet != "v9.8.7" {
		t.Errorf("-ldflags -X: pinatascan %q, pinatavet %q", scan, vet)
	}
	out, err := exec.Command(filepath.Join(bin, "pinatavet"), "-V=full").Output()
	if f := strings.Fields(string(out)); err != nil || len(f) != 4 || f[0] != "pinatavet" || f[1] != "version" || f[2] != "v9.8.7" || !strings.HasPrefix(f[3], "buildID=") {
		t.Errorf("pinatavet -V=full: %v: %q", err, out)
	}
}

func moduleRoot(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil || strings.TrimSpace(string(out)) == "" {
		t.Fatalf("go env GOMOD: %v", err)
	}
	return filepath.Dir(strings.TrimSpace(string(out)))
}
