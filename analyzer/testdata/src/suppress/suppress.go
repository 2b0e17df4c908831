package suppress

import "net/http"

func suppressed(req *http.Request) {
	req.Header.Set("Authorization", "Bearer {{token}}") //pinatavet:ignore test fixture for a local mock server

	//pinatavet:ignore the mock server in testdata accepts only this token
	req.Header.Set("Authorization", "Bearer {{token}}")
}

func reasonless(req *http.Request) {
	// want +1 `^pinatavet:ignore needs a reason: //pinatavet:ignore <why this is not a leak>$` `hardcoded Bearer credential in Authorization header`
	req.Header.Set("Authorization", "Bearer {{token}}") //pinatavet:ignore
}

func stale(req *http.Request) {
	// want +1 `^pinatavet:ignore matches no report on this line or the next: remove it$`
	//pinatavet:ignore nothing here any more
	req.Header.Set("Authorization", "Bearer "+req.URL.Query().Get("t"))
}

// One directive suppresses one report: the second on the line remains.
func one(req *http.Request) {
	// want +1 `hardcoded Bearer credential in Authorization header`
	req.Header["Authorization"] = []string{"Bearer {{token}}", "Bearer {{token}}"} //pinatavet:ignore one of two
}

//pinatavet:ignored is another word, not the directive
var notDirective = 1
