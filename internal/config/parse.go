package config

import (
	"bytes"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"

	"github.com/pinatascan/pinatascan/scanner"
)

// Parse parses a config file's contents; name is used in error messages.
// An empty file is the default configuration.
func Parse(name string, data []byte) (*Config, error) {
	p := parser{file: name}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, p.yamlError(err, data)
	}
	c := &Config{Path: name}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return c, nil // empty file or only comments
	}
	top := doc.Content[0]
	if top.Kind == yaml.ScalarNode && top.Tag == "!!null" {
		return c, nil
	}
	if err := p.fields(top, "the config file", map[string]func(*yaml.Node) error{
		"exclude":       func(n *yaml.Node) (err error) { c.Exclude, err = p.globs(n); return },
		"include":       func(n *yaml.Node) (err error) { c.Include, err = p.globs(n); return },
		"max_file_size": func(n *yaml.Node) (err error) { c.MaxFileSize, err = p.size(n); return },
		"kinds":         func(n *yaml.Node) (err error) { c.Kinds, err = p.kinds(n); return },
		"disable_rules": func(n *yaml.Node) (err error) { c.DisableRules, err = p.rules(n); return },
		"allowlist":     func(n *yaml.Node) (err error) { c.Allowlist, err = p.allowlist(n); return },
		"verify":        func(n *yaml.Node) error { return p.verify(n, &c.Verify) },
	}); err != nil {
		return nil, err
	}
	return c, nil
}

type parser struct{ file string }

func (p parser) errorf(n *yaml.Node, format string, args ...any) error {
	return &Error{File: p.file, Line: n.Line, Msg: fmt.Sprintf(format, args...)}
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// bareStar finds a value that starts with an unquoted "*", such as
// - *.min.js or [*.log]: YAML reads it as an alias, not as text.
var bareStar = regexp.MustCompile(`(?m)^(?:\s*-\s+|[^#'"\n]*[\[,:]\s*)\*`)

// starHint is added to a YAML error caused by a bare "*".
const starHint = `; YAML reads a value that starts with * as an alias: quote the glob, as in "*.min.js" or "**/vendor"`

// yamlError rewrites "yaml: line 3: msg" as "file:3: msg", and explains
// the usual cause of an alias error: a glob that starts with "*", left
// unquoted.
func (p parser) yamlError(err error, data []byte) error {
	e := &Error{File: p.file, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		e.Msg = m[2]
	}
	if loc := bareStar.FindIndex(data); loc != nil {
		star := bytes.Count(data[:loc[1]], []byte("\n")) + 1
		if e.Line == 0 || e.Line == star || strings.Contains(e.Msg, "anchor") || strings.Contains(e.Msg, "alias") {
			e.Line = star
			e.Msg += starHint
		}
	}
	return e
}

// fields walks a mapping, handing each known key's value to its handler.
// Unknown and repeated keys are errors.
func (p parser) fields(n *yaml.Node, what string, handlers map[string]func(*yaml.Node) error) error {
	if err := p.noAlias(n); err != nil {
		return err
	}
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, "%s must be a mapping of keys to values", what)
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return p.errorf(k, "keys in %s must be plain names", what)
		}
		h, ok := handlers[k.Value]
		if !ok {
			return p.errorf(k, "unknown key %s in %s (known: %s)", short(k.Value), what, keyList(handlers))
		}
		if line, dup := seen[k.Value]; dup {
			return p.errorf(k, "key %q repeated (first on line %d)", k.Value, line)
		}
		seen[k.Value] = k.Line
		if err := p.noAlias(v); err != nil {
			return err
		}
		if err := h(v); err != nil {
			return err
		}
	}
	return nil
}

func keyList(m map[string]func(*yaml.Node) error) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return strings.Join(keys, ", ")
}

