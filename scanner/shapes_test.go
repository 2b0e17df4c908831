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
