package scanner

import (
	"bytes"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// How a verdict is reached. Every candidate has a shape (a key's 20 hex, a
// secret's 64 hex, a gateway token's 64 characters) and, usually, a name.
// The rules then weigh who the value belongs to: each rule that sees
// evidence makes a claim, for Pinata or for someone else, at the rank of
// that evidence's distance from the value (its own name is nearest, then
// its line, the call it is passed to, the keys and objects around it,
// the heading above it, the lines nearby, the file, the project). The
// nearest claim wins: a nearer attribution to another service beats a
// farther mention of Pinata. Vetoes (a placeholder, a checksum, a name
// that says "hash" or "private key") end the matter before any claim.

// Ranks: the distance of a rule's evidence from the value.
const (
	rankEmbedded   = 0  // the value is inside a Pinata JWT beside it
	rankGatewayURL = 5  // a query parameter of a URL to a Pinata gateway
	rankName       = 10 // its own name
	rankComment    = 15 // a comment after it on its line
	rankLine       = 20 // its line
	rankStore      = 17 // a credential store's call naming Pinata as the service
	rankCall       = 18 // the call it is an argument of
	rankUsedAs     = 25 // its variable's later use
	rankSection    = 30 // + depth: an enclosing key, section or object
	rankSibling    = 40 // + depth: a field beside it
	rankTopic      = 50 // an enclosing key of another topic
	rankHeading    = 60 // the heading comment above it
	rankNearby     = 80 // a mention a few lines away
	rankCopyBlock  = 75 // a dashboard copy block
	rankPair       = 85 // a key beside a secret
	rankProject    = 90 // the project's manifest
	rankUnranked   = 1 << 20
)

// claim is one rule's attribution of a value.
type claim struct {
	rule     *Rule
	rank     int
	other    bool
	gateway  bool // the evidence says gateway
	evidence string
}

// eval is a site being judged, with what the judgement needs.
type eval struct {
	d     *detector
	r     *reader
	s     *site
	i     int // index in sites
	sites []site
	b     []byte

	explain bool     // format the evidence of claims (see say)
	name    nameInfo // the value's own name, with its prefix word
	hasName bool
	role    bool // the name lets the value be a credential
	// pairRole: an unnamed value beside its other half in an array or
	// call, so by shape a key and its secret.
	pairRole bool
}

// verdict is the outcome of judging one site.
type verdict struct {
	kind     Kind
	rule     *Rule
	evidence string
	support  []string
	vetoed   *Rule // the veto or other-service rule that stopped it, if any
}

func (e *eval) text(sp [2]int32) []byte { return e.b[sp[0]:sp[1]] }

// judge decides one site.
func (e *eval) judge() verdict {
	s := e.s
	if v := e.vetoes(); v != nil {
		return verdict{vetoed: v}
	}
	// A "value" entry named by another entry of its list.
	if s.via == viaField && s.group >= 0 && joinAlnum(e.text(s.name)) == "value" {
		if l := e.r.scopes[s.group].entryLabel; l[1] > l[0] {
			s.name, s.info = l, nil
		}
	}
	if s.name[1] > s.name[0] {
		e.hasName = true
		e.name = e.nameOf(s)
		e.role = e.name.role() || e.roleFromKey()
		if e.name.negative != "" {
			return verdict{vetoed: ruleByID["not-a-credential"], evidence: "its name says " + e.name.negative}
		}
	}
	// The key it stands in says what it holds: cssHashes = {…}, checksums:.
	if sc := &e.r.scopes[s.chain[0]]; (sc.kind == scKey || sc.kind == scSection) && sc.name[1] > sc.name[0] && !e.name.pinata {
		if n := analyseName(e.text(sc.name)); n.negative != "" && !n.pinata {
			return verdict{vetoed: ruleByID["not-a-credential"], evidence: "inside " + quoteName(e.text(sc.name))}
		}
	}
	e.pairRole = (!e.hasName || shortFlag(e.text(s.name))) && e.positionalPair()
	var best, other claim
	var haveBest, haveOther bool
	var support [8]string
	nsup := 0
	for i := range Rules {
		rl := &Rules[i]
		if rl.match == nil {
			continue
		}
		c, ok := rl.match(e)
		if !ok {
			continue
		}
		c.rule = rl
		if c.other {
			if !haveOther || c.rank < other.rank {
				other, haveOther = c, true
			}
			continue
		}
		if !haveBest || c.rank < best.rank {
			best, haveBest = c, true
		}
		if nsup < len(support) {
			support[nsup] = rl.ID
			nsup++
		}
	}
	if haveOther && (!haveBest || other.rank <= best.rank) {
		return verdict{vetoed: ruleByID["other-service"], evidence: e.evidenceOf(other.rule)}
	}
	if !haveBest {
		return verdict{}
	}
	kind, ok := e.kind(&best)
	if !ok {
		return verdict{}
	}
	// The cited rule first; the others in table order.
	out := make([]string, 0, nsup)
	out = append(out, best.rule.ID)
	for _, id := range support[:nsup] {
		if id != best.rule.ID {
			out = append(out, id)
		}
	}
	return verdict{kind: kind, rule: best.rule, evidence: e.evidenceOf(best.rule), support: out}
}

// evidenceOf runs rule again, formatting what it saw.
func (e *eval) evidenceOf(rl *Rule) string {
	e.explain = true
	c, _ := rl.match(e)
	e.explain = false
	return c.evidence
}

// vetoes returns the first veto that holds: the value is a placeholder,
// glued to a path or file name, or on a checksum line.
func (e *eval) vetoes() *Rule {
	s := e.s
	if isPlaceholder(s.val, s.sh) {
		return ruleByID["placeholder"]
	}
	if !cleanEdges(e.b, s.pos, s.end) {
		return ruleByID["glued"]
	}
	if s.name[1] <= s.name[0] && !s.long && checksumLine(e.b[s.ls:s.pos]) || s.name[1] > s.name[0] && isFileName(e.text(s.name)) {
		return ruleByID["checksum"]
	}
	return nil
}

// kind decides the kind from the shape and what the evidence says.
func (e *eval) kind(c *claim) (Kind, bool) {
	switch e.s.sh {
	case shapeHex20:
		return KindAPIKey, true
	case shapeToken64:
		return KindGatewayToken, true
	case shapeHex64:
		if e.name.gateway || c.gateway || e.gatewayAround() {
			return KindGatewayToken, true
		}
		return KindAPISecret, true
	}
	return "", false
}

// gatewayAround reports whether a 64-hex value named plainly a token
// stands in a gateway's section or beside a gateway.
func (e *eval) gatewayAround() bool {
	if e.name.secret {
		return false
	}
	for i := 0; i < e.s.nchain; i++ {
		sc := &e.r.scopes[e.s.chain[i]]
		if sc.name[1] > sc.name[0] && containsFold(e.text(sc.name), "gateway") {
			return true
		}
	}
	if !e.name.token || e.s.long {
		return false
	}
	from, to := e.linesAround(5, 2)
	return containsFold(e.b[from:to], "gateway") || containsFold(e.b[from:to], "mypinata.cloud")
}

// linesAround returns the span from `above` lines before the site's line
// to the end of `below` lines after it.
func (e *eval) linesAround(above, below int) (int, int) {
	x := e.r.lines
	l := int(e.s.line)
	return x.start(max(0, l-above)), x.end(min(x.count()-1, l+below))
}

// positionalPair reports whether an unnamed value in an array or call has
// its other half beside it: a 20-hex key next to a 64-hex secret.
func (e *eval) positionalPair() bool {
	want := shapeHex64
	if e.s.sh != shapeHex20 {
		if e.s.sh != shapeHex64 {
			return false
		}
		want = shapeHex20
	}
	weak := func(o *site) bool { // unnamed, named by a short flag, or a bare "key" label
		return o.name[1] <= o.name[0] || shortFlag(e.text(o.name)) || o != e.s && joinAlnum(e.text(o.name)) == "key"
	}
	for _, j := range []int{e.i - 1, e.i + 1} {
		if j < 0 || j >= len(e.sites) {
			continue
		}
		o := &e.sites[j]
		if o.sh != want {
			continue
		}
		// Side by side in one call or array, or on one command line.
		if o.positional && e.s.positional && o.bracket == e.s.bracket && abs(int(o.arg-e.s.arg)) == 1 && (o.name[1] <= o.name[0] || o.via == viaCell) {
			return true
		}
		if !o.positional && !e.s.positional && o.line == e.s.line && weak(o) && weak(e.s) {
			return true
		}
		// Each alone on its line, one above the other, as pasted from the
		// dashboard without labels.
		if !o.positional && !e.s.positional && abs(int(o.line-e.s.line)) == 1 && o.alone && e.s.alone && o.name[1] <= o.name[0] && e.s.name[1] <= e.s.name[0] {
			return true
		}
	}
	return false
}

// roleFromKey: a name with no credential word may still be a credential's
// when the key it stands in says whose or what it is: `pinata: [api: …]`,
// `credentials:` / `access: …`.
func (e *eval) roleFromKey() bool {
	if !e.name.onlyNeutral() || e.name.cred {
		return false
	}
	half := false
	for _, p := range e.name.pieces {
		half = half || halfWords[p]
	}
	if !half {
		return false // `build:` under `pinata:` is a build's, not a credential
	}
	for d := 0; d < e.s.nchain; d++ {
		sc := &e.r.scopes[e.s.chain[d]]
		if sc.name[1] <= sc.name[0] || sc.kind == scItem || sc.kind == scObject {
			continue
		}
		if sc.kind != scKey && sc.kind != scSection && sc.kind != scArray {
			return false // a call or a class, not a key
		}
		n := e.r.analysed(e.text(sc.name))
		return n.negative == "" && (n.pinata || n.cred && len(n.specific) == 0)
	}
	return false
}

// credentialRole: the value may be a credential by its name, or by its
// place beside its other half.
func (e *eval) credentialRole() bool { return e.role || e.pairRole }

// strongFor64 reports whether a 64-hex value may be Pinata's on weak
// evidence (a heading, a mention nearby): only when named plainly a
// secret, or a gateway's token. Checksums, signing keys and other
// services' secrets share its shape.
func (e *eval) strongFor64() bool {
	if e.s.sh != shapeHex64 {
		return true
	}
	if e.pairRole {
		return true
	}
	return e.name.onlyNeutral() && (e.name.secret || e.name.gateway) || e.name.pinata
}

// mentionsOnLine returns whether Pinata is named on the site's line (near
// the value on a long line), and whether a mention there is denied.
func (e *eval) mentionsOnLine() (yes, denied bool) {
	s := e.s
	lo, hi := s.ls, s.le
	if s.long {
		lo, hi = max(s.ls, s.pos-longLine), min(s.le, s.end+longLine)
	}
	// Brackets around the value opened on its line are structure: what
	// they name is read by the section and sibling rules, not as the line.
	for d := s.nchain - 1; d >= 0; d-- {
		sc := &e.r.scopes[s.chain[d]]
		if sc.bracket != 0 && sc.openLine == s.line && int(sc.openPos) >= lo {
			hi = min(hi, int(sc.openPos))
			if sc.name[1] > sc.name[0] {
				hi = min(hi, int(sc.name[0]))
			}
			break
		}
	}
	ms := e.r.mentions
	i := sort.Search(len(ms), func(i int) bool { return int(ms[i].pos) >= lo })
	for n := 0; i < len(ms) && int(ms[i].pos) < hi && n < 64; i, n = i+1, n+1 {
		if ms[i].negated {
			denied = true
		} else {
			yes = true
		}
	}
	return yes, denied
}

// factsAt returns the facts of the depth-d scope of the site's chain in
// the paragraph that holds the site's path: Pinata named in a field
// (pinata) and another service named or Pinata denied (other).
func (e *eval) factsAt(d int) (pinata, other bool) {
	s := e.s
	sc := &e.r.scopes[s.chain[d]]
	para := s.para
	if d > 0 {
		para = e.r.scopes[s.chain[d-1]].openPara
	}
	for _, f := range sc.facts {
		if f.para != para || s.long && abs(int(f.pos)-s.pos) > longLine {
			continue
		}
		if f.other {
			other = true
		} else {
			pinata = true
		}
	}
	return pinata, other
}

// topicLine returns the line where the innermost enclosing key of another
// topic opens, or -1.
func (e *eval) topicLine() int32 {
	for i := 0; i < e.s.nchain; i++ {
		sc := &e.r.scopes[e.s.chain[i]]
		if e.r.isTopic(sc) {
			return sc.openLine
		}
	}
	return -1
}

// nearby returns a mention of Pinata within five lines above and two
// below, in the same paragraph and not outside an enclosing topic.
func (e *eval) nearby() (mention, bool) {
	s := e.s
	if s.long {
		return mention{}, false
	}
	lo, hi := s.line-5, s.line+2
	if t := e.topicLine(); t >= 0 && t > lo {
		lo = t
	}
	ms := e.r.mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].line >= lo })
	// Bounded: a line may name Pinata thousands of times.
	for n := 0; i < len(ms) && ms[i].line <= hi && n < 64; i, n = i+1, n+1 {
		if !ms[i].negated && ms[i].para == s.para {
			return ms[i], true
		}
	}
	return mention{}, false
}

