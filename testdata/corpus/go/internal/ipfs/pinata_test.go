package ipfs

import "testing"

func TestPinJSON(t *testing.T) {
	c := &Client{
		// real staging key, rotate me
		JWT: "{{+jwt:t}}",
		Key: "{{+api-key:t}}",
	}
	cases := []struct {
		name string
		sum  string
	}{
		{"metadata.json", "{{-hex64}}"},
		{"pinata-logo.png", "{{-hex64}}"},
		{"empty", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { _ = c; _ = tc.sum })
	}
}
