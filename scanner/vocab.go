package scanner

import (
	"bytes"
	"strings"
)

// The vocabulary the rules read names with. A name (PINATA_API_KEY,
// pinataSecretApiKey, pinata.api.key) is split into words, each word into
// known pieces ("nextpublicpinataapikey" → next public pinata api key), and
// each piece has one class. A word that cannot be split into known pieces
// is specific: it says what the value is for, and that is not Pinata
// (TWILIO_API_KEY, STRIPE_SECRET). No list below holds another service's
// name; each group says why its words are there.

// wordClass is what a piece of a name says about the value it names.
type wordClass uint8

const (
	wUnknown  wordClass = iota // not in the vocabulary: a specific purpose or owner
	wPinata                    // the service itself
	wCred                      // the value is a credential
	wNeutral                   // says nothing about whose the value is
	wNegative                  // the value is something other than an API credential
)

// wordGroup is a set of words with one class and the reason they have it.
type wordGroup struct {
	class  wordClass
	reason string
	words  string // space separated, lower case
	// apiName: the words may stand beside Pinata in a credential's name
	// that has no credential word (NEXT_PUBLIC_PINATA_API, PINATA_PUB).
	apiName bool
}

var vocabulary = []wordGroup{
	{wPinata, "the service itself", "pinata mypinata", false},
	{wCred, "words that say a value authenticates", "key keys secret secrets token tokens jwt auth authorization bearer credential credentials cred creds apikey", false},

	// Neutral: these qualify a name without naming an owner.
	{wNeutral, "framework prefixes that expose any variable to the browser or a build step", "next react app vite expo nuxt gatsby vue storybook svelte sveltekit astro remix import meta", true},
	{wNeutral, "where code reads a setting from, or the container that holds it", "process env environ os getenv setenv putenv module exports export config cfg conf configuration settings setting options opts option params param parameters props properties vars var variables values data stringdata locals spec this self window global globals default defaults headers header http https req request sdk lib client clients api apis", true},
	{wNeutral, "deployment stages: copies of one setting per environment", "prod production dev development staging stage test testing local live preview qa ci uat", true},
	{wNeutral, "build steps and releases, which any setting may belong to", "build release", false},
	{wNeutral, "the parts of one's own deployment, as compose files, CI configs and manifests name them", "environment jobs job steps step workflow workflows web server backend frontend worker workers container containers deploy deployment", false},
	{wNeutral, "the role Pinata plays, which any IPFS or storage service could fill", "ipfs storage upload uploads uploader pin pins pinning pinner files media assets asset nft nfts web3 cdn gateway gw dedicated content cloud service provider", false},
	{wNeutral, "qualifiers of a credential's part or rights, not of its owner", "access scoped admin master primary main my our new old current backup user account read write full x", false},
	{wNeutral, "accessor verbs that wrap a setting's name in code (setApiKey, withSecret, getToken)", "set get with", false},
	{wNeutral, "the two halves of a key pair, as some name them (PINATA_PUB, VITE_PINATA_PRIVATE)", "pub public", true},
	{wNeutral, "how a value is written down, not whose it is (pinataApiKeyB64, GATEWAY_KEY_HEX)", "b64 b64url base64 base64url hex encoded enc raw utf8", false},

	// Negative: the name says what the value is, and it is not an API
	// credential, whoever's it is.
	{wNegative, "digests and checksums: hex of the same lengths as a key or secret", "hash hashes sha sha1 sha256 sha384 sha512 md5 checksum checksums digest integrity etag fingerprint crc sum sha256sum contenthash chunkhash blake2b", false},
	{wNegative, "blockchain values with the 64-hex shape: keys that sign transactions, hashes, addresses", "private priv privkey pk tx txid txhash transaction block blockhash nonce salt seed mnemonic wallet address signer eth ethereum contract", false},
	{wNegative, "identifiers and versions, which are not secret", "id uuid guid cid commit version trace revision", false},
	{wNegative, "secrets that sign or encrypt (sessions, cookies, webhooks), not ones that call an API", "session cookie csrf xsrf webhook signing encryption encrypt hmac", false},
	{wNegative, "where a value points, not what it is", "url uri domain host hostname endpoint path href", false},
	{wNegative, exampleReason, "example sample dummy fake placeholder mock expected want", false},
	{wNegative, "keys of data structures and licences, not of an account", "cache idempotency license licence", false},
}

