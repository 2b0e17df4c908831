package gitscan

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
)

// TestHistoryAddedThenDeleted: a credential removed later is still in
// history, and is reported in the commit that added it, with its author
// (name only) and date.
func TestHistoryAddedThenDeleted(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	write(t, dir, "README", "hi\n")
	commit(t, dir, "first", "README")
	line, secret := secretLine()
	write(t, dir, ".env", "A=1\n"+line)
	added := commit(t, dir, "add env", ".env")
	write(t, dir, ".env", "A=1\nB=2\n"+line) // the line moves; still the same credential
	commit(t, dir, "edit env", ".env")
	run(t, dir, "rm", "-q", ".env")
	commit(t, dir, "remove env")

	got, sum := history(t, dir, HistoryOptions{})
	if want := []where{{".env", secret, 2}}; !reflect.DeepEqual(places(got), want) {
		t.Fatalf("results = %+v, want %+v", places(got), want)
	}
	c := got[0].Commit
	if c == nil || c.Hash != added || c.Author != "Ada Author" {
		t.Fatalf("commit = %+v, want %s by Ada Author", c, added)
	}
	if time.Since(c.Date) > time.Hour || c.Date.IsZero() {
		t.Errorf("date = %v, want about now", c.Date)
	}
	if sum.Commits != 4 {
		t.Errorf("Commits = %d, want 4", sum.Commits)
	}
	if strings.Contains(c.Author, "@") {
		t.Errorf("author carries an e-mail: %q", c.Author)
	}
}

// TestHistoryBlobsScannedOnce: reverts and copies bring back blobs already
// seen; each unique blob is read once, and a copy to a new path is reported
// at that path.
func TestHistoryBlobsScannedOnce(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	line, secret := secretLine()
	write(t, dir, "a.env", line)
	commit(t, dir, "v1", "a.env") // blob 1
	write(t, dir, "a.env", "X=1\n")
	commit(t, dir, "v2", "a.env") // blob 2
	write(t, dir, "a.env", line)
	commit(t, dir, "v1 again", "a.env") // blob 1 again
	write(t, dir, "copy/b.env", line)
	copied := commit(t, dir, "copy", "copy/b.env") // blob 1 at a new path

	got, sum := history(t, dir, HistoryOptions{})
	if sum.Stats.Files != 2 {
		t.Errorf("Files = %d, want 2 unique blobs scanned", sum.Stats.Files)
	}
	want := []where{{"a.env", secret, 1}, {"copy/b.env", secret, 1}}
	if !reflect.DeepEqual(places(got), want) {
		t.Fatalf("results = %+v, want %+v", places(got), want)
	}
	if got[1].Commit.Hash != copied {
		t.Errorf("copy reported in %s, want %s", got[1].Commit.Hash, copied)
	}
}

func TestHistoryAllAndRange(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	write(t, dir, "README", "hi\n")
	base := commit(t, dir, "base", "README")
	oldLine, oldSecret := secretLine()
	write(t, dir, "old.env", oldLine)
	a := commit(t, dir, "old secret", "old.env")
	newLine, newSecret := secretLine()
	write(t, dir, "new.env", newLine)
	commit(t, dir, "new secret", "new.env")
	run(t, dir, "checkout", "-q", "-b", "side", base)
	sideLine, sideSecret := secretLine()
	write(t, dir, "side.env", sideLine)
	commit(t, dir, "side secret", "side.env")
	run(t, dir, "checkout", "-q", "main")

	got, _ := history(t, dir, HistoryOptions{})
	if !hasValue(got, oldSecret) || !hasValue(got, newSecret) || hasValue(got, sideSecret) {
		t.Errorf("HEAD: %+v, want old and new, not side", places(got))
	}
	got, _ = history(t, dir, HistoryOptions{All: true})
	if !hasValue(got, oldSecret) || !hasValue(got, newSecret) || !hasValue(got, sideSecret) {
		t.Errorf("--all: %+v, want all three", places(got))
	}
	got, sum := history(t, dir, HistoryOptions{Range: a + "..main"})
	if want := []where{{"new.env", newSecret, 1}}; !reflect.DeepEqual(places(got), want) {
		t.Errorf("range: %+v, want %+v", places(got), want)
	}
	if sum.Commits != 1 {
		t.Errorf("range walked %d commits, want 1", sum.Commits)
	}
}

