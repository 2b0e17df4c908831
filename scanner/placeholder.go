package scanner

import (
	"bytes"
	"strings"
)

// placeholderWords and placeholderSigns appear in example values, never in
// issued credentials: words (YOUR_KEY, xxxxxxxx) and template syntax.
var (
	placeholderWords = []string{"your", "xxxx", "placeholder", "example", "changeme", "change_me", "redacted", "insert", "replace"}
	placeholderSigns = []string{"<", ">", "${", "{{", "$(", "...", "…"}
)

// IsPlaceholder reports whether v is an example value rather than a
// credential: template words ("YOUR_JWT", "<YOUR_API_KEY>", "xxxx…"), an
// environment variable's name ("PINATA_JWT"), one character repeated, a
// short pattern repeated, or counting ("0123456789abcdef…", "a1b2c3d4…").
// Random values never look like these. The scanner and pinatavet share it.
//
// A word counts where it is a word of v as typed (markWord); in a value of
// one letter case (yourtokenhere, YOURKEY1234) anywhere. A random token
// mixes cases and holds a word's letters by chance ("…82LYOUR-Iea…",
// "…GWfXXXXnS…": 30 of 2,000,000 random gateway tokens), but seldom as a
// word of its own.
func IsPlaceholder(v string) bool {
	if v == "" || strings.HasPrefix(v, "$") || strings.HasPrefix(v, "%") {
		return true
	}
	for _, m := range placeholderSigns {
		if strings.Contains(v, m) {
			return true
		}
	}
	b := []byte(v)
	if markWord(b, placeholderWords) {
		return true
	}
	if spelled(b) != "" {
		lower := strings.ToLower(v)
		for _, m := range placeholderWords {
			if strings.Contains(lower, m) {
				return true
			}
		}
	}
	return isEnvName(v) || isTyped(b)
}

// isPlaceholder is IsPlaceholder for a candidate of a known shape, which
// also needs the spread of characters a random value of that shape has.
func isPlaceholder(v []byte, sh shape) bool {
	var seen [256]bool
	distinct := 0
	for _, c := range v {
		if !seen[c] {
			seen[c] = true
			distinct++
		}
	}
	minDistinct := 6
	if sh != shapeHex20 {
		minDistinct = 10
	}
	if distinct < minDistinct {
		return true
	}
	// No mark is made of lowercase hex digits alone: a hex value can only
	// be typed, not templated.
	if sh != shapeToken64 {
		return isTyped(v)
	}
	if IsPlaceholder(string(v)) || markWord(v, []string{"token"}) {
		return true
	}
	// A random token mixes at least two of upper case, lower case and
	// digits; a long identifier or word does not.
	classes := 0
	for _, k := range []func(byte) bool{isUpper, isLowerLetter, isDigit} {
		if bytes.IndexFunc(v, func(r rune) bool { return r < 128 && k(byte(r)) }) >= 0 {
			classes++
		}
	}
	return classes < 2
}

// markWord reports whether one of v's words (eachWord) is one of marks as
// typed: in lower or upper case or capitalised (YOUR_TOKEN, your-token,
// YourGatewayToken, change_me), or "xxxx" as a run of four or more x's.
// The word must open the value or follow a separator, unless
// every word of v is typed so (copyYourKeyHere): a random token splits into
// words of mixed case ("lCIz", "P2m"), and its letters make a mark by
// chance where cases change ("…ReXxxxM9…") far more often than after one
// of its few separators.
func markWord(v []byte, marks []string) bool {
	type word struct {
		s         string
		separated bool
	}
	var ws []word
	clean := true
	eachWord(v, func(w []byte) {
		at := cap(v) - cap(w)
		sp := spelled(w)
		clean = clean && sp != ""
		ws = append(ws, word{sp, at == 0 || !is(v[at-1], cAlnum)})
	})
	for i, w := range ws {
		if w.s == "" || !w.separated && !clean {
			continue
		}
		for _, m := range marks {
			if w.s == m || m == "xxxx" && len(w.s) >= 4 && strings.Trim(w.s, "x") == "" ||
				i+1 < len(ws) && w.s+"_"+ws[i+1].s == m {
				return true
			}
		}
	}
	return false
}

// spelled returns w lower-cased if it is typed as a word is, in lower
// case, upper case or capitalised, and "" for a mix of cases (YOUr, XXXx,
// a random token).
func spelled(w []byte) string {
	rest := w
	if len(w) > 1 && isUpper(w[0]) && isLowerLetter(w[1]) {
		rest = w[1:] // capitalised
	}
	if bytes.IndexFunc(rest, func(r rune) bool { return r < 128 && isUpper(byte(r)) }) >= 0 &&
		bytes.IndexFunc(rest, func(r rune) bool { return r < 128 && isLowerLetter(byte(r)) }) >= 0 {
		return ""
	}
	return string(bytes.ToLower(w))
}

// isTyped reports whether v was typed rather than generated: one character
// repeated, a pattern of up to 16 characters repeated, or counting.
func isTyped(v []byte) bool {
	var seen [256]bool
	distinct := 0
	for _, c := range v {
		if c != '-' && c != '_' && c != '.' && !seen[lower(c)] {
			seen[lower(c)] = true
			distinct++
		}
	}
	if distinct <= 1 {
		return true
	}
	for p := 1; p <= 16 && p < len(v)/2; p++ {
		if bytes.Equal(v[p:], v[:len(v)-p]) {
			return true
		}
	}
	// Counting, straight (01234567) or interleaved (a1b2c3d4).
	run, run2 := 1, 0
	for i := 1; i < len(v); i++ {
		if v[i] == v[i-1]+1 || v[i-1] == '9' && v[i] == 'a' {
			if run++; run >= 8 {
				return true
			}
		} else {
			run = 1
		}
		if i >= 2 && v[i] == v[i-2]+1 {
			if run2++; run2 >= 8 {
				return true
			}
		} else {
			run2 = 0
		}
	}
	return false
}

// isEnvName reports whether v is an environment variable's name, written
// where its value should be: PINATA_JWT.
func isEnvName(v string) bool {
	hasLetter := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isUpper(c):
			hasLetter = true
		case isDigit(c) || c == '_':
		default:
			return false
		}
	}
	return hasLetter
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
