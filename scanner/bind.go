package scanner

import (
	"bytes"
	"strings"
)

// site records a candidate at the reader's current place: its scopes, its
// heading, and the name it is bound to.
func (r *reader) site(c cand) {
	s := site{cand: c, line: r.line, para: r.para, ls: r.ls, le: r.le, heading: -1, url: r.lastURL}
	s.long = c.pos-r.ls > longLine || r.le-c.end > longLine
	for i := len(r.stack) - 1; i >= 0 && s.nchain < maxChain; i-- {
		id := r.stack[i]
		s.chain[s.nchain] = id
		s.nchain++
		r.scopes[id].used = true
	}
	s.group = s.chain[0]
	// A list item's values are siblings of the other items' values:
	// `- API_KEY=…` above `- API_SECRET=…` in a compose file.
	if sc := &r.scopes[s.chain[0]]; sc.kind == scItem && s.nchain > 1 {
		s.group = s.chain[1]
	}
	for i := 0; i < s.nchain; i++ {
		sc := &r.scopes[s.chain[i]]
		if sc.heading >= 0 {
			s.heading = sc.heading
			break
		}
		if r.isTopic(sc) {
			s.behindTopic = true
			break
		}
	}
	r.lookahead(&s)
	r.bind(&s)
	r.sites = append(r.sites, s)
}

// isTopic reports whether a scope is a key that names some other topic
// (twilio:, [database], STRIPE = {): it shields what it holds from
// evidence outside it that is weaker than its own.
func (r *reader) isTopic(sc *scope) bool {
	if sc.kind != scKey && sc.kind != scSection && !(sc.kind == scCode && r.declaresType(sc)) || sc.name[1] <= sc.name[0] {
		return false
	}
	n := r.analysed(r.b[sc.name[0]:sc.name[1]])
	return !n.pinata && len(n.specific) > 0
}

// declaresType reports whether a code scope is a type's body (class,
// enum, struct, object, module …): a type named for another service
// (enum Analytics { static let key = … }) holds that service's settings,
// as a key does. A function's name says what it does, not whose values
// it holds, so functions are not topics.
func (r *reader) declaresType(sc *scope) bool {
	i := int(sc.name[0])
	for i > 0 && (r.b[i-1] == ' ' || r.b[i-1] == '\t') {
		i--
	}
	j := i
	for j > 0 && is(r.b[j-1], cAlnum) && i-j < 10 {
		j--
	}
	return j < i && typeKeywords[string(bytes.ToLower(r.b[j:i]))]
}

// typeKeywords open a type's body.
var typeKeywords = map[string]bool{
	"class": true, "struct": true, "enum": true, "object": true, "module": true, "interface": true,
	"record": true, "trait": true, "namespace": true, "impl": true,
}

// lookahead reads what follows the value on its line: a comment, or
// nothing but closing punctuation.
func (r *reader) lookahead(s *site) {
	b := r.b
	lim := min(r.le, s.end+maxLabelGap)
	s.alone = true
	for i := s.end; i < lim; i++ {
		c := b[i]
		if is(c, cSpace) || bytes.IndexByte([]byte("\"'`,;)]}>"), c) >= 0 || c == '<' && i+1 < lim && b[i+1] == '/' {
			if c == '<' { // a closing tag: </string>
				for i < lim && b[i] != '>' {
					i++
				}
			}
			continue
		}
		s.alone = false
		break
	}
	if lim < r.le && s.alone {
		s.alone = false
	}
	at := -1
	for i := s.end; i < lim && at < 0; i++ {
		if commentAt(b, i, lim) {
			at = i
		}
	}
	if at >= 0 {
		s.comment = [2]int32{int32(at), int32(lim)}
	}
}

// commentMarkers open a comment after a value on its line.
var commentMarkers = []string{"#", "//", "<-", "--", "/*"}

