package anywhere

var fallbackJWT = "{{jwt}}" // want `Pinata JWT \(key {{jwtkey}}\) hardcoded in source`
