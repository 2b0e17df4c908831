package scanner_test

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testcred"

	"github.com/pinatascan/pinatascan/scanner"
)

// TestDetectShapes: more places Pinata credentials are written, and look-alikes
// beside them, across languages and formats.
func TestDetectShapes(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"go struct literal", "import \"github.com/wealdtech/go-ipfs-provider-pinata\"\n\np := pinata.NewProvider(\n\tpinata.WithAPIKey(\"@KEY@\"),\n\tpinata.WithAPISecret(\"@SECRET@\"),\n)\n", "api-key,api-secret"},
		{"kotlin builder", "val client = PinataClient.Builder()\n    .apiKey(\"@KEY@\")\n    .secretApiKey(\"@SECRET@\")\n    .build()\n", "api-key,api-secret"},
		{"php array", "<?php\nreturn [\n    'pinata' => [\n        'key' => '@KEY@',\n        'secret' => '@SECRET@',\n    ],\n];\n", "api-key,api-secret"},
		{"python kwargs class", "from pinatapy import PinataPy\n\npinata = PinataPy(\"@KEY@\", \"@SECRET@\")\n", "api-key,api-secret"},
		{"rust struct", "let client = PinataApi::new(\"@KEY@\", \"@SECRET@\").unwrap();\n", "api-key,api-secret"},
		{"swift", "struct Pinata {\n    static let apiKey = \"@KEY@\"\n    static let apiSecret = \"@SECRET@\"\n}\n", "api-key,api-secret"},
		{"csharp", "public static class PinataConfig\n{\n    public const string ApiKey = \"@KEY@\";\n    public const string ApiSecret = \"@SECRET@\";\n}\n", "api-key,api-secret"},
		{"java properties", "# pinata\npinata.api-key=@KEY@\npinata.secret-api-key=@SECRET@\n", "api-key,api-secret"},
		{"ini section", "[ipfs]\nprovider = pinata\nkey = @KEY@\nsecret = @SECRET@\n", "api-key,api-secret"},
		{"gh actions env", "jobs:\n  pin:\n    runs-on: ubuntu-latest\n    env:\n      PINATA_API_KEY: @KEY@\n      PINATA_SECRET_API_KEY: @SECRET@\n", "api-key,api-secret"},
		{"gitlab vars", "variables:\n  PINATA_JWT: \"@JWT@\"\n", "jwt"},
		{"terraform tfvars", "pinata_api_key    = \"@KEY@\"\npinata_api_secret = \"@SECRET@\"\n", "api-key,api-secret"},
		{"md curl", "```sh\ncurl -X GET https://api.pinata.cloud/data/testAuthentication \\\n  -H 'pinata_api_key: @KEY@' \\\n  -H 'pinata_secret_api_key: @SECRET@'\n```\n", "api-key,api-secret"},
		{"notebook", "{\"cells\":[{\"source\":[\"import requests\\n\",\"headers = {\\\"pinata_api_key\\\": \\\"@KEY@\\\"}\\n\"]}]}\n", "api-key"},
		{"log line", "2024-01-01 INFO pinata upload key=@KEY@ secret=@SECRET@\n", "api-key,api-secret"},
		{"fallback ts", "const jwt = process.env.PINATA_JWT ?? \"@JWT@\";\nconst gw = process.env.GATEWAY_KEY ?? \"@GW@\"; // pinata gateway\n", "jwt,gateway-token"},
		{"gateway key sdk option", "const pinata = new PinataSDK({\n  pinataJwt: \"@JWT@\",\n  pinataGateway: \"x.mypinata.cloud\",\n  pinataGatewayKey: \"@GW@\",\n});\n", "jwt,gateway-token"},
		{"gateway under gateway section", "gateway:\n  domain: lavender-gentle-primate-223.mypinata.cloud\n  token: @GW@\n", "gateway-token"},
		{"docs setup", "## Pinata setup\n\n1. Create a key in the dashboard.\n2. Copy it here:\n\n```env\nAPI_KEY=@KEY@\nAPI_SECRET=@SECRET@\n```\n", "api-key,api-secret"},
		{"readme getting started", "# NFT minter (uses Pinata)\n\n## Getting started\n\n```\nAPI_KEY=@KEY@\nAPI_SECRET=@SECRET@\n```\n", "api-key,api-secret"},
		{"env under pinata comment with blank lines", "# --- Pinata ---\n\nKEY=@KEY@\n\nSECRET=@SECRET@\n", "api-key,api-secret"},
		{"yaml nested deep", "storage:\n  providers:\n    pinata:\n      auth:\n        key: @KEY@\n        secret: @SECRET@\n", "api-key,api-secret"},
		{"json provider", "{\"ipfs\": {\"provider\": \"pinata\", \"credentials\": {\"key\": \"@KEY@\", \"secret\": \"@SECRET@\"}}}\n", "api-key,api-secret"},
		{"setters", "import { PinataClient } from \"pinata-client\";\n\nconst c = new PinataClient();\nc.setApiKey(\"@KEY@\");\nc.setSecretApiKey(\"@SECRET@\");\n", "api-key,api-secret"},
		{"appsettings", "{\n  \"Pinata\": {\n    \"ApiKey\": \"@KEY@\",\n    \"ApiSecret\": \"@SECRET@\"\n  }\n}\n", "api-key,api-secret"},
		{"spring props gateway", "pinata.gateway-token=@GW@\n", "gateway-token"},
		{"k8s generic names", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: pinata-keys\ndata:\n  key: @B64KEY@\n  secret: @B64SECRET@\n", "api-key,api-secret"},
		{"md link gateway", "[image](https://x.mypinata.cloud/ipfs/bafy?pinataGatewayToken=@GW@)\n", "gateway-token"},
		{"python requests", "import requests\n\nr = requests.post(\"https://api.pinata.cloud/pinning/pinJSONToIPFS\", json=body, headers={\"pinata_api_key\": \"@KEY@\", \"pinata_secret_api_key\": \"@SECRET@\"})\n", "api-key,api-secret"},
		{"ruby net http", "req['pinata_api_key'] = '@KEY@'\nreq['pinata_secret_api_key'] = '@SECRET@'\n", "api-key,api-secret"},
		{"php curl", "curl_setopt($ch, CURLOPT_HTTPHEADER, [\n    'pinata_api_key: @KEY@',\n    'pinata_secret_api_key: @SECRET@',\n]);\n", "api-key,api-secret"},
		{"go headers", "req.Header.Add(\"pinata_api_key\", \"@KEY@\")\nreq.Header.Add(\"pinata_secret_api_key\", \"@SECRET@\")\n", "api-key,api-secret"},
		{"dotnet headers", "client.DefaultRequestHeaders.Add(\"pinata_api_key\", \"@KEY@\");\n", "api-key"},
		{"bash export", "export PINATA_API_KEY=\"@KEY@\"\nexport PINATA_API_SECRET=\"@SECRET@\"\n", "api-key,api-secret"},
		{"fish set", "set -x PINATA_JWT @JWT@\n", "jwt"},
		{"windows setx", "setx PINATA_API_KEY @KEY@\n", "api-key"},
		{"yaml gateway token unnamed prefix", "pinata:\n  gateway:\n    key: @GW@\n", "gateway-token"},
		// negatives
		{"neg pin hash", "{\"pinata_pin_hash\": \"@HEX64@\"}\n", ""},
		{"neg group id", "# pinata groups\nGROUP_ID=@HEX20@\n", ""},
		{"neg upload id", "pinata:\n  upload_id: @HEX20@\n", ""},
		{"neg etag", "pinata response etag: \"@HEX64@\"\n", ""},
		{"neg gh token", "# pinata deploy\nGH_TOKEN=@TOK64@\n", ""},
		// negatives
		{"neg stripe beside pinata", "PINATA_JWT=@JWT@\nSTRIPE_SECRET_KEY=@HEX64@\nSTRIPE_PUBLISHABLE_KEY=@HEX20@\n", "jwt"},
		{"neg alchemy after pinata", "# Pinata\nPINATA_JWT=@JWT@\n\n# Alchemy\nAPI_KEY=@HEX20@\n", "jwt"},
		{"neg package lock", "\"node_modules/@pinata/sdk\": {\n  \"version\": \"2.1.0\",\n  \"integrity\": \"sha512-@TOK64@\"\n}\n", ""},
		{"neg wallet", "# pinata + wallet\nWALLET_KEY=@HEX64@\nPRIVATE_KEY=0x@HEX64@\n", ""},
		{"neg infura", "# storage: pinata\nINFURA_PROJECT_ID=@HEX20@\nINFURA_PROJECT_SECRET=@HEX64@\n", ""},
		{"neg gateway cf", "pinata uploads, cloudflare serves\nCF_GATEWAY_TOKEN=@TOK64@\n", ""},
		{"neg readme usage", "## Pinata\n\n## Usage\n\nrun `npm start`\n", ""},
		{"neg commit hash", "pinata-sdk@@HEX20@\n", ""},
		{"neg test vector", "// pinata tests\nconst want = \"@HEX64@\";\n", ""},
		{"neg nonce", "pinata:\n  nonce: @HEX20@\n", ""},

		// A wrapper call's result is the value: the name it is given names it.
		{"wrapper in vite define", "export default defineConfig({\n  define: {\n    \"import.meta.env.VITE_PINATA_API_KEY\": JSON.stringify(\"@KEY@\"),\n    \"import.meta.env.VITE_PINATA_GATEWAY_KEY\": JSON.stringify(\"@GW@\"),\n  },\n});\n", "api-key,gateway-token"},
		{"wrapper decoded then used", "const k = atob(\"@B64KEY@\");\nconst s = atob(\"@B64SECRET@\");\nexport const h = { pinata_api_key: k, pinata_secret_api_key: s };\n", "api-key,api-secret"},
		{"neg wrapper commit", "// pinata build\ndefine: {\n  __COMMIT__: JSON.stringify(\"@HEX20@\"),\n  __BUILD_HASH__: JSON.stringify(\"@HEX64@\"),\n}\n", ""},
		{"neg wrapper other service", "// pinata build\ndefine: {\n  \"import.meta.env.VITE_SENTRY_KEY\": JSON.stringify(\"@HEX20@\"),\n}\n", ""},
		// R assigns with <-.
		{"r assignment", "library(httr)\n\npinata_key <- \"@KEY@\"\npinata_secret <- \"@SECRET@\"\n", "api-key,api-secret"},
		{"neg r assignment", "# pinata upload\nrelease_sha <- \"@HEX20@\"\nchecksum <- \"@HEX64@\"\n", ""},
		// An INSERT's column list names each position of its VALUES.
		{"sql insert columns", "INSERT INTO integrations (provider, name, value, sha256) VALUES ('pinata', 'api_key', '@KEY@', '@HEX64@');\n", "api-key"},
		{"neg sql insert digest", "INSERT INTO uploads (provider, cid, sha256) VALUES ('pinata', 'bafy', '@HEX64@');\n", ""},
		// A list holding the value alone is named by its key.
		{"yaml scalar list under header", "http_interactions:\n- request:\n    uri: https://api.pinata.cloud/data/testAuthentication\n    headers:\n      Pinata-Api-Key:\n      - @KEY@\n      Pinata-Secret-Api-Key:\n      - @SECRET@\n", "api-key,api-secret"},
		{"neg yaml scalar list etag", "- request:\n    uri: https://api.pinata.cloud/data/pinList\n  response:\n    headers:\n      Etag:\n      - \"@HEX64@\"\n      X-Request-Id:\n      - @HEX20@\n", ""},
		// An element's text is named by its name attribute.
		{"xml name attribute", "<resources>\n    <string name=\"pinata_gateway_key\" translatable=\"false\">@GW@</string>\n</resources>\n", "gateway-token"},
		{"neg xml name attribute", "<resources>\n    <string name=\"pinata_build_hash\" translatable=\"false\">@HEX64@</string>\n    <string name=\"commit\" translatable=\"false\">@HEX20@</string>\n</resources>\n", ""},
		// How a value is encoded says nothing of whose it is.
		{"encoding word in name", "{\n  \"provider\": \"pinata\",\n  \"gatewayKeyB64url\": \"@B64URLGW@\"\n}\n", "gateway-token"},
		{"neg encoding word digest", "{\n  \"provider\": \"pinata\",\n  \"manifestDigestB64\": \"@B64HEX64@\"\n}\n", ""},
		// A lower-case word before "key" with no separator is prose.
		{"prose label in a log", "env:\n  PINATA_JWT: ***\n[pin] using key @KEY@ / secret @SECRET@ (fallback config, PINATA_JWT unset)\n", "api-key,api-secret"},
		{"neg capitalised label of another service", "PINATA_JWT=see vault\nTwilio Key @HEX20@\n", ""},
		{"neg lower-case label of another service", "pinataGatewayToken=see vault\nThe Cloudflare cache purge key @TOK64@ was fine.\n", ""},

		// A Pinata name is sent with the first word after it, not with one
		// further on a minified line.
		{"minified headers", "let k=\"@KEY@\",l={headers:{pinata_api_key:k,pinata_secret_api_key:\"@SECRET@\"}};\n", "api-key,api-secret"},
		{"neg minified later word", "let s=\"@HEX20@\",l={headers:{pinata_secret_api_key:\"@SECRET@\"}};function a(){console.debug(\"build\",s)}\n", "api-secret"},
		// A type named for another service holds its settings; a name used
		// so in one type's body says nothing of another's.
		{"type named for pinata", "enum Pinata {\n    static let key = \"@KEY@\"\n    static let secret = \"@SECRET@\"\n}\n", "api-key,api-secret"},
		{"neg type named for another service", "// pinata is set up in Pinata.swift\nenum Analytics {\n    static let key = \"@HEX20@\"\n    static let secret = \"@HEX64@\"\n}\n", ""},
		{"used in the same class", "class Uploader:\n    def __init__(self, key=\"@KEY@\"):\n        self.h = {\"pinata_api_key\": key}\n", "api-key"},
		{"neg used in another class", "class Uploader:\n    def __init__(self, key):\n        self.h = {\"pinata_api_key\": key}\n\n\nclass Chain:\n    def __init__(self, key=\"@HEX64@\"):\n        self.key = key\n", ""},
		// Entries of a list that are objects of their own keep their names.
		{"yaml entry named pinata", "providers:\n  - name: pinata\n    key: @KEY@\n    secret: @SECRET@\n  - name: filebase\n    key: @HEX20@\n", "api-key,api-secret"},
		{"neg yaml entry named another service", "providers:\n  - name: pinata\n    enabled: true\n  - name: filebase\n    key: @HEX20@\n    secret: @HEX64@\n", ""},
		// A header names every cell; a key's id is the key.
		{"csv header owner column", "service,environment,owner,key_id,secret\npinata,prod,platform,@KEY@,@SECRET@\n", "api-key,api-secret"},
		{"neg csv header other service row", "service,environment,owner,key_id,secret\npusher,prod,platform,@HEX20@,@HEX64@\n", ""},
		{"key id names the key", "# pinata\nPINATA_KEY_ID=@KEY@\n", "api-key"},
		{"neg kms key id", "# pinata uploads\nkms_key_id: @HEX20@\n", ""},
		// Org blocks are fences; a mention below a heading is nearer than it.
		{"org source block", "** Cause\n   The app still used the old one:\n   #+begin_src\n   pinataGatewayToken=@GW@\n   #+end_src\n   New token (set in Vercel, pasted here too):\n   #+BEGIN_SRC\n   GATEWAY_KEY=@GW@\n   #+END_SRC\n", "gateway-token,gateway-token"},
		{"neg org other service block", "** Cache\n   #+begin_src\n   CLOUDFLARE_GATEWAY_TOKEN=@TOK64@\n   #+end_src\n", ""},
		// A shell default's dash is an operator.
		{"shell default", "PINATA_API_KEY=\"${PINATA_API_KEY:-@KEY@}\"\n", "api-key"},
		{"neg shell default", "# pinata upload\nBUILD_SHA=\"${BUILD_SHA:-@HEX20@}\"\n", ""},
		// A command's value flag is named by the word before it.
		{"value flag named by the argument before", "gh secret set PINATA_GATEWAY_KEY --body '@GW@'\n", "gateway-token"},
		{"neg value flag other name", "gh secret set PINATA_JWT --body \"$PINATA_JWT\"\ngh secret set DEPLOYER_KEY --body '@HEX64@'\n", ""},
		// A name right after the value in its call names it.
		{"swift header after value", "var request = URLRequest(url: URL(string: \"https://api.pinata.cloud/data/testAuthentication\")!)\nrequest.setValue(\"@KEY@\", forHTTPHeaderField: \"pinata_api_key\")\n[request setValue:@\"@SECRET@\" forHTTPHeaderField:@\"pinata_secret_api_key\"];\n", "api-key,api-secret"},
		{"neg swift other header", "// pinata upload\nrequest.setValue(\"@HEX20@\", forHTTPHeaderField: \"X-Client-Trace\")\n", ""},
		// A row's label names its first value; the next is that one's other half.
		{"sql tuple pair", "INSERT INTO `integrations` VALUES (1,'pinata','@KEY@','@SECRET@');\n", "api-key,api-secret"},
		// Headings: a lower-case later word of a capitalised heading is a
		// common noun; Pinata named between a heading and a value outweighs
		// the heading (a document titled with its project's name).
		{"sentence-case heading", "Uploads go to Pinata.\n\n## Upload script\n\n```\nKEY=@KEY@\nSECRET=@SECRET@\n```\n", "api-key,api-secret"},
		{"neg capitalised service heading", "Uploads go to Pinata.\n\n## Mixpanel events\n\n```\nKEY=@HEX20@\nSECRET=@HEX64@\n```\n", ""},
		{"neg heading that reads as a sentence names a service", "Uploads go to Pinata.\n\n## Upload to Mixpanel\n\n```\nKEY=@HEX20@\nSECRET=@HEX64@\n```\n", ""},
		{"document title then a pinata mention", "# Minter\n\nUses Pinata for IPFS uploads.\n\n## Upload script\n\nPut these in your shell:\n\n```\nexport API_KEY=@KEY@\nexport API_SECRET=@SECRET@\n```\n", "api-key,api-secret"},
		{"neg mention above another heading", "# Dapp\n\nWe moved from Pinata to web3.storage last year.\n\n## Analytics\n\nCopy the keys from the Mixpanel dashboard:\n\n```\nANALYTICS_KEY=@HEX20@\nANALYTICS_SECRET=@HEX64@\n```\n", ""},
		// A key and its secret pasted alone on two lines, under prose (a
		// sentence's last word names nothing on the next line).
		{"pasted pair under prose", "pinata creds for the demo (revoke after!)\n@KEY@\n@SECRET@\n", "api-key,api-secret"},
		{"neg pasted digests", "Pinata upload log\nsha256 of the two files:\n@HEX64@\n@HEX64@\n", ""},
		{"neg sql tuple other service", "INSERT INTO `integrations` VALUES (1,'pinata','see vault',''),(2,'pusher','@HEX20@','@HEX64@');\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scanner.ScanBytes([]byte(fillB64(fill(tt.text))))
			if k := kinds(got); k != tt.want {
				for _, f := range got {
					t.Logf("line %d: %s (%s: %s)", f.Line, f.Kind, f.Rule, f.Evidence)
				}
				t.Errorf("got %q want %q", k, tt.want)
			}
		})
	}
}

func fillB64(s string) string {
	return strings.NewReplacer("@B64KEY@", base64.StdEncoding.EncodeToString([]byte(testcred.Key())), "@B64SECRET@", base64.StdEncoding.EncodeToString([]byte(testcred.Secret())),
		"@B64URLGW@", base64.RawURLEncoding.EncodeToString([]byte(testcred.GatewayToken())), "@B64HEX64@", base64.StdEncoding.EncodeToString([]byte(testcred.Hex(64)))).Replace(s)
}
