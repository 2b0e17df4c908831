package scanner_test

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/scanner"
)

// fill puts sample values into a table template: @KEY@, @SECRET@, @JWT@,
// @GW@, and the look-alikes @HEX20@, @HEX64@, @TOK64@, @OTHERJWT@.
func fill(tmpl string) string {
	tok, _, _ := testcred.JWT(testcred.JWTOptions{})
	other := testcred.Sign(jwt.MapClaims{"sub": "1234567890", "name": "John Doe", "iat": 1516239022})
	return strings.NewReplacer(
		"@KEY@", testcred.Key(), "@SECRET@", testcred.Secret(), "@JWT@", tok, "@GW@", testcred.GatewayToken(),
		"@HEX20@", testcred.Hex(20), "@HEX64@", testcred.Hex(64), "@TOK64@", testcred.GatewayToken(),
		"@OTHERJWT@", other,
	).Replace(tmpl)
}

func kinds(fs []scanner.Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Kind))
	}
	return strings.Join(out, ",")
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Positives, across languages and formats.
		{"env", "PINATA_API_KEY=@KEY@\nPINATA_SECRET_API_KEY=@SECRET@\nPINATA_JWT=@JWT@\n", "api-key,api-secret,jwt"},
		{"env prefixed quoted", "NEXT_PUBLIC_PINATA_API_KEY=\"@KEY@\"\nVITE_PINATA_SECRET='@SECRET@'\n", "api-key,api-secret"},
		{"export", "export PINATA_API_SECRET=@SECRET@\n", "api-secret"},
		{"js headers", "headers: {\n  pinata_api_key: '@KEY@',\n  pinata_secret_api_key: '@SECRET@',\n}\n", "api-key,api-secret"},
		{"bearer", "Authorization: `Bearer @JWT@`,\n", "jwt"},
		{"bearer lower", "curl -H 'authorization: bearer @JWT@' https://api.pinata.cloud/data/testAuthentication\n", "jwt"},
		{"python dict", "headers = {\"pinata_api_key\": \"@KEY@\", \"pinata_secret_api_key\": \"@SECRET@\"}\n", "api-key,api-secret"},
		{"curl", "curl -H \"pinata_api_key: @KEY@\" -H \"pinata_secret_api_key: @SECRET@\" https://api.pinata.cloud/\n", "api-key,api-secret"},
		{"go header", "req.Header.Set(\"pinata_api_key\", \"@KEY@\")\n", "api-key"},
		{"go split call", "req.Header.Set(\n\t\"pinata_secret_api_key\",\n\t\"@SECRET@\",\n)\n", "api-secret"},
		{"kotlin", ".addHeader(\"pinata_secret_api_key\", \"@SECRET@\")\n", "api-secret"},
		{"ruby", "request[\"pinata_api_key\"] = \"@KEY@\"\n", "api-key"},
		{"php", "'pinata_secret_api_key' => '@SECRET@',\n", "api-secret"},
		{"sdk options", "const pinata = new PinataSDK({ pinataApiKey: \"@KEY@\", pinataSecretApiKey: \"@SECRET@\" })\n", "api-key,api-secret"},
		{"sdk positional", "const pinata = new pinataSDK('@KEY@', '@SECRET@');\n", "api-key,api-secret"},
		{"yaml section", "pinata:\n  api_key: @KEY@\n  secret: @SECRET@\n", "api-key,api-secret"},
		{"toml section", "[pinata]\napi_key = \"@KEY@\"\napi_secret = \"@SECRET@\"\n", "api-key,api-secret"},
		{"json nested", "{\n  \"pinata\": {\n    \"apiKey\": \"@KEY@\",\n    \"apiSecret\": \"@SECRET@\"\n  }\n}\n", "api-key,api-secret"},
		{"dockerfile", "ENV PINATA_API_KEY @KEY@\nENV PINATA_SECRET_API_KEY=@SECRET@\n", "api-key,api-secret"},
		{"terraform", "variable \"pinata_secret\" {\n  type    = string\n  default = \"@SECRET@\"\n}\n", "api-secret"},
		{"k8s env", "env:\n  - name: PINATA_API_KEY\n    value: \"@KEY@\"\n", "api-key"},
		{"copy block", "// API Key: @KEY@\n// API Secret: @SECRET@\n// JWT: @JWT@\n", "api-key,api-secret,jwt"},
		{"env fallback", "const key = process.env.PINATA_API_KEY || \"@KEY@\";\n", "api-key"},
		{"near comment", "# Pinata\nAPI_KEY=@KEY@\nAPI_SECRET=@SECRET@\n", "api-key,api-secret"},
		{"gateway query", "https://lavender-gentle-primate-223.mypinata.cloud/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG?pinataGatewayToken=@GW@\n", "gateway-token"},
		{"gateway header", "\"x-pinata-gateway-token\": \"@GW@\"\n", "gateway-token"},
		{"gateway option", "pinataGatewayKey: \"@GW@\",\n", "gateway-token"},
		{"gateway env", "PINATA_GATEWAY_TOKEN=@GW@\n", "gateway-token"},
		{"json escaped", "\"source\": [\"PINATA_JWT = \\\"@JWT@\\\"\\n\", \"PINATA_API_KEY = \\\"@KEY@\\\"\\n\"]\n", "jwt,api-key"},
		{"percent", "body=pinata_api_key%3D@KEY@%26pinata_secret_api_key%3D@SECRET@\n", "api-key,api-secret"},
		{"far along a minified line", "/* pinata */var a=1;" + strings.Repeat("x=y;", 1000) + "secret:\"@HEX64@\"" + strings.Repeat("z=1;", 1000) + "\n", ""},
		{"minified", "var a=1;" + strings.Repeat("x=y;", 5000) + "headers:{pinata_api_key:\"@KEY@\"}" + strings.Repeat("z=1;", 5000) + "\n", "api-key"},

		{"ruby configure", "Pinata.configure do |c|\n  c.api_key = '@KEY@'\n  c.secret_api_key = '@SECRET@'\nend\n", "api-key,api-secret"},
		{"java final", "public class Cfg {\n  private static final String PINATA_API_KEY = \"@KEY@\";\n  private static final String PINATA_SECRET = \"@SECRET@\";\n}\n", "api-key,api-secret"},
		{"swift", "let pinataAPIKey = \"@KEY@\"\nlet pinataAPISecret = \"@SECRET@\"\n", "api-key,api-secret"},
		{"httpie", "http POST https://api.pinata.cloud/pinning/pinJSONToIPFS pinata_api_key:@KEY@ pinata_secret_api_key:@SECRET@\n", "api-key,api-secret"},
		{"query", "https://api.pinata.cloud/data/testAuthentication?pinata_api_key=@KEY@&pinata_secret_api_key=@SECRET@\n", "api-key,api-secret"},
		{"html entity", "<img src=\"https://x.mypinata.cloud/ipfs/Qm?a=1&amp;pinataGatewayToken=@GW@\">\n", "gateway-token"},
		{"compose list", "services:\n  app:\n    environment:\n      - PINATA_API_KEY=@KEY@\n      - PINATA_API_SECRET=@SECRET@\n", "api-key,api-secret"},
		{"helm", "pinata:\n  apiKey: \"@KEY@\"\n  apiSecret: \"@SECRET@\"\n  jwt: \"@JWT@\"\n", "api-key,api-secret,jwt"},
		{"kotlin const", "const val PINATA_JWT = \"@JWT@\"\n", "jwt"},
		{"gateway next public", "NEXT_PUBLIC_GATEWAY_URL=https://aqua-big-bird-77.mypinata.cloud\nNEXT_PUBLIC_GATEWAY_TOKEN=@GW@\n", "gateway-token"},
		{"python kwargs", "pinata = PinataPy(pinata_api_key=\"@KEY@\", pinata_secret_api_key=\"@SECRET@\")\n", "api-key,api-secret"},
		{"env with spaces", "PINATA_API_KEY = @KEY@\nPINATA_API_SECRET = @SECRET@\n", "api-key,api-secret"},
		{"powershell", "$env:PINATA_JWT = \"@JWT@\"\n$env:PINATA_API_KEY=\"@KEY@\"\n", "jwt,api-key"},
		{"markdown table", "| Name | Value |\n|---|---|\n| PINATA_API_KEY | @KEY@ |\n| PINATA_API_SECRET | @SECRET@ |\n", "api-key,api-secret"},
		{"yaml quoted key", "\"pinata_api_key\": '@KEY@'\n", "api-key"},
		// A random token may hold a placeholder mark's letters, never as a
		// word of its own (30 random tokens in 2,000,000 were dropped for it).
		{"gateway token holding YOUR", "PINATA_GATEWAY_TOKEN=lCIzUnSITE8FklipWWx6-55VxwO82LYOUR-IeaxeYGExa9aa24sWQH98HetXrh5u\n", "gateway-token"},
		{"gateway token holding XXXX", "VITE_APP_PINATA_GATEWAY_TOKEN = \"YzE7wUh2Y9eOxbEjoGg11VBjdUs1GWfXXXXnS-vevEJJ47Lf7AzYMlmmyWE5VtEx\"\n", "gateway-token"},
		{"gateway tokens holding mixed-case marks", "[pinata]\ngateway_token = 7T0fCH3TTZfXXXxCPYxAejvKjYBZIqBk8nIgnKvOA5rbLV6WeuoRxncwoVMpp8IF\n\n[pinata.backup]\ngateway_token = kYOUrXy70PUZUlg_KdCmRdE2zKd6QOSj17EQnMBeSnEqKzXBLi0nLeQhpvuh8RM3\n", "gateway-token,gateway-token"},

		// Negatives.
		{"placeholder", "PINATA_API_KEY=YOUR_API_KEY\nPINATA_JWT=<YOUR_JWT>\nPINATA_SECRET_API_KEY=xxxxxxxx\n", ""},
		{"placeholder gateway tokens", "PINATA_GATEWAY_TOKEN=YourPinataGatewayToken-copy-it-from-the-dashboard-AccessControls\nGATEWAY_TOKEN=Qh7_kP2m-xxxxxxxx-xxxxxxxx-xxxxxxxx-xxxxxxxx-xxxxxxxx-xxxxxxxx-9\n", ""},
		{"zeros", "PINATA_SECRET_API_KEY=0000000000000000000000000000000000000000000000000000000000000000\n", ""},
		{"sequential", "PINATA_API_KEY=0123456789abcdef0123\n", ""},
		{"interleaved", "PINATA_API_KEY=a1b2c3d4e5f6a7b8c9d0\n", ""},
		{"env refs", "key: process.env.PINATA_API_KEY,\njwt: ${{ secrets.PINATA_JWT }}\nos.Getenv(\"PINATA_JWT\")\n", ""},
		{"truncated jwt", "PINATA_JWT=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ...\n", ""},
		{"other jwt", "SUPABASE_ANON_KEY=@OTHERJWT@\nAuthorization: Bearer @OTHERJWT@\n", ""},
		{"eth private key", "PINATA_JWT_NOTE=see docs\nPRIVATE_KEY=@HEX64@\nWALLET_PRIVATE_KEY=0x@HEX64@\n", ""},
		{"tx hash near pinata", "pinata upload ok\ntxHash: \"0x@HEX64@\"\ntransactionHash: @HEX64@\n", ""},
		{"checksum", "@HEX64@  pinata-cli-linux-amd64.tar.gz\nsha256: @HEX64@ # pinata\n", ""},
		{"chunk hash", "<script src=\"/static/js/main.@HEX20@.js\"></script> <!-- pinata -->\n", ""},
		{"jwt secret near pinata", "PINATA_JWT=see-vault\nJWT_SECRET=@HEX64@\nSESSION_SECRET=@HEX64@\n", ""},
		{"flask secret beside a pinata key", "PINATA_API_KEY=@KEY@\nSECRET_KEY=@HEX64@\n", "api-key"},
		{"no pinata context", "API_KEY=@HEX20@\nSECRET=@HEX64@\n", ""},
		{"unnamed hex in pinata file", "pinata:\n  request_id: @HEX20@\n  content_hash: @HEX64@\n", ""},
		{"gateway without name", "pinata:\n  note: @TOK64@\n", ""},
		{"cid path", "https://gateway.pinata.cloud/ipfs/@HEX64@\n", ""},
		{"git sha", "pinata commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904\n", ""},
		{"test vector", "// pinata client tests\nvar want = \"@HEX64@\"\nexpected := \"@HEX20@\"\n", ""},
		{"docker digest", "image: pinata/uploader@sha256:@HEX64@\n", ""},
		{"etherscan", "# pinata + eth\nETH_TX=0x@HEX64@\nCONTRACT_ADDRESS=0x@HEX20@@HEX20@\n", ""},
		{"cid in pinata url", "https://gateway.pinata.cloud/ipfs/bafkrei@HEX20@@HEX20@\n", ""},
		{"session in pinata app", "# pinata uploader\nSESSION_SECRET=@HEX64@\nNEXTAUTH_SECRET=@HEX64@\nCOOKIE_KEY=@HEX20@\n", ""},
		{"github sha", "pinata v1.2.3 (commit @HEX20@@HEX20@)\n", ""},
		{"api key of other service near pinata", "# pinata\nPINATA_JWT=see vault\nOPENSEA_API_KEY=@HEX20@\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scanner.ScanBytes([]byte(fill(tt.text)))
			if k := kinds(got); k != tt.want {
				for _, f := range got {
					t.Logf("line %d: %s (%s)", f.Line, f.Kind, f.Rule)
				}
				t.Errorf("got kinds %q, want %q", k, tt.want)
			}
		})
	}
}

