package scanner

// Tokens: each line is read as words and punctuation, with what each
// token means for the structure around it.

import "bytes"

// tok is one token of a line: a run of word characters, or one byte of
// punctuation.
type tok struct {
	s, e  int32
	c     byte // 'w' for a word, else the punctuation byte
	sp    bool // whitespace before it
	q     bool // inside quotes
	value bool // part of a candidate value, or too long to be a name
}

const ringSize = 32

// tokenize reads the tokens of b[from:to], the text of the current line,
// and handles each: brackets, arguments, mentions, candidates.
func (r *reader) tokenize(from, to int) {
	b := r.b
	for r.jw < len(r.jwts) && r.jwts[r.jw] < to {
		if r.jwts[r.jw] >= from {
			r.mentions = append(r.mentions, mention{pos: int32(r.jwts[r.jw]), line: r.line, para: r.para})
		}
		r.jw++
	}
	sp := true
	for i := from; i < to; {
		// Candidates starting here are read before the token that holds them.
		for r.ci < len(r.cands) && r.cands[r.ci].pos <= i {
			if r.cands[r.ci].pos >= from {
				r.site(r.cands[r.ci])
			} else {
				r.sites = append(r.sites, site{cand: r.cands[r.ci], heading: -1})
			}
			r.ci++
		}
		c := b[i]
		if is(c, cSpace) {
			if c == '\t' && r.inQuote == 0 {
				r.delims[1]++
			}
			sp = true
			i++
			continue
		}
		if is(c, cWord) {
			j := i + 1
			for j < to && is(b[j], cWord) {
				j++
			}
			// A candidate inside the run (after leading dashes: :-<key>)
			// is a word of its own.
			if r.ci < len(r.cands) && r.cands[r.ci].pos > i && r.cands[r.ci].pos < j {
				j = r.cands[r.ci].pos
			}
			r.word(i, j, sp)
			sp = false
			i = j
			continue
		}
		r.punct(i, sp)
		sp = false
		i++
	}
	for r.ci < len(r.cands) && r.cands[r.ci].pos < to {
		r.site(r.cands[r.ci])
		r.ci++
	}
}

func (r *reader) add(t tok) {
	r.ring[r.nt%ringSize] = t
	r.nt++
}

// at returns the k-th token back (0: the last read).
func (r *reader) at(k int) (*tok, bool) {
	if k >= r.nt || k >= ringSize {
		return nil, false
	}
	return &r.ring[(r.nt-1-k)%ringSize], true
}

