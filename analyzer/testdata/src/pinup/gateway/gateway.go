// Package gateway reads files back through the dedicated gateway.
package gateway

import (
	"fmt"
	"net/http"
	"net/textproto"
	"net/url"
	"os"
)

const gatewayHost = "https://lavender-gentle-primate-223.mypinata.cloud"

// Fetch reads cid through the gateway.
func Fetch(cid string) (*http.Response, error) {
	return http.Get(gatewayHost + "/ipfs/" + cid + "?pinataGatewayToken={{gateway}}") // leak
}

// URL returns the gateway URL of cid.
func URL(cid string) string {
	q := url.Values{}
	q.Set("pinataGatewayToken", "{{gateway}}") // leak
	return gatewayHost + "/ipfs/" + cid + "?" + q.Encode()
}

// SignedURL returns the gateway URL of cid with the token from the environment.
func SignedURL(cid string) string {
	q := url.Values{}
	q.Set("pinataGatewayToken", os.Getenv("PINATA_GATEWAY_TOKEN"))
	q.Add("img-width", "200")
	return gatewayHost + "/ipfs/" + cid + "?" + q.Encode()
}

// FetchEnv reads cid with the token from the environment.
func FetchEnv(cid string) (*http.Response, error) {
	u := gatewayHost + "/ipfs/" + cid + "?pinataGatewayToken=" + os.Getenv("PINATA_GATEWAY_TOKEN")
	return http.Get(u)
}

// Head checks that cid is reachable.
func Head(cid string) (*http.Response, error) {
	token := "{{gateway}}" // leak
	req, err := http.NewRequest(http.MethodHead, fmt.Sprintf("%s/ipfs/%s", gatewayHost, cid), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-pinata-gateway-token", token)
	return http.DefaultClient.Do(req)
}

// Open builds a gateway request with the token in a MIME header.
func Open(cid string) textproto.MIMEHeader {
	gw := "{{gateway}}" // leak
	h := textproto.MIMEHeader{}
	h.Set(textproto.CanonicalMIMEHeaderKey("x-pinata-gateway-token"), gw)
	h.Set("Accept", "application/octet-stream")
	return h
}

// Download fetches cid with a raw URL built in steps.
func Download(cid string) (*http.Response, error) {
	u := gatewayHost + "/ipfs/" + cid
	u += "?pinataGatewayToken="
	u += "{{gateway}}" // leak
	return http.Get(u)
}

// Public reads cid through the public gateway: no token.
func Public(cid string) (*http.Response, error) {
	return http.Get("https://gateway.pinata.cloud/ipfs/" + cid + "?filename=data.json")
}
