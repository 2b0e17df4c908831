package scanner

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// explain returns, for each candidate in text, what the reader found and
// the verdict: a debugging aid for rule authors.
func explain(text []byte, p Project) string {
	var sb strings.Builder
	if ctx, _ := triggers(text); !ctx && p.UsesPinata == "" {
		return "no trigger\n"
	}
	d, r, sites := readSites(text, p)
	defer putReader(r)
	for i := range sites {
		s := &sites[i]
		e := eval{d: d, r: r, s: s, i: i, sites: sites, b: text}
		v := e.judge()
		var chain []string
		for k := 0; k < s.nchain; k++ {
			sc := &r.scopes[s.chain[k]]
			chain = append(chain, fmt.Sprintf("%d:%q", sc.kind, text[sc.name[0]:sc.name[1]]))
		}
		fmt.Fprintf(&sb, "line %d %q via=%d name=%q pos=%v callee arg=%d chain=%v heading=%d behindTopic=%v para=%d group=%d alone=%v",
			s.line+1, s.val[:min(8, len(s.val))], s.via, text[s.name[0]:s.name[1]], s.positional, s.arg, chain, s.heading, s.behindTopic, s.para, s.group, s.alone)
		if v.vetoed != nil {
			fmt.Fprintf(&sb, " → vetoed by %s (%s)\n", v.vetoed.ID, v.evidence)
		} else if v.kind != "" {
			fmt.Fprintf(&sb, " → %s by %s (%s) support=%v\n", v.kind, v.rule.ID, v.evidence, v.support)
		} else {
			fmt.Fprintf(&sb, " → nothing\n")
		}
	}
	for _, h := range r.headings {
		fmt.Fprintf(&sb, "heading line %d pinata=%v other=%v\n", h.line+1, h.pinata, h.other)
	}
	return sb.String()
}

func TestExplain(t *testing.T) {
	f := os.Getenv("EXPLAIN")
	if f == "" {
		t.Skip()
	}
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + explain(data, Project{UsesPinata: os.Getenv("PROJECT")}))
}
