package cli_test

import (
	"os"
	"syscall"
	"testing"
	"time"
)

// watchClose returns a function that waits, up to timeout, until path,
// opened for reading by any process after watchClose, is closed: a scan
// closes a file once it has scanned it and passed on its findings, so
// then the file's findings are known to the process (inotify,
// IN_CLOSE_NOWRITE).
func watchClose(t *testing.T, path string) (closed func(timeout time.Duration) bool) {
	t.Helper()
	fd, err := syscall.InotifyInit1(syscall.IN_CLOEXEC | syscall.IN_NONBLOCK)
	if err != nil {
		t.Fatal(err)
	}
	f := os.NewFile(uintptr(fd), "inotify") // non-blocking: read deadlines work
	t.Cleanup(func() { f.Close() })
	if _, err := syscall.InotifyAddWatch(fd, path, syscall.IN_CLOSE_NOWRITE); err != nil {
		t.Fatal(err)
	}
	return func(timeout time.Duration) bool {
		f.SetReadDeadline(time.Now().Add(timeout))
		var buf [syscall.SizeofInotifyEvent + syscall.PathMax + 1]byte
		n, err := f.Read(buf[:])
		return err == nil && n >= syscall.SizeofInotifyEvent
	}
}
