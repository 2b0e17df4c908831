package scanner

import (
	"bytes"
	"sort"
)

// lineIndex holds where each line of a window ends, so that every
// question about lines ("where does the line holding pos start?") is
// answered without searching back through the text: a long line asked
// about many times would otherwise cost its length each time.
type lineIndex struct {
	n  int     // length of the text
	nl []int32 // offsets of the newlines
}

func (x *lineIndex) build(b []byte) {
	x.n = len(b)
	x.nl = x.nl[:0]
	for i := 0; ; {
		j := bytes.IndexByte(b[i:], '\n')
		if j < 0 {
			return
		}
		x.nl = append(x.nl, int32(i+j))
		i += j + 1
	}
}

// count is the number of lines.
func (x *lineIndex) count() int { return len(x.nl) + 1 }

// lineOf returns the 0-based line holding pos.
func (x *lineIndex) lineOf(pos int) int {
	return sort.Search(len(x.nl), func(i int) bool { return int(x.nl[i]) >= pos })
}

// start returns the offset where line starts.
func (x *lineIndex) start(line int) int {
	if line <= 0 {
		return 0
	}
	return int(x.nl[line-1]) + 1
}

// end returns the offset of the newline ending line, or the text's length.
func (x *lineIndex) end(line int) int {
	if line < len(x.nl) {
		return int(x.nl[line])
	}
	return x.n
}
