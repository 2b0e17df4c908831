package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
)

// funcFlow is what the pass knows of the local variables of one function
// body (closures inside it included): where each is assigned, which are
// parameters, which string builders are written. It is built on first use.
type funcFlow struct {
	params   map[*types.Var]int
	defs     map[*types.Var][]def
	ranges   map[*types.Var]part     // k, v := range mapParam
	escaped  map[*types.Var]bool     // address taken: written elsewhere too
	writes   map[*types.Var][]writer // strings.Builder and bytes.Buffer writes
	builders map[*types.Var]bool     // builders whose every use is known
}

// def is one assignment to a local variable.
type def struct {
	pos  token.Pos
	add  bool     // v += rhs
	rhs  ast.Expr // nil: a value the pass cannot read (v, err := f())
	zero bool     // var v string: ""
}

// writer is one write to a builder: b.WriteString(x), fmt.Fprintf(&b, …).
type writer struct {
	pos  token.Pos
	call *ast.CallExpr
	fmt  string // the fmt function, for Fprint*; "" for a method
}

func (c *checker) flowOf(fn *ast.FuncDecl) *funcFlow {
	if fl, ok := c.flows[fn]; ok {
		return fl
	}
	info := c.pass.TypesInfo
	fl := &funcFlow{
		params:   map[*types.Var]int{},
		defs:     map[*types.Var][]def{},
		ranges:   map[*types.Var]part{},
		escaped:  map[*types.Var]bool{},
		writes:   map[*types.Var][]writer{},
		builders: map[*types.Var]bool{},
	}
	c.flows[fn] = fl
	i := 0
	for _, field := range fn.Type.Params.List {
		for _, name := range field.Names {
			if v, ok := info.Defs[name].(*types.Var); ok {
				fl.params[v] = i
			}
			i++
		}
		if len(field.Names) == 0 {
			i++
		}
	}
	if fn.Body == nil {
		return fl
	}
	local := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		obj := info.ObjectOf(id)
		v, ok := obj.(*types.Var)
		if !ok || v.IsField() || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
			return nil
		}
		return v
	}
	uses := map[*types.Var]int{}      // every use of a builder
	accounted := map[*types.Var]int{} // uses as a known write or read
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for j, lhs := range n.Lhs {
				v := local(lhs)
				if v == nil {
					continue
				}
				d := def{pos: n.Pos()}
				switch {
				case len(n.Lhs) != len(n.Rhs):
				case n.Tok == token.DEFINE || n.Tok == token.ASSIGN:
					d.rhs = n.Rhs[j]
				case n.Tok == token.ADD_ASSIGN:
					d.add, d.rhs = true, n.Rhs[j]
				}
				fl.defs[v] = append(fl.defs[v], d)
			}
		case *ast.ValueSpec:
			for j, name := range n.Names {
				v, ok := info.Defs[name].(*types.Var)
				if !ok {
					continue
				}
				d := def{pos: name.Pos()}
				switch {
				case len(n.Values) == len(n.Names):
					d.rhs = n.Values[j]
				case len(n.Values) == 0:
					d.zero = true
				}
				fl.defs[v] = append(fl.defs[v], d)
			}
		case *ast.RangeStmt:
			if x, ok := ast.Unparen(n.X).(*ast.Ident); ok {
				if pv, ok := info.ObjectOf(x).(*types.Var); ok {
					if p, ok := fl.params[pv]; ok {
						if k := local(n.Key); k != nil {
							fl.ranges[k] = part{kind: paramPart, param: p, role: mapKey}
						}
						if val := local(n.Value); val != nil {
							fl.ranges[val] = part{kind: paramPart, param: p, role: mapValue}
						}
					}
				}
			}
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if v := local(e); v != nil && n.Tok == token.ASSIGN {
					fl.defs[v] = append(fl.defs[v], def{pos: n.Pos()})
				}
			}
		case *ast.UnaryExpr:
			if v := local(n.X); v != nil && n.Op == token.AND {
				fl.escaped[v] = true
			}
		case *ast.Ident:
			if v, ok := info.Uses[n].(*types.Var); ok && isBuilder(v.Type()) {
				uses[v]++
			}
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
				if v := local(sel.X); v != nil && isBuilder(v.Type()) {
					switch sel.Sel.Name {
					case "WriteString", "Write", "WriteByte", "WriteRune":
						fl.writes[v] = append(fl.writes[v], writer{pos: n.Pos(), call: n})
						accounted[v]++
					case "String", "Len", "Cap", "Grow":
						accounted[v]++
					}
				}
			}
			if f := calleeName(info, n); isFprint(f) && len(n.Args) > 0 {
				w := n.Args[0]
				if u, ok := ast.Unparen(w).(*ast.UnaryExpr); ok && u.Op == token.AND {
					w = u.X
				}
				if v := local(w); v != nil && isBuilder(v.Type()) {
					fl.writes[v] = append(fl.writes[v], writer{pos: n.Pos(), call: n, fmt: f})
					accounted[v]++
				}
			}
		}
		return true
	})
	for v, n := range uses {
		fl.builders[v] = accounted[v] == n
	}
	return fl
}

