package scanner

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
)

// The project rule (docs/detection.md, "Project context"): in a project
// whose manifest depends on a Pinata SDK, which the caller names in
// Project.UsesPinata, a value named plainly as an API key (20 hex) within
// two lines of a value named plainly as a secret (64 hex) is a Pinata key
// and its secret, even in a file that never says Pinata. The finding's rule
// cites the manifest.
//
// The evidence is the weakest there is, so the rule asks for the most of
// the rest: both halves, named as a pair: as nothing but a key and a
// secret (API_KEY, apiKey, API_SECRET, secret; not SECRET_KEY, which is
// Flask's), or so with the same qualifier on both (IPFS_KEY beside
// IPFS_SECRET; not API_KEY beside STRIPE_SECRET); neither a placeholder;
// and no nearer attribution to something else: a qualifier, a comment just
// above the pair or a section around it that names another service, a
// wallet or a checksum.

// projectKeyNames name the public half of a key and say nothing more.
var projectKeyNames = map[string]bool{"key": true, "apikey": true}

// projectSecretNames name a key's secret half and say nothing more.
// secretkey is not one: Flask, Django and Rails call their signing key so.
var projectSecretNames = map[string]bool{
	"secret": true, "apisecret": true, "secretapikey": true, "apisecretkey": true, "apikeysecret": true,
}

// frameworkPrefixes are what build tools put before a name to expose it to
// the browser (NEXT_PUBLIC_API_KEY): they say nothing about the service.
var frameworkPrefixes = []string{"nextpublic", "reactapp", "viteapp", "vite", "expopublic"}

// pairReach is how many lines apart a key and its secret may stand.
const pairReach = 2

// projectPairs returns the keys and secrets starting in b[from:to] that the
// project rule makes Pinata's: nil unless the file's project uses Pinata.
// It looks only at lines that say "secret" (in any case), so it costs two
// vectorised searches on every other window.
func (d *detector) projectPairs(b []byte, from, to int) []hit {
	if d.project.UsesPinata == "" {
		return nil
	}
	// A key in b[from:to] may have its secret up to pairReach lines on
	// either side: look at the lines around the window too.
	lo, _ := linesAround(b, lineStart(b, from), pairReach, 0)
	_, hi := linesAround(b, lineStart(b, max(from, to-1)), 0, pairReach)
	var lines []int
	for _, needle := range [][]byte{[]byte("cret"), []byte("CRET")} { // the c is rarer in text than the e
		for i := lo; i < hi; {
			j := bytes.Index(b[i:hi], needle)
			if j < 0 {
				break
			}
			ls := lineStart(b, i+j)
			lines = append(lines, ls)
			i = lineEnd(b, i+j) + 1 // one look per line
		}
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)

	var hits []hit
	for _, ls := range lines {
		le := lineEnd(b, ls)
		if le-ls > longLine {
			continue // no line structure to read (a minified bundle)
		}
		for _, s := range hexRuns(b, ls, le, shapeHex64) {
			sl, quals, ok := projectName(b, s, shapeHex64, projectSecretNames)
			if !ok {
				continue
			}
			keys := projectKeysNear(b, ls, quals)
			if len(keys) == 0 || otherService(b, ls, keys) {
				continue
			}
			if from <= s && s < to {
				hits = append(hits, d.projectHit(s, KindAPISecret, b[s:s+64], sl, "key"))
			}
			for _, k := range keys {
				if from <= k.pos && k.pos < to {
					hits = append(hits, d.projectHit(k.pos, KindAPIKey, b[k.pos:k.pos+20], k.name, "secret"))
				}
			}
		}
	}
	return hits
}

func (d *detector) projectHit(pos int, kind Kind, val []byte, name, other string) hit {
	rule := "label " + strconv.Quote(name) + " beside its " + other + ", in a project that uses Pinata: " + d.project.UsesPinata
	return newHit(pos, kind, string(val), rule)
}

// namedKey is a key found beside a secret: where it starts and its name.
type namedKey struct {
	pos  int
	name string
}

// projectKeysNear returns the keys within pairReach lines of the line at
// ls that are named with one of the qualifiers quals (its secret's).
func projectKeysNear(b []byte, ls int, quals []string) []namedKey {
	from, to := linesAround(b, ls, pairReach, pairReach)
	var keys []namedKey
	for l := from; l < to; l = lineEnd(b, l) + 1 {
		le := lineEnd(b, l)
		if le-l > longLine {
			continue
		}
		for _, k := range hexRuns(b, l, le, shapeHex20) {
			name, kq, ok := projectName(b, k, shapeHex20, projectKeyNames)
			if ok && slices.ContainsFunc(kq, func(q string) bool { return slices.Contains(quals, q) }) {
				keys = append(keys, namedKey{k, name})
			}
		}
	}
	return keys
}

