package scanner

import (
	"bytes"
	"strings"
)

// Named is a value together with the names a syntax tree gives it: the
// path of names that encloses it and the other named values beside it.
// It is how callers that already know the structure (the pinatavet pass)
// ask the core for a verdict: the same rules judge it as judge text, on
// the structure the caller gives instead of the one the reader finds.
type Named struct {
	// Path holds the names enclosing the value, outermost first; the last
	// one names the value itself: {"pinata", "api_key"} (a key in a map
	// under "pinata"), {"StorageConfig", "APIKey"} (a struct field),
	// {"os.Setenv", "PINATA_API_KEY"} (a setter and the name it sets).
	// An HTTP header's name is a path of one. The enclosing names are read
	// as keys and types: one that names Pinata attributes the value to it,
	// one that names another topic (TwilioConfig) shields it.
	Path []string

	// Value is the candidate credential, perhaps after an auth scheme
	// ("Bearer …"), perhaps base64-encoded.
	Value string

	// Siblings are the other named values of the same object, struct
	// literal, map or call: a key beside its secret is evidence for both,
	// and a sibling naming Pinata ({"provider": "pinata"}) attributes the
	// object to it.
	Siblings []Sibling

	// Callee is the qualified function a positional argument is passed to
	// ("pinata.New", "Pinata::new"), with Arg its index from 0; "" otherwise.
	Callee string
	Arg    int

	// Mentions says the file names Pinata elsewhere (an import of a Pinata
	// package, a comment): the evidence a key beside its secret needs.
	Mentions bool

	// Project names the manifest that makes the value's project a Pinata
	// user, as Project.UsesPinata; "" when none is known.
	Project string
}

// Sibling is one named value beside the one being judged.
type Sibling struct {
	Name  string
	Value string
}

// Judge reports whether n.Value is a Pinata credential, by the rules the
// scanner applies to text. Position fields of the finding are zero.
func Judge(n Named) (Finding, bool) {
	if len(n.Value) > maxBase64Len {
		return Finding{}, false
	}
	value := stripScheme(n.Value)
	if strings.HasPrefix(value, "eyJ") {
		info, err := ParseJWT(value)
		if err != nil {
			return Finding{}, false
		}
		return Finding{Kind: KindJWT, Value: value, KeyID: info.KeyID, Rule: "jwt-claims",
			Evidence: "its claims", Support: []string{"jwt-claims"}, JWT: info}, true
	}
	c, ok := candidateOf(value)
	if !ok {
		return Finding{}, false
	}
	var sib []cand
	for _, s := range n.Siblings {
		sc, ok := candidateOf(stripScheme(s.Value))
		if !ok {
			sc = cand{}
		}
		sib = append(sib, sc)
	}
	t := newTree(n, c, sib)
	d := detector{project: Project{UsesPinata: n.Project}}
	e := eval{d: &d, r: &t.r, s: &t.sites[0], i: 0, sites: t.sites, b: t.r.b}
	v := e.judge()
	if v.kind == "" {
		return Finding{}, false
	}
	f := Finding{Kind: v.kind, Value: string(c.val), Encoding: c.enc, Rule: v.rule.ID, Evidence: v.evidence, Support: v.support}
	if v.kind == KindAPIKey {
		f.KeyID = f.Value
	}
	return f, true
}

// stripScheme removes an auth scheme before a credential: "Bearer …".
func stripScheme(v string) string {
	for _, s := range []string{"bearer ", "basic ", "token "} {
		if len(v) > len(s) && strings.EqualFold(v[:len(s)], s) {
			return strings.TrimLeft(v[len(s):], " ")
		}
	}
	return v
}

// candidateOf returns the candidate a whole value is: a shape, or base64
// that decodes to one.
func candidateOf(v string) (cand, bool) {
	if sh := shapeOf([]byte(v)); sh != 0 {
		return cand{val: []byte(v), sh: sh}, true
	}
	if len(v) >= minBase64Len {
		if dec, ok := decodeBase64([]byte(v), nil); ok {
			inner := bytes.TrimSpace(dec)
			if sh := shapeOf(inner); sh != 0 {
				return cand{val: inner, sh: sh, enc: "base64"}, true
			}
		}
	}
	return cand{}, false
}