// negativePhrases are runs of neutral or credential words that together
// name another kind of secret; they count unless the name says Pinata.
var negativePhrases = []struct{ words, reason string }{
	{"jwt secret", "the secret a server signs its own JWTs with"},
	{"client secret", "an OAuth client's secret"},
	{"app secret", "an application's signing secret (Facebook, Rails)"},
	{"secret key base", "Rails' signing secret"},
}

// frameworkSecretNames are whole names that frameworks give their own
// signing secret: Django's and Flask's SECRET_KEY.
var frameworkSecretNames = map[string]string{
	"secretkey": "Django's and Flask's signing secret",
}

// roleNamedServices are other services whose names are made of role words
// (and so would read as neutral): their keys often share a file with
// Pinata's in web3 projects.
var roleNamedServices = []string{"nftstorage", "web3storage"}

// wholeWordOnly are words that count only standing alone, not as a piece
// of a longer word: NEXTAUTH (NextAuth.js) is not "next auth", MYAPP is
// not "my app".
var wholeWordOnly = map[string]bool{"auth": true, "next": true, "app": true, "my": true, "new": true, "old": true, "main": true, "pin": true, "x": true}

const exampleReason = "examples in docs and tests"

// topicWords are the negative words that name what a section is about
// (# wallet, # checksums): a heading of them attributes what follows to
// something other than Pinata. Words of examples do not (## Example).
var topicWords = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range vocabulary {
		if g.class == wNegative && g.reason != exampleReason {
			for _, w := range strings.Fields(g.words) {
				m[w] = true
			}
		}
	}
	return m
}()

var vocab = buildVocab()

func buildVocab() map[string]wordClass {
	m := map[string]wordClass{}
	for _, g := range vocabulary {
		for _, w := range strings.Fields(g.words) {
			m[w] = g.class
		}
	}
	return m
}

// pieces splits a lower-case word into vocabulary pieces and digit runs,
// longest pieces first; ok is false when no split exists. Pieces are at
// least two letters, so a specific word cannot be spelt from letters.
func pieces(w string, out []string) ([]string, bool) {
	if len(w) > 64 {
		return out, false
	}
	// best[i]: a split of w[i:] exists, with next[i] the end of its first piece.
	var next [65]int8
	var ok [65]bool
	ok[len(w)] = true
	for i := len(w) - 1; i >= 0; i-- {
		if isDigit(w[i]) {
			j := i
			for j < len(w) && isDigit(w[j]) {
				j++
			}
			if ok[j] {
				ok[i], next[i] = true, int8(j)
			}
			continue
		}
		for j := len(w); j >= i+2; j-- {
			if ok[j] && vocab[w[i:j]] != wUnknown && (j-i == len(w) || !wholeWordOnly[w[i:j]]) {
				ok[i], next[i] = true, int8(j)
				break
			}
		}
	}
	if !ok[0] {
		return out, false
	}
	for i := 0; i < len(w); i = int(next[i]) {
		out = append(out, w[i:next[i]])
	}
	return out, true
}

// nameInfo is what a name says about the value bound to it.
type nameInfo struct {
	raw      string
	joined   string   // lower-case letters and digits only
	pieces   []string // vocabulary pieces, in order
	pinata   bool     // names Pinata
	cred     bool     // says credential
	secret   bool     // says secret
	key      bool     // says key
	token    bool     // says token or jwt
	gateway  bool     // says gateway
	negative string   // why the name says the value is not an API credential; "" if it does not
	specific []string // words that name some other purpose or owner
	neutral  bool     // every piece is neutral (no credential word either)
}

