package scanner

import (
	"bytes"
	"strconv"
	"strings"
)

// Context bounds: how far the scanner looks for the section a value sits in
// and for a nearby mention of Pinata.
const (
	maxScopeLines = 200
	maxScopeBytes = 32 << 10
	nearbyAbove   = 5
	nearbyBelow   = 2
)

// negativeWords mark names whose values look like credentials but are not:
// checksums, wallets, transactions, other services' signing secrets.
var negativeWords = map[string]bool{
	"private": true, "privatekey": true, "privkey": true, "pk": true, "hash": true, "txhash": true,
	"sha": true, "sha1": true, "sha256": true, "sha512": true, "md5": true, "checksum": true,
	"checksums": true, "digest": true, "tx": true, "txid": true, "transaction": true, "cid": true,
	"commit": true, "sha256sum": true, "nonce": true, "salt": true, "seed": true, "mnemonic": true,
	"wallet": true, "address": true, "signature": true, "sig": true, "session": true, "webhook": true,
	"signing": true, "encryption": true, "cookie": true, "csrf": true, "url": true, "uri": true,
	"domain": true, "host": true, "endpoint": true, "etag": true, "integrity": true,
	"fingerprint": true, "uuid": true, "guid": true, "contenthash": true, "chunkhash": true,
	"block": true, "blockhash": true, "cache": true, "version": true, "example": true, "sample": true,
	"dummy": true, "fake": true, "placeholder": true, "eth": true, "ethereum": true,
	"infura": true, "alchemy": true, "etherscan": true, "supabase": true, "stripe": true,
}

// negativeJoined are substrings of a joined name that mark it as someone
// else's secret even without a word boundary.
var negativeJoined = []string{"privatekey", "jwtsecret", "clientsecret", "secretkeybase", "sessionsecret", "appsecret", "txhash", "keyid"}

// genericValueNames are names that hold a value without saying what it is;
// the real name is then nearby: `- name: PINATA_API_KEY` / `  value: …`.
var genericValueNames = map[string]bool{
	"value": true, "default": true, "val": true, "data": true, "content": true,
	"string": true, "text": true, "raw": true, "v": true,
}

// strongSecretNames may hold a Pinata secret when Pinata is merely near,
// as under a `# Pinata` comment in a .env file.
var strongSecretNames = map[string]bool{
	"secret": true, "apisecret": true, "secretapikey": true, "apisecretkey": true,
	"apikeysecret": true, "pinatasecret": true,
}

// credentialWord reports whether a joined name says it holds a credential.
func credentialWord(joined string) bool {
	for _, w := range []string{"key", "secret", "jwt", "token", "auth", "cred"} {
		if strings.Contains(joined, w) {
			return true
		}
	}
	return false
}

func isNegative(ws []string, joined string) bool {
	for _, w := range ws {
		if negativeWords[w] {
			return true
		}
	}
	if strings.Contains(joined, "pinata") {
		return false
	}
	for _, n := range negativeJoined {
		if strings.Contains(joined, n) {
			return true
		}
	}
	return false
}

// shape is the form of a candidate value.
type shape uint8

const (
	shapeHex20   shape = iota + 1 // 20 lowercase hex: an API key
	shapeHex64                    // 64 lowercase hex: an API secret (or a gateway token)
	shapeToken64                  // 64 of [A-Za-z0-9_-], not all hex: a gateway token
)

// classify decides whether the value val, standing at b[start:end], is a
// Pinata credential, from the name it is bound to and the text around it.
// jwtAt holds the positions of Pinata JWTs found in b: a key beside one is
// that key. It returns the kind and a short rule saying why.
func classify(b []byte, jwtAt []int, start, end int, val []byte, sh shape) (Kind, string, bool) {
	if !cleanEdges(b, start, end) || isPlaceholder(val, sh) {
		return "", "", false
	}
	l := labelBefore(b, start)
	ws := words(l.prefix, l.name)
	joined := l.joined()
	if isNegative(ws, joined) {
		return "", "", false
	}
	rule := "label " + strconv.Quote(string(l.name))
	ls := lineStart(b, start)
	gateway := strings.Contains(joined, "gateway")
	pinata := strings.Contains(joined, "pinata")

	if !credentialWord(joined) && !pinataConstructor(l) {
		if len(l.name) > 0 && !genericValueNames[l.nameJoined()] {
			return "", "", false
		}
		// A generic name: the real one is earlier on the line, on the lines
		// just above, or in the enclosing section.
		around := aroundText(b, ls, start)
		aj := joinAlnum(around)
		if isNegative(words(around), aj) || !credentialWord(aj) {
			return "", "", false
		}
		joined = aj
		gateway = gateway || strings.Contains(aj, "gateway")
		pinata = pinata || strings.Contains(aj, "pinata")
		rule = "value named nearby"
	}

	var scope []byte
	scopeRead := false
	getScope := func() []byte {
		if !scopeRead {
			scope, scopeRead = scopeHeaders(b, ls), true
		}
		return scope
	}
	if !pinata {
		switch {
		case containsFold(b[ls:lineEnd(b, start)], "pinata"):
			rule += " on a Pinata line"
		case containsFold(getScope(), "pinata"):
			rule += " in a Pinata section"
		case copyBlock(b, ls, joined):
			rule = "Pinata dashboard copy block"
		case (sh != shapeHex64 || strongSecretNames[joined] || gateway) && openScope(b, ls) && nearbyPinata(b, ls):
			rule += " near a Pinata mention"
		case (sh != shapeHex64 || strongSecretNames[joined]) && nearJWT(b, jwtAt, ls):
			rule += " beside a Pinata JWT"
		case (sh != shapeHex64 || strongSecretNames[joined]) && usedWithPinata(b, l.name, ls):
			rule += " used in a Pinata header"
		default:
			return "", "", false
		}
	}
	if !gateway && sh != shapeHex20 && !strings.Contains(joined, "secret") {
		// A token in a gateway section, or named plainly next to a gateway.
		gateway = containsFold(getScope(), "gateway") ||
			sh == shapeToken64 && nearbyGateway(b, ls)
	}

	switch {
	case gateway && sh != shapeHex20:
		return KindGatewayToken, rule, true
	case sh == shapeHex20 && !gateway:
		return KindAPIKey, rule, true
	case sh == shapeHex64:
		return KindAPISecret, rule, true
	}
	return "", "", false
}

