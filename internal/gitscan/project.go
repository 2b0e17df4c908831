package gitscan

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/pinatascan/pinatascan/internal/project"
)

// Project context in git (docs/detection.md, "Project context"): a file is
// in a Pinata project when a manifest in its directory or one above it, up
// to the repository root, depends on a Pinata SDK.
//
//   - Staged scans read the manifests the index holds, what the commit
//     will contain, with the cat-file already running: the staged blobs of
//     manifests the commit adds or changes, HEAD's of the others, found in
//     HEAD's trees of the staged files' directories. They are read only
//     when the project rule alone has found something, after the blobs.
//   - History scans count every version of a manifest in the scanned range:
//     a project that used Pinata at any point of it is a Pinata project. The
//     manifests are blobs the scan reads anyway; a commit's manifests are
//     read before its other files, and a finding that only the project rule
//     makes waits, when its manifest comes later in the range, until the end.

// uses maps a directory (as path.Dir gives it: "." for the root) to the Use
// of its own Pinata manifest.
type uses map[string]string

// of returns the Use of the nearest directory at or above the file p that
// has a Pinata manifest, or "": not past a directory of installed
// dependencies (a committed node_modules or vendor).
func (u uses) of(p string) string {
	for d := path.Dir(p); ; d = path.Dir(d) {
		if use, ok := u[d]; ok {
			return use
		}
		if d == "." || d == "/" || project.IsDependencyDir(path.Base(d)) {
			return ""
		}
	}
}

// maxTree bounds the tree objects read for their names; a larger directory
// listing is skipped (its manifests then do not count).
const maxTree = 16 << 20

