package scanner

import (
	"bytes"
	"encoding/base64"
	"sort"
)

// Bounds on decoding, so hostile input cannot blow up time or memory.
const (
	maxDepth      = 3        // base64 inside base64 inside …
	minBase64Len  = 24       // shorter runs cannot hold a key (20 hex → 28 chars)
	maxBase64Len  = 16 << 10 // longer runs are data, not a credential
	maxDecodedSum = 1 << 20  // decoded bytes per window, all levels together
	segmentRadius = 2 << 10  // text decoded around a Pinata mention in escaped text
)

// hit is a credential found in a window, before it is placed on a line.
type hit struct {
	pos      int // where it stands in the window (the encoded token, if encoded)
	kind     Kind
	value    string
	keyID    string
	encoding string
	rule     string
	jwt      *JWTInfo
}

// detector holds per-window state: the decoding budget, and what is known
// of the file's project.
type detector struct {
	decoded int
	project Project
}

// detect returns the credentials that start in b[from:to]. The rest of b is
// context: names and sections before from, the tail of a token after to.
func (d *detector) detect(b []byte, from, to, depth int) []hit {
	ctx, jwtLike := triggers(b[:to])
	inProject := d.projectPairs(b, from, to) // project.go: nil unless the file's project uses Pinata
	if !ctx && !jwtLike {
		return dedupe(b, inProject)
	}
	var hits []hit
	var spans [][2]int // JWT-shaped tokens, not to be read as other shapes
	hits, spans = findJWTs(b, from, to, hits, spans)
	var jwtAt []int
	for _, h := range hits {
		jwtAt = append(jwtAt, h.pos)
	}
	if ctx {
		hits = d.findShaped(b, jwtAt, from, to, spans, hits)
	}
	if depth < maxDepth {
		hits = d.findBase64(b, jwtAt, from, to, spans, depth, hits)
		if ctx {
			hits = d.findEscaped(b, from, to, depth, hits)
		}
	}
	return dedupe(b, append(hits, inProject...))
}

// findJWTs decodes every JWT-shaped token and keeps Pinata's.
func findJWTs(b []byte, from, to int, hits []hit, spans [][2]int) ([]hit, [][2]int) {
	needle := []byte("eyJ")
	for i := from; i < to; {
		j := bytes.Index(b[i:to], needle)
		if j < 0 {
			break
		}
		start := i + j
		end, dots := start, 0
		for end < len(b) && end-start <= maxJWTLen && (is(b[end], cWord) || b[end] == '.' && dots < 2) {
			if b[end] == '.' {
				dots++
			}
			end++
		}
		i = end
		if dots < 2 {
			i = nextJWTStart(b, start, end)
			continue
		}
		spans = append(spans, [2]int{start, end})
		if end-start > maxJWTLen {
			// Far too long for a Pinata JWT: skip the whole run.
			for i < len(b) && (is(b[i], cWord) || b[i] == '.') {
				i++
			}
			continue
		}
		if end-start < minJWTLen {
			continue // too short to carry a key and its secret: not worth decoding
		}
		info, err := ParseJWT(string(b[start:end]))
		if err != nil {
			continue
		}
		hits = append(hits, hit{pos: start, kind: KindJWT, value: string(b[start:end]),
			keyID: info.KeyID, rule: "Pinata JWT claims", jwt: info})
	}
	return hits, spans
}

// nextJWTStart is where to look for the next JWT after the one at start
// ran to end with fewer than two dots. Retrying every "eyJ" inside the run
// would read up to maxJWTLen bytes each time: hostile text ("eyJeyJeyJ…")
// would cost maxJWTLen times its length. No token starting inside the run
// can hold two dots before the run's second dot is in reach, so skip to
// there (or past the run, when it has no second dot).
func nextJWTStart(b []byte, start, end int) int {
	if end-start <= maxJWTLen {
		return end // the run ended before the cap: every later start in it sees fewer dots
	}
	k, dots := start, 0
	for ; k < len(b) && (is(b[k], cWord) || b[k] == '.'); k++ {
		if b[k] == '.' {
			if dots++; dots == 2 {
				return max(start+1, k-maxJWTLen-1)
			}
		}
	}
	return k
}

// findShaped looks at every run of word characters for the shapes of a key,
// a secret or a gateway token, and classifies each by its context.
func (d *detector) findShaped(b []byte, jwtAt []int, from, to int, spans [][2]int, hits []hit) []hit {
	for i := from; i < to; {
		if !is(b[i], cWord) {
			i++
			continue
		}
		start := i
		for i < len(b) && is(b[i], cWord) {
			i++
		}
		if start > 0 && is(b[start-1], cWord) {
			continue // a run that began before from was seen in the last window
		}
		n := i - start
		if n != 20 && n != 64 || inSpans(spans, start) {
			continue
		}
		val := b[start:i]
		sh := shapeOf(val)
		if sh == 0 {
			continue
		}
		if kind, rule, ok := classify(b, jwtAt, start, i, val, sh); ok {
			hits = append(hits, newHit(start, kind, string(val), rule))
		}
	}
	return hits
}