// nearJWT reports whether a Pinata JWT stands within a few lines of the
// line at ls: a struct or config holding a JWT holds its key beside it.
func nearJWT(b []byte, jwtAt []int, ls int) bool {
	from, to := linesAround(b, ls, nearbyAbove, nearbyBelow)
	for _, p := range jwtAt {
		if from <= p && p < to {
			return true
		}
	}
	return false
}

// usedWithPinata reports whether the variable a value is assigned to is
// used elsewhere on a line naming Pinata, as in `$apiKey = '…'` followed
// later by `'pinata_api_key: ' . $apiKey`.
func usedWithPinata(b []byte, name []byte, defLine int) bool {
	name = bytes.TrimLeft(name[bytes.LastIndexByte(name, '.')+1:], "$")
	if len(name) < 5 || genericValueNames[joinAlnum(name)] {
		return false // too plain a word to follow: key, secret, value
	}
	floor := max(0, defLine-maxScopeBytes)
	ceil := min(len(b), defLine+maxScopeBytes)
	for i := floor; i < ceil; {
		j := bytes.Index(b[i:ceil], name)
		if j < 0 {
			return false
		}
		at := i + j
		i = at + len(name)
		if at > 0 && is(b[at-1], cAlnum) || i < len(b) && is(b[i], cAlnum) {
			continue
		}
		if ls := lineStart(b, at); ls != defLine && containsFold(b[ls:lineEnd(b, at)], "pinata") {
			return true
		}
	}
	return false
}

// nearbyGateway reports whether a gateway is named within a few lines.
func nearbyGateway(b []byte, ls int) bool {
	from, to := linesAround(b, ls, nearbyAbove, nearbyBelow)
	return containsFold(b[from:to], "gateway") || containsFold(b[from:to], "mypinata.cloud")
}

// pinataConstructor reports whether the label is a call such as
// new pinataSDK(key, secret) or PinataPy(key, secret), whose positional
// arguments are a key and its secret.
func pinataConstructor(l label) bool {
	if !l.call {
		return false
	}
	callee := l.name[bytes.LastIndexByte(l.name, '.')+1:]
	return containsFold(callee, "pinata")
}

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

// isPlaceholder rejects values that are obviously not random: one repeated
// character, counting sequences, short repeating patterns, template words.
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
	for p := 1; p <= 16 && p < len(v)/2; p++ {
		if bytes.Equal(v[p:], v[:len(v)-p]) {
			return true
		}
	}
	run := 1
	for i := 1; i < len(v); i++ {
		if v[i] == v[i-1]+1 || v[i-1] == '9' && v[i] == 'a' {
			run++
			if run >= 8 {
				return true
			}
		} else {
			run = 1
		}
	}
	if sh == shapeToken64 {
		for _, w := range []string{"your", "xxxx", "token", "example", "placeholder", "replace", "change"} {
			if containsFold(v, w) {
				return true
			}
		}
		classes := 0
		for _, k := range []func(byte) bool{isUpper, isLowerLetter, func(c byte) bool { return '0' <= c && c <= '9' }} {
			if bytes.IndexFunc(v, func(r rune) bool { return r < 128 && k(byte(r)) }) >= 0 {
				classes++
			}
		}
		if classes < 2 {
			return true
		}
	}
	return false
}

