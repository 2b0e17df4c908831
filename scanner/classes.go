package scanner

// Byte classes, looked up in one table on the hot paths.
const (
	cAlnum    = 1 << iota // [A-Za-z0-9]
	cWord                 // [A-Za-z0-9_-]: base64url, gateway tokens
	cB64                  // [A-Za-z0-9+/=_-]: either base64 alphabet
	cLabel                // [A-Za-z0-9_.$-]: names and dotted paths
	cSpace                // blank: space, tab, CR
	cLowerHex             // [0-9a-f]
)

var class [256]uint8

func init() {
	for c := 0; c < 256; c++ {
		b := byte(c)
		var k uint8
		switch {
		case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9':
			k |= cAlnum | cWord | cB64 | cLabel
		case b == '_' || b == '-':
			k |= cWord | cB64 | cLabel
		case b == '+' || b == '/' || b == '=':
			k |= cB64
		case b == '.' || b == '$':
			k |= cLabel
		case b == ' ' || b == '\t' || b == '\r':
			k |= cSpace
		}
		if '0' <= b && b <= '9' || 'a' <= b && b <= 'f' {
			k |= cLowerHex
		}
		class[c] = k
	}
}

func is(c byte, k uint8) bool { return class[c]&k != 0 }

// lower returns c in lower case, for ASCII letters.
func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// containsFold reports whether b contains the lowercase ASCII word w,
// ignoring case.
func containsFold(b []byte, w string) bool {
	n := len(w)
	for i := 0; i+n <= len(b); i++ {
		if lower(b[i]) != w[0] {
			continue
		}
		j := 1
		for j < n && lower(b[i+j]) == w[j] {
			j++
		}
		if j == n {
			return true
		}
	}
	return false
}
