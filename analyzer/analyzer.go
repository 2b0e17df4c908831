package analyzer

import (
	_ "embed"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var doc string

// Analyzer reports hardcoded Pinata credentials and hardcoded auth headers.
var Analyzer = &analysis.Analyzer{
	Name:     "pinatavet",
	Doc:      extractDoc(doc, "pinatavet"),
	URL:      "https://pkg.go.dev/github.com/pinatascan/pinatascan/analyzer",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      run,
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

// checker holds one pass's state: the diagnostics found so far (reported
// only after suppression directives are applied) and the string literals
// already reported at a sink, so the free-standing check skips them.
type checker struct {
	pass    *analysis.Pass
	diags   []analysis.Diagnostic
	covered map[*ast.BasicLit]bool
}

func run(pass *analysis.Pass) (any, error) {
	c := &checker{pass: pass, covered: make(map[*ast.BasicLit]bool)}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)

	// Sinks first: a literal reported where it is sent is not reported
	// again as a credential standing in source.
	insp.Preorder([]ast.Node{
		(*ast.CallExpr)(nil),
		(*ast.CompositeLit)(nil),
		(*ast.AssignStmt)(nil),
	}, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.CallExpr:
			c.call(n)
		case *ast.CompositeLit:
			c.compositeLit(n)
		case *ast.AssignStmt:
			c.assign(n)
		}
	})
	insp.WithStack([]ast.Node{(*ast.BasicLit)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		if push {
			c.literal(n.(*ast.BasicLit), stack)
		}
		return true
	})

	for _, d := range c.suppress() {
		pass.Report(d)
	}
	return nil, nil
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

// cover marks the literals in e as reported.
func (c *checker) cover(e ast.Node) {
	ast.Inspect(e, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok {
			c.covered[lit] = true
		}
		return true
	})
}