// analyseName reads a name. Single letters and short receivers (c.api_key,
// k) are neutral: they are variables, not owners.
func analyseName(raw []byte) nameInfo {
	n := nameInfo{raw: string(raw), joined: joinAlnum(raw)}
	allNeutral := true
	for _, w := range nameWords(raw) {
		var ps []string
		ok := true
		if vocab[w] != wUnknown {
			ps = []string{w}
		} else if sing := strings.TrimSuffix(w, "s"); len(sing) < len(w) && vocab[sing] != wUnknown {
			ps = []string{sing} // a plural: storages, webhooks
		} else {
			ps, ok = pieces(w, nil)
		}
		if !ok {
			if strings.Contains(w, "pinata") {
				n.pinata = true
				continue
			}
			if genericValueNames[w] {
				continue // holds a value without saying whose (--body, value:)
			}
			n.specific = append(n.specific, w)
			allNeutral = false
			continue
		}
		for _, p := range ps {
			n.pieces = append(n.pieces, p)
			switch vocab[p] {
			case wPinata:
				n.pinata = true
			case wCred:
				n.cred = true
				allNeutral = false
				switch p {
				case "secret", "secrets":
					n.secret = true
				case "key", "keys", "apikey":
					n.key = true
				case "token", "tokens", "jwt":
					n.token = true
				}
			case wNegative:
				if n.negative == "" {
					n.negative = p
				}
				allNeutral = false
			case wNeutral:
				if p == "gateway" || p == "gw" {
					n.gateway = true
				}
			}
		}
	}
	if n.negative == "id" && strings.Contains(" "+strings.Join(n.pieces, " ")+" ", " key id ") {
		// A key's id is Pinata's API key itself (the 20 hex the dashboard
		// lists as Key): KEY_ID names the key, not some other identifier.
		n.negative = ""
		for i, p := range n.pieces {
			if vocab[p] == wNegative && !(p == "id" && i > 0 && n.pieces[i-1] == "key") {
				n.negative = p
				break
			}
		}
	}
	if n.pinata && secretHalves[n.negative] {
		n.negative, n.secret = "", true
		for _, p := range n.pieces {
			if vocab[p] == wNegative && !secretHalves[p] {
				n.negative = p
			}
		}
	}
	n.neutral = allNeutral && len(n.specific) == 0
	for _, s := range roleNamedServices {
		if strings.Contains(n.joined, s) && !n.pinata {
			n.specific = append(n.specific, s)
		}
	}
	if !n.pinata && n.negative == "" {
		seq := " " + strings.Join(n.pieces, " ") + " "
		for _, p := range negativePhrases {
			if strings.Contains(seq, " "+p.words+" ") {
				n.negative = p.words
				break
			}
		}
		if _, ok := frameworkSecretNames[n.joined]; ok {
			n.negative = n.joined
		}
	}
	return n
}

// nameWords splits a name into its words, leaving out variables: a short
// part of a qualified name (c.api_key, $k->secret) or a short name alone
// (k, Gk). A short word inside a compound name stays: the CF of
// CF_GATEWAY_TOKEN, the GH of GH_TOKEN name services. Versions (v2) are
// not words.
func nameWords(raw []byte) []string {
	var out []string
	for _, part := range bytes.FieldsFunc(raw, func(r rune) bool { return r == '.' || r == ':' || r == '$' || r == '>' }) {
		ws := words(part)
		for _, w := range ws {
			if len(w) <= 2 && vocab[w] == wUnknown && len(ws) == 1 || isVersion(w) {
				continue
			}
			out = append(out, w)
		}
	}
	return out
}