// mentionUnderHeading reports whether Pinata is named (not denied)
// between the heading that covers the value and the value: a document
// titled "# Minter" that says it uses Pinata, or a section whose text does,
// is not another service's.
func (e *eval) mentionUnderHeading() bool {
	s := e.s
	if s.heading < 0 {
		return false
	}
	h := e.r.headings[s.heading].line
	ms := e.r.mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].line > h })
	for n := 0; i < len(ms) && ms[i].line < s.line && n < 64; i, n = i+1, n+1 {
		if !ms[i].negated {
			return true
		}
	}
	return false
}

// counterpart finds another site in the same group and paragraph, at most
// three sites away, for which ok holds.
func (e *eval) counterpart(ok func(o *site) bool) bool {
	for d := 1; d <= 3; d++ {
		for _, j := range []int{e.i - d, e.i + d} {
			if j < 0 || j >= len(e.sites) {
				continue
			}
			o := &e.sites[j]
			// In one object any two fields are beside each other; in the
			// flat top of a file (.env), within three lines.
			near := abs(int(o.line-e.s.line)) <= 3 || e.s.group != 0 && abs(int(o.line-e.s.line)) <= 10
			if o.group == e.s.group && o.para == e.s.para && near && ok(o) {
				return true
			}
		}
	}
	return false
}

