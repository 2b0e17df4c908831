package gitscan

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/testcred"
)

func TestStagedNoCommitYet(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	line, secret := secretLine()
	write(t, dir, ".env", "# settings\n"+line)
	write(t, dir, "README", "hello\n")
	run(t, dir, "add", ".env", "README")

	got, sum := staged(t, dir)
	want := []where{{".env", secret, 2}}
	if !reflect.DeepEqual(places(got), want) {
		t.Errorf("results = %+v, want %+v", places(got), want)
	}
	if sum.Changes != 2 || sum.Stats.Files != 2 {
		t.Errorf("summary = %+v, want 2 changes and 2 files scanned", sum)
	}
}

func TestStagedNothing(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	line, _ := secretLine()
	write(t, dir, "a.txt", "clean\n")
	commit(t, dir, "first", "a.txt")
	write(t, dir, "untracked.env", line) // not staged: not part of the commit
	write(t, dir, "a.txt", "clean\n"+line)

	got, sum := staged(t, dir)
	if len(got) != 0 || sum.Changes != 0 || sum.Stats.Files != 0 {
		t.Errorf("got %+v, summary %+v; want nothing staged", places(got), sum)
	}
	// An empty repository with an empty index is also "nothing staged".
	got, sum = staged(t, newRepo(t))
	if len(got) != 0 || sum.Changes != 0 {
		t.Errorf("empty repo: got %+v, summary %+v", places(got), sum)
	}
}

// TestStagedIndexNotWorktree is partial staging (git add -p): the index is
// the truth, whatever the working tree holds.
func TestStagedIndexNotWorktree(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	write(t, dir, "config.env", "A=1\nB=2\nC=3\n")
	commit(t, dir, "first", "config.env")

	stagedLine, stagedSecret := secretLine()
	unstagedLine, unstagedSecret := secretLine()
	// Stage the first hunk only, then leave a second hunk unstaged.
	write(t, dir, "config.env", stagedLine+"A=1\nB=2\nC=3\n")
	run(t, dir, "add", "config.env")
	write(t, dir, "config.env", stagedLine+"A=1\nB=2\nC=3\n"+unstagedLine)

	got, _ := staged(t, dir)
	want := []where{{"config.env", stagedSecret, 1}}
	if !reflect.DeepEqual(places(got), want) {
		t.Errorf("results = %+v, want %+v", places(got), want)
	}
	if hasValue(got, unstagedSecret) {
		t.Error("reported a secret that is only in the working tree")
	}

	// The reverse: a secret staged, then removed from the working tree only,
	// is still in the commit.
	dir = newRepo(t)
	write(t, dir, "x.env", "A=1\n")
	commit(t, dir, "first", "x.env")
	line, secret := secretLine()
	write(t, dir, "x.env", "A=1\n"+line)
	run(t, dir, "add", "x.env")
	write(t, dir, "x.env", "A=1\n")
	got, _ = staged(t, dir)
	if want := []where{{"x.env", secret, 2}}; !reflect.DeepEqual(places(got), want) {
		t.Errorf("staged-then-cleaned: results = %+v, want %+v", places(got), want)
	}
}

// TestStagedOnlyAddedLines: a credential already committed is not the
// commit's doing; one the commit adds is, on the right line of the whole file.
func TestStagedOnlyAddedLines(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	oldLine, oldSecret := secretLine()
	write(t, dir, ".env", "A=1\n"+oldLine+"B=2\n")
	commit(t, dir, "first", ".env")

	write(t, dir, ".env", "A=1\n"+oldLine+"B=2\nC=3\n")
	run(t, dir, "add", ".env")
	got, sum := staged(t, dir)
	if len(got) != 0 {
		t.Errorf("an unchanged committed credential was reported: %+v", places(got))
	}
	if sum.Stats.Files != 1 {
		t.Errorf("Files = %d, want 1 (the changed blob is scanned whole)", sum.Stats.Files)
	}

	newLine, newSecret := secretLine()
	write(t, dir, ".env", "A=1\n"+oldLine+"B=2\nC=3\n"+newLine)
	run(t, dir, "add", ".env")
	got, _ = staged(t, dir)
	if want := []where{{".env", newSecret, 5}}; !reflect.DeepEqual(places(got), want) {
		t.Errorf("results = %+v, want %+v", places(got), want)
	}
	if hasValue(got, oldSecret) {
		t.Error("reported the committed credential")
	}

	// Changing the line that holds a credential counts as adding it.
	write(t, dir, ".env", "A=1\n"+strings.TrimSuffix(oldLine, "\n")+" # rotated soon\nB=2\n")
	run(t, dir, "add", ".env")
	got, _ = staged(t, dir)
	if want := []where{{".env", oldSecret, 2}}; !reflect.DeepEqual(places(got), want) {
		t.Errorf("changed line: results = %+v, want %+v", places(got), want)
	}
}