// hexRuns returns where the runs of word characters in b[ls:le] that have
// shape sh start.
func hexRuns(b []byte, ls, le int, sh shape) []int {
	var out []int
	for i := ls; i < le; {
		if !is(b[i], cWord) {
			i++
			continue
		}
		start := i
		for i < le && is(b[i], cWord) {
			i++
		}
		if (i == le || !is(b[i], cWord)) && shapeOf(b[start:i]) == sh {
			out = append(out, start)
		}
	}
	return out
}

// projectName reports whether the value of shape sh at start is bound to
// one of names, after a framework prefix and a qualifier, and is no
// placeholder, file name, checksum or another service's. It returns the
// name as written and the qualifiers it may be read with ("" for none,
// "ipfs" for IPFS_KEY, both "ipfsapi" and "ipfs" for IPFS_API_KEY).
func projectName(b []byte, start int, sh shape, names map[string]bool) (string, []string, bool) {
	end := start + 20
	if sh == shapeHex64 {
		end = start + 64
	}
	val := b[start:end]
	if !cleanEdges(b, start, end) || isPlaceholder(val, sh) || checksumLine(b[lineStart(b, start):start]) {
		return "", nil, false
	}
	l := labelBefore(b, start)
	if l.call || isNegative(words(l.prefix, l.name), l.joined()) || isFileName(l.name) {
		return "", nil, false
	}
	var quals []string
	for _, joined := range []string{stripFramework(l.nameJoined()), stripFramework(l.joined())} {
		for n := range names {
			// A qualifier says whose the credential is; one that is itself a
			// credential word (the "secret" of SECRET_KEY) says it is not a
			// key at all.
			if q, ok := strings.CutSuffix(joined, n); ok && !credentialWord(q) && !slices.Contains(quals, q) {
				quals = append(quals, q)
			}
		}
	}
	return string(l.name), quals, len(quals) > 0
}

func stripFramework(joined string) string {
	for _, p := range frameworkPrefixes {
		if rest, ok := strings.CutPrefix(joined, p); ok && rest != "" {
			return rest
		}
	}
	return joined
}

// otherService reports whether the pair around the line at ls is
// attributed to something other than Pinata by what stands nearer than
// the manifest: a section it sits in, or a comment just above the pair.
func otherService(b []byte, ls int, keys []namedKey) bool {
	top := ls
	for _, k := range keys {
		top = min(top, lineStart(b, k.pos))
	}
	for _, h := range bytes.Split(scopeHeaders(b, top), []byte{'\n'}) {
		if len(h) > 0 && !containsFold(h, "pinata") && isNegative(words(h), joinAlnum(h)) {
			return true
		}
	}
	// The comment lines directly above the pair, up to a blank line.
	end := top - 1
	for n := 0; n < 3 && end > 0; n++ {
		s := lineStart(b, end)
		body := bytes.TrimSpace(b[s:end])
		if len(body) == 0 {
			break
		}
		if isComment(body) && !containsFold(body, "pinata") && isNegative(words(body), joinAlnum(body)) {
			return true
		}
		end = s - 1
	}
	return false
}

// pendingUse stands for a manifest not yet known.
const pendingUse = "\x00(project pending)"

// ProjectPending is the Project of a file whose project the caller learns
// only later, such as a blob met in a history scan before the manifests of
// the range are all read. The project rule applies as if the project used
// Pinata; what only it found answers true to Finding.ProjectPending, for
// the caller to keep, with ResolveProject, or drop.
var ProjectPending = Project{UsesPinata: pendingUse}

// ProjectPending reports whether f was made by the project rule alone, on
// a file scanned with ProjectPending.
func (f Finding) ProjectPending() bool { return strings.HasSuffix(f.Rule, pendingUse) }

// ResolveProject names the manifest, as Project.UsesPinata does, that
// makes a pending finding's project a Pinata user.
func (f *Finding) ResolveProject(use string) {
	if f.ProjectPending() {
		f.Rule = strings.TrimSuffix(f.Rule, pendingUse) + use
	}
}
