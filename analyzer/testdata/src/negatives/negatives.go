// Package negatives holds code that must not be reported.
package negatives

import (
	"fmt"
	"net/http"
	"os"

	"github.com/go-resty/resty/v2"
	"golang.org/x/oauth2"
	"google.golang.org/grpc/metadata"
)

type Config struct {
	PinataJWT    string // want PinataJWT:`auth\(field→Authorization header\)`
	PinataAPIKey string // want PinataAPIKey:`auth\(field→pinata_api_key header\)`
	Token        string // want Token:`auth\(field→Authorization header\)`
}

// Values read at run time.
func runtime(req *http.Request, cfg Config, jwtParam string) { // want runtime:`auth\(2→Authorization header\)`
	req.Header.Set("Authorization", "Bearer "+os.Getenv("PINATA_JWT"))
	req.Header.Set("pinata_api_key", os.Getenv("PINATA_API_KEY"))
	req.Header.Set("Authorization", "Bearer "+cfg.PinataJWT)
	req.Header.Set("pinata_api_key", cfg.PinataAPIKey)
	req.Header.Set("Authorization", "Bearer "+jwtParam)
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", jwtParam))
	req.SetBasicAuth("user", os.Getenv("PASSWORD"))
	resty.New().SetAuthToken(cfg.Token)
	_ = &oauth2.Token{AccessToken: cfg.Token}
	_ = metadata.Pairs("authorization", "Bearer "+jwtParam)
}

// A package variable set at run time is not a constant.
var bearer string

func init() { bearer = "Bearer " + os.Getenv("TOKEN") }

func variable(req *http.Request) {
	req.Header.Set("Authorization", bearer)
}

// Placeholders and samples.
func placeholders(req *http.Request) {
	req.Header.Set("Authorization", "Bearer YOUR_JWT")
	req.Header.Set("Authorization", "Bearer <YOUR_PINATA_JWT>")
	req.Header.Set("Authorization", "Bearer ${PINATA_JWT}")
	req.Header.Set("Authorization", "Bearer PINATA_JWT")
	req.Header.Set("Authorization", "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...")
	req.Header.Set("Authorization", "Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
	req.Header.Set("Authorization", "Bearer "+"%s")
	req.Header.Set("Authorization", "Bearer ")
	req.Header.Set("Authorization", "Bearer abc123")
	req.Header.Set("pinata_api_key", "<YOUR_API_KEY>")
	req.Header.Set("pinata_api_key", "00000000000000000000")
	req.Header.Set("pinata_secret_api_key", "0000000000000000000000000000000000000000000000000000000000000000")
	req.Header.Set("pinata_secret_api_key", "YOUR_PINATA_SECRET_API_KEY")
	req.Header.Set("pinata_api_key", "0123456789abcdef0123")
	req.Header.Set("Authorization", "Bearer a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6")
	req.Header.Set("x-pinata-gateway-token", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
	req.Header.Set("Authorization", "Bearer {{samplejwt}}")
	req.Header.Set("Authorization", "Basic dXNlcjpwYXNzd29yZA==") // user:password
	req.SetBasicAuth("user", "password")
	req.SetBasicAuth("user", "changeme")
	req.SetBasicAuth("Aladdin", "open sesame")                            // RFC 7617's example
	req.Header.Set("Authorization", "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==") // the same, encoded
	req.Header.Set("Authorization", "secretpassword")
	resty.New().SetAuthToken("YOUR_TOKEN")
	_ = &oauth2.Token{AccessToken: "<ACCESS_TOKEN>"}
}

// The jwt.io sample and other services' JWTs are not Pinata's: outside an
// auth sink they are not reported.
const sampleJWT = "{{samplejwt}}"

var otherJWT = "{{otherjwt}}"

// Long hex in headers that carry no auth.
func nonAuth(req *http.Request) {
	req.Header.Set("X-Request-Id", "{{hex64}}")
	req.Header.Set("If-None-Match", "{{hex64}}")
	req.Header.Set("X-Checksum-Sha256", "{{hex64}}")
	req.Header["X-Trace"] = []string{"{{token}}"}
	_ = http.Header{"X-Api-Version": {"{{hex64}}"}}
	_ = metadata.Pairs("x-request-id", "{{hex64}}")
}

// Not a sink: a header set on something else entirely.
type fakeHeader map[string]string

func (h fakeHeader) Set(k, v string) { h[k] = v }

func notASink() {
	h := fakeHeader{}
	h.Set("Authorization", "Bearer {{token}}")
}

const txHash = "0x{{hex64}}"

var requestID = "{{hex64}}"
