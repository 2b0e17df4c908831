package scanner

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
)

// Context bounds: how far the scanner looks for the section a value sits in
// and for a nearby mention of Pinata.
const (
	longLine      = 1024 // longer lines are read only this far around a value
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
	// Other services whose keys share files with Pinata's in web3 projects.
	"opensea": true, "moralis": true, "polygonscan": true, "bscscan": true, "coinmarketcap": true,
	"walletconnect": true, "thirdweb": true, "filebase": true, "nftstorage": true, "web3storage": true,
	"arweave": true, "bundlr": true, "openai": true, "sendgrid": true, "twilio": true, "mailgun": true,
	"cloudinary": true, "algolia": true, "mapbox": true, "quicknode": true, "ankr": true,
}

// negativeJoined are substrings of a joined name that mark it as someone
// else's secret even without a word boundary.
var negativeJoined = []string{"privatekey", "jwtsecret", "clientsecret", "secretkeybase", "sessionsecret", "appsecret", "txhash", "keyid"}

// genericValueNames are names that hold a value without saying what it is;
// the real name is then nearby: `- name: PINATA_API_KEY` / `  value: …`.
var genericValueNames = map[string]bool{
	"value": true, "default": true, "val": true, "data": true, "content": true,
	"string": true, "text": true, "raw": true, "v": true, "body": true,
}

// strongSecretNames may hold a Pinata secret when Pinata is merely near,
// as under a `# Pinata` comment in a .env file.
var strongSecretNames = map[string]bool{
	"secret": true, "apisecret": true, "secretapikey": true, "apisecretkey": true,
	"apikeysecret": true, "pinatasecret": true,
}

// plainKeyNames name the public half of a key and nothing else.
var plainKeyNames = map[string]bool{
	"key": true, "apikey": true, "accesskey": true, "publickey": true, "keyid": true, "apikeyid": true,
}

