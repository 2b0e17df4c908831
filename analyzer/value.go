package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// A value is what the pass knows of a string at one point of a program:
// a sequence of parts, each either constant text (with where it was
// written) or something read at run time.
type value []part

type partKind uint8

const (
	textPart    partKind = iota // constant text
	paramPart                   // a parameter of the function being read
	fieldPart                   // a struct field read
	unknownPart                 // anything else: os.Getenv, a flag, a file
)

// paramRole says which part of a parameter a paramPart stands for.
type paramRole uint8

const (
	wholeParam paramRole = iota
	mapKey               // the key of an entry of a map parameter (range)
	mapValue             // the value of an entry of a map parameter (range)
)

type part struct {
	kind partKind
	text string

	// Where text was written: exactly the bytes of lit's value from off,
	// or else computed at pos from the constant parts in from.
	lit  *ast.BasicLit
	off  int
	pos  token.Pos
	from []part

	param int       // paramPart: the parameter's index
	role  paramRole // paramPart
	field *types.Var
}

func unknown() value { return value{{kind: unknownPart}} }

// textAt is constant text computed at pos from the parts in from.
func textAt(s string, pos token.Pos, from ...value) value {
	var src []part
	for _, v := range from {
		for _, p := range v {
			if p.kind == textPart {
				src = append(src, p)
			}
		}
	}
	return value{{kind: textPart, text: s, pos: pos, from: src}}
}

func (v value) isConst() bool {
	for _, p := range v {
		if p.kind != textPart {
			return false
		}
	}
	return true
}

// String returns the text of a constant value.
func (v value) String() string {
	if len(v) == 1 {
		return v[0].text
	}
	var b strings.Builder
	for _, p := range v {
		b.WriteString(p.text)
	}
	return b.String()
}

// slice returns the bytes [i, j) of a constant value, keeping where each
// part was written.
func (v value) slice(i, j int) value {
	var out value
	start := 0
	for _, p := range v {
		end := start + len(p.text)
		lo, hi := max(i, start), min(j, end)
		if lo < hi {
			q := p
			q.text = p.text[lo-start : hi-start]
			if q.lit != nil {
				q.off += lo - start
			}
			out = append(out, q)
		}
		start = end
	}
	return out
}

// sub returns the value of the substring r of the constant value v,
// keeping where it was written when r is a substring of v's text.
func (v value) sub(r string, pos token.Pos) value {
	s := v.String()
	if i := strings.Index(s, r); i >= 0 {
		if r == "" {
			return value{{kind: textPart}}
		}
		return v.slice(i, i+len(r))
	}
	return textAt(r, pos, v)
}

// posAt returns where the byte at offset k of the constant value v was
// written: inside the literal holding it, or else at the literal that
// holds one of the needles (the credential as written before an encoding
// or a replacement), or else where it was computed.
func (v value) posAt(k int, needles ...string) token.Pos {
	start := 0
	for _, p := range v {
		end := start + len(p.text)
		if k < end || end == start && k == start {
			if p.lit != nil {
				return litPos(p.lit, p.off+k-start)
			}
			for _, n := range needles {
				if len(n) < 8 {
					continue
				}
				for _, q := range p.from {
					if i := strings.Index(q.text, n); i >= 0 && q.lit != nil {
						return litPos(q.lit, q.off+i)
					}
				}
			}
			return p.pos
		}
		start = end
	}
	return token.NoPos
}

// firstOpaque returns the index of v's first part that is not constant,
// or -1.
func (v value) firstOpaque() int {
	for i, p := range v {
		if p.kind != textPart {
			return i
		}
	}
	return -1
}

// maxAlternatives bounds the values one expression may fold to (one per
// assignment reaching it), so a long chain of branches stays linear.
const maxAlternatives = 8

// concat returns every value of a followed by one of b.
func concat(a, b []value) []value {
	if len(a) == 0 || len(b) == 0 {
		return nil
	}
	var out []value
	for _, x := range a {
		for _, y := range b {
			if len(out) == maxAlternatives {
				return out
			}
			v := make(value, 0, len(x)+len(y))
			out = append(out, append(append(v, x...), y...))
		}
	}
	return out
}

// extend appends b to acc, an accumulator the caller started with
// one(value{}) and grew only with extend and concat, so that no one else
// holds its values. With one value in b, each of acc's grows in place:
// building a value part by part is linear, where concat would copy it at
// each step (quadratic: two mutually recursive helpers once cost seconds).
// With several, every combination, as concat gives.
func extend(acc, b []value) []value {
	if len(b) != 1 {
		return concat(acc, b)
	}
	for i := range acc {
		acc[i] = append(acc[i], b[0]...)
	}
	return acc
}

func one(v value) []value { return []value{v} }

// litPos returns the position of byte off of lit's unquoted value: after
// the opening quote, past the escapes before it.
func litPos(lit *ast.BasicLit, off int) token.Pos {
	src := lit.Value
	if len(src) < 2 {
		return lit.Pos()
	}
	if src[0] == '`' {
		return lit.Pos() + 1 + token.Pos(off) // raw: byte for byte (a \r in it is rare enough)
	}
	body := src[1 : len(src)-1]
	i, n := 0, 0 // i in body, n in the value
	for i < len(body) && n < off {
		r, multibyte, tail, err := unquoteChar(body[i:])
		if err != nil {
			break
		}
		if r < 0x80 || !multibyte {
			n++
		} else {
			n += len(string(r))
		}
		i = len(body) - len(tail)
	}
	return lit.Pos() + 1 + token.Pos(i)
}

func unquoteChar(s string) (rune, bool, string, error) { return strconv.UnquoteChar(s, '"') }
