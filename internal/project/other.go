package project

import (
	"bytes"
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

// readGoMod lists a go.mod's required modules, direct and indirect (a
// module needed only through another still runs in the project): the
// `require path version` lines and the lines of `require ( … )` blocks.
// Comments and other directives (module, replace, exclude) name nothing.
func readGoMod(data []byte, yield func(string) bool) {
	inBlock := false
	lines(data, func(line []byte) bool {
		if i := bytes.Index(line, []byte("//")); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(string(line))
		switch {
		case len(f) == 0:
			return false
		case inBlock:
			if f[0] == ")" {
				inBlock = false
				return false
			}
		case f[0] == "require" && len(f) == 2 && f[1] == "(":
			inBlock = true
			return false
		case f[0] == "require" && len(f) >= 2:
			f = f[1:]
		default:
			if f[0] == ")" || len(f) > 1 && f[len(f)-1] == "(" {
				inBlock = false // the end of a block, or the start of another directive's
			}
			return false
		}
		if len(f) < 2 {
			return false // a requirement has a path and a version
		}
		path := f[0]
		if u, err := strconv.Unquote(path); err == nil {
			path = u
		}
		return yield(path)
	})
}

// lines calls fn with each line of data, without its newline and leading
// blanks, until fn returns true.
func lines(data []byte, fn func(line []byte) bool) {
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if fn(bytes.TrimLeft(line, " \t")) {
			return
		}
	}
}

// readGemfile lists the gems of a Bundler Gemfile: `gem 'name', …` and
// `gem("name")` lines. A commented-out gem is not one.
func readGemfile(data []byte, yield func(string) bool) {
	lines(data, func(line []byte) bool {
		rest, ok := bytes.CutPrefix(line, []byte("gem"))
		if !ok || len(rest) == 0 || rest[0] != ' ' && rest[0] != '\t' && rest[0] != '(' {
			return false
		}
		name, ok := rubyString(rest)
		return ok && yield(name)
	})
}

// readGemspec lists a gemspec's dependencies: `spec.add_dependency 'name'`,
// add_runtime_dependency and add_development_dependency, also written with
// %q<name>.
func readGemspec(data []byte, yield func(string) bool) {
	lines(data, func(line []byte) bool {
		if len(line) > 0 && line[0] == '#' {
			return false
		}
		i := bytes.Index(line, []byte(".add_"))
		if i < 0 {
			return false
		}
		rest := line[i+len(".add_"):]
		for _, kind := range []string{"runtime_", "development_"} {
			rest = bytes.TrimPrefix(rest, []byte(kind))
		}
		rest, ok := bytes.CutPrefix(rest, []byte("dependency"))
		if !ok || len(rest) == 0 || rest[0] != ' ' && rest[0] != '\t' && rest[0] != '(' {
			return false
		}
		name, ok := rubyString(rest)
		return ok && yield(name)
	})
}

// rubyString reads the string literal that starts the arguments in s (after
// blanks and an opening parenthesis): 'name', "name" or %q<name>.
func rubyString(s []byte) (string, bool) {
	s = bytes.TrimLeft(s, " \t(")
	if len(s) < 2 {
		return "", false
	}
	var closing byte
	switch {
	case s[0] == '\'' || s[0] == '"':
		closing, s = s[0], s[1:]
	case len(s) > 3 && s[0] == '%' && (s[1] == 'q' || s[1] == 'Q'):
		closing = map[byte]byte{'<': '>', '{': '}', '(': ')', '[': ']'}[s[2]]
		if closing == 0 {
			return "", false
		}
		s = s[3:]
	default:
		return "", false
	}
	end := bytes.IndexByte(s, closing)
	if end <= 0 {
		return "", false
	}
	return string(s[:end]), true
}

// pubSections are the pubspec.yaml maps whose keys are packages.
var pubSections = map[string]bool{"dependencies": true, "dev_dependencies": true, "dependency_overrides": true}

// readPubspec lists a Dart or Flutter pubspec.yaml's dependencies: the keys
// one level inside its dependency maps, read line by line by indentation.
func readPubspec(data []byte, yield func(string) bool) {
	section, child := "", -1
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		body := bytes.TrimLeft(line, " ")
		if len(bytes.TrimSpace(body)) == 0 || body[0] == '#' {
			continue
		}
		key, _, ok := bytes.Cut(body, []byte(":"))
		name := strings.Trim(string(bytes.TrimSpace(key)), `"'`)
		switch indent := len(line) - len(body); {
		case indent == 0:
			section, child = "", -1
			if ok && pubSections[name] {
				section = name
			}
		case section == "" || !ok:
		case child < 0 || indent == child:
			child = indent
			if yield(name) {
				return
			}
		}
	}
}

// readMix lists the dependencies of an Elixir mix.exs: the `{:name, …}`
// tuples of its code, outside comments and strings.
func readMix(data []byte, yield func(string) bool) {
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '#':
			for i < len(data) && data[i] != '\n' {
				i++
			}
		case '"', '\'':
			q := data[i]
			for i++; i < len(data) && data[i] != q; i++ {
				if data[i] == '\\' {
					i++
				}
			}
		case '{':
			j := i + 1
			for j < len(data) && (data[j] == ' ' || data[j] == '\t' || data[j] == '\n' || data[j] == '\r') {
				j++
			}
			if j >= len(data) || data[j] != ':' {
				continue
			}
			j++
			start := j
			for j < len(data) && (isAlnum(data[j]) || data[j] == '_') {
				j++
			}
			name := data[start:j]
			for j < len(data) && (data[j] == ' ' || data[j] == '\t') {
				j++
			}
			if len(name) > 0 && j < len(data) && data[j] == ',' && yield(string(name)) {
				return
			}
		}
	}
}

// readNuGet lists the NuGet packages of an MSBuild project (.csproj,
// .fsproj, .vbproj, Directory.Packages.props: <PackageReference
// Include="…"/>, <PackageVersion Include="…"/>) or a packages.config
// (<package id="…"/>). Comments are not elements.
func readNuGet(data []byte, yield func(string) bool) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	for {
		tok, err := d.RawToken()
		if err != nil {
			return
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		var attr string
		switch strings.ToLower(el.Name.Local) {
		case "packagereference", "packageversion":
			attr = "include"
		case "package":
			attr = "id"
		default:
			continue
		}
		for _, a := range el.Attr {
			if strings.EqualFold(a.Name.Local, attr) && yield(a.Value) {
				return
			}
		}
	}
}
