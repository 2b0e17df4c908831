package project

import (
	"bytes"
	"strings"
)

// readRequirements lists the packages of a pip requirements file: one
// requirement a line (PEP 508: `name[extras] >= 1.0 ; markers`, or
// `name @ url`). Comments, blank lines, options (-r, -e, --index-url) and
// bare URLs name nothing.
func readRequirements(data []byte, yield func(string) bool) {
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if name := pep508Name(string(line)); name != "" && yield(name) {
			return
		}
	}
}

// pep508Name returns the project name a PEP 508 requirement starts with, or
// "" when the text is not a requirement.
func pep508Name(s string) string {
	s = strings.TrimLeft(s, " \t")
	end := 0
	for end < len(s) && isPyNameChar(s[end]) {
		end++
	}
	if end == 0 || !isAlnum(s[0]) {
		return "" // names start with a letter or digit: `-r file`, `.`
	}
	if end < len(s) && !strings.ContainsRune(" \t\r[(<>=!~;@,", rune(s[end])) {
		return "" // `https://…`, `./local/path`, `name#comment`
	}
	return s[:end]
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isPyNameChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.'
}

// readPyproject lists the dependencies of a pyproject.toml: PEP 621's
// [project] dependencies and optional-dependencies, PEP 735's
// [dependency-groups], Poetry's dependency tables (main, dev and groups),
// and the development dependencies of PDM and uv. [build-system] requires
// is what builds the package, not what it uses, and is left out.
func readPyproject(data []byte, yield func(string) bool) {
	done := false
	readTOML(data, func(path []string, v tomlValue) {
		if done {
			return
		}
		var names []string
		switch {
		case v.isArray && (eq(path, "project", "dependencies") ||
			len(path) == 3 && eq(path[:2], "project", "optional-dependencies") ||
			len(path) == 2 && path[0] == "dependency-groups" ||
			len(path) == 4 && eq(path[:3], "tool", "pdm", "dev-dependencies") ||
			eq(path, "tool", "uv", "dev-dependencies")):
			for _, s := range v.strs {
				names = append(names, pep508Name(s))
			}
		case len(path) >= 4 && (eq(path[:3], "tool", "poetry", "dependencies") || eq(path[:3], "tool", "poetry", "dev-dependencies")):
			// Keyed by name: `pinata = "^1.0"`, `pinata = {version = …}`,
			// `pinata.version = …`, a [tool.poetry.dependencies.pinata] table.
			names = append(names, path[3])
		case len(path) >= 6 && eq(path[:3], "tool", "poetry", "group") && path[4] == "dependencies":
			names = append(names, path[5])
		}
		for _, n := range names {
			if n != "" && yield(n) {
				done = true
				return
			}
		}
	})
}

// readPipfile lists a Pipfile's [packages] and [dev-packages].
func readPipfile(data []byte, yield func(string) bool) {
	done := false
	readTOML(data, func(path []string, v tomlValue) {
		if done || len(path) != 2 || path[0] != "packages" && path[0] != "dev-packages" {
			return
		}
		done = yield(path[1])
	})
}

// readCargo lists a Cargo.toml's dependencies: [dependencies],
// [dev-dependencies] and [build-dependencies], at the top, under
// [target.'cfg(…)'] or in [workspace]; `[dependencies.name]` tables; and a
// renamed dependency by its real name (`alias = { package = "name" }`).
func readCargo(data []byte, yield func(string) bool) {
	done := false
	readTOML(data, func(path []string, v tomlValue) {
		if done {
			return
		}
		prefix := 0
		switch {
		case len(path) > 0 && path[0] == "workspace":
			prefix = 1
		case len(path) > 1 && path[0] == "target":
			prefix = 2
		}
		rest := path[prefix:]
		if len(rest) < 2 || rest[0] != "dependencies" && rest[0] != "dev-dependencies" && rest[0] != "build-dependencies" {
			return
		}
		// Keyed by name (`name = "1"`, `name = {…}`, `name.version = "1"`,
		// [dependencies.name]), unless renamed: then `package` is the name.
		if len(rest) == 3 && rest[2] == "package" && v.isStr {
			done = yield(v.str)
		} else {
			done = yield(rest[1])
		}
	})
}

// eq reports whether path is exactly keys.
func eq(path []string, keys ...string) bool {
	if len(path) != len(keys) {
		return false
	}
	for i := range keys {
		if path[i] != keys[i] {
			return false
		}
	}
	return true
}
