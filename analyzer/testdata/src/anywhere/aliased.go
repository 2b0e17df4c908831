package anywhere

import goos "os"

func aliased() string {
	if v := goos.Getenv("PINATA_JWT"); v != "" {
		return v
	}
	return "{{jwt}}" // want `Pinata JWT \(key {{jwtkey}}\) hardcoded in source`
}
