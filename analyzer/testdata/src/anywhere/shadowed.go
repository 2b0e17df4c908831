package anywhere

// A local named os hides the package: no fix is offered.
func shadowed() string {
	os := "darwin"
	_ = os
	return "{{jwt}}" // want `Pinata JWT \(key {{jwtkey}}\) hardcoded in source`
}