// TestStagedContextOnUnchangedLines: detection sees the whole staged file,
// so a section header the commit does not touch still gives the context.
func TestStagedContextOnUnchangedLines(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	write(t, dir, "config.yaml", "pinata:\n  gateway: example.mypinata.cloud\n")
	commit(t, dir, "first", "config.yaml")
	key, secret := testcred.Key(), testcred.Secret()
	write(t, dir, "config.yaml", "pinata:\n  gateway: example.mypinata.cloud\n  api_key: "+key+"\n  api_secret: "+secret+"\n")
	run(t, dir, "add", "config.yaml")

	// Without the "pinata:" line these names are too generic to report.
	got, _ := staged(t, dir)
	want := []where{{"config.yaml", key, 3}, {"config.yaml", secret, 4}}
	if !reflect.DeepEqual(places(got), want) {
		t.Errorf("results = %+v, want %+v", places(got), want)
	}
}

func TestStagedRenamedAndEdited(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	oldLine, oldSecret := secretLine()
	body := "A=1\n" + oldLine + "B=2\nC=3\nD=4\nE=5\nF=6\n"
	write(t, dir, "old.env", body)
	commit(t, dir, "first", "old.env")

	run(t, dir, "mv", "old.env", "new.env")
	newLine, newSecret := secretLine()
	write(t, dir, "new.env", body+newLine)
	run(t, dir, "add", "new.env")

	got, sum := staged(t, dir)
	if want := []where{{"new.env", newSecret, 8}}; !reflect.DeepEqual(places(got), want) {
		t.Errorf("results = %+v, want %+v", places(got), want)
	}
	if hasValue(got, oldSecret) {
		t.Error("a renamed file's unchanged credential was reported")
	}
	if sum.Changes != 1 {
		t.Errorf("Changes = %d, want 1 (one rename)", sum.Changes)
	}

	// A pure rename adds nothing.
	dir = newRepo(t)
	write(t, dir, "a.env", body)
	commit(t, dir, "first", "a.env")
	run(t, dir, "mv", "a.env", "b.env")
	if got, _ := staged(t, dir); len(got) != 0 {
		t.Errorf("pure rename reported %+v", places(got))
	}
}

func TestStagedDeletion(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	line, _ := secretLine()
	write(t, dir, ".env", line)
	commit(t, dir, "first", ".env")
	run(t, dir, "rm", "-q", ".env")

	got, sum := staged(t, dir)
	if len(got) != 0 || sum.Changes != 1 || sum.Stats.Files != 0 {
		t.Errorf("deletion: got %+v, summary %+v; want one change, nothing scanned", places(got), sum)
	}
}

func TestStagedBinarySkipped(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	line, secret := secretLine()
	write(t, dir, "blob.bin", "\x00\x01\x02"+line)
	run(t, dir, "add", "blob.bin")

	got, sum := staged(t, dir)
	if hasValue(got, secret) || sum.Stats.Skipped != 1 || sum.Stats.Files != 0 {
		t.Errorf("binary: got %+v, summary %+v; want skipped and counted", places(got), sum)
	}
}

