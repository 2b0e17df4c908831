package scanner

import "strings"

// Named is a value together with the names a syntax tree gives it: the
// path of names that encloses it and the other named values beside it.
// It is how callers that already know the structure (the pinatavet pass)
// ask the core for a verdict, without writing text for it to re-read.
type Named struct {
	// Path holds the names enclosing the value, outermost first; the last
	// one names the value itself: {"pinata", "api_key"},
	// {"StorageConfig", "APIKey"}, {"os.Setenv", "PINATA_API_KEY"}.
	// An HTTP header's name is a path of one.
	Path []string

	// Value is the candidate credential, perhaps after an auth scheme
	// ("Bearer …").
	Value string

	// Siblings are the other named values of the same object, struct
	// literal, map or call: a key beside its secret is evidence for both.
	Siblings []Sibling

	// Callee is the qualified function a positional argument is passed to
	// ("pinata.New", "Pinata::new"), with Arg its index; "" otherwise.
	Callee string
	Arg    int
}

// Sibling is one named value beside the one being judged.
type Sibling struct {
	Name  string
	Value string
}

// Judge reports whether n.Value is a Pinata credential, by the same rules
// the scanner applies to text. Position fields of the finding are zero.
func Judge(n Named) (Finding, bool) {
	name := strings.Join(n.Path, ".")
	if len(n.Value) > maxBase64Len || strings.ContainsAny(name, "\n\"") {
		return Finding{}, false
	}
	// Interim: the pair is judged as the text `name: "value"` would be,
	// siblings on the lines after it. The structure-aware core replaces
	// this with a direct verdict on the name path.
	prefix := name + `: "`
	var text strings.Builder
	text.WriteString(prefix + n.Value + "\"\n")
	for _, s := range n.Siblings {
		if !strings.ContainsAny(s.Name+s.Value, "\n\"") {
			text.WriteString(s.Name + `: "` + s.Value + "\"\n")
		}
	}
	for _, f := range ScanBytes([]byte(text.String())) {
		if int(f.Offset) >= len(prefix) && int(f.Offset) < len(prefix)+len(n.Value) {
			f.Line, f.Column, f.Offset = 0, 0, 0
			return f, true
		}
	}
	return Finding{}, false
}