// plainTokenNames say "a token" and nothing more: beside a gateway, such a
// token is the gateway's (REVALIDATE_TOKEN says what else it is for).
var plainTokenNames = map[string]bool{
	"token": true, "key": true, "accesstoken": true, "accesskey": true, "apikey": true, "apitoken": true,
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
	ls := lineStart(b, start)
	// A line far longer than code is written (a minified bundle, a one-line
	// dump) has no line structure to read: only the text near the value
	// speaks for it, and sections and neighbouring lines do not apply.
	le := lineEnd(b, end)
	long := start-ls > longLine || le-end > longLine
	near := b[max(ls, start-longLine):min(le, end+longLine)]
	l := labelBefore(b, start)
	joined := l.joined()
	if isNegative(words(l.prefix, l.name), joined) || isFileName(l.name) || !long && checksumLine(b[ls:start]) {
		return "", "", false
	}
	rule := "label " + strconv.Quote(string(l.name))
	usage, used := "", false // the Pinata name the value's variable is later used as
	elemName, inElem := namedIn(b[elementStart(b, ls, start):start])
	switch {
	case credentialWord(joined) || pinataConstructor(l):
	case inElem && credentialWord(joinAlnum(elemName)):
		// <string name="pinata_gateway_key">…</string>: the element names it.
		joined, rule = joinAlnum(elemName), "element "+strconv.Quote(string(elemName))
		if isNegative(words(elemName), joined) {
			return "", "", false
		}
	case len(l.name) == 0 || genericValueNames[l.nameJoined()]:
		// A generic name: the real one is earlier on the line, on the lines
		// just above, or in the enclosing section.
		around := aroundText(b, ls, start)
		aj := joinAlnum(around)
		if c, ok := commentAfter(b, end); ok {
			joined, rule = c, "described in a comment"
		} else if !isNegative(words(around), aj) && credentialWord(aj) {
			joined, rule = aj, "value named nearby"
		} else {
			return "", "", false
		}
	default:
		// A variable with a plain name (k, cfg.v): it counts if it is used
		// as a Pinata credential elsewhere, or a comment says what it is.
		if usage, used = usedAs(b, l.name, ls); used {
			joined, rule = usage, "assigned to "+strconv.Quote(string(l.name))+", used as "+usage
		} else if c, ok := commentAfter(b, end); ok {
			joined, rule = c, "described in a comment"
		} else {
			return "", "", false
		}
	}
	gateway := strings.Contains(joined, "gateway") || slices.Contains(words(l.name), "gw")

	var scope []byte
	scopeRead := false
	getScope := func() []byte {
		if !scopeRead {
			scope, scopeRead = scopeHeaders(b, ls), true
		}
		return scope
	}
	// A key or gateway token may take its context from a Pinata mention a
	// few lines away. A 64-hex value is commoner (checksums, other services'
	// secrets): only when plainly named a secret and not inside another
	// service's section.
	strong := strongSecretNames[joined] || strongSecretNames[l.nameJoined()]
	nearbyOK := func() bool {
		return sh != shapeHex64 || (strong || gateway) && openScope(b, ls)
	}
	if !strings.Contains(joined, "pinata") {
		switch {
		case containsFold(near, "pinata"):
			rule += " on a Pinata line"
		case long:
			if usage, used = usedAs(b, l.name, ls); !used {
				return "", "", false
			}
			rule += ", used as " + usage
		case inPinataSection(b, ls):
			rule += " in a Pinata section"
		case copyBlock(b, ls, joined):
			rule = "Pinata dashboard copy block"
		case pairedNearby(b, ls, sh, l.nameJoined()):
			rule += " beside its key or secret"
		case nearbyOK() && nearbyPinata(b, ls):
			rule += " near a Pinata mention"
		case nearbyOK() && nearJWT(b, jwtAt, ls):
			rule += " beside a Pinata JWT"
		default:
			if genericValueNames[l.nameJoined()] {
				return "", "", false
			}
			if usage, used = usedAs(b, l.name, ls); !used {
				return "", "", false
			}
			rule += ", used as " + usage
			gateway = gateway || strings.Contains(usage, "gateway")
		}
	}
	if !gateway && sh != shapeHex20 && !strings.Contains(joined, "secret") {
		// A token in a gateway section, named plainly next to a gateway,
		// described as one, or used as one (?pinataGatewayToken={gw_token}).
		gateway = !long && containsFold(getScope(), "gateway") ||
			sh == shapeToken64 && (!long && plainTokenNames[l.nameJoined()] && nearbyGateway(b, ls) || saysGateway(b, l, ls, end))
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

// commentAfter returns, joined, a comment after the value on its line that
// names it a Pinata credential: `'…' | base64 -d > f  # pinata secret`,
// `…  <- pinata api key`.
func commentAfter(b []byte, end int) (string, bool) {
	rest := b[end:lineEnd(b, end)]
	rest = rest[:min(len(rest), maxLabelGap)]
	i := -1
	for _, marker := range []string{"#", "//", "<-", "--", "/*"} {
		if j := bytes.Index(rest, []byte(marker)); j >= 0 && (i < 0 || j < i) {
			i = j
		}
	}
	if i < 0 {
		return "", false
	}
	c := rest[i:]
	cj := joinAlnum(c)
	ws := words(c)
	if !strings.Contains(cj, "pinata") || !credentialWord(cj) || isNegative(ws[:min(len(ws), 3)], cj) {
		return "", false
	}
	return cj, true
}

// pairedNearby reports whether a value named as one half of a key stands
// within two lines of the other half, also named: a 20-hex key beside a
// 64-hex secret is the shape of a Pinata key even where Pinata goes unnamed
// (a CSV export, `API_KEY=` above `API_SECRET=`).
func pairedNearby(b []byte, ls int, sh shape, name string) bool {
	var want shape
	var wantWord string
	// Only plain names pair: Flask's SECRET_KEY beside PINATA_API_KEY is
	// Flask's, not the key's other half.
	switch {
	case sh == shapeHex20 && plainKeyNames[name]:
		want, wantWord = shapeHex64, "secret"
	case sh == shapeHex64 && strongSecretNames[name]:
		want, wantWord = shapeHex20, "key"
	default:
		return false
	}
	from, to := linesAround(b, ls, 2, 2)
	for i := from; i < to; {
		if !is(b[i], cWord) {
			i++
			continue
		}
		start := i
		for i < to && is(b[i], cWord) {
			i++
		}
		if shapeOf(b[start:i]) != want || isPlaceholder(b[start:i], want) {
			continue
		}
		other := labelBefore(b, start)
		oj := other.joined()
		if strings.Contains(oj, wantWord) && !isNegative(words(other.prefix, other.name), oj) {
			return true
		}
	}
	return false
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

// usedAs follows the variable a value is assigned to: if it is used
// elsewhere as the value of a Pinata credential's name, as in `$apiKey =
// '…'` and later `'pinata_api_key: ' . $apiKey`, it returns that name.
func usedAs(b []byte, name []byte, defLine int) (string, bool) {
	name = bytes.TrimLeft(name[bytes.LastIndexByte(name, '.')+1:], "$")
	if len(name) == 0 || len(name) > 64 {
		return "", false
	}
	floor := max(0, defLine-maxScopeBytes)
	ceil := min(len(b), defLine+maxScopeBytes)
	for i, uses := floor, 0; i < ceil && uses < 64; uses++ {
		j := bytes.Index(b[i:ceil], name)
		if j < 0 {
			break
		}
		at := i + j
		i = at + len(name)
		if at > 0 && isIdent(b[at-1]) || i < len(b) && isIdent(b[i]) || lineStart(b, at) == defLine {
			continue
		}
		start := at
		for start > 0 && (b[start-1] == '.' || b[start-1] == '$' || isIdent(b[start-1])) {
			start-- // the use may be qualified: this.k, $cfg->k
		}
		u := labelBefore(b, start)
		uj := u.joined()
		if strings.Contains(uj, "pinata") && credentialWord(uj) && !isNegative(words(u.prefix, u.name), uj) {
			return string(u.name), true
		}
	}
	return "", false
}

func isIdent(c byte) bool { return is(c, cAlnum) || c == '_' }

// saysGateway reports whether a comment after the value, or the use of the
// variable it is assigned to, says it is a gateway token.
func saysGateway(b []byte, l label, ls, end int) bool {
	if c, ok := commentAfter(b, end); ok && strings.Contains(c, "gateway") {
		return true
	}
	if genericValueNames[l.nameJoined()] {
		return false
	}
	u, ok := usedAs(b, l.name, ls)
	return ok && containsFold([]byte(u), "gateway")
}

// nearbyGateway reports whether a gateway is named within a few lines.
func nearbyGateway(b []byte, ls int) bool {
	from, to := linesAround(b, ls, nearbyAbove, nearbyBelow)
	return containsFold(b[from:to], "gateway") || containsFold(b[from:to], "mypinata.cloud")
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

// aroundText returns the text that may name a value with a generic name:
// its line before it, the two lines above, and the enclosing sections.
func aroundText(b []byte, ls, start int) []byte {
	// `<add key="…" value="…">`, `{"name": "…", "value": "…"}`: the name is
	// in the same element, on the same line.
	elem := elementStart(b, ls, start)
	if name, ok := namedIn(b[elem:start]); ok {
		return name
	}
	if len(words(b[elem:start])) > 1 {
		return b[elem:start]
	}
	var out []byte
	end := ls - 1
	for i := 0; i < 2 && end > 0; i++ {
		s := lineStart(b, end)
		out = appendNames(out, b[max(s, end-longLine):end])
		out = append(out, ' ')
		end = s - 1
	}
	if name, ok := namedIn(out); ok { // `- name: PINATA_API_KEY` above `value: …`
		return name
	}
	return appendNames(out, scopeHeaders(b, ls))
}

// appendNames appends text to out without its long runs of word
// characters: values such as a JWT, whose random letters must not be read
// as names (a "Tx" inside base64 is no transaction).
func appendNames(out, text []byte) []byte {
	for i := 0; i < len(text); {
		if !is(text[i], cWord) {
			out = append(out, text[i])
			i++
			continue
		}
		j := i
		for j < len(text) && is(text[j], cWord) {
			j++
		}
		if j-i < 40 {
			out = append(out, text[i:j]...)
		} else {
			out = append(out, ' ')
		}
		i = j
	}
	return out
}

// elementStart returns where the element holding the value at start
// begins on its line: its last opening bracket, at most 160 bytes back.
func elementStart(b []byte, ls, start int) int {
	elem := max(ls, start-maxLabelGap)
	if i := bytes.LastIndexAny(b[elem:start], "{(<["); i >= 0 {
		elem += i
	}
	return elem
}

// nameFields are the fields that name a setting whose value stands in a
// field of its own: {"key": "pinata_jwt", "value": …}, <string name="…">.
var nameFields = []string{"key", "name", "id", "field", "setting", "param", "variable", "property"}

// namedIn finds a name field in text and returns the name it gives.
func namedIn(text []byte) ([]byte, bool) {
	var found []byte
	for i := 0; i < len(text); i++ {
		if !is(text[i], cAlnum) || i > 0 && is(text[i-1], cAlnum) {
			continue
		}
		j := i
		for j < len(text) && is(text[j], cAlnum) {
			j++
		}
		word := strings.ToLower(string(text[i:j]))
		if !slices.Contains(nameFields, word) {
			i = j
			continue
		}
		k := j
		for k < len(text) && strings.IndexByte("\"' \t", text[k]) >= 0 {
			k++
		}
		if k >= len(text) || text[k] != ':' && text[k] != '=' {
			i = j
			continue
		}
		k++
		for k < len(text) && strings.IndexByte("\"' \t", text[k]) >= 0 {
			k++
		}
		v := k
		for v < len(text) && (is(text[v], cLabel) || text[v] == ':') {
			v++
		}
		if v > k {
			found = text[k:v]
		}
		i = v
	}
	return found, len(found) > 0
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
	inner, _, _ := bytes.Cut(h, []byte{'\n'})
	return containerNames[headerName(inner)]
}

// inPinataSection reports whether the line at ls sits in a section that
// names Pinata: `pinata:` in YAML, `[pinata]` in TOML or INI, `"pinata": {`
// in JSON, `variable "pinata_jwt" {` in Terraform. Plain containers between
// (env:, prod:) are passed through; another named section (cache:,
// security:) owns what it holds.
func inPinataSection(b []byte, ls int) bool {
	for _, h := range bytes.Split(scopeHeaders(b, ls), []byte{'\n'}) {
		if containsFold(h, "pinata") {
			return true
		}
		// Plain containers pass; so does the value's own key when its value
		// is folded onto the next line (`api_key: >-`).
		if name := headerName(h); !containerNames[name] && !credentialWord(name) {
			return false
		}
	}
	return false
}

// headerName returns a section line's name, joined: `"pinata": {` → pinata.
func headerName(h []byte) string {
	h = bytes.TrimLeft(h, "-[ ")
	if i := bytes.IndexAny(h, ":={("); i >= 0 {
		h = h[:i]
	}
	return joinAlnum(h)
}

// scopeHeaders returns the lines that enclose the line at ls, innermost
// first, one a line, found by indentation (YAML, JSON, HCL, code) or by a
// `[section]` line (TOML, INI).
func scopeHeaders(b []byte, ls int) []byte {
	threshold := indentOf(b[ls:lineEnd(b, ls)])
	floor := max(0, ls-maxScopeBytes)
	if threshold == 0 {
		return sectionAbove(b, floor, ls)
	}
	var out []byte
	end := ls - 1
	for n := 0; n < maxScopeLines && end > floor; n++ {
		s := lineStart(b, end)
		line := b[s:end]
		end = s - 1
		body := bytes.TrimSpace(line)
		if len(body) == 0 || isComment(body) {
			continue
		}
		if ind := indentOf(line); ind < threshold {
			out = append(append(out, body...), '\n')
			threshold = ind
		}
		if threshold == 0 {
			return append(out, sectionAbove(b, floor, s)...)
		}
	}
	return out
}

// sectionAbove returns the nearest `[section]` line above ls (TOML, INI),
// found by looking only at lines that start with '['.
func sectionAbove(b []byte, floor, ls int) []byte {
	for end := ls; end > floor; {
		i := bytes.LastIndexByte(b[floor:end], '[')
		if i < 0 {
			return nil
		}
		at := floor + i
		if at == 0 || b[at-1] == '\n' {
			if body := bytes.TrimSpace(b[at:lineEnd(b, at)]); isSectionHeader(body) {
				return body
			}
		}
		end = at
	}
	return nil
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
