package analyzer

import (
	"encoding/base64"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/http"
	"net/textproto"
	"net/url"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// maxDepth bounds how far a value is followed back through assignments.
const maxDepth = 12

// fold returns the values e may have, as far as the pass can tell: its
// constant text where it is constant (folded through local variables,
// +=, builders, strings and fmt functions, conversions), the parameters
// and fields it is made of, and unknown parts for whatever is read at run
// time. fn is the function e is in, nil at package level.
func (c *checker) fold(fn *ast.FuncDecl, e ast.Expr) []value {
	c.steps = 0
	return c.foldAt(fn, e, 0)
}

// maxSteps bounds the work of one fold, whatever the shape of the code
// (helpers calling each other several times in one expression).
const maxSteps = 4096

func (c *checker) foldAt(fn *ast.FuncDecl, e ast.Expr, depth int) []value {
	c.steps++
	if depth > maxDepth || c.steps > maxSteps {
		return one(unknown())
	}
	info := c.pass.TypesInfo
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			break
		}
		if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			return one(value{{kind: textPart, text: constant.StringVal(tv.Value), lit: e}})
		}
	case *ast.ParenExpr:
		return c.foldAt(fn, e.X, depth)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return concat(c.foldAt(fn, e.X, depth), c.foldAt(fn, e.Y, depth))
		}
	case *ast.Ident:
		return c.ident(fn, e, e, depth)
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok {
			if sel.Kind() == types.FieldVal {
				if f, ok := sel.Obj().(*types.Var); ok {
					return one(value{{kind: fieldPart, field: f}})
				}
			}
			break
		}
		return c.ident(fn, e.Sel, e, depth) // pkg.Name
	case *ast.CallExpr:
		return c.call(fn, e, depth)
	}
	// Any other constant string the type checker folded.
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return one(textAt(constant.StringVal(tv.Value), e.Pos()))
	}
	return one(unknown())
}

// ident folds a name: a constant of this package through its declaration,
// a constant of another where it is used, a package variable never
// assigned after its declaration, a local variable through its assignments.
func (c *checker) ident(fn *ast.FuncDecl, id *ast.Ident, at ast.Expr, depth int) []value {
	switch obj := c.pass.TypesInfo.ObjectOf(id).(type) {
	case *types.Const:
		if e, ok := c.consts[obj]; ok {
			return c.foldAt(nil, e, depth+1)
		}
		if obj.Val().Kind() == constant.String {
			return one(textAt(constant.StringVal(obj.Val()), at.Pos()))
		}
	case *types.Var:
		if obj.Pkg() == nil || obj.IsField() {
			break
		}
		if obj.Parent() == obj.Pkg().Scope() {
			if e, ok := c.globals[obj]; ok {
				return c.foldAt(nil, e, depth+1)
			}
			break
		}
		if fn != nil {
			return c.local(fn, obj, id.Pos(), depth)
		}
	}
	return one(unknown())
}