// commentAt reports whether a comment opens at b[i]: a marker where a token
// has ended, after white space or closing punctuation ("K" // note,
// K; -- note, <!-- note). Inside a token it is part of the token: the
// "--" or "#" of a random token, the "//" of a URL.
func commentAt(b []byte, i, lim int) bool {
	if i == 0 {
		return false
	}
	switch b[i-1] {
	case ' ', '\t', ';', ',', ')', ']', '}', '"', '\'', '`', '!':
	default:
		return false
	}
	for _, m := range commentMarkers {
		if i+len(m) <= lim && string(b[i:i+len(m)]) == m {
			return true
		}
	}
	return false
}

// bind finds the name the value is bound to, nearest first: on its line
// (`NAME=`, `"name": `, `-H 'name: `, `--name `), the argument before it in
// a call (`Set("name", v)`), the cell before it in a row, its table column,
// the last name of the line above when it stands alone, and a name field
// beside a generic name (`{"key": "…", "value": v}`).
func (r *reader) bind(s *site) {
	name, kind, callee, wrapped, across := r.inlineName(s)
	top := r.top()
	if (top.bracket == '(' || top.bracket == '[') && top.argStart && name[1] <= top.openPos && !wrapped {
		// The name before the bracket names the array or call, not this
		// element: args = ["…", "…"]. A wrapper's result is the value
		// itself: "VITE_PINATA_KEY": JSON.stringify("…"), k = atob("…").
		kind = viaNone
	}
	if across && kind != viaNone {
		// The name is the value's before it ('pusher', K, S; key K / S),
		// not this one's; another service it names is this row's too.
		kind, callee = viaCell, true
		if n := analyseName(r.b[name[0]:name[1]]); len(n.specific) == 1 && !n.pinata && n.negative == "" && len(words(r.b[name[0]:name[1]])) == 1 {
			s.cellOther = name
		}
	}
	switch {
	case kind == viaAssign:
		s.name, s.via = name, kind
	case kind == viaSpace:
		// Bound by a space alone (ENV NAME v, --flag v, API Key v): a name
		// that says neither credential nor Pinata is a command or a word
		// of prose (echo '…'), not a name.
		if n := analyseName(r.b[name[0]:name[1]]); n.cred || n.pinata || r.b[name[0]] == '-' {
			s.name, s.via = name, kind
		}
	case kind == viaCell && r.inValues(top):
		// A VALUES tuple of an INSERT: the column list names each
		// position, not the value before it (below).
	case kind == viaCell && !callee:
		n := analyseName(r.b[name[0]:name[1]])
		if n.pinata || n.cred {
			s.name, s.via, s.cellName = name, viaCell, true
		} else if len(n.specific) == 1 && n.negative == "" && len(words(r.b[name[0]:name[1]])) == 1 {
			s.cellOther = name
		}
	}
	if (top.bracket == '(' || top.bracket == '[') && top.argStart {
		s.positional = true
		s.bracket = r.stack[len(r.stack)-1]
		s.arg = top.args
		if s.via == viaNone && top.argLabel[1] > top.argLabel[0] {
			s.name, s.via = top.argLabel, viaArg
		}
		// The first argument of a wrapper: the argument before the wrapper
		// names it: h.insert("pinata_api_key", HeaderValue::from_static(v)).
		if s.via == viaNone && top.kind == scCall && top.args == 0 && len(r.stack) > 2 {
			if p := &r.scopes[r.stack[len(r.stack)-2]]; (p.bracket == '(' || p.bracket == '[') && p.argLabel[1] > p.argLabel[0] && r.isWrapper(top.name, s.pos) {
				s.name, s.via = p.argLabel, viaArg
			}
		}
		// A setter's only argument: its name names it (.apiKey("…"),
		// setSecretApiKey("…"), WithAPISecret("…")).
		if s.via == viaNone && top.kind == scCall && top.args == 0 && top.name[1] > top.name[0] {
			nm := r.b[top.name[0]:top.name[1]]
			last := lastComponent(nm)
			if n := r.analysed(last); n.cred && !n.pinata && n.onlyNeutral() {
				off := int32(len(nm) - len(last))
				s.name, s.via = [2]int32{top.name[0] + off, top.name[1]}, viaArg
			}
		}
		// A VALUES tuple of an INSERT: the column of that position.
		if s.via == viaNone && r.inValues(top) {
			s.name, s.via = r.sqlCols[top.args], viaColumn
		}
	}
	// A name right after the value in its call: Swift's setValue(v,
	// forHTTPHeaderField: "pinata_api_key"), Objective-C's [r setValue:v
	// forHTTPHeaderField:@"pinata_api_key"].
	if s.via == viaNone {
		if nm, labelled, ok := r.forwardName(s); ok && (s.positional || labelled) {
			s.name, s.via = nm, viaArg
		}
	}
	if s.via == viaNone && !s.positional {
		if r.bindColumn(s); s.via == viaColumn {
			// The header says what each cell holds (owner, team): the
			// cell before is no service's name; a service column is read
			// as a field of the row.
			s.cellOther = [2]int32{}
		}
	}
	if s.via == viaNone && !s.positional && s.alone && r.prevNames[0][1] > r.prevNames[0][0] && r.line-r.prevLine <= 2 && !r.wordBefore() {
		s.name, s.via = r.prevNames[0], viaAbove
	}
	// A generic name (value, default) or none: a name field beside it.
	if s.via == viaNone || genericValueNames[joinAlnum(r.b[s.name[0]:s.name[1]])] {
		for i := 0; i < min(s.nchain, 2); i++ {
			sc := &r.scopes[s.chain[i]]
			if nf := sc.nameField; nf[1] > nf[0] {
				s.name, s.via = nf, viaField
				if i+1 < s.nchain {
					s.group = s.chain[i+1]
				}
				break
			}
			if sc.kind != scObject && sc.kind != scItem && sc.kind != scTag && sc.kind != scKey {
				break
			}
		}
	}
	// Still generic, as a named argument (add_argument("--pinata-key",
	// default=v)): the label argument before it names it.
	if s.via == viaNone || genericValueNames[joinAlnum(r.b[s.name[0]:s.name[1]])] {
		if top.kind == scCall && top.argLabel[1] > top.argLabel[0] {
			s.name, s.via = top.argLabel, viaArg
		}
	}
	// A list item that is the value alone: the key the list stands under
	// names it (Pinata-Api-Key:\n  - "…", as HTTP recordings keep headers).
	if !s.positional && s.via == viaNone && s.alone && s.nchain > 1 {
		if it := &r.scopes[s.chain[0]]; it.kind == scItem && onlyQuotes(r.b[it.openPos+1:s.pos]) {
			if sc := &r.scopes[s.chain[1]]; sc.kind == scKey && sc.name[1] > sc.name[0] {
				s.name, s.via = sc.name, viaScope
			}
		}
	}
	// An element's text: the element's name attribute names it
	// (<string name="pinata_gateway_key" translatable="false">…</string>).
	if s.via == viaNone && r.lastTagField[1] > r.lastTagField[0] {
		if p, ok := r.at(0); ok && p.c == '>' && int(p.e) == s.pos {
			s.name, s.via = r.lastTagField, viaField
		}
	}
	// Still generic, the value of a command's value flag (gh secret set
	// PINATA_JWT --body v, --value v): the word before the flag names it
	// when it names a credential.
	if s.via == viaSpace && r.b[s.name[0]] == '-' && genericValueNames[joinAlnum(r.b[s.name[0]:s.name[1]])] {
		if nm, ok := r.wordBeforeFlag(s.name[0]); ok {
			s.name, s.via = nm, viaArg
		}
	}
	// Still generic: the block it stands in names it.
	if !s.positional && (s.via == viaNone || genericValueNames[joinAlnum(r.b[s.name[0]:s.name[1]])]) {
		if sc := &r.scopes[s.chain[0]]; sc.kind == scKey && sc.name[1] > sc.name[0] {
			s.name, s.via = sc.name, viaScope
		}
	}
	if s.via != viaNone {
		r.setPrefix(s)
	}
	// A value after a command's words, unnamed or after a short flag
	// (`pin_file_to_ipfs "…" "…" file`, `security … -a api_key -w "…"`):
	// an argument of that command.
	if !s.positional && (s.via == viaNone || s.via == viaSpace && shortFlag(r.b[s.name[0]:s.name[1]])) {
		r.commandOf(s)
	}
}

