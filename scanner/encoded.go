package scanner

import (
	"bytes"
	"encoding/base64"
	"strings"
)

// The prefilter's needles. Pinata's name in its three spellings marks
// text that may hold a named credential; a JWT header ("eyJ", or one of
// three pieces of it as it reads inside base64) marks a possible JWT.
var (
	pinataNeedles = [][]byte{[]byte("pinata"), []byte("Pinata"), []byte("PINATA")}
	b64JWTNeedles = base64HeaderNeedles()
	// rareAt is, for each base64 needle, the offset of its rarest byte in
	// source code: the prefilter looks for that byte (see triggers).
	rareAt = rareOffsets(b64JWTNeedles)
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

// rarity lists the base64 alphabet's rarest bytes in source code, rarest
// first (counted over Go's source tree: J is 0.018% of its bytes, X 0.33%).
const rarity = "JZQjqKYz+WHGUVBX7LNFMw9k"

// rareOffsets picks, for each needle, the offset of its rarest byte.
func rareOffsets(needles [][]byte) []int {
	out := make([]int, len(needles))
	for k, n := range needles {
		best := len(rarity)
		for i, c := range n {
			if r := strings.IndexByte(rarity, c); r >= 0 && r < best {
				best, out[k] = r, i
			}
		}
	}
	return out
}

// triggers is the prefilter: ctx when b may hold a named credential (it
// mentions Pinata or holds the dashboard's copy block), jwt when it may hold
// a JWT. Text with neither cannot hold a Pinata credential.
//
// It runs on every byte of input, so it is built for speed: each pass is a
// vectorised bytes.IndexByte for a byte that is rare in source code, and the
// needles are checked only where that byte stands: "P" serves "Pinata",
// "PINATA" and "API Key"/"API Secret"; "p" serves "pinata" (bytes.Contains
// does the same); "J" serves "eyJ" and two of the three base64 pieces, "K"
// the third. Four passes instead of eight, one per needle.
func triggers(b []byte) (ctx, jwt bool) {
	ctx = hasUpperP(b) || bytes.Contains(b, pinataNeedles[0])
	return ctx, hasJWTMark(b)
}

// hasUpperP reports whether b holds "Pinata", "PINATA", "API Key",
// "API Secret" or "ToIPFS" (pinFileToIPFS, pinJSONToIPFS), looking only
// where a "P" stands.
func hasUpperP(b []byte) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(b[i:], 'P')
		if j < 0 {
			return false
		}
		i += j
		rest := b[i:]
		if bytes.HasPrefix(rest, pinataNeedles[1]) || bytes.HasPrefix(rest, pinataNeedles[2]) {
			return true
		}
		if i > 0 && b[i-1] == 'A' && len(rest) >= 2 && rest[1] == 'I' &&
			(bytes.HasPrefix(rest[2:], []byte(" Key")) || bytes.HasPrefix(rest[2:], []byte(" Secret"))) {
			return true
		}
		if i >= 3 && b[i-1] == 'I' && b[i-2] == 'o' && b[i-3] == 'T' && bytes.HasPrefix(rest, []byte("PFS")) {
			return true
		}
	}
}

// hasJWTMark reports whether b holds "eyJ" or one of the base64 pieces of
// the Pinata JWT header. One pass over the J's serves "eyJ" and every piece
// whose rarest byte is J; the others get a pass each.
func hasJWTMark(b []byte) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(b[i:], 'J')
		if j < 0 {
			break
		}
		i += j
		if i >= 2 && b[i-2] == 'e' && b[i-1] == 'y' {
			return true
		}
		for k, n := range b64JWTNeedles {
			if off := rareAt[k]; n[off] == 'J' && i >= off && bytes.HasPrefix(b[i-off:], n) {
				return true
			}
		}
	}
	for k, n := range b64JWTNeedles {
		if off := rareAt[k]; n[off] != 'J' && hasNeedleAt(b, n, off) {
			return true
		}
	}
	return false
}

// hasNeedleAt reports whether n is in b, searching for its byte at off.
func hasNeedleAt(b, n []byte, off int) bool {
	c := n[off]
	for i := 0; ; i++ {
		j := bytes.IndexByte(b[i:], c)
		if j < 0 {
			return false
		}
		i += j
		if i >= off && bytes.HasPrefix(b[i-off:], n) {
			return true
		}
	}
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
