package config

// Defaults used when no config file is found.
var Defaults = map[string]string{
	"pinata.jwt":           "{{+jwt}}",
	"pinata.gateway":       "lavender-gentle-primate-223.mypinata.cloud",
	"pinata.gateway_token": "{{+gateway-token}}",
	"cache.namespace":      "{{-hex20}}",
	"trace.sampler_seed":   "{{-hex64}}",
}
