package pool

import "github.com/example/pinpool/pinata"

const base = "https://api.pinata.cloud"

// clients rotate across three accounts to stay under the rate limit.
var clients = []*pinata.Client{
	pinata.New(base, "", "{{+api-key:a}}", "{{+api-secret:a}}"),
	pinata.New(base, "", "{{+api-key:b}}", "{{+api-secret:b}}"),
	pinata.New(base, "", "{{+api-key:c}}", "{{+api-secret:c}}"),
}