// TestStagedBinaryAttribute: .gitattributes can make git call a text file
// binary; that must not hide what the commit adds to it.
func TestStagedBinaryAttribute(t *testing.T) {
	t.Parallel()
	for _, attr := range []string{"*.env -diff\n", "*.env binary\n", "*.env diff=nothing\n"} {
		t.Run(strings.TrimSpace(attr), func(t *testing.T) {
			dir := newRepo(t)
			old, oldSecret := secretLine()
			write(t, dir, ".gitattributes", attr)
			write(t, dir, "x.env", "A=1\n"+old)
			commit(t, dir, "first", ".gitattributes", "x.env")
			line, secret := secretLine()
			write(t, dir, "x.env", "A=1\n"+old+"B=2\n"+line)
			run(t, dir, "add", "x.env")

			got, _ := staged(t, dir)
			if want := []where{{"x.env", secret, 4}}; !reflect.DeepEqual(places(got), want) {
				t.Errorf("results = %+v, want %+v", places(got), want)
			}
			if hasValue(got, oldSecret) {
				t.Error("the committed credential was reported")
			}
		})
	}
}

// TestStagedWorktree: in a linked worktree .git is a file; each worktree
// has its own index.
func TestStagedWorktree(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	write(t, dir, "a.txt", "a\n")
	commit(t, dir, "first", "a.txt")
	wt := filepath.Join(t.TempDir(), "wt")
	run(t, dir, "worktree", "add", "-q", "-b", "topic", wt)
	if fi, err := os.Stat(filepath.Join(wt, ".git")); err != nil || fi.IsDir() {
		t.Fatalf("want .git to be a file in the worktree: %v", err)
	}
	line, secret := secretLine()
	write(t, wt, "sub/dir/.env", line)
	run(t, wt, "add", "sub/dir/.env")

	got, _ := staged(t, wt)
	if want := []where{{"sub/dir/.env", secret, 1}}; !reflect.DeepEqual(places(got), want) {
		t.Errorf("worktree: results = %+v, want %+v", places(got), want)
	}
	// From a subdirectory, paths are still the repository's.
	got, _ = staged(t, filepath.Join(wt, "sub"))
	if want := []where{{"sub/dir/.env", secret, 1}}; !reflect.DeepEqual(places(got), want) {
		t.Errorf("worktree subdir: results = %+v, want %+v", places(got), want)
	}
	if got, sum := staged(t, dir); len(got) != 0 || sum.Changes != 0 {
		t.Errorf("main worktree sees the other's index: %+v", places(got))
	}
}

func TestStagedSubmoduleSkipped(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	write(t, dir, "a.txt", "a\n")
	head := commit(t, dir, "first", "a.txt")
	// A gitlink, as `git submodule add` stages it.
	run(t, dir, "update-index", "--add", "--cacheinfo", "160000,"+head+",vendor/lib")
	line, secret := secretLine()
	write(t, dir, ".env", line)
	run(t, dir, "add", ".env")

	got, sum := staged(t, dir)
	if want := []where{{".env", secret, 1}}; !reflect.DeepEqual(places(got), want) {
		t.Errorf("results = %+v, want %+v", places(got), want)
	}
	if sum.Stats.Skipped != 1 || len(sum.Notes) != 1 || !strings.Contains(sum.Notes[0], "vendor/lib") {
		t.Errorf("submodule not skipped and said: %+v", sum)
	}
}

