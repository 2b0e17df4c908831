package quote

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestSafe(t *testing.T) {
	tests := []struct{ in, want string }{
		{"src/app.js", "src/app.js"},
		{"with space/é.env", "with space/é.env"},
		{"a::b", "a::b"},
		{"", ""},
		{"new\nline", `"new\nline"`},
		{"cr\rhere", `"cr\rhere"`},
		{"tab\there", `"tab\there"`},
		{"bad\xffutf8", `"bad\xffutf8"`},
		{"esc\x1b[2J", `"esc\x1b[2J"`},
		{"osc52\x1b]52;c;ZXZpbA==\x07", `"osc52\x1b]52;c;ZXZpbA==\a"`},
		{"title\x1b]0;pwned\x1b\\", `"title\x1b]0;pwned\x1b\\"`},
		{"c1\u009b2J", `"c1\u009b2J"`},
		{"del\x7f", `"del\x7f"`},
		{"bidi\u202etxt.exe", `"bidi\u202etxt.exe"`},
		{"zero\u200bwidth", `"zero\u200bwidth"`},
		{"::error::forged", `"::error::forged"`},
		{"   ::stop-commands::tok", `"   ::stop-commands::tok"`},
	}
	for _, tt := range tests {
		if got := Safe(tt.in); got != tt.want {
			t.Errorf("Safe(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestInput(t *testing.T) {
	if got := Input("--fromat"); got != `"--fromat"` {
		t.Errorf("Input = %s", got)
	}
	long := strings.Repeat("é", 100) + "\x1b"
	got := Input(long)
	if len(got) > maxInput+8 || !strings.HasSuffix(got, "…") || strings.Contains(got, "\x1b") {
		t.Errorf("Input(long) = %q", got)
	}
	if s, err := strconv.Unquote(strings.TrimSuffix(got, "…")); err != nil || !utf8.ValidString(s) {
		t.Errorf("Input cut inside a rune: %q (%v)", got, err)
	}
}

func TestJSON(t *testing.T) {
	in := "a\u009b\u202e\U000E0001\x7fé€😀z"
	b, err := json.Marshal(map[string]string{"k": in})
	if err != nil {
		t.Fatal(err)
	}
	out := JSON(b)
	if !printableASCIIOrPrint(out) {
		t.Errorf("JSON left an unprintable rune: %q", out)
	}
	var back map[string]string
	if err := json.Unmarshal(out, &back); err != nil || back["k"] != in {
		t.Errorf("round trip: %q, %v", back["k"], err)
	}
}

// printableASCIIOrPrint reports whether b holds only printable runes,
// newlines and spaces: nothing a terminal or a CI log would act on.
func printableASCIIOrPrint(b []byte) bool {
	for _, r := range string(b) {
		if r != '\n' && !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

// FuzzSafe: Safe's output is one line of printable text that does not
// start a workflow command, and unquotes to the input.
func FuzzSafe(f *testing.F) {
	for _, s := range []string{"a", "\x1b]52;c;x\x07", "::error::x", "\xff", "\u202e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Safe(s)
		if !printableASCIIOrPrint([]byte(out)) || strings.Contains(out, "\n") || strings.HasPrefix(strings.TrimLeft(out, " "), "::") {
			t.Fatalf("Safe(%q) = %q", s, out)
		}
		if out != s {
			if back, err := strconv.Unquote(out); err != nil || back != s {
				t.Fatalf("Safe(%q) = %q does not unquote to it", s, out)
			}
		}
	})
}

// FuzzJSON: escaping keeps the document valid and its value unchanged.
func FuzzJSON(f *testing.F) {
	f.Add("plain")
	f.Add("\u0085\u2028\U0010FFFF")
	f.Fuzz(func(t *testing.T, s string) {
		b, err := json.Marshal([]string{s})
		if err != nil {
			t.Skip()
		}
		out := JSON(b)
		if !printableASCIIOrPrint(out) {
			t.Fatalf("JSON(%q) = %q", b, out)
		}
		var a, want []string
		if json.Unmarshal(out, &a) != nil || json.Unmarshal(b, &want) != nil || a[0] != want[0] {
			t.Fatalf("JSON(%q) changed the value: %q", b, out)
		}
	})
}
