// Package analyzer defines an Analyzer that reports hardcoded Pinata
// credentials and hardcoded auth headers in Go source.
//
// # Analyzer pinatavet
//
// pinatavet: report hardcoded credentials that reach HTTP or RPC auth
//
// The pass follows values into the places that send them, resolving
// callees and types with type information, not by name. A value is
// reported when it is constant where it is sent. Inside a function it is
// followed through local variables (every assignment that may reach the
// use), +=, strings.Builder and bytes.Buffer writes, strings.Join,
// TrimSpace, Trim*, Replace, fmt.Sprint, Sprintf and Fprintf, base64
// encoding, []byte and string conversions, constants of any package,
// package variables never assigned after their declaration and functions
// that return one constant. Header names go through
// http.CanonicalHeaderKey and textproto.CanonicalMIMEHeaderKey.
//
// The sinks:
//
//   - net/http: Header.Set and Add, h["Authorization"] = …, http.Header{…}
//     literals, Request.SetBasicAuth; a URL carrying pinataGatewayToken=
//     given to Get, Head, Post, PostForm, NewRequest, NewRequestWithContext
//     (and url.Parse);
//   - net/url: Values.Set and Add, url.Values{…}, UserPassword;
//   - net/textproto: MIMEHeader.Set and Add, index writes and literals;
//   - go-resty v2 and resty.dev/v3: SetHeader, SetHeaderVerbatim,
//     SetHeaders, SetQueryParam(s), SetAuthToken, SetBasicAuth,
//     SetDigestAuth, the Token and AuthToken fields;
//   - fasthttp: RequestHeader.Set* and Add*;
//   - gRPC metadata: Pairs, New, AppendToOutgoingContext, MD.Set and
//     Append, metadata.MD{…} literals and index writes;
//   - oauth2: Token{AccessToken: …} (so StaticTokenSource(&Token{…})).
//
// The headers are compared case-insensitively: Authorization (any scheme:
// Bearer, Basic, token), pinata_api_key, pinata_secret_api_key and
// x-pinata-gateway-token, and the query parameter pinataGatewayToken.
//
// A function of the analysed code whose parameter reaches a sink (directly
// or through another such function) exports a fact, and so does a struct
// field whose value reaches one; a call that passes a hardcoded credential
// to it, or a literal that sets the field, is reported at the call, in any
// package: withAuth(req, "…"), setKeys(req, key, secret), a map of headers
// handed to the project's own client, NewClient("…").
//
// A string constant that pinatascan's detection core recognises as a
// Pinata credential (a JWT, an API key or secret, a gateway token) is
// reported wherever it stands, judged with the names around it: the
// constant or variable, the struct type and field (with the other fields),
// the map key, os.Setenv's variable, the function and parameter. A JWT
// split over concatenated literals is read whole.
//
// Values read at run time (os.Getenv, flags, files, parameters, fields),
// placeholders such as "YOUR_JWT", "<YOUR_API_KEY>", "xxxx" or all zeros,
// and the jwt.io sample token are not reported. Nor are generated files,
// nor non-Pinata auth values in _test.go files (a test server's token)
// unless -testauth is given. Messages name the header, the credential kind
// and the remedy; they never contain the secret.
//
// A report stands at the credential's first byte inside the literal that
// holds it, as pinatascan scan reports it, so both tools give one column.
// The suggested fix reads the value from the environment instead, such as
// "Bearer " + os.Getenv("PINATA_JWT"), and adds the "os" import.
//
// A report is suppressed by a comment on its line or on the line above:
//
//	//pinatavet:ignore <reason>
//
// The reason is required: a directive without one is reported and
// suppresses nothing, and so is a directive that matches no report. Each
// directive suppresses one report. The scanner's pinatascan:allow (or
// gitleaks:allow) comment on the report's line suppresses it too.
package analyzer
