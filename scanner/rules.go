package scanner

import (
	"strings"
)

// Rule is one piece of detection knowledge: what it looks at, what it
// concludes, and examples of both outcomes. Rules that yield kinds
// attribute a value to Pinata; the others (Kinds empty) stop a value from
// being reported. Every rule's examples are run by TestRuleExamples.
//
// Examples are text with placeholders filled at test time: @KEY@ (20 hex),
// @SECRET@ (64 hex), @JWT@ (a Pinata JWT), @GW@ (a 64-character gateway
// token), and look-alikes @HEX20@, @HEX64@, @TOK64@, @OTHERJWT@ (another
// service's JWT). A True example must produce a finding that cites the
// rule (or, for a rule without kinds, be stopped by it); a False example
// must not (every finding in it cites another rule, and a rule without
// kinds does not stop any value in it).
type Rule struct {
	ID          string
	Description string
	Kinds       []Kind
	Evidence    string // what the rule looks at
	Reach       string // how far from the value it looks
	True, False []string

	match func(e *eval) (claim, bool)
}

var (
	allHex   = []Kind{KindAPIKey, KindAPISecret, KindGatewayToken}
	keySec   = []Kind{KindAPIKey, KindAPISecret}
	gateways = []Kind{KindGatewayToken}
)

// Rules lists every rule, the ones that attribute first. Order does not
// decide a verdict (the nearest claim does); it only orders a finding's
// list of supporting rules.
var Rules = []Rule{
	{
		ID:          "jwt-claims",
		Description: "a JWT whose decoded claims are a Pinata scoped key's (scopedKeyKey, scopedKeySecret, userInformation or authenticationType)",
		Kinds:       []Kind{KindJWT},
		Evidence:    "the token's own claims, decoded without verifying",
		Reach:       "the token",
		True:        []string{"PINATA_JWT=@JWT@\n", "curl -H 'Authorization: Bearer @JWT@' https://example.org\n", "const key = '@JWT@'\n"},
		False:       []string{"SUPABASE_ANON_KEY=@OTHERJWT@\n", "PINATA_JWT=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ...\n"},
	},
	{
		ID:          "jwt-embedded",
		Description: "a key or secret equal to the one a Pinata JWT in the same text embeds",
		Kinds:       keySec,
		Evidence:    "the JWT's scopedKeyKey and scopedKeySecret claims",
		Reach:       "the window of text the JWT is in",
		True:        []string{"jwt: @JWT:a@\nvalues: [@KEY:a@]\n", "{\"t\": \"@JWT:b@\"}\n@SECRET:b@\n"},
		False:       []string{"jwt: @JWT:a@\nvalues: [@KEY@]\n", "jwt: @JWT:a@\nchecksum: @HEX64@\n"},
		match: func(e *eval) (claim, bool) {
			if pos, ok := e.r.embedded[string(e.s.val)]; ok {
				return claim{rank: rankEmbedded, evidence: e.sayN("embedded in the Pinata JWT on line ", e.r.lines.lineOf(pos)+1, "")}, true
			}
			return claim{}, false
		},
	},
	{
		ID:          "gateway-url",
		Description: "a token in the query of a URL to a Pinata gateway, or in a pinataGatewayToken parameter",
		Kinds:       gateways,
		Evidence:    "the parameter's name and the URL's host",
		Reach:       "the URL",
		True: []string{
			"https://lavender-gentle-primate-223.mypinata.cloud/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG?pinataGatewayToken=@GW@\n",
			"id,url\n7,https://example.org/ipfs/Qm?pinataGatewayToken=@GW@\n",
			"<img src=\"https://x.mypinata.cloud/ipfs/Qm?a=1&token=@GW@\">\n",
		},
		False: []string{
			"https://cdn.example.org/img.png?token=@TOK64@\n",
			"https://x.mypinata.cloud/ipfs/Qm?sig=@TOK64@\n",
		},
		match: func(e *eval) (claim, bool) {
			param, host := e.urlQuery()
			if !param || e.s.sh == shapeHex20 {
				return claim{}, false
			}
			n := &e.name
			if n.secret {
				return claim{}, false
			}
			if n.pinata && (n.gateway || n.token) || host && (n.token || n.gateway || n.key) && n.onlyNeutral() {
				return claim{rank: rankGatewayURL, gateway: true, evidence: e.sayQ("query parameter ", e.text(e.s.name), "")}, true
			}
			return claim{}, false
		},
	},
	{
		ID:          "pinata-name",
		Description: "the name the value is bound to names Pinata: an environment variable, key, header, flag, field or column",
		Kinds:       allHex,
		Evidence:    "the value's own name: PINATA_API_KEY=, pinataSecretApiKey:, pinata.api.key=, --pinata-secret, pinata_api_key: (a header), NEXT_PUBLIC_PINATA_API=",
		Reach:       "the value's name",
		True: []string{
			"NEXT_PUBLIC_PINATA_API_KEY=@KEY@\nPINATA_SECRET_API_KEY=@SECRET@\n",
			"pinata.api.key=@KEY@\npinata-secret=@SECRET@\n",
			"NEXT_PUBLIC_PINATA_API=@KEY@\n",
			"pinata-cli upload --pinata-key @KEY@ --pinata-secret @SECRET@ ./dist\n",
			"req.Header.Set(\"pinata_secret_api_key\", \"@SECRET@\")\n",
			"config :uploader, pinata_api_key: \"@KEY@\", pinata_secret: \"@SECRET@\"\n",
			"\"x-pinata-gateway-token\": \"@GW@\"\n",
			"VITE_PINATA_PUBLIC=@KEY@\nVITE_PINATA_PRIVATE=@SECRET@\n",
			"[build.environment]\n  PINATA_PUB = \"@KEY@\"\n  PINATA_PRIV = \"@SECRET@\"\n",
			"\"apikey\": [\n  {\"key\": \"value\", \"value\": \"@KEY@\", \"type\": \"string\"},\n  {\"key\": \"key\", \"value\": \"pinata_api_key\", \"type\": \"string\"},\n  {\"key\": \"in\", \"value\": \"header\", \"type\": \"string\"}\n]\n",
		},
		False: []string{
			"PINATA_GROUP_ID=@HEX20@\n",
			"pinata_sha256=@HEX64@\n",
			"PINATA_API_KEY=YOUR_API_KEY\n",
			"PINATA_WALLET_PRIVATE_KEY_HASH=@HEX64@\n",
			"\"pinata-upload\": \"@HEX20@\",\n",
			"\"apikey\": [\n  {\"key\": \"value\", \"value\": \"@HEX20@\", \"type\": \"string\"},\n  {\"key\": \"key\", \"value\": \"x-sentry-key\", \"type\": \"string\"}\n]\n",
		},
		match: func(e *eval) (claim, bool) {
			if !e.hasName || !e.name.pinata || !e.role {
				return claim{}, false
			}
			return claim{rank: rankName, evidence: e.nameEvidence()}, true
		},
	},
	{
		ID:          "comment-after",
		Description: "a comment after the value on its line names it a Pinata credential",
		Kinds:       allHex,
		Evidence:    "the comment's words",
		Reach:       "the rest of the value's line",
		True: []string{
			"echo '@SECRET@' | base64 > /run/secrets/s   # pinata secret\n",
			"k = \"@KEY@\"  // pinata api key\n",
		},
		False: []string{
			"k = \"@KEY@\"  // build id\n",
			"GATEWAY_TOKEN=@TOK64@  # Cloudflare, not Pinata\n",
		},
		match: func(e *eval) (claim, bool) {
			pinata, _, cred, gw := e.commentSays()
			if !pinata || !(cred || e.role) || !e.strongFor64() && !cred {
				return claim{}, false
			}
			return claim{rank: rankComment, gateway: gw, evidence: e.sayQ("comment ", e.text(e.s.comment), "")}, true
		},
	},
	{
		ID:          "pinata-line",
		Description: "the value's line names Pinata (a curl to api.pinata.cloud, a Pinata call), and its name says credential",
		Kinds:       allHex,
		Evidence:    "a mention of Pinata on the line",
		Reach:       "the value's line (1 KiB either side on a long line)",
		True: []string{
			"curl https://api.pinata.cloud/data/testAuthentication -H \"x-api-key: @KEY@\"\n",
			"pinata,api_key,@KEY@\n",
			"ipfs-pin -p pinata -k @KEY@ -s @SECRET@ ./build\n",
		},
		False: []string{
			"curl https://api.example.org -H \"x-api-key: @HEX20@\"\n",
			"pinata upload ok, request_id @HEX20@\n",
			"ipfs-pin -p pinata -k @HEX20@ ./build\n",
		},
		match: func(e *eval) (claim, bool) {
			if !e.credentialRole() || !e.strongFor64() && !e.name.secret {
				return claim{}, false
			}
			if yes, _ := e.mentionsOnLine(); yes {
				return claim{rank: rankLine, evidence: "Pinata named on its line"}, true
			}
			return claim{}, false
		},
	},
	{
		ID:          "sdk-positional",
		Description: "an argument of a call whose callee names Pinata: a constructor or client function, however the call is wrapped",
		Kinds:       allHex,
		Evidence:    "the qualified callee (pinata.New, Pinata::new, new pinataSDK) and the value's shape",
		Reach:       "the call's arguments",
		True: []string{
			"const pinata = new pinataSDK('@KEY@', '@SECRET@');\n",
			"c := pinata.New(url, \"\", \"@KEY@\", \"@SECRET@\")\n",
			"let client = Pinata::new(\n    \"@KEY@\",\n    \"@SECRET@\",\n);\n",
			"client = PinataPy(\n    \"@KEY@\",\n    \"@SECRET@\",\n)\n",
			"const keys = await pinata.keys.revoke([\"@KEY@\"]);\n",
			"defmodule Drop.Storage do\n  alias Drop.Pinata.Client\n\n  def client, do: Client.new(\"@KEY@\", \"@SECRET@\")\nend\n",
			"import pin \"github.com/example/pinata-go\"\n\nc := pin.New(\"@KEY@\", \"@SECRET@\")\n",
		},
		False: []string{
			"const h = sha256Pinata.digest('@HEX64@');\n",
			"c := other.New(url, \"@HEX20@\")\n",
			"import pinata from './pinata'\nconst id = other(\"@HEX20@\")\n",
		},
		match: func(e *eval) (claim, bool) {
			callee, ok := e.callee()
			if !ok || e.hasName && e.s.via != viaArg || !e.calleeNamesPinata(callee) {
				return claim{}, false
			}
			n := analyseName(callee)
			if n.negative != "" {
				return claim{}, false
			}
			return claim{rank: rankCall, evidence: e.sayArg(callee)}, true
		},
	},
	{
		ID:          "endpoint-helper",
		Description: "an argument of a function named after a Pinata API endpoint (pinFileToIPFS(key, secret, file))",
		Kinds:       allHex,
		Evidence:    "the callee's name, one of Pinata's endpoint names",
		Reach:       "the call's arguments",
		True: []string{
			"await pinFileToIPFS('@KEY@', '@SECRET@', file)\n",
			"# uploads go to pinata\n\nres = pin_json_to_ipfs(\n    \"@KEY@\",\n    \"@SECRET@\",\n    body,\n)\n",
			"# upload script (pinata)\npin_file_to_ipfs \"@KEY@\" \"@SECRET@\" build/site.tar.gz\n",
		},
		False: []string{
			"await uploadFile('@HEX20@', '@HEX64@', file)\n",
			"unpinAll('@HEX64@')\n",
			"# upload script (pinata)\nupload_file \"@HEX20@\" \"@HEX64@\" build/site.tar.gz\n",
		},
		match: func(e *eval) (claim, bool) {
			callee, ok := e.callee()
			if !ok || e.hasName && e.s.via != viaArg || !endpointNames[joinAlnum(lastComponent(callee))] {
				return claim{}, false
			}
			return claim{rank: rankCall, evidence: e.sayArg(callee)}, true
		},
	},
	{
		ID:          "credential-store",
		Description: "a value stored in a credential store under a service that names Pinata (keyring, keytar, Keychain)",
		Kinds:       allHex,
		Evidence:    "a Pinata service name among the call's earlier arguments, and a callee that stores credentials",
		Reach:       "the call's arguments",
		True: []string{
			"keyring.set_password(\"pinata-python-sdk\", \"api_secret\", \"@SECRET@\")\n",
			"await keytar.setPassword('@pinata/sdk', 'default', '@KEY@')\n",
			"SERVICE = \"pinatapy\"\n\nkeyring.set_password(SERVICE, \"api_key\", \"@KEY@\")\n",
			"security add-generic-password -U -s \"pinata-web3\" -a \"api_secret\" -w \"@SECRET@\"\n",
			"Entry::new(\"pinata-sdk\", &format!(\"{user}-api-key\"))?\n    .set_password(\"@KEY@\")?;\n",
		},
		False: []string{
			"cache.set(\"pinata-pins\", \"@HEX64@\")\n",
			"keyring.set_password(\"github\", \"token\", \"@HEX64@\")\n",
			"SERVICE = \"github\"\n\nkeyring.set_password(SERVICE, \"token\", \"@HEX64@\")\n",
			"security add-generic-password -s \"AC_PASSWORD\" -a \"release\" -w \"@HEX64@\"\n",
		},
		match: func(e *eval) (claim, bool) {
			callee, ok := e.callee()
			if !ok || e.calleeNamesPinata(callee) || !e.mentionsInCall() {
				return claim{}, false
			}
			cj := joinAlnum(callee)
			if e.s.command[1] > e.s.command[0] {
				cj = joinAlnum(e.b[e.s.command[0]:e.s.pos]) // the command and its flags
			}
			store := false
			for _, w := range storeWords {
				if strings.Contains(cj, w) {
					store = true
				}
			}
			if !store && !e.role {
				return claim{}, false
			}
			return claim{rank: rankStore, evidence: e.sayQ("stored by ", callee, " under a Pinata service")}, true
		},
	},
	{
		ID:          "used-as",
		Description: "a variable whose value is later sent under a Pinata credential's name",
		Kinds:       allHex,
		Evidence:    "the later use: `'pinata_api_key': apiKey`, `\"pinata_secret_api_key: \" . $secret`",
		Reach:       "the window (1 MiB)",
		True: []string{
			"$apiKey = '@KEY@';\n$headers = ['pinata_api_key: ' . $apiKey];\n",
			"gw_token = \"@GW@\"\nurl = f\"https://x.example/ipfs/{cid}?pinataGatewayToken={gw_token}\"\n",
			"import pinataSDK from \"@pinata/sdk\";\n\nconst args = [\"@KEY@\", \"@SECRET@\"];\nexport const pinata = new pinataSDK(...args);\n",
		},
		False: []string{
			"$apiKey = '@HEX20@';\n$headers = ['x-api-key: ' . $apiKey];\n",
			"token = \"@TOK64@\"\nprint(token)\n",
			"import pinataSDK from \"@pinata/sdk\";\n\nconst args = [\"@HEX20@\", \"@HEX64@\"];\nconsole.log(...args);\n",
		},
		match: func(e *eval) (claim, bool) {
			if callee, ok := e.spreadInto(); ok {
				return claim{rank: rankUsedAs, evidence: e.sayQ("spread into ", callee, "")}, true
			}
			use, ok := e.usedAs()
			if !ok {
				return claim{}, false
			}
			return claim{rank: rankUsedAs, gateway: containsFold(use, "gateway"), evidence: e.sayQ("used as ", use, "")}, true
		},
	},
	{
		ID:          "section",
		Description: "an enclosing key, section, block, class or call names Pinata (pinata:, [pinata], \"pinata\": {, PINATA = {, class PinataService, Pinata.configure do), however deep",
		Kinds:       allHex,
		Evidence:    "the names of the scopes that enclose the value, read by indentation, brackets and [section] lines",
		Reach:       "the enclosing structure, up to 16 levels",
		True: []string{
			"pinata:\n  api_key: @KEY@\n  secret: @SECRET@\n",
			"[pinata]\napi_key = \"@KEY@\"\n",
			"storage:\n  pinata:\n    prod:\n      credentials:\n        secret: @SECRET@\n",
			"{\"pinata\":{\"apiKey\":\"@KEY@\"}}\n",
			"class PinataService\n  API_SECRET = '@SECRET@'.freeze\nend\n",
			"config :archive,\n  storage: [\n    pinata: [\n      api: \"@KEY@\",\n      secret: \"@SECRET@\"\n    ]\n  ]\n",
		},
		False: []string{
			"pinata:\n  request_id: @HEX20@\n",
			"pinata:\n  enabled: true\nsentry:\n  key: @HEX20@\n",
			"pinata:\n  build: @HEX20@\n",
		},
		match: func(e *eval) (claim, bool) {
			if !e.credentialRole() {
				return claim{}, false
			}
			for d := 0; d < e.s.nchain; d++ {
				sc := &e.r.scopes[e.s.chain[d]]
				if sc.name[1] > sc.name[0] && containsFold(e.text(sc.name), "pinata") {
					return claim{rank: rankSection + d, evidence: e.sayQ("inside ", e.text(sc.name), "")}, true
				}
			}
			return claim{}, false
		},
	},
	{
		ID:          "sibling",
		Description: "a field of the value's object, or of an object around it, names Pinata ({\"provider\": \"pinata\", \"apiKey\": …}, a gateway domain beside a token)",
		Kinds:       allHex,
		Evidence:    "Pinata named in another field's name or value, not as a child's key",
		Reach:       "the objects enclosing the value, each in the paragraph that holds the value",
		True: []string{
			"{\"provider\": \"pinata\", \"apiKey\": \"@KEY@\", \"apiSecret\": \"@SECRET@\"}\n",
			"[storage]\nprovider = \"pinata\"\nsecret = \"@SECRET@\"\n",
			"[gateway]\nhost = lavender-gentle-primate-223.mypinata.cloud\ntoken = @GW@\n",
			"service,environment,key,secret\npinata,production,@KEY@,@SECRET@\n",
		},
		False: []string{
			"{\"provider\": \"s3\", \"apiKey\": \"@HEX20@\"}\n",
			"{\"pinata\": {\"enabled\": true}, \"analytics\": {\"key\": \"@HEX20@\"}}\n",
			"service,environment,key,secret\npinata,production,x,y\npusher,production,@HEX20@,@HEX64@\n",
		},
		match: func(e *eval) (claim, bool) {
			if !e.credentialRole() {
				return claim{}, false
			}
			for d := 0; d < e.s.nchain; d++ {
				if p, _ := e.factsAt(d); p {
					return claim{rank: rankSibling + d, evidence: "a field beside it names Pinata"}, true
				}
				if e.r.isTopic(&e.r.scopes[e.s.chain[d]]) {
					break // fields outside a key of another topic are not its siblings
				}
			}
			return claim{}, false
		},
	},
	{
		ID:          "heading",
		Description: "a section-header comment, Markdown heading or title line naming Pinata covers the value's line, however far below",
		Kinds:       allHex,
		Evidence:    "the nearest heading above the value in its scope or an enclosing one",
		Reach:       "until the next heading, or the end of the scope the heading stands in",
		True: []string{
			"# Pinata\nAPI_KEY=@KEY@\nAPI_SECRET=@SECRET@\n",
			"## Pinata\n\nSome text.\n\nMore text about uploads.\n\n```\nGATEWAY_TOKEN=@GW@\n```\n",
			"// ---- pinata ----\nconst creds = [\"@KEY@\", \"@SECRET@\"]\n",
			"/*\n * Pinata keys for the drop\n *\n * key: @KEY@\n */\n",
		},
		False: []string{
			"# Pinata\nPINATA_JWT=see vault\n# Twilio\nAPI_KEY=@HEX20@\n",
			"# Pinata\nDEPLOY_SHA=@HEX64@\n",
			"# Pinata\nPINATA_GATEWAY=x\n# Alchemy Notify (webhooks)\nAPI_KEY=@HEX20@\n",
		},
		match: func(e *eval) (claim, bool) {
			if e.s.long || !e.credentialRole() || !e.strongFor64() {
				return claim{}, false
			}
			if p, _ := e.heading(); p {
				if e.pairRole {
					return claim{rank: rankHeading, evidence: "beside its other half under a Pinata heading"}, true
				}
				return claim{rank: rankHeading, evidence: e.sayN("under a Pinata heading (line ", int(e.r.headings[e.s.heading].line)+1, ")")}, true
			}
			return claim{}, false
		},
	},
	{
		ID:          "nearby",
		Description: "Pinata is named, or a Pinata JWT stands, a few lines away in the same paragraph; a 64-hex value only when named plainly a secret",
		Kinds:       allHex,
		Evidence:    "a mention of Pinata or a Pinata JWT",
		Reach:       "five lines above to two below, in the same paragraph and enclosing topic",
		True: []string{
			"metadata:\n  name: pinata-uploader\ndata:\n  api_key: @KEY@\n",
			"jwt: @JWT@\napi_secret: @SECRET@\n",
		},
		False: []string{
			"pinata upload ok\ntxHash: \"@HEX64@\"\n",
			"PINATA_JWT=see vault\n\nOPENSEA_API_KEY=@HEX20@\n",
		},
		match: func(e *eval) (claim, bool) {
			if !e.credentialRole() || !e.strongFor64() {
				return claim{}, false
			}
			if m, ok := e.nearby(); ok {
				rank := rankNearby
				if s := e.s; s.heading >= 0 && m.line > e.r.headings[s.heading].line && m.line <= s.line {
					// Below the heading that covers the value, the mention
					// is nearer than the heading.
					rank = rankHeading - 1
				}
				return claim{rank: rank, evidence: e.sayN("Pinata named on line ", int(m.line)+1, "")}, true
			}
			return claim{}, false
		},
	},
	{
		ID:          "copy-block",
		Description: "the block the Pinata dashboard copies: API Key: and API Secret: (and JWT:) on neighbouring lines",
		Kinds:       keySec,
		Evidence:    "the labels API Key and API Secret side by side",
		Reach:       "the same paragraph, three values either side",
		True: []string{
			"API Key: @KEY@\nAPI Secret: @SECRET@\nJWT: @JWT@\n",
			"/*\n * API Key: @KEY@\n * API Secret: @SECRET@\n */\n",
		},
		False: []string{
			"Cloudinary\nAPI Key: @HEX20@\nAPI Secret: @HEX64@\n",
			"API Key: @HEX20@\n",
		},
		match: func(e *eval) (claim, bool) {
			if e.s.long || !e.hasName {
				return claim{}, false
			}
			var want string
			// The dashboard's labels, with their space: "API Key", "API Secret".
			label := func(o *site) string {
				if o.prefix[1] <= o.prefix[0] {
					return ""
				}
				return joinAlnum(e.text(o.prefix)) + " " + joinAlnum(e.text(o.name))
			}
			switch {
			case label(e.s) == "api key" && e.s.sh == shapeHex20:
				want = "api secret"
			case label(e.s) == "api secret" && e.s.sh == shapeHex64:
				want = "api key"
			default:
				return claim{}, false
			}
			if e.counterpart(func(o *site) bool { return label(o) == want }) {
				return claim{rank: rankCopyBlock, evidence: "a dashboard copy block"}, true
			}
			return claim{}, false
		},
	},
	{
		ID:          "key-pair",
		Description: "a key named plainly beside a secret named plainly (API_KEY and API_SECRET), the shape of a Pinata key, in text that names Pinata",
		Kinds:       keySec,
		Evidence:    "the pair's names and shapes, and a mention of Pinata anywhere in the window",
		Reach:       "the same paragraph, three values and ten lines either side",
		True: []string{
			"PINATA_GATEWAY=x.mypinata.cloud\n\n# storage\nAPI_KEY=@KEY@\nAPI_SECRET=@SECRET@\n",
			"uses: pinata\n\n[creds]\nkey = \"@KEY@\"\nsecret = \"@SECRET@\"\n",
			"# uses pinata\n\nservices:\n  renderer:\n    environment:\n      - NODE_ENV=production\n      - API_KEY=@KEY@\n      - API_SECRET=@SECRET@\n",
		},
		False: []string{
			"PINATA_GATEWAY=x.mypinata.cloud\n\nAPI_KEY=@HEX20@\nSECRET_KEY=@HEX64@\n",
			"API_KEY=@HEX20@\nAPI_SECRET=@HEX64@\n",
		},
		match: func(e *eval) (claim, bool) {
			if e.keyPair() && e.windowMentions() {
				return claim{rank: rankPair, evidence: "a key beside its secret"}, true
			}
			return claim{}, false
		},
	},
	projectRule,

	// Rules that stop a value.
	{
		ID:          "placeholder",
		Description: "an example value: template words (YOUR_…, xxxx, <…>), one character or a short pattern repeated, counting sequences",
		Evidence:    "the value itself",
		Reach:       "the value",
		True:        []string{"PINATA_API_KEY=0123456789abcdef0123\n", "PINATA_SECRET_API_KEY=0000000000000000000000000000000000000000000000000000000000000000\n"},
		False:       []string{"PINATA_API_KEY=@KEY@\n", "PINATA_SECRET_API_KEY=@SECRET@\n"},
	},
	{
		ID:          "glued",
		Description: "a value glued to a path, file name or package (/ipfs/<hash>, main.<hash>.js, pkg@<hash>)",
		Evidence:    "the characters touching the value",
		Reach:       "one character either side",
		True:        []string{"# pinata\nhttps://gateway.pinata.cloud/ipfs/@HEX64@\n", "<script src=\"/js/main.@HEX20@.js\"></script> <!-- pinata -->\n"},
		False:       []string{"PINATA_API_KEY=@KEY@\n", "pinata_secret: \"@SECRET@\"\n"},
	},
	{
		ID:          "checksum",
		Description: "a checksum listing (SHA256 (file) = …, <hash>  file.tgz) or a value named by a file name",
		Evidence:    "the start of the line, or a name with a file extension",
		Reach:       "the value's line",
		True:        []string{"SHA256 (pinata-cli.tgz) = @HEX64@\n", "pinata-cli.tgz: @HEX64@\n"},
		False:       []string{"PINATA_SECRET=@SECRET@\n", "# pinata\nsecret: @SECRET@\n"},
	},
	{
		ID:          "not-a-credential",
		Description: "the name says the value is something else: a hash, checksum, transaction, private key, address, id, or a secret that signs sessions, cookies or webhooks",
		Evidence:    "the words of the value's name (each word class in scanner/vocab.go gives its reason)",
		Reach:       "the value's name",
		True:        []string{"# pinata\nPRIVATE_KEY=@HEX64@\n", "# pinata\nSESSION_SECRET=@HEX64@\n", "pinata:\n  content_hash: @HEX64@\n"},
		False:       []string{"# pinata\nAPI_SECRET=@SECRET@\n", "pinata:\n  secret: @SECRET@\n"},
	},
	{
		ID:          "other-service",
		Description: "the value is attributed to another service nearer than to Pinata: its own name (TWILIO_API_KEY), a service field, an enclosing key, a heading, or a denial (\"not Pinata's\")",
		Evidence:    "the nearest attribution, Pinata's or another's",
		Reach:       "as the attributing rules",
		True: []string{
			"# Pinata\nPINATA_JWT=see vault\nTWILIO_API_KEY=@HEX20@\n",
			"# Storage (Pinata uploads, SendGrid notifications)\nSENDGRID_SECRET=@HEX64@\n",
			"PINATA_JWT=@JWT@\n# Stripe\nAPI_SECRET=@HEX64@\n",
			"# The gateway below is our Cloudflare one, not Pinata's\nGATEWAY_TOKEN=@TOK64@\n",
			"pinata_gateway: x.mypinata.cloud\ntwilio:\n  api_key: @HEX20@\n  api_secret: @HEX64@\n",
			"# Pinata\nPINATA_JWT=see vault\nAPI_KEY=@HEX20@       # pusher\n",
			"-- Pinata\nlocal PINATA_JWT = os.getenv(\"PINATA_JWT\")\nlocal api_key = \"@HEX20@\"; -- pusher\n",
			"// Storage goes through Pinata (see ./pinata.js).\n\n// Moralis Streams, copied from the dashboard:\n// API Key: @HEX20@\n// API Secret: @HEX64@\n",
			"pinning:\n  provider: pinata\nbackups:\n  provider: b2\n  credentials:\n    key: \"@HEX20@\"\n    secret: \"@HEX64@\"\n",
		},
		False: []string{
			"# Pinata\nAPI_KEY=@KEY@\n",
			"# Twilio\nTWILIO_SID=x\n# Pinata\nAPI_SECRET=@SECRET@\n",
			"## Pinata\n\nPut these two lines in `.env`:\n\n```\nKEY=@KEY@\nSECRET=@SECRET@\n```\n",
			// A comment marker inside a later token opens no comment: the
			// "--" of a random token, the "#" and "//" of a URL.
			"client = Pinata(api_key=\"@KEY@\", secret_api_key=\"@SECRET@\", gateway_token=\"XRUUqUIt6FN3FatFHc9Nut7mbO_z56K-OwfcwuynttyQ_--glEUCBxoMs5JgmWYA\")\n",
			"pinata.auth(key=\"@KEY@\", callback=\"hooks.example.net/#pusher\")\n",
		},
		match: func(e *eval) (claim, bool) {
			return e.otherClaim()
		},
	},
}