func TestFindingFields(t *testing.T) {
	exp := time.Now().Add(-time.Hour).Truncate(time.Second)
	tok, key, secret := testcred.JWT(testcred.JWTOptions{Email: "alice@example.org", ExpiresAt: exp, Reorder: true})
	text := "x\n  PINATA_JWT=" + tok + "\nPINATA_API_KEY=" + key + "\nPINATA_SECRET_API_KEY=" + secret + " # pinatascan:allow\n"
	got := scanner.ScanBytes([]byte(text))
	if len(got) != 3 {
		t.Fatalf("got %d findings, want 3", len(got))
	}
	j := got[0]
	if j.Kind != scanner.KindJWT || j.Line != 2 || j.Column != 14 || j.Offset != 15 || j.KeyID != key {
		t.Errorf("jwt finding: %+v", j)
	}
	if j.JWT == nil || j.JWT.Email != "alice@example.org" || !j.JWT.ExpiresAt.Equal(exp) || !j.JWT.Expired(time.Now()) {
		t.Errorf("jwt claims: %+v", j.JWT)
	}
	if got[2].KeyID != key || !got[2].Allowed || got[1].Allowed {
		t.Errorf("secret not linked to its key or allow marker misread: %+v", got[2])
	}
	if got[1].Fingerprint() == scanner.Fingerprint(scanner.KindAPIKey, testcred.Key()) {
		t.Error("fingerprints of different keys collide")
	}
}