// word handles a run of word characters b[i:j].
func (r *reader) word(i, j int, sp bool) {
	b := r.b
	if sp {
		r.lastURL = -1
	}
	t := tok{s: int32(i), e: int32(j), c: 'w', sp: sp, q: r.inQuote != 0}
	w := b[i:j]
	if j-i > 64 || r.inCandidate(i) {
		t.value = true
	} else if sh := shapeOf(w); sh != 0 {
		t.value = true
	}
	r.lastSig = int32(i)
	// Arguments: what the current one holds so far.
	if len(r.stack) > 1 {
		s := r.top()
		if s.bracket == '(' || s.bracket == '[' {
			if s.argShape == 0 && t.q && !t.value {
				s.argShape, s.curLabel = 1, [2]int32{int32(i), int32(j)}
			} else if s.argShape == 1 && !t.sp && r.prevIs('-', '.', ':') {
				s.curLabel[1] = int32(j) // x-pinata… or pinata.api.key, one label
			} else {
				s.argShape = 2
			}
			s.argStart = false
		}
	}
	// SQL: INSERT … (columns) VALUES (…).
	if j-i == 6 && bytes.EqualFold(w, []byte("values")) {
		r.sqlValues = true
	}
	if (!r.prevIs('.', ':') || t.sp) && !typeWords[string(bytes.ToLower(w))] {
		r.commitMention() // not while a qualified name or a type goes on: Pinata::new(, map[…]{
	}
	r.fieldValue(i, j, t.q)
	// <key>PinataGatewayKey</key>: the element's text names the next value.
	if p, ok := r.at(0); ok && p.c == '>' && r.lastTag[1] > r.lastTag[0] && nameFields[string(bytes.ToLower(r.b[r.lastTag[0]:r.lastTag[1]]))] {
		end := j
		for end < r.le && (is(r.b[end], cLabel) || r.b[end] == ':') {
			end++
		}
		r.top().nameField = [2]int32{int32(i), int32(end)}
	}
	r.commitRef(true)
	if r.refSep && !t.value && r.refName[1] > r.refName[0] && (!t.q || r.prevIs('{', '$')) {
		r.pendRef = [2]int32{int32(i), int32(j)}
	}
	// A Pinata name is sent with the first word after it (and the rest of
	// that word's qualified name: cfg.apiKey), not with a word further on
	// its line: in a minified bundle, the rest of the line is other code.
	if r.refName[1] > r.refName[0] && int32(i) > r.refName[0] && (sp || !r.prevIs('.')) {
		if r.refTaken {
			r.refName = [2]int32{}
		}
		r.refTaken = true
	}
	r.refSep = false
	if j-i >= 6 && containsFold(w, "pinata") {
		neg := r.negated(w)
		r.mentions = append(r.mentions, mention{pos: int32(i), line: r.line, para: r.para, negated: neg})
		if neg {
			r.lineNegMention = true
			r.addFact(true, int32(i))
		} else {
			r.lineMention = true
			r.pendMention = int32(i)
			if credentialish(w) {
				r.refName, r.refTaken = [2]int32{int32(i), int32(j)}, false
			}
			if t.q {
				r.bindPinataString()
			}
		}
	}
	if !t.q && len(r.stack) > 1 {
		if s := r.top(); s.bracket == '(' && s.kind == scCall && (r.prevIs('.') && r.dots() || j+3 <= r.le && string(r.b[j:j+3]) == "...") {
			r.addSpread(i, j, s.name)
		}
	}
	// An identifier bound to Pinata passed to a call: the call's service
	// is Pinata (keyring.set_password(SERVICE, …)).
	if !t.q && len(r.stack) > 1 && r.pinataIdents[string(w)] {
		if s := r.top(); s.bracket == '(' {
			s.pinataArg = true
		}
	}
	r.add(t)
}

// inEntries reports whether the current scope is one entry of a list:
// an object in an array, a list item, a [[table]] of an array of tables.
func (r *reader) inEntries() bool {
	s := r.top()
	switch {
	case s.kind == scItem, s.kind == scSection && s.entries:
		return true
	case s.parent >= 0 && (s.kind == scObject || s.kind == scKey):
		return r.scopes[s.parent].kind == scArray
	}
	return false
}

// dots reports whether the three tokens before are "..." (a spread).
func (r *reader) dots() bool {
	for k := 0; k < 3; k++ {
		if p, ok := r.at(k); !ok || p.c != '.' {
			return false
		}
	}
	return true
}

// addSpread records that the identifier b[i:j] is spread into the call
// named callee: its elements are that call's arguments
// (new pinataSDK(...args), pinata.New(args...)).
func (r *reader) addSpread(i, j int, callee [2]int32) {
	if r.spreads == nil {
		r.spreads = map[string][2]int32{}
	}
	if len(r.spreads) < 1024 {
		r.spreads[string(r.b[i:j])] = callee
	}
}

// bindPinataString records the name a quoted string naming Pinata is
// assigned to (`SERVICE = "pinatapy"`, `const service = "pinata-go-sdk"`),
// so that the name stands for Pinata where it is used.
func (r *reader) bindPinataString() {
	k := 0
	for ; k < 12; k++ { // back to the string's opening quote
		t, ok := r.at(k)
		if !ok || !t.q {
			break
		}
	}
	sep := false
	for ; k < 16; k++ {
		t, ok := r.at(k)
		if !ok {
			return
		}
		switch t.c {
		case '"', '\'', '`', ' ':
			continue
		case '=', ':':
			sep = true
			continue
		case 'w':
			if sep {
				r.addPinataIdent(r.b[t.s:t.e])
			}
		}
		return
	}
}

// importWords start lines that bring names in: what they name, on a line
// that names Pinata, stands for Pinata (alias Drop.Pinata.Client makes
// Client.new(…) a Pinata constructor).
var importWords = map[string]bool{"import": true, "from": true, "use": true, "alias": true, "require": true, "using": true}

