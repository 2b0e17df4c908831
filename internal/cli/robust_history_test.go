package cli_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// messageReport is the part of a JSON report about findings in messages.
type messageReport struct {
	Findings []struct {
		Kind, Path, Value string
		Line, Column      int
		Commit            *struct{ Hash, Author string }
		Message           *struct{ Object, ID, Tag string }
	}
}

// TestHistoryMessages: a credential in a commit message, or in an
// annotated tag's message, is found by `pinatascan git` and reported with
// the commit or the tag as its location, in every format.
func TestHistoryMessages(t *testing.T) {
	gitEnv(t)
	c := newCreds()
	repo := newGitRepo(t)
	commitFile(t, repo, "README", "hello\n")
	gitIn(t, repo, "commit", "-q", "--allow-empty", "-m", "deploy fix\n\nused PINATA_SECRET_API_KEY="+c.Secret+" to test")
	leaky := gitIn(t, repo, "rev-parse", "HEAD")
	gitIn(t, repo, "tag", "-a", "v1.0", "-m", "release\n\nPINATA_JWT="+c.JWT)
	tagObj := gitIn(t, repo, "rev-parse", "v1.0")
	gitIn(t, repo, "tag", "light") // a lightweight tag has no message
	t.Chdir(repo)

	for _, args := range [][]string{{"git"}, {"git", "--all"}, {"git", "HEAD~1..HEAD"}} {
		code, stdout, stderr := runCLI(t, time.Minute, nil, append(args, "--format", "json", "--no-redact")...)
		var rep messageReport
		if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
			t.Fatalf("%s: %v\n%s", args, err, stdout)
		}
		var inCommit, inTag bool
		for _, f := range rep.Findings {
			switch {
			case f.Message != nil && f.Message.Object == "commit":
				inCommit = f.Value == c.Secret && f.Message.ID == leaky && f.Commit != nil && f.Commit.Hash == leaky && f.Line == 3 && f.Path == ""
			case f.Message != nil && f.Message.Object == "tag":
				inTag = f.Value == c.JWT && f.Message.Tag == "v1.0" && f.Message.ID == tagObj && f.Line == 3
			}
		}
		if code != 1 || !inCommit || !inTag {
			t.Errorf("%s: exit %d, commit message found %v, tag message found %v\n%s\n%s", args, code, inCommit, inTag, stdout, stderr)
		}
	}

	_, stdout, _ := runCLI(t, time.Minute, nil, "git")
	if !strings.Contains(stdout, "commit "+leaky+":3:") || !strings.Contains(stdout, "tag v1.0:3:") {
		t.Errorf("text report does not name the commit and the tag:\n%s", stdout)
	}
	for _, format := range []string{"sarif", "github", "gitlab"} {
		code, stdout, stderr := runCLI(t, time.Minute, nil, "git", "--format", format)
		if code != 1 || !strings.Contains(stdout, leaky[:12]) || !strings.Contains(stdout, "v1.0") {
			t.Errorf("%s: exit %d, the commit or the tag is not named\n%s\n%s", format, code, stdout, stderr)
		}
	}
}

// TestStagedBareRepository: a bare repository has no index, so there is
// nothing a commit could be made from; scan --staged says so and exits 2
// rather than reporting a clean commit.
func TestStagedBareRepository(t *testing.T) {
	gitEnv(t)
	c := newCreds()
	src := newGitRepo(t)
	commitFile(t, src, "a.env", c.expand("PINATA_API_KEY=${KEY}\n"))
	for _, withCommits := range []bool{false, true} {
		bare := t.TempDir()
		if withCommits {
			gitIn(t, bare, "clone", "-q", "--bare", src, ".")
		} else {
			gitIn(t, bare, "init", "-q", "--bare")
		}
		t.Chdir(bare)
		code, stdout, stderr := runCLI(t, time.Minute, nil, "scan", "--staged")
		if code != 2 || !strings.Contains(stderr, "bare repository") {
			t.Errorf("commits %v: exit %d, want 2 and a message about the bare repository\n%s%s", withCommits, code, stdout, stderr)
		}
	}
}
