package cli

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/report"
)

// closest returns the candidate nearest to s, when it is near enough to be
// a typo of it: a few edits apart (transposed letters count as one), or s
// a prefix of it ("--form" for "--format"). "" when none is.
func closest(s string, candidates []string) string {
	best, bestD := "", 0
	for _, c := range candidates {
		d := editDistance(s, c)
		if len(s) >= 3 && strings.HasPrefix(c, s) {
			d = 1
		}
		if limit := max(1, min(len(s), len(c))/3); d <= limit && (best == "" || d < bestD) {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the optimal string alignment distance between a and b:
// insertions, deletions, substitutions and adjacent transpositions.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range rb {
		d[0][j+1] = j + 1
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// unknownCommand explains a first argument that is no command, with what
// was probably meant.
func unknownCommand(name string) string {
	msg := fmt.Sprintf("unknown command %s", quote.Input(name))
	names := make([]string, len(commands))
	for i, c := range commands {
		names[i] = c.Name
	}
	switch {
	case strings.HasPrefix(name, "-"):
		return msg + "; flags go after the command, as in 'pinatascan scan " + quote.Safe(shorten(name, 40)) + " …'"
	case closest(name, names) != "":
		return msg + "; did you mean " + closest(name, names) + "?"
	}
	if _, err := os.Stat(name); err == nil && len(name) < 200 {
		return msg + "; to scan it, run 'pinatascan scan " + quote.Safe(name) + "'"
	}
	return msg
}

// maxFlagEcho is the longest unknown flag echoed whole.
const maxFlagEcho = 32

// flagError rewrites the flag package's errors for people: the flags in
// the double-dash form help shows, a likely meaning for an unknown one,
// and the argument echoed cut short and quoted (quote.Input), never raw.
func flagError(err error, fs *flag.FlagSet) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		if len(name) > maxFlagEcho {
			// No flag is this long: more likely a value that starts with
			// "-" (a token can), of which a few characters are enough.
			return "unknown flag " + quote.Input("--"+shorten(name, maxFlagEcho/2)) + "; if it is a value, not a flag, put it after --"
		}
		return "unknown flag " + quote.Input("--"+name) + didYouMeanFlag(name, fs)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
		return "flag " + quote.Safe(flagDisplay(shorten(name, 64))) + " needs a value"
	}
	if arg, ok := strings.CutPrefix(msg, "bad flag syntax: "); ok {
		return "bad flag syntax: " + quote.Input(arg)
	}
	// invalid value "V" for flag -NAME: REASON (and the boolean form).
	for _, prefix := range []string{"invalid value ", "invalid boolean value "} {
		rest, ok := strings.CutPrefix(msg, prefix)
		if !ok {
			continue
		}
		for _, sep := range []string{" for flag -", " for -"} {
			value, after, ok := strings.Cut(rest, sep)
			if !ok {
				continue
			}
			name, reason, _ := strings.Cut(after, ": ")
			if v, err := strconv.Unquote(value); err == nil {
				value = v
			}
			out := "invalid value " + quote.Input(value) + " for " + quote.Safe(flagDisplay(shorten(name, 64)))
			if reason != "" && reason != "parse error" {
				out += ": " + quote.Safe(shorten(reason, 200))
			}
			return out
		}
	}
	return quote.Safe(shorten(msg, 200))
}

// didYouMeanFlag suggests the flag an unknown one probably was: a near
// spelling, or --format NAME for a format given as a flag (--json).
func didYouMeanFlag(name string, fs *flag.FlagSet) string {
	name, _, _ = strings.Cut(name, "=")
	if slices.Contains(report.Formats(), name) && fs.Lookup("format") != nil {
		return "; did you mean --format " + name + "?"
	}
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if c := closest(name, names); c != "" {
		return "; did you mean " + flagDisplay(c) + "?"
	}
	return ""
}

// flagDisplay is a flag as help shows it: -C, --format.
func flagDisplay(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}
