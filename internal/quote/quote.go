// Package quote makes text that came from what was scanned, or from the
// user, safe to print: file and submodule names, JWT claims, commit
// authors, tag names, git's and servers' messages, and arguments echoed in
// errors. Such text can hold terminal escapes (an OSC 52 clipboard write,
// a title change, line erasing), a newline that forges the next line of a
// report, or a CI workflow command (`::error::`, `::stop-commands::`) at
// the start of a line. Every report format and every message on stderr
// prints such text through Safe (or JSON, for JSON documents).
package quote

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Safe returns s unchanged when it is plain printable text, and otherwise
// s in Go's double-quoted syntax, where every control character, invisible
// formatting character (such as a bidirectional override) and invalid byte
// is an escape. Text that would start a CI workflow command ("::" at its
// start, after spaces) is quoted too.
func Safe(s string) string {
	if isSafe(s) {
		return s
	}
	return strconv.Quote(s)
}

func isSafe(s string) bool {
	if !utf8.ValidString(s) || strings.HasPrefix(strings.TrimLeft(s, " "), "::") {
		return false
	}
	for _, r := range s {
		if !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

// maxInput is how much of an argument an error message echoes.
const maxInput = 64

// Input returns user input echoed in an error message (an unknown flag, a
// URL, a field of a file): cut to a few dozen bytes, and always quoted.
func Input(s string) string {
	if len(s) > maxInput {
		cut := maxInput
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		return strconv.Quote(s[:cut]) + "…"
	}
	return strconv.Quote(s)
}

// JSON rewrites a JSON document so that it holds no character a terminal
// or a CI log would act on: encoding/json already escapes the C0 controls,
// and this escapes every other rune that is not printable (DEL, C1
// controls, bidirectional overrides, zero-width characters) as \uXXXX.
// Outside strings JSON is ASCII, so only string contents change, and each
// decodes to the same value.
func JSON(b []byte) []byte {
	i := 0
	for i < len(b) && b[i] < utf8.RuneSelf && b[i] != 0x7f {
		i++
	}
	if i == len(b) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	out = append(out, b[:i]...)
	for i < len(b) {
		c := b[i]
		if c < utf8.RuneSelf && c != 0x7f {
			out = append(out, c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 || unicode.IsPrint(r) {
			out = append(out, b[i:i+size]...) // json.Marshal never writes invalid UTF-8
			i += size
			continue
		}
		out = appendEscape(out, r)
		i += size
	}
	return out
}

func appendEscape(out []byte, r rune) []byte {
	const hexDigits = "0123456789abcdef"
	put := func(u rune) {
		out = append(out, '\\', 'u', hexDigits[u>>12&15], hexDigits[u>>8&15], hexDigits[u>>4&15], hexDigits[u&15])
	}
	if r >= 0x10000 {
		r -= 0x10000
		put(0xD800 + r>>10&0x3FF)
		put(0xDC00 + r&0x3FF)
		return out
	}
	put(r)
	return out
}