// TestHistoryMerges: a branch's credential is reported in the branch's
// commit, not again in the merge; a credential the merge itself adds
// (conflict resolution) is reported in the merge.
func TestHistoryMerges(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	write(t, dir, "a.txt", "base\n")
	commit(t, dir, "base", "a.txt")
	run(t, dir, "checkout", "-q", "-b", "side")
	line, secret := secretLine()
	write(t, dir, "side.env", line)
	sideCommit := commit(t, dir, "side secret", "side.env")
	write(t, dir, "a.txt", "side\n")
	commit(t, dir, "side edit", "a.txt")
	run(t, dir, "checkout", "-q", "main")
	write(t, dir, "a.txt", "main\n")
	commit(t, dir, "main edit", "a.txt")
	exec.Command("git", "-C", dir, "merge", "-q", "side").Run() // conflicts on a.txt
	evilLine, evilSecret := secretLine()
	write(t, dir, "a.txt", "merged\n"+evilLine)
	merge := commit(t, dir, "merge", "a.txt")

	got, _ := history(t, dir, HistoryOptions{})
	byValue := map[string]string{}
	for _, r := range got {
		byValue[r.Value] = r.Commit.Hash
	}
	if len(got) != 2 || byValue[secret] != sideCommit || byValue[evilSecret] != merge {
		t.Errorf("results = %+v; want side's secret in %s and the merge's in %s", got, sideCommit, merge)
	}
}

