package scanner

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/pinatascan/pinatascan/internal/testcred"
)

// findJWTsNaive is findJWTs as it was before nextJWTStart: after a token
// with fewer than two dots, retry from the next byte. It is the reference
// the skip must agree with.
func findJWTsNaive(b []byte, from, to int) ([]hit, [][2]int) {
	var hits []hit
	var spans [][2]int
	needle := []byte("eyJ")
	for i := from; i < to; {
		j := bytes.Index(b[i:to], needle)
		if j < 0 {
			break
		}
		start := i + j
		end, dots := start, 0
		for end < len(b) && end-start <= maxJWTLen && (is(b[end], cWord) || b[end] == '.' && dots < 2) {
			if b[end] == '.' {
				dots++
			}
			end++
		}
		i = end
		if dots < 2 {
			i = start + len(needle)
			continue
		}
		spans = append(spans, [2]int{start, end})
		if end-start > maxJWTLen {
			for i < len(b) && (is(b[i], cWord) || b[i] == '.') {
				i++
			}
			continue
		}
		info, err := ParseJWT(string(b[start:end]))
		if err != nil {
			continue
		}
		hits = append(hits, hit{pos: start, kind: KindJWT, value: string(b[start:end]),
			keyID: info.KeyID, rule: "jwt-claims", jwt: info})
	}
	return hits, spans
}

// TestJWTSkipAgrees: on random runs of "eyJ", dots, word bytes, spaces and
// real Pinata JWTs, long and short, findJWTs finds exactly what retrying
// every "eyJ" finds, spans included.
func TestJWTSkipAgrees(t *testing.T) {
	tok, _, _ := testcred.JWT(testcred.JWTOptions{})
	pieces := []string{"eyJ", "eyJ", "eyJ", ".", "a", "Z9_-", " ", "\n", tok, "x" + tok, tok + ".", strings.Repeat("eyJ", 700), strings.Repeat("b", 1500)}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 3000 {
		var b strings.Builder
		for b.Len() < 200+rng.IntN(12000) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		in := []byte(b.String())
		from := rng.IntN(len(in) / 4)
		to := len(in) - rng.IntN(len(in)/4)
		wantHits, wantSpans := findJWTsNaive(in, from, to)
		gotHits, gotSpans := findJWTs(in, from, to, nil, nil)
		if !reflect.DeepEqual(gotHits, wantHits) || !reflect.DeepEqual(gotSpans, wantSpans) {
			t.Fatalf("case %d (%d bytes, from %d to %d): got %d hits %v, want %d hits %v", n, len(in), from, to, len(gotHits), gotSpans, len(wantHits), wantSpans)
		}
	}
}

// hostileJWTRuns are inputs that made findJWTs read maxJWTLen bytes per
// "eyJ": 3 MB of them took 4 s.
var hostileJWTRuns = map[string]string{
	"eyJ for ever":           strings.Repeat("eyJ", 1<<20),
	"a dot every 4096":       strings.Repeat(strings.Repeat("eyJ", 1365)+".", 768),
	"two dots past the cap":  strings.Repeat("eyJ", 1<<20) + "." + strings.Repeat("a", 1000) + ".x",
	"a dot every 5000 or so": strings.Repeat(strings.Repeat("eyJ", 1365)+"eyJ"+strings.Repeat("a", 900)+".", 600),
}

// TestHostileJWTRunsStillFindTokens: a real JWT after each hostile run is
// found (the skip must not jump over it).
func TestHostileJWTRunsStillFindTokens(t *testing.T) {
	tok, key, _ := testcred.JWT(testcred.JWTOptions{})
	for name, run := range hostileJWTRuns {
		got := ScanBytes([]byte(run[:min(len(run), 1<<20)] + "\nPINATA_JWT=" + tok + "\n"))
		if len(got) != 1 || got[0].KeyID != key || got[0].Line != 2 {
			t.Errorf("%s: got %d findings, want the JWT on line 2", name, len(got))
		}
	}
}

// BenchmarkHostileJWTRuns: linear in the input, like ordinary text.
func BenchmarkHostileJWTRuns(b *testing.B) {
	for name, run := range hostileJWTRuns {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(run)))
			for range b.N {
				ScanBytes([]byte(run))
			}
		})
	}
}