// nameOf analyses the name of a site (with its prefix word), once.
func (e *eval) nameOf(o *site) nameInfo {
	if o.info != nil {
		return *o.info
	}
	if o.name[1] <= o.name[0] {
		o.info = &nameInfo{}
		return *o.info
	}
	nm := e.text(o.name)
	if o.prefix[1] > o.prefix[0] {
		nm = append(append(append([]byte{}, e.text(o.prefix)...), ' '), nm...)
	}
	o.info = e.r.analysed(nm)
	return *o.info
}

// keyPair reports whether the value is one half of a key named plainly
// beside the other half named plainly and alike: API_KEY=<20 hex> next to
// API_SECRET=<64 hex>, IPFS_KEY beside IPFS_SECRET (not API_KEY beside
// IPFS_SECRET), the shape of a Pinata key wherever it stands.
func (e *eval) keyPair() bool {
	s := e.s
	if !e.hasName || s.long {
		return false
	}
	var want shape
	var otherOK func(n *nameInfo) bool
	switch {
	case s.sh == shapeHex20 && e.name.plainKey():
		want, otherOK = shapeHex64, (*nameInfo).plainSecret
	case s.sh == shapeHex64 && e.name.plainSecret():
		want, otherOK = shapeHex20, (*nameInfo).plainKey
	default:
		return false
	}
	q := e.name.qualifiers()
	return e.counterpart(func(o *site) bool {
		if o.sh != want || isPlaceholder(o.val, o.sh) {
			return false
		}
		n := e.nameOf(o)
		return otherOK(&n) && n.qualifiers() == q
	})
}

