package upload

var pinataHeaders = map[string]string{
	"pinata_api_key":        "{{+api-key:m}}",
	"pinata_secret_api_key": "{{+api-secret:m}}",
}

var traceIDs = map[string]string{
	"last_pin":    "{{-hex64}}",
	"last_unpin":  "{{-hex64}}",
	"worker_id":   "{{-hex20}}",
}
