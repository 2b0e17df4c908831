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
	pairMargin    = 4 << 10  // values read as context beyond a window's own part
)

// hit is a credential found in a window, before it is placed on a line.
type hit struct {
	pos      int // where it stands in the window (the encoded token, if encoded)
	kind     Kind
	value    string
	keyID    string
	encoding string
	rule     string
	evidence string
	support  []string
	jwt      *JWTInfo
}

// detector holds per-window state: the decoding budget, and what is known
// of the file's project.
type detector struct {
	decoded int
	project Project
	// Buffers kept across the windows of one input (depth 0 only).
	cands []cand
	lines lineIndex
}

// detect returns the credentials that start in b[from:to]. The rest of b is
// context: names and sections before from, the tail of a token after to.
func (d *detector) detect(b []byte, from, to, depth int) []hit {
	ctx, jwtLike := triggers(b[:to])
	// onlyProject: the text is read only because its project uses Pinata,
	// so nothing in it names Pinata (as the prefilter spells it) and only
	// the project rule may report from it. Otherwise a name spelt oddly
	// (PINATa) would count in a Pinata project and nowhere else.
	onlyProject := false
	if !ctx && d.project.UsesPinata != "" {
		ctx = mayHoldPair(b[:to])
		onlyProject = ctx
	}
	if !ctx && !jwtLike {
		return nil
	}
	var hits []hit
	var spans [][2]int // JWT-shaped tokens, not to be read as other shapes
	hits, spans = findJWTs(b, from, to, hits, spans)
	jwts := hits
	if len(jwts) > 0 {
		ctx, onlyProject = true, false // a Pinata JWT makes the text Pinata's
	}
	var nested [][2]int
	var lines *lineIndex
	if ctx {
		// Values just outside the window's own part are read too, as
		// context: a key's secret may stand across the window's edge.
		var cands []cand
		if depth == 0 {
			cands = d.cands[:0]
		}
		cands = d.findShaped(b, max(0, from-pairMargin), min(len(b), to+pairMargin), spans, cands)
		if depth < maxDepth {
			cands, nested = d.findBase64(b, from, to, spans, cands, nested)
		}
		if len(cands) > 0 {
			sortCands(cands)
			lines = d.linesFor(b, depth)
			hits = d.judgeAll(b, lines, cands, jwts, hits, from, to, onlyProject)
		}
		if depth == 0 && cap(cands) > cap(d.cands) {
			d.cands = cands[:0]
		}
	} else if depth < maxDepth {
		_, nested = d.findBase64(b, from, to, spans, nil, nested)
	}
	if depth < maxDepth {
		hits = d.detectNested(b, nested, depth, hits)
		if ctx {
			hits = d.findEscaped(b, from, to, depth, hits)
		}
	}
	if len(hits) > 1 && lines == nil {
		lines = d.linesFor(b, depth)
	}
	return dedupe(lines, hits)
}

// sortCands orders candidates by position: base64 runs are found apart
// from the plain ones.
func sortCands(cands []cand) {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].pos < cands[j].pos })
}

// linesFor returns the line index of b, reusing the detector's at depth 0.
func (d *detector) linesFor(b []byte, depth int) *lineIndex {
	x := &lineIndex{}
	if depth == 0 {
		x = &d.lines
	}
	x.build(b)
	return x
}

// judgeAll reads the structure of b once and judges every candidate.
func (d *detector) judgeAll(b []byte, lines *lineIndex, cands []cand, jwts, hits []hit, from, to int, onlyProject bool) []hit {
	r := getReader()
	defer putReader(r)
	sites := r.read(b, lines, cands, jwts)
	for i := range sites {
		if sites[i].pos < from || sites[i].pos >= to {
			continue // context, judged in its own window
		}
		e := eval{d: d, r: r, s: &sites[i], i: i, sites: sites, b: b}
		v := e.judge()
		if v.kind == "" || onlyProject && v.rule.ID != projectRule.ID {
			continue
		}
		h := newHit(sites[i].pos, v.kind, string(sites[i].val), v.rule.ID)
		h.evidence, h.support, h.encoding = v.evidence, v.support, sites[i].enc
		hits = append(hits, h)
	}
	return hits
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
			keyID: info.KeyID, rule: "jwt-claims", jwt: info})
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

