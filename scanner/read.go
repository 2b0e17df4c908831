package scanner

import (
	"bytes"
	"sort"
)

// The structure reader: one pass over a window that turns its text into
// what the rules need to know about each candidate value. The name it is
// bound to (`NAME=`, `name:`, `"name": `, `--name `, a header, a query
// parameter, a name field beside it, a table column, the line above), the
// call it is an argument of (`pinata.New(url, "", key, secret)`), the keys,
// sections and objects that enclose it, with what each names, the heading
// comment that covers it, and the Pinata mentions around it.
//
// It is a reader, not a parser: it never fails. Unbalanced brackets are
// closed by indentation, unknown syntax is read as words and punctuation,
// and every step costs a bounded amount per byte, so a window of any shape
// is read in linear time.

// maxChain bounds how many enclosing scopes a site records.
const maxChain = 16

// maxLabelGap bounds how far before a value its name may stand on a line.
const maxLabelGap = 160

// longLine: a line longer than this on either side of a value (a minified
// bundle, a one-line dump) has no line structure to read: headings,
// neighbouring lines and mentions farther away do not speak for it.
const longLine = 1024

// cand is a candidate value: a run of word characters with the shape of a
// key, a secret or a gateway token, or a base64 run that decodes to one.
type cand struct {
	pos, end int    // where it stands in the window (the encoded run, if encoded)
	val      []byte // the value, decoded
	sh       shape
	enc      string
}

// bindKind says how a name was bound to a value.
type bindKind uint8

const (
	viaNone   bindKind = iota
	viaAssign          // NAME=v, name: v, "name": "v", -H "name: v", ?name=v, name => v
	viaSpace           // ENV NAME v, --flag v, a prose label
	viaArg             // Set("name", v): the argument before names it
	viaCell            // name,v in a row, | name | v |
	viaColumn          // a table column's header
	viaField           // {"key": "name", "value": v}
	viaAbove           // the value alone on its line, under `name:` or `name(`
	viaScope           // a generic name inside a named block: variable "pinata_jwt" { default = v }
)

const (
	scRoot    scopeKind = iota
	scKey               // a key, section or block of settings: pinata:, [pinata], "pinata": {, PINATA = {
	scCode              // a class, function, method or anonymous block
	scCall              // a call's arguments
	scArray             // an array or list literal
	scObject            // an unnamed object literal
	scItem              // a YAML list item
	scTag               // an XML or HTML tag's attributes
	scSection           // a [section] of an INI or TOML file
)

// mention is a place where Pinata is named (a JWT of Pinata's counts).
type mention struct {
	pos, line, para int32
	negated         bool
}

// site is a candidate with what the reader found about it.
type site struct {
	cand
	line, para int32
	ls, le     int // the line's bounds in b
	long       bool
	name       [2]int32 // the name bound to it; name[0] == name[1] when none
	prefix     [2]int32 // "API" of "API Key"
	via        bindKind
	// Positional: an argument of a call or an element of an array.
	positional bool
	bracket    int32 // the scope of that call or array
	arg        int32
	// Structure, innermost first.
	chain  [maxChain]int32
	nchain int
	group  int32 // the scope whose other values are its siblings
	// The heading that covers it (-1), and whether an enclosing key of
	// another topic stands between it and that heading.
	heading     int32
	behindTopic bool
	comment     [2]int32  // a comment after the value on its line
	alone       bool      // nothing but punctuation after it on its line
	cellName    bool      // name read from the cell before it
	info        *nameInfo // its name analysed, once (judge.go)
	url         int32     // the "://" of the URL it stands in, on its line; -1 for none
	command     [2]int32  // the command it is an argument of, on a shell-like line
	cellOther   [2]int32  // the cell before it, when it is one specific word
}

// ref is a use of an identifier under a Pinata credential's name, and the
// type whose body the use stands in (-1 for none): a field of one class
// says nothing of a same-named variable in another.
type ref struct {
	name  [2]int32
	owner int32
}

