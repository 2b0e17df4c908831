package pin

import "testing"

func TestDigest(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "{{-hex64}}"},
		{"pinata logo", "testdata/pinata.svg", "{{-hex64}}"},
	}
	for _, tt := range tests {
		if got := digest(tt.in); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}
