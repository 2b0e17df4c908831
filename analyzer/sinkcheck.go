package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// callSink checks a call that sends auth: a library sink, or a function
// whose fact says which of its arguments reach one.
func (c *checker) callSink(fn *ast.FuncDecl, call *ast.CallExpr) {
	callee := typeutil.StaticCallee(c.pass.TypesInfo, call)
	if callee == nil {
		return
	}
	var us []use
	via := ""
	if u, ok := c.librarySink(callee); ok {
		us = []use{u}
	} else if us = c.usesOf(callee); len(us) > 0 {
		via = qualifiedName(callee)
	}
	for _, u := range us {
		c.sendArgs(fn, call, callee, u, via)
	}
}

// librarySink returns how a library function the pass knows sends auth.
// Lookups are cached per function: FullName builds a string.
func (c *checker) librarySink(f *types.Func) (use, bool) {
	if u, ok := c.libSinks[f]; ok {
		return u, u.Kind != noSink
	}
	u, ok := sinks[f.FullName()]
	if !ok {
		u.Kind = noSink
	} else if u.Kind == password {
		u.Sink = f.Name()
	}
	c.libSinks[f] = u
	return u, ok
}

// sendArgs checks the arguments of call that u sends.
func (c *checker) sendArgs(fn *ast.FuncDecl, call *ast.CallExpr, callee *types.Func, u use, via string) {
	args := call.Args
	if u.Param >= len(args) || u.NameParam >= len(args) {
		return
	}
	sig, _ := callee.Type().(*types.Signature)
	variadic := sig != nil && sig.Variadic() && u.Param == sig.Params().Len()-1
	if call.Ellipsis.IsValid() && (variadic || u.Kind == keyValues) {
		return // vals...: not constant
	}
	switch u.Kind {
	case keyValues:
		for i := u.Param; i+1 < len(args); i += 2 {
			for _, name := range c.names(fn, args[i]) {
				c.send(fn, use{Kind: headerValue, Param: -1, NameParam: -1, Name: name}, args[i+1], via)
			}
		}
		return
	case headerMap:
		c.headerMapArg(fn, u, args[u.Param], via)
		return
	}
	if u.NameParam >= 0 {
		names := c.fold(fn, args[u.NameParam])
		for _, nv := range names {
			if nv.isConst() {
				continue
			}
			// A helper's header name from its own parameter, or the
			// entries of a map parameter ranged over.
			if len(nv) == 1 && nv[0].kind == paramPart && fn != nil {
				p := nv[0]
				for _, vv := range c.fold(fn, args[u.Param]) {
					if len(vv) == 1 && vv[0].kind == paramPart && p.role == mapKey && vv[0].role == mapValue && vv[0].param == p.param {
						c.learn(c.funcObj(fn), use{Kind: headerMap, Param: p.param, NameParam: -1, Query: u.Query})
					}
				}
				if p.role == wholeParam {
					for _, vv := range c.fold(fn, args[u.Param]) {
						if i := vv.firstOpaque(); i >= 0 && vv[:i].isConst() && vv[i].kind == paramPart && vv[i].role == wholeParam {
							c.learn(c.funcObj(fn), use{Kind: headerValue, Param: vv[i].param, NameParam: p.param,
								Prefix: u.Prefix + vv[:i].String(), Query: u.Query})
						}
					}
				}
			}
		}
		for _, name := range constStrings(names) {
			v := u
			v.NameParam, v.Name = -1, name
			c.sendValues(fn, v, args, variadic, via)
		}
		return
	}
	c.sendValues(fn, u, args, variadic, via)
}

func (c *checker) sendValues(fn *ast.FuncDecl, u use, args []ast.Expr, variadic bool, via string) {
	if variadic {
		for _, a := range args[u.Param:] {
			c.send(fn, u, a, via)
		}
		return
	}
	c.send(fn, u, args[u.Param], via)
}