// reader holds the state of one pass.
type reader struct {
	b        []byte
	lines    *lineIndex
	cands    []cand
	sites    []site
	scopes   []scope
	stack    []int32
	headings []heading
	mentions []mention
	refs     map[string]ref       // identifier → the Pinata credential name it is used as
	named    bool                 // Pinata is named (not denied) somewhere in the window
	names    map[string]*nameInfo // names analysed in this window
	// Identifiers that stand for Pinata: imported from it, or assigned a
	// string naming it.
	pinataIdents map[string]bool
	spreads      map[string][2]int32 // identifier → the callee it is spread into
	embedded     map[string]int      // keys and secrets Pinata JWTs embed → the JWT's position
	jwtAt        []int

	jwts []int // positions of Pinata JWTs, which are mentions of Pinata
	jw   int
	ci   int   // next candidate
	para int32 // paragraph counter: blank lines and headings split paragraphs
	nbr  int   // open brackets

	// The current line.
	line           int32
	ls, le         int
	indent         int
	comment        bool
	ring           [ringSize]tok
	nt             int // tokens read on the line
	inQuote        byte
	delims         [4]int32 // , \t ; | outside quotes so far
	lastSig        int32    // position of the last significant token
	pendMention    int32    // a mention whose role (field or child key) is not yet known; -1
	lineMention    bool
	lineNegMention bool
	refName        [2]int32 // a Pinata credential name waiting for the identifier it is bound to
	refSep         bool
	refTaken       bool // a word has followed refName
	sqlValues      bool // after VALUES on this statement
	sqlCols        [][2]int32
	copyCols       [][2]int32 // a pg_dump COPY block's columns
	header         [][2]int32 // a table header's fields
	headerDelim    byte
	headerPara     int32
	paraFirst      bool // the line is the first of its paragraph
	prevNames      [2][2]int32
	prevLine       int32 // the line prevNames[0] was read from
	pendOpener     opener
	lastTag        [2]int32 // the name of the last tag closed on the line
	lastTagField   [2]int32 // that tag's name attribute: <string name="…">
	lastURL        int32    // the last "://" on the line, -1 once a blank or quote follows it
	pendRef        [2]int32 // an identifier that may be sent under a Pinata name
	block          commentBlock
	pendHeading    int32
}

var readerPool = make(chan *reader, 4)

func getReader() *reader {
	select {
	case r := <-readerPool:
		return r
	default:
		return &reader{lines: &lineIndex{}}
	}
}

func putReader(r *reader) {
	if cap(r.scopes) > 1<<16 || cap(r.mentions) > 1<<16 {
		return
	}
	r.b, r.cands = nil, nil
	select {
	case readerPool <- r:
	default:
	}
}

// read reads b and returns a site for each candidate (sorted by pos).
// jwts are the positions of Pinata JWTs in b: mentions of Pinata too.
func (r *reader) read(b []byte, lines *lineIndex, cands []cand, jwtHits []hit) []site {
	r.b, r.lines, r.cands = b, lines, cands
	jwts := r.jwtAt[:0]
	r.embedded = nil
	for _, h := range jwtHits {
		jwts = append(jwts, h.pos)
		if h.jwt != nil {
			if r.embedded == nil {
				r.embedded = map[string]int{}
			}
			r.embedded[h.jwt.KeyID] = h.pos
			r.embedded[h.jwt.Secret] = h.pos
		}
	}
	r.jwtAt = jwts
	r.sites = r.sites[:0]
	r.scopes = r.scopes[:0]
	r.stack = r.stack[:0]
	r.headings = r.headings[:0]
	r.mentions = r.mentions[:0]
	r.refs, r.names, r.pinataIdents, r.spreads = nil, nil, nil, nil
	r.ci, r.para, r.nbr = 0, 0, 0
	r.sqlCols, r.copyCols, r.header = r.sqlCols[:0], r.copyCols[:0], r.header[:0]
	r.sqlValues = false
	r.prevNames = [2][2]int32{}
	r.pendOpener = opener{}
	r.block = commentBlock{}
	r.pendHeading = -1
	r.scopes = append(r.scopes, scope{parent: -1, kind: scRoot, heading: -1, used: true})
	r.stack = append(r.stack, 0)
	r.jwts, r.jw = jwts, 0
	n := lines.count()
	lastCandLine := -1
	if len(cands) > 0 {
		lastCandLine = lines.lineOf(cands[len(cands)-1].pos)
	}
	for line := 0; line < n; line++ {
		ls, le := lines.start(line), lines.end(line)
		r.readLine(int32(line), ls, le)
		// Past the last candidate, a few more lines still hold siblings
		// and nearby mentions; the rest of the window cannot matter.
		if lastCandLine >= 0 && line > lastCandLine+maxLookahead && r.ci >= len(cands) {
			break
		}
	}
	for r.ci < len(cands) { // cannot happen: every candidate is on a line
		r.sites = append(r.sites, site{cand: cands[r.ci], heading: -1})
		r.ci++
	}
	// A JWT's mention is added when its line starts, before the words of
	// the line: order them by position.
	sort.SliceStable(r.mentions, func(i, j int) bool { return r.mentions[i].pos < r.mentions[j].pos })
	r.named = false
	for _, m := range r.mentions {
		if !m.negated {
			r.named = true
			break
		}
	}
	return r.sites
}

