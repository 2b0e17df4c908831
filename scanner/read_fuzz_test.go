package scanner

import (
	"testing"

	"github.com/pinatascan/pinatascan/internal/testcred"
)

// FuzzReader feeds the structure reader and the rules any text: they must
// not fail, must give one site per candidate with its spans inside the
// text, and must judge every site.
func FuzzReader(f *testing.F) {
	key, secret := testcred.Key(), testcred.Secret()
	for _, seed := range []string{
		"pinata:\n  api_key: " + key + "\n  secret: " + secret + "\n",
		"{\"provider\":\"pinata\",\"apiKey\":\"" + key + "\",\"x\":[1,{\"y\":(\"" + secret + "\"}]}\n",
		"# Pinata\n[storage]\nkey = \"" + key + "\"\n---\n- name: PINATA_API_KEY\n  value: " + key + "\n",
		"c := pinata.New(url, \"\",\n\t\"" + key + "\",\n\t\"" + secret + "\")\n",
		"id,url\n7,https://x.mypinata.cloud/ipfs/Qm?pinataGatewayToken=" + testcred.GatewayToken() + "\n",
		"INSERT INTO k (api_key, api_secret) VALUES ('" + key + "', '" + secret + "');\n",
		"<dict><key>PinataGatewayKey</key><string>" + testcred.GatewayToken() + "</string></dict>\n",
		"((((([[[[{{{{ pinata " + key + " }]]]) <a <b key=\"x\" value=\"" + key + "\">\n",
		"Pinata.configure do |c|\n  c.api_key = '" + key + "'\nend\n\"unterminated ' string " + secret + "\n",
		"| Name | Value |\n|---|---|\n| PINATA_API_KEY | " + key + " |\n",
		"COPY keys (name, value) FROM stdin;\npinata\t" + key + "\n\\.\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d := detector{project: Project{UsesPinata: "package.json (pinata)"}}
		jw, spans := findJWTs(b, 0, len(b), nil, nil)
		cands := d.findShaped(b, 0, len(b), spans, nil)
		cands, _ = d.findBase64(b, 0, len(b), spans, cands, nil)
		sortCands(cands)
		lines := &lineIndex{}
		lines.build(b)
		r := &reader{}
		sites := r.read(b, lines, cands, jw)
		if len(sites) != len(cands) {
			t.Fatalf("%d sites for %d candidates", len(sites), len(cands))
		}
		for i := range sites {
			s := &sites[i]
			for _, sp := range [][2]int32{s.name, s.prefix, s.comment} {
				if sp[0] < 0 || sp[1] < sp[0] || int(sp[1]) > len(b) {
					t.Fatalf("site %d: span %v outside %d bytes", i, sp, len(b))
				}
			}
			if s.nchain < 1 || s.nchain > maxChain {
				t.Fatalf("site %d: chain of %d", i, s.nchain)
			}
			for k := 0; k < s.nchain; k++ {
				if int(s.chain[k]) >= len(r.scopes) {
					t.Fatalf("site %d: scope %d of %d", i, s.chain[k], len(r.scopes))
				}
			}
			e := eval{d: &d, r: r, s: s, i: i, sites: sites, b: b}
			if v := e.judge(); v.kind != "" && v.rule == nil {
				t.Fatalf("site %d: a kind without a rule", i)
			}
		}
	})
}