// names returns the constant strings e folds to.
func (c *checker) names(fn *ast.FuncDecl, e ast.Expr) []string { return constStrings(c.fold(fn, e)) }

func constStrings(vals []value) []string {
	var out []string
	for _, v := range vals {
		if v.isConst() {
			out = append(out, v.String())
		}
	}
	return out
}

// headerMapArg checks a map of headers passed to a sink: a literal, a
// local variable assigned one, or a parameter (which gives fn a fact).
func (c *checker) headerMapArg(fn *ast.FuncDecl, u use, e ast.Expr, via string) {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok && fn != nil {
		if v, ok := c.pass.TypesInfo.Uses[id].(*types.Var); ok {
			fl := c.flowOf(fn)
			if i, ok := fl.params[v]; ok {
				c.learn(c.funcObj(fn), use{Kind: headerMap, Param: i, NameParam: -1, Query: u.Query})
				return
			}
			if defs := fl.defs[v]; len(defs) > 0 && defs[0].rhs != nil && !fl.escaped[v] {
				e = ast.Unparen(defs[0].rhs)
			}
		}
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		c.headerLit(fn, lit, u.Query, via)
	}
}

// headerLit checks a map literal of header names to a value or a list of
// values: http.Header{…}, metadata.MD{…}, map[string]string{…}.
func (c *checker) headerLit(fn *ast.FuncDecl, lit *ast.CompositeLit, query bool, via string) {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		for _, name := range c.names(fn, kv.Key) {
			c.headerValues(fn, use{Kind: headerValue, Param: -1, NameParam: -1, Name: name, Query: query}, kv.Value, via)
		}
	}
}

// headerValues checks v, a value or a []string literal of values.
func (c *checker) headerValues(fn *ast.FuncDecl, u use, v ast.Expr, via string) {
	if list, ok := ast.Unparen(v).(*ast.CompositeLit); ok {
		if t := c.pass.TypesInfo.TypeOf(list); t != nil && !isBytes(t) && isSlice(t) {
			for _, e := range list.Elts {
				c.send(fn, u, e, via)
			}
			return
		}
	}
	c.send(fn, u, v, via)
}

// compositeLit checks http.Header{…}-like literals and struct literals
// whose fields are sent as auth.
func (c *checker) compositeLit(fn *ast.FuncDecl, lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	if name := typeName(t); headerMaps[name] {
		c.headerLit(fn, lit, name == "net/url.Values", "")
		return
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		var field *types.Var
		val := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if key, ok := kv.Key.(*ast.Ident); ok {
				field, _ = c.pass.TypesInfo.ObjectOf(key).(*types.Var)
			}
			val = kv.Value
		} else if i < st.NumFields() {
			field = st.Field(i)
		}
		c.fieldWrite(fn, typeName(t), field, val)
	}
}

// assign checks h["Authorization"] = …, req.Token = … and the like.
func (c *checker) assign(fn *ast.FuncDecl, as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	info := c.pass.TypesInfo
	for i, lhs := range as.Lhs {
		switch lhs := ast.Unparen(lhs).(type) {
		case *ast.IndexExpr:
			name := typeName(info.TypeOf(lhs.X))
			if !headerMaps[name] {
				continue
			}
			for _, h := range c.names(fn, lhs.Index) {
				c.headerValues(fn, use{Kind: headerValue, Param: -1, NameParam: -1, Name: h, Query: name == "net/url.Values"}, as.Rhs[i], "")
			}
		case *ast.SelectorExpr:
			sel, ok := info.Selections[lhs]
			if !ok || sel.Kind() != types.FieldVal {
				continue
			}
			field, _ := sel.Obj().(*types.Var)
			c.fieldWrite(fn, typeName(sel.Recv()), field, as.Rhs[i])
		}
	}
}

