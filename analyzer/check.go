package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/pinatascan/pinatascan/scanner"
)

// headerValue checks e, a value sent in header.
func (c *checker) headerValue(header string, e ast.Expr) {
	c.sinkValue(header, header+" header", e)
}

// sinkValue reports e if it folds to a hardcoded credential sent in header;
// where names the place for the message.
func (c *checker) sinkValue(header, where string, e ast.Expr) {
	s, ok := c.fold(e)
	if !ok {
		return
	}
	v, ok := judgeHeader(header, s)
	if !ok {
		return
	}
	prefix, _ := splitScheme(s)
	if !strings.EqualFold(header, "authorization") {
		prefix = "" // schemes belong to Authorization only
	}
	c.sinkReport(e, where, v, prefix)
}

// basicPassword checks the password argument of a SetBasicAuth call.
func (c *checker) basicPassword(e ast.Expr) {
	s, ok := c.fold(e)
	if !ok {
		return
	}
	if v, ok := judgePassword(s); ok {
		c.sinkReport(e, "SetBasicAuth (Authorization header)", v, "")
	}
}

func (c *checker) sinkReport(e ast.Expr, where string, v verdict, prefix string) {
	c.cover(e)
	c.diags = append(c.diags, analysis.Diagnostic{
		Pos:            e.Pos(),
		End:            e.End(),
		Message:        fmt.Sprintf("hardcoded %s in %s: read it from the environment, e.g. %s", v.what, where, envExpr(prefix, v.env)),
		SuggestedFixes: c.envFix(e, prefix, v.env),
	})
}

// literal reports a string literal that the detection core recognises as
// a Pinata credential, wherever it stands: it will reach a sink sooner or
// later, and it is already in the repository's history.
func (c *checker) literal(lit *ast.BasicLit, stack []ast.Node) {
	if lit.Kind != token.STRING || c.covered[lit] {
		return
	}
	tv, ok := c.pass.TypesInfo.Types[lit] // import paths and struct tags have none
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return
	}
	s := constant.StringVal(tv.Value)
	if len(s) < 20 { // the shortest Pinata credential, an API key, has 20
		return
	}
	// Free text first (a curl line may hold a key and its secret), then
	// the value alone under the name it is bound to.
	found := scanner.ScanBytes([]byte(s))
	if len(found) == 0 {
		if f, ok := scanner.Judge(scanner.Named{Path: []string{bindingName(c.pass.TypesInfo, stack)}, Value: s}); ok {
			found = []scanner.Finding{f}
		}
	}
	if len(found) == 0 {
		return
	}
	var names []string
	seen := map[string]bool{}
	for _, f := range found {
		if d := describe(f); !seen[d] {
			seen[d] = true
			names = append(names, d)
		}
	}
	env := envVars[found[0].Kind]
	d := analysis.Diagnostic{
		Pos: lit.Pos(),
		End: lit.End(),
		Message: fmt.Sprintf("%s hardcoded in source: revoke it and read it from the environment, e.g. %s",
			strings.Join(names, " and "), envExpr("", env)),
	}
	// A fix only when the literal is the credential alone (perhaps after a
	// scheme) and may become a call: not in a const declaration.
	if prefix, cred := splitScheme(s); len(found) == 1 && cred == found[0].Value && !inConst(stack) {
		d.SuggestedFixes = c.envFix(lit, prefix, env)
	}
	c.diags = append(c.diags, d)
}

// envExpr is the Go expression that reads env, after an optional scheme.
func envExpr(prefix, env string) string {
	e := fmt.Sprintf("os.Getenv(%q)", env)
	if prefix != "" {
		e = strconv.Quote(prefix) + " + " + e
	}
	return e
}

// bindingName returns the name a literal is bound to, for the detection
// core: the constant or variable it initialises, the field or map key it
// is the value of, the variable or field assigned, or the parameter it is
// passed as. Concatenations and list literals pass the name through.
func bindingName(info *types.Info, stack []ast.Node) string {
	child := stack[len(stack)-1]
	for i := len(stack) - 2; i >= 0; i-- {
		switch p := stack[i].(type) {
		case *ast.ParenExpr, *ast.BinaryExpr, *ast.CompositeLit:
			child = p
			continue
		case *ast.ValueSpec:
			for j, v := range p.Values {
				if v == child && j < len(p.Names) {
					return p.Names[j].Name
				}
			}
		case *ast.KeyValueExpr:
			if p.Value == child {
				if id, ok := p.Key.(*ast.Ident); ok {
					return id.Name
				}
				if tv, ok := info.Types[p.Key]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
					return constant.StringVal(tv.Value)
				}
			}
		case *ast.AssignStmt:
			for j, r := range p.Rhs {
				if r == child && j < len(p.Lhs) {
					return exprName(info, p.Lhs[j])
				}
			}
		case *ast.CallExpr:
			t := info.TypeOf(p.Fun)
			if t == nil {
				return ""
			}
			sig, ok := t.Underlying().(*types.Signature)
			if !ok || sig.Params().Len() == 0 {
				return ""
			}
			for j, a := range p.Args {
				if a == child {
					return sig.Params().At(min(j, sig.Params().Len()-1)).Name()
				}
			}
		}
		return ""
	}
	return ""
}

// exprName names the target of an assignment.
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

// inConst reports whether the innermost node of stack is in a const
// declaration, where a call cannot replace it.
func inConst(stack []ast.Node) bool {
	for _, n := range stack {
		if d, ok := n.(*ast.GenDecl); ok && d.Tok == token.CONST {
			return true
		}
	}
	return false
}
