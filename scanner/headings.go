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

// commentBlock gathers consecutive lines of heading text: comments and
// titles with no value on them. A block ends at a line with a value on it,
// and where a new line names something of its own ("# Etherscan" after
// "# Alchemy"): each is then a heading for what follows.
type commentBlock struct {
	active      bool
	line        int32
	pinata, neg bool
	words       int // words that are not stop words
	specific    int // of them, words that name something other than Pinata
	prose       bool
	title       bool // its first line is a title
}

// isFence reports whether a line opens or closes a block of code or
// text: Markdown's ``` and ~~~, Org's #+BEGIN_… and #+END_… (any case).
func isFence(body []byte) bool {
	if bytes.HasPrefix(body, []byte("```")) || bytes.HasPrefix(body, []byte("~~~")) {
		return true
	}
	if len(body) < 6 || body[0] != '#' || body[1] != '+' {
		return false
	}
	w := bytes.ToLower(body[2:min(len(body), 8)])
	return bytes.HasPrefix(w, []byte("begin_")) || bytes.HasPrefix(w, []byte("end_"))
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

// isTitle reports whether a line that is not a comment is a short title:
// a few words with nothing of code in them ("Cloudinary", "Twilio
// credentials:", "**Pinata**", "Chainlink Functions (copied from the
// dashboard)"), starting with a capital. A lone `name:` is a YAML key, and
// a capitalised command (`WORKDIR /app`, `COPY . .`) holds code characters.
func (r *reader) isTitle(body []byte) bool {
	body = bytes.TrimRight(body, " \t\r")
	if len(body) == 0 || len(body) > 80 {
		return false
	}
	colon := body[len(body)-1] == ':'
	text := bytes.TrimRight(body, ":")
	text = bytes.Trim(text, "*_ ")
	if len(text) == 0 || !isUpper(text[0]) && !colon {
		return false
	}
	if colon && !bytes.Contains(text, []byte(" ")) {
		return false // `pinata:`, `depends_on:`: a key, decided by the next line
	}
	if colon && isCodeOpener(text) {
		return false // `class Storage:` opens a body, read as a scope
	}
	nwords := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case is(c, cAlnum):
			if i == 0 || !is(text[i-1], cAlnum) {
				nwords++
			}
		case c == '(' && i > 0 && text[i-1] != ' ':
			return false // a call: Ok(()), Foo(x)
		case c == ' ' || c == '-' || c == '_' || c == '&' || c == '(' || c == ')' || c == '\'':
		default:
			return false
		}
	}
	return nwords <= 6
}

// headingText reports whether a comment or title line is heading text (it
// names a section) rather than content (a value, code, a binding): a line
// that names Pinata and holds no value is heading text whatever else it
// says ("# Pinata -> see vault: kv/uploader").
func (r *reader) headingText(text []byte, le int) bool {
	if r.ci < len(r.cands) && r.cands[r.ci].pos < le {
		return false
	}
	if len(text) <= 200 && containsFold(text, "pinata") {
		return true
	}
	return !hasBinding(text) && !bytes.ContainsAny(text, "@{}[]<>=;\"'`")
}

// lineSays classifies one line of heading text: its words that are not
// stop words, how many of them name something other than Pinata, and
// whether it reads as a title (its first two words capitalised: "Alchemy
// Notify (webhooks)", "Moralis Streams, copied from the dashboard") or as
// prose (more than four words that are not a title: "Put these two lines
// in .env").
func lineSays(text []byte) (nwords, specific int, prose, title bool) {
	if len(text) > 120 {
		return 100, 0, true, false
	}
	title = titleCase(text)
	sentence := false
	// In a heading that starts with a capital, a later word in lower case
	// is a common noun ("Upload script", "Not the cause"): services are
	// names, written with a capital there ("Upload to Stripe").
	capitalised, properNoun := false, false
	first := true
	eachWord(text, func(raw []byte) {
		w := string(bytes.ToLower(raw))
		if first && isDigit(raw[0]) {
			// a list's number: "1. Create a key" starts with Create
		} else if first {
			capitalised, first = isUpper(raw[0]), false
		} else if isUpper(raw[0]) && vocab[w] == wUnknown && !headingStopWords[w] && !bytes.Contains([]byte(w), []byte("pinata")) {
			properNoun = true // "Upload to Mixpanel": a name, however the line reads
		} else if capitalised && !isUpper(raw[0]) && isLowerLetter(raw[0]) && vocab[w] == wUnknown {
			sentence = sentence || sentenceWords[w]
			if !headingStopWords[w] && fillerWords[w] == "" {
				nwords++
			}
			return
		}
		sentence = sentence || sentenceWords[w]
		if headingStopWords[w] || fillerWords[w] != "" {
			return
		}
		nwords++
		if ps, ok := pieces(w, nil); ok || vocab[w] != wUnknown {
			if !ok {
				ps = []string{w}
			}
			for _, p := range ps {
				if topicWords[p] {
					specific++
				}
			}
			return
		}
		if !isNumber(w) && !bytes.Contains([]byte(w), []byte("pinata")) {
			specific++
		}
	})
	return nwords, specific, nwords > 8 || (nwords > 4 || sentence && !properNoun) && !title, title
}