// isVersion reports whether w is a version such as v1 or v2.
func isVersion(w string) bool {
	return len(w) >= 2 && w[0] == 'v' && isNumber(w[1:])
}

// role reports whether the name lets a value be a credential: it says
// credential, or it names Pinata with nothing but words that qualify an
// API credential (NEXT_PUBLIC_PINATA_API, --pinata, pinata.api): a name
// such as "pinata-upload" names a use of Pinata, not a credential.
func (n *nameInfo) role() bool {
	if n.negative != "" {
		return false
	}
	if n.cred {
		return true
	}
	if !n.pinata || len(n.specific) > 0 {
		return false
	}
	for _, p := range n.pieces {
		if vocab[p] != wPinata && !apiQualifiers[p] && !isNumber(p) {
			return false
		}
	}
	return true
}

// apiQualifiers may stand beside Pinata in a credential's name that has
// no credential word: framework prefixes, stages, "api" and "access".
var apiQualifiers = func() map[string]bool {
	m := map[string]bool{"api": true, "apis": true, "access": true, "x": true}
	for _, g := range vocabulary {
		if g.apiName {
			for _, w := range strings.Fields(g.words) {
				m[w] = true
			}
		}
	}
	for w := range secretHalves {
		m[w] = true
	}
	return m
}()

// halfWords name a part of an API credential without a credential word:
// the "api" of NEXT_PUBLIC_PINATA_API, the "access" of `credentials:` /
// `access: …`, the halves of a public/private pair.
var halfWords = map[string]bool{"api": true, "apis": true, "access": true, "public": true, "pub": true, "private": true, "priv": true}

// secretHalves are negative words that name the secret half of a pair:
// beside Pinata in a name they cannot mean a wallet's private key
// (VITE_PINATA_PRIVATE, PINATA_PRIV).
var secretHalves = map[string]bool{"private": true, "priv": true}

// plainKey reports whether the name says "key" and nothing more
// (API_KEY, apiKey, accessKey): the public half of a key pair.
func (n *nameInfo) plainKey() bool {
	return n.key && !n.secret && !n.token && n.onlyNeutral()
}

// plainSecret reports whether the name says "secret" and nothing more
// (API_SECRET, secret, secretApiKey), so a 64-hex value under it may be
// Pinata's on weaker evidence than other 64-hex values.
func (n *nameInfo) plainSecret() bool {
	return n.secret && !n.token && n.onlyNeutral()
}

// qualifiers returns what a name says of its credential beyond being a
// key or secret, framework prefixes and stages aside: "ipfs" for
// IPFS_API_KEY and IPFS_SECRET alike, "" for API_KEY and NEXT_PUBLIC_SECRET.
func (n *nameInfo) qualifiers() string {
	var q []string
	for _, p := range n.pieces {
		if vocab[p] == wNeutral && !apiQualifiers[p] {
			q = append(q, p)
		}
	}
	return strings.Join(q, " ")
}

// onlyNeutral: no specific or negative word.
func (n *nameInfo) onlyNeutral() bool {
	return len(n.specific) == 0 && n.negative == ""
}

// fillerWords stand between a name and its value without being either:
// types and keywords (`const KEY: &str = "…"`), prose ("the secret is …"),
// fallbacks (`os.getenv("PINATA_JWT") or '…'`).
var fillerWords = map[string]string{
	"str": "type", "string": "type", "static": "keyword", "const": "keyword", "let": "keyword",
	"var": "keyword", "val": "keyword", "final": "keyword", "readonly": "keyword", "mut": "keyword",
	"char": "type", "byte": "type", "bytes": "type", "dyn": "keyword", "def": "keyword",
	"private": "keyword", "public": "keyword", "export": "keyword", "set": "shell", "setx": "shell",
	"is": "prose", "are": "prose", "was": "prose", "were": "prose", "be": "prose", "the": "prose",
	"a": "prose", "an": "prose", "to": "prose", "of": "prose", "as": "prose", "here": "prose",
	"now": "prose", "or": "fallback", "else": "fallback",
	"bearer": "auth scheme", "basic": "auth scheme",
}

