package grpcmd

import (
	"context"

	"google.golang.org/grpc/metadata"
)

func md(ctx context.Context) {
	_ = metadata.Pairs("authorization", "Bearer {{jwt}}", "x-request-id", "{{hex64}}") // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in authorization header`
	_ = metadata.New(map[string]string{"pinata_api_key": "{{key}}"})                   // want `hardcoded Pinata API key {{key}} in pinata_api_key header`
	ctx = metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer {{token}}")   // want `hardcoded Bearer credential in authorization header`
	m := metadata.MD{
		"pinata_secret_api_key": {"{{secret}}"}, // want `hardcoded Pinata API secret in pinata_secret_api_key header`
	}
	m.Set("authorization", "Bearer {{jwt}}")          // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in authorization header`
	m.Append("x-pinata-gateway-token", "{{gateway}}") // want `hardcoded Pinata gateway token in x-pinata-gateway-token header`
	m["authorization"] = []string{"Bearer {{token}}"} // want `hardcoded Bearer credential in authorization header`
	ctx = metadata.NewOutgoingContext(ctx, m)
	_ = ctx
}
