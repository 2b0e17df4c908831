package scanner

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/golang-jwt/jwt/v5"

	"github.com/pinatascan/pinatascan/internal/testcred"
)

// examplePlaceholder is @KIND@ or @KIND:ID@; one ID is one key, so a
// JWT and a key sharing it embed the same values.
var examplePlaceholder = regexp.MustCompile(`@([A-Z0-9]+)(?::([a-z0-9]+))?@`)

// fillExample puts fresh synthetic values into a rule's example.
func fillExample(tmpl string) string {
	type piece struct{ key, secret, jwt string }
	pieces := map[string]*piece{}
	get := func(id string) *piece {
		p, ok := pieces[id]
		if !ok {
			p = &piece{key: testcred.Key(), secret: testcred.Secret()}
			p.jwt, _, _ = testcred.JWT(testcred.JWTOptions{Key: p.key, Secret: p.secret})
			pieces[id] = p
		}
		return p
	}
	n := 0
	return examplePlaceholder.ReplaceAllStringFunc(tmpl, func(m string) string {
		g := examplePlaceholder.FindStringSubmatch(m)
		id := g[2]
		if id == "" {
			n++
			id = "anon" + strings.Repeat("_", n)
		}
		switch g[1] {
		case "KEY":
			return get(id).key
		case "SECRET":
			return get(id).secret
		case "JWT":
			return get(id).jwt
		case "GW", "TOK64":
			return testcred.GatewayToken()
		case "HEX20":
			return testcred.Hex(20)
		case "HEX64":
			return testcred.Hex(64)
		case "OTHERJWT":
			return testcred.Sign(jwt.MapClaims{"sub": "1234567890", "name": "John Doe", "iat": 1516239022})
		}
		return m
	})
}

// exampleProject is the project the project rule's examples are scanned in.
var exampleProject = Project{UsesPinata: "web/package.json (@pinata/sdk)"}

// readSites finds the candidates in text and reads its structure, as the
// scanner does for one window; the caller returns r with putReader.
func readSites(text []byte, p Project) (*detector, *reader, []site) {
	d := &detector{project: p}
	var spans [][2]int
	jw, spans := findJWTs(text, 0, len(text), nil, spans)
	cands := d.findShaped(text, 0, len(text), spans, nil)
	cands, _ = d.findBase64(text, 0, len(text), spans, cands, nil)
	sortCands(cands)
	lines := &lineIndex{}
	lines.build(text)
	r := getReader()
	return d, r, r.read(text, lines, cands, jw)
}

// verdictsOf judges every candidate in text, as the scanner does.
func verdictsOf(text []byte, p Project) []verdict {
	d, r, sites := readSites(text, p)
	defer putReader(r)
	var out []verdict
	for i := range sites {
		e := eval{d: d, r: r, s: &sites[i], i: i, sites: sites, b: text}
		out = append(out, e.judge())
	}
	return out
}

func scanExample(text string, p Project) []Finding {
	var out []Finding
	_ = ScanProject(strings.NewReader(text), p, func(f Finding) error {
		out = append(out, f)
		return nil
	})
	return out
}

// TestRuleExamples runs every rule's examples: a rule lacking two of
// either kind fails, as does an example the rule does not decide as
// it says.
func TestRuleExamples(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules {
		t.Run(r.ID, func(t *testing.T) {
			if seen[r.ID] {
				t.Fatalf("rule id %s used twice", r.ID)
			}
			seen[r.ID] = true
			if r.Description == "" || r.Evidence == "" || r.Reach == "" {
				t.Error("a rule needs a description, its evidence and its reach")
			}
			if len(r.True) < 2 || len(r.False) < 2 {
				t.Fatalf("%d true and %d false examples; every rule needs at least 2 of each", len(r.True), len(r.False))
			}
			p := Project{}
			if r.ID == "project" {
				p = exampleProject
			}
			for _, ex := range r.True {
				text := fillExample(ex)
				if len(r.Kinds) == 0 {
					if !vetoedBy(text, p, r.ID) {
						t.Errorf("true example not stopped by %s:\n%s\n%s", r.ID, ex, explain([]byte(text), p))
					}
					continue
				}
				ok := false
				for _, f := range scanExample(text, p) {
					if f.Rule == r.ID {
						ok = true
						if !slices.Contains(r.Kinds, f.Kind) {
							t.Errorf("true example: %s yields %s, not one of its kinds %v", r.ID, f.Kind, r.Kinds)
						}
					}
				}
				if !ok {
					t.Errorf("true example not found by %s:\n%s\n%s", r.ID, ex, explain([]byte(text), p))
				}
			}
			for _, ex := range r.False {
				text := fillExample(ex)
				if len(r.Kinds) == 0 {
					if vetoedBy(text, p, r.ID) {
						t.Errorf("false example stopped by %s:\n%s\n%s", r.ID, ex, explain([]byte(text), p))
					}
					continue
				}
				for _, f := range scanExample(text, p) {
					if f.Rule == r.ID || f.Kind != KindJWT {
						t.Errorf("false example: %s reported by %s:\n%s\n%s", f.Kind, f.Rule, ex, explain([]byte(text), p))
					}
				}
			}
		})
	}
}

// TestRulesDocumented: docs/detection.md names every rule.
func TestRulesDocumented(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "docs", "detection.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range Rules {
		if !strings.Contains(string(doc), "| `"+r.ID+"` |") {
			t.Errorf("docs/detection.md does not list rule %s in its tables", r.ID)
		}
	}
}

func vetoedBy(text string, p Project, id string) bool {
	for _, v := range verdictsOf([]byte(text), p) {
		if v.vetoed != nil && v.vetoed.ID == id {
			return true
		}
	}
	return false
}
