// Package report writes results in the formats pinatascan offers.
package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/pinatascan/pinatascan/internal/quote"
	"github.com/pinatascan/pinatascan/internal/result"
)

// Reporter writes a report in one format as the scan goes: Begin, then
// each result in report order, then End with the summary. Memory does not
// grow with the number of results: each is written when it comes.
//
// Text that came from what was scanned (paths, claims, authors, tag names,
// server replies) goes through quote.Safe, or quote.JSON in JSON
// documents, so it cannot forge output or reach a terminal as escapes.
type Reporter interface {
	Begin(w io.Writer) error
	Result(r *result.Result) error
	End(s *result.Summary) error
}

// Write writes a whole report with rp: Begin, every result, End. It
// counts the results into the summary it ends with.
func Write(rp Reporter, w io.Writer, rep *result.Report) error {
	if err := rp.Begin(w); err != nil {
		return err
	}
	s := rep.Summary
	s.Found = result.Found{}
	for i := range rep.Results {
		s.Found.Add(&rep.Results[i])
		if err := rp.Result(&rep.Results[i]); err != nil {
			return err
		}
	}
	return rp.End(&s)
}

// Options are shared by every format.
type Options struct {
	// NoRedact shows credentials and e-mail addresses in full. Off by default.
	NoRedact bool

	// Terminal says the report is read on a terminal, not saved: the text
	// format leaves out its header line (TextHeader).
	Terminal bool

	// Color colours the text format (ANSI); the other formats ignore it.
	Color bool
}

// formats maps each --format name to its reporter. A new format is one file
// with its Reporter and one line here.
var formats = map[string]func(Options) Reporter{
	"text":   func(o Options) Reporter { return &TextReporter{Options: o} },
	"json":   func(o Options) Reporter { return &JSONReporter{Options: o} },
	"sarif":  func(o Options) Reporter { return &SARIFReporter{Options: o} },
	"github": func(o Options) Reporter { return &GitHubReporter{Options: o} },
	"gitlab": func(o Options) Reporter { return &GitLabReporter{Options: o} },
}

// New returns the reporter for the format called name.
func New(name string, o Options) (Reporter, error) {
	f, ok := formats[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want %s)", name, strings.Join(Formats(), ", "))
	}
	return f(o), nil
}

// Formats lists the format names, sorted.
func Formats() []string {
	return slices.Sorted(maps.Keys(formats))
}

// encoder writes JSON values indented as at a fixed prefix, reusing its
// buffer, with every unprintable character escaped (quote.JSON): the JSON
// and SARIF reporters write one such value per result.
type encoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

func newEncoder(prefix string, escapeHTML bool) *encoder {
	e := &encoder{}
	e.enc = json.NewEncoder(&e.buf)
	e.enc.SetEscapeHTML(escapeHTML)
	e.enc.SetIndent(prefix, "  ")
	return e
}

// write writes sep and then v to w.
func (e *encoder) write(w *bufio.Writer, sep string, v any) error {
	e.buf.Reset()
	if err := e.enc.Encode(v); err != nil {
		return err
	}
	w.WriteString(sep)
	_, err := w.Write(quote.JSON(bytes.TrimSuffix(e.buf.Bytes(), []byte("\n"))))
	return err
}
