package cli

import (
	"syscall"
	"unsafe"
)

// isatty: a terminal answers TCGETS (what isatty(3) asks); anything else
// fails it with ENOTTY.
func isatty(fd uintptr) bool {
	var t syscall.Termios
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return errno == 0
}