func TestEncodedForms(t *testing.T) {
	tok, key, secret := testcred.JWT(testcred.JWTOptions{})
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	manifest := "apiVersion: v1\nkind: Secret\nmetadata:\n  name: pinata\ndata:\n" +
		"  PINATA_API_KEY: " + b64(key) + "\n" +
		"  PINATA_SECRET_API_KEY: " + b64(secret) + "\n" +
		"  PINATA_JWT: " + b64(tok) + "\n" +
		"  env: " + b64("PINATA_JWT="+tok+"\n") + "\n" +
		"  nested: " + b64(b64(tok)) + "\n"
	got := scanner.ScanBytes([]byte(manifest))
	want := []struct {
		kind scanner.Kind
		line int
	}{{scanner.KindAPIKey, 6}, {scanner.KindAPISecret, 7}, {scanner.KindJWT, 8}, {scanner.KindJWT, 9}, {scanner.KindJWT, 10}}
	if len(got) != len(want) {
		t.Fatalf("got %s, want %d findings", kinds(got), len(want))
	}
	for i, w := range want {
		if got[i].Kind != w.kind || got[i].Line != w.line || got[i].Encoding != "base64" {
			t.Errorf("finding %d: %s line %d encoding %q, want %s line %d base64", i, got[i].Kind, got[i].Line, got[i].Encoding, w.kind, w.line)
		}
	}
	if got[1].KeyID != key {
		t.Error("the secret was not linked to its key")
	}
}

