package scanner

import (
	"bytes"
	"encoding/base64"
	"strings"
)

// The prefilter's needles, chosen for speed: bytes.Index is fastest when a
// needle starts with a byte that is rare in source code.
var (
	pinataNeedles = [][]byte{[]byte("pinata"), []byte("Pinata"), []byte("PINATA")}
	b64JWTNeedles = base64HeaderNeedles()
)

// base64HeaderNeedles returns, for each of the three byte alignments, a
// piece of the Pinata JWT header as it reads inside base64, so an encoded
// JWT is not missed by the prefilter.
func base64HeaderNeedles() [][]byte {
	const header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
	var out [][]byte
	for pad := 0; pad < 3; pad++ {
		enc := base64.StdEncoding.EncodeToString([]byte("xx"[:pad] + header))
		stable := enc[4 : 4*((pad+len(header))/3)] // groups untouched by what is around
		at := 0
		for i := 0; i+16 <= len(stable); i++ {
			if strings.IndexByte("QZXJ", stable[i]) >= 0 {
				at = i
				break
			}
		}
		out = append(out, []byte(stable[at:at+16]))
	}
	return out
}

// triggers is the prefilter: ctx when b may hold a named credential (it
// mentions Pinata or holds the dashboard's copy block), jwt when it may hold
// a JWT. Text with neither cannot hold a Pinata credential.
func triggers(b []byte) (ctx, jwt bool) {
	for _, n := range pinataNeedles {
		if bytes.Contains(b, n) {
			ctx = true
			break
		}
	}
	if !ctx {
		ctx = hasCopyBlock(b)
	}
	if hasFollowed(b, "yJ", 'e') { // "eyJ", searched by its rarer tail
		return ctx, true
	}
	for _, n := range b64JWTNeedles {
		if bytes.Contains(b, n) {
			return ctx, true
		}
	}
	return ctx, false
}

// hasCopyBlock reports whether b holds "API Key" or "API Secret", labels of
// the block the Pinata dashboard copies.
func hasCopyBlock(b []byte) bool {
	needle := []byte("API ")
	for i := 0; ; {
		j := bytes.Index(b[i:], needle)
		if j < 0 {
			return false
		}
		rest := b[i+j+len(needle):]
		if bytes.HasPrefix(rest, []byte("Key")) || bytes.HasPrefix(rest, []byte("Secret")) {
			return true
		}
		i += j + len(needle)
	}
}

// hasFollowed reports whether b holds needle preceded by the byte before.
func hasFollowed(b []byte, needle string, before byte) bool {
	n := []byte(needle)
	for i := 0; ; {
		j := bytes.Index(b[i:], n)
		if j < 0 {
			return false
		}
		if i+j > 0 && b[i+j-1] == before {
			return true
		}
		i += j + 1
	}
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
