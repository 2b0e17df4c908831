package filter

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/baseline"
	"github.com/pinatascan/pinatascan/internal/config"
	"github.com/pinatascan/pinatascan/internal/ignore"
	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/internal/testcred"
	"github.com/pinatascan/pinatascan/scanner"
)

func scan(t *testing.T, path, src string) *result.Report {
	t.Helper()
	rep := &result.Report{}
	for _, f := range scanner.ScanBytes([]byte(src)) {
		rep.Results = append(rep.Results, result.Result{Finding: f, Path: path})
	}
	return rep
}

// apply keeps in rep only the results f keeps, counting the others.
func apply(f *Filter, rep *result.Report) {
	kept := rep.Results[:0]
	for _, r := range rep.Results {
		if f.Keep(&r, &rep.Stats) {
			kept = append(kept, r)
		}
	}
	rep.Results = kept
}

func mustIgnore(t *testing.T, src string) *ignore.List {
	t.Helper()
	l, err := ignore.Parse(".pinatascanignore", strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func values(rep *result.Report) []string {
	var out []string
	for _, r := range rep.Results {
		out = append(out, r.Value)
	}
	return out
}

// The requirement: an ignore entry does not hide a different
// secret written on the same line.
func TestIgnoreDoesNotHideNewSecretOnSameLine(t *testing.T) {
	oldSecret, newSecret := testcred.Secret(), testcred.Secret()
	line := "PINATA_SECRET_API_KEY=%s\n"

	before := scan(t, ".env", fmt.Sprintf(line, oldSecret))
	if len(before.Results) != 1 {
		t.Fatalf("setup: %d findings, want 1", len(before.Results))
	}
	f := &Filter{Ignore: mustIgnore(t, before.Results[0].Fingerprint()+" # rotated last week\n")}
	apply(f, before)
	if len(before.Results) != 0 || before.Stats.Suppressed != 1 {
		t.Fatalf("ignored secret still reported: %d results, %d suppressed", len(before.Results), before.Stats.Suppressed)
	}

	// Same file, same line, same label: a different value.
	after := scan(t, ".env", fmt.Sprintf(line, newSecret))
	apply(f, after)
	if got := values(after); len(got) != 1 || got[0] != newSecret {
		t.Fatalf("new secret on the ignored line not reported: %d results", len(got))
	}
	if after.Stats.Suppressed != 0 {
		t.Errorf("suppressed = %d, want 0", after.Stats.Suppressed)
	}
}

func TestInlineAllowCounted(t *testing.T) {
	jwt, _, _ := testcred.JWT(testcred.JWTOptions{})
	src := fmt.Sprintf("PINATA_API_KEY=%s # pinatascan:allow\nPINATA_SECRET_API_KEY=%s // gitleaks:allow\nPINATA_JWT=%s\n",
		testcred.Key(), testcred.Secret(), jwt)
	rep := scan(t, "a.env", src)
	if len(rep.Results) != 3 {
		t.Fatalf("setup: %d findings, want 3", len(rep.Results))
	}
	apply(&Filter{}, rep)
	if len(rep.Results) != 1 || rep.Results[0].Kind != scanner.KindJWT {
		t.Fatalf("%d results, want only the JWT", len(rep.Results))
	}
	if rep.Stats.Suppressed != 2 {
		t.Errorf("suppressed = %d, want 2", rep.Stats.Suppressed)
	}
}

func r(kind scanner.Kind, value, path string) result.Result {
	return result.Result{Finding: scanner.Finding{Kind: kind, Value: value}, Path: path}
}

func TestOrderAndCounts(t *testing.T) {
	s1, s2, s3, s4, s5 := testcred.Secret(), testcred.Secret(), testcred.Secret(), testcred.Secret(), testcred.Secret()
	tok := testcred.GatewayToken()
	fp := func(v string) string { return scanner.Fingerprint(scanner.KindAPISecret, v) }

	cfg := &config.Config{
		Exclude:   []string{"vendor/**"},
		Kinds:     []scanner.Kind{scanner.KindAPISecret, scanner.KindJWT},
		Allowlist: []config.Allow{{Fingerprint: fp(s3), Reason: "docs example"}, {Fingerprint: strings.Repeat("1", 32), Reason: "stale"}},
	}
	known := r(scanner.KindAPISecret, s4, "known.env")
	base := baseline.New([]baseline.Entry{baseline.EntryOf(&known, known.Path)}, time.Now())
	f := &Filter{
		Config:   cfg,
		Ignore:   mustIgnore(t, fp(s2)+"\n"+strings.Repeat("2", 32)+" # stale\n"),
		Baseline: base,
	}

	inline := r(scanner.KindAPISecret, s1, "a.env")
	inline.Allowed = true
	rep := &result.Report{Results: []result.Result{
		r(scanner.KindAPISecret, s1, "vendor/x/.env"), // out of scope: path
		r(scanner.KindGatewayToken, tok, "a.env"),     // out of scope: kind
		inline,                                        // inline allow
		r(scanner.KindAPISecret, s2, "b.env"),         // ignore file
		r(scanner.KindAPISecret, s3, "c.env"),         // allowlist
		r(scanner.KindAPISecret, s4, "./known.env"),   // baseline
		r(scanner.KindAPISecret, s4, "elsewhere.env"), // known secret, new place: reported
		r(scanner.KindAPISecret, s5, "new.env"),       // reported
	}}
	want := []Reason{OutOfScope, OutOfScope, Inline, Ignored, Allowlisted, Baselined, Keep, Keep}
	for i := range rep.Results {
		if got := (&Filter{Config: cfg, Ignore: mustIgnore(t, fp(s2)+"\n"), Baseline: base}).Check(&rep.Results[i]); got != want[i] {
			t.Errorf("result %d (%s): reason %d, want %d", i, rep.Results[i].Path, got, want[i])
		}
	}

	apply(f, rep)
	if got := values(rep); len(got) != 2 || got[0] != s4 || got[1] != s5 {
		t.Errorf("kept %d results, want the two new ones", len(got))
	}
	if rep.Stats.Suppressed != 3 || rep.Stats.Baselined != 1 {
		t.Errorf("suppressed %d, baselined %d; want 3, 1", rep.Stats.Suppressed, rep.Stats.Baselined)
	}

	u := f.Unused()
	if u.Len() != 2 || len(u.Ignore) != 1 || u.Ignore[0].Line != 2 || len(u.Allowlist) != 1 || u.Allowlist[0].Reason != "stale" {
		t.Errorf("unused = %+v, want the two stale entries", u)
	}
}

func TestNilFilterKeepsEverything(t *testing.T) {
	rep := &result.Report{Results: []result.Result{r(scanner.KindAPIKey, testcred.Key(), "a")}}
	apply(&Filter{}, rep)
	if len(rep.Results) != 1 || rep.Stats.Suppressed+rep.Stats.Baselined != 0 {
		t.Errorf("empty filter changed the report: %+v", rep)
	}
	if (&Filter{}).Unused().Len() != 0 {
		t.Error("empty filter has unused entries")
	}
}