// importLine records the names a line importing from Pinata brings in.
func (r *reader) importLine() {
	if !r.lineMention || r.nt == 0 {
		return
	}
	first, _ := r.at(min(r.nt, ringSize) - 1)
	if first.c != 'w' || !importWords[string(r.b[first.s:first.e])] {
		return
	}
	for k := 0; k < min(r.nt, ringSize); k++ {
		t, _ := r.at(k)
		if t.c == 'w' && !t.q {
			if w := r.b[t.s:t.e]; !importWords[string(w)] && string(w) != "as" {
				r.addPinataIdent(w)
			}
		}
	}
}

func (r *reader) addPinataIdent(w []byte) {
	if r.pinataIdents == nil {
		r.pinataIdents = map[string]bool{}
	}
	if len(r.pinataIdents) < 1024 {
		r.pinataIdents[string(w)] = true
	}
}

// credentialish reports whether a word may name a credential.
func credentialish(w []byte) bool {
	j := joinAlnum(w)
	for _, k := range []string{"key", "secret", "jwt", "token", "auth"} {
		if bytes.Contains([]byte(j), []byte(k)) {
			return true
		}
	}
	return false
}

func (r *reader) prevIs(cs ...byte) bool {
	p, ok := r.at(0)
	if !ok {
		return false
	}
	for _, c := range cs {
		if p.c == c {
			return true
		}
	}
	return false
}

// inCandidate reports whether position i is inside the candidate last read.
func (r *reader) inCandidate(i int) bool {
	if r.ci == 0 {
		return false
	}
	c := r.cands[r.ci-1]
	return c.pos <= i && i < c.end
}

// negated reports whether the mention in w is denied: "not Pinata's",
// "non-Pinata", "instead of Pinata".
func (r *reader) negated(w []byte) bool {
	lw := bytes.ToLower(w)
	if k := bytes.Index(lw, []byte("pinata")); k >= 4 && (bytes.HasSuffix(lw[:k], []byte("non-")) || bytes.HasSuffix(lw[:k], []byte("not-"))) {
		return true
	}
	seen := 0
	for k := 0; seen < 4; k++ {
		t, ok := r.at(k)
		if !ok {
			return false
		}
		if t.c != 'w' {
			if t.c == '.' || t.c == ';' || t.c == '\n' {
				return false
			}
			continue
		}
		seen++
		if len(r.b[t.s:t.e]) <= 10 && negationWords[joinAlnum(r.b[t.s:t.e])] {
			return true
		}
	}
	return false
}

// commitMention records a pending mention as a fact of the current scope
// once it is known not to be a child's key (`pinata:` or `"pinata": {`).
func (r *reader) commitMention() {
	if r.pendMention < 0 {
		return
	}
	pos := r.pendMention
	r.pendMention = -1
	r.addFact(false, pos)
}

func (r *reader) addFact(other bool, pos int32) {
	if r.comment {
		return // a comment is a heading or a mention, not a field
	}
	s := r.top()
	if len(s.facts) < 64 {
		s.facts = append(s.facts, scopeFact{para: r.para, line: r.line, pos: pos, other: other})
	}
}

