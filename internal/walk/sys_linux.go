package walk

import (
	"io"
	"io/fs"
	"syscall"
	"unsafe"
)

// On Linux the walk talks to the kernel directly, because the os package
// spends system calls a scanner does not need: os.Root's ReadDir stats
// every entry (lstat per file), and each os.File is set non-blocking and
// offered to the network poller (fcntl and epoll_ctl per file). Here a file
// costs openat, read until EOF, close; a directory openat, getdents, close.
// The safety of os.Root is kept: every open is one name relative to an open
// directory with O_NOFOLLOW, so a path's length never matters and a
// directory swapped for a link mid-walk cannot lead out of the tree.

// sysDir is an open directory.
type sysDir struct{ fd int }

func openTopDir(path string) (sysDir, error) {
	fd, err := retry(func() (int, error) {
		return syscall.Open(path, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	})
	if err != nil {
		return sysDir{}, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	return sysDir{fd}, nil
}

func (d sysDir) openDir(name string) (sysDir, error) {
	fd, err := retry(func() (int, error) {
		return syscall.Openat(d.fd, name, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0)
	})
	if err != nil {
		return sysDir{}, &fs.PathError{Op: "openat", Path: name, Err: err}
	}
	return sysDir{fd}, nil
}

func (d sysDir) close() { syscall.Close(d.fd) }

// canReopen says a directory closed during the walk can be opened again
// through ".." from below (see lister.reopen).
const canReopen = true

// fileID identifies a directory, to check that the one opened again is it.
type fileID struct{ dev, ino uint64 }

func (d sysDir) id() (fileID, error) {
	var st syscall.Stat_t
	if err := syscall.Fstat(d.fd, &st); err != nil {
		return fileID{}, err
	}
	return fileID{uint64(st.Dev), st.Ino}, nil
}

// openFile opens a regular file met in d into f. O_NONBLOCK changes nothing
// for a regular file, and keeps a FIFO swapped in for it from blocking the
// open.
func (d sysDir) openFile(name string, f *sysFile) error {
	fd, err := retry(func() (int, error) {
		return syscall.Openat(d.fd, name, syscall.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
	})
	if err != nil {
		return &fs.PathError{Op: "openat", Path: name, Err: err}
	}
	*f = sysFile{fd: fd, name: name}
	return nil
}

// list reads d's entries, without "." and "..", into ents; buf is scratch
// space for the kernel's records.
func (d sysDir) list(ents []entry, buf []byte) ([]entry, error) {
	for {
		n, err := retry(func() (int, error) { return syscall.Getdents(d.fd, buf) })
		if err != nil {
			return ents, &fs.PathError{Op: "getdents", Path: ".", Err: err}
		}
		if n <= 0 {
			return ents, nil
		}
		for rec := buf[:n]; len(rec) >= 19; {
			// struct linux_dirent64: ino u64, off s64, reclen u16, type u8, name.
			reclen := int(*(*uint16)(unsafe.Pointer(&rec[16])))
			if reclen < 19 || reclen > len(rec) {
				break
			}
			typ := rec[18]
			name := rec[19:reclen]
			for i, c := range name {
				if c == 0 {
					name = name[:i]
					break
				}
			}
			rec = rec[reclen:]
			if len(name) == 1 && name[0] == '.' || len(name) == 2 && name[0] == '.' && name[1] == '.' {
				continue
			}
			e := entry{name: string(name)}
			switch typ {
			case syscall.DT_DIR:
				e.kind = kindDir
			case syscall.DT_REG:
				e.kind = kindFile
			case syscall.DT_UNKNOWN: // some file systems do not say: ask
				e.kind = d.kindOf(e.name)
			}
			ents = append(ents, e)
		}
	}
}

// kindOf stats name in d without following a link. The os package's
// syscall has no fstatat on every architecture, so the entry is opened with
// O_PATH (no read, no side effects, not even on a device) and stat'ed.
func (d sysDir) kindOf(name string) entryKind {
	fd, err := retry(func() (int, error) {
		return syscall.Openat(d.fd, name, _O_PATH|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0)
	})
	if err != nil {
		return kindOther
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil {
		return kindOther
	}
	switch st.Mode & syscall.S_IFMT {
	case syscall.S_IFDIR:
		return kindDir
	case syscall.S_IFREG:
		return kindFile
	}
	return kindOther
}

// _O_PATH is Linux's O_PATH, the same on every architecture Go supports.
const _O_PATH = 0x200000

// sysFile is a file opened in a directory; a worker reuses one.
type sysFile struct {
	fd   int
	name string
}

func (f *sysFile) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	n, err := retry(func() (int, error) { return syscall.Read(f.fd, p) })
	switch {
	case err != nil:
		return 0, &fs.PathError{Op: "read", Path: f.name, Err: err}
	case n == 0:
		return 0, io.EOF
	}
	return n, nil
}

func (f *sysFile) Close() error { return syscall.Close(f.fd) }

func (f *sysFile) size() (int64, error) {
	var st syscall.Stat_t
	if err := syscall.Fstat(f.fd, &st); err != nil {
		return 0, &fs.PathError{Op: "fstat", Path: f.name, Err: err}
	}
	return st.Size, nil
}

// retry repeats a system call interrupted by a signal.
func retry(call func() (int, error)) (int, error) {
	for {
		n, err := call()
		if err != syscall.EINTR {
			return n, err
		}
	}
}