// forwardName returns the quoted label of the argument right after the
// value, when it names a credential or Pinata: `v, forHTTPHeaderField:
// "pinata_api_key"` (the label word before it is optional).
func (r *reader) forwardName(s *site) (name [2]int32, labelled, ok bool) {
	b := r.b
	lim := min(r.le, s.end+maxLabelGap)
	i := s.end
	for i < lim && (b[i] == '"' || b[i] == '\'') {
		i++
	}
	sep := i
	for i < lim && (b[i] == ' ' || b[i] == ',') {
		i++
	}
	if i == sep || i >= lim {
		return name, false, false
	}
	if j := i; is(b[j], cLabel) { // the argument's label: forHTTPHeaderField:
		for j < lim && is(b[j], cLabel) {
			j++
		}
		if j >= lim || b[j] != ':' {
			return name, false, false
		}
		for i = j + 1; i < lim && b[i] == ' '; i++ {
		}
		labelled = true
	}
	if i < lim && b[i] == '@' {
		i++
	}
	if i >= lim || b[i] != '"' && b[i] != '\'' {
		return name, false, false
	}
	q, a := b[i], i+1
	e := a
	for e < lim && b[e] != q && is(b[e], cLabel) {
		e++
	}
	if e >= lim || b[e] != q || e == a {
		return name, false, false
	}
	if n := r.analysed(b[a:e]); n.cred || n.pinata {
		return [2]int32{int32(a), int32(e)}, labelled, true
	}
	return name, false, false
}

