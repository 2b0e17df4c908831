package gitscan

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// ReadFileAt returns the file at path (relative to the repository root)
// in commit, as git stores it, for policy files read from a trusted
// revision (--policy-from). found is false when the commit has no such
// file. A file larger than limit bytes is an error.
func ReadFileAt(ctx context.Context, dir, commit, path string, limit int64) (data []byte, found bool, err error) {
	if strings.ContainsAny(path, "\n\x00") {
		return nil, false, fmt.Errorf("%q cannot be named to git", path)
	}
	cmd, stderr := command(ctx, dir, "cat-file", "--batch")
	cmd.Stdin = strings.NewReader(commit + ":" + path + "\n")
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, false, err
	}
	if err := cmd.Start(); err != nil {
		return nil, false, gitError(ctx, []string{"cat-file"}, err, stderr)
	}
	defer cmd.Wait()
	br := bufio.NewReader(stdout)
	header, err := br.ReadString('\n')
	if err != nil {
		cmd.Process.Kill()
		return nil, false, gitError(ctx, []string{"cat-file"}, cmd.Wait(), stderr)
	}
	f := strings.Fields(header)
	switch {
	case len(f) == 2 && f[1] == "missing", len(f) == 2 && f[1] == "ambiguous":
		return nil, false, nil
	case len(f) != 3:
		cmd.Process.Kill()
		return nil, false, fmt.Errorf("git cat-file: unexpected answer %.80q", header)
	case f[1] != "blob":
		cmd.Process.Kill()
		return nil, false, fmt.Errorf("%s is a %s in %s, not a file", path, f[1], commit)
	}
	size, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil || size < 0 {
		cmd.Process.Kill()
		return nil, false, fmt.Errorf("git cat-file: bad size in %.80q", header)
	}
	if size > limit {
		cmd.Process.Kill()
		return nil, false, fmt.Errorf("%s in %s is %d bytes, larger than any policy file (%d)", path, commit, size, limit)
	}
	data = make([]byte, size)
	if _, err := io.ReadFull(br, data); err != nil {
		cmd.Process.Kill()
		return nil, false, fmt.Errorf("git cat-file: %w", err)
	}
	return data, true, nil
}

// policyWatch notes which of a set of policy files (paths relative to the
// repository root) a scan's changes add, modify or delete.
type policyWatch struct {
	files   []string
	changed []string
}

func (w *policyWatch) saw(path string) {
	if w == nil || !slices.Contains(w.files, path) || slices.Contains(w.changed, path) {
		return
	}
	w.changed = append(w.changed, path)
}
