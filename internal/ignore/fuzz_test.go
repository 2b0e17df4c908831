package ignore

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/scanner"
)

// FuzzParse checks that no ignore file crashes the parser, that errors
// name the file and a line, and that every accepted entry is matchable.
func FuzzParse(f *testing.F) {
	f.Add([]byte(fpA + " # reason\n\n# c\n" + fpB + "\n"))
	f.Add([]byte("\ufeff" + fpA + "#\r\n"))
	f.Add([]byte("not a fingerprint\n"))
	f.Add([]byte{0, 0xff, '\n', '#'})
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Parse("f", bytes.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f:") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, e := range l.entries {
			if !scanner.ValidFingerprint(e.Fingerprint) {
				t.Fatalf("bad fingerprint accepted: %q", e.Fingerprint)
			}
			if _, ok := l.Match(e.Fingerprint); !ok {
				t.Fatalf("entry %q does not match itself", e.Fingerprint)
			}
		}
		if u := l.Unused(); len(u) != 0 {
			t.Fatalf("%d entries unused after matching all", len(u))
		}
	})
}