// short quotes a value for an error message, cut to its first characters:
// a value in the wrong place may be a pasted credential, which must not be
// echoed in full.
func short(s string) string {
	const keep = 12
	if len(s) > keep+4 {
		return strconv.Quote(s[:keep] + "…")
	}
	return strconv.Quote(s)
}

// noAlias rejects YAML aliases: a config needs none, and expanding them by
// hand would open the door to exponential "billion laughs" documents.
func (p parser) noAlias(n *yaml.Node) error {
	if n.Kind == yaml.AliasNode {
		return p.errorf(n, "YAML aliases (*name) are not supported here; if this is a glob, quote it")
	}
	return nil
}

// list returns the items of a sequence; null is an empty list.
func (p parser) list(n *yaml.Node, what string) ([]*yaml.Node, error) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, p.errorf(n, "%s must be a list", what)
	}
	for _, item := range n.Content {
		if err := p.noAlias(item); err != nil {
			return nil, err
		}
	}
	return n.Content, nil
}

func (p parser) str(n *yaml.Node, what string) (string, error) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" {
		return "", p.errorf(n, "%s must be a string", what)
	}
	return n.Value, nil
}

func (p parser) globs(n *yaml.Node) ([]string, error) {
	items, err := p.list(n, "a glob list")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, item := range items {
		g, err := p.str(item, "a glob")
		if err != nil {
			return nil, err
		}
		g = strings.TrimPrefix(g, "./")
		switch {
		case g == "":
			return nil, p.errorf(item, "empty glob")
		case strings.HasPrefix(g, "/"):
			return nil, p.errorf(item, "glob %q is absolute; globs are relative to the directory of the config file", g)
		case !doublestar.ValidatePattern(g):
			return nil, p.errorf(item, "bad glob %q", g)
		}
		out = append(out, g)
	}
	return out, nil
}

func (p parser) kinds(n *yaml.Node) ([]scanner.Kind, error) {
	items, err := p.list(n, "kinds")
	if err != nil {
		return nil, err
	}
	var out []scanner.Kind
	for _, item := range items {
		s, err := p.str(item, "a kind")
		if err != nil {
			return nil, err
		}
		k, ok := kindOf(s)
		if !ok {
			return nil, p.errorf(item, "unknown kind %s (known: %s)", short(s), kindNames())
		}
		out = append(out, k)
	}
	if n.Kind == yaml.SequenceNode && len(out) == 0 {
		return nil, p.errorf(n, "kinds is empty: nothing would be reported; remove the key to report every kind")
	}
	return out, nil
}

// rules reads disable_rules: ids of rules that yield findings.
func (p parser) rules(n *yaml.Node) ([]string, error) {
	items, err := p.list(n, "disable_rules")
	if err != nil {
		return nil, err
	}
	known := scanner.RuleIDs()
	var out []string
	for _, item := range items {
		s, err := p.str(item, "a rule id")
		if err != nil {
			return nil, err
		}
		if !slices.Contains(known, s) {
			return nil, p.errorf(item, "unknown rule %s in disable_rules (known: %s; see docs/detection.md)", short(s), strings.Join(known, ", "))
		}
		out = append(out, s)
	}
	return out, nil
}

func kindOf(s string) (scanner.Kind, bool) {
	for _, k := range scanner.Kinds {
		if string(k) == s {
			return k, true
		}
	}
	return "", false
}

func kindNames() string {
	names := make([]string, len(scanner.Kinds))
	for i, k := range scanner.Kinds {
		names[i] = string(k)
	}
	return strings.Join(names, ", ")
}