// findShaped collects every run of word characters with the shape of a
// key, a secret or a gateway token.
func (d *detector) findShaped(b []byte, from, to int, spans [][2]int, cands []cand) []cand {
	sp := 0
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
		// Leading dashes are an operator before hex: a shell default
		// (${PINATA_API_KEY:-<key>}), a flag glued to its value. Gateway
		// tokens may start with a dash, so only hex loses them.
		if b[start] == '-' {
			k := start
			for k < i && b[k] == '-' {
				k++
			}
			if m := i - k; (m == 20 || m == 64) && isHexShape(shapeOf(b[k:i])) {
				start = k
			}
		}
		n := i - start
		if n != 20 && n != 64 {
			continue
		}
		for sp < len(spans) && spans[sp][1] <= start {
			sp++
		}
		if sp < len(spans) && spans[sp][0] <= start {
			continue
		}
		val := b[start:i]
		if sh := shapeOf(val); sh != 0 {
			cands = append(cands, cand{pos: start, end: i, val: val, sh: sh})
		}
	}
	return cands
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

// findBase64 decodes base64 runs (a Kubernetes Secret's data, a config
// blob): a run that decodes to a lone value becomes a candidate, judged by
// the name the encoded run is bound to; a run that decodes to text is
// noted in nested, to be searched whole.
func (d *detector) findBase64(b []byte, from, to int, spans [][2]int, cands []cand, nested [][2]int) ([]cand, [][2]int) {
	var buf []byte
	sp := 0
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
		for sp < len(spans) && spans[sp][1] <= start {
			sp++
		}
		n := end - start
		if n < minBase64Len || padded-start > maxBase64Len || sp < len(spans) && spans[sp][0] <= start || d.decoded >= maxDecodedSum {
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
			cands = append(cands, cand{pos: start, end: padded, val: bytes.Clone(inner), sh: sh, enc: "base64"})
			continue
		}
		nested = append(nested, [2]int{start, padded})
	}
	return cands, nested
}

// detectNested searches the decoded text of base64 runs.
func (d *detector) detectNested(b []byte, nested [][2]int, depth int, hits []hit) []hit {
	var buf []byte
	for _, n := range nested {
		dec, ok := decodeBase64(b[n[0]:n[1]], buf[:0])
		if !ok {
			continue
		}
		buf = dec
		for _, h := range d.detect(dec, 0, len(dec), depth+1) {
			h.pos = n[0]
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
// The segments around mentions are merged before decoding, and escapes
// are looked for once per window, so a line naming Pinata thousands of
// times costs its length, not its length times its mentions.
func (d *detector) findEscaped(b []byte, from, to, depth int, hits []hit) []hit {
	esc := escapesIn(b[:min(len(b), to+4*segmentRadius)])
	if len(esc) == 0 {
		return hits
	}
	var segs [][2]int
	for _, at := range pinataMentions(b, from, to) {
		s := max(at-segmentRadius, from)
		e := min(at+segmentRadius, len(b))
		// Stay on the mention's line.
		if k := bytes.LastIndexByte(b[s:at], '\n'); k >= 0 {
			s += k + 1
		}
		if k := bytes.IndexByte(b[at:e], '\n'); k >= 0 {
			e = at + k
		}
		for e < len(b) && e < at+4*segmentRadius && (is(b[e], cWord) || b[e] == '%' || b[e] == '.') {
			e++ // do not cut an escaped token in two
		}
		if n := len(segs); n > 0 && s <= segs[n-1][1] {
			segs[n-1][1] = max(segs[n-1][1], e)
			continue
		}
		segs = append(segs, [2]int{s, e})
	}
	k := 0
	for _, sg := range segs {
		s, e := sg[0], sg[1]
		for k < len(esc) && esc[k] < s {
			k++
		}
		if k == len(esc) || esc[k] >= e || d.decoded >= maxDecodedSum {
			continue
		}
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
	return hits
}

// pinataMentions returns the positions of Pinata's name in b[from:to], in
// its three spellings, in order.
func pinataMentions(b []byte, from, to int) []int {
	var at []int
	for _, needle := range pinataNeedles {
		for i := from; i < to; {
			j := bytes.Index(b[i:to], needle)
			if j < 0 {
				break
			}
			at = append(at, i+j)
			i += j + len(needle)
		}
	}
	sort.Ints(at)
	return at
}

// escapesIn returns the positions of percent-escapes and JSON string
// escapes in b.
func escapesIn(b []byte) []int {
	var out []int
	for i := 0; i+2 < len(b); i++ {
		switch b[i] {
		case '%':
			if isHexDigit(b[i+1]) && isHexDigit(b[i+2]) {
				out = append(out, i)
			}
		case '\\':
			switch b[i+1] {
			case 'u', '"', '\\', '/', 'n':
				out = append(out, i)
			}
		}
	}
	return out
}

// dedupe keeps one hit per credential and line, preferring the plain one,
// and sorts hits by position.
func dedupe(lines *lineIndex, hits []hit) []hit {
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
		k := key{h.kind, h.value, lines.lineOf(h.pos)}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, h)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].pos < out[j].pos })
	return out
}
