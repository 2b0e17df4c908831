//go:build unix

package testbin

import (
	"os"
	"syscall"
)

// lock takes an exclusive advisory lock on path, held until unlock; the
// kernel drops it if the process dies, so a crash leaves no stale lock.
func lock(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	return func() { f.Close() }, nil
}
