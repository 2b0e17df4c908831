package scanner

// Scopes: what encloses a value. Keys and blocks opened by indentation
// (YAML, Python, Ruby), brackets (JSON, code, calls), [sections] (INI,
// TOML), list items and tags, each with the name that opened it.

import "bytes"

// maxBrackets bounds the open brackets tracked; deeper ones are ignored.
const maxBrackets = 64

// scopeKind is what opened a scope.
type scopeKind uint8

type scope struct {
	parent   int32
	kind     scopeKind
	name     [2]int32 // the key, section, callee or type name, in b
	ind2     int      // twice the indent of the opener line (sections: unused)
	bracket  byte     // the opening bracket; 0 for scopes opened by indentation
	eol      bool     // the bracket ended its line
	openPos  int32
	openLine int32
	openPara int32
	heading  int32 // heading covering what follows in this scope; -1 for none
	// Arguments of a call or elements of an array.
	args     int32
	argStart bool     // nothing read yet of the current argument
	argShape int8     // the current argument so far: 0 nothing, 1 one quoted label, 2 more
	argLabel [2]int32 // the previous argument, when it was one quoted label
	curLabel [2]int32
	// Name fields read directly inside (`key: "PINATA_JWT"` beside `value:`).
	nameField [2]int32
	pinataArg bool // an argument is an identifier bound to Pinata
	entries   bool // a [[table]]: one entry of an array of tables
	// entryLabel: in a list of entries, the name one entry gives the
	// entry named "value" ({"key": "key", "value": "pinata_api_key"}).
	entryLabel [2]int32
	pair       bool // it has a "value" field: one name/value entry of a list
	// Evidence read directly inside: Pinata named in a field's value or name
	// (not as a child's key), and fields naming another service.
	facts []scopeFact
	used  bool // a site refers to it: keep its record
}

type scopeFact struct {
	para, line, pos int32
	other           bool // another service, or Pinata denied
}

// opener is a line that may open a scope by indentation (`pinata:`,
// `class Pinata:`, `Pinata.configure do |c|`), decided by the next line.
type opener struct {
	ok     bool
	kind   scopeKind
	name   [2]int32
	indent int
	line   int32
	para   int32
	pos    int32
	dash   bool // the opener line was a list item
}

// resolveOpener decides a pending `name:` line now that the next content
// line's indentation is known: a block if that line is deeper (or a list
// at the same indentation), else a title.
func (r *reader) resolveOpener(indent int, dash bool) {
	o := r.pendOpener
	if !o.ok {
		return
	}
	r.pendOpener = opener{}
	switch {
	case indent > o.indent:
		r.push(scope{kind: o.kind, name: o.name, ind2: 2 * o.indent, openPos: o.pos, openLine: o.line, openPara: o.para})
	case indent == o.indent && dash && o.kind == scKey:
		r.push(scope{kind: o.kind, name: o.name, ind2: 2*o.indent - 1, openPos: o.pos, openLine: o.line, openPara: o.para})
	case o.kind == scKey:
		// A title such as "Twilio:" over lines at its own level.
		name := r.b[o.name[0]:o.name[1]]
		nw, sp, prose, title := lineSays(name)
		h := heading{line: o.line}
		switch {
		case containsFold(name, "pinata"):
			h.pinata = true
		case namesOther(nw, sp, prose, title) && !r.analysed(name).cred:
			h.other = true
		default:
			return
		}
		r.headings = append(r.headings, h)
		r.pendHeading = int32(len(r.headings) - 1)
		r.para++
	}
}

// popByIndent closes the scopes a line at this indentation has left.
func (r *reader) popByIndent(indent int, dash bool) {
	lim := 2*indent - 1
	if dash {
		lim = 2 * indent
	}
	for len(r.stack) > 1 {
		t := r.top()
		switch {
		case t.kind == scSection:
			return
		case t.bracket == 0:
			if t.ind2 < lim {
				return
			}
		case t.eol:
			if 2*indent >= t.ind2 {
				return
			}
		default:
			if 2*indent > t.ind2 {
				return
			}
		}
		r.pop()
	}
}