// titleCase reports whether text's first two words are capitalised.
func titleCase(text []byte) bool {
	n := 0
	for i := 0; i < len(text) && n < 2; i++ {
		if is(text[i], cAlnum) && (i == 0 || !is(text[i-1], cAlnum)) {
			if !isUpper(text[i]) {
				return false
			}
			n++
		}
	}
	return n == 2
}

// namesOther reports whether heading text of these measures names
// something other than Pinata: a few words, or a title, with a word the
// vocabulary does not know.
func namesOther(nwords, specific int, prose, title bool) bool {
	return !prose && specific > 0 && (nwords <= 3 || title)
}

// sentenceWords mark a sentence, not a heading: "Copy it here:", "Put
// these two lines in .env:". A title in Title Case may hold them.
var sentenceWords = map[string]bool{
	"it": true, "its": true, "this": true, "these": true, "that": true, "those": true, "the": true,
	"a": true, "an": true, "here": true, "there": true, "in": true, "into": true, "to": true,
	"from": true, "with": true, "of": true, "on": true, "your": true, "our": true, "we": true,
	"you": true, "i": true, "is": true, "are": true, "be": true, "then": true, "them": true,
	"they": true, "will": true, "can": true, "should": true, "must": true,
}

// commentText returns a comment line's text without its marker.
func commentText(body []byte) []byte {
	text := bytes.TrimLeft(body, "#/*-;<! \t")
	text = bytes.TrimPrefix(text, []byte("REM "))
	return bytes.TrimRight(text, " \t\r*/->")
}

// headingLine handles a comment or title line: content ends the block
// before it (its heading then covers this very line), heading text joins
// the block or, when it names something of its own, starts a new one.
func (r *reader) headingLine(body []byte, fs, le int) {
	text := commentText(body)
	if len(text) == 0 {
		r.tokenize(fs, le) // decoration: ----- or ****
		r.endLine()
		return
	}
	if !r.headingText(text, le) {
		r.finishBlock(true)
		r.tokenize(fs, le)
		r.commitMention()
		r.endLine()
		return
	}
	r.tokenize(fs, le)
	r.commitMention()
	nwords, specific, prose, title := lineSays(text)
	names := r.lineMention || r.lineNegMention || namesOther(nwords, specific, prose, title)
	bl := &r.block
	// A line that names something of its own, and does not go on from the
	// line before (a lower-case start does), starts a new heading.
	if bl.active && names && (bl.pinata || bl.neg || bl.specific > 0) && isUpper(text[0]) {
		r.finishBlock(true)
	}
	if !bl.active {
		*bl = commentBlock{active: true, line: r.line, title: title}
	}
	bl.pinata = bl.pinata || r.lineMention
	bl.neg = bl.neg || r.lineNegMention
	bl.words += nwords
	bl.specific += specific
	bl.prose = bl.prose || prose
	r.endLine()
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
// Pinata, denies it, or names another topic in a few words. now attaches
// it at once to the scope the reader is in (a value on the next comment
// line is under it); otherwise it waits for the next content line, which
// may close scopes first.
func (r *reader) finishBlock(now bool) {
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
	case namesOther(bl.words, bl.specific, bl.prose, bl.title):
		h.other = true
	default:
		return
	}
	r.headings = append(r.headings, h)
	r.para++
	if now {
		r.top().heading = int32(len(r.headings) - 1)
		return
	}
	r.pendHeading = int32(len(r.headings) - 1)
}