// fieldValue handles a word that is the value of a field: a name field
// (`key: "PINATA_JWT"`) names the value beside it; a service field
// (`provider: "s3"`) names whose the object is.
func (r *reader) fieldValue(i, j int, quoted bool) {
	// In a table row, the column's header names the field.
	if col, ok := r.cellColumn(); ok {
		if p, _ := r.at(0); p == nil || p.c != 'w' || p.sp {
			if f := joinAlnum(col); serviceFields[f] && f != "type" && f != "kind" {
				v := r.b[i:j]
				if n := r.analysed(v); !containsFold(v, "pinata") && (len(n.specific) > 0 || len(n.pieces) == 0 && hasLetter(v)) {
					r.addFact(true, int32(i))
				}
			}
		}
		return
	}
	// Back over the separator: it must hold ':' or '=' and no ','.
	k, assign := 0, false
	for ; k < 6; k++ {
		t, ok := r.at(k)
		if !ok {
			return
		}
		if t.c == 'w' {
			break
		}
		switch t.c {
		case ':', '=':
			assign = true
		case '"', '\'', '`', '>':
		default:
			return
		}
	}
	if !assign {
		return
	}
	t, ok := r.at(k)
	if !ok || t.c != 'w' || t.e-t.s > 16 {
		return
	}
	f := joinAlnum(r.b[t.s:t.e])
	s := r.top()
	if nameFields[f] && (quoted || r.comment || s.kind == scItem || s.bracket == '<') && shapeOf(r.b[i:j]) == 0 {
		end := j
		// A dotted or colon-joined name: Pinata:ApiKey, pinata.api.key.
		for end < r.le && (is(r.b[end], cLabel) || r.b[end] == ':' && end+1 < r.le && is(r.b[end+1], cAlnum)) {
			end++
		}
		s.nameField = [2]int32{int32(i), int32(end)}
	}
	if f == "value" {
		s.pair = true
	}
	// {"key": "key", "value": "pinata_api_key"}: this entry holds the name
	// of the list's "value" entry.
	if f == "value" && quoted && s.nameField[1] > s.nameField[0] && shapeOf(r.b[i:j]) == 0 {
		if nf := joinAlnum(r.b[s.nameField[0]:s.nameField[1]]); nf == "key" || nf == "name" || nf == "header" {
			end := j
			for end < r.le && is(r.b[end], cLabel) {
				end++
			}
			s.entryLabel = [2]int32{int32(i), int32(end)}
		}
	}
	if serviceFields[f] {
		// The whole value: nftstore.storage.PinataStorage, https://api.x.com.
		end := j
		for end < r.le && end-i < 256 && (is(r.b[end], cLabel) || r.b[end] == ':' || r.b[end] == '/') {
			end++
		}
		v := r.b[i:end]
		switch {
		case containsFold(v, "pinata"):
			return // a mention: the fact is Pinata's
		case f == "type" || f == "kind" || f == "storage":
			return // these name a service only when it is Pinata
		case f == "name" && (end < r.le && r.b[end] == ' ' || !quoted && s.kind != scItem || !r.inEntries()):
			// A name of several words is a title; a name outside a list of
			// entries ([[pinning.services]], [{…}, {…}], YAML's `- name:`)
			// is the object's own (an app's), not a service's.
			return
		}
		// A short word not in the vocabulary (b2, s3, r2) names a service
		// here, where a name would take it for a variable.
		if n := r.analysed(v); len(n.specific) > 0 || n.negative == "" && !n.cred && len(n.pieces) == 0 && hasLetter(v) {
			r.addFact(true, int32(i))
		}
	}
}

// commitRef records a pending identifier as sent under the Pinata name
// before it, unless the next token shows it is a name itself
// (`pinata_api_key=k, default=v`: default is not a value).
func (r *reader) commitRef(ok bool) {
	if r.pendRef[1] > r.pendRef[0] {
		if ok {
			r.addRef(int(r.pendRef[0]), int(r.pendRef[1]))
		}
		r.pendRef = [2]int32{}
	}
}

// addRef records that the identifier b[i:j] is sent as the Pinata
// credential named at r.refName: `'pinata_api_key': apiKey`.
func (r *reader) addRef(i, j int) {
	if r.refs == nil {
		r.refs = map[string]ref{}
	}
	if len(r.refs) >= 4096 {
		return
	}
	owner := int32(-1)
	for k := len(r.stack) - 1; k > 0; k-- {
		if sc := &r.scopes[r.stack[k]]; sc.kind == scCode && r.declaresType(sc) {
			owner, sc.used = r.stack[k], true // kept, so that its id is never reused
			break
		}
	}
	id := r.b[i:j]
	r.refs[string(bytes.TrimLeft(id, "$"))] = ref{r.refName, owner}
}

