// Package sinks2 holds the sinks of URLs, query parameters and passwords.
package sinks2

import (
	"context"
	"net/http"
	"net/url"
	"os"

	"github.com/go-resty/resty/v2"
)

const gateway = "https://example.mypinata.cloud"

func urls(ctx context.Context, cid string) {
	http.Get(gateway + "/ipfs/" + cid + "?pinataGatewayToken={{gateway}}")                                              // want `^hardcoded Pinata gateway token in the pinataGatewayToken query parameter of a URL: read it from the environment, e.g. os.Getenv\("PINATA_GATEWAY_TOKEN"\)$`
	http.NewRequest("GET", "https://example.mypinata.cloud/ipfs/bafy?img-width=10&pinataGatewayToken={{gateway}}", nil) // want `hardcoded Pinata gateway token in the pinataGatewayToken query parameter of a URL`
	u := gateway + "/ipfs/" + cid
	u += "?pinataGatewayToken={{gateway}}" // want `hardcoded Pinata gateway token in the pinataGatewayToken query parameter of a URL at sinks2.go:20`
	http.NewRequestWithContext(ctx, "GET", u, nil)
	http.Get(gateway + "/ipfs/" + cid + "?pinataGatewayToken=" + os.Getenv("PINATA_GATEWAY_TOKEN"))
	http.Get(gateway + "/ipfs/" + cid + "?pinataGatewayToken=YOUR_GATEWAY_TOKEN")
	http.Get(gateway + "/ipfs/" + cid + "?filename={{hex64}}")
}

func query() url.Values {
	q := url.Values{}
	q.Set("pinataGatewayToken", "{{gateway}}") // want `^hardcoded Pinata gateway token in pinataGatewayToken query parameter: read it from the environment, e.g. os.Getenv\("PINATA_GATEWAY_TOKEN"\)$`
	q.Add("pinataGatewayToken", os.Getenv("PINATA_GATEWAY_TOKEN"))
	q.Set("cid", "{{hex64}}")
	_ = url.Values{"pinataGatewayToken": {"{{gateway}}"}} // want `hardcoded Pinata gateway token in pinataGatewayToken query parameter`
	return q
}

func passwords() {
	_ = url.UserPassword("deploy", "{{password}}") // want `^hardcoded password in UserPassword: read it from the environment, e.g. os.Getenv\("AUTH_PASSWORD"\)$`
	_ = url.UserPassword("deploy", os.Getenv("DB_PASSWORD"))
	_ = url.UserPassword("deploy", "password")
	resty.New().SetDigestAuth("svc", "{{password}}") // want `hardcoded password in SetDigestAuth`
	resty.New().R().SetDigestAuth("svc", os.Getenv("PASSWORD"))
}
