package scanner

import (
	"bytes"
	"encoding/base64"
)

var (
	ctxNeedles = [][]byte{[]byte("inata"), []byte("INATA"), []byte("API Secret"), []byte("API Key")}
	jwtNeedles = jwtTriggers()
)

// jwtTriggers are "eyJ", the start of every JWT, and the middle of the
// Pinata JWT header as it reads inside base64 at each of the three byte
// alignments, so an encoded JWT is not missed by the prefilter.
func jwtTriggers() [][]byte {
	const header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
	out := [][]byte{[]byte("eyJ")}
	for pad := 0; pad < 3; pad++ {
		enc := base64.StdEncoding.EncodeToString([]byte("xx"[:pad] + header))
		out = append(out, []byte(enc[4:24]))
	}
	return out
}

// triggers is the prefilter: ctx when b may hold a named credential (it
// mentions Pinata or holds the dashboard's copy block), jwt when it may hold
// a JWT. Text with neither cannot hold a Pinata credential.
func triggers(b []byte) (ctx, jwt bool) {
	for _, n := range ctxNeedles {
		if bytes.Contains(b, n) {
			ctx = true
			break
		}
	}
	for _, n := range jwtNeedles {
		if bytes.Contains(b, n) {
			return ctx, true
		}
	}
	return ctx, false
}

// hasEscapes reports whether b holds a percent-escape or a JSON string escape.
func hasEscapes(b []byte) bool {
	for i := 0; i+2 < len(b); i++ {
		switch b[i] {
		case '%':
			if isHexDigit(b[i+1]) && isHexDigit(b[i+2]) {
				return true
			}
		case '\\':
			switch b[i+1] {
			case 'u', '"', '\\', '/', 'n':
				return true
			}
		}
	}
	return false
}

// unescape decodes percent-escapes and JSON string escapes. offsets[i] is
// where decoded byte i came from in b, so findings keep their place. kind
// says which escape came first: "percent" or "json".
func unescape(b []byte) (dec []byte, offsets []int, kind string) {
	dec = make([]byte, 0, len(b))
	offsets = make([]int, 0, len(b)+1)
	emit := func(c byte, from int) {
		dec = append(dec, c)
		offsets = append(offsets, from)
	}
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == '%' && i+2 < len(b) && isHexDigit(b[i+1]) && isHexDigit(b[i+2]):
			emit(hexVal(b[i+1])<<4|hexVal(b[i+2]), i)
			if kind == "" {
				kind = "percent"
			}
			i += 3
			continue
		case c == '\\' && i+1 < len(b):
			if r, n := jsonEscape(b[i:]); n > 0 {
				emit(r, i)
				if kind == "" {
					kind = "json"
				}
				i += n
				continue
			}
		}
		emit(c, i)
		i++
	}
	offsets = append(offsets, len(b))
	return dec, offsets, kind
}

// jsonEscape decodes one JSON escape at the start of b, returning the byte
// and the escape's length, or 0 if it is not one (or not ASCII).
func jsonEscape(b []byte) (byte, int) {
	switch b[1] {
	case '"', '\\', '/', '\'':
		return b[1], 2
	case 'n':
		return '\n', 2
	case 't':
		return '\t', 2
	case 'r':
		return '\r', 2
	case 'u':
		if len(b) >= 6 && b[2] == '0' && b[3] == '0' && isHexDigit(b[4]) && isHexDigit(b[5]) {
			if v := hexVal(b[4])<<4 | hexVal(b[5]); v < 0x80 {
				return v, 6
			}
		}
	}
	return 0, 0
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func hexVal(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}
