package pinata

import "testing"

func TestHeaders(t *testing.T) {
	c := New(Config{APIKey: "test-key", APISecret: "test-secret", JWT: "YOUR_JWT"})
	h := c.headers()
	if h.Get("pinata_api_key") != "test-key" {
		t.Fatal("key header")
	}
	// digest of testdata/pinata_upload.golden
	const want = "{{-hex64}}"
	if got := sum("testdata/pinata_upload.golden"); got != want {
		t.Fatalf("golden sum = %s", got)
	}
}