func TestStagedOddPaths(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	names := []string{"with space.env", "new\nline.env", "tab\there.env", "bad\xffutf8.env", `quote"and\back.env`, "日本.env"}
	want := map[string]string{}
	for _, n := range names {
		line, secret := secretLine()
		write(t, dir, n, line)
		want[n] = secret
	}
	run(t, dir, append([]string{"add", "--"}, names...)...)

	got, _ := staged(t, dir)
	seen := map[string]string{}
	for _, r := range got {
		seen[r.Path] = r.Value
	}
	if !reflect.DeepEqual(seen, want) {
		t.Errorf("paths = %q, want %q", keys(seen), keys(want))
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestStagedIndexFile: git runs a pre-commit hook of `git commit -a` or
// `git commit PATH` with GIT_INDEX_FILE naming a temporary index; that index
// is what gets committed.
func TestStagedIndexFile(t *testing.T) {
	dir := newRepo(t)
	write(t, dir, "a.txt", "a\n")
	commit(t, dir, "first", "a.txt")
	line, secret := secretLine()
	write(t, dir, "a.txt", "a\n"+line)
	other := filepath.Join(t.TempDir(), "next-index")
	cmd := exec.Command("git", "-C", dir, "read-tree", "HEAD")
	cmd.Env = append(os.Environ(), "GIT_INDEX_FILE="+other)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	cmd = exec.Command("git", "-C", dir, "add", "a.txt")
	cmd.Env = append(os.Environ(), "GIT_INDEX_FILE="+other)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}

	if got, _ := staged(t, dir); len(got) != 0 {
		t.Errorf("default index: %+v, want nothing", places(got))
	}
	t.Setenv("GIT_INDEX_FILE", other)
	got, _ := staged(t, dir)
	if want := []where{{"a.txt", secret, 2}}; !reflect.DeepEqual(places(got), want) {
		t.Errorf("GIT_INDEX_FILE: results = %+v, want %+v", places(got), want)
	}
}

func TestStagedUnmerged(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	write(t, dir, "a.txt", "base\n")
	commit(t, dir, "base", "a.txt")
	run(t, dir, "checkout", "-q", "-b", "side")
	write(t, dir, "a.txt", "side\n")
	commit(t, dir, "side", "a.txt")
	run(t, dir, "checkout", "-q", "main")
	write(t, dir, "a.txt", "main\n")
	commit(t, dir, "main", "a.txt")
	cmd := exec.Command("git", "-C", dir, "merge", "-q", "side")
	if err := cmd.Run(); err == nil {
		t.Fatal("merge did not conflict")
	}
	_, sum := staged(t, dir)
	if len(sum.Problems) == 0 || !strings.Contains(sum.Problems[0], "a.txt") {
		t.Errorf("unmerged path not a problem: %+v", sum)
	}
}

// TestStagedUnreadable: a staged blob git cannot read fails the scan; it is
// never a silent pass.
func TestStagedUnreadable(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	write(t, dir, "a.txt", "a\n")
	commit(t, dir, "first", "a.txt")
	line, _ := secretLine()
	write(t, dir, ".env", line)
	run(t, dir, "add", ".env")
	oid := run(t, dir, "rev-parse", ":.env")
	if err := os.Remove(filepath.Join(dir, ".git", "objects", oid[:2], oid[2:])); err != nil {
		t.Fatal(err)
	}
	sum, err := Staged(context.Background(), dir, func(result.Result) error { return nil })
	if err == nil && len(sum.Problems) == 0 {
		t.Fatalf("missing staged blob passed silently: %+v", sum)
	}
	if err != nil && !strings.Contains(err.Error(), oid[:7]) {
		t.Errorf("error does not name the object: %v", err)
	}
}

func TestStagedNotARepository(t *testing.T) {
	t.Parallel()
	_, err := Staged(context.Background(), t.TempDir(), func(result.Result) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "not a git repository") {
		t.Errorf("err = %v, want git's not-a-repository message", err)
	}
}

func TestGitMissing(t *testing.T) {
	dir := newRepo(t)
	t.Setenv("PATH", t.TempDir())
	_, err := Staged(context.Background(), dir, func(result.Result) error { return nil })
	if !errors.Is(err, ErrGitMissing) {
		t.Errorf("Staged: err = %v, want ErrGitMissing", err)
	}
	_, err = History(context.Background(), dir, HistoryOptions{}, func(result.Result) error { return nil })
	if !errors.Is(err, ErrGitMissing) {
		t.Errorf("History: err = %v, want ErrGitMissing", err)
	}
}

// TestStagedStopsOnYieldError: the caller can stop the scan.
func TestStagedStopsOnYieldError(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	for _, n := range []string{"a.env", "b.env", "c.env"} {
		line, _ := secretLine()
		write(t, dir, n, line)
	}
	run(t, dir, "add", ".")
	stop := errors.New("stop")
	calls := 0
	_, err := Staged(context.Background(), dir, func(result.Result) error { calls++; return stop })
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("err = %v after %d calls, want stop after 1", err, calls)
	}
}

func TestStagedJWT(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	line, token := jwtLine()
	write(t, dir, "app/.env.local", "X=1\n"+line)
	run(t, dir, "add", "app/.env.local")
	got, _ := staged(t, dir)
	if !hasValue(got, token) {
		t.Errorf("JWT not reported: %+v", places(got))
	}
}
