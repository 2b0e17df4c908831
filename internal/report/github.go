package report

import (
	"bufio"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"

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
}

var _ Reporter = (*GitHubReporter)(nil)

// Write writes one workflow command per finding and per problem.
func (g *GitHubReporter) Write(w io.Writer, r *result.Report) error {
	bw := bufio.NewWriter(w)
	for i := range r.Results {
		res := &r.Results[i]
		info, ok := sarifRules[res.Kind]
		if !ok {
			return fmt.Errorf("github: unknown kind %q", res.Kind)
		}
		props := []string{"file=" + escapeProperty(githubPath(res.Path))}
		if res.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", res.Line))
		}
		if res.Column > 0 {
			props = append(props, fmt.Sprintf("col=%d", res.Column))
		}
		props = append(props, "title="+escapeProperty(info.short))
		msg := (&SARIFReporter{Options: g.Options}).message(res)
		fmt.Fprintf(bw, "::%s %s::%s\n", info.level, strings.Join(props, ","), escapeData(msg))
	}
	for _, p := range r.Problems {
		fmt.Fprintf(bw, "::error title=%s::%s\n", escapeProperty("pinatascan could not read everything"), escapeData(p))
	}
	if r.Partial {
		fmt.Fprintf(bw, "::error title=%s::%s\n", escapeProperty("pinatascan was interrupted"), escapeData("the scan did not finish; results are partial"))
	}
	bw.WriteString(escapeData(Summary(r)))
	bw.WriteString("\n")
	return bw.Flush()
}

// githubPath gives the path as the runner expects it: slash-separated,
// relative to the workspace, without "./".
func githubPath(p string) string {
	if p == "-" {
		return p
	}
	return strings.TrimPrefix(path.Clean(filepath.ToSlash(p)), "./")
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