// TestWindows puts credentials across the edges of the windows the input
// is read in, and checks that each is found once, on the right line.
func TestWindows(t *testing.T) {
	tok, _, _ := testcred.JWT(testcred.JWTOptions{})
	var b bytes.Buffer
	var lines []int
	line := 1
	for b.Len() < 5<<20 {
		filler := strings.Repeat("lorem ipsum dolor sit amet ", 1+line%50) + "\n"
		b.WriteString(filler)
		line++
		if line%4001 == 0 {
			b.WriteString("PINATA_JWT=" + tok + "\n")
			lines = append(lines, line)
			line++
		}
	}
	got := scanner.ScanBytes(b.Bytes())
	if len(got) != len(lines) {
		t.Fatalf("got %d findings, want %d", len(got), len(lines))
	}
	for i, f := range got {
		if f.Line != lines[i] || f.Column != 12 {
			t.Errorf("finding %d at %d:%d, want %d:12", i, f.Line, f.Column, lines[i])
		}
	}
}

func TestSingleHugeLine(t *testing.T) {
	tok, _, _ := testcred.JWT(testcred.JWTOptions{})
	var b bytes.Buffer
	for i := 0; b.Len() < 6<<20; i++ {
		b.WriteString("a=function(){return 1};")
		if i%50000 == 49999 {
			b.WriteString("jwt:\"" + tok + "\";")
		}
	}
	got := scanner.ScanBytes(b.Bytes())
	if len(got) == 0 {
		t.Fatal("no findings in a single-line bundle")
	}
	for _, f := range got {
		if f.Line != 1 || int64(f.Column-1) != f.Offset {
			t.Errorf("finding at %d:%d offset %d", f.Line, f.Column, f.Offset)
		}
	}
}