func TestHistoryEmptyRepo(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	repo, err := Open(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, opts := range []HistoryOptions{{}, {Repo: &repo}} {
		got, sum := history(t, dir, opts)
		if len(got) != 0 || sum.Commits != 0 || len(sum.Notes) != 1 || !strings.Contains(sum.Notes[0], "no commits") {
			t.Errorf("empty repo, %+v: %+v %+v; want nothing and a note", opts, got, sum)
		}
	}
	got, sum := history(t, dir, HistoryOptions{All: true})
	if len(got) != 0 || sum.Commits != 0 || len(sum.Notes) != 1 || !strings.Contains(sum.Notes[0], "no commits") {
		t.Errorf("empty repo --all: %+v %+v", got, sum)
	}
}

func TestHistoryDetachedHEAD(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	line, secret := secretLine()
	write(t, dir, ".env", line)
	c := commit(t, dir, "one", ".env")
	write(t, dir, "b", "b\n")
	commit(t, dir, "two", "b")
	run(t, dir, "checkout", "-q", "--detach", c)
	got, sum := history(t, dir, HistoryOptions{})
	if !hasValue(got, secret) || sum.Commits != 1 {
		t.Errorf("detached: %+v %+v", places(got), sum)
	}
}

func TestHistoryShallowClone(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	line, secret := secretLine()
	write(t, dir, ".env", line)
	commit(t, dir, "one", ".env")
	write(t, dir, "b", "b\n")
	commit(t, dir, "two", "b")
	write(t, dir, "c", "c\n")
	tip := commit(t, dir, "three", "c")
	clone := filepath.Join(t.TempDir(), "clone")
	run(t, dir, "clone", "-q", "--depth", "1", "file://"+dir, clone)

	repo, err := Open(context.Background(), clone)
	if err != nil || !repo.Shallow {
		t.Fatalf("Open of a shallow clone: %+v, %v", repo, err)
	}
	// Asked by History itself, or told by Open: the same answer.
	for _, opts := range []HistoryOptions{{}, {Repo: &repo}, {Range: "HEAD"}, {Range: "HEAD", Repo: &repo}} {
		got, sum := history(t, clone, opts)
		if !hasValue(got, secret) || got[0].Commit.Hash != tip {
			t.Errorf("shallow, %+v: %+v, want the secret at the boundary commit %s", opts, got, tip)
		}
		if len(sum.Notes) == 0 || !strings.Contains(sum.Notes[0], "shallow") {
			t.Errorf("shallow clone not said, %+v: %+v", opts, sum.Notes)
		}
	}
	if repo, err := Open(context.Background(), dir); err != nil || repo.Shallow {
		t.Errorf("Open of a full repository: %+v, %v", repo, err)
	}
}

// TestHistoryCorruptObject: a corrupt blob is a problem that names git's
// reason (the rest is scanned, and the scan must not pass); a corrupt
// commit stops the walk with git's error.
func TestHistoryCorruptObject(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	line, secret := secretLine()
	write(t, dir, ".env", line)
	write(t, dir, "b.env", "B=1\n")
	commit(t, dir, "one", ".env", "b.env")
	corrupt(t, dir, run(t, dir, "rev-parse", "HEAD:b.env"))

	got, sum := history(t, dir, HistoryOptions{})
	if !hasValue(got, secret) {
		t.Errorf("the readable blob was not scanned: %+v", places(got))
	}
	if len(sum.Problems) != 1 || !strings.Contains(sum.Problems[0], "b.env") || !strings.Contains(sum.Problems[0], "inflate") {
		t.Errorf("problems = %q, want b.env with git's reason", sum.Problems)
	}

	write(t, dir, "c", "c\n")
	commit(t, dir, "two", "c")
	corrupt(t, dir, run(t, dir, "rev-parse", "HEAD"))
	_, err := History(context.Background(), dir, HistoryOptions{}, func(result.Result) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "git") {
		t.Errorf("corrupt commit: err = %v, want a git error", err)
	}
}

func corrupt(t *testing.T, dir, oid string) {
	t.Helper()
	p := filepath.Join(dir, ".git", "objects", oid[:2], oid[2:])
	os.Chmod(p, 0o644)
	if err := os.WriteFile(p, []byte("this is not zlib"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestHistoryBadRange(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	write(t, dir, "a", "a\n")
	commit(t, dir, "one", "a")
	out := filepath.Join(t.TempDir(), "written")
	for _, rng := range []string{"nosuchbranch..main", "--output=" + out, "-n1"} {
		_, err := History(context.Background(), dir, HistoryOptions{Range: rng}, func(result.Result) error { return nil })
		if err == nil {
			t.Errorf("range %q: no error", rng)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a range was taken as an option")
	}
}

func TestHistoryBinaryAndSubmodule(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	line, secret := secretLine()
	write(t, dir, "img.bin", "\x00PNG"+line)
	head := commit(t, dir, "bin", "img.bin")
	run(t, dir, "update-index", "--add", "--cacheinfo", "160000,"+head+",vendor/lib")
	commit(t, dir, "gitlink")
	got, sum := history(t, dir, HistoryOptions{})
	if hasValue(got, secret) || sum.Stats.Skipped != 2 || len(sum.Problems) != 0 {
		t.Errorf("got %+v, summary %+v; want binary and submodule skipped", places(got), sum)
	}
}

// TestManyBlobsNoStall: a commit with more blobs than the pipes to and from
// cat-file can hold must not stall either scan.
func TestManyBlobsNoStall(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	const n = 3000
	// One fast-import commit on a side branch, read into the index: no
	// working-tree files are needed to stage n blobs.
	var stream strings.Builder
	stream.WriteString("commit refs/heads/big\ncommitter Ada Author <ada@example.com> 1700000000 +0000\ndata 4\nbig\n")
	secrets := 0
	for i := range n {
		content := fmt.Sprintf("value %d %s\n", i, strings.Repeat("filler ", 20))
		if i%500 == 0 {
			line, _ := secretLine()
			content += line
			secrets++
		}
		fmt.Fprintf(&stream, "M 100644 inline d%d/f%d.txt\ndata %d\n%s\n", i%30, i, len(content), content)
	}
	cmd := exec.Command("git", "-C", dir, "fast-import", "--quiet")
	cmd.Stdin = strings.NewReader(stream.String())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	run(t, dir, "read-tree", "big")

	got, sum := staged(t, dir)
	if len(got) != secrets || sum.Stats.Files != n {
		t.Errorf("staged: %d results from %d files, want %d from %d", len(got), sum.Stats.Files, secrets, n)
	}
	got, sum = history(t, dir, HistoryOptions{Range: "big"})
	if len(got) != secrets || sum.Stats.Files != n {
		t.Errorf("history: %d results from %d files, want %d from %d", len(got), sum.Stats.Files, secrets, n)
	}
}

// TestHistoryCancel: a cancelled scan stops promptly with the context's
// error, after yielding what it found.
func TestHistoryCancel(t *testing.T) {
	t.Parallel()
	dir, _ := makeHistory(t, 3000)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	found := 0
	start := time.Now()
	_, err := History(ctx, dir, HistoryOptions{}, func(result.Result) error {
		found++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || found == 0 {
		t.Errorf("err = %v after %d findings, want context.Canceled after some", err, found)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v to stop", d)
	}
}

// TestHistoryEmptyRange: a range with no commits is said, not silently clean.
func TestHistoryEmptyRange(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	write(t, dir, "a", "a\n")
	commit(t, dir, "one", "a")
	_, sum := history(t, dir, HistoryOptions{Range: "main..main"})
	if sum.Commits != 0 || len(sum.Notes) != 1 || !strings.Contains(sum.Notes[0], "no commits to scan in main..main") {
		t.Errorf("empty range: %+v", sum)
	}
}

func TestHistoryOddPaths(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	names := []string{"with space.env", "new\nline.env", "bad\xffutf8.env", `quote"and\back.env`}
	want := map[string]string{}
	for _, n := range names {
		line, secret := secretLine()
		write(t, dir, n, line)
		want[n] = secret
	}
	commit(t, dir, "odd", names...)
	got, _ := history(t, dir, HistoryOptions{})
	seen := map[string]string{}
	for _, r := range got {
		seen[r.Path] = r.Value
	}
	if !reflect.DeepEqual(seen, want) {
		t.Errorf("paths = %q, want %q", keys(seen), keys(want))
	}
}