func (r *reader) push(s scope) {
	s.parent = r.stack[len(r.stack)-1]
	s.heading = -1
	if s.openLine == 0 && s.openPos == 0 {
		s.openLine = r.line
	}
	if s.kind != scItem && s.bracket == 0 && s.openPos == 0 {
		s.openPos = int32(r.ls)
	}
	if s.bracket == 0 && s.kind == scItem {
		s.openLine, s.openPara = r.line, r.para
	}
	if s.bracket != 0 {
		s.openLine, s.openPara = r.line, r.para
		r.nbr++
	}
	s.argStart = true
	r.scopes = append(r.scopes, s)
	r.stack = append(r.stack, int32(len(r.scopes)-1))
}

func (r *reader) pop() {
	id := r.stack[len(r.stack)-1]
	r.stack = r.stack[:len(r.stack)-1]
	s := &r.scopes[id]
	if s.bracket != 0 {
		r.nbr--
	}
	// An entry of a list of name/value entries (Postman, an env list):
	// what it says of Pinata is said beside its siblings too, and an
	// entry that names the "value" entry's name ({"key": "key", "value":
	// "pinata_api_key"}) names it for the whole list. Entries that are
	// objects of their own (- name: pinata / - name: filebase) keep theirs.
	if len(r.stack) > 0 && s.nameField[1] > s.nameField[0] && s.pair && (s.kind == scObject || s.kind == scItem) {
		p := &r.scopes[r.stack[len(r.stack)-1]]
		if p.kind == scArray || p.kind == scKey {
			for _, f := range s.facts {
				if !f.other && len(p.facts) < 64 {
					p.facts = append(p.facts, f)
				}
			}
		}
		if s.entryLabel[1] > s.entryLabel[0] {
			p.entryLabel = s.entryLabel
		}
	}
	// A scope no site refers to is forgotten, so that memory follows the
	// depth of the structure, not its size.
	if !s.used && int(id) == len(r.scopes)-1 {
		r.scopes = r.scopes[:id]
	}
}

func (r *reader) openSection(fs, le int) {
	for len(r.stack) > 1 {
		r.pop()
	}
	body := bytes.TrimRight(r.b[fs:le], " \t\r")
	inner := bytes.Trim(body, "[] \"")
	off := int32(fs + bytes.Index(body, inner))
	r.push(scope{kind: scSection, name: [2]int32{off, off + int32(len(inner))}, openPos: int32(fs), openLine: r.line, openPara: r.para,
		entries: bytes.HasPrefix(body, []byte("[["))})
	if containsFold(inner, "pinata") {
		// The section's name is its key, not a field inside it.
		r.pendMention = -1
	}
}

// isSectionHeader matches `[pinata]`, `[[tool.pinata]]`, `[default.pinata]`.
func isSectionHeader(body []byte) bool {
	if len(body) < 3 || body[0] != '[' || body[len(body)-1] != ']' {
		return false
	}
	for _, c := range bytes.Trim(body, "[]") {
		if !is(c, cLabel) && c != ' ' && c != '"' {
			return false
		}
	}
	return true
}

// openBracket opens a scope for the bracket c at i, named by what stands
// before it: a callee, a key, a type.
func (r *reader) openBracket(i int, c byte) {
	if r.nbr >= maxBrackets {
		r.nbr++ // counted, so its closer is not taken for another's
		r.push(scope{kind: scCode, bracket: c, ind2: 2 * r.indent, openPos: int32(i)})
		return
	}
	// SQL: the column list of an INSERT, and the tuples of its VALUES.
	if c == '(' && !r.sqlValues && r.isInsertColumns() {
		if e := bytes.IndexByte(r.b[i:r.le], ')'); e > 0 {
			r.sqlCols = splitFields(r.sqlCols[:0], r.b, i+1, i+e, ',')
		}
	}
	kind, name := r.bracketName(c)
	if c == '(' && r.sqlValues && len(r.sqlCols) > 0 {
		kind = scArray
	}
	r.push(scope{kind: kind, bracket: c, name: name, ind2: 2 * r.indent, openPos: int32(i)})
}

// isInsertColumns reports whether the tokens before a '(' read
// `INSERT INTO name`.
func (r *reader) isInsertColumns() bool {
	for k := 0; k < 8; k++ {
		t, ok := r.at(k)
		if !ok {
			return false
		}
		if t.c == 'w' && bytes.EqualFold(r.b[t.s:t.e], []byte("into")) {
			return true
		}
	}
	return false
}

