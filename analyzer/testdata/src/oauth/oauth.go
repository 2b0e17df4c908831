package oauth

import "golang.org/x/oauth2"

func tokens() oauth2.TokenSource {
	t := &oauth2.Token{AccessToken: "{{jwt}}", TokenType: "Bearer"} // want `^hardcoded Pinata JWT \(key {{jwtkey}}\) in AccessToken field \(Authorization header\): read it from the environment, e.g. os.Getenv\("PINATA_JWT"\)$`
	t.AccessToken = "{{token}}"                                     // want `hardcoded Bearer credential in AccessToken field \(Authorization header\)`
	_ = t
	return oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "{{token}}"}) // want `hardcoded Bearer credential in AccessToken field \(Authorization header\)`
}