// indexProjects returns the Pinata manifests the index holds in the
// directories of todo's files and above them. changes are all the staged
// changes, for the manifests the commit adds or changes.
//
// Two batches to cat-file: HEAD's trees of those directories, which list
// their manifests with the blob ids (the index holds the same blobs for
// what the commit leaves alone), and the staged manifests' new blobs; then
// the blobs the trees named. Asking for each manifest by path instead would
// make cat-file walk the trees again for every name, and asking for the
// index's copy (":path") would make it read the whole index.
func indexProjects(cf *catFile, changes, todo []*change) (uses, error) {
	dirSet := map[string]bool{}
	for _, c := range todo {
		for d := path.Dir(c.path); !dirSet[d]; d = path.Dir(d) {
			dirSet[d] = true
			if d == "." || d == "/" {
				break
			}
		}
	}
	dirs := make([]string, 0, len(dirSet))
	for d := range dirSet {
		if !strings.ContainsAny(d, "\n") { // a name cat-file cannot be asked for
			dirs = append(dirs, d)
		}
	}
	slices.Sort(dirs)

	staged := map[string]*change{} // manifests the commit changes, in those directories
	for _, c := range changes {
		if d, base := path.Split(c.path); dirSet[path.Clean(d)] && project.IsManifest(base) {
			staged[c.path] = c
		}
	}

	content := map[string][]byte{} // manifest → content, as the index holds it
	var want []string              // manifests to read, in the order asked
	var objects []string
	readBlob := func(i int, _, typ string, size int64) error {
		data, err := cf.body(size, project.MaxSize)
		if err == nil && typ == "blob" && data != nil {
			content[want[i]] = data
		}
		return err
	}

	// Round one: the trees, then the staged manifests.
	var later []string // manifests the trees list, by blob id
	var laterPaths []string
	for _, d := range dirs {
		tree := "HEAD:"
		if d != "." {
			tree += d
		}
		objects = append(objects, tree)
	}
	for p, c := range staged {
		if c.status != 'D' && isFileMode(c.dstMode) {
			want = append(want, p)
			objects = append(objects, c.dstOID)
		}
	}
	err := cf.fetch(objects, func(i int, oid, typ string, size int64) error {
		if i >= len(dirs) {
			return readBlob(i-len(dirs), oid, typ, size)
		}
		data, err := cf.body(size, maxTree)
		if err != nil || typ != "tree" || data == nil {
			return err
		}
		for _, e := range treeManifests(data, len(oid)/2) {
			if p := path.Join(dirs[i], e.name); staged[p] == nil {
				laterPaths, later = append(laterPaths, p), append(later, e.oid)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Round two: the blobs the trees named.
	want = laterPaths
	if err := cf.fetch(later, readBlob); err != nil {
		return nil, err
	}

	names := map[string][]string{}
	for p := range content {
		d := path.Dir(p)
		names[d] = append(names[d], path.Base(p))
	}
	u := uses{}
	for _, d := range dirs {
		name, pkg := project.First(names[d], func(n string) ([]byte, bool) {
			data, ok := content[path.Join(d, n)]
			return data, ok
		})
		if pkg != "" {
			u[d] = project.Use(path.Join(d, name), pkg)
		}
	}
	return u, nil
}

func isFileMode(mode string) bool { return mode == "100644" || mode == "100755" }

// treeEntry is a manifest listed in a tree: its name and blob id.
type treeEntry struct{ name, oid string }

// treeManifests returns the regular files in a raw tree object that are
// manifests. Its entries are "mode name\0" and an object id of idLen bytes
// (20 for SHA-1, 32 for SHA-256).
func treeManifests(tree []byte, idLen int) []treeEntry {
	var out []treeEntry
	for len(tree) > 0 {
		sp := bytes.IndexByte(tree, ' ')
		nul := bytes.IndexByte(tree, 0)
		if sp < 0 || nul < sp || len(tree)-nul-1 < idLen {
			return out
		}
		mode, name := string(tree[:sp]), string(tree[sp+1:nul])
		if isFileMode(mode) && project.IsManifest(name) {
			out = append(out, treeEntry{name, hex.EncodeToString(tree[nul+1 : nul+1+idLen])})
		}
		tree = tree[nul+1+idLen:]
	}
	return out
}

// fetch asks cat-file for the objects names (any revision syntax, one a
// line), and calls each with the index of each answer, its object id, type
// and size; each must consume the body with body. A missing object is skipped. The
// requests are written while the answers are read, so neither pipe can
// fill up and stall the other.
func (c *catFile) fetch(names []string, each func(i int, oid, typ string, size int64) error) error {
	if len(names) == 0 {
		return nil
	}
	writeErr := make(chan error, 1)
	go func() {
		for _, n := range names {
			if err := c.request(n); err != nil {
				writeErr <- err
				return
			}
		}
		writeErr <- c.flush()
	}()
	for i := range names {
		line, err := c.out.ReadSlice('\n')
		if err != nil {
			return c.died(err)
		}
		line = bytes.TrimSuffix(line, []byte{'\n'})
		if bytes.HasSuffix(line, []byte(" missing")) || bytes.HasSuffix(line, []byte(" ambiguous")) {
			continue
		}
		f := bytes.Fields(line)
		size, perr := int64(0), error(nil)
		if len(f) == 3 {
			size, perr = strconv.ParseInt(string(f[2]), 10, 64)
		}
		if len(f) != 3 || perr != nil || size < 0 {
			return fmt.Errorf("git cat-file: unexpected answer %q", line)
		}
		if err := each(i, string(f[0]), string(f[1]), size); err != nil {
			return err
		}
	}
	if err := <-writeErr; err != nil {
		return c.died(err)
	}
	return nil
}

// body reads the current object's size bytes and the newline after them.
// It returns them when size is at most limit, and nil otherwise.
func (c *catFile) body(size, limit int64) ([]byte, error) {
	var data []byte
	var err error
	if size <= limit {
		data = make([]byte, size)
		_, err = io.ReadFull(c.out, data)
	} else {
		_, err = io.CopyN(io.Discard, c.out, size)
	}
	if err != nil {
		return nil, c.died(err)
	}
	if b, err := c.out.ReadByte(); err != nil || b != '\n' {
		return nil, c.died(io.ErrUnexpectedEOF)
	}
	return data, nil
}
