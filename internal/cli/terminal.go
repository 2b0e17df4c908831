package cli

import (
	"fmt"
	"io"
	"os"

	"golang.org/x/term"
)

// isTerminalFile reports whether w is a terminal (golang.org/x/term: the
// right system call on Linux, macOS, the BSDs and Windows), without putting
// the file into blocking mode as Fd would.
func isTerminalFile(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return false
	}
	tty := false
	if err := rc.Control(func(fd uintptr) { tty = term.IsTerminal(int(fd)) }); err != nil {
		return false
	}
	return tty
}

// stderrIsTerminal is isTerminalFile for a writer (stderr, stdout).
func stderrIsTerminal(w io.Writer) bool { return isTerminalFile(w) }

// Colour: the text report is coloured on a terminal, never in a file, a
// pipe or a machine format. --color overrides the environment; NO_COLOR
// (any non-empty value, no-color.org) turns colour off and FORCE_COLOR
// (non-empty, not 0) on, even in a pipe; TERM=dumb is a terminal without
// colours.
const (
	colorAuto   = "auto"
	colorAlways = "always"
	colorNever  = "never"
)

// colorFlag is the value of --color.
type colorFlag string

func (c *colorFlag) String() string { return string(*c) }

func (c *colorFlag) Set(s string) error {
	switch s {
	case colorAuto, colorAlways, colorNever:
		*c = colorFlag(s)
		return nil
	}
	return fmt.Errorf("want auto, always or never")
}

// useColor decides whether a text report written to w is coloured.
func useColor(mode colorFlag, w io.Writer, getenv func(string) string) bool {
	switch mode {
	case colorAlways:
		return true
	case colorNever:
		return false
	}
	if getenv("NO_COLOR") != "" {
		return false
	}
	if f := getenv("FORCE_COLOR"); f != "" && f != "0" && f != "false" {
		return true
	}
	return isTerminal(w) && getenv("TERM") != "dumb"
}
