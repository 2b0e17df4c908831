package gitscan

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
)

// snapshot is everything a scan must leave as it found it.
type snapshot struct {
	Status, Refs, Head, Config string
	Index                      []byte
	GitDir                     map[string]string // every file under .git: size, mode and mtime
}

func takeSnapshot(t *testing.T, dir string) snapshot {
	t.Helper()
	s := snapshot{
		Status: run(t, dir, "status", "--porcelain=v1", "-z", "--untracked-files=all"),
		Refs:   run(t, dir, "for-each-ref", "--format=%(refname) %(objectname) %(symref)"),
		Head:   run(t, dir, "symbolic-ref", "-q", "HEAD") + " " + run(t, dir, "rev-parse", "HEAD"),
		Config: run(t, dir, "config", "--local", "--list"),
		GitDir: map[string]string{},
	}
	index := run(t, dir, "rev-parse", "--path-format=absolute", "--git-path", "index")
	var err error
	if s.Index, err = os.ReadFile(index); err != nil {
		t.Fatal(err)
	}
	gitDir := run(t, dir, "rev-parse", "--path-format=absolute", "--git-common-dir")
	filepath.WalkDir(gitDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		s.GitDir[p] = fmt.Sprintf("%d %v %d", fi.Size(), fi.Mode(), fi.ModTime().UnixNano())
		return nil
	})
	return s
}

// TestScanChangesNothing: a scan leaves the index, working tree, refs,
// config and every file under .git exactly as they were, even when the
// index's stat data is stale and any porcelain command would rewrite it.
func TestScanChangesNothing(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	line, _ := secretLine()
	write(t, dir, "tracked.txt", "a\n")
	write(t, dir, "old.env", line)
	commit(t, dir, "one", "tracked.txt", "old.env")
	write(t, dir, "b.txt", "b\n")
	commit(t, dir, "two", "b.txt")
	run(t, dir, "tag", "v1")

	// Stale stat data: same content, new times. A refreshing command
	// (git status, git diff) would write a new index.
	later := time.Now().Add(time.Hour)
	for _, n := range []string{"tracked.txt", "b.txt"} {
		os.Chtimes(filepath.Join(dir, n), later, later)
	}
	line2, _ := secretLine()
	write(t, dir, "new.env", line2)
	run(t, dir, "add", "new.env")
	write(t, dir, "new.env", line2+"X=1\n")      // unstaged edit on top
	write(t, dir, "untracked.txt", "u\n")        // untracked file
	write(t, dir, "tracked.txt", "a\nchanged\n") // unstaged change

	before := takeSnapshot(t, dir)
	var found int
	count := func(result.Result) error { found++; return nil }
	if _, err := Staged(context.Background(), dir, count); err != nil {
		t.Fatal(err)
	}
	if _, err := History(context.Background(), dir, HistoryOptions{All: true}, count); err != nil {
		t.Fatal(err)
	}
	if _, err := History(context.Background(), dir, HistoryOptions{Range: "v1"}, count); err != nil {
		t.Fatal(err)
	}
	after := takeSnapshot(t, dir)
	if found == 0 {
		t.Error("the scans found nothing: the test would prove nothing")
	}
	if !reflect.DeepEqual(before, after) {
		for k, v := range before.GitDir {
			if after.GitDir[k] != v {
				t.Errorf("%s: %s -> %s", k, v, after.GitDir[k])
			}
		}
		for k := range after.GitDir {
			if _, ok := before.GitDir[k]; !ok {
				t.Errorf("%s: created", k)
			}
		}
		t.Errorf("the scan changed the repository:\nbefore %+v\nafter  %+v", before.Status, after.Status)
	}
}

// TestHostileConfig: user settings that change what porcelain git prints
// (colours, prefixes, quoting, renames, relative paths, an external diff,
// textconv) must not change what a scan sees.
func TestHostileConfig(t *testing.T) {
	t.Parallel()
	dir := newRepo(t)
	old, oldSecret := secretLine()
	write(t, dir, "a/b/one.env", "A=1\n"+old+"B=2\nC=3\nD=4\n")
	write(t, dir, "top.env", "T=1\n")
	commit(t, dir, "one", "a/b/one.env", "top.env")
	line1, s1 := secretLine()
	line2, s2 := secretLine()
	write(t, dir, "a/b/one.env", "A=1\n"+old+"B=2\nC=3\nD=4\n"+line1)
	write(t, dir, "top.env", "T=1\n\n\n"+line2)
	write(t, dir, ".gitattributes", "*.env diff=conv\n")
	run(t, dir, "add", ".")

	for _, kv := range [][2]string{
		{"color.ui", "always"}, {"color.diff", "always"},
		{"diff.noprefix", "true"}, {"diff.mnemonicPrefix", "true"},
		{"core.quotePath", "false"}, {"diff.renames", "copies"},
		{"diff.relative", "true"}, {"diff.context", "9"},
		{"diff.interHunkContext", "9"}, {"diff.suppressBlankEmpty", "true"},
		{"diff.external", "false"}, {"diff.conv.textconv", "sed s/PINATA/XXXXXX/"},
		{"log.showSignature", "true"}, {"diff.ignoreSubmodules", "all"},
		{"diff.orderFile", "/dev/null"}, {"core.pager", "false"},
	} {
		run(t, dir, "config", kv[0], kv[1])
	}

	got, _ := staged(t, filepath.Join(dir, "a"))
	want := []where{{"a/b/one.env", s1, 6}, {"top.env", s2, 4}}
	if !reflect.DeepEqual(places(got), want) {
		t.Errorf("staged: %+v, want %+v", places(got), want)
	}
	commit(t, dir, "two")
	got, _ = history(t, filepath.Join(dir, "a"), HistoryOptions{})
	if len(got) != 3 || !hasValue(got, oldSecret) || !hasValue(got, s1) || !hasValue(got, s2) {
		t.Errorf("history: %+v, want the three secrets", places(got))
	}
}