// wordBeforeFlag returns the word before the flag at pos on the line,
// when it names a credential or Pinata (and is no flag itself).
func (r *reader) wordBeforeFlag(pos int32) ([2]int32, bool) {
	k := 0
	for ; k < ringSize; k++ { // back to the flag
		t, ok := r.at(k)
		if !ok {
			return [2]int32{}, false
		}
		if t.s <= pos {
			break
		}
	}
	for k++; k < ringSize; k++ {
		t, ok := r.at(k)
		if !ok {
			return [2]int32{}, false
		}
		if t.c != 'w' {
			continue
		}
		w := r.b[t.s:t.e]
		if t.value || w[0] == '-' {
			return [2]int32{}, false
		}
		if n := r.analysed(w); n.cred || n.pinata {
			return [2]int32{t.s, t.e}, true
		}
		return [2]int32{}, false
	}
	return [2]int32{}, false
}

// shortFlag reports whether a name is a one- or two-letter flag: -k, -w.
func shortFlag(n []byte) bool {
	t := bytes.TrimLeft(n, "-")
	return len(t) < len(n) && len(t) <= 2
}

// commandOf notes the command a value is an argument of: the first word
// of its line, when what stands between is words, flags and quoted
// strings separated by blanks, as a shell runs them.
func (r *reader) commandOf(s *site) {
	b := r.b
	fs := r.ls + r.indent
	if s.pos-fs > 512 || s.pos <= fs {
		return
	}
	e := fs
	for e < s.pos && (is(b[e], cLabel) || b[e] == '/') {
		e++
	}
	if e == fs || e == s.pos || !is(b[e], cSpace) {
		return
	}
	args := int32(0)
	var quote byte
	inArg := false
	for i := e; i < s.pos; i++ {
		c := b[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
			if !inArg {
				inArg = true
				args++
			}
		case is(c, cSpace):
			inArg = false
		case bytes.IndexByte([]byte("=(){};<>|&`$"), c) >= 0:
			return // not a plain command line
		default:
			if !inArg {
				inArg = true
				args++
			}
		}
	}
	s.command = [2]int32{int32(fs), int32(e)}
	s.arg = args
}

