package project

import (
	"io"
	"os"
	"path/filepath"
	"slices"
)

// Dirs answers, for directories on disk, which manifest makes them part of
// a Pinata project: their own, or one in a directory above them, up to the
// root of the git repository they are in (the nearest directory holding
// .git). Outside a repository, a directory's own manifests count, never
// those of its parents: a stray package.json in a home directory is not
// the project's. Answers are cached per directory; a Dirs is for one
// goroutine.
type Dirs struct {
	uses  map[string]found // absolute directory → its own Pinata manifest
	repos map[string]bool  // absolute directory → whether it is in a repository
}

// Use returns the Use of the nearest directory, dir or one above it within
// its repository, that has a manifest depending on Pinata, or "". dir is as
// the user gave it; the manifest's path in the Use is written the same way
// (relative when dir is).
func (d *Dirs) Use(dir string) string {
	if u := d.own(dir); u != "" {
		return u
	}
	return d.Above(dir)
}

// Above is Use without dir's own manifests: what dir inherits from the
// directories above it. A repository's root inherits nothing, nor does a
// directory of installed dependencies (IsDependencyDir) or one below it.
func (d *Dirs) Above(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil || !d.inRepo(abs) {
		return ""
	}
	for {
		if isRepoRoot(abs) || IsDependencyDir(filepath.Base(abs)) {
			return ""
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return ""
		}
		abs, dir = parent, filepath.Join(dir, "..")
		if u := d.own(dir); u != "" {
			return u
		}
	}
}

// found is a directory's first manifest, by name, that depends on Pinata,
// and the package; the zero value for none.
type found struct{ manifest, pkg string }

// own returns the Use of dir's own manifests.
func (d *Dirs) own(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	f, ok := d.uses[abs]
	if !ok {
		f = readDir(abs)
		if d.uses == nil {
			d.uses = map[string]found{}
		}
		d.uses[abs] = f
	}
	if f.pkg == "" {
		return ""
	}
	return Use(filepath.Join(dir, f.manifest), f.pkg)
}

// readDir finds the Pinata manifest of the directory abs.
func readDir(abs string) found {
	ents, _ := os.ReadDir(abs) // unreadable means no manifest
	var names []string
	for _, e := range ents {
		if e.Type().IsRegular() {
			names = append(names, e.Name())
		}
	}
	name, pkg := First(names, func(name string) ([]byte, bool) { return ReadFile(filepath.Join(abs, name)) })
	return found{name, pkg}
}

// inRepo reports whether the absolute directory abs is inside a git
// repository (a .git, directory or file, in it or above it).
func (d *Dirs) inRepo(abs string) bool {
	if in, ok := d.repos[abs]; ok {
		return in
	}
	in := isRepoRoot(abs)
	if !in {
		if parent := filepath.Dir(abs); parent != abs {
			in = d.inRepo(parent)
		}
	}
	if d.repos == nil {
		d.repos = map[string]bool{}
	}
	d.repos[abs] = in
	return in
}

func isRepoRoot(abs string) bool {
	_, err := os.Lstat(filepath.Join(abs, ".git"))
	return err == nil
}

// ReadFile reads a manifest from disk, or says false when it cannot be
// read or is larger than MaxSize. Manifests are evidence, not what is
// scanned: a problem reading one is the scan's to report, when it reads
// the same file.
func ReadFile(name string) ([]byte, bool) {
	f, err := os.Open(name)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	return ReadLimited(f)
}

// ReadLimited reads r to its end if it holds at most MaxSize bytes.
func ReadLimited(r io.Reader) ([]byte, bool) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil || len(data) > MaxSize {
		return nil, false
	}
	return data, true
}

// First returns the first manifest, by name, among names that depends on
// Pinata, and the package; read returns a manifest's content.
func First(names []string, read func(name string) ([]byte, bool)) (manifest, pkg string) {
	var ms []string
	for _, n := range names {
		if IsManifest(n) {
			ms = append(ms, n)
		}
	}
	slices.Sort(ms)
	for _, n := range ms {
		data, ok := read(n)
		if !ok {
			continue
		}
		if pkg := PinataPackage(n, data); pkg != "" {
			return n, pkg
		}
	}
	return "", ""
}
