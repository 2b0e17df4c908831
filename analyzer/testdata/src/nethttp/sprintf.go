package nethttp

import (
	"fmt"
	"net/http"

	"example.com/creds"
)

// fmt and creds are used only in the folded call, so the fix drops them.
func sprintf(req *http.Request) {
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", creds.JWT)) // want `hardcoded Pinata JWT \(key {{jwtkey}}\) in Authorization header`
}
