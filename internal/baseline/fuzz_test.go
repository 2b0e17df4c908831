package baseline

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzRead checks that no input crashes the reader, that errors name the
// file, and that whatever is accepted survives a write and a second read.
func FuzzRead(f *testing.F) {
	fp := strings.Repeat("0f", 16)
	f.Add([]byte(`{"version": 1, "created": "2026-11-25T20:00:00Z", "entries": [{"fingerprint": "` + fp + `", "kind": "jwt", "path": "a/b"}]}`))
	f.Add([]byte(`{"version": 1}`))
	f.Add([]byte(`{"version": 1, "entries": [{"fingerprint": 1}]}`))
	f.Add([]byte("{\"version\":1,\"entries\":null}\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Read("f", bytes.NewReader(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f:") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		var buf bytes.Buffer
		if err := b.Write(&buf); err != nil {
			t.Fatal(err)
		}
		again, err := Read("f", &buf)
		if err != nil {
			t.Fatalf("written baseline does not read back: %v", err)
		}
		if len(again.Entries) != len(b.Entries) {
			t.Fatalf("entries %d, then %d", len(b.Entries), len(again.Entries))
		}
		for _, e := range b.Entries {
			if !b.Contains(e.Fingerprint, e.Path) {
				t.Fatalf("entry %+v not contained", e)
			}
		}
	})
}
