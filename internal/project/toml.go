package project

// A lenient TOML reader, enough for the dependency tables of pyproject.toml,
// Pipfile and Cargo.toml. It is a reader, not a validator: what it cannot
// read it skips to the end of the line, and it never fails. Every byte is
// consumed once, so it runs in linear time; nesting is bounded.

// tomlValue is a value as far as dependency tables need it.
type tomlValue struct {
	str     string   // a string's content
	isStr   bool     // the value is a string
	strs    []string // an array's string items
	isArray bool
	isTable bool // a table: a [header], or an inline table {…}
}

// maxTOMLDepth bounds nested arrays and inline tables.
const maxTOMLDepth = 32

type tomlReader struct {
	b     []byte
	i     int
	visit func(path []string, v tomlValue)
}

// readTOML calls visit for every value in data with its whole key path:
// the table header's keys, then the dotted key, then the keys of inline
// tables around it. A [header] is visited as a table.
func readTOML(data []byte, visit func(path []string, v tomlValue)) {
	r := &tomlReader{b: data, visit: visit}
	var header []string
	for r.i < len(r.b) {
		r.skipBlank(true)
		if r.i >= len(r.b) {
			return
		}
		switch r.b[r.i] {
		case '#':
			r.skipLine()
		case '[':
			r.i++
			array := r.i < len(r.b) && r.b[r.i] == '['
			if array {
				r.i++
			}
			keys, ok := r.keyPath(']')
			if ok && r.i < len(r.b) && r.b[r.i] == ']' {
				header = keys
				r.visit(header, tomlValue{isTable: true})
			} else {
				header = nil // a header we cannot read: what follows is not in a table we know
			}
			r.skipLine()
		default:
			start := r.i
			keys, ok := r.keyPath('=')
			if ok && r.i < len(r.b) && r.b[r.i] == '=' {
				r.i++
				path := append(append([]string(nil), header...), keys...)
				r.value(path, 0, true)
			}
			if r.i == start {
				r.i++ // always move on
			}
			r.skipLine()
		}
	}
}

// skipBlank skips spaces and tabs, and newlines too when lines is true.
func (r *tomlReader) skipBlank(lines bool) {
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ' ', '\t', '\r':
		case '\n':
			if !lines {
				return
			}
		default:
			return
		}
		r.i++
	}
}

// skipLine moves past the next newline.
func (r *tomlReader) skipLine() {
	for r.i < len(r.b) && r.b[r.i] != '\n' {
		r.i++
	}
	if r.i < len(r.b) {
		r.i++
	}
}

// skipFiller skips blanks, newlines and comments, as between array items.
func (r *tomlReader) skipFiller() {
	for {
		r.skipBlank(true)
		if r.i < len(r.b) && r.b[r.i] == '#' {
			for r.i < len(r.b) && r.b[r.i] != '\n' {
				r.i++
			}
			continue
		}
		return
	}
}

// keyPath reads a dotted key (bare or quoted parts) up to end ('=' or ']'),
// leaving r.i at end. It stops at a newline.
func (r *tomlReader) keyPath(end byte) ([]string, bool) {
	var keys []string
	for {
		r.skipBlank(false)
		if r.i >= len(r.b) {
			return nil, false
		}
		c := r.b[r.i]
		switch {
		case c == '"' || c == '\'':
			s, ok := r.str()
			if !ok {
				return nil, false
			}
			keys = append(keys, s)
		case isBareKey(c):
			start := r.i
			for r.i < len(r.b) && isBareKey(r.b[r.i]) {
				r.i++
			}
			keys = append(keys, string(r.b[start:r.i]))
		default:
			return nil, false
		}
		r.skipBlank(false)
		if r.i >= len(r.b) {
			return nil, false
		}
		switch r.b[r.i] {
		case '.':
			r.i++
		case end:
			return keys, true
		default:
			return nil, false
		}
	}
}

func isBareKey(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-'
}

// value reads the value at r.i and, when visit is set, visits it under
// path. An array's items are not visited one by one: the array carries them.
func (r *tomlReader) value(path []string, depth int, visit bool) (tomlValue, bool) {
	r.skipBlank(false)
	if r.i >= len(r.b) || depth > maxTOMLDepth {
		return tomlValue{}, false
	}
	var v tomlValue
	switch r.b[r.i] {
	case '"', '\'':
		s, ok := r.str()
		if !ok {
			return tomlValue{}, false
		}
		v = tomlValue{str: s, isStr: true}
	case '[':
		r.i++
		v.isArray = true
		for {
			r.skipFiller()
			if r.i >= len(r.b) {
				return tomlValue{}, false
			}
			if r.b[r.i] == ']' {
				r.i++
				break
			}
			item, ok := r.value(path, depth+1, false)
			if !ok {
				return tomlValue{}, false
			}
			if item.isStr {
				v.strs = append(v.strs, item.str)
			}
			r.skipFiller()
			if r.i < len(r.b) && r.b[r.i] == ',' {
				r.i++
			}
		}
	case '{':
		r.i++
		v.isTable = true
		for {
			r.skipBlank(false)
			if r.i >= len(r.b) {
				return tomlValue{}, false
			}
			if r.b[r.i] == '}' {
				r.i++
				break
			}
			keys, ok := r.keyPath('=')
			if !ok {
				return tomlValue{}, false
			}
			r.i++ // '='
			inner := append(append([]string(nil), path...), keys...)
			if _, ok := r.value(inner, depth+1, visit); !ok {
				return tomlValue{}, false
			}
			r.skipBlank(false)
			if r.i < len(r.b) && r.b[r.i] == ',' {
				r.i++
			}
		}
	default:
		// A number, boolean or date: read to where it ends.
		start := r.i
		for r.i < len(r.b) && !isTOMLDelim(r.b[r.i]) {
			r.i++
		}
		if r.i == start {
			return tomlValue{}, false
		}
	}
	if visit {
		r.visit(path, v)
	}
	return v, true
}

func isTOMLDelim(c byte) bool {
	switch c {
	case ',', ']', '}', '\n', '#', ' ', '\t', '\r':
		return true
	}
	return false
}

// str reads the string at r.i, basic ("…", with backslash escapes) or
// literal ('…'), either on one line or, between three quotes, on many, and
// returns its content (escapes other than \" and \\ are kept as written).
func (r *tomlReader) str() (string, bool) {
	q := r.b[r.i]
	multi := r.i+2 < len(r.b) && r.b[r.i+1] == q && r.b[r.i+2] == q
	if multi {
		r.i += 3
	} else {
		r.i++
	}
	var out []byte
	for r.i < len(r.b) {
		c := r.b[r.i]
		switch {
		case c == '\\' && q == '"' && r.i+1 < len(r.b):
			out = append(out, r.b[r.i+1])
			r.i += 2
			continue
		case c == q && !multi:
			r.i++
			return string(out), true
		case c == q && r.i+2 < len(r.b) && r.b[r.i+1] == q && r.b[r.i+2] == q:
			r.i += 3
			return string(out), true
		case c == '\n' && !multi:
			return "", false
		}
		out = append(out, c)
		r.i++
	}
	return "", false
}
