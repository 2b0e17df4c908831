module github.com/pinatascan/pinatascan

go 1.25.0

require (
	github.com/bmatcuk/doublestar/v4 v4.10.4
	github.com/golang-jwt/jwt/v5 v5.3.1
	github.com/golangci/plugin-module-register v0.1.2
	github.com/rogpeppe/go-internal v1.16.0
	golang.org/x/term v0.40.0
	golang.org/x/tools v0.42.0
	gopkg.in/yaml.v3 v3.0.1
)

require (
	golang.org/x/mod v0.33.0 // indirect
	golang.org/x/sync v0.19.0 // indirect
	golang.org/x/sys v0.41.0 // indirect
)
