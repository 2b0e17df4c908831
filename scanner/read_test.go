package scanner

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf16"

	"github.com/pinatascan/pinatascan/internal/testcred"
)

// TestScanReaders: what Scan finds does not depend on how the reader hands
// out the bytes (one at a time, with EOF alongside the data, ...), also
// when the first read is the one that looks for a UTF-16 byte-order mark.
func TestScanReaders(t *testing.T) {
	tok, _, _ := testcred.JWT(testcred.JWTOptions{})
	text := "# config\npinata_jwt: " + tok + "\nPINATA_SECRET_API_KEY=" + testcred.Secret() + "\n"
	want := ScanBytes([]byte(text))
	if len(want) != 2 {
		t.Fatalf("setup: %d findings in plain text, want 2", len(want))
	}
	utf := func(bigEndian bool) []byte {
		var b bytes.Buffer
		if bigEndian {
			b.Write([]byte{0xFE, 0xFF})
		} else {
			b.Write([]byte{0xFF, 0xFE})
		}
		for _, u := range utf16.Encode([]rune(text)) {
			if bigEndian {
				b.Write([]byte{byte(u >> 8), byte(u)})
			} else {
				b.Write([]byte{byte(u), byte(u >> 8)})
			}
		}
		return b.Bytes()
	}
	inputs := map[string][]byte{"utf-8": []byte(text), "utf-16le": utf(false), "utf-16be": utf(true)}
	readers := map[string]func([]byte) io.Reader{
		"whole":    func(b []byte) io.Reader { return bytes.NewReader(b) },
		"one byte": func(b []byte) io.Reader { return iotest.OneByteReader(bytes.NewReader(b)) },
		"half":     func(b []byte) io.Reader { return iotest.HalfReader(bytes.NewReader(b)) },
		"data+EOF": func(b []byte) io.Reader { return iotest.DataErrReader(bytes.NewReader(b)) },
	}
	for in, data := range inputs {
		for rn, mk := range readers {
			var got []Finding
			err := Scan(mk(data), func(f Finding) error { got = append(got, f); return nil })
			if err != nil {
				t.Errorf("%s, %s: %v", in, rn, err)
				continue
			}
			if len(got) != len(want) {
				t.Errorf("%s, %s: %d findings, want %d", in, rn, len(got), len(want))
				continue
			}
			for i := range got {
				if got[i].Value != want[i].Value || got[i].Line != want[i].Line || got[i].Kind != want[i].Kind {
					t.Errorf("%s, %s: finding %d = %s line %d, want %s line %d", in, rn, i, got[i].Kind, got[i].Line, want[i].Kind, want[i].Line)
				}
			}
		}
	}
}

// TestScanShortAndFailing: empty and one-byte inputs are fine, and a read
// error, first or later, is returned.
func TestScanShortAndFailing(t *testing.T) {
	for _, in := range []string{"", "x", "\xff", "\xfe"} {
		if err := Scan(strings.NewReader(in), func(Finding) error { return nil }); err != nil {
			t.Errorf("Scan(%q) = %v", in, err)
		}
	}
	boom := errors.New("boom")
	for _, r := range []io.Reader{
		iotest.ErrReader(boom),
		io.MultiReader(strings.NewReader("pinata "), iotest.ErrReader(boom)),
		io.MultiReader(bytes.NewReader([]byte{0xFF, 0xFE, 'a', 0}), iotest.ErrReader(boom)),
	} {
		if err := Scan(r, func(Finding) error { return nil }); !errors.Is(err, boom) {
			t.Errorf("Scan = %v, want %v", err, boom)
		}
	}
}