// tree is the structure of a Named value, built directly: a scope for each
// enclosing name, one for the call, and a site for the value and each of
// its siblings, as the reader would have found them in text.
type tree struct {
	r     reader
	sites []site
}

func newTree(n Named, c cand, sib []cand) *tree {
	t := &tree{}
	r := &t.r
	var b []byte
	span := func(s string) [2]int32 {
		start := len(b)
		b = append(b, s...)
		b = append(b, '\n')
		return [2]int32{int32(start), int32(start + len(s))}
	}
	// The value first: a site's candidate must stand in b, on a line of
	// its own, so the checks on its edges and its line see nothing else.
	c.pos = len(b)
	span(string(c.val))
	c.end = c.pos + len(c.val)
	r.scopes = append(r.scopes, scope{parent: -1, kind: scRoot, heading: -1})
	path := n.Path
	if len(path) == 0 {
		path = []string{""}
	}
	parent := int32(0)
	for _, p := range path[:len(path)-1] {
		kind := scKey
		if strings.ContainsAny(p, ".:") && hasUpperAfterDot(p) {
			kind = scCall // os.Setenv, req.Header.Set: a setter, not a key
		}
		r.scopes = append(r.scopes, scope{parent: parent, kind: kind, name: span(p), heading: -1})
		parent = int32(len(r.scopes) - 1)
	}
	group := parent
	s := site{cand: c, le: c.end, heading: -1, group: group}
	if name := path[len(path)-1]; name != "" {
		s.name, s.via = span(name), viaAssign
	}
	if n.Callee != "" {
		r.scopes = append(r.scopes, scope{parent: parent, kind: scCall, bracket: '(', name: span(n.Callee), heading: -1})
		s.positional, s.bracket, s.arg = true, int32(len(r.scopes)-1), int32(n.Arg)
		s.group = s.bracket
		group = s.bracket
	}
	for id := int32(len(r.scopes) - 1); id >= 0 && s.nchain < maxChain; id = r.scopes[id].parent {
		s.chain[s.nchain] = id
		s.nchain++
	}
	t.sites = append(t.sites, s)
	for i, sb := range n.Siblings {
		name := span(sb.Name)
		val := span(sb.Value)
		g := &r.scopes[group]
		// A sibling naming Pinata, in its name or its value, is a field of
		// the object naming it; one naming another service in a service
		// field is a fact against it.
		switch {
		case containsFold([]byte(sb.Name+" "+sb.Value), "pinata") && sib[i].sh == 0:
			g.facts = append(g.facts, scopeFact{pos: val[0]})
		case serviceFields[joinAlnum([]byte(sb.Name))] && sib[i].sh == 0:
			if nm := analyseName([]byte(sb.Value)); len(nm.specific) > 0 {
				switch joinAlnum([]byte(sb.Name)) {
				case "type", "kind", "name", "storage":
				default:
					g.facts = append(g.facts, scopeFact{pos: val[0], other: true})
				}
			}
		}
		if sib[i].sh == 0 {
			continue
		}
		o := site{cand: sib[i], name: name, via: viaAssign, heading: -1, group: s.group, chain: s.chain, nchain: s.nchain,
			line: int32(i + 1), positional: s.positional, bracket: s.bracket, arg: -100}
		o.pos, o.end = int(val[0]), int(val[1])
		t.sites = append(t.sites, o)
	}
	if n.Mentions {
		// Pinata named elsewhere in the file: far from the value, in
		// another paragraph, so only the rules that read the whole
		// window see it.
		r.mentions = append(r.mentions, mention{pos: span("pinata")[0], line: 1 << 20, para: -1})
		r.named = true
	}
	r.b = b
	r.lines = &lineIndex{}
	r.lines.build(b)
	for i := range t.sites {
		st := &t.sites[i]
		if i > 0 {
			st.ls, st.le = st.pos, st.end
		} else {
			st.ls = 0
		}
	}
	return t
}

// hasUpperAfterDot reports whether a qualified name ends in a capitalised
// part (os.Setenv, req.Header.Set): a Go function or method.
func hasUpperAfterDot(s string) bool {
	i := strings.LastIndexAny(s, ".:")
	return i >= 0 && i+1 < len(s) && isUpper(s[i+1])
}
