package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// envFix returns a fix that replaces e with prefix + os.Getenv(env),
// adding the "os" import and dropping imports only e used (the "fmt" of a
// folded fmt.Sprintf). It returns nil where the fix would not compile.
func (c *checker) envFix(e ast.Expr, prefix, env string) []analysis.SuggestedFix {
	file := c.fileOf(e.Pos())
	if file == nil {
		return nil
	}
	drop := c.onlyUsedIn(file, e)
	osName, edits, ok := c.osImport(file, e.Pos(), drop)
	if !ok {
		return nil
	}
	repl := fmt.Sprintf("%s.Getenv(%q)", osName, env)
	if prefix != "" {
		repl = strconv.Quote(prefix) + " + " + repl
	}
	switch t := c.pass.TypesInfo.TypeOf(e); {
	case isBytes(t):
		repl = "[]byte(" + repl + ")"
	case !isString(t):
		return nil // a named string type would need a conversion; leave it to the user
	}
	edits = append(edits, analysis.TextEdit{Pos: e.Pos(), End: e.End(), NewText: []byte(repl)})
	return []analysis.SuggestedFix{{
		Message:   "Read " + env + " from the environment",
		TextEdits: edits,
	}}
}

func isString(t types.Type) bool {
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && (b.Kind() == types.String || b.Kind() == types.UntypedString)
}

// osImport returns the name under which file can refer to package os at
// pos, with the edits that import it if the file does not yet and delete
// the imports in drop. ok is false when the name is taken by something
// else there.
func (c *checker) osImport(file *ast.File, pos token.Pos, drop []*ast.ImportSpec) (name string, edits []analysis.TextEdit, ok bool) {
	name = "os"
	imported := false
	for _, spec := range file.Imports {
		if path, _ := strconv.Unquote(spec.Path.Value); path == "os" {
			if spec.Name != nil {
				if spec.Name.Name == "_" || spec.Name.Name == "." {
					continue
				}
				name = spec.Name.Name
			}
			imported = true
			break
		}
	}
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return "", nil, false
	}
	_, obj := scope.LookupParent(name, pos)
	if imported {
		pkg, isPkg := obj.(*types.PkgName)
		return name, c.deleteImports(drop), isPkg && pkg.Imported().Path() == "os"
	}
	if obj != nil {
		return "", nil, false // "os" names something else here
	}
	return name, c.addOS(file, drop), true
}

// addOS returns the edits that import "os", among the standard imports of
// the file's first import declaration, and delete the imports in drop.
func (c *checker) addOS(file *ast.File, drop []*ast.ImportSpec) []analysis.TextEdit {
	const quoted = `"os"`
	tf := c.pass.Fset.File(file.Pos())
	var decl *ast.GenDecl
	for _, d := range file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			decl = g
			break
		}
	}
	insert := func(at token.Pos, text string) []analysis.TextEdit {
		return append(c.deleteImports(drop), analysis.TextEdit{Pos: at, End: at, NewText: []byte(text)})
	}
	if decl == nil {
		return insert(file.Name.End(), "\n\nimport "+quoted)
	}
	if !decl.Lparen.IsValid() {
		// import "x": if x goes, "os" takes its place; else group the two.
		spec := decl.Specs[0].(*ast.ImportSpec)
		if slices.Contains(drop, spec) {
			return append(c.deleteImports(slices.DeleteFunc(slices.Clone(drop), func(s *ast.ImportSpec) bool { return s == spec })),
				analysis.TextEdit{Pos: spec.Pos(), End: spec.End(), NewText: []byte(quoted)})
		}
		text := spec.Path.Value
		if spec.Name != nil {
			text = spec.Name.Name + " " + text
		}
		switch p := importPath(spec); {
		case !isStd(p):
			text = quoted + "\n\n\t" + text
		case p < "os":
			text = text + "\n\t" + quoted
		default:
			text = quoted + "\n\t" + text
		}
		return append(c.deleteImports(drop), analysis.TextEdit{Pos: spec.Pos(), End: spec.End(), NewText: []byte("(\n\t" + text + "\n)")})
	}
	// Before the first standard import that sorts after "os", else after
	// the last standard import, else first in the block.
	line := "\t" + quoted + "\n"
	var last *ast.ImportSpec
	for _, s := range decl.Specs {
		spec := s.(*ast.ImportSpec)
		if p := importPath(spec); !isStd(p) {
			continue
		} else if p > "os" {
			return insert(tf.LineStart(tf.Line(spec.Pos())), line)
		}
		last = spec
	}
	if last != nil {
		return insert(nextLine(tf, last.End()), line)
	}
	return insert(nextLine(tf, decl.Lparen), line)
}

func importPath(spec *ast.ImportSpec) string {
	p, _ := strconv.Unquote(spec.Path.Value)
	return p
}

// isStd reports whether an import path is of the standard library: its
// first element has no dot.
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// nextLine returns the start of the line after pos's, or the file's end.
func nextLine(tf *token.File, pos token.Pos) token.Pos {
	if l := tf.Line(pos); l < tf.LineCount() {
		return tf.LineStart(l + 1)
	}
	return token.Pos(tf.Base() + tf.Size())
}

// onlyUsedIn returns the imports of file whose package is used in e and
// nowhere else, so that replacing e would leave them unused.
func (c *checker) onlyUsedIn(file *ast.File, e ast.Expr) []*ast.ImportSpec {
	inE := func(pos token.Pos) bool { return e.Pos() <= pos && pos < e.End() }
	usedOutside := map[*types.PkgName]bool{}
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if pkg, ok := c.pass.TypesInfo.Uses[id].(*types.PkgName); ok {
				usedOutside[pkg] = false
			}
		}
		return true
	})
	if len(usedOutside) == 0 {
		return nil
	}
	ast.Inspect(file, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !inE(id.Pos()) {
			if pkg, ok := c.pass.TypesInfo.Uses[id].(*types.PkgName); ok {
				if _, tracked := usedOutside[pkg]; tracked {
					usedOutside[pkg] = true
				}
			}
		}
		return true
	})
	var specs []*ast.ImportSpec
	for _, spec := range file.Imports {
		if used, tracked := usedOutside[c.pass.TypesInfo.PkgNameOf(spec)]; tracked && !used {
			specs = append(specs, spec)
		}
	}
	return specs
}

// deleteImports returns edits deleting the lines of the given imports;
// for a lone `import "fmt"` that line is the whole declaration.
func (c *checker) deleteImports(specs []*ast.ImportSpec) []analysis.TextEdit {
	var edits []analysis.TextEdit
	for _, spec := range specs {
		tf := c.pass.Fset.File(spec.Pos())
		edits = append(edits, analysis.TextEdit{Pos: tf.LineStart(tf.Line(spec.Pos())), End: nextLine(tf, spec.End())})
	}
	return edits
}
