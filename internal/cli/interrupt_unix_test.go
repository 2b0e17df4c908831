//go:build unix

package cli_test

import (
	"bytes"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/cli"
)

// TestInterrupt: Ctrl-C stops a scan promptly, even one stuck opening a
// pipe nobody writes to; what was found is still reported, and the exit
// code says the scan was cut short.
func TestInterrupt(t *testing.T) {
	c := newCreds()
	t.Chdir(t.TempDir())
	if err := os.WriteFile("a.env", []byte(c.expand("PINATA_JWT=${JWT}\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo("pipe", 0o600); err != nil {
		t.Fatal(err)
	}
	// Keep SIGINT from killing the test binary whatever Run has registered.
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)

	var stdout, stderr bytes.Buffer
	done := make(chan int)
	go func() { done <- cli.Run([]string{"scan", "a.env", "pipe"}, strings.NewReader(""), &stdout, &stderr) }()
	defer func() {
		// Unblock the worker still opening the pipe, so it does not outlive the test.
		if f, err := os.OpenFile("pipe", os.O_WRONLY, 0); err == nil {
			f.Close()
		}
	}()

	time.Sleep(200 * time.Millisecond)
	deadline := time.After(10 * time.Second)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	var code int
wait:
	for {
		select {
		case code = <-done:
			break wait
		case <-tick.C:
			syscall.Kill(os.Getpid(), syscall.SIGINT)
		case <-deadline:
			t.Fatal("Run did not return after Ctrl-C")
		}
	}
	if code != 2 {
		t.Errorf("exit code %d, want 2", code)
	}
	if !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("stderr does not say the scan was interrupted:\n%s", stderr.String())
	}
	if !strings.Contains(stdout.String(), "a.env:1:12: jwt") || !strings.Contains(stdout.String(), "interrupted, results are partial") {
		t.Errorf("stdout lacks the finding made before Ctrl-C or the partial summary:\n%s", stdout.String())
	}
}
