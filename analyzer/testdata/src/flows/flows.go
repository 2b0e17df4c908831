// Package flows follows values inside a function to the sinks.
package flows

import (
	"bytes"
	"encoding/base64"
	"flag"
	"fmt"
	"net/http"
	"net/textproto"
	"os"
	"strings"
)

func local(req *http.Request) {
	tok := "{{token}}" // want `^hardcoded Bearer credential in Authorization header at flows.go:17: read it from the environment, e.g. "Bearer " \+ os.Getenv\("AUTH_TOKEN"\)$`
	req.Header.Set("Authorization", "Bearer "+tok)
}

func localJWT(req *http.Request) {
	jwt := "{{jwt}}" // want `^hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header at flows.go:22`
	req.Header.Set("Authorization", "Bearer "+jwt)
}

func addAssign(req *http.Request) {
	auth := "Bearer "
	auth += "{{token}}" // want `hardcoded Bearer credential in Authorization header at flows.go:28`
	req.Header.Add("Authorization", auth)
}

func builder(req *http.Request) {
	var sb strings.Builder
	sb.WriteString("Bearer ")
	sb.WriteString("{{token}}") // want `hardcoded Bearer credential in Authorization header at flows.go:35`
	req.Header.Set("Authorization", sb.String())
}

func buffer(req *http.Request) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "Bearer %s", "{{token}}") // want `hardcoded Bearer credential in Authorization header at flows.go:41`
	req.Header.Set("Authorization", b.String())
}

func join(req *http.Request) {
	parts := []string{"Bearer"}
	parts = append(parts, "{{token}}") // want `hardcoded Bearer credential`
	req.Header.Set("Authorization", strings.Join(parts, " "))
}

func trim(req *http.Request) {
	req.Header.Set("Authorization", strings.TrimSpace("  Bearer {{token}}\n")) // want `hardcoded Bearer credential in Authorization header: read`
}

func replace(req *http.Request) {
	req.Header.Set("Authorization", strings.Replace("Bearer TOKEN", "TOKEN", "{{token}}", 1)) // want `hardcoded Bearer credential`
	req.Header.Set("Authorization", strings.ReplaceAll("Bearer TOKEN", "TOKEN", os.Getenv("TOKEN")))
}

func sprint(req *http.Request) {
	key := "{{token}}" // want `hardcoded Bearer credential in Authorization header at flows.go:61`
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", key))
	req.Header.Set("Authorization", fmt.Sprint("Bearer ", "{{otherjwt}}")) // want `hardcoded JWT in Authorization header`
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", os.Getenv("TOKEN")))
}

func conversions(req *http.Request) {
	raw := []byte("{{jwt}}") // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header`
	req.Header.Set("Authorization", "Bearer "+string(raw))
}

func basic(req *http.Request) {
	password := "{{password}}" // want `hardcoded Basic credentials in Authorization header at flows.go:73`
	req.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte("admin:"+password)))
}

func canonical(req *http.Request) {
	name := http.CanonicalHeaderKey("authorization")
	req.Header[name] = []string{"Bearer {{token}}"} // want `hardcoded Bearer credential in Authorization header`
	h := textproto.MIMEHeader{}
	h.Set(textproto.CanonicalMIMEHeaderKey("pinata_api_key"), "{{key}}") // want `hardcoded Pinata API key {{key}} in Pinata_api_key header`
}

func fallback(req *http.Request, override string) { // want fallback:`auth\(1→Authorization header\)`
	token := override
	if token == "" {
		token = "{{token}}" // want `hardcoded Bearer credential in Authorization header at flows.go:88`
	}
	req.Header.Set("Authorization", "Bearer "+token)
}

func split(req *http.Request) {
	const jwt = "{{jwthead}}" + // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header at flows.go:94`
		"{{jwttail}}"
	req.Header.Set("Authorization", "Bearer "+jwt)
}

func constant() string { return "{{token}}" } // want `hardcoded Bearer credential in Authorization header at flows.go:100`

func fromFunc(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+constant())
}

var jwtFlag = flag.String("jwt", "", "Pinata JWT")

var tokenVar string

func init() { flag.StringVar(&tokenVar, "token", "", "token") }

// Values read at run time: no report.
func runtime(req *http.Request, param string) { // want runtime:`auth\(1→Authorization header\)`
	req.Header.Set("Authorization", "Bearer "+*jwtFlag)
	req.Header.Set("Authorization", "Bearer "+tokenVar)
	env := os.Getenv("PINATA_JWT")
	req.Header.Set("Authorization", "Bearer "+env)
	data, _ := os.ReadFile("/run/secrets/token")
	req.Header.Set("Authorization", "Bearer "+strings.TrimSpace(string(data)))
	var sb strings.Builder
	sb.WriteString("Bearer ")
	sb.WriteString(param)
	req.Header.Set("Authorization", sb.String())
	tok := "placeholder"
	tok = os.Getenv("TOKEN")
	req.Header.Set("Authorization", "Bearer "+tok)
	var escaped string
	fmt.Sscan("x", &escaped)
	req.Header.Set("Authorization", "Bearer "+escaped)
	auth := "Bearer "
	auth += param
	req.Header.Set("Authorization", auth)
}

func bearerOf(token string) string { return fmt.Sprintf("Bearer %s", token) }

func helperResult(req *http.Request) {
	req.Header.Set("Authorization", bearerOf("{{token}}")) // want `hardcoded Bearer credential in Authorization header: read`
	req.Header.Set("Authorization", bearerOf(os.Getenv("TOKEN")))
}

func rawQuery(req *http.Request) {
	req.URL.RawQuery = "img-width=100&pinataGatewayToken={{gateway}}" // want `hardcoded Pinata gateway token in RawQuery field \(the pinataGatewayToken query parameter of a URL\)`
	req.URL.RawQuery = "pinataGatewayToken=" + os.Getenv("PINATA_GATEWAY_TOKEN")
}

// Helpers calling each other: the fold gives up in bounded time.
func h1(s string) string { return h2(s) + h2(s) + h2(s) }
func h2(s string) string { return h1(s) + h1(s) + h1(s) }

func recursive(req *http.Request) {
	req.Header.Set("Authorization", h1("x"))
}
