package analyzer

import (
	"fmt"
	"go/token"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// directive is the suppression comment: //pinatavet:ignore <reason>.
const directive = "//pinatavet:ignore"

// ignore is one suppression directive.
type ignore struct {
	pos    token.Pos
	file   string
	line   int
	reason string
	used   bool
}

// suppress applies the file's directives to the diagnostics found and
// returns those to report. A directive suppresses one report, on its own
// line or else on the line below. One without a reason suppresses nothing
// and is reported, and so is one that matched no report, so stale
// directives do not pile up.
func (c *checker) suppress() []analysis.Diagnostic {
	diags := make([]analysis.Diagnostic, 0, len(c.diags))
	for _, d := range c.diags {
		diags = append(diags, d)
	}
	sort.Slice(diags, func(i, j int) bool { return diags[i].Pos < diags[j].Pos })
	var ignores []*ignore
	allowed := map[string]bool{} // file:line holding the scanner's allow marker
	for _, f := range c.pass.Files {
		tf := c.pass.Fset.File(f.Pos())
		for _, group := range f.Comments {
			for _, cm := range group.List {
				if allowMarker(cm.Text) {
					allowed[fmt.Sprintf("%s:%d", tf.Name(), tf.Line(cm.Pos()))] = true
				}
				rest, ok := strings.CutPrefix(cm.Text, directive)
				if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
					continue
				}
				ignores = append(ignores, &ignore{
					pos:    cm.Pos(),
					file:   tf.Name(),
					line:   tf.Line(cm.Pos()),
					reason: strings.TrimSpace(rest),
				})
			}
		}
	}
	var out []analysis.Diagnostic
	for _, d := range diags {
		p := c.pass.Fset.Position(d.Pos)
		if allowed[fmt.Sprintf("%s:%d", p.Filename, p.Line)] {
			continue
		}
		if ig := match(ignores, c.pass.Fset.Position(d.Pos)); ig != nil {
			ig.used = true
			continue
		}
		out = append(out, d)
	}
	for _, ig := range ignores {
		switch {
		case ig.reason == "":
			out = append(out, analysis.Diagnostic{Pos: ig.pos,
				Message: "pinatavet:ignore needs a reason: //pinatavet:ignore <why this is not a leak>"})
		case !ig.used:
			out = append(out, analysis.Diagnostic{Pos: ig.pos,
				Message: "pinatavet:ignore matches no report on this line or the next: remove it"})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pos < out[j].Pos })
	return out
}

// allowMarker reports whether a comment holds the scanner's suppression
// marker, which pinatavet honours too: one comment serves both tools.
func allowMarker(text string) bool {
	return strings.Contains(text, "pinatascan:allow") || strings.Contains(text, "gitleaks:allow")
}

// match returns the unused directive, with a reason, that covers p: one on
// p's line first, then one on the line above.
func match(ignores []*ignore, p token.Position) *ignore {
	for _, line := range []int{p.Line, p.Line - 1} {
		for _, ig := range ignores {
			if !ig.used && ig.reason != "" && ig.file == p.Filename && ig.line == line {
				return ig
			}
		}
	}
	return nil
}