// call folds the calls that make strings from strings.
func (c *checker) call(fn *ast.FuncDecl, call *ast.CallExpr, depth int) []value {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return c.foldAt(fn, call.Args[0], depth) // []byte("…"), string(b), MyString("…")
		}
		return one(unknown())
	}
	if call.Ellipsis.IsValid() {
		return one(unknown())
	}
	f, ok := typeutilCallee(info, call)
	if !ok {
		return one(unknown())
	}
	args := call.Args
	arg := func(i int) []value { return c.foldAt(fn, args[i], depth+1) }
	// apply maps the constant values of the first argument through op;
	// what is read at run time passes through, as op keeps its meaning
	// (a trimmed token parameter is still the token).
	apply := func(op func(string) string) []value {
		var out []value
		for _, v := range arg(0) {
			if !v.isConst() {
				out = append(out, v)
				continue
			}
			out = append(out, v.sub(op(v.String()), call.Pos()))
		}
		return out
	}
	switch name := f.FullName(); name {
	case "strings.TrimSpace", "bytes.TrimSpace":
		return apply(strings.TrimSpace)
	case "strings.TrimPrefix", "strings.TrimSuffix", "strings.Trim", "strings.TrimLeft", "strings.TrimRight",
		"bytes.TrimPrefix", "bytes.TrimSuffix", "bytes.Trim", "bytes.TrimLeft", "bytes.TrimRight":
		cut, ok := c.constString(fn, args[1], depth)
		if !ok {
			return one(unknown())
		}
		op := map[string]func(string, string) string{
			"TrimPrefix": strings.TrimPrefix, "TrimSuffix": strings.TrimSuffix, "Trim": strings.Trim,
			"TrimLeft": strings.TrimLeft, "TrimRight": strings.TrimRight,
		}[f.Name()]
		return apply(func(s string) string { return op(s, cut) })
	case "strings.Replace", "strings.ReplaceAll":
		var strs []string
		for i := 1; i < len(args) && i < 3; i++ {
			s, ok := c.constString(fn, args[i], depth)
			if !ok {
				return one(unknown())
			}
			strs = append(strs, s)
		}
		n := -1
		if name == "strings.Replace" {
			tv := info.Types[args[3]]
			if tv.Value == nil {
				return one(unknown())
			}
			i, ok := constant.Int64Val(tv.Value)
			if !ok {
				return one(unknown())
			}
			n = int(i)
		}
		repl := c.foldAt(fn, args[2], depth+1)
		var out []value
		for _, v := range arg(0) {
			if !v.isConst() {
				out = append(out, unknown())
				continue
			}
			out = append(out, textAt(strings.Replace(v.String(), strs[0], strs[1], n), call.Pos(), v, repl[0]))
		}
		return out
	case "strings.Join":
		sep, ok := c.constString(fn, args[1], depth)
		if !ok {
			return one(unknown())
		}
		elems, ok := c.list(fn, args[0], depth)
		if !ok {
			return one(unknown())
		}
		acc := one(value{})
		for i, e := range elems {
			if i > 0 {
				acc = extend(acc, one(textAt(sep, args[1].Pos())))
			}
			acc = extend(acc, c.foldAt(fn, e, depth+1))
		}
		return acc
	case "fmt.Sprint", "fmt.Sprintf", "fmt.Sprintln":
		return c.sprint(fn, strings.Replace(name, "Sprint", "Fprint", 1), call, args, depth)
	case "net/http.CanonicalHeaderKey":
		return apply(http.CanonicalHeaderKey)
	case "net/textproto.CanonicalMIMEHeaderKey":
		return apply(textproto.CanonicalMIMEHeaderKey)
	case "net/url.QueryEscape":
		return apply(url.QueryEscape)
	case "net/url.PathEscape":
		return apply(url.PathEscape)
	case "(*encoding/base64.Encoding).EncodeToString":
		enc := base64Encoding(call)
		if enc == nil {
			return one(unknown())
		}
		var out []value
		for _, v := range arg(0) {
			if !v.isConst() {
				out = append(out, unknown())
				continue
			}
			out = append(out, textAt(enc.EncodeToString([]byte(v.String())), call.Pos(), v))
		}
		return out
	case "(*strings.Builder).String", "(*bytes.Buffer).String":
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && fn != nil {
			if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok {
					return c.builderValue(fn, v, call.Pos(), depth+1)
				}
			}
		}
	}
	// A function of this package whose body returns one expression
	// (func bearer(t string) string { return "Bearer " + t }): its
	// result, with the call's arguments for its parameters.
	if decl, ok := c.funcs[f]; ok {
		if ret := singleReturn(decl); ret != nil {
			return c.substitute(fn, call, c.foldAt(decl, ret, depth+1), depth)
		}
	}
	return one(unknown())
}

// substitute replaces the parameters in vals, folded in a callee, with
// the values of call's arguments.
func (c *checker) substitute(fn *ast.FuncDecl, call *ast.CallExpr, vals []value, depth int) []value {
	var out []value
	for _, v := range vals {
		acc := one(value{})
		for _, p := range v {
			switch {
			case p.kind == paramPart && p.role == wholeParam && p.param < len(call.Args) && !call.Ellipsis.IsValid():
				acc = extend(acc, c.foldAt(fn, call.Args[p.param], depth+1))
			case p.kind == paramPart:
				acc = extend(acc, one(unknown()))
			default:
				acc = extend(acc, one(value{p}))
			}
		}
		out = append(out, acc...)
	}
	if len(out) > maxAlternatives {
		out = out[:maxAlternatives]
	}
	return out
}

// constString folds e to one constant string.
func (c *checker) constString(fn *ast.FuncDecl, e ast.Expr, depth int) (string, bool) {
	vals := c.foldAt(fn, e, depth+1)
	if len(vals) != 1 || !vals[0].isConst() {
		return "", false
	}
	return vals[0].String(), true
}