// wordBefore reports whether a word stands before the value on its line.
func (r *reader) wordBefore() bool {
	for k := 0; k < ringSize && k < r.nt; k++ {
		if t, _ := r.at(k); t.c == 'w' {
			return true
		}
	}
	return false
}

// bindColumn names a value in a table row by its column: a CSV, TSV or
// Markdown header, or a pg_dump COPY block's column list.
func (r *reader) bindColumn(s *site) {
	if len(r.copyCols) > 0 && r.delims[1] < int32(len(r.copyCols)) && bytes.IndexByte(r.b[r.ls:r.le], '\t') >= 0 {
		s.name, s.via = r.copyCols[r.delims[1]], viaColumn
		return
	}
	if len(r.header) < 2 || r.headerPara != r.para && r.headerDelim == '|' {
		return
	}
	n := r.column()
	if n == 0 || int(n) >= len(r.header) {
		return
	}
	// The row must have as many fields as the header.
	if r.le-r.ls < 4<<10 && countUnquoted(r.b[r.ls:r.le], r.headerDelim) != len(r.header)-1 {
		return
	}
	s.name, s.via = r.header[n], viaColumn
}

// setPrefix takes the word before a one-word name when one space apart:
// "API Key", "Gateway Token", "Pinata JWT".
func (r *reader) setPrefix(s *site) {
	b := r.b
	nm := b[s.name[0]:s.name[1]]
	switch joinAlnum(nm) {
	case "key", "secret", "token", "jwt":
	default:
		return
	}
	i := int(s.name[0])
	if i < 2 || b[i-1] != ' ' || !is(b[i-2], cAlnum) {
		return
	}
	j := i - 1
	for j > s.ls && is(b[j-1], cAlnum) && i-1-j < 12 {
		j--
	}
	if j > s.ls && is(b[j-1], cAlnum) {
		return
	}
	w := string(bytes.ToLower(b[j : i-1]))
	if fillerWords[w] != "" || headingStopWords[w] || codeKeywords[w] || isNumber(w) {
		return // "const TOKEN", "for key", "readonly secret"
	}
	if s.via == viaSpace && vocab[w] == wUnknown && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		// A participle says what was done with the value, not whose it
		// is: "using key …", "rotated secret …" (but "purge key …" and
		// "Twilio Key …" name the key).
		return
	}
	s.prefix = [2]int32{int32(j), int32(i - 1)}
}

// isWrapper reports whether the call named name, whose arguments start
// at or before the value, only wraps it: it is not Pinata's, says nothing
// of credentials, and the value is its first argument.
func (r *reader) isWrapper(name [2]int32, next int) bool {
	n := r.b[name[0]:name[1]]
	if containsFold(n, "pinata") || endpointNames[joinAlnum(lastComponent(n))] {
		return false
	}
	if ni := analyseName(n); ni.cred {
		return false
	}
	t := r.top()
	return t.bracket == '(' && t.args == 0 && int(t.openPos) >= int(name[1])-1
}