// maxLookahead is how many lines after the last candidate are read for
// siblings and mentions below it.
const maxLookahead = 64

// analysed returns the analysis of a name, once per window: thousands of
// values may share one name.
func (r *reader) analysed(nm []byte) *nameInfo {
	if n, ok := r.names[string(nm)]; ok {
		return n
	}
	if r.names == nil {
		r.names = map[string]*nameInfo{}
	}
	n := analyseName(nm)
	if len(r.names) < 4096 {
		r.names[string(nm)] = &n
	}
	return &n
}

func (r *reader) top() *scope { return &r.scopes[r.stack[len(r.stack)-1]] }

// readLine reads one line.
func (r *reader) readLine(line int32, ls, le int) {
	b := r.b
	fs := ls
	for fs < le && is(b[fs], cSpace) {
		fs++
	}
	if fs == le {
		r.para++
		r.paraFirst = true
		return
	}
	r.line, r.ls, r.le = line, ls, le
	r.indent = fs - ls
	r.nt, r.inQuote, r.delims = 0, 0, [4]int32{}
	r.pendMention, r.lineMention, r.lineNegMention = -1, false, false
	r.lastTag, r.lastTagField = [2]int32{}, [2]int32{}
	r.lastURL = -1
	r.refName, r.refSep, r.pendRef, r.refTaken = [2]int32{}, false, [2]int32{}, false
	r.lastSig = -1
	body := b[fs:le]
	r.comment = isCommentStart(body)
	title := !r.comment && r.isTitle(body)
	if isFence(body) {
		return
	}
	if r.comment || title {
		r.headingLine(body, fs, le)
		return
	}
	// A content line: it ends a comment block, decides a pending opener,
	// closes scopes its indentation leaves, and may open a section.
	dash := body[0] == '-' && (len(body) == 1 || body[1] == ' ')
	first := body[0]
	r.resolveOpener(r.indent, dash)
	if first != '}' && first != ')' && first != ']' {
		r.popByIndent(r.indent, dash)
	}
	r.finishBlock(false)
	if r.pendHeading >= 0 {
		r.top().heading = r.pendHeading
		r.pendHeading = -1
	}
	if isSectionHeader(bytes.TrimRight(body, " \t\r")) {
		r.openSection(fs, le)
	}
	if dash {
		r.push(scope{kind: scItem, ind2: 2 * r.indent, openPos: int32(fs)})
	}
	r.updateHeader(fs, le)
	row := r.isRow(fs, le)
	if row {
		// A row of a table is one record: its cells are its fields.
		r.push(scope{kind: scObject, bracket: '|', ind2: 2 * r.indent, openPos: int32(fs)})
	}
	r.tokenize(fs, le)
	if row && r.top().bracket == '|' {
		r.commitMention()
		r.pop()
	}
	r.detectOpener(fs, le, dash)
	if o := r.pendOpener; o.ok && o.line == r.line && r.pendMention >= o.name[0] && r.pendMention < o.name[1] {
		r.pendMention = -1 // `pinata:` names the block below, not a field
	}
	r.commitMention()
	r.endLine()
}

// endLine closes what a line leaves open: tags, and brackets a line opened
// in the middle and never closed (a stray bracket in a string or regex).
func (r *reader) endLine() {
	r.commitRef(true)
	r.importLine()
	for len(r.stack) > 1 {
		t := r.top()
		if t.bracket == '<' {
			r.pop()
			continue
		}
		break
	}
	// Brackets opened on this line: remember whether each ended the line.
	for i := len(r.stack) - 1; i > 0; i-- {
		s := &r.scopes[r.stack[i]]
		if s.openLine != r.line || s.bracket == 0 {
			break
		}
		s.eol = s.openPos == r.lastSig
	}
	// The last name on the line, for a value alone on the next line.
	r.prevNames[1] = r.prevNames[0]
	r.prevNames[0] = [2]int32{}
	if nm, ok := r.lastName(); ok {
		r.prevNames[0] = nm
	}
	r.prevLine = r.line
	r.paraFirst = false
}
