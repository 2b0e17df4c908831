//go:build !linux

package walk

import (
	"errors"
	"os"
)

// Elsewhere the walk uses os.Root, which keeps the same guarantees: every
// open is one name relative to an open directory, links not followed.

// sysDir is an open directory.
type sysDir struct{ root *os.Root }

func openTopDir(path string) (sysDir, error) {
	r, err := os.OpenRoot(path)
	return sysDir{r}, err
}

func (d sysDir) openDir(name string) (sysDir, error) {
	r, err := d.root.OpenRoot(name)
	return sysDir{r}, err
}

func (d sysDir) close() { d.root.Close() }

// canReopen is false: os.Root cannot open "..", so every directory being
// walked stays open.
const canReopen = false

type fileID struct{}

func (d sysDir) id() (fileID, error) { return fileID{}, errors.ErrUnsupported }

func (d sysDir) openFile(name string, f *sysFile) error {
	fl, err := d.root.Open(name)
	if err != nil {
		return err
	}
	f.File = fl
	return nil
}

// list reads d's entries into ents; buf is unused here.
func (d sysDir) list(ents []entry, _ []byte) ([]entry, error) {
	f, err := d.root.Open(".")
	if err != nil {
		return ents, err
	}
	defer f.Close()
	des, err := f.ReadDir(-1)
	for _, de := range des {
		e := entry{name: de.Name()}
		switch t := de.Type(); {
		case t.IsDir():
			e.kind = kindDir
		case t.IsRegular():
			e.kind = kindFile
		}
		ents = append(ents, e)
	}
	return ents, err
}

// sysFile is a file opened in a directory.
type sysFile struct{ *os.File }

func (f *sysFile) size() (int64, error) {
	fi, err := f.Stat()
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}