func TestUTF16(t *testing.T) {
	key := testcred.Key()
	text := "PINATA_API_KEY=" + key + "\r\n"
	for _, bigEndian := range []bool{false, true} {
		var b bytes.Buffer
		if bigEndian {
			b.Write([]byte{0xFE, 0xFF})
		} else {
			b.Write([]byte{0xFF, 0xFE})
		}
		for _, r := range text {
			if bigEndian {
				b.Write([]byte{0, byte(r)})
			} else {
				b.Write([]byte{byte(r), 0})
			}
		}
		if scanner.LooksBinary(b.Bytes()) {
			t.Error("UTF-16 text taken for binary")
		}
		got := scanner.ScanBytes(b.Bytes())
		if len(got) != 1 || got[0].Value != key {
			t.Errorf("bigEndian=%v: got %s", bigEndian, kinds(got))
		}
	}
}

func TestLooksBinary(t *testing.T) {
	if !scanner.LooksBinary([]byte("PNG\x00\x01")) || scanner.LooksBinary([]byte("plain text")) {
		t.Error("binary rule broken")
	}
}

func TestLink(t *testing.T) {
	tok, key, secret := testcred.JWT(testcred.JWTOptions{})
	a := scanner.ScanBytes([]byte("PINATA_JWT=" + tok + "\n"))
	b := scanner.ScanBytes([]byte("PINATA_SECRET_API_KEY=" + secret + "\n"))
	if b[0].KeyID != "" {
		t.Fatal("a lone secret has a key id before linking")
	}
	var l scanner.Linker
	l.Link(&b[0]) // not learnt yet
	if b[0].KeyID != "" {
		t.Fatal("a secret linked before its owner was learnt")
	}
	l.Learn(&a[0])
	l.Link(&b[0])
	if b[0].KeyID != key {
		t.Errorf("secret linked to %q, want %q", b[0].KeyID, key)
	}
}

// TestLinkInFileStreams: within a file, a secret takes the nearest key
// within ten lines, before or after it, and the owner of a JWT that
// embeds it, wherever in the file; findings still come out in order.
func TestLinkInFileStreams(t *testing.T) {
	tok, jwtKey, jwtSecret := testcred.JWT(testcred.JWTOptions{})
	k1, k2, s1 := testcred.Key(), testcred.Key(), testcred.Secret()
	var b strings.Builder
	b.WriteString("PINATA_SECRET_API_KEY=" + s1 + "\n")
	for range 3 {
		b.WriteString("filler = 1\n")
	}
	b.WriteString("PINATA_API_KEY=" + k1 + "\n") // 4 lines below the secret
	for range 20 {
		b.WriteString("filler = 1\n")
	}
	b.WriteString("PINATA_SECRET_API_KEY=" + jwtSecret + "\n")
	b.WriteString("PINATA_API_KEY=" + k2 + "\n") // beside the JWT's secret, but the JWT says whose it is
	b.WriteString("PINATA_JWT=" + tok + "\n")
	got := scanner.ScanBytes([]byte(b.String()))
	if len(got) != 5 {
		t.Fatalf("got %s", kinds(got))
	}
	for i := 1; i < len(got); i++ {
		if got[i].Offset <= got[i-1].Offset {
			t.Errorf("findings out of order: %d at %d after %d", i, got[i].Offset, got[i-1].Offset)
		}
	}
	if got[0].KeyID != k1 {
		t.Errorf("first secret linked to %q, want the key four lines below, %q", got[0].KeyID, k1)
	}
	if got[2].KeyID != jwtKey {
		t.Errorf("second secret linked to %q, want the JWT's key %q", got[2].KeyID, jwtKey)
	}
}

