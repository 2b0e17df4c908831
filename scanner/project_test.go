package scanner_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/scanner"
)

const webSDK = "web/package.json (@pinata/sdk)"

// scanInProject scans text as a file of a project that uses Pinata (use),
// or of none ("").
func scanInProject(t *testing.T, text, use string) []scanner.Finding {
	t.Helper()
	var out []scanner.Finding
	err := scanner.ScanProject(strings.NewReader(text), scanner.Project{UsesPinata: use}, func(f scanner.Finding) error {
		out = append(out, f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestProjectRule: in a Pinata project, a plainly named key beside a
// plainly named secret is Pinata's; every case is also scanned outside a
// Pinata project, where none may be found (the files never say Pinata).
func TestProjectRule(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// Positives.
		{"env", "API_KEY=@KEY@\nAPI_SECRET=@SECRET@\n", "api-key,api-secret"},
		{"env, secret first, a line between", "API_SECRET=@SECRET@\nDEBUG=true\nAPI_KEY=@KEY@\n", "api-secret,api-key"},
		{"env with other settings", "PORT=3000\nDATABASE_URL=postgres://localhost/app\nAPI_KEY=@KEY@\nAPI_SECRET=@SECRET@\nLOG_LEVEL=debug\n", "api-key,api-secret"},
		{"quoted, exported", "export API_KEY=\"@KEY@\"\nexport API_SECRET='@SECRET@'\n", "api-key,api-secret"},
		{"framework prefix", "NEXT_PUBLIC_API_KEY=@KEY@\nNEXT_PUBLIC_API_SECRET=@SECRET@\n", "api-key,api-secret"},
		{"js object", "export const config = {\n  apiKey: '@KEY@',\n  apiSecret: '@SECRET@',\n};\n", "api-key,api-secret"},
		{"python", "API_KEY = \"@KEY@\"\nSECRET_API_KEY = \"@SECRET@\"\n", "api-key,api-secret"},
		{"yaml", "upload:\n  key: @KEY@\n  secret: @SECRET@\n", "api-key,api-secret"},
		{"json", "{\"api_key\": \"@KEY@\", \"api_secret\": \"@SECRET@\"}\n", "api-key,api-secret"},
		{"toml", "[default]\napi_key = \"@KEY@\"\napi_secret = \"@SECRET@\"\n", "api-key,api-secret"},
		{"go", "const (\n\tapiKey    = \"@KEY@\"\n\tapiSecret = \"@SECRET@\"\n)\n", "api-key,api-secret"},
		{"same qualifier", "IPFS_KEY=@KEY@\nIPFS_SECRET=@SECRET@\n", "api-key,api-secret"},
		{"same qualifier, api", "STORAGE_API_KEY=@KEY@\nSTORAGE_API_SECRET=@SECRET@\n", "api-key,api-secret"},
		{"plain key, secret api key", "API_KEY=@KEY@\nSECRET_API_KEY=@SECRET@\n", "api-key,api-secret"},

		// Negatives: not a pair, not plain names, not credentials.
		{"key alone", "API_KEY=@KEY@\n", ""},
		{"secret alone", "API_SECRET=@SECRET@\n", ""},
		{"too far apart", "API_KEY=@KEY@\nA=1\nB=2\nC=3\nAPI_SECRET=@SECRET@\n", ""},
		{"Flask SECRET_KEY", "API_KEY=@KEY@\nSECRET_KEY=@SECRET@\n", ""},
		{"Stripe", "API_KEY=@KEY@\nSTRIPE_SECRET=@SECRET@\n", ""},
		{"JWT secret", "API_KEY=@KEY@\nJWT_SECRET=@SECRET@\n", ""},
		{"client secret", "API_KEY=@KEY@\nCLIENT_SECRET=@SECRET@\n", ""},
		{"prefixed key", "ALCHEMY_API_KEY=@KEY@\nAPI_SECRET=@SECRET@\n", ""},
		{"different qualifiers", "IPFS_KEY=@KEY@\nAPP_SECRET=@SECRET@\n", ""},
		{"qualified secret only", "API_KEY=@KEY@\nIPFS_SECRET=@SECRET@\n", ""},
		{"another service's qualifier", "STRIPE_KEY=@KEY@\nSTRIPE_SECRET=@SECRET@\n", ""},
		{"a credential word as qualifier", "SECRET_KEY=@KEY@\nSECRET_SECRET=@SECRET@\n", ""},
		{"private key", "API_KEY=@KEY@\nPRIVATE_KEY=@SECRET@\n", ""},
		{"checksum", "key: @KEY@\nsha256: @SECRET@\n", ""},
		{"checksum line", "API_KEY=@KEY@\nSHA256 (secret.tgz) = @SECRET@\n", ""},
		{"wrong shapes", "API_KEY=@SECRET@\nAPI_SECRET=@KEY@\n", ""},
		{"placeholders", "API_KEY=0123456789abcdef0123\nAPI_SECRET=" + strings.Repeat("0", 64) + "\n", ""},
		{"another service's section", "twilio:\n  key: @KEY@\n  secret: @SECRET@\n", ""},
		{"another service's comment", "# Twilio\nAPI_KEY=@KEY@\nAPI_SECRET=@SECRET@\n", ""},
		{"a wallet's comment", "# wallet\nKEY=@KEY@\nSECRET=@SECRET@\n", ""},
		{"call arguments", "sign(@KEY@, secret(@SECRET@))\n", ""},
		{"minified", strings.Repeat("x", 2000) + " apiKey:\"@KEY@\",apiSecret:\"@SECRET@\"\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := fill(tt.text)
			got := scanInProject(t, text, webSDK)
			if k := kinds(got); k != tt.want {
				t.Fatalf("in a Pinata project: kinds = %q, want %q\n%s", k, tt.want, text)
			}
			for _, f := range got {
				if f.Rule != "project" || !strings.Contains(f.Evidence, webSDK) {
					t.Errorf("%s: rule %q (%s) does not cite the manifest", f.Kind, f.Rule, f.Evidence)
				}
				if f.Kind == scanner.KindAPISecret && f.KeyID == "" {
					t.Errorf("secret not linked to its key")
				}
			}
			if got := scanInProject(t, text, ""); len(got) > 0 {
				t.Errorf("without a Pinata project: found %q", kinds(got))
			}
		})
	}
}

// TestProjectRuleDefersToStrongerRules: where the file itself says Pinata,
// its own rule is cited, not the manifest.
func TestProjectRuleDefersToStrongerRules(t *testing.T) {
	text := fill("PINATA_API_KEY=@KEY@\nPINATA_API_SECRET=@SECRET@\n")
	got := scanInProject(t, text, webSDK)
	if kinds(got) != "api-key,api-secret" {
		t.Fatalf("kinds = %q", kinds(got))
	}
	for _, f := range got {
		if f.Rule == "project" {
			t.Errorf("rule %q: the file's own evidence should be cited", f.Rule)
		}
	}
}

// TestProjectRuleAcrossWindows: a pair that straddles the edge of a
// reading window is found once each, whatever side each half falls on.
func TestProjectRuleAcrossWindows(t *testing.T) {
	key, secret := testcred.Key(), testcred.Secret()
	pair := "API_KEY=" + key + "\nAPI_SECRET=" + secret + "\n"
	// The first window owns its first 1 MiB + 64 KiB (scan.go): the pair
	// moves across that edge, a few bytes at a time.
	const edge = 1<<20 + 64<<10
	line := "# padding line without credentials\n"
	filler := strings.Repeat(line, (edge-150)/len(line))
	for shift := 0; shift < 300; shift += 7 {
		text := filler + strings.Repeat("x", shift) + "\n" + pair + "end\n"
		got := scanInProject(t, text, webSDK)
		if kinds(got) != "api-key,api-secret" {
			t.Fatalf("shift %d: kinds = %q", shift, kinds(got))
		}
	}
}

// TestProjectRuleHostile: lines that all say "secret", short or long, with
// or without values, must cost the rule no more than a pass over each line
// and its neighbours (a quadratic rule would not finish here).
func TestProjectRuleHostile(t *testing.T) {
	for _, line := range []string{
		"secret=" + strings.Repeat("a", 64) + " key=" + strings.Repeat("b", 20) + "\n",
		"SECRET SECRET SECRET\n",
		strings.Repeat("secret ", 150) + "\n",
		strings.Repeat("secret", 1<<16),
	} {
		text := strings.Repeat(line, (4<<20)/len(line))
		var buf bytes.Buffer
		buf.WriteString(text)
		_ = scanInProject(t, buf.String(), webSDK)
	}
}

// TestProjectPending: a file scanned before its project is known carries
// the project rule's findings as pending, and they resolve to the same
// finding a known project gives; the others are never pending (a JWT, a
// pair in a file that holds a Pinata JWT, which is its own evidence).
func TestProjectPending(t *testing.T) {
	for _, tt := range []struct {
		text    string
		pending string // of each finding in order: p pending, - not
	}{
		{"API_KEY=@KEY@\nAPI_SECRET=@SECRET@\n", "pp"},
		{"API_KEY=@KEY@\nAPI_SECRET=@SECRET@\n\nTOKEN=@JWT@\n", "---"},
	} {
		text := fill(tt.text)
		var pending []scanner.Finding
		if err := scanner.ScanProject(strings.NewReader(text), scanner.ProjectPending, func(f scanner.Finding) error {
			pending = append(pending, f)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		known := scanInProject(t, text, webSDK)
		if len(pending) != len(known) || len(known) != len(tt.pending) {
			t.Fatalf("pending %q, known %q", kinds(pending), kinds(known))
		}
		for i, f := range pending {
			if want := tt.pending[i] == 'p'; f.ProjectPending() != want {
				t.Errorf("%s: ProjectPending() = %v, want %v", f.Kind, f.ProjectPending(), want)
			}
			f.ResolveProject(webSDK)
			if f.Rule != known[i].Rule || f.Evidence != known[i].Evidence || f.ProjectPending() {
				t.Errorf("%s: resolved %s (%s), want %s (%s)", f.Kind, f.Rule, f.Evidence, known[i].Rule, known[i].Evidence)
			}
		}
	}
}

// FuzzScanProject: in a Pinata project the scan finds everything it finds
// elsewhere, and what only the project rule finds cites the manifest.
func FuzzScanProject(f *testing.F) {
	for _, seed := range []string{
		"API_KEY=@KEY@\nAPI_SECRET=@SECRET@\n",
		"# Twilio\nAPI_KEY=@KEY@\nAPI_SECRET=@SECRET@\n",
		"IPFS_KEY=@KEY@\nIPFS_SECRET=@SECRET@\nPINATA_JWT=@JWT@\n",
		"upload:\n  key: @KEY@\n  secret: @SECRET@\n",
		"secret secret SECRET\n",
	} {
		f.Add([]byte(fill(seed)))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		type pos struct {
			kind   scanner.Kind
			offset int64
		}
		plain := map[pos]bool{}
		for _, fd := range scanInProject(t, string(data), "") {
			plain[pos{fd.Kind, fd.Offset}] = true
		}
		for _, fd := range scanInProject(t, string(data), webSDK) {
			p := pos{fd.Kind, fd.Offset}
			if !plain[p] && (fd.Rule != "project" || !strings.HasSuffix(fd.Evidence, webSDK)) {
				t.Fatalf("found only in a project, without citing it: %+v", fd)
			}
			delete(plain, p)
		}
		if len(plain) > 0 {
			t.Fatalf("lost in a project: %v", plain)
		}
	})
}

// BenchmarkScanInProject is BenchmarkScanPlain's text as a file of a
// Pinata project: the cost of the project rule's search on text that
// holds nothing for it, and on text full of lines that say "secret".
func BenchmarkScanInProject(b *testing.B) {
	for name, line := range map[string]string{
		"plain":   "func main() { fmt.Println(\"hello, world\") } // API key docs\n",
		"secrets": "func sign(secret []byte) { mac := hmac.New(sha256.New, secret) }\n",
	} {
		text := strings.Repeat(line, 20000)
		for _, use := range []string{"", webSDK} {
			b.Run(name+"/project="+map[bool]string{true: "pinata", false: "none"}[use != ""], func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					_ = scanner.ScanProject(strings.NewReader(text), scanner.Project{UsesPinata: use}, func(scanner.Finding) error { return nil })
				}
			})
		}
	}
}

func TestHex64Runs(t *testing.T) {
	h := testcred.Secret()
	for _, tt := range []struct {
		text string
		want []int
	}{
		{"", nil},
		{h, []int{0}},
		{"x=" + h, []int{2}},
		{"x=" + h + "\n" + h + " " + h, []int{2, 67, 132}},
		{h + "0", nil},               // 65 hex
		{h[:63], nil},                // 63
		{"_" + h, nil},               // part of a longer word
		{h + "G", nil},               // likewise
		{strings.ToUpper(h), nil},    // not lowercase
		{h[:32] + "-" + h[32:], nil}, // two halves
		{strings.Repeat("a", 40) + " " + h, []int{41}},
		{strings.Repeat("ab", 200), nil}, // hex, far too long
	} {
		for shift := 0; shift < 17; shift++ {
			text := strings.Repeat(" ", shift) + tt.text + "  "
			var got []int
			scanner.Hex64RunsForTest([]byte(text), 0, len(text), func(s int) bool {
				got = append(got, s-shift)
				return true
			})
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("shift %d, %.20q…: starts %v, want %v", shift, tt.text, got, tt.want)
			}
		}
	}
}
