package analyzer

import (
	"fmt"
	"go/types"
	"strings"
)

// useKind says how a sink sends a value.
type useKind uint8

const (
	headerValue useKind = iota // the value of a header (or query parameter) named by Name or NameParam
	password                   // a basic- or digest-auth password, or a URL's
	headerMap                  // a map of header names to values
	keyValues                  // alternate names and values, from Param on (gRPC metadata.Pairs)
	urlValue                   // a URL that may carry pinataGatewayToken=
	noSink                     // not a sink (in a cache)
)

// use is one way a function sends one of its arguments to an auth sink.
// The sinks the pass knows are uses of library functions; a function of
// the analysed code whose parameter reaches one exports its uses as a
// fact, so calls to it are checked like calls to the library.
type use struct {
	Kind      useKind
	Param     int    // the argument sent (-1 in a field's fact: the field itself)
	NameParam int    // the argument naming the header, or -1
	Name      string // the header or query parameter, when NameParam is -1
	Prefix    string // constant text sent before the value ("Bearer ")
	Query     bool   // Name is a URL query parameter, not a header
	Sink      string // the library function a password reaches (SetBasicAuth)
}

// uses is the fact of a function (or struct field) whose parameters (or
// value) reach an auth sink. It is small and gob-encoded between packages.
type uses struct{ Uses []use }

func (*uses) AFact() {}

func (f *uses) String() string {
	var parts []string
	for _, u := range f.Uses {
		parts = append(parts, u.String())
	}
	return "auth(" + strings.Join(parts, ", ") + ")"
}

func (u use) String() string {
	if u.Param < 0 {
		return "field→" + u.sink()
	}
	return fmt.Sprintf("%d→%s", u.Param, u.sink())
}

// sink names the place a use sends its value, for messages.
func (u use) sink() string {
	switch u.Kind {
	case password:
		if u.Sink != "" {
			return u.Sink
		}
		return "a password"
	case urlValue:
		return "a URL"
	case headerMap:
		return "headers"
	}
	if u.Name == "" {
		return "a header"
	}
	if u.Query {
		return u.Name + " query parameter"
	}
	return u.Name + " header"
}

const (
	resty2   = "github.com/go-resty/resty/v2"
	resty3   = "resty.dev/v3"
	fasthttp = "github.com/valyala/fasthttp"
	metadata = "google.golang.org/grpc/metadata"
	oauth2   = "golang.org/x/oauth2"
)

var (
	setHeader  = use{Kind: headerValue, Param: 1, NameParam: 0}
	setQuery   = use{Kind: headerValue, Param: 1, NameParam: 0, Query: true}
	bearer     = use{Kind: headerValue, Param: 0, NameParam: -1, Name: "Authorization", Prefix: "Bearer "}
	basicPass  = use{Kind: password, Param: 1, NameParam: -1}
	headersArg = use{Kind: headerMap, Param: 0, NameParam: -1}
)

func urlArg(i int) use { return use{Kind: urlValue, Param: i, NameParam: -1} }

// sinks maps a callee's types.Func.FullName to how it sends auth.
var sinks = map[string]use{
	"(net/http.Header).Set":               setHeader,
	"(net/http.Header).Add":               setHeader,
	"(*net/http.Request).SetBasicAuth":    basicPass,
	"(net/textproto.MIMEHeader).Set":      setHeader,
	"(net/textproto.MIMEHeader).Add":      setHeader,
	"(net/url.Values).Set":                setQuery,
	"(net/url.Values).Add":                setQuery,
	"net/url.UserPassword":                basicPass,
	"(" + metadata + ".MD).Set":           setHeader,
	"(" + metadata + ".MD).Append":        setHeader,
	metadata + ".Pairs":                   {Kind: keyValues, Param: 0, NameParam: -1},
	metadata + ".AppendToOutgoingContext": {Kind: keyValues, Param: 1, NameParam: -1},
	metadata + ".New":                     headersArg,
	"net/http.Get":                        urlArg(0),
	"net/http.Head":                       urlArg(0),
	"net/http.Post":                       urlArg(0),
	"net/http.PostForm":                   urlArg(0),
	"(*net/http.Client).Get":              urlArg(0),
	"(*net/http.Client).Head":             urlArg(0),
	"(*net/http.Client).Post":             urlArg(0),
	"(*net/http.Client).PostForm":         urlArg(0),
	"net/http.NewRequest":                 urlArg(1),
	"net/http.NewRequestWithContext":      urlArg(2),
	"net/url.Parse":                       urlArg(0),
	"net/url.ParseRequestURI":             urlArg(0),
}

func init() {
	for _, pkg := range []string{resty2, resty3} {
		for _, recv := range []string{"(*" + pkg + ".Client).", "(*" + pkg + ".Request)."} {
			sinks[recv+"SetHeader"] = setHeader
			sinks[recv+"SetHeaderVerbatim"] = setHeader
			sinks[recv+"SetHeaders"] = headersArg
			sinks[recv+"SetAuthToken"] = bearer
			sinks[recv+"SetBasicAuth"] = basicPass
			sinks[recv+"SetDigestAuth"] = basicPass
			sinks[recv+"SetQueryParam"] = setQuery
			sinks[recv+"SetQueryParams"] = use{Kind: headerMap, Param: 0, NameParam: -1, Query: true}
		}
		sinks["(*"+pkg+".Request).Get"] = urlArg(0)
		sinks["(*"+pkg+".Request).Post"] = urlArg(0)
		sinks["(*"+pkg+".Request).SetURL"] = urlArg(0)
	}
	for _, m := range []string{"Set", "SetBytesK", "SetBytesV", "SetBytesKV", "SetCanonical",
		"Add", "AddBytesK", "AddBytesV", "AddBytesKV"} {
		sinks["(*"+fasthttp+".RequestHeader)."+m] = setHeader
	}
}

// headerMaps are the named map types whose keys are header names (or,
// for url.Values, query parameters).
var headerMaps = map[string]bool{
	"net/http.Header":          true,
	"net/textproto.MIMEHeader": true,
	"net/url.Values":           true,
	metadata + ".MD":           true,
}

// fieldSinks maps a library's struct field, as "pkgpath.Type.Field", to
// how its value is sent. Fields of the analysed code get facts instead.
var fieldSinks = map[string]use{
	resty2 + ".Client.Token":      {Kind: headerValue, Param: -1, NameParam: -1, Name: "Authorization", Prefix: "Bearer "},
	resty2 + ".Request.Token":     {Kind: headerValue, Param: -1, NameParam: -1, Name: "Authorization", Prefix: "Bearer "},
	resty3 + ".Request.AuthToken": {Kind: headerValue, Param: -1, NameParam: -1, Name: "Authorization", Prefix: "Bearer "},
	oauth2 + ".Token.AccessToken": {Kind: headerValue, Param: -1, NameParam: -1, Name: "Authorization", Prefix: "Bearer "},
	"net/url.URL.RawQuery":        {Kind: urlValue, Param: -1, NameParam: -1, Prefix: "?"},
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
