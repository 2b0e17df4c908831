package scanner

// Tables: a CSV, TSV or Markdown header, an INSERT's column list, a
// pg_dump COPY block, so a value in a row is named by its column.

import "bytes"

// updateHeader notes a table's header: the first line of a paragraph
// whose fields are all names, split by one delimiter.
func (r *reader) updateHeader(fs, le int) {
	b := r.b
	line := bytes.TrimRight(b[fs:le], " \r")
	if bytes.HasPrefix(line, []byte("COPY ")) {
		r.copyCols = r.copyCols[:0]
		if o, c := bytes.IndexByte(line, '('), bytes.IndexByte(line, ')'); o >= 0 && c > o {
			r.copyCols = splitFields(r.copyCols, b, fs+o+1, fs+c, ',')
		}
		return
	}
	if bytes.Equal(line, []byte("\\.")) {
		r.copyCols = r.copyCols[:0]
		return
	}
	if !r.paraFirst && r.line != 0 {
		return // a header starts a paragraph (or the file); it holds for the whole table
	}
	if len(line) > 4<<10 {
		return
	}
	for _, d := range []byte{'|', ',', '\t', ';'} {
		if countUnquoted(line, d) == 0 {
			continue
		}
		fields := bytes.Split(line, []byte{d})
		ok := true
		for _, f := range fields {
			f = bytes.Trim(f, " \r\"'")
			if len(f) == 0 && d == '|' {
				continue
			}
			if len(f) == 0 || len(f) > 64 || bytes.IndexFunc(f, func(c rune) bool { return c > 127 || !is(byte(c), cLabel) && c != ' ' }) >= 0 || shapeOf(f) != 0 {
				ok = false
				break
			}
		}
		if ok {
			r.header = splitFields(r.header[:0], b, fs, fs+len(line), d)
			r.headerDelim, r.headerPara = d, r.para
		}
		return
	}
}

// splitFields appends the spans of the fields of b[from:to] split at d,
// trimmed of blanks, quotes and brackets.
func splitFields(out [][2]int32, b []byte, from, to int, d byte) [][2]int32 {
	s := from
	for i := from; i <= to; i++ {
		if i < to && b[i] != d {
			continue
		}
		a, e := s, i
		for a < e && bytes.IndexByte([]byte(" \t\r\"'`[]|"), b[a]) >= 0 {
			a++
		}
		for e > a && bytes.IndexByte([]byte(" \t\r\"'`[]|"), b[e-1]) >= 0 {
			e--
		}
		out = append(out, [2]int32{int32(a), int32(e)})
		s = i + 1
	}
	return out
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

// isRow reports whether the line is a row of the table whose header is
// known: as many fields as the header, in the header's paragraph (a CSV
// file is one paragraph).
func (r *reader) isRow(fs, le int) bool {
	if len(r.header) < 2 || r.paraFirst || r.line == 0 || le-fs > 4<<10 {
		return false
	}
	if r.headerDelim == '|' && r.headerPara != r.para {
		return false
	}
	return countUnquoted(r.b[fs:le], r.headerDelim) == len(r.header)-1
}

// cellColumn returns the header of the column the reader is in, in a row.
func (r *reader) cellColumn() ([]byte, bool) {
	if len(r.stack) < 2 || r.top().bracket != '|' {
		return nil, false
	}
	n := r.column()
	if int(n) >= len(r.header) {
		return nil, false
	}
	h := r.header[n]
	return r.b[h[0]:h[1]], true
}

// column returns the index of the cell the reader is in on a table row:
// how many of the header's delimiters it has passed on the line.
func (r *reader) column() int32 {
	switch r.headerDelim {
	case ',':
		return r.delims[0]
	case '\t':
		return r.delims[1]
	case ';':
		return r.delims[2]
	case '|':
		return r.delims[3]
	}
	return 0
}