// codeKeywords before a name make it a type or function, not a key.
var codeKeywords = map[string]bool{
	"class": true, "struct": true, "interface": true, "object": true, "enum": true, "impl": true,
	"module": true, "namespace": true, "record": true, "trait": true, "fn": true, "func": true,
	"function": true, "def": true, "type": true, "new": true, "extends": true, "implements": true,
}

// typeWords are types a literal may be written with before its brace:
// "pinata": map[string]string{…}, key: []any{…}.
var typeWords = map[string]bool{
	"map": true, "string": true, "any": true, "interface": true, "int": true, "bool": true,
	"byte": true, "float64": true, "int64": true, "object": true, "dict": true, "list": true,
}

// skipType returns how many tokens back a literal's type ends, when what
// stands before a brace is a type such as map[string]string or []any,
// so that the key before it names the literal.
func (r *reader) skipType() int {
	k := 0
	for ; k < 12; k++ {
		t, ok := r.at(k)
		if !ok {
			return 0
		}
		switch {
		case t.c == 'w' && typeWords[string(bytes.ToLower(r.b[t.s:t.e]))]:
		case t.c == '[' || t.c == ']' || t.c == '*' || t.c == '&' || t.c == '{' && k > 0 || t.c == '}' && k > 0:
		case k > 0 && (t.c == ':' || t.c == '='):
			return k
		default:
			return 0
		}
	}
	return 0
}

// controlKeywords before '(' open a condition or a declaration, not a call.
var controlKeywords = map[string]bool{
	"if": true, "for": true, "while": true, "switch": true, "catch": true, "function": true,
	"func": true, "fn": true, "return": true, "elif": true, "with": true, "foreach": true,
}

// bracketName reads what stands before an opening bracket.
func (r *reader) bracketName(c byte) (scopeKind, [2]int32) {
	k := 0
	sep := false // an assignment separator stands between
	sawSpace := false
	if c == '{' {
		k = r.skipType()
	}
	for lim := k + 6; k < lim; k++ {
		t, ok := r.at(k)
		if !ok {
			return anonKind(c), [2]int32{}
		}
		if t.c == 'w' {
			break
		}
		switch t.c {
		case ':', '=':
			sep = true
		case '"', '\'', '`':
		case '>':
			if k == 0 {
				return scCode, [2]int32{} // => { or -> {
			}
			sep = true
		default:
			return anonKind(c), [2]int32{}
		}
		if t.sp {
			sawSpace = true
		}
	}
	t, ok := r.at(k)
	if !ok || t.c != 'w' || t.value {
		return anonKind(c), [2]int32{}
	}
	if k == 0 && t.sp && c == '(' {
		sawSpace = true
	}
	name := r.assemble(k)
	w := string(bytes.ToLower(r.b[t.s:t.e]))
	switch c {
	case '(':
		if sep || sawSpace && k > 0 {
			return scObject, [2]int32{}
		}
		if controlKeywords[string(bytes.ToLower(r.b[name[0]:name[1]]))] {
			return scCode, [2]int32{}
		}
		return scCall, name
	case '[':
		if sep {
			return scArray, name
		}
		return scArray, name // an index such as ENV["…"] closes before its value
	}
	// '{'
	if sep {
		return scKey, name
	}
	if codeKeywords[w] {
		// `struct {`: the name is before the keyword.
		if t2, ok := r.at(k + 1); ok && t2.c == 'w' {
			return scCode, [2]int32{t2.s, t2.e}
		}
		return scCode, [2]int32{}
	}
	if t2, ok := r.at(k + 1); ok && t2.c == 'w' && codeKeywords[string(bytes.ToLower(r.b[t2.s:t2.e]))] {
		return scCode, name
	}
	switch w {
	case "do", "then", "else", "try", "finally", "return":
		return scCode, [2]int32{}
	}
	return scKey, name
}

func anonKind(c byte) scopeKind {
	switch c {
	case '[':
		return scArray
	case '{':
		return scObject
	}
	return scCode
}

// closeBracket closes the innermost scope opened by the matching bracket,
// and any opened after it; a closer with no opener near is ignored.
func (r *reader) closeBracket(c byte) {
	open := map[byte]byte{')': '(', ']': '[', '}': '{'}[c]
	for d := 0; d < 4 && len(r.stack)-1-d > 0; d++ {
		s := &r.scopes[r.stack[len(r.stack)-1-d]]
		if s.bracket == 0 && s.kind != scItem {
			if s.kind == scSection {
				return
			}
			continue
		}
		if s.bracket == open {
			for ; d >= 0; d-- {
				r.pop()
			}
			return
		}
	}
}

