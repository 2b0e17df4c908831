package scanner

import (
	"bytes"
	"strings"
)

// The project rule (docs/detection.md, "Project context"): in a project
// whose manifest depends on a Pinata SDK, which the caller names in
// Project.UsesPinata, a value named plainly as an API key (20 hex) beside
// a value named plainly as a secret (64 hex) is a Pinata key and its
// secret, even in a file that never says Pinata. The finding cites the
// manifest.
//
// The evidence is the weakest there is, so the rule asks for the most of
// the rest: both halves, each named as nothing but a key or a secret
// (API_KEY, apiKey, API_SECRET, secret; not SECRET_KEY, which is Flask's,
// nor STRIPE_SECRET), neither a placeholder, and no nearer attribution to
// something else (a key, heading or comment naming another service, a
// wallet or a checksum), which every other rule's claim beats.
var projectRule = Rule{
	ID:          "project",
	Description: "in a project whose manifest depends on a Pinata SDK, a key named plainly beside a secret named plainly",
	Kinds:       keySec,
	Evidence:    "the manifest the caller found (package.json, requirements.txt, go.mod, …) and the pair's names and shapes",
	Reach:       "the project; the pair in one object, or within three lines",
	// The project is set by the test harness for these examples.
	True: []string{
		"API_KEY=@KEY@\nAPI_SECRET=@SECRET@\n",
		"{\"apiKey\": \"@KEY@\", \"apiSecret\": \"@SECRET@\"}\n",
		"upload:\n  key: @KEY@\n  secret: @SECRET@\n",
		"jobs:\n  build:\n    environment:\n      API_KEY: @KEY@\n      API_SECRET: @SECRET@\n",
	},
	False: []string{
		"API_KEY=@HEX20@\n",
		"STRIPE_KEY=@HEX20@\nSTRIPE_SECRET=@HEX64@\n",
		"# wallet\nKEY=@HEX20@\nSECRET=@HEX64@\n",
		"API_KEY=@HEX20@\nA=1\nB=2\nC=3\nAPI_SECRET=@HEX64@\n",
	},
	match: func(e *eval) (claim, bool) {
		if e.d.project.UsesPinata == "" || !e.keyPair() {
			return claim{}, false
		}
		return claim{rank: rankProject, evidence: e.say("the project uses Pinata: ", e.d.project.UsesPinata)}, true
	},
}

// mayHoldPair reports whether text that does not name Pinata may still
// hold a key beside its secret, for the project rule: a secret's shape, a
// run of 64 lowercase hex, and a secret's name. The run is looked for
// first, sampling every 16th byte, so text without one (nearly all code)
// costs a sixteenth of a pass; "secret" in code is common, such runs not.
func mayHoldPair(b []byte) bool {
	found := false
	hex64Runs(b, 0, len(b), func(int) bool {
		found = true
		return false
	})
	// "cret" rather than "ecret": a 'c' is rarer in text than an 'e'.
	return found && (bytes.Contains(b, []byte("cret")) || bytes.Contains(b, []byte("CRET")))
}

// hex64Runs calls fn with the start of each run of word characters in
// b[lo:hi] that is exactly 64 lowercase hex (the shape of a secret), until
// fn returns false. It looks at every 16th byte, and around it only where
// four samples in a row are hex (a run of 64 holds four), so every byte is
// read a bounded number of times.
func hex64Runs(b []byte, lo, hi int, fn func(start int) bool) {
	const stride = 16
	inRow := 0
	for p := lo; p < hi; p += stride {
		if !is(b[p], cLowerHex) {
			inRow = 0
			continue
		}
		if inRow++; inRow < 4 {
			continue
		}
		// The hex run around p, then the word run around that.
		s, e := p, p
		for s > lo && is(b[s-1], cLowerHex) {
			s--
		}
		for e < hi && is(b[e], cLowerHex) {
			e++
		}
		ws, we := s, e
		for ws > 0 && is(b[ws-1], cWord) {
			ws--
		}
		for we < len(b) && is(b[we], cWord) {
			we++
		}
		if ws == s && we == e && e-s == 64 && !fn(s) {
			return
		}
		inRow = 0
		for p+stride < e { // past this run: its samples are done
			p += stride
		}
	}
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
func (f Finding) ProjectPending() bool {
	return f.Rule == projectRule.ID && strings.HasSuffix(f.Evidence, pendingUse)
}

// ResolveProject names the manifest, as Project.UsesPinata does, that
// makes a pending finding's project a Pinata user.
func (f *Finding) ResolveProject(use string) {
	if f.ProjectPending() {
		f.Evidence = strings.TrimSuffix(f.Evidence, pendingUse) + use
	}
}
