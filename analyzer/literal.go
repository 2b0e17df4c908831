package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/pinatascan/pinatascan/scanner"
)

// literals reports the string constants that the detection core
// recognises as Pinata credentials, wherever they stand: they will reach a
// sink sooner or later, and they are already in the repository's history.
// A constant written as several literals joined with + (a JWT split over
// lines) is read whole.
func (c *checker) literals(insp *inspector.Inspector) {
	seen := map[ast.Expr]bool{}
	insp.WithStack([]ast.Node{(*ast.BasicLit)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		lit := n.(*ast.BasicLit)
		if !push || lit.Kind != token.STRING || c.gen[c.pass.Fset.File(lit.Pos())] {
			return true
		}
		// Climb to the whole constant expression: "…" + "…" + name.
		var top ast.Expr = lit
		i := len(stack) - 2
	climb:
		for ; i >= 0; i-- {
			switch p := stack[i].(type) {
			case *ast.ParenExpr:
				top = p
			case *ast.BinaryExpr:
				if p.Op != token.ADD || !c.isConstString(p) {
					break climb
				}
				top = p
			default:
				break climb
			}
		}
		if seen[top] {
			return true
		}
		seen[top] = true
		c.literal(top, stack[:i+1])
		return true
	})
}

func (c *checker) isConstString(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String
}

// constParts returns the parts of a constant string expression: its
// literals, and the text of the names in it (whose own declarations are
// checked where they are written).
func (c *checker) constParts(e ast.Expr) value {
	switch e := e.(type) {
	case *ast.BasicLit:
		return value{{kind: textPart, text: litValue(e), lit: e}}
	case *ast.ParenExpr:
		return c.constParts(e.X)
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return append(c.constParts(e.X), c.constParts(e.Y)...)
		}
	}
	tv := c.pass.TypesInfo.Types[e]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil
	}
	return textAt(constant.StringVal(tv.Value), e.Pos())
}

// literal checks the constant string expression e, whose ancestors are
// stack.
func (c *checker) literal(e ast.Expr, stack []ast.Node) {
	if !c.isConstString(e) {
		return // import paths and struct tags have no type
	}
	v := c.constParts(e)
	s := v.String()
	if len(s) < 20 { // the shortest Pinata credential, an API key, has 20
		return
	}
	// Free text first (a curl line may hold a key and its secret), then
	// the value alone under the names it is bound to.
	found := scanner.ScanBytes([]byte(s))
	named := c.named(stack, e, s)
	// A value alone is one word, perhaps after a scheme: free text was
	// read whole above.
	if len(found) == 0 && strings.Count(s, " ") <= 1 && !strings.ContainsAny(s, "\t\n") {
		if f, ok := judge(named); ok {
			if i := strings.Index(s, f.Value); i >= 0 {
				f.Offset = int64(i)
				found = []scanner.Finding{f}
			}
		}
	}
	// Only credentials written here: a name's value is reported at its
	// own declaration.
	var names []string
	var first *scanner.Finding
	seen := map[string]bool{}
	for i, f := range found {
		if v.litAt(int(f.Offset)) == nil {
			continue
		}
		if first == nil {
			first = &found[i]
		}
		if d := describe(f); !seen[d] {
			seen[d] = true
			names = append(names, d)
		}
	}
	if first == nil {
		return
	}
	env := envVars[first.Kind]
	d := analysis.Diagnostic{
		Pos: v.posAt(int(first.Offset)),
		Message: fmt.Sprintf("%s hardcoded in source: revoke it and read it from the environment, e.g. %s",
			strings.Join(names, " and "), envExpr("", env)),
	}
	// A fix only when the literal is the credential alone (perhaps after a
	// scheme), may become a call (not in a const declaration), and would
	// not set a variable to itself (os.Setenv("PINATA_JWT", "…")).
	lit, isLit := e.(*ast.BasicLit)
	if prefix, cred := splitScheme(s); isLit && len(names) == 1 && cred == first.Value && !c.inConst(lit) &&
		!(len(named.Path) == 2 && strings.HasSuffix(named.Path[0], "Setenv") && named.Path[1] == env) {
		d.SuggestedFixes = c.envFix(lit, prefix, env)
	}
	c.add(d)
}

