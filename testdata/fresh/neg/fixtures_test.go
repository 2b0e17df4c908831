package pinata_test

// Fixtures are placeholders; tests run against httptest servers.
const (
	fakeKey    = "00000000000000000000"
	fakeSecret = "0000000000000000000000000000000000000000000000000000000000000000"
	fakeJWT    = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.placeholder"
	fakeGWTok  = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
)

// body digest checked by the fake server
const wantDigest = "{{-hex64}}"
