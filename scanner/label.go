package scanner

import (
	"bytes"
	"strings"
)

// maxLabelGap bounds how far before a value its name may stand on a line.
const maxLabelGap = 160

// label is the name a candidate value is bound to, read from the text
// before it: `PINATA_API_KEY=`, `"pinata_api_key": "`, `-H 'x-pinata-gateway-token: `,
// `API Key: `, or the callee of `new pinataSDK('…', '…')`.
type label struct {
	name   []byte // the nearest name, such as PINATA_API_KEY or headers.pinata_api_key
	prefix []byte // the word before it when one space apart ("API" of "API Key")
	call   bool   // name is a callee: name(…value…)
	above  bool   // name was taken from the line above (value alone on its line)
}

// joined returns the label's words lower-cased with everything but letters
// and digits removed: "API Key" → "apikey", "NEXT_PUBLIC_PINATA_JWT" → "nextpublicpinatajwt".
func (l label) joined() string { return joinAlnum(l.prefix) + joinAlnum(l.name) }

// nameJoined is joined for the name alone, without the prefix word.
func (l label) nameJoined() string { return joinAlnum(l.name) }

// labelBefore finds the label of the value that starts at pos.
func labelBefore(b []byte, pos int) label {
	ls := lineStart(b, pos)
	if l, ok := tableLabel(b, ls, pos); ok {
		return l
	}
	if l, ok := lastName(b, ls, pos); ok {
		return l
	}
	// The value stands alone on its line: the name is at the end of the line
	// above (a Go call split over lines, a YAML block scalar). Not so for
	// `<hash>  file.tgz`, where the value starts a line of its own.
	if !aloneAfter(b, pos) {
		return label{}
	}
	end := ls - 1
	for tries := 0; tries < 2 && end > 0; tries++ {
		start := lineStart(b, end)
		if len(bytes.TrimSpace(b[start:end])) > 0 {
			if l, ok := lastName(b, start, end); ok {
				l.above = true
				return l
			}
			break
		}
		end = start - 1
	}
	return label{}
}

// aloneAfter reports whether only punctuation follows the value at pos on
// its line.
func aloneAfter(b []byte, pos int) bool {
	i := pos
	for i < len(b) && is(b[i], cWord) {
		i++
	}
	for ; i < len(b) && b[i] != '\n'; i++ {
		if !is(b[i], cSpace) && !strings.ContainsRune("\"'`,;)]}>", rune(b[i])) {
			return false
		}
	}
	return true
}

// lastName returns the nearest name ending before end on the line that starts
// at ls, skipping separators, auth schemes and other candidate values.
func lastName(b []byte, ls, end int) (label, bool) {
	floor := max(ls, end-maxLabelGap)
	i := end
	for skipped := 0; skipped < 4; skipped++ {
		for i > floor && !is(b[i-1], cLabel) {
			i--
		}
		if i <= floor {
			return label{}, false
		}
		nameEnd := i
		for i > floor && is(b[i-1], cLabel) {
			i--
		}
		name := bytes.Trim(b[i:nameEnd], ".$-")
		if len(name) == 0 || isValueShaped(name) || isScheme(name) || typeWords[string(name)] || fillerWords[string(bytes.ToLower(name))] {
			continue
		}
		l := label{name: name}
		if nameEnd < len(b) && b[nameEnd] == '(' {
			l.call = true
			// A wrapper such as JSON.stringify("…") or String("…"):
			// the name is further left.
			if !containsFold(name, "pinata") && !credentialWord(joinAlnum(name)) {
				continue
			}
		}
		// One space before: take the word there too ("API Key", "ENV PINATA_JWT").
		if i-2 >= ls && b[i-1] == ' ' && is(b[i-2], cAlnum) {
			j := i - 1
			for j > ls && is(b[j-1], cAlnum) && i-1-j < 12 {
				j--
			}
			if j == ls || !is(b[j-1], cAlnum) {
				l.prefix = b[j : i-1]
			}
		}
		return l, true
	}
	return label{}, false
}

// isValueShaped reports whether a name is really another candidate value,
// as in the second argument of new pinataSDK('key', 'secret').
func isValueShaped(name []byte) bool {
	if len(name) > 64 {
		return true
	}
	return shapeOf(name) != 0
}

// typeWords are types and keywords that stand between a name and its
// value: `const KEY: &str = "…"`, `let key: string = "…"`.
var typeWords = map[string]bool{
	"str": true, "string": true, "String": true, "static": true, "const": true, "let": true,
	"var": true, "val": true, "final": true, "readonly": true, "mut": true, "char": true,
	"byte": true, "bytes": true, "dyn": true, "def": true, "private": true, "public": true,
}

// fillerWords stand between a name and its value in prose: "the secret is …".
var fillerWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "the": true, "a": true,
	"an": true, "to": true, "of": true, "as": true, "here": true, "now": true,
	"or": true, "else": true, // os.getenv("PINATA_JWT") or '…'
}

func isScheme(name []byte) bool {
	switch string(bytes.ToLower(name)) {
	case "bearer", "basic":
		return true
	}
	return false
}

