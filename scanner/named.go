package scanner

import "strings"

// ClassifyNamed reports whether value, bound to name (an HTTP header, a
// variable, a field or map key, an option), is a Pinata credential. It
// serves the analyzer, which knows names from the syntax tree rather than
// from text: the pair is judged as the text `name: "value"` would be, so
// both share one set of rules. An auth scheme before the value ("Bearer ")
// is allowed. Position fields of the finding are not meaningful.
func ClassifyNamed(name, value string) (Finding, bool) {
	if len(value) > maxBase64Len || strings.ContainsAny(name, "\n\"") {
		return Finding{}, false
	}
	prefix := name + `: "`
	text := prefix + value + "\"\n"
	for _, f := range ScanBytes([]byte(text)) {
		if int(f.Offset) >= len(prefix) {
			f.Line, f.Column, f.Offset = 0, 0, 0
			return f, true
		}
	}
	return Finding{}, false
}
