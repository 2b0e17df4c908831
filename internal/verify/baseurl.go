package verify

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strings"

	"github.com/pinatascan/pinatascan/internal/quote"
)

// DefaultBaseURL is Pinata's API. The check only ever talks to the base URL
// it was given, this one unless the user chose another.
const DefaultBaseURL = "https://api.pinata.cloud"

// checkPath is the one read-only endpoint the checker calls. Pinata's answer
// says whether the credential authenticates, and nothing is changed.
const checkPath = "/data/testAuthentication"

// ParseBaseURL validates an API base URL: https anywhere, plain http only on
// loopback (a local proxy or test server), since credentials would otherwise
// cross the network in the clear. It refuses user names, passwords, queries
// and fragments, so the URL itself can be printed safely.
func ParseBaseURL(raw string) (*url.URL, error) {
	if raw == "" {
		raw = DefaultBaseURL
	}
	u, err := url.Parse(raw)
	if err != nil {
		// url.Error quotes the input, which may hold a password: keep only the cause.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, fmt.Errorf("verify: API URL: %w", err)
	}
	if u.Opaque != "" || u.Host == "" {
		return nil, fmt.Errorf("verify: API URL %s: want scheme://host[:port][/path]", describe(u))
	}
	if u.User != nil {
		return nil, errors.New("verify: API URL must not carry a user name or password")
	}
	if u.RawQuery != "" || u.ForceQuery || u.Fragment != "" {
		return nil, fmt.Errorf("verify: API URL %s must not carry a query or fragment", describe(u))
	}
	switch u.Scheme {
	case "https":
	case "http":
		if !IsLoopback(u.Hostname()) {
			return nil, fmt.Errorf("verify: API URL %s: plain http is allowed only on loopback (127.0.0.0/8, ::1, localhost); use https", describe(u))
		}
	default:
		return nil, fmt.Errorf("verify: API URL %s: scheme must be https (or http on loopback)", describe(u))
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u, nil
}

// describe names u in an error: without user information, query or
// fragment (where a token may be pasted), cut short and quoted.
func describe(u *url.URL) string {
	v := *u
	v.User, v.RawQuery, v.ForceQuery, v.Fragment, v.RawFragment = nil, "", false, "", ""
	return quote.Input(v.String())
}

// IsLoopback reports whether host (without port) names this machine:
// "localhost", an address in 127.0.0.0/8, or ::1. Names are not resolved.
func IsLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// endpoint returns the check URL below base; every request is built here,
// so no other host or path can be reached.
func endpoint(base *url.URL) string {
	u := *base
	u.Path = base.Path + checkPath
	u.RawPath = ""
	return u.String()
}
