//go:build unix && !linux

package cli_test

import (
	"testing"
	"time"
)

// watchClose, without inotify, waits a second: time enough to scan a
// small file on an idle machine, not a guarantee.
func watchClose(t *testing.T, path string) (closed func(timeout time.Duration) bool) {
	return func(time.Duration) bool {
		time.Sleep(time.Second)
		return true
	}
}