// named describes the constant e, of text s, to the detection core by the
// names the syntax gives it: the constant or variable it initialises, the
// struct type and field or the map and key it is the value of (with the
// other fields or keys as siblings), the setter and key it is passed to
// (os.Setenv("PINATA_API_KEY", …)), or the function and parameter.
func (c *checker) named(stack []ast.Node, e ast.Expr, s string) scanner.Named {
	n := scanner.Named{Value: s}
	if len(stack) == 0 {
		return n
	}
	info := c.pass.TypesInfo
	switch p := stack[len(stack)-1].(type) {
	case *ast.ValueSpec:
		for j, v := range p.Values {
			if v == e && j < len(p.Names) {
				n.Path = []string{p.Names[j].Name}
			}
		}
	case *ast.KeyValueExpr:
		comp, ok := stack[len(stack)-2].(*ast.CompositeLit)
		if !ok || p.Value != e {
			break
		}
		t := info.TypeOf(comp)
		if t == nil {
			break
		}
		_, isStruct := t.Underlying().(*types.Struct)
		key := c.keyName(p.Key, isStruct)
		if key == "" {
			break
		}
		owner := shortTypeName(t)
		if !isStruct {
			owner = bindingName(info, stack[:len(stack)-2], comp)
		}
		n.Path = nonEmpty(owner, key)
		for _, elt := range comp.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok && kv != p {
				if name := c.keyName(kv.Key, isStruct); name != "" && c.isConstString(kv.Value) {
					n.Siblings = append(n.Siblings, scanner.Sibling{Name: name, Value: constant.StringVal(info.Types[kv.Value].Value)})
				}
			}
		}
	case *ast.AssignStmt:
		for j, r := range p.Rhs {
			if r == e && j < len(p.Lhs) {
				n.Path = lhsPath(info, p.Lhs[j])
			}
		}
	case *ast.CallExpr:
		j := -1
		for i, a := range p.Args {
			if a == e {
				j = i
			}
		}
		if j < 0 {
			break
		}
		callee := ""
		var sig *types.Signature
		if f := typeutil.StaticCallee(info, p); f != nil {
			callee = qualifiedName(f)
			sig, _ = f.Type().(*types.Signature)
		} else {
			callee = exprName(info, p.Fun)
		}
		if j == 1 && c.isConstString(p.Args[0]) && sig != nil && sig.Params().Len() >= 2 && keyParam(sig.Params().At(0).Name()) {
			// A setter: os.Setenv("PINATA_API_KEY", …), viper.Set(…).
			n.Path = nonEmpty(callee, constant.StringVal(info.Types[p.Args[0]].Value))
			break
		}
		param := func(i int) string {
			if sig == nil || sig.Params().Len() == 0 {
				return ""
			}
			return sig.Params().At(min(i, sig.Params().Len()-1)).Name()
		}
		n.Path = nonEmpty(param(j))
		n.Callee, n.Arg = callee, j
		for i, a := range p.Args {
			if i != j && c.isConstString(a) && constant.StringVal(info.Types[a].Value) != "" {
				n.Siblings = append(n.Siblings, scanner.Sibling{Name: param(i), Value: constant.StringVal(info.Types[a].Value)})
			}
		}
	case *ast.ReturnStmt:
		for i := len(stack) - 2; i >= 0; i-- {
			if fd, ok := stack[i].(*ast.FuncDecl); ok {
				n.Path = []string{fd.Name.Name}
				break
			}
			if _, ok := stack[i].(*ast.FuncLit); ok {
				break
			}
		}
	}
	return n
}

// keyParam reports whether a parameter names what the next one sets:
// os.Setenv(key, value), Header.Set(key, value), viper.Set(key, value).
func keyParam(name string) bool {
	switch strings.ToLower(name) {
	case "key", "k", "name", "header", "variable", "envvar", "env", "field":
		return true
	}
	return false
}

// keyName returns the name of a struct field key, or the constant string
// of a map key.
func (c *checker) keyName(key ast.Expr, isStruct bool) string {
	if id, ok := key.(*ast.Ident); ok && isStruct {
		return id.Name
	}
	if c.isConstString(key) {
		return constant.StringVal(c.pass.TypesInfo.Types[key].Value)
	}
	return ""
}

// bindingName names what the composite literal comp initialises: the
// variable or field it is assigned to.
func bindingName(info *types.Info, stack []ast.Node, comp ast.Expr) string {
	if len(stack) == 0 {
		return ""
	}
	switch p := stack[len(stack)-1].(type) {
	case *ast.ValueSpec:
		for j, v := range p.Values {
			if v == comp && j < len(p.Names) {
				return p.Names[j].Name
			}
		}
	case *ast.AssignStmt:
		for j, r := range p.Rhs {
			if r == comp && j < len(p.Lhs) {
				return exprName(info, p.Lhs[j])
			}
		}
	case *ast.KeyValueExpr:
		if id, ok := p.Key.(*ast.Ident); ok {
			return id.Name
		}
	}
	return ""
}

// lhsPath names the target of an assignment: {Type, Field} for a field,
// {map, key} for a map entry, {name} for a variable.
func lhsPath(info *types.Info, e ast.Expr) []string {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok && sel.Kind() == types.FieldVal {
			return nonEmpty(shortTypeName(sel.Recv()), e.Sel.Name)
		}
		return []string{e.Sel.Name}
	case *ast.IndexExpr:
		if tv, ok := info.Types[e.Index]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			return nonEmpty(exprName(info, e.X), constant.StringVal(tv.Value))
		}
	}
	return nonEmpty(exprName(info, e))
}

// exprName names an expression: an identifier, a selector's last name.
func exprName(info *types.Info, e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.StarExpr:
		return exprName(info, e.X)
	case *ast.IndexExpr:
		if tv, ok := info.Types[e.Index]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value)
		}
	}
	return ""
}

// shortTypeName is the name of a named type (or a pointer to one) without
// its package.
func shortTypeName(t types.Type) string {
	n := typeName(t)
	return n[strings.LastIndex(n, ".")+1:]
}

func nonEmpty(names ...string) []string {
	var out []string
	for _, s := range names {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
