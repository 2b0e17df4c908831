package scanner

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// triggersRef is the prefilter as first written, one bytes.Contains per
// needle: the fast triggers must answer exactly as it does.
func triggersRef(b []byte) (ctx, jwt bool) {
	for _, n := range pinataNeedles {
		if bytes.Contains(b, n) {
			ctx = true
			break
		}
	}
	if !ctx {
		ctx = bytes.Contains(b, []byte("API Key")) || bytes.Contains(b, []byte("API Secret")) ||
			bytes.Contains(b, []byte("ToIPFS"))
	}
	if bytes.Contains(b, []byte("eyJ")) {
		return ctx, true
	}
	for _, n := range b64JWTNeedles {
		if bytes.Contains(b, n) {
			return ctx, true
		}
	}
	return ctx, false
}

func TestTriggers(t *testing.T) {
	tok := "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
	tests := []struct {
		in       string
		ctx, jwt bool
	}{
		{"", false, false},
		{"package main\nfunc main() {}\n", false, false},
		{"pinata", true, false},
		{"x Pinata y", true, false},
		{"PINATA_JWT=", true, false},
		{"PiNaTa", false, false},
		{"pinat", false, false},
		{"API Key: x", true, false},
		{"API Secret: x", true, false},
		{"API Keys", true, false},
		{"API key", false, false},
		{"APISecret", false, false},
		{"AP Key", false, false},
		{"PI Key", false, false},
		{"eyJ", false, true},
		{"yJ", false, false},
		{"keyJSON", false, true},
		{"ey J", false, false},
		{"x" + tok, false, true},
		{"pinata " + tok, true, true},
		{"J", false, false},
		{"P", false, false},
		{"pinFileToIPFS(", true, false},
		{"ToIPF", false, false},
		{"oIPFS", false, false},
		{"pin_json_to_ipfs(", false, false},
	}
	for _, n := range b64JWTNeedles {
		tests = append(tests,
			struct {
				in       string
				ctx, jwt bool
			}{string(n), false, true},
			struct {
				in       string
				ctx, jwt bool
			}{string(n[1:]), false, false},
			struct {
				in       string
				ctx, jwt bool
			}{string(n[:len(n)-1]), false, false})
	}
	for _, tt := range tests {
		ctx, jwt := triggers([]byte(tt.in))
		if ctx != tt.ctx || jwt != tt.jwt {
			t.Errorf("triggers(%q) = %v, %v; want %v, %v", tt.in, ctx, jwt, tt.ctx, tt.jwt)
		}
		if rc, rj := triggersRef([]byte(tt.in)); rc != tt.ctx || rj != tt.jwt {
			t.Errorf("triggersRef(%q) = %v, %v; want %v, %v", tt.in, rc, rj, tt.ctx, tt.jwt)
		}
	}
}

// TestTriggersMatchReference runs both prefilters over real source code,
// and over random text salted with pieces of every needle at every place.
func TestTriggersMatchReference(t *testing.T) {
	check := func(b []byte) {
		t.Helper()
		c1, j1 := triggers(b)
		c2, j2 := triggersRef(b)
		if c1 != c2 || j1 != j2 {
			t.Fatalf("triggers = %v, %v; reference = %v, %v on %q", c1, j1, c2, j2, b[:min(len(b), 200)])
		}
	}
	for _, f := range goSource(t, 8<<20) {
		check(f)
	}
	pieces := []string{"pinata", "Pinata", "PINATA", "API Key", "API Secret", "eyJ", "J", "P", "p", "K", "ey", "API ", "A", "ToIPFS", "To", "IPFS"}
	for _, n := range b64JWTNeedles {
		pieces = append(pieces, string(n), string(n[:8]), string(n[8:]))
	}
	r := rand.New(rand.NewPCG(7, 11))
	const alpha = "eyJPpKAIinatSmhR2 \n"
	for range 20000 {
		var sb strings.Builder
		for range r.IntN(8) {
			if r.IntN(3) == 0 {
				sb.WriteString(pieces[r.IntN(len(pieces))])
			} else {
				for range r.IntN(6) {
					sb.WriteByte(alpha[r.IntN(len(alpha))])
				}
			}
		}
		check([]byte(sb.String()))
	}
}

func FuzzTriggers(f *testing.F) {
	f.Add([]byte("pinata eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"))
	f.Add([]byte("API Secret"))
	for _, n := range b64JWTNeedles {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		c1, j1 := triggers(b)
		c2, j2 := triggersRef(b)
		if c1 != c2 || j1 != j2 {
			t.Fatalf("triggers = %v, %v; reference = %v, %v", c1, j1, c2, j2)
		}
	})
}
