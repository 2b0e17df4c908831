package scanner

// Headings: comment blocks, Markdown headings and title lines, and what
// they attribute the lines below them to.

import "bytes"

// heading is a section-header comment, a Markdown heading or a title line:
// it covers the lines below it in its scope, however far.
type heading struct {
	line   int32
	pinata bool // names Pinata
	other  bool // names something else, or denies Pinata
}

// commentBlock gathers consecutive comment or title lines.
type commentBlock struct {
	active       bool
	line         int32
	pinata, neg  bool
	words        int
	specific     int
	content      bool
	textLines    int
	headingLines int
}

func isFence(body []byte) bool {
	return bytes.HasPrefix(body, []byte("```")) || bytes.HasPrefix(body, []byte("~~~"))
}

// isCommentStart reports whether a line's text starts a comment.
func isCommentStart(body []byte) bool {
	switch body[0] {
	case '#':
		// C preprocessor lines are code: #define PINATA_KEY "…".
		return !bytes.HasPrefix(body, []byte("#define")) && !bytes.HasPrefix(body, []byte("#include"))
	case ';':
		return true
	case '/':
		return len(body) > 1 && (body[1] == '/' || body[1] == '*')
	case '*':
		return len(body) == 1 || body[1] == ' ' || body[1] == '/' || body[1] == '*'
	case '-':
		return len(body) > 2 && body[1] == '-' && (body[2] == ' ' || body[2] == '-')
	case '<':
		return bytes.HasPrefix(body, []byte("<!--"))
	case 'R':
		return bytes.HasPrefix(body, []byte("REM "))
	}
	return false
}

// isTitle reports whether a line is a short title: a few words with no
// assignment or code in them ("Cloudinary", "Twilio credentials:",
// "**Pinata**"), starting with a capital or ending with a colon.
func (r *reader) isTitle(body []byte) bool {
	body = bytes.TrimRight(body, " \t\r")
	if len(body) == 0 || len(body) > 60 {
		return false
	}
	colon := body[len(body)-1] == ':'
	text := bytes.TrimRight(body, ":")
	text = bytes.Trim(text, "*_ ")
	if len(text) == 0 || !is(text[0], cAlnum) {
		return false
	}
	nwords := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case is(c, cAlnum):
			if i == 0 || !is(text[i-1], cAlnum) {
				nwords++
			}
		case c == ' ' || c == '-' || c == '_' || c == '.' || c == '\'' || c == '&' || c == '/':
		default:
			return false
		}
	}
	if nwords > 4 {
		return false
	}
	// One word ending in a colon is a YAML key (`pinata:`): the next line
	// decides whether it opens a block; so is `name:` at any indentation.
	if colon && nwords == 1 && !bytes.Contains(text, []byte(" ")) {
		return false
	}
	return colon || isUpper(text[0])
}

// addBlockLine adds a comment or title line to the current comment block.
func (r *reader) addBlockLine(body []byte, title bool) {
	if !r.block.active {
		r.block = commentBlock{active: true, line: r.line}
	}
	bl := &r.block
	if r.lineMention {
		bl.pinata = true
	}
	if r.lineNegMention {
		bl.neg = true
	}
	text := bytes.TrimLeft(body, "#/*-;<!REM ")
	text = bytes.TrimRight(text, " \t\r*/->")
	if len(text) == 0 {
		return // decoration: ----- or ****
	}
	bl.textLines++
	if r.ci > 0 && r.sites[r.ci-1].line == r.line || hasBinding(text) || bytes.ContainsAny(text, "@{}[]<>=;\"'`") {
		bl.content = true
		return
	}
	if len(text) > 120 {
		bl.words += 100
		return
	}
	bl.headingLines++
	for _, w := range words(text) {
		if headingStopWords[w] || fillerWords[w] != "" {
			continue
		}
		bl.words++
		if ps, ok := pieces(w, nil); ok || vocab[w] != wUnknown {
			if !ok {
				ps = []string{w}
			}
			for _, p := range ps {
				switch {
				case vocab[p] == wPinata:
					bl.pinata = true
				case topicWords[p]:
					bl.specific++
				}
			}
			continue
		}
		if !isNumber(w) && !bytes.Contains([]byte(w), []byte("pinata")) {
			bl.specific++
		}
	}
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// hasBinding reports whether comment text holds `name: value` or
// `name=value` rather than a heading.
func hasBinding(text []byte) bool {
	for i := 1; i+1 < len(text); i++ {
		if (text[i] == ':' || text[i] == '=') && is(text[i-1], cAlnum|cSpace) {
			rest := bytes.TrimSpace(text[i+1:])
			if len(rest) > 0 {
				return true
			}
		}
	}
	return false
}

// finishBlock turns a finished comment block into a heading when it names
// Pinata, denies it, or names one other topic in a few words.
func (r *reader) finishBlock() {
	bl := r.block
	if !bl.active {
		return
	}
	r.block.active = false
	h := heading{line: bl.line}
	switch {
	case bl.neg:
		h.other = true
	case bl.pinata:
		h.pinata = true
	case !bl.content && bl.headingLines == 1 && bl.specific >= 1 && bl.specific <= 2 && bl.words <= 3:
		h.other = true
	default:
		return
	}
	r.headings = append(r.headings, h)
	r.pendHeading = int32(len(r.headings) - 1)
	r.para++
}
