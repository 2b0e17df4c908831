package scanner_test

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/scanner"
)

// The corpus under testdata/corpus holds realistic files with placeholders
// where credentials stand (see its README): {{+KIND[:ID][|ENC]}} must be
// reported on its line as KIND, {{-SHAPE[|ENC]}} is a look-alike that must
// not be. Fresh synthetic values are put in at test time.
var placeholder = regexp.MustCompile(`\{\{([+-])([a-z0-9-]+)(?::([A-Za-z0-9_]+))?(?:\|([a-z0-9]+))?\}\}`)

type expectation struct {
	line  int
	kind  scanner.Kind
	value string
}

// piece is one key's three values, shared by placeholders with one ID.
type piece struct{ key, secret, jwt string }

// expand fills in a corpus template and returns its text and the findings
// it must produce.
func expand(t testing.TB, name string, tmpl []byte) ([]byte, []expectation) {
	pieces := map[string]*piece{}
	get := func(id string) *piece {
		if id == "" {
			id = fmt.Sprintf("anon%d", len(pieces))
		}
		p, ok := pieces[id]
		if !ok {
			p = &piece{key: testcred.Key(), secret: testcred.Secret()}
			opts := testcred.JWTOptions{Key: p.key, Secret: p.secret, Reorder: len(pieces)%2 == 1}
			if strings.Contains(id, "exp") {
				opts.ExpiresAt = time.Now().Add(-30 * 24 * time.Hour)
			} else if len(pieces)%3 == 0 {
				opts.ExpiresAt = time.Now().Add(300 * 24 * time.Hour)
			}
			p.jwt, _, _ = testcred.JWT(opts)
			pieces[id] = p
		}
		return p
	}
	var want []expectation
	var out bytes.Buffer
	for n, line := range bytes.SplitAfter(tmpl, []byte("\n")) {
		out.Write(placeholder.ReplaceAllFunc(line, func(m []byte) []byte {
			g := placeholder.FindSubmatch(m)
			sign, kind, id, enc := string(g[1]), string(g[2]), string(g[3]), string(g[4])
			var v string
			switch sign + kind {
			case "+jwt":
				v = get(id).jwt
			case "+api-key":
				v = get(id).key
			case "+api-secret":
				v = get(id).secret
			case "+gateway-token", "-token64":
				v = testcred.GatewayToken()
			case "-hex20":
				v = testcred.Hex(20)
			case "-hex64":
				v = testcred.Hex(64)
			case "-jwt-other":
				v = testcred.Sign(jwt.MapClaims{"iss": "supabase", "ref": testcred.Hex(20), "role": "anon",
					"iat": time.Now().Unix(), "exp": time.Now().Add(time.Hour).Unix()})
			default:
				t.Fatalf("%s:%d: unknown placeholder %s", name, n+1, m)
			}
			if sign == "+" {
				want = append(want, expectation{n + 1, scanner.Kind(kind), v})
			}
			return []byte(encode(t, v, enc))
		}))
	}
	return out.Bytes(), want
}

func encode(t testing.TB, v, enc string) string {
	switch enc {
	case "":
		return v
	case "base64":
		return base64.StdEncoding.EncodeToString([]byte(v))
	case "base64url":
		return base64.RawURLEncoding.EncodeToString([]byte(v))
	case "percent":
		var b strings.Builder
		for i := 0; i < len(v); i++ {
			fmt.Fprintf(&b, "%%%02X", v[i])
		}
		return b.String()
	}
	t.Fatalf("unknown encoding %q", enc)
	return ""
}

// TestCorpus measures recall and precision on each labelled corpus:
// testdata/corpus, testdata/holdout and testdata/blind, each written
// apart from the others and from the detector.
func TestCorpus(t *testing.T) {
	for _, dir := range []string{"corpus", "holdout", "blind", "fresh"} {
		t.Run(dir, func(t *testing.T) {
			root := filepath.Join("..", "testdata", dir)
			if _, err := os.Stat(root); err != nil {
				t.Fatal(err)
			}
			measure(t, root)
		})
	}
}

func measure(t *testing.T, root string) {
	var expected, reported, matched int
	var problems []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == "README.md" && filepath.Dir(path) == root {
			return err
		}
		tmpl, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		text, want := expand(t, rel, tmpl)
		got := scanner.ScanBytes(text)
		expected += len(want)
		reported += len(got)
		left := map[expectation]int{}
		for _, w := range want {
			left[w]++
		}
		for _, f := range got {
			k := expectation{f.Line, f.Kind, f.Value}
			if left[k] > 0 {
				left[k]--
				matched++
				continue
			}
			problems = append(problems, fmt.Sprintf("false positive %s:%d: %s (%s)", rel, f.Line, f.Kind, f.Rule))
		}
		for k, n := range left {
			for ; n > 0; n-- {
				problems = append(problems, fmt.Sprintf("missed %s:%d: %s", rel, k.line, k.kind))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if expected == 0 {
		t.Fatal("corpus holds no expected findings")
	}
	sort.Strings(problems)
	for _, p := range problems {
		t.Log(p)
	}
	recall := float64(matched) / float64(expected)
	precision := 1.0
	if reported > 0 {
		precision = float64(matched) / float64(reported)
	}
	t.Logf("corpus: %d expected, %d reported, %d matched: recall %.2f%%, precision %.2f%%",
		expected, reported, matched, 100*recall, 100*precision)
	// Every miss and false positive is listed above: each is a regression
	// to fix, or a label to correct with a reason in the commit.
	if len(problems) > 0 {
		t.Errorf("recall %.2f%% and precision %.2f%%: every labelled credential must be found, and nothing else", 100*recall, 100*precision)
	}
}

// TestExpand writes one corpus file filled in (EXPAND=template,
// EXPAND_OUT=file), with its expectations, for EXPLAIN to read: a
// debugging aid for rule authors.
func TestExpand(t *testing.T) {
	in, out := os.Getenv("EXPAND"), os.Getenv("EXPAND_OUT")
	if in == "" || out == "" {
		t.Skip("set EXPAND and EXPAND_OUT")
	}
	tmpl, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	text, want := expand(t, in, tmpl)
	if err := os.WriteFile(out, text, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		t.Logf("want line %d: %s", w.line, w.kind)
	}
}