// aroundText returns the text that may name a value with a generic name:
// its line before it, the two lines above, and the enclosing sections.
func aroundText(b []byte, ls, start int) []byte {
	var out []byte
	out = append(out, b[ls:start]...)
	if len(words(out)) > 1 { // `<add key="…" value="…">`: the name is on the line
		return out
	}
	end := ls - 1
	for i := 0; i < 2 && end > 0; i++ {
		s := lineStart(b, end)
		out = append(out, ' ')
		out = append(out, b[s:end]...)
		end = s - 1
	}
	out = append(out, ' ')
	return append(out, scopeHeaders(b, ls)...)
}

func joinAlnum(b []byte) string {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if is(c, cAlnum) {
			out = append(out, lower(c))
		}
	}
	return string(out)
}

// containerNames are sections that merely hold settings, so a Pinata
// mention just outside them still speaks for what they hold.
var containerNames = map[string]bool{
	"data": true, "stringdata": true, "env": true, "environment": true, "variables": true,
	"vars": true, "secrets": true, "locals": true, "config": true, "settings": true,
	"credentials": true, "creds": true, "spec": true, "values": true, "parameters": true,
	"production": true, "staging": true, "development": true, "dev": true, "prod": true,
	"appsettings": true, "keys": true, "default": true, "options": true, "headers": true,
}

// openScope reports whether the line at ls is at the top level or directly
// in a plain container section (env:, data:, [default]), where a nearby
// Pinata mention may speak for it; not inside another service's section
// such as security.jwt.
func openScope(b []byte, ls int) bool {
	h := scopeHeaders(b, ls)
	if len(h) == 0 {
		return true
	}
	inner := h
	if i := bytes.IndexByte(h, ' '); i >= 0 {
		inner = h[:i]
	}
	if i := bytes.IndexAny(inner, ":={("); i >= 0 {
		inner = inner[:i]
	}
	return containerNames[joinAlnum(inner)]
}

// scopeHasPinata reports whether the line at ls sits in a section that
// names Pinata: `pinata:` in YAML, `[pinata]` in TOML or INI, `"pinata": {`
// in JSON, `variable "pinata_jwt" {` in Terraform.
func scopeHasPinata(b []byte, ls int) bool {
	return containsFold(scopeHeaders(b, ls), "pinata")
}

// scopeHeaders returns the lines that enclose the line at ls, found by
// indentation (YAML, JSON, HCL, code) or by a `[section]` line (TOML, INI).
func scopeHeaders(b []byte, ls int) []byte {
	var out []byte
	threshold := indentOf(b[ls:lineEnd(b, ls)])
	floor := max(0, ls-maxScopeBytes)
	end := ls - 1
	for n := 0; n < maxScopeLines && end > floor; n++ {
		s := lineStart(b, end)
		line := b[s:end]
		end = s - 1
		body := bytes.TrimSpace(line)
		if len(body) == 0 || isComment(body) {
			continue
		}
		if threshold == 0 {
			if isSectionHeader(body) {
				return append(out, body...)
			}
			continue
		}
		if ind := indentOf(line); ind < threshold {
			out = append(append(out, body...), ' ')
			threshold = ind
		}
	}
	return out
}

func indentOf(line []byte) int {
	n := 0
	for n < len(line) && (line[n] == ' ' || line[n] == '\t') {
		n++
	}
	return n
}

func isComment(body []byte) bool {
	return body[0] == '#' || body[0] == ';' || bytes.HasPrefix(body, []byte("//")) || bytes.HasPrefix(body, []byte("--"))
}

// isSectionHeader matches `[pinata]`, `[[tool.pinata]]`, `[default.pinata]`.
func isSectionHeader(body []byte) bool {
	if len(body) < 3 || body[0] != '[' || body[len(body)-1] != ']' {
		return false
	}
	for _, c := range bytes.Trim(body, "[]") {
		if !is(c, cLabel) && c != ' ' && c != '"' {
			return false
		}
	}
	return true
}

// copyBlock recognises the block the Pinata dashboard copies:
// `API Key: …`, `API Secret: …`, `JWT: …` on neighbouring lines.
func copyBlock(b []byte, ls int, joined string) bool {
	var other string
	switch joined {
	case "apikey":
		other = "api secret"
	case "apisecret":
		other = "api key"
	default:
		return false
	}
	from, to := linesAround(b, ls, 3, 3)
	return containsFold(b[from:to], other)
}

// nearbyPinata reports whether Pinata is named within a few lines.
func nearbyPinata(b []byte, ls int) bool {
	from, to := linesAround(b, ls, nearbyAbove, nearbyBelow)
	return containsFold(b[from:to], "pinata")
}

// linesAround returns the span from `above` lines before the line at ls to
// the end of `below` lines after it.
func linesAround(b []byte, ls, above, below int) (int, int) {
	from := ls
	for i := 0; i < above && from > 0; i++ {
		from = lineStart(b, from-1)
	}
	to := lineEnd(b, ls)
	for i := 0; i < below && to < len(b); i++ {
		to = lineEnd(b, to+1)
	}
	return from, to
}
