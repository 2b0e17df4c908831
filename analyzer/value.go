package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// fold returns the string value of e when it is constant after folding.
// The type checker folds constant expressions ("Bearer " + jwtConst,
// constants of other packages); by hand we add conversions such as
// []byte("…"), concatenations of those, and fmt.Sprintf with constant
// arguments. A variable, a parameter or a call such as os.Getenv never folds.
func (c *checker) fold(e ast.Expr) (string, bool) {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value), true
		}
		return "", false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		x, ok := c.fold(e.X)
		if !ok {
			return "", false
		}
		y, ok := c.fold(e.Y)
		return x + y, ok
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return c.fold(e.Args[0]) // []byte("…"), string(b), MyString("…")
		}
		if fn, ok := typeutil.Callee(info, e).(*types.Func); ok && fn.FullName() == "fmt.Sprintf" {
			return c.sprintf(e)
		}
	}
	return "", false
}

// sprintf folds fmt.Sprintf(format, args...) whose arguments are all constant.
func (c *checker) sprintf(call *ast.CallExpr) (string, bool) {
	if len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return "", false
	}
	format, ok := c.fold(call.Args[0])
	if !ok {
		return "", false
	}
	var args []any
	for _, a := range call.Args[1:] {
		if s, ok := c.fold(a); ok {
			args = append(args, s)
			continue
		}
		tv, ok := c.pass.TypesInfo.Types[a]
		if !ok || tv.Value == nil {
			return "", false
		}
		switch tv.Value.Kind() {
		case constant.Bool:
			args = append(args, constant.BoolVal(tv.Value))
		case constant.Int:
			v, exact := constant.Int64Val(tv.Value)
			if !exact {
				return "", false
			}
			args = append(args, v)
		default:
			return "", false
		}
	}
	return fmt.Sprintf(format, args...), true
}
