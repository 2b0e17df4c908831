//go:build !linux

package cli

// isatty: outside Linux the progress line is not shown; stderr is taken not
// to be a terminal, which is always safe.
func isatty(fd uintptr) bool { return false }
