package scanner

import "io"

// Scan reads r to its end in bounded chunks and calls yield for each
// finding, in order of position. It stops at the first error yield returns.
func Scan(r io.Reader, yield func(Finding) error) error {
	panic("TODO: being written")
}

// ScanBytes returns the findings in data.
func ScanBytes(data []byte) []Finding {
	panic("TODO: being written")
}

// Link gives each API secret whose pair is known the key id of its key,
// across findings from many files: a JWT names its key and its secret.
// It changes the findings in place.
func Link(findings []*Finding) {
	panic("TODO: being written")
}

// ClassifyNamed reports whether value, bound to name (an HTTP header, a
// variable, a field or map key, an option), is a Pinata credential. It serves
// the analyzer, which knows names from the syntax tree rather than text.
func ClassifyNamed(name, value string) (Finding, bool) {
	panic("TODO: being written")
}

// LooksBinary reports whether head, the first bytes of a file, marks it as
// binary: it holds a NUL byte in its first 8000 bytes (git's rule).
func LooksBinary(head []byte) bool {
	panic("TODO: being written")
}
