package testgit_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testgit"
)

// TestUpkeepOff: a git started with Env reads the settings, and a
// surrounding hook's variables are gone.
func TestUpkeepOff(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	env := testgit.Env([]string{"GIT_DIR=/nowhere", "GIT_INDEX_FILE=/nowhere/index", "PATH=/usr/bin:/bin", "KEEP=1"})
	for _, kv := range env {
		if strings.HasPrefix(kv, "GIT_DIR=") || strings.HasPrefix(kv, "GIT_INDEX_FILE=") {
			t.Errorf("Env kept %s", kv)
		}
	}
	cmd := exec.Command("git", "config", "--get-regexp", `^(maintenance\.auto|gc\.auto|receive\.autogc)$`)
	cmd.Env = env
	cmd.Dir = t.TempDir()
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git config: %v\n%s", err, out)
	}
	want := "maintenance.auto false\ngc.auto 0\nreceive.autogc false\n"
	if string(out) != want {
		t.Errorf("git config read\n%s\nwant\n%s", out, want)
	}
}