// quoteName quotes a name for a finding's evidence.
func quoteName(b []byte) string {
	if len(b) > 64 {
		b = b[:64]
	}
	return strconv.Quote(string(b))
}

// urlQuery reports whether the name stands as a URL query parameter
// (`?name=` or `&name=`), and whether the URL is a Pinata gateway's.
func (e *eval) urlQuery() (param, pinataHost bool) {
	s := e.s
	n := int(s.name[0])
	if n == 0 || s.via != viaAssign {
		return false, false
	}
	switch e.b[n-1] {
	case '?', '&', ';':
	default:
		return false, false
	}
	// The URL the parameter belongs to: the last "://" on the line before
	// it with no blank or quote between (the reader noted it); its host is
	// what follows.
	if s.url < 0 || int(s.url) >= n {
		return true, false
	}
	host := e.b[s.url:min(n, int(s.url)+256)]
	if i := bytes.IndexByte(host[3:], '/'); i >= 0 {
		host = host[:3+i]
	}
	return true, containsFold(host, "mypinata.cloud") || containsFold(host, "gateway.pinata.cloud")
}

// The say helpers format a claim's evidence, only when the claim is the
// one cited: a window of thousands of candidates must not pay for the
// words of every claim it weighs.
func (e *eval) say(a, b string) string {
	if !e.explain {
		return ""
	}
	return a + b
}

