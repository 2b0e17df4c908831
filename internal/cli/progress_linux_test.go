package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"github.com/pinatascan/pinatascan/internal/testcred"
)

// openPTY opens a pseudo-terminal pair with plain system calls (no pty
// module): the slave side is a real terminal.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		m.Close()
		t.Skipf("unlockpt: %v", e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, m.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		m.Close()
		t.Skipf("ptsname: %v", e)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		t.Skipf("open pts: %v", err)
	}
	return m, s
}

// TestProgressOnRealTerminal: with stderr a real terminal (a pty), the
// detection says so and a long scan draws the line; with stderr a pipe,
// never.
func TestProgressOnRealTerminal(t *testing.T) {
	fastProgress(t)
	master, slave := openPTY(t)
	defer master.Close()
	if !stderrIsTerminal(slave) {
		t.Fatal("a pty is not taken for a terminal")
	}
	seen := make(chan string)
	go func() {
		b, _ := io.ReadAll(master) // ends with EIO once the slave is closed
		seen <- string(b)
	}()
	jwt, _, _ := testcred.JWT(testcred.JWTOptions{})
	var stdout bytes.Buffer
	code := Run([]string{"scan", "-"}, slowInput(jwt), &stdout, slave)
	slave.Close()
	tty := <-seen
	if code != exitFindings || !strings.Contains(tty, "\rpinatascan: scanning… 1 file, ") {
		t.Errorf("exit %d; terminal got %q", code, tty)
	}

	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		b, _ := io.ReadAll(r)
		seen <- string(b)
	}()
	code = Run([]string{"scan", "-"}, slowInput(jwt), &stdout, w)
	w.Close()
	if piped := <-seen; code != exitFindings || piped != "" {
		t.Errorf("exit %d; pipe got %q", code, piped)
	}
}