// words splits a label into lower-case words at punctuation and camelCase
// boundaries: "pinataSecretApiKey" → pinata secret api key.
func words(parts ...[]byte) []string {
	var out []string
	for _, p := range parts {
		start := -1
		for i := 0; i <= len(p); i++ {
			boundary := i == len(p) || !is(p[i], cAlnum)
			if !boundary && start >= 0 && i > 0 && isUpper(p[i]) && isLowerLetter(p[i-1]) {
				out = append(out, string(bytes.ToLower(p[start:i])))
				start = i
				continue
			}
			if boundary {
				if start >= 0 {
					out = append(out, string(bytes.ToLower(p[start:i])))
					start = -1
				}
				continue
			}
			if start < 0 {
				start = i
			}
		}
	}
	return out
}

func isUpper(c byte) bool       { return 'A' <= c && c <= 'Z' }
func isLowerLetter(c byte) bool { return 'a' <= c && c <= 'z' }

// lineStart returns the offset of the start of the line holding pos.
func lineStart(b []byte, pos int) int {
	return bytes.LastIndexByte(b[:pos], '\n') + 1
}

// lineEnd returns the offset of the newline ending the line holding pos, or len(b).
func lineEnd(b []byte, pos int) int {
	if i := bytes.IndexByte(b[pos:], '\n'); i >= 0 {
		return pos + i
	}
	return len(b)
}

// tableLabel names a value in a table row by its column: a SQL INSERT's
// VALUES under its column list, or a CSV/TSV row under the header line.
func tableLabel(b []byte, ls, pos int) (label, bool) {
	line := b[ls:lineEnd(b, pos)]
	before := line[:pos-ls]
	if len(line) > 4<<10 || bytes.IndexAny(before, ",\t;") < 0 {
		return label{}, false // rows are short, and a value in one follows a delimiter
	}
	if tuple := bytes.LastIndexByte(before, '('); tuple >= 0 {
		if cols, ok := sqlColumns(b, ls, len(before)); ok {
			if i := countUnquoted(before[tuple+1:], ','); i < len(cols) {
				return label{name: bytes.Trim(cols[i], " \t`\"'[]")}, true
			}
		}
	}
	if bytes.IndexByte(line, '\t') >= 0 {
		if cols, ok := copyColumns(b, ls); ok {
			if i := bytes.Count(before, []byte{'\t'}); i < len(cols) {
				return label{name: bytes.Trim(cols[i], " `\"")}, true
			}
		}
	}
	if ls == 0 {
		return label{}, false // the header itself
	}
	header := b[:lineEnd(b, 0)]
	for _, d := range []byte{',', '\t', ';'} {
		n := countUnquoted(line, d)
		if n == 0 || countUnquoted(header, d) != n {
			continue
		}
		fields := bytes.Split(header, []byte{d})
		for _, f := range fields {
			f = bytes.Trim(f, " \r\"'")
			if len(f) == 0 || bytes.IndexFunc(f, func(r rune) bool { return r > 127 || !is(byte(r), cLabel) && r != ' ' }) >= 0 {
				return label{}, false
			}
		}
		return label{name: bytes.Trim(fields[countUnquoted(before, d)], " \r\"'")}, true
	}
	return label{}, false
}

// countUnquoted counts d in b outside single or double quotes.
func countUnquoted(b []byte, d byte) int {
	n := 0
	var quote byte
	for _, c := range b {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == d:
			n++
		}
	}
	return n
}

// indexFold is bytes.Index ignoring ASCII case, for a lower-case word.
func indexFold(b []byte, w string) int {
	for i := 0; i+len(w) <= len(b); i++ {
		if lower(b[i]) == w[0] && containsFold(b[i:i+len(w)], w) {
			return i
		}
	}
	return -1
}

// sqlColumns returns the column list of the INSERT whose VALUES the value
// at line offset off stands in: on its line, or a few lines above for a
// statement spread over lines.
func sqlColumns(b []byte, ls, off int) ([][]byte, bool) {
	line := b[ls : ls+off]
	for n := 0; n < 30; n++ {
		if v := indexFold(line, "values"); v >= 0 {
			open := bytes.IndexByte(line[:v], '(')
			if open < 0 {
				return nil, false
			}
			end := bytes.IndexByte(line[open:v], ')')
			if end < 0 {
				return nil, false
			}
			return bytes.Split(line[open+1:open+end], []byte{','}), true
		}
		if ls == 0 || n > 0 && bytes.IndexByte(line, ';') >= 0 {
			return nil, false
		}
		end := ls - 1
		ls = lineStart(b, end)
		line = b[ls:end]
	}
	return nil, false
}

// copyColumns returns the columns of a `COPY t (a, b) FROM stdin;` block
// (a pg_dump) that the line at ls belongs to.
func copyColumns(b []byte, ls int) ([][]byte, bool) {
	for n := 0; n < 200 && ls > 0; n++ {
		end := ls - 1
		ls = lineStart(b, end)
		line := b[ls:end]
		if bytes.HasPrefix(line, []byte("COPY ")) {
			open, end := bytes.IndexByte(line, '('), bytes.IndexByte(line, ')')
			if open < 0 || end < open {
				return nil, false
			}
			return bytes.Split(line[open+1:end], []byte{','}), true
		}
		if bytes.Equal(line, []byte("\\.")) {
			return nil, false
		}
	}
	return nil, false
}