func (e *eval) sayQ(prefix string, b []byte, suffix string) string {
	if !e.explain {
		return ""
	}
	return prefix + quoteName(b) + suffix
}

func (e *eval) sayN(prefix string, n int, suffix string) string {
	if !e.explain {
		return ""
	}
	return prefix + strconv.Itoa(n) + suffix
}

func (e *eval) sayArg(callee []byte) string {
	if !e.explain {
		return ""
	}
	return "argument " + strconv.Itoa(int(e.s.arg)+1) + " of " + quoteName(callee)
}

// nameEvidence describes the name, for evidence.
func (e *eval) nameEvidence() string {
	if !e.explain {
		return ""
	}
	s := e.s
	nm := e.text(s.name)
	if s.prefix[1] > s.prefix[0] {
		nm = e.b[s.prefix[0]:s.name[1]]
	}
	switch s.via {
	case viaColumn:
		return "column " + quoteName(nm)
	case viaField:
		return "name field " + quoteName(nm)
	case viaArg:
		return "argument " + quoteName(nm)
	}
	return "name " + quoteName(nm)
}

// headingPinata reports whether a heading naming Pinata covers the site:
// a registered one, or the comment block the value itself stands in.
func (e *eval) heading() (pinata, other bool) {
	s := e.s
	if s.heading >= 0 {
		h := e.r.headings[s.heading]
		return h.pinata, h.other
	}
	return false, false
}

// callee returns the analysed callee of the call a positional value is
// passed to.
func (e *eval) callee() ([]byte, bool) {
	s := e.s
	if s.command[1] > s.command[0] {
		return e.text(s.command), true
	}
	if !s.positional {
		return nil, false
	}
	sc := &e.r.scopes[s.bracket]
	// An unnamed array passed to a call holds that call's arguments:
	// pinata.keys.revoke(["…"]).
	if sc.kind == scArray && sc.name[1] <= sc.name[0] && sc.parent >= 0 {
		if p := &e.r.scopes[sc.parent]; p.kind == scCall {
			sc = p
		}
	}
	if sc.kind != scCall || sc.name[1] <= sc.name[0] {
		return nil, false
	}
	return e.text(sc.name), true
}

// calleeNamesPinata reports whether a callee names Pinata, itself or by a
// name imported from Pinata (alias Drop.Pinata.Client; Client.new(…)).
func (e *eval) calleeNamesPinata(callee []byte) bool {
	if containsFold(callee, "pinata") {
		return true
	}
	first := callee
	if i := bytes.IndexAny(callee, ".:"); i >= 0 {
		first = callee[:i]
	}
	return e.r.pinataIdents[string(first)] || e.r.pinataIdents[string(callee)]
}

// lastComponent returns the part of a qualified name after its last '.',
// ':' or '>'.
func lastComponent(b []byte) []byte {
	if i := bytes.LastIndexAny(b, ".:>$"); i >= 0 {
		return b[i+1:]
	}
	return b
}