// fieldWrite checks a value written to a field that is sent as auth: a
// library's (resty's Token) or one with a fact.
func (c *checker) fieldWrite(fn *ast.FuncDecl, owner string, field *types.Var, e ast.Expr) {
	if field == nil {
		return
	}
	if u, ok := fieldSinks[owner+"."+field.Name()]; ok {
		c.send(fn, u, e, field.Name()+" field")
		return
	}
	for _, u := range c.usesOf(field) {
		c.send(fn, u, e, field.Name()+" field")
	}
}

// send follows e, sent as u (through via, when a helper sends it), back to
// what it is made of: constant text is judged and reported; a parameter of
// fn, or a field, that is sent whole (after constant text) gets a fact.
func (c *checker) send(fn *ast.FuncDecl, u use, e ast.Expr, via string) {
	for _, v := range c.fold(fn, e) {
		i := v.firstOpaque()
		if i < 0 {
			c.report(u, v, e, via)
			continue
		}
		if u.Kind == urlValue {
			c.sendURL(fn, u, v, e, via)
			continue
		}
		if !v[:i].isConst() {
			continue
		}
		learned := u
		learned.Prefix = u.Prefix + v[:i].String()
		if !worthLearning(learned) {
			continue
		}
		switch p := v[i]; {
		case p.kind == paramPart && p.role == wholeParam && fn != nil:
			learned.Param = p.param
			if u.Kind == headerValue && u.NameParam >= 0 {
				continue // handled with the name, in sendArgs
			}
			c.learn(c.funcObj(fn), learned)
		case p.kind == fieldPart && p.field.Pkg() == c.pass.Pkg:
			learned.Param, learned.NameParam = -1, -1
			c.learn(p.field, learned)
		}
	}
}

// worthLearning reports whether a value sent as u is a credential when it
// is constant: the value of an auth header (or of a header a caller
// names), a password, a URL's gateway token. A helper that sets
// Content-Type or builds a URL from its parameter gets no fact.
func worthLearning(u use) bool {
	switch u.Kind {
	case headerValue:
		_, auth := authHeaders[strings.ToLower(u.Name)]
		return auth || u.NameParam >= 0
	case urlValue:
		return strings.HasSuffix(strings.ToLower(u.Prefix), "pinatagatewaytoken=")
	}
	return true
}

// sendURL checks a URL made of constant text and values read at run
// time: whatever comes first (a host, a path), a token written after the
// last value read at run time is hardcoded, and a parameter that follows
// "pinataGatewayToken=" gives fn a fact.
func (c *checker) sendURL(fn *ast.FuncDecl, u use, v value, e ast.Expr, via string) {
	last := -1 // the last part read at run time
	for i, p := range v {
		if p.kind == textPart {
			continue
		}
		before := v[last+1 : i].String()
		if last < 0 {
			before = u.Prefix + before
		}
		if p.kind == paramPart && p.role == wholeParam && fn != nil &&
			strings.HasSuffix(strings.ToLower(before), "pinatagatewaytoken=") {
			learned := u
			learned.Param, learned.Prefix = p.param, "pinataGatewayToken="
			c.learn(c.funcObj(fn), learned)
		}
		last = i
	}
	if tail := v[last+1:]; len(tail) > 0 {
		c.report(use{Kind: urlValue, Param: -1, NameParam: -1}, tail, e, via)
	}
}

func (c *checker) funcObj(fn *ast.FuncDecl) types.Object {
	return c.pass.TypesInfo.Defs[fn.Name]
}

// qualifiedName names a function as the detection core expects a callee:
// pkg.Func, or Type.Method.
func qualifiedName(f *types.Func) string {
	if sig, ok := f.Type().(*types.Signature); ok && sig.Recv() != nil {
		if n := typeName(sig.Recv().Type()); n != "" {
			return n[strings.LastIndex(n, ".")+1:] + "." + f.Name()
		}
	}
	if f.Pkg() == nil {
		return f.Name()
	}
	return f.Pkg().Name() + "." + f.Name()
}