// genericValueNames hold a value without saying what it is; the real name
// is then a name field beside it: `- name: PINATA_API_KEY` / `value: …`,
// `<add key="Pinata:ApiKey" value="…">`.
var genericValueNames = map[string]bool{
	"value": true, "default": true, "val": true, "data": true, "content": true,
	"string": true, "text": true, "raw": true, "v": true, "body": true, "parametervalue": true,
}

// nameFields are the fields that name a setting whose value stands in a
// field of its own.
var nameFields = map[string]bool{
	"key": true, "name": true, "id": true, "field": true, "setting": true, "param": true,
	"variable": true, "property": true, "parameterkey": true, "parametername": true, "env": true,
}

// serviceFields are fields whose value names the service an object
// configures: `{"provider": "pinata", "apiKey": …}`, `[storage] provider = "s3"`.
var serviceFields = map[string]bool{
	"provider": true, "service": true, "vendor": true, "platform": true, "backend": true,
	"driver": true, "adapter": true, "type": true, "kind": true, "name": true, "storage": true,
}

// negationWords before a mention of Pinata deny it: "not Pinata's",
// "instead of Pinata", "unlike Pinata".
var negationWords = map[string]bool{
	"not": true, "isn": true, "isnt": true, "aren": true, "arent": true, "no": true, "non": true,
	"never": true, "instead": true, "unlike": true, "rather": true, "except": true, "without": true,
	"nor": true, "besides": true, "than": true, "replaced": true, "replacing": true, "formerly": true,
}

// headingStopWords carry no topic in a heading: "# Keys for the app".
// The first lines are grammar and annotations; then the words of a
// document's own structure ("## Getting started", "## Local setup"), which
// name a part of the text, not a service.
var headingStopWords = map[string]bool{
	"install": true, "installation": true, "installing": true, "setup": true, "set": true, "up": true,
	"configuration": true, "configure": true, "configuring": true, "usage": true, "getting": true,
	"started": true, "quickstart": true, "quick": true, "prerequisites": true, "requirements": true,
	"overview": true, "introduction": true, "intro": true, "deploy": true, "deployment": true,
	"deploying": true, "running": true, "run": true, "contributing": true, "license": true,
	"notes": true, "step": true, "steps": true, "troubleshooting": true, "faq": true,
	"reference": true, "docs": true, "documentation": true, "guide": true, "tutorial": true,
	"demo": true, "how": true, "project": true, "application": true, "features": true,
	"structure": true, "scripts": true, "commands": true, "output": true, "results": true,
	"response": true, "example": true, "examples": true, "environment": true, "variables": true,
	"for": true, "the": true, "and": true, "of": true, "our": true, "your": true, "my": true,
	"to": true, "in": true, "with": true, "from": true, "on": true, "a": true, "an": true,
	"are": true, "is": true, "these": true, "this": true, "below": true, "above": true,
	"here": true, "only": true, "use": true, "used": true, "do": true, "be": true, "it": true,
	"section": true, "todo": true, "fixme": true, "note": true, "warning": true, "important": true,
	"deprecated": true, "security": true, "optional": true, "required": true, "misc": true,
	"other": true, "general": true, "begin": true, "end": true, "start": true, "see": true,
}

// endpointNames are Pinata API endpoints: a function named after one is a
// Pinata helper, and its arguments a key and secret (pinFileToIPFS(key,
// secret, file)).
var endpointNames = map[string]bool{
	"pinfiletoipfs": true, "pinjsontoipfs": true, "pinbyhash": true, "pincidtoipfs": true,
	"testauthentication": true, "pinlist": true, "unpin": true, "hashmetadata": true,
	"userpinneddatatotal": true, "pinjobs": true, "pinbycid": true,
}