// otherClaim returns the nearest attribution of the value to someone
// other than Pinata.
func (e *eval) otherClaim() (claim, bool) {
	s := e.s
	if e.hasName && !e.name.pinata && len(e.name.specific) > 0 {
		return claim{other: true, rank: rankName, evidence: e.sayQ("its name ", e.text(s.name), " names "+e.name.specific[0])}, true
	}
	if pinata, denied, _, _ := e.commentSays(); denied {
		return claim{other: true, rank: rankComment, evidence: "a comment after it denies Pinata"}, true
	} else if !pinata && s.comment[1] > s.comment[0] {
		// `API_KEY=… # pusher`: a few words naming something else.
		c := commentText(e.text(s.comment))
		if namesOther(lineSays(c)) {
			return claim{other: true, rank: rankComment, evidence: e.sayQ("a comment after it names ", c, "")}, true
		}
	}
	if callee, ok := e.callee(); ok && !e.calleeNamesPinata(callee) && !e.mentionsInCall() {
		n := analyseName(callee)
		if len(n.specific) > 0 && !e.hasName && !endpointNames[joinAlnum(lastComponent(callee))] {
			return claim{other: true, rank: rankCall, evidence: e.sayQ("an argument of ", callee, "")}, true
		}
	}
	if s.cellOther[1] > s.cellOther[0] {
		return claim{other: true, rank: rankLine, evidence: e.sayQ("its row names ", e.text(s.cellOther), "")}, true
	}
	if yes, denied := e.mentionsOnLine(); denied && !yes {
		return claim{other: true, rank: rankLine, evidence: "its line denies Pinata"}, true
	}
	for d := 0; d < s.nchain; d++ {
		if _, o := e.factsAt(d); o {
			return claim{other: true, rank: rankSibling + d, evidence: "a field beside it names another service"}, true
		}
		if e.r.isTopic(&e.r.scopes[s.chain[d]]) {
			break
		}
	}
	// The key the value stands in, unnamed objects and list items aside:
	// `twilio:` / `  api_key:`. A topic farther out (a compose service's
	// name above `environment:`) shields it from headings and mentions
	// beyond it (site.behindTopic, topicLine) but makes no claim.
	for d := 0; d < s.nchain; d++ {
		sc := &e.r.scopes[s.chain[d]]
		if sc.name[1] <= sc.name[0] || sc.kind == scItem || sc.kind == scObject {
			continue
		}
		if e.r.isTopic(sc) {
			return claim{other: true, rank: rankTopic, evidence: e.sayQ("inside ", e.text(sc.name), "")}, true
		}
		break
	}
	if _, o := e.heading(); o && !e.mentionUnderHeading() {
		return claim{other: true, rank: rankHeading, evidence: e.sayN("under a heading naming another service (line ", int(e.r.headings[s.heading].line)+1, ")")}, true
	}
	return claim{}, false
}
