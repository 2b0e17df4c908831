package scanner

import (
	"bytes"
	"strings"
)

// shape is the form of a candidate value.
type shape uint8

const (
	shapeHex20   shape = iota + 1 // 20 lowercase hex: an API key
	shapeHex64                    // 64 lowercase hex: an API secret (or a gateway token)
	shapeToken64                  // 64 of [A-Za-z0-9_-], not all hex: a gateway token
)

// cleanEdges rejects values glued to paths, file names and other words:
// `/ipfs/<hash>`, `main.<hash>.js`, `pkg@<hash>`.
func cleanEdges(b []byte, start, end int) bool {
	if start > 0 {
		switch b[start-1] {
		case '.', '/', '@', '#', '~', '+', '*':
			return false
		case '%': // only a percent escape such as %3D may precede
			return false
		}
	}
	if end < len(b) {
		switch b[end] {
		case '/', '@', '+', '*':
			return false
		case '.':
			if end+1 < len(b) && is(b[end+1], cAlnum) {
				return false
			}
		}
	}
	return true
}

// fileExts end names that are files, not settings: the hash beside
// pinata-cli.tgz is its checksum.
var fileExts = map[string]bool{
	"tgz": true, "gz": true, "zip": true, "tar": true, "whl": true, "pdf": true, "js": true,
	"css": true, "deb": true, "rpm": true, "exe": true, "dmg": true, "jar": true, "bin": true,
	"png": true, "jpg": true, "json": true, "txt": true, "iso": true, "img": true, "xz": true,
}

func isFileName(name []byte) bool {
	i := bytes.LastIndexByte(name, '.')
	return i >= 0 && fileExts[string(bytes.ToLower(name[i+1:]))]
}

// checksumLine reports whether a line starts the way checksum listings
// do: `SHA256 (file) = …`, `sha512-…`, `md5: …`.
func checksumLine(before []byte) bool {
	i := 0
	for i < len(before) && !is(before[i], cAlnum) {
		i++
	}
	j := i
	for j < len(before) && is(before[j], cAlnum) {
		j++
	}
	switch strings.ToLower(string(before[i:j])) {
	case "sha1", "sha256", "sha384", "sha512", "md5", "checksum", "digest", "sha256sum", "integrity":
		return true
	}
	return false
}

// words splits a name into lower-case words at punctuation and camelCase
// boundaries: "pinataSecretApiKey" → pinata secret api key.
func words(parts ...[]byte) []string {
	var out []string
	for _, p := range parts {
		eachWord(p, func(w []byte) { out = append(out, string(bytes.ToLower(w))) })
	}
	return out
}

// eachWord calls f with each word of p as written: runs of letters and
// digits, split where a lower-case letter meets an upper-case one.
func eachWord(p []byte, f func(w []byte)) {
	start := -1
	for i := 0; i <= len(p); i++ {
		boundary := i == len(p) || !is(p[i], cAlnum)
		if !boundary && start >= 0 && i > 0 && isUpper(p[i]) && isLowerLetter(p[i-1]) {
			f(p[start:i])
			start = i
			continue
		}
		if boundary {
			if start >= 0 {
				f(p[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
}

func isUpper(c byte) bool       { return 'A' <= c && c <= 'Z' }
func isLowerLetter(c byte) bool { return 'a' <= c && c <= 'z' }

// joinAlnum returns b's letters and digits, lower-cased: "API Key" → apikey.
func joinAlnum(b []byte) string {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if is(c, cAlnum) {
			out = append(out, lower(c))
		}
	}
	return string(out)
}

// isHexShape reports whether a shape is one of the lowercase-hex ones.
func isHexShape(sh shape) bool { return sh == shapeHex20 || sh == shapeHex64 }
