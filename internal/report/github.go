package report

import (
	"bufio"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/result"
)

// GitHubReporter writes GitHub Actions workflow commands, which the Actions
// runner turns into annotations on the pull request's diff:
//
//	::error file=config/.env,line=3,col=23,title=Pinata API secret in source::…
//
// followed by the plain summary line. Paths must be relative to the
// repository root for the annotation to land on the file, so scan from
// there. Values are masked unless NoRedact is set.
type GitHubReporter struct {
	Options

	w *bufio.Writer
}

var _ Reporter = (*GitHubReporter)(nil)

// Begin starts the report on w.
func (g *GitHubReporter) Begin(w io.Writer) error {
	g.w = bufio.NewWriter(w)
	_, err := g.w.WriteString(githubOpening)
	return err
}

// Result writes one workflow command.
func (g *GitHubReporter) Result(res *result.Result) error {
	info, ok := sarifRules[res.Kind]
	if !ok {
		return fmt.Errorf("github: unknown kind %q", res.Kind)
	}
	var props []string
	if res.Message == nil {
		props = append(props, "file="+escapeProperty(workflowText(githubPath(res.Path))))
		if res.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", res.Line))
		}
		if res.Column > 0 {
			props = append(props, fmt.Sprintf("col=%d", res.Column))
		}
	}
	props = append(props, "title="+escapeProperty(info.short))
	msg := (&SARIFReporter{Options: g.Options}).message(res)
	_, err := fmt.Fprintf(g.w, "::%s %s::%s\n", info.level, strings.Join(props, ","), escapeData(workflowText(msg)))
	return err
}

// End writes one workflow command per problem, then the summary line.
func (g *GitHubReporter) End(s *result.Summary) error {
	for i, p := range s.Problems {
		title := "pinatascan could not read everything"
		if i >= len(s.Problems)-s.VerifyProblems {
			title = "pinatascan could not verify every finding"
		}
		fmt.Fprintf(g.w, "::error title=%s::%s\n", escapeProperty(title), escapeData(workflowText(p)))
	}
	if s.Partial {
		fmt.Fprintf(g.w, "::error title=%s::%s\n", escapeProperty("pinatascan was interrupted"), escapeData("the scan did not finish; results are partial"))
	}
	g.w.WriteString(escapeData(Summary(s)))
	g.w.WriteString("\n")
	return g.w.Flush()
}

// githubPath gives the path as the runner expects it: slash-separated,
// relative to the workspace, without "./".
func githubPath(p string) string {
	if p == "-" {
		return p
	}
	return strings.TrimPrefix(path.Clean(filepath.ToSlash(p)), "./")
}

// workflowText leaves s as it is when the workflow escapes (which cover
// CR, LF and %) make it safe, so a file name with a newline still names
// its file; text with any other control character, escape or invalid byte
// is quoted (quote.Safe): the annotation then lands on no file rather
// than carrying a terminal escape.
func workflowText(s string) string {
	if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return r != '\r' && r != '\n' && !unicode.IsPrint(r) }) {
		return quote.Safe(s)
	}
	return s
}

// escapeData escapes a workflow command's message, as the Actions toolkit
// does: %, CR and LF. A newline left in would end the command and let the
// rest of a file name forge one of its own.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value: as data,
// plus ":" and "," which separate the command's parts.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
