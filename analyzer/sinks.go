package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// sinkKind says how a sink's arguments carry a header and its value.
type sinkKind int

const (
	headerValue sinkKind = iota // args[arg] is the header, the args after it its values
	authToken                   // args[arg] is a token sent as "Authorization: Bearer <token>"
	basicAuth                   // args[arg] is a user name, args[arg+1] its password
	keyValues                   // args[arg:] alternate header, value (gRPC metadata.Pairs)
	headerMap                   // args[arg] is a map literal of header to value or values
)

type sink struct {
	kind sinkKind
	arg  int
}

const (
	resty2   = "github.com/go-resty/resty/v2"
	resty3   = "resty.dev/v3"
	fasthttp = "github.com/valyala/fasthttp"
	metadata = "google.golang.org/grpc/metadata"
	oauth2   = "golang.org/x/oauth2"
)

// sinks maps a callee's types.Func.FullName to how it sends auth.
var sinks = map[string]sink{
	"(net/http.Header).Set":               {headerValue, 0},
	"(net/http.Header).Add":               {headerValue, 0},
	"(*net/http.Request).SetBasicAuth":    {basicAuth, 0},
	"(net/textproto.MIMEHeader).Set":      {headerValue, 0},
	"(net/textproto.MIMEHeader).Add":      {headerValue, 0},
	"(" + metadata + ".MD).Set":           {headerValue, 0},
	"(" + metadata + ".MD).Append":        {headerValue, 0},
	metadata + ".Pairs":                   {keyValues, 0},
	metadata + ".AppendToOutgoingContext": {keyValues, 1},
	metadata + ".New":                     {headerMap, 0},
}

func init() {
	for _, pkg := range []string{resty2, resty3} {
		for _, recv := range []string{"(*" + pkg + ".Client).", "(*" + pkg + ".Request)."} {
			sinks[recv+"SetHeader"] = sink{headerValue, 0}
			sinks[recv+"SetHeaderVerbatim"] = sink{headerValue, 0}
			sinks[recv+"SetHeaders"] = sink{headerMap, 0}
			sinks[recv+"SetAuthToken"] = sink{authToken, 0}
			sinks[recv+"SetBasicAuth"] = sink{basicAuth, 0}
		}
	}
	for _, m := range []string{"Set", "SetBytesK", "SetBytesV", "SetBytesKV", "SetCanonical",
		"Add", "AddBytesK", "AddBytesV", "AddBytesKV"} {
		sinks["(*"+fasthttp+".RequestHeader)."+m] = sink{headerValue, 0}
	}
}

// headerMaps are the named map types whose keys are header names.
var headerMaps = map[string]bool{
	"net/http.Header":          true,
	"net/textproto.MIMEHeader": true,
	metadata + ".MD":           true,
}

// fieldSinks maps a struct field, as "pkgpath.Type.Field", to the header
// its value is sent in.
var fieldSinks = map[string]string{
	resty2 + ".Client.Token":      "Authorization",
	resty2 + ".Request.Token":     "Authorization",
	resty3 + ".Request.AuthToken": "Authorization",
	oauth2 + ".Token.AccessToken": "Authorization",
}

// call checks a call to a sink.
func (c *checker) call(call *ast.CallExpr) {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return
	}
	s, ok := sinks[fn.FullName()]
	if !ok || s.arg >= len(call.Args) {
		return
	}
	args := call.Args[s.arg:]
	switch s.kind {
	case headerValue:
		name, ok := c.fold(args[0])
		if !ok {
			return
		}
		values := args[1:]
		if call.Ellipsis.IsValid() {
			return // vals... : not constant
		}
		for _, v := range values {
			c.headerValue(name, v)
		}
	case authToken:
		c.headerValue("Authorization", args[0])
	case basicAuth:
		if len(args) >= 2 {
			c.basicPassword(args[1])
		}
	case keyValues:
		if call.Ellipsis.IsValid() {
			return
		}
		for i := 0; i+1 < len(args); i += 2 {
			if name, ok := c.fold(args[i]); ok {
				c.headerValue(name, args[i+1])
			}
		}
	case headerMap:
		if lit, ok := ast.Unparen(args[0]).(*ast.CompositeLit); ok {
			c.headerLit(lit)
		}
	}
}

// compositeLit checks http.Header{…}-like literals and struct literals
// with credential fields.
func (c *checker) compositeLit(lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	if headerMaps[typeName(t)] {
		c.headerLit(lit)
		return
	}
	if _, ok := t.Underlying().(*types.Struct); !ok {
		return
	}
	owner := typeName(t)
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if key, ok := kv.Key.(*ast.Ident); ok {
			if header, ok := fieldSinks[owner+"."+key.Name]; ok {
				c.sinkValue(header, key.Name+" field ("+header+" header)", kv.Value)
			}
		}
	}
}

// headerLit checks a map literal of header names to a value or a list of
// values: http.Header{…}, metadata.MD{…}, map[string]string{…}.
func (c *checker) headerLit(lit *ast.CompositeLit) {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		name, ok := c.fold(kv.Key)
		if !ok {
			continue
		}
		c.headerValues(name, kv.Value)
	}
}

// headerValues checks v, a value or a []string literal of values.
func (c *checker) headerValues(name string, v ast.Expr) {
	if list, ok := ast.Unparen(v).(*ast.CompositeLit); ok {
		if t := c.pass.TypesInfo.TypeOf(list); t != nil && !isBytes(t) && isSlice(t) {
			for _, e := range list.Elts {
				c.headerValue(name, e)
			}
			return
		}
	}
	c.headerValue(name, v)
}

// assign checks h["Authorization"] = …, req.Token = … and the like.
func (c *checker) assign(as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		switch lhs := ast.Unparen(lhs).(type) {
		case *ast.IndexExpr:
			if !headerMaps[typeName(c.pass.TypesInfo.TypeOf(lhs.X))] {
				continue
			}
			if name, ok := c.fold(lhs.Index); ok {
				c.headerValues(name, as.Rhs[i])
			}
		case *ast.SelectorExpr:
			sel, ok := c.pass.TypesInfo.Selections[lhs]
			if !ok || sel.Kind() != types.FieldVal || len(sel.Index()) != 1 {
				continue
			}
			if header, ok := fieldSinks[typeName(sel.Recv())+"."+lhs.Sel.Name]; ok {
				c.sinkValue(header, lhs.Sel.Name+" field ("+header+" header)", as.Rhs[i])
			}
		}
	}
}

// typeName returns "pkgpath.Name" for a named type or a pointer to one.
func typeName(t types.Type) string {
	if t == nil {
		return ""
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

func isSlice(t types.Type) bool {
	_, ok := t.Underlying().(*types.Slice)
	return ok
}

// isBytes reports whether t is []byte.
func isBytes(t types.Type) bool {
	if t == nil {
		return false
	}
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}