// punct handles one byte of punctuation at i.
func (r *reader) punct(i int, sp bool) {
	b := r.b
	c := b[i]
	switch {
	case c == ':' && i+2 < r.le && b[i+1] == '/' && b[i+2] == '/':
		r.lastURL = int32(i)
	case c == '"' || c == '\'' || c == '`' || sp:
		r.lastURL = -1
	}
	t := tok{s: int32(i), e: int32(i + 1), c: c, sp: sp, q: r.inQuote != 0}
	r.commitRef(c != '=' && c != ':' && c != '(')
	if r.refName[1] > r.refName[0] {
		switch c {
		case ':', '=', ',', '{', '$', '.', '(', ' ', '>', '+':
			r.refSep = true
		case '"', '\'', '`':
		default:
			r.refSep = false
		}
	}
	// Quotes: brackets and delimiters inside strings are text. A line
	// starts outside any string; escaped quotes do not count.
	if (c == '"' || c == '\'' || c == '`') && !r.comment && (i == 0 || b[i-1] != '\\') {
		switch r.inQuote {
		case 0:
			// An apostrophe inside a word is not a quote: it's, don't.
			if !(c == '\'' && i > 0 && is(b[i-1], cAlnum) && i+1 < len(b) && is(b[i+1], cAlnum)) {
				r.inQuote = c
			}
		case c:
			r.inQuote = 0
		}
		r.add(t)
		return
	}
	if r.inQuote != 0 {
		r.add(t)
		return
	}
	switch c {
	case ',':
		r.delims[0]++
		if len(r.stack) > 1 {
			s := r.top()
			if s.bracket == '(' || s.bracket == '[' {
				s.args++
				if s.argShape == 1 {
					s.argLabel = s.curLabel
				} else {
					s.argLabel = [2]int32{}
				}
				s.argShape, s.argStart = 0, true
			}
		}
	case ';':
		r.delims[2]++
		r.sqlValues = false
		r.sqlCols = r.sqlCols[:0]
	case '|':
		r.delims[3]++
	case '(', '[', '{':
		if r.pendMention >= 0 {
			r.pendMention = -1 // Pinata named the child, not a field
		}
		r.openBracket(i, c)
		r.lastSig = int32(i)
		r.add(t)
		return
	case '<':
		if i+1 < r.le && is(b[i+1], cAlnum) && r.nbr < maxBrackets {
			j := i + 1
			for j < r.le && is(b[j], cLabel) {
				j++
			}
			r.push(scope{kind: scTag, bracket: '<', name: [2]int32{int32(i + 1), int32(j)}, ind2: 2 * r.indent, openPos: int32(i)})
		}
	case '>':
		if len(r.stack) > 1 && r.top().bracket == '<' {
			t := r.top()
			r.lastTag, r.lastTagField = t.name, t.nameField
			r.pop()
		}
	case ')', ']', '}':
		r.closeBracket(c)
	}
	if c != ' ' {
		r.lastSig = int32(i)
	}
	if len(r.stack) > 1 {
		s := r.top()
		if (s.bracket == '(' || s.bracket == '[') && c != ',' && c != '(' && c != '[' {
			if s.argShape == 1 && c != '-' && c != '.' && c != ':' {
				s.argShape = 2
			}
			s.argStart = false
		}
	}
	r.add(t)
}

// assemble returns the name ending at the k-th token back, with what is
// joined to it without a space by '.', ':', '::', '$' or '->':
// pinata.New, Pinata::new, $env:PINATA_JWT, Pinata:ApiKey, $cfg->key.
func (r *reader) assemble(k int) [2]int32 {
	t, _ := r.at(k)
	start, end := t.s, t.e
	for n := 0; n < 8; n++ {
		j, cur := k+1, start
		joined := 0
		for joined < 2 {
			p, ok := r.at(j)
			if !ok || p.e != cur || p.c == 'w' {
				break
			}
			switch {
			case p.c == '.' || p.c == ':' || p.c == '$':
			case p.c == '>' && p.s > 0 && r.b[p.s-1] == '-':
			default:
				joined = 2
				continue
			}
			if p.q != t.q {
				break
			}
			cur = p.s
			j++
			joined++
		}
		if cur == start {
			break
		}
		w, ok := r.at(j)
		if ok && w.c == 'w' && w.e == cur && !w.value && w.q == t.q {
			start = w.s
			k = j
			continue
		}
		if r.b[cur] == '$' {
			start = cur
		}
		break
	}
	return [2]int32{start, end}
}

// lastName returns the last name on the current line: the name a value
// alone on the next line may be bound to.
func (r *reader) lastName() ([2]int32, bool) {
	for k := 0; k < ringSize && k < r.nt; k++ {
		t, _ := r.at(k)
		if t.c != 'w' {
			if !t.q && (t.c == '.' || t.c == '!' || t.c == '?' || t.c == ')') {
				return [2]int32{}, false // a sentence or a call ends the line, not a label
			}
			continue
		}
		if t.value {
			return [2]int32{}, false
		}
		if fillerWords[string(bytes.ToLower(r.b[t.s:t.e]))] != "" {
			continue
		}
		return r.assemble(k), true
	}
	return [2]int32{}, false
}