// isBuilder reports whether t is strings.Builder or bytes.Buffer, or a
// pointer to one.
func isBuilder(t types.Type) bool {
	switch typeName(t) {
	case "strings.Builder", "bytes.Buffer":
		return true
	}
	return false
}

func isFprint(name string) bool {
	return name == "fmt.Fprint" || name == "fmt.Fprintf" || name == "fmt.Fprintln"
}

// calleeName is the full name of the function a call statically calls.
func calleeName(info *types.Info, call *ast.CallExpr) string {
	if fn, ok := typeutilCallee(info, call); ok {
		return fn.FullName()
	}
	return ""
}

// local returns the values of v where it is read at pos, in fn.
func (c *checker) local(fn *ast.FuncDecl, v *types.Var, pos token.Pos, depth int) []value {
	fl := c.flowOf(fn)
	if i, ok := fl.params[v]; ok {
		return one(value{{kind: paramPart, param: i}})
	}
	if p, ok := fl.ranges[v]; ok {
		return one(value{p})
	}
	if fl.escaped[v] {
		return one(unknown())
	}
	defs := fl.defs[v]
	plain := func(d def) bool { return !d.add }
	var starts []int // the plain assignments that may reach pos
	for i, d := range defs {
		if plain(d) && d.pos < pos {
			starts = append(starts, i)
		}
	}
	if len(starts) == 0 {
		return one(unknown()) // declared outside this body, or read before any assignment
	}
	var out []value
	for _, i := range starts {
		vals := c.defValue(fn, defs[i], depth)
		// Then each v += x after it, until the next plain assignment.
		for _, d := range defs[i+1:] {
			if d.pos >= pos || plain(d) {
				break
			}
			vals = concat(vals, c.defValue(fn, d, depth))
		}
		out = append(out, vals...)
		if len(out) >= maxAlternatives {
			return out[:maxAlternatives]
		}
	}
	return out
}

func (c *checker) defValue(fn *ast.FuncDecl, d def, depth int) []value {
	switch {
	case d.zero:
		return one(value{{kind: textPart, pos: d.pos}})
	case d.rhs == nil:
		return one(unknown())
	}
	return c.foldAt(fn, d.rhs, depth+1)
}

// builderValue returns the text written to builder v before pos.
func (c *checker) builderValue(fn *ast.FuncDecl, v *types.Var, pos token.Pos, depth int) []value {
	fl := c.flowOf(fn)
	if !fl.builders[v] {
		return one(unknown())
	}
	acc := one(value{})
	for _, w := range fl.writes[v] {
		if w.pos >= pos {
			break
		}
		var vals []value
		switch {
		case w.fmt != "":
			vals = c.sprint(fn, w.fmt, w.call, w.call.Args[1:], depth)
		case len(w.call.Args) == 1:
			vals = c.foldAt(fn, w.call.Args[0], depth+1)
		default:
			vals = one(unknown())
		}
		acc = extend(acc, vals)
	}
	return acc
}
