package examples

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// TestActionInstall runs the action's install script as the runner would:
// at a release tag it downloads the release's archive from a local server
// and checks it against checksums.txt (a tampered archive stops it); at
// another ref it builds the action's source. Neither touches PATH.
func TestActionInstall(t *testing.T) {
	if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
		t.Skip("the release case serves a linux/amd64 archive")
	}
	if testing.Short() {
		t.Skip("builds pinatascan")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	goenv, err := exec.Command("go", "env", "GOMODCACHE", "GOCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	caches := strings.Fields(string(goenv)) // the machine's caches: offline, and no cold build
	offline := []string{"GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local"}

	// A release: an archive holding a pinatascan stamped v9.9.9, built
	// with the release's flags (.goreleaser.yaml).
	bin := filepath.Join(t.TempDir(), "pinatascan")
	build := exec.Command("go", "build", "-trimpath", "-o", bin,
		"-ldflags", "-s -w -X github.com/pinatascan/pinatascan/internal/version.Version=v9.9.9", "./cmd/pinatascan")
	build.Dir = root
	build.Env = append(os.Environ(), offline...)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	archive := tarGz(t, "pinatascan", bin)
	sum := sha256.Sum256(archive)
	const name = "pinatascan_9.9.9_linux_amd64.tar.gz"
	checksums := fmt.Sprintf("%x  %s\n%x  pinatascan_9.9.9_darwin_arm64.tar.gz\n", sum, name, sha256.Sum256([]byte("other")))
	served := archive
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/v9.9.9/" + name:
			w.Write(served)
		case "/v9.9.9/checksums.txt":
			w.Write([]byte(checksums))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	run := func(ref string, extra ...string) (string, string, error) {
		t.Helper()
		temp := t.TempDir()
		output := filepath.Join(temp, "github_output")
		actionPath := root
		if ref != "" {
			actionPath = filepath.Join(temp, "_actions", "pinatascan", "pinatascan", ref)
			if err := os.MkdirAll(actionPath, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.Command("bash", filepath.Join(root, "scripts", "action-install.sh"))
		cmd.Env = append(os.Environ(), append([]string{
			"GITHUB_ACTION_PATH=" + actionPath, "RUNNER_TEMP=" + temp, "GITHUB_OUTPUT=" + output,
			"RUNNER_OS=Linux", "RUNNER_ARCH=X64", "PS_RELEASE_URL=" + srv.URL, "PS_ACTION_REF=",
		}, extra...)...)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		gh, _ := os.ReadFile(output)
		return out.String(), string(gh), err
	}

	out, gh, err := run("v9.9.9")
	if err != nil || !strings.Contains(out, "pinatascan v9.9.9 ") || !regexp.MustCompile(`(?m)^bin=/.*/pinatascan-bin/pinatascan$`).MatchString(gh) {
		t.Fatalf("release: %v\n%s\nGITHUB_OUTPUT: %s", err, out, gh)
	}

	served = append(bytes.Clone(archive), 0)
	out, gh, err = run("v9.9.9")
	if err == nil || !strings.Contains(out, "does not match the release's checksums.txt") || strings.Contains(gh, "bin=") {
		t.Fatalf("tampered archive: %v\n%s", err, out)
	}

	// Any other ref builds the action's own source (here, from the local
	// module cache, offline).
	out, gh, err = run("", append([]string{"PS_ACTION_REF=main", "PS_GOMODCACHE=" + caches[0], "PS_GOCACHE=" + caches[1]}, offline...)...)
	if err != nil || !strings.Contains(out, "building from source") || !strings.Contains(gh, "bin=") {
		t.Fatalf("build: %v\n%s", err, out)
	}
}

func tarGz(t *testing.T, name, file string) []byte {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	tw.WriteHeader(&tar.Header{Name: name, Mode: 0o755, Size: int64(len(data))})
	tw.Write(data)
	tw.Close()
	gz.Close()
	return buf.Bytes()
}

// TestPinnedActions: every third-party action in the action, the example
// workflow and this repository's workflows is pinned by a full commit id.
func TestPinnedActions(t *testing.T) {
	files := []string{"../action.yml", "github-workflow.yml"}
	wf, _ := filepath.Glob("../.github/workflows/*.yml")
	files = append(files, wf...)
	uses := regexp.MustCompile(`(?m)^\s*(?:-\s*)?uses:\s*(\S+)`)
	pinned := regexp.MustCompile(`^[\w.-]+/[\w./-]+@[0-9a-f]{40}$`)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range uses.FindAllStringSubmatch(string(data), -1) {
			u := m[1]
			if strings.HasPrefix(u, "pinatascan/pinatascan@") || strings.HasPrefix(u, "./") {
				continue // this action: a release tag, checked by TestOneReleaseTag
			}
			if !pinned.MatchString(u) {
				t.Errorf("%s: %s is not pinned by commit", f, u)
			}
		}
	}
}

// releaseTag is the release every snippet in the docs points at: the
// pre-commit rev, the action ref, the golangci plugin version and the
// container image. It must exist (git tag releaseTag && git push origin
// releaseTag) before the snippets work.
const releaseTag = "v0.1.0"

// TestOneReleaseTag: every place users copy a version from names the same
// tag, so no snippet points at a release that is not there.
func TestOneReleaseTag(t *testing.T) {
	files := []string{"../README.md", "../action.yml", "gitlab-ci.yml", "github-workflow.yml", "ci-generic.sh"}
	docs, _ := filepath.Glob("../docs/*.md")
	files = append(files, docs...)
	refs := regexp.MustCompile(`(?:pinatascan/pinatascan@|rev: |ghcr\.io/pinatascan/pinatascan:|cmd/pinatascan@|cmd/pinatavet@|releases/download/)(v\d+\.\d+\.\d+)|version: (v\d+\.\d+\.\d+) +# a pinatascan release`)
	found := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range refs.FindAllStringSubmatch(string(data), -1) {
			found++
			if tag := m[1] + m[2]; tag != releaseTag {
				t.Errorf("%s: %q names %s, want %s", f, m[0], tag, releaseTag)
			}
		}
	}
	if found < 5 {
		t.Errorf("only %d references to a release found; the docs should name %s", found, releaseTag)
	}
}
