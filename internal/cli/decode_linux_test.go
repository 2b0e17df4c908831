package cli

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/testcred"
)

// TestDecodeFromTerminal: decode with a terminal on standard input says it
// is waiting for the JWT, reads one line without echoing it, and decodes it.
func TestDecodeFromTerminal(t *testing.T) {
	master, slave := openPTY(t)
	defer master.Close()
	jwt, key, _ := testcred.JWT(testcred.JWTOptions{})
	var stdout, stderr syncBuffer
	done := make(chan int)
	go func() { done <- Run([]string{"decode"}, slave, &stdout, &stderr) }()
	// Wait for the prompt, so the terminal is in no-echo mode before the
	// JWT is typed.
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(stderr.String(), "paste the JWT"); {
		if time.Now().After(deadline) {
			t.Fatalf("no prompt; stderr %q", stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := io.WriteString(master, jwt+"\n"); err != nil {
		t.Fatal(err)
	}
	var code int
	select {
	case code = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("decode still waiting after the line was typed")
	}
	slave.Close()
	echoed, _ := io.ReadAll(master) // what the terminal showed
	if code != exitClean || !strings.Contains(stdout.String(), key) {
		t.Errorf("exit %d\nstdout: %s\nstderr: %s", code, stdout.String(), stderr.String())
	}
	if !strings.HasPrefix(stderr.String(), "pinatascan decode: paste the JWT and press Enter (it is not shown): ") {
		t.Errorf("stderr: %q", stderr.String())
	}
	if bytes.Contains(echoed, []byte(jwt[:40])) {
		t.Errorf("the JWT was echoed on the terminal: %q", echoed)
	}
}
