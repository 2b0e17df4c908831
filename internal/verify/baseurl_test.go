package verify

import (
	"strings"
	"testing"
)

func TestParseBaseURL(t *testing.T) {
	ok := []struct{ in, want string }{
		{"", "https://api.pinata.cloud"},
		{"https://api.pinata.cloud", "https://api.pinata.cloud"},
		{"https://api.pinata.cloud/", "https://api.pinata.cloud"},
		{"HTTPS://api.pinata.cloud", "https://api.pinata.cloud"},
		{"https://proxy.corp.example:8443/pinata/", "https://proxy.corp.example:8443/pinata"},
		{"http://127.0.0.1:8080", "http://127.0.0.1:8080"},
		{"http://127.9.8.7", "http://127.9.8.7"},
		{"http://[::1]:9000/x", "http://[::1]:9000/x"},
		{"http://localhost:1234", "http://localhost:1234"},
		{"http://LocalHost", "http://LocalHost"},
	}
	for _, tt := range ok {
		u, err := ParseBaseURL(tt.in)
		if err != nil {
			t.Errorf("ParseBaseURL(%q): %v", tt.in, err)
			continue
		}
		if u.String() != tt.want {
			t.Errorf("ParseBaseURL(%q) = %s, want %s", tt.in, u, tt.want)
		}
	}
	bad := []struct{ in, want string }{
		{"http://api.pinata.cloud", "only on loopback"},
		{"http://10.0.0.1:8080", "only on loopback"},
		{"http://[::2]", "only on loopback"},
		{"http://localhost.evil.example", "only on loopback"},
		{"http://127.0.0.1.nip.io", "only on loopback"},
		{"http://0.0.0.0", "only on loopback"},
		{"ftp://127.0.0.1", "scheme"},
		{"file:///etc/passwd", "want scheme://host"},
		{"ws://127.0.0.1", "scheme"},
		{"api.pinata.cloud", "want scheme://host"},
		{"mailto:x@example.com", "want scheme://host"},
		{"https://user:hunter2pass@api.pinata.cloud", "user name or password"},
		{"https://api.pinata.cloud?x=1", "query"},
		{"https://api.pinata.cloud#frag", "query or fragment"},
		{"https://api.pinata.cloud/%zz", "API URL"},
		{"https://user:hunter2pass@api.pinata.cloud/%zz", "invalid URL escape"},
		{"https://user:hunter2pass@api.pinata.cloud:bad", "invalid port"},
	}
	for _, tt := range bad {
		_, err := ParseBaseURL(tt.in)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseBaseURL(%q) error %v, want one containing %q", tt.in, err, tt.want)
			continue
		}
		if strings.Contains(err.Error(), "hunter2") {
			t.Errorf("error %q shows the password", err)
		}
	}
}

func TestEndpoint(t *testing.T) {
	for in, want := range map[string]string{
		"https://api.pinata.cloud":       "https://api.pinata.cloud/data/testAuthentication",
		"http://127.0.0.1:9/a%2Fb/":      "http://127.0.0.1:9/a/b/data/testAuthentication",
		"https://proxy.example/p/pinata": "https://proxy.example/p/pinata/data/testAuthentication",
	} {
		u, err := ParseBaseURL(in)
		if err != nil {
			t.Fatal(err)
		}
		if got := endpoint(u); got != want {
			t.Errorf("endpoint(%s) = %s, want %s", in, got, want)
		}
	}
}