// inlineName reads back from the value, over the tokens of its line, to
// the nearest name: skipping punctuation, other values and filler words
// (types, auth schemes, "is", "or"). kind says how it is bound; callee
// that the name is called with the value among its arguments; wrapped
// that a wrapper call stands between the name and the value; across that
// a value of another shape does, whose name it then is.
func (r *reader) inlineName(s *site) (name [2]int32, kind bindKind, callee, wrapped, across bool) {
	skipped := 0
	next := s.pos // start of the token after the name's separator
	for k := 0; k < ringSize; k++ {
		t, ok := r.at(k)
		if !ok || s.pos-int(t.e) > maxLabelGap {
			return name, viaNone, false, false, false
		}
		if t.c != 'w' {
			continue
		}
		if t.value {
			if skipped++; skipped > 4 {
				return name, viaNone, false, false, false
			}
			if sh := shapeOf(r.b[t.s:t.e]); sh != 0 && sh != s.sh {
				// A value of another shape stands between: the name is
				// that value's (key K / S names K; S is K's other half).
				across = true
			}
			next = int(t.s)
			continue
		}
		w := r.b[t.s:t.e]
		if len(w) <= 8 && fillerWords[string(bytes.ToLower(w))] != "" {
			if skipped++; skipped > 4 {
				return name, viaNone, false, false, false
			}
			next = int(t.s)
			continue
		}
		name = r.assemble(k)
		if len(bytes.Trim(w, "-")) == 0 {
			continue // an operator made of dashes: R's `name <- "…"`
		}
		trimmed := bytes.Trim(r.b[name[0]:name[1]], ".$-")
		if len(trimmed) == 0 || !hasLetter(trimmed) {
			return name, viaNone, false, false, false
		}
		sep := bytes.TrimLeft(r.b[t.e:next], " \t")
		if len(sep) > 1 && (sep[0] == '"' || sep[0] == '\'') && sep[1] == '>' {
			// An attribute's value closing a tag, not the element's name:
			// <string name="pinata_jwt" translatable="false">…</string>.
			return name, viaNone, false, false, false
		}
		isCall := len(sep) > 0 && sep[0] == '('
		if isCall && r.isWrapper(name, next) {
			// String("…"), JSON.stringify("…"), HeaderValue::from_static("…"):
			// the name is further left.
			if skipped++; skipped > 4 {
				return name, viaNone, false, false, false
			}
			for {
				p, ok := r.at(k + 1)
				if !ok || p.s < name[0] {
					break
				}
				k++
			}
			next = int(name[0])
			wrapped = true
			continue
		}
		return name, sepKind(r.b[t.e:next]), isCall, wrapped, across
	}
	return name, viaNone, false, false, false
}

// inValues reports whether top is a VALUES tuple of an INSERT whose column
// list names the current position.
func (r *reader) inValues(top *scope) bool {
	return top.kind == scArray && top.bracket == '(' && r.sqlValues && int(top.args) < len(r.sqlCols)
}

// onlyQuotes reports whether b holds nothing but blanks and quotes.
func onlyQuotes(b []byte) bool {
	for _, c := range b {
		if !is(c, cSpace) && c != '"' && c != '\'' {
			return false
		}
	}
	return true
}

func hasLetter(b []byte) bool {
	for _, c := range b {
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// sepKind classifies what stands between a name and its value.
func sepKind(sep []byte) bindKind {
	if len(sep) > maxLabelGap {
		return viaNone
	}
	if bytes.Contains(sep, []byte("==")) || bytes.Contains(sep, []byte("!=")) {
		return viaNone // a comparison: digest(x) == "…"
	}
	rest := make([]byte, 0, 8)
	for _, c := range sep {
		switch c {
		case ' ', '\t', '"', '\'', '`', '\\', '*', '+':
		default:
			rest = append(rest, c)
		}
	}
	if len(rest) == 0 {
		return viaSpace
	}
	if rest[0] == '(' {
		return viaCell // a call: the value is an argument, read by position
	}
	cell := false
	for i, c := range rest {
		switch c {
		case '=', ':', '>', '<', '-', '?', ')', ']', '[', '{', '}', '&':
		case '|':
			if !(i+1 < len(rest) && rest[i+1] == '|' || i > 0 && rest[i-1] == '|') {
				cell = true
			}
		case ',', ';':
			cell = true
		default:
			return viaNone
		}
	}
	if cell {
		return viaCell
	}
	return viaAssign
}
