// Package auth builds credentials for the backing services.
package auth

import (
	"flag"
	"net/http"
	"net/url"
	"os"

	"github.com/go-resty/resty/v2"
)

var dbPassword = flag.String("db-password", "", "database password")

// DatabaseURL is the URL of the metadata database.
func DatabaseURL() *url.URL {
	return &url.URL{
		Scheme: "postgres",
		User:   url.UserPassword("pinup", "{{password}}"), // leak
		Host:   "db.internal:5432",
		Path:   "pinup",
	}
}

// DatabaseURLFromFlags is the URL with the password from the flags.
func DatabaseURLFromFlags() *url.URL {
	return &url.URL{Scheme: "postgres", User: url.UserPassword("pinup", *dbPassword), Host: "db.internal:5432"}
}

// Metrics returns a client for the metrics service.
func Metrics() *resty.Client {
	return resty.New().
		SetBaseURL("https://metrics.internal").
		SetDigestAuth("pinup", "{{password}}") // leak
}

// MetricsEnv returns the same client with the password from the environment.
func MetricsEnv() *resty.Client {
	return resty.New().SetDigestAuth("pinup", os.Getenv("METRICS_PASSWORD"))
}

// Anonymous is a user without a password.
func Anonymous() *url.Userinfo { return url.User("anonymous") }

// Proxy sets proxy credentials read at start-up.
func Proxy(req *http.Request, user, pass string) {
	req.SetBasicAuth(user, pass)
}

// DefaultProxy uses the office proxy's account.
func DefaultProxy(req *http.Request) {
	Proxy(req, "office", "{{password}}") // leak
}

// ProxyFromEnv uses the proxy account of the environment.
func ProxyFromEnv(req *http.Request) {
	Proxy(req, os.Getenv("PROXY_USER"), os.Getenv("PROXY_PASSWORD"))
}
