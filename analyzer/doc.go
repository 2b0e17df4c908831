// Package analyzer defines an Analyzer that reports hardcoded Pinata
// credentials and hardcoded auth headers in Go source.
//
// # Analyzer pinatavet
//
// pinatavet: report hardcoded credentials that reach HTTP or RPC auth
//
// The pass follows constant values into the places that send them: it
// resolves callees and types with type information, not by name. A value
// is reported when it is constant after folding ("Bearer " + jwtConst,
// constants of other packages, []byte("…"), fmt.Sprintf with constant
// arguments) and it reaches one of these sinks:
//
//   - net/http: Header.Set and Add, h["Authorization"] = …, http.Header{…}
//     literals, Request.SetBasicAuth;
//   - net/textproto: MIMEHeader.Set and Add, index writes and literals;
//   - go-resty v2 and resty.dev/v3: SetHeader, SetHeaderVerbatim,
//     SetHeaders, SetAuthToken, SetBasicAuth, the Token and AuthToken fields;
//   - fasthttp: RequestHeader.Set* and Add*;
//   - gRPC metadata: Pairs, New, AppendToOutgoingContext, MD.Set and
//     Append, metadata.MD{…} literals and index writes;
//   - oauth2: Token{AccessToken: …} (so StaticTokenSource(&Token{…})).
//
// The headers are compared case-insensitively: Authorization (any scheme:
// Bearer, Basic, token), pinata_api_key, pinata_secret_api_key and
// x-pinata-gateway-token. Any constant credential in Authorization is a
// hardcoded auth header; a Pinata one is named with its key id.
//
// A string literal that pinatascan's detection core recognises as a Pinata
// credential (a JWT, an API key or secret, a gateway token) is reported
// wherever it stands, even before it reaches a sink: a package-level
// const, a struct or map literal, a variable, a curl line in a string.
//
// Values read at run time (os.Getenv, configuration fields, parameters),
// placeholders such as "YOUR_JWT", "<YOUR_API_KEY>", "xxxx" or all zeros,
// and the jwt.io sample token are not reported. Messages name the header,
// the credential kind and the remedy; they never contain the secret.
//
// The suggested fix reads the value from the environment instead, such as
// "Bearer " + os.Getenv("PINATA_JWT"), and adds the "os" import.
//
// A report is suppressed by a comment on its line or on the line above:
//
//	//pinatavet:ignore <reason>
//
// The reason is required: a directive without one is reported and
// suppresses nothing, and so is a directive that matches no report. Each
// directive suppresses one report.
package analyzer
