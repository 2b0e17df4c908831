package analyzer

import (
	_ "embed"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var doc string

// Analyzer reports hardcoded Pinata credentials and hardcoded auth headers.
var Analyzer = &analysis.Analyzer{
	Name:      "pinatavet",
	Doc:       extractDoc(doc, "pinatavet"),
	URL:       "https://pkg.go.dev/github.com/pinatascan/pinatascan/analyzer",
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(uses)},
}

// testAuth brings back the reports of non-Pinata auth values in _test.go
// files, which are test servers' tokens far more often than leaks.
var testAuth bool

func init() {
	Analyzer.Flags.BoolVar(&testAuth, "testauth", false,
		"also report hardcoded non-Pinata auth values (a test server's token) in _test.go files")
}

// extractDoc returns the section of the package comment in src headed
// "# Analyzer name", after its "name:", so -help and pkg.go.dev share one text.
func extractDoc(src, name string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", src, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic("analyzer: doc.go has no package comment")
	}
	_, text, ok := strings.Cut(f.Doc.Text(), "# Analyzer "+name+"\n")
	if !ok {
		panic("analyzer: doc.go lacks # Analyzer " + name)
	}
	// Analyzer.Doc is the text after "name:"; drivers print the name.
	text, ok = strings.CutPrefix(strings.TrimSpace(text), name+":")
	if !ok {
		panic("analyzer: doc.go section does not start with " + name + ":")
	}
	return strings.TrimSpace(text)
}

// checker holds one pass's state.
type checker struct {
	pass *analysis.Pass

	consts   map[*types.Const]ast.Expr     // this package's constants: their values as written
	globals  map[*types.Var]ast.Expr       // package variables never assigned after their declaration
	funcs    map[*types.Func]*ast.FuncDecl // this package's functions
	flows    map[*ast.FuncDecl]*funcFlow   // built on first use
	facts    map[types.Object][]use        // this package's functions and fields that reach sinks
	imports  map[types.Object][]use        // facts of other packages, as read
	libSinks map[*types.Func]use           // library sinks, by callee
	changed  bool                          // a fact was added in this round
	quiet    bool                          // in a generated file: learn facts, report nothing
	gen      map[*token.File]bool          // generated files
	diags    map[token.Pos]analysis.Diagnostic
	steps    int // of the current fold
}

// maxRounds bounds the walks over the package: each round may give a
// function a fact that its callers, walked earlier, need.
const maxRounds = 4

func run(pass *analysis.Pass) (any, error) {
	c := &checker{
		pass:     pass,
		consts:   map[*types.Const]ast.Expr{},
		globals:  map[*types.Var]ast.Expr{},
		funcs:    map[*types.Func]*ast.FuncDecl{},
		flows:    map[*ast.FuncDecl]*funcFlow{},
		facts:    map[types.Object][]use{},
		imports:  map[types.Object][]use{},
		libSinks: map[*types.Func]use{},
		gen:      map[*token.File]bool{},
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c.index(insp)
	for round := 0; round < maxRounds; round++ {
		c.changed = false
		c.diags = map[token.Pos]analysis.Diagnostic{}
		c.walk(insp)
		if !c.changed {
			break
		}
	}
	c.literals(insp)
	for obj, us := range c.facts {
		pass.ExportObjectFact(obj, &uses{Uses: us})
	}
	for _, d := range c.suppress() {
		pass.Report(d)
	}
	return nil, nil
}

// index records the package's constants, functions, unassigned package
// variables and generated files.
func (c *checker) index(insp *inspector.Inspector) {
	info := c.pass.TypesInfo
	assigned := map[*types.Var]bool{}
	global := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && v.Pkg() == c.pass.Pkg && v.Parent() == v.Pkg().Scope() {
				assigned[v] = true
			}
		}
	}
	insp.Preorder([]ast.Node{
		(*ast.File)(nil), (*ast.ValueSpec)(nil), (*ast.FuncDecl)(nil),
		(*ast.AssignStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.IncDecStmt)(nil),
	}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.File:
			if ast.IsGenerated(n) {
				c.gen[c.pass.Fset.File(n.FileStart)] = true
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if i >= len(n.Values) || len(n.Values) != len(n.Names) {
					break
				}
				switch obj := info.Defs[name].(type) {
				case *types.Const:
					c.consts[obj] = n.Values[i]
				case *types.Var:
					if obj.Parent() == c.pass.Pkg.Scope() {
						c.globals[obj] = n.Values[i]
					}
				}
			}
		case *ast.FuncDecl:
			if f, ok := info.Defs[n.Name].(*types.Func); ok {
				c.funcs[f] = n
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				global(l)
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				global(n.X)
			}
		case *ast.IncDecStmt:
			global(n.X)
		}
	})
	for v := range assigned {
		delete(c.globals, v)
	}
}

// walk visits every call, composite literal and assignment, in its
// function, and checks those that send auth.
func (c *checker) walk(insp *inspector.Inspector) {
	var fn *ast.FuncDecl
	insp.Preorder([]ast.Node{
		(*ast.File)(nil), (*ast.FuncDecl)(nil),
		(*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil),
	}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.File:
			c.quiet = c.gen[c.pass.Fset.File(n.FileStart)]
			fn = nil
			return
		case *ast.FuncDecl:
			fn = n
			return
		}
		if fn != nil && n.Pos() > fn.End() {
			fn = nil // package level, after a function
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			c.callSink(fn, n)
		case *ast.CompositeLit:
			c.compositeLit(fn, n)
		case *ast.AssignStmt:
			c.assign(fn, n)
		}
	})
}

// usesOf returns how fn (a function or a field) sends auth: a library
// sink, a fact of this package, or one imported.
func (c *checker) usesOf(obj types.Object) []use {
	if obj == nil {
		return nil
	}
	if obj.Pkg() == c.pass.Pkg {
		return c.facts[obj]
	}
	if us, ok := c.imports[obj]; ok {
		return us
	}
	var f uses
	if obj.Pkg() != nil && c.pass.ImportObjectFact(obj, &f) {
		c.imports[obj] = f.Uses
	} else {
		c.imports[obj] = nil
	}
	return f.Uses
}

// learn records that obj, of this package, sends a value as u.
func (c *checker) learn(obj types.Object, u use) {
	if obj == nil || obj.Pkg() != c.pass.Pkg {
		return
	}
	if f, ok := obj.(*types.Func); ok {
		if _, ok := c.librarySink(f); ok {
			return // a library sink calling another
		}
	}
	for _, have := range c.facts[obj] {
		h := have
		h.Name = u.Name
		if h == u && strings.EqualFold(have.Name, u.Name) {
			return
		}
	}
	if len(c.facts[obj]) >= 8 { // a fact stays small
		return
	}
	c.facts[obj] = append(c.facts[obj], u)
	c.changed = true
}

// fileOf returns the syntax tree of the file holding pos.
func (c *checker) fileOf(pos token.Pos) *ast.File {
	for _, f := range c.pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}
