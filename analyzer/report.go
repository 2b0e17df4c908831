package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// report judges v, a constant value sent as u (through via), and reports
// it where the credential was written: at its first byte inside the
// literal that holds it, as the scanner does, so that both tools give one
// column and one suppression comment serves both. e is the argument sent.
func (c *checker) report(u use, v value, e ast.Expr, via string) {
	if c.quiet {
		return
	}
	full := u.Prefix + v.String()
	var (
		vd      verdict
		ok      bool
		credOff int // where the credential starts in full
		needles []string
	)
	switch u.Kind {
	case headerValue:
		vd, ok = judgeHeader(u.Name, full)
		if strings.EqualFold(u.Name, "authorization") {
			prefix, cred := splitScheme(full)
			credOff = len(prefix)
			needles = append(needles, cred)
			if _, pass, isBasic := basicCredentials(cred); isBasic && strings.EqualFold(strings.TrimSpace(prefix), "basic") {
				needles = append(needles, pass)
			}
		}
	case password:
		vd, ok = judgePassword(full)
		needles = append(needles, full)
	case urlValue:
		var tok string
		tok, credOff = gatewayQuery(full)
		if credOff < 0 {
			return
		}
		vd, ok = judgeHeader("pinataGatewayToken", tok)
		needles = append(needles, tok)
		u.Name, u.Query = "pinataGatewayToken", true
	}
	if !ok {
		return
	}
	k := max(credOff-len(u.Prefix), 0)
	pos := v.posAt(k, needles...)
	if !pos.IsValid() || c.gen[c.pass.Fset.File(pos)] {
		pos = e.Pos()
	}
	if !vd.pinata && !testAuth && strings.HasSuffix(c.pass.Fset.File(pos).Name(), "_test.go") {
		return // a test server's token, most likely
	}
	where := u.sink()
	if u.Kind == urlValue {
		where = "the pinataGatewayToken query parameter of a URL"
	}
	switch {
	case strings.HasSuffix(via, " field"):
		where = via + " (" + where + ")"
	case via != "":
		where += " through " + via
	}
	inside := e.Pos() <= pos && pos < e.End()
	if !inside {
		p := c.pass.Fset.Position(e.Pos())
		where += fmt.Sprintf(" at %s:%d", filepath.Base(p.Filename), p.Line)
	}
	// The fix keeps the scheme written in the argument itself.
	scheme := ""
	if u.Kind == headerValue && strings.EqualFold(u.Name, "authorization") {
		scheme, _ = splitScheme(v.String())
	}
	d := analysis.Diagnostic{
		Pos:     pos,
		Message: fmt.Sprintf("hardcoded %s in %s: read it from the environment, e.g. %s", vd.what, where, envExpr(scheme, vd.env)),
	}
	switch {
	case u.Kind == urlValue:
		// A URL is more than its token: no fix.
	case inside:
		d.SuggestedFixes = c.envFix(e, scheme, vd.env)
	default:
		// Written elsewhere (a local variable, a constant): fix the
		// literal when it is the credential alone.
		if lit := v.litAt(k); lit != nil {
			lv := value{{kind: textPart, text: litValue(lit), lit: lit}}
			litScheme, cred := splitScheme(lv.String())
			if cred == full[credOff:] && !c.inConst(lit) {
				d.SuggestedFixes = c.envFix(lit, litScheme, vd.env)
			}
		}
	}
	c.add(d)
}

// add records d, unless a report at its position came first.
func (c *checker) add(d analysis.Diagnostic) {
	if _, ok := c.diags[d.Pos]; !ok {
		c.diags[d.Pos] = d
	}
}

// gatewayQuery returns the pinataGatewayToken query parameter of a URL
// and its offset, or -1.
func gatewayQuery(u string) (string, int) {
	const param = "pinatagatewaytoken="
	i := strings.Index(strings.ToLower(u), param)
	if i < 0 {
		return "", -1
	}
	i += len(param)
	end := i
	for end < len(u) && u[end] != '&' && u[end] != '#' {
		end++
	}
	return u[i:end], i
}

// litAt returns the literal holding byte k of v, if one does.
func (v value) litAt(k int) *ast.BasicLit {
	start := 0
	for _, p := range v {
		if k < start+len(p.text) {
			return p.lit
		}
		start += len(p.text)
	}
	return nil
}

func litValue(lit *ast.BasicLit) string {
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		return ""
	}
	return s
}

// envExpr is the Go expression that reads env, after an optional scheme.
func envExpr(prefix, env string) string {
	e := fmt.Sprintf("os.Getenv(%q)", env)
	if prefix != "" {
		e = strconv.Quote(prefix) + " + " + e
	}
	return e
}

// inConst reports whether n stands in a const declaration, where a call
// cannot replace it.
func (c *checker) inConst(n ast.Node) bool {
	f := c.fileOf(n.Pos())
	if f == nil {
		return true
	}
	for _, d := range f.Decls {
		if d.Pos() <= n.Pos() && n.End() <= d.End() {
			found := false
			ast.Inspect(d, func(m ast.Node) bool {
				if found || m == nil || m.End() < n.Pos() || m.Pos() > n.End() {
					return false
				}
				if g, ok := m.(*ast.GenDecl); ok && g.Tok == token.CONST {
					found = true
				}
				return true
			})
			return found
		}
	}
	return false
}
