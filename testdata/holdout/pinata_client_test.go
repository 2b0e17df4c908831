package pinata

import "testing"

// Real key left in a test by mistake; the fake one below is what tests should use.
var liveKey = struct{ key, secret string }{
	key:    "{{+api-key:gt}}",
	secret: "{{+api-secret:gt}}",
}

var fakeKey = struct{ key, secret string }{
	key:    "00000000000000000000",
	secret: "0000000000000000000000000000000000000000000000000000000000000000",
}

func TestHeaders(t *testing.T) {
	h := headers(fakeKey.key, fakeKey.secret)
	if h.Get("pinata_api_key") != fakeKey.key {
		t.Fatal("key header")
	}
	_ = liveKey
}

// sha256 of testdata/pinata-response.json
const respDigest = "{{-hex64}}"