// list returns the elements of a []string: a composite literal, or a
// local variable assigned one and then appended to.
func (c *checker) list(fn *ast.FuncDecl, e ast.Expr, depth int) ([]ast.Expr, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		for _, el := range e.Elts {
			if _, ok := el.(*ast.KeyValueExpr); ok {
				return nil, false
			}
		}
		return e.Elts, true
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[e].(*types.Var)
		if !ok || fn == nil || depth > maxDepth {
			return nil, false
		}
		fl := c.flowOf(fn)
		if fl.escaped[v] {
			return nil, false
		}
		var elems []ast.Expr
		started := false
		for _, d := range fl.defs[v] {
			if d.pos >= e.Pos() {
				break
			}
			if d.rhs == nil || d.add {
				return nil, false
			}
			if call, ok := ast.Unparen(d.rhs).(*ast.CallExpr); ok && started && !call.Ellipsis.IsValid() {
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "append" && len(call.Args) > 0 {
					if x, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && c.pass.TypesInfo.Uses[x] == v {
						elems = append(elems, call.Args[1:]...)
						continue
					}
				}
			}
			if started {
				return nil, false // reassigned: leave it
			}
			first, ok := c.list(fn, d.rhs, depth+1)
			if !ok {
				return nil, false
			}
			elems, started = append([]ast.Expr(nil), first...), true
		}
		return elems, started
	}
	return nil, false
}

// sprint folds fmt.Fprint, Fprintf or Fprintln (or the Sprint forms) of
// args: %s and %v take the operand's value as it is, with where it was
// written; other verbs format constant operands.
func (c *checker) sprint(fn *ast.FuncDecl, name string, call *ast.CallExpr, args []ast.Expr, depth int) []value {
	operand := func(e ast.Expr) []value {
		if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil && tv.Value.Kind() != constant.String {
			return one(textAt(tv.Value.ExactString(), e.Pos()))
		}
		return c.foldAt(fn, e, depth+1)
	}
	switch name {
	case "fmt.Fprint", "fmt.Fprintln":
		acc := one(value{})
		for i, a := range args {
			if i > 0 && name == "fmt.Fprintln" {
				acc = extend(acc, one(textAt(" ", call.Pos())))
			}
			if !isStringType(c.pass.TypesInfo.TypeOf(a)) && name == "fmt.Fprint" {
				return one(unknown()) // Sprint spaces non-string operands: leave it
			}
			acc = extend(acc, operand(a))
		}
		if name == "fmt.Fprintln" {
			acc = extend(acc, one(textAt("\n", call.Pos())))
		}
		return acc
	}
	if len(args) == 0 {
		return one(unknown())
	}
	formats := c.foldAt(fn, args[0], depth+1)
	if len(formats) != 1 || !formats[0].isConst() {
		return one(unknown())
	}
	format := formats[0]
	fs := format.String()
	ops := args[1:]
	acc := one(value{})
	start := 0
	for i := 0; i < len(fs); i++ {
		if fs[i] != '%' {
			continue
		}
		acc = extend(acc, one(format.slice(start, i)))
		j := i + 1
		for j < len(fs) && strings.IndexByte("+-# 0123456789.[]*", fs[j]) >= 0 {
			j++
		}
		if j == len(fs) {
			return one(unknown())
		}
		verb := fs[i+1 : j+1]
		start = j + 1
		i = j
		if verb == "%" {
			acc = extend(acc, one(format.slice(j, j+1)))
			continue
		}
		if len(ops) == 0 {
			return one(unknown())
		}
		op := ops[0]
		ops = ops[1:]
		if verb == "s" || verb == "v" {
			acc = extend(acc, operand(op))
			continue
		}
		tv, ok := c.pass.TypesInfo.Types[op]
		if !ok || tv.Value == nil {
			return one(unknown())
		}
		acc = extend(acc, one(textAt(fmt.Sprintf("%"+verb, constant.Val(tv.Value)), op.Pos())))
	}
	return extend(acc, one(format.slice(start, len(fs))))
}

// base64Encoding returns the encoding of base64.StdEncoding.EncodeToString
// and its kin.
func base64Encoding(call *ast.CallExpr) *base64.Encoding {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	enc, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	switch enc.Sel.Name {
	case "StdEncoding":
		return base64.StdEncoding
	case "URLEncoding":
		return base64.URLEncoding
	case "RawStdEncoding":
		return base64.RawStdEncoding
	case "RawURLEncoding":
		return base64.RawURLEncoding
	}
	return nil
}

// singleReturn returns the result of a function whose body is one
// return statement.
func singleReturn(decl *ast.FuncDecl) ast.Expr {
	if decl.Body == nil || len(decl.Body.List) != 1 {
		return nil
	}
	if ret, ok := decl.Body.List[0].(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
		return ret.Results[0]
	}
	return nil
}

func typeutilCallee(info *types.Info, call *ast.CallExpr) (*types.Func, bool) {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	return fn, ok
}

func isStringType(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