// usedAs returns the Pinata credential name the value's variable is later
// used as: `$apiKey = '…'` and `'pinata_api_key: ' . $apiKey`.
func (e *eval) usedAs() ([]byte, bool) {
	if !e.hasName || e.r.refs == nil || e.s.via == viaColumn || e.s.via == viaField {
		return nil, false
	}
	id := bytes.TrimLeft(lastComponent(e.text(e.s.name)), "$")
	if len(id) == 0 {
		return nil, false
	}
	rf, ok := e.r.refs[string(id)]
	if !ok {
		return nil, false
	}
	if rf.owner >= 0 && !slices.Contains(e.s.chain[:e.s.nchain], rf.owner) {
		return nil, false // used so in another type's body
	}
	return e.text(rf.name), true
}

// spreadInto returns the Pinata call an array holding the value is spread
// into: `const args = [key, secret]` and `new pinataSDK(...args)`.
func (e *eval) spreadInto() ([]byte, bool) {
	s := e.s
	if !s.positional || e.r.spreads == nil {
		return nil, false
	}
	sc := &e.r.scopes[s.bracket]
	if sc.kind != scArray || sc.name[1] <= sc.name[0] {
		return nil, false
	}
	c, ok := e.r.spreads[string(lastComponent(e.text(sc.name)))]
	if !ok {
		return nil, false
	}
	callee := e.text(c)
	if !e.calleeNamesPinata(callee) && !endpointNames[joinAlnum(lastComponent(callee))] {
		return nil, false
	}
	return callee, true
}

// commentSays returns what a comment after the value says of it.
func (e *eval) commentSays() (pinata, denied, cred, gateway bool) {
	s := e.s
	if s.comment[1] <= s.comment[0] {
		return
	}
	c := e.text(s.comment)
	ms := e.r.mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].pos >= s.comment[0] })
	for n := 0; i < len(ms) && ms[i].pos < s.comment[1] && n < 64; i, n = i+1, n+1 {
		if ms[i].negated {
			denied = true
		} else {
			pinata = true
		}
	}
	j := joinAlnum(c)
	cred = strings.Contains(j, "key") || strings.Contains(j, "secret") || strings.Contains(j, "token") || strings.Contains(j, "jwt")
	gateway = strings.Contains(j, "gateway")
	return
}

// mentionsInCall reports whether an argument before the value, in the call
// it is passed to, names Pinata: keyring.set_password("pinata", "api_secret", v).
func (e *eval) mentionsInCall() bool {
	s := e.s
	ms := e.r.mentions
	if s.command[1] > s.command[0] {
		// A command line: Pinata named on it before the value.
		i := sort.Search(len(ms), func(i int) bool { return int(ms[i].pos) >= s.ls })
		return i < len(ms) && int(ms[i].pos) < s.pos && !ms[i].negated
	}
	sc := &e.r.scopes[s.bracket]
	if sc.pinataArg {
		return true
	}
	i := sort.Search(len(ms), func(i int) bool { return ms[i].pos > sc.openPos })
	if i < len(ms) && int(ms[i].pos) < s.pos && !ms[i].negated {
		return true
	}
	// A method chain: Entry::new("pinata-sdk", …)? / .set_password(v).
	ol := e.r.lines.lineOf(int(sc.openPos))
	ls := e.r.lines.start(ol)
	if body := bytes.TrimLeft(e.b[ls:sc.openPos], " \t"); len(body) > 0 && body[0] == '.' && ol > 0 {
		prev := int32(ol - 1)
		i := sort.Search(len(ms), func(i int) bool { return ms[i].line >= prev })
		return i < len(ms) && ms[i].line == prev && !ms[i].negated
	}
	return false
}

// storeWords name functions that store credentials.
var storeWords = []string{"password", "passwd", "keyring", "keychain", "vault", "keytar", "secret", "credential", "token"}

// windowMentions reports whether Pinata is named anywhere in the window.
func (e *eval) windowMentions() bool { return e.r.named }

// ruleByID indexes Rules.
var ruleByID = func() map[string]*Rule {
	m := map[string]*Rule{}
	for i := range Rules {
		m[Rules[i].ID] = &Rules[i]
	}
	return m
}()

// RuleIDs returns the ids of the rules that yield findings, the ones
// disable_rules may name.
func RuleIDs() []string {
	var out []string
	for _, r := range Rules {
		if len(r.Kinds) > 0 {
			out = append(out, r.ID)
		}
	}
	return out
}
