package gitscan

import (
	"bytes"
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
//     manifests the commit adds or changes, HEAD's of the others, found by
//     their fixed names and in HEAD's trees of the staged files' directories.
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
// One round trip to cat-file usually does: for each directory, its tree in
// HEAD (for the names of manifests found by pattern, such as *.gemspec)
// and its manifests of fixed names, as the index holds them. Only a
// pattern-named manifest the commit leaves alone needs a second.
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
	// object names the index's copy of the manifest at p: the staged blob,
	// or HEAD's when the commit leaves it alone (asking cat-file for the
	// index's copy by name would make it read the whole index). "" when
	// the commit deletes it or makes it something else than a file.
	object := func(p string) string {
		c, ok := staged[p]
		switch {
		case !ok:
			return "HEAD:" + p
		case c.status == 'D' || !isFileMode(c.dstMode):
			return ""
		}
		return c.dstOID
	}

	names := map[string][]string{}      // directory → its manifests
	content := map[string][]byte{}      // manifest → content
	type ask struct{ path, dir string } // path "" asks for dir's tree
	var asks []ask
	var objects []string
	for _, d := range dirs {
		tree := "HEAD:"
		if d != "." {
			tree += d
		}
		asks, objects = append(asks, ask{"", d}), append(objects, tree)
		for _, n := range project.Names {
			if o := object(path.Join(d, n)); o != "" {
				asks, objects = append(asks, ask{path.Join(d, n), d}), append(objects, o)
			}
		}
	}
	for p, c := range staged { // staged manifests of other names
		if d, base := path.Split(p); !slices.Contains(project.Names, base) && c.status != 'D' && isFileMode(c.dstMode) {
			asks, objects = append(asks, ask{p, path.Clean(d)}), append(objects, c.dstOID)
		}
	}
	var later []ask // manifests by pattern, seen in HEAD's trees
	read := func(i int, oid, typ string, size int64) error {
		a := asks[i]
		if a.path == "" {
			data, err := cf.body(size, maxTree)
			if err != nil || typ != "tree" || data == nil {
				return err
			}
			for _, n := range treeManifests(data, len(oid)/2) {
				p := path.Join(a.dir, n)
				if _, ok := staged[p]; !ok && !slices.Contains(project.Names, n) {
					later = append(later, ask{p, a.dir})
				}
			}
			return nil
		}
		data, err := cf.body(size, project.MaxSize)
		if err == nil && typ == "blob" && data != nil {
			content[a.path] = data
			names[a.dir] = append(names[a.dir], path.Base(a.path))
		}
		return err
	}
	if err := cf.fetch(objects, read); err != nil {
		return nil, err
	}
	asks, objects = later, nil
	for _, a := range later {
		objects = append(objects, "HEAD:"+a.path)
	}
	if err := cf.fetch(objects, read); err != nil {
		return nil, err
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

// treeManifests returns the names of the regular files in a raw tree
// object that are manifests. Its entries are "mode name\0" and an object
// id of idLen bytes (20 for SHA-1, 32 for SHA-256).
func treeManifests(tree []byte, idLen int) []string {
	var out []string
	for len(tree) > 0 {
		sp := bytes.IndexByte(tree, ' ')
		nul := bytes.IndexByte(tree, 0)
		if sp < 0 || nul < sp || len(tree)-nul-1 < idLen {
			return out
		}
		mode, name := string(tree[:sp]), string(tree[sp+1:nul])
		if isFileMode(mode) && project.IsManifest(name) {
			out = append(out, name)
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
