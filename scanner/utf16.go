package scanner

import (
	"bufio"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Reader turns UTF-16 text (after its byte-order mark) into UTF-8, so
// files saved by Windows editors are scanned rather than skipped as binary.
type utf16Reader struct {
	r         *bufio.Reader
	bigEndian bool
	pending   []byte
	err       error
}

func newUTF16Reader(r *bufio.Reader, bigEndian bool) *utf16Reader {
	_, _ = r.Discard(2) // the byte-order mark
	return &utf16Reader{r: r, bigEndian: bigEndian}
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(u.pending) > 0 {
			c := copy(p[n:], u.pending)
			u.pending = u.pending[c:]
			n += c
			continue
		}
		if u.err != nil {
			break
		}
		r1, err := u.unit()
		if err != nil {
			u.err = err
			continue
		}
		r := rune(r1)
		if utf16.IsSurrogate(r) {
			r2, err := u.unit()
			if err != nil {
				u.err = err
			}
			r = utf16.DecodeRune(r, rune(r2))
		}
		u.pending = utf8.AppendRune(u.pending[:0], r)
	}
	if n == 0 && u.err != nil {
		if u.err == io.ErrUnexpectedEOF {
			return 0, io.EOF
		}
		return 0, u.err
	}
	return n, nil
}

func (u *utf16Reader) unit() (uint16, error) {
	var b [2]byte
	if _, err := io.ReadFull(u.r, b[:]); err != nil {
		return 0, err
	}
	if u.bigEndian {
		return uint16(b[0])<<8 | uint16(b[1]), nil
	}
	return uint16(b[1])<<8 | uint16(b[0]), nil
}