func newHit(pos int, kind Kind, value, rule string) hit {
	h := hit{pos: pos, kind: kind, value: value, rule: rule}
	if kind == KindAPIKey {
		h.keyID = value
	}
	return h
}

// shapeOf returns the candidate shape of a word-character run, or 0.
func shapeOf(v []byte) shape {
	hex := true
	for _, c := range v {
		if !is(c, cLowerHex) {
			hex = false
			break
		}
	}
	switch {
	case hex && len(v) == 20:
		return shapeHex20
	case hex && len(v) == 64:
		return shapeHex64
	case len(v) == 64:
		return shapeToken64
	}
	return 0
}

func inSpans(spans [][2]int, pos int) bool {
	for _, s := range spans {
		if s[0] <= pos && pos < s[1] {
			return true
		}
	}
	return false
}

// findBase64 decodes base64 runs (a Kubernetes Secret's data, a config
// blob) and looks inside them: a lone value is judged by the name the
// encoded run is bound to; decoded text is searched whole.
func (d *detector) findBase64(b []byte, jwtAt []int, from, to int, spans [][2]int, depth int, hits []hit) []hit {
	var buf []byte
	for i := from; i < to; {
		if !is(b[i], cB64) || b[i] == '=' {
			i++
			continue
		}
		start := i
		for i < len(b) && is(b[i], cB64) && b[i] != '=' {
			i++
		}
		end := i
		for i < len(b) && i-end < 2 && b[i] == '=' {
			i++
		}
		padded := i
		if start > 0 && is(b[start-1], cB64) && b[start-1] != '=' {
			continue
		}
		n := end - start
		if n < minBase64Len || padded-start > maxBase64Len || inSpans(spans, start) || d.decoded >= maxDecodedSum {
			continue
		}
		dec, ok := decodeBase64(b[start:padded], buf[:0])
		if !ok || !printable(dec) {
			continue
		}
		buf = dec
		d.decoded += len(dec)
		inner := bytes.TrimSpace(dec)
		if sh := shapeOf(inner); sh != 0 && !bytes.ContainsAny(inner, " \n") {
			if kind, rule, ok := classify(b, jwtAt, start, padded, inner, sh); ok {
				h := newHit(start, kind, string(inner), rule)
				h.encoding = "base64"
				hits = append(hits, h)
			}
			continue
		}
		for _, h := range d.detect(dec, 0, len(dec), depth+1) {
			h.pos = start
			if h.encoding == "" {
				h.encoding = "base64"
			}
			hits = append(hits, h)
		}
	}
	return hits
}

func decodeBase64(s, dst []byte) ([]byte, bool) {
	enc := base64.RawStdEncoding
	if bytes.ContainsAny(s, "-_") {
		enc = base64.RawURLEncoding
	}
	s = bytes.TrimRight(s, "=")
	n := enc.DecodedLen(len(s))
	if cap(dst) < n {
		dst = make([]byte, n)
	}
	dst = dst[:n]
	m, err := enc.Decode(dst, s)
	if err != nil {
		return nil, false
	}
	return dst[:m], true
}

// printable reports whether b is plain ASCII text.
func printable(b []byte) bool {
	for _, c := range b {
		if (c < 0x20 || c > 0x7e) && c != '\n' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// findEscaped decodes percent-escapes and JSON string escapes around each
// mention of Pinata and searches the decoded text, so that
// `pinata_api_key%3D…` in a URL and `\u0022pinata_jwt\u0022` in a log count.
func (d *detector) findEscaped(b []byte, from, to, depth int, hits []hit) []hit {
	for _, needle := range pinataNeedles {
		lastEnd := -1
		for i := from; i < to; {
			j := bytes.Index(b[i:to], needle)
			if j < 0 {
				break
			}
			at := i + j
			i = at + len(needle)
			s := max(lineStart(b, at), at-segmentRadius, from)
			e := min(lineEnd(b, at), at+segmentRadius)
			for e < len(b) && e < at+4*segmentRadius && (is(b[e], cWord) || b[e] == '%' || b[e] == '.') {
				e++ // do not cut an escaped token in two
			}
			if s < lastEnd {
				s = lastEnd
			}
			if s >= e || !hasEscapes(b[s:e]) || d.decoded >= maxDecodedSum {
				continue
			}
			lastEnd = e
			dec, offsets, kind := unescape(b[s:e])
			d.decoded += len(dec)
			for _, h := range d.detect(dec, 0, len(dec), depth+1) {
				h.pos = s + offsets[h.pos]
				if h.encoding == "" {
					h.encoding = kind
				}
				hits = append(hits, h)
			}
		}
	}
	return hits
}

// dedupe keeps one hit per credential and line, preferring the plain one,
// and sorts hits by position.
func dedupe(b []byte, hits []hit) []hit {
	if len(hits) < 2 {
		return hits
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].encoding == "" && hits[j].encoding != "" })
	type key struct {
		kind  Kind
		value string
		line  int
	}
	seen := make(map[key]bool, len(hits))
	out := hits[:0]
	for _, h := range hits {
		k := key{h.kind, h.value, lineStart(b, h.pos)}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, h)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	return out
}