func TestJudge(t *testing.T) {
	tok, key, secret := testcred.JWT(testcred.JWTOptions{})
	tests := []struct {
		name, value string
		want        scanner.Kind
	}{
		{"Authorization", "Bearer " + tok, scanner.KindJWT},
		{"Authorization", "Bearer " + testcred.Sign(jwt.MapClaims{"sub": "x"}), ""},
		{"pinata_api_key", key, scanner.KindAPIKey},
		{"pinata_secret_api_key", secret, scanner.KindAPISecret},
		{"x-pinata-gateway-token", testcred.GatewayToken(), scanner.KindGatewayToken},
		{"pinataJWT", tok, scanner.KindJWT},
		{"X-Request-Id", testcred.Hex(64), ""},
		{"pinata_api_key", "YOUR_API_KEY", ""},
		{"pinata_api_key", base64.StdEncoding.EncodeToString([]byte(key)), scanner.KindAPIKey},
	}
	for _, tt := range tests {
		f, ok := scanner.Judge(scanner.Named{Path: []string{tt.name}, Value: tt.value})
		if ok != (tt.want != "") || f.Kind != tt.want {
			t.Errorf("Judge(%q, …) = %q, %v; want %q", tt.name, f.Kind, ok, tt.want)
		}
	}
}

// TestJudgeAsScanned: Judge, given the structure a syntax tree gives,
// reaches the verdict the scanner reaches on the same code as text: the
// same kind, by the same rule.
func TestJudgeAsScanned(t *testing.T) {
	key, secret, gw, hex20, hex64 := testcred.Key(), testcred.Secret(), testcred.GatewayToken(), testcred.Hex(20), testcred.Hex(64)
	tests := []struct {
		name  string
		named scanner.Named
		text  string // the same value in code; @V@ is the value judged
		want  scanner.Kind
		rule  string
	}{
		{"struct fields in a file naming Pinata",
			scanner.Named{Path: []string{"StorageConfig", "APIKey"}, Value: key, Siblings: []scanner.Sibling{{"APISecret", secret}}, Mentions: true},
			"import \"example.org/pinata-go\"\n\nvar c = StorageConfig{APIKey: \"@V@\", APISecret: \"" + secret + "\"}\n",
			scanner.KindAPIKey, "key-pair"},
		{"struct fields, the secret",
			scanner.Named{Path: []string{"StorageConfig", "APISecret"}, Value: secret, Siblings: []scanner.Sibling{{"APIKey", key}}, Mentions: true},
			"import \"example.org/pinata-go\"\n\nvar c = StorageConfig{APIKey: \"" + key + "\", APISecret: \"@V@\"}\n",
			scanner.KindAPISecret, "key-pair"},
		{"struct fields of another service",
			scanner.Named{Path: []string{"TwilioConfig", "APIKey"}, Value: hex20, Siblings: []scanner.Sibling{{"APISecret", hex64}}, Mentions: true},
			"import \"example.org/pinata-go\"\n\nvar c = TwilioConfig{APIKey: \"@V@\", APISecret: \"" + hex64 + "\"}\n",
			"", ""},
		{"struct fields in a Pinata project",
			scanner.Named{Path: []string{"Config", "Secret"}, Value: secret, Siblings: []scanner.Sibling{{"Key", key}}, Project: "go.mod (github.com/example/pinata-go)"},
			"var c = Config{Key: \"" + key + "\", Secret: \"@V@\"}\n",
			scanner.KindAPISecret, "project"},
		{"os.Setenv",
			scanner.Named{Path: []string{"os.Setenv", "PINATA_API_KEY"}, Value: key},
			"os.Setenv(\"PINATA_API_KEY\", \"@V@\")\n",
			scanner.KindAPIKey, "pinata-name"},
		{"os.Setenv of another name",
			scanner.Named{Path: []string{"os.Setenv", "SENTRY_KEY"}, Value: hex20, Mentions: true},
			"// pinata uploader\n\nos.Setenv(\"SENTRY_KEY\", \"@V@\")\n",
			"", ""},
		{"HTTP header",
			scanner.Named{Path: []string{"pinata_secret_api_key"}, Value: secret},
			"req.Header.Set(\"pinata_secret_api_key\", \"@V@\")\n",
			scanner.KindAPISecret, "pinata-name"},
		{"gateway header",
			scanner.Named{Path: []string{"x-pinata-gateway-token"}, Value: gw},
			"req.Header.Set(\"x-pinata-gateway-token\", \"@V@\")\n",
			scanner.KindGatewayToken, "pinata-name"},
		{"map key under a Pinata map",
			scanner.Named{Path: []string{"pinata", "secret"}, Value: secret},
			"var cfg = map[string]any{\"pinata\": map[string]string{\"secret\": \"@V@\"}}\n",
			scanner.KindAPISecret, "section"},
		{"map with a provider field",
			scanner.Named{Path: []string{"storage", "apiKey"}, Value: key, Siblings: []scanner.Sibling{{"provider", "pinata"}}},
			"storage := map[string]string{\"provider\": \"pinata\", \"apiKey\": \"@V@\"}\n",
			scanner.KindAPIKey, "sibling"},
		{"positional constructor argument",
			scanner.Named{Callee: "pinata.New", Arg: 2, Value: key},
			"c := pinata.New(url, \"\", \"@V@\", secret)\n",
			scanner.KindAPIKey, "sdk-positional"},
		{"positional argument of another call",
			scanner.Named{Callee: "stripe.New", Arg: 0, Value: hex20, Mentions: true},
			"// pinata\n\nc := stripe.New(\"@V@\")\n",
			"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ok := scanner.Judge(tt.named)
			if ok != (tt.want != "") || f.Kind != tt.want || ok && f.Rule != tt.rule {
				t.Errorf("Judge = %s by %s (%v); want %q by %q", f.Kind, f.Rule, ok, tt.want, tt.rule)
			}
			text := strings.ReplaceAll(tt.text, "@V@", tt.named.Value)
			var got *scanner.Finding
			err := scanner.ScanProject(strings.NewReader(text), scanner.Project{UsesPinata: tt.named.Project}, func(sf scanner.Finding) error {
				if sf.Value == tt.named.Value {
					got = &sf
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case got == nil && ok:
				t.Errorf("the scanner does not report the value in %q; Judge does (%s)", text, f.Rule)
			case got != nil && (!ok || got.Kind != f.Kind || got.Rule != f.Rule):
				t.Errorf("the scanner reports %s by %s in %q; Judge %s by %s", got.Kind, got.Rule, text, f.Kind, f.Rule)
			}
		})
	}
}

func TestParseJWTRejects(t *testing.T) {
	huge := testcred.Sign(jwt.MapClaims{"scopedKeyKey": testcred.Key(), "pad": strings.Repeat("a", 10<<20)})
	nested := testcred.Sign(jwt.MapClaims{"userInformation": deep(5000), "scopedKeyKey": "k", "scopedKeySecret": "s"})
	for name, tok := range map[string]string{
		"jwt.io sample": testcred.Sign(jwt.MapClaims{"sub": "1234567890", "name": "John Doe", "iat": 1516239022}),
		"malformed":     "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ!!!.abc",
		"bad json":      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + base64.RawURLEncoding.EncodeToString([]byte(`{"a":`)) + ".sig",
		"10MB payload":  huge,
		"deep claims":   nested,
	} {
		if _, err := scanner.ParseJWT(tok); err == nil {
			t.Errorf("%s: accepted as a Pinata JWT", name)
		}
	}
}

func deep(n int) any {
	var v any = "x"
	for i := 0; i < n; i++ {
		v = map[string]any{"a": v}
	}
	return v
}

func TestMask(t *testing.T) {
	secret := testcred.Secret()
	if m := scanner.Mask(secret); strings.Contains(m, secret[4:60]) || len(m) >= len(secret) {
		t.Errorf("Mask leaks: %s", m)
	}
	if m := scanner.MaskEmail("alice.smith@example.org"); strings.Contains(m, "alice") || strings.Contains(m, "example") {
		t.Errorf("MaskEmail leaks: %s", m)
	}
}
