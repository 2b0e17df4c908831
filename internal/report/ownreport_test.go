package report

import (
	"bytes"
	"testing"
	"time"

	"github.com/pinatascan/pinatascan/internal/result"
	"github.com/pinatascan/pinatascan/scanner"
)

// TestOwnReportOpenings: every format, empty or not, begins with an
// opening IsOwnReport knows; a text report read on a terminal does not
// (it is not saved), and neither do other files.
func TestOwnReportOpenings(t *testing.T) {
	for _, name := range Formats() {
		for _, rep := range []*result.Report{{}, sampleReport()} {
			rp, err := New(name, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := Write(rp, &buf, rep); err != nil {
				t.Fatal(err)
			}
			if !IsOwnReport(buf.Bytes()) {
				t.Errorf("%s report (%d results) is not recognised:\n%.300s", name, len(rep.Results), buf.String())
			}
		}
	}
	var buf bytes.Buffer
	Write(&TextReporter{Options: Options{Terminal: true}, Now: func() time.Time { return testNow }}, &buf, sampleReport())
	for name, head := range map[string]string{
		"terminal text":        buf.String(),
		"env file":             "PINATA_API_KEY=" + testKey + "\n",
		"marker later on":      "x = 1\n" + TextHeader,
		"other JSON":           "{\n  \"findings\": [",
		"opening cut short":    jsonOpening[:len(jsonOpening)-1],
		"empty":                "",
		"header without break": "# pinatascan report and more",
	} {
		if IsOwnReport([]byte(head)) {
			t.Errorf("%s taken for a report", name)
		}
	}
}

// TestOwnReportMarksKeyIDsOnly: in a report, a key id is marked allowed;
// a secret, a JWT and a gateway token are not, so an opening put at the
// top of a file cannot hide one. Elsewhere nothing is marked.
func TestOwnReportMarksKeyIDsOnly(t *testing.T) {
	all := []scanner.Finding{{Kind: scanner.KindAPIKey}, {Kind: scanner.KindAPISecret}, {Kind: scanner.KindJWT}, {Kind: scanner.KindGatewayToken}}
	for _, tc := range []struct {
		head    string
		allowed []bool
	}{
		{TextHeader + "PINATA_API_KEY=x\n", []bool{true, false, false, false}},
		{"PINATA_API_KEY=x\n", []bool{false, false, false, false}},
	} {
		var got []bool
		yield := OwnReport([]byte(tc.head), func(f scanner.Finding) error {
			got = append(got, f.Allowed)
			return nil
		})
		for _, f := range all {
			yield(f)
		}
		for i := range all {
			if got[i] != tc.allowed[i] {
				t.Errorf("head %.20q, %s: allowed %v, want %v", tc.head, all[i].Kind, got[i], tc.allowed[i])
			}
		}
	}
}