func (p parser) allowlist(n *yaml.Node) ([]Allow, error) {
	items, err := p.list(n, "allowlist")
	if err != nil {
		return nil, err
	}
	var out []Allow
	for _, item := range items {
		a := Allow{Line: item.Line}
		err := p.fields(item, "an allowlist entry", map[string]func(*yaml.Node) error{
			"fingerprint": func(v *yaml.Node) (err error) {
				a.Fingerprint, err = p.str(v, "fingerprint")
				if err == nil && !scanner.ValidFingerprint(a.Fingerprint) {
					err = p.errorf(v, "fingerprint %s is not a pinatascan fingerprint (32 lowercase hex characters, as reports print it)", short(a.Fingerprint))
				}
				return err
			},
			"reason": func(v *yaml.Node) (err error) {
				a.Reason, err = p.str(v, "reason")
				a.Reason = strings.TrimSpace(a.Reason)
				return err
			},
		})
		if err != nil {
			return nil, err
		}
		if a.Fingerprint == "" {
			return nil, p.errorf(item, "allowlist entry has no fingerprint")
		}
		if a.Reason == "" {
			return nil, p.errorf(item, "allowlist entry for %s has no reason; say why this credential may stay", a.Fingerprint)
		}
		out = append(out, a)
	}
	return out, nil
}

func (p parser) verify(n *yaml.Node, v *Verify) error {
	return p.fields(n, "verify", map[string]func(*yaml.Node) error{
		"enabled": func(n *yaml.Node) error {
			if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
				return p.errorf(n, "enabled must be true or false")
			}
			return n.Decode(&v.Enabled)
		},
		"api_url": func(n *yaml.Node) (err error) {
			v.APIURL, err = p.str(n, "api_url")
			if err == nil && !strings.HasPrefix(v.APIURL, "https://") && !strings.HasPrefix(v.APIURL, "http://") {
				err = p.errorf(n, "api_url %s must be an http(s) URL", short(v.APIURL))
			}
			return err
		},
		"fail_on": func(n *yaml.Node) error {
			var items []*yaml.Node
			if n.Kind == yaml.ScalarNode && n.Tag == "!!str" {
				items = []*yaml.Node{n} // fail_on: live
			} else {
				var err error
				if items, err = p.list(n, "fail_on"); err != nil {
					return err
				}
			}
			for _, item := range items {
				s, err := p.str(item, "a status")
				if err != nil {
					return err
				}
				if !knownStatus(s) {
					return p.errorf(item, "unknown status %s in fail_on (known: %s)", short(s), strings.Join(Statuses, ", "))
				}
				v.FailOn = append(v.FailOn, s)
			}
			return nil
		},
	})
}

func knownStatus(s string) bool {
	for _, k := range Statuses {
		if k == s {
			return true
		}
	}
	return false
}

var sizeUnits = map[string]int64{
	"": 1, "b": 1,
	"kb": 1000, "mb": 1000 * 1000, "gb": 1000 * 1000 * 1000,
	"k": 1 << 10, "m": 1 << 20, "g": 1 << 30,
	"kib": 1 << 10, "mib": 1 << 20, "gib": 1 << 30,
}

var sizeRE = regexp.MustCompile(`^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$`)

func (p parser) size(n *yaml.Node) (int64, error) {
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!str") {
		return 0, p.errorf(n, "max_file_size must be a size such as 10MB, 512KiB or a number of bytes")
	}
	v, err := ParseSize(n.Value)
	if err != nil {
		return 0, p.errorf(n, "max_file_size: %v", err)
	}
	return v, nil
}

// ParseSize reads a size: a number of bytes, or a number with a unit.
// KB, MB and GB are powers of 1000; KiB, MiB, GiB (and K, M, G) of 1024.
func ParseSize(s string) (int64, error) {
	m := sizeRE.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("%q is not a size such as 10MB, 512KiB or 1048576", s)
	}
	mult, ok := sizeUnits[strings.ToLower(m[2])]
	if !ok {
		return 0, fmt.Errorf("unknown unit %q in %q (use B, KB, MB, GB, KiB, MiB or GiB)", m[2], s)
	}
	f, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a size", s)
	}
	total := f * float64(mult)
	if total < 1 || total > math.MaxInt64/2 {
		return 0, fmt.Errorf("%q is out of range", s)
	}
	return int64(total), nil
}