// detectOpener notes a line that may open a scope by indentation.
func (r *reader) detectOpener(fs, le int, dash bool) {
	b := r.b
	body := bytes.TrimRight(b[fs:le], " \t\r")
	if i := bytes.Index(body, []byte(" #")); i >= 0 && r.inQuote == 0 {
		body = bytes.TrimRight(body[:i], " \t")
	}
	if len(body) == 0 {
		return
	}
	indent := r.indent
	if dash {
		body = bytes.TrimLeft(body[1:], " ")
		indent = r.indent + 2
		if len(body) == 0 {
			return
		}
	}
	o := opener{ok: true, indent: indent, line: r.line, para: r.para, pos: int32(fs), dash: dash}
	last := body[len(body)-1]
	// YAML block scalar: `api_key: >-` or `key: |`.
	trimmed := bytes.TrimRight(body, "-+0123456789 ")
	if t := bytes.TrimRight(trimmed, "|>"); len(t) < len(trimmed) {
		trimmed = bytes.TrimRight(t, " ")
	} else {
		trimmed = body // no block scalar indicator: `port: 8080` is a value
	}
	switch {
	case last == ':' && len(body) > 1:
		name := bytes.TrimRight(body[:len(body)-1], " ")
		if bytes.ContainsAny(name, ":=") && !bytes.HasPrefix(name, []byte("- ")) {
			// `a: b:` or `x = y:` — not a key alone
			if !isCodeOpener(name) {
				return
			}
		}
		if isCodeOpener(name) {
			o.kind = scCode
			o.name = r.codeName(fs, name)
		} else {
			o.kind = scKey
			n := bytes.Trim(name, "\"' ")
			off := bytes.Index(b[fs:le], n)
			o.name = [2]int32{int32(fs + off), int32(fs + off + len(n))}
		}
	case len(trimmed) > 1 && trimmed[len(trimmed)-1] == ':' && len(trimmed) < len(body):
		n := bytes.Trim(trimmed[:len(trimmed)-1], "\"' ")
		off := bytes.Index(b[fs:le], n)
		o.kind = scKey
		o.name = [2]int32{int32(fs + off), int32(fs + off + len(n))}
	case bytes.HasSuffix(body, []byte(" do")) || bytes.HasSuffix(body, []byte("|")) && bytes.Contains(body, []byte(" do |")):
		o.kind = scCode
		d := bytes.LastIndex(body, []byte(" do"))
		o.name = r.codeName(fs, body[:d])
	case bytes.HasPrefix(body, []byte("class ")) || bytes.HasPrefix(body, []byte("module ")):
		o.kind = scCode
		o.name = r.codeName(fs, body)
	default:
		return
	}
	r.pendOpener = o
}

// isCodeOpener reports whether the text before a line's final colon is
// code (class X, def f(), if x) rather than a key.
func isCodeOpener(name []byte) bool {
	if bytes.HasSuffix(name, []byte(")")) {
		return true
	}
	for _, kw := range []string{"class ", "def ", "if ", "elif ", "else", "for ", "while ", "with ", "try", "except", "finally", "async def ", "case ", "default"} {
		if bytes.HasPrefix(name, []byte(kw)) {
			return true
		}
	}
	return false
}

// codeName returns the name a code line opens: the class or the callee
// (`class PinataService`, `Pinata.configure do`).
func (r *reader) codeName(fs int, text []byte) [2]int32 {
	t := text
	for _, kw := range []string{"class ", "module ", "def ", "async def "} {
		if bytes.HasPrefix(t, []byte(kw)) {
			t = t[len(kw):]
			break
		}
	}
	e := 0
	for e < len(t) && (is(t[e], cLabel) || t[e] == ':') {
		e++
	}
	if e == 0 {
		return [2]int32{}
	}
	off := fs + (len(text) - len(t)) + bytes.Index(r.b[fs+len(text)-len(t):], t[:e]) - 0
	_ = off
	start := bytes.Index(r.b[fs:r.le], t[:e])
	if start < 0 {
		return [2]int32{}
	}
	return [2]int32{int32(fs + start), int32(fs + start + e)}
}
