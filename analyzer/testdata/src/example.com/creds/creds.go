// Package creds holds constants that other packages fold into headers.
package creds

const JWT = "{{jwt}}" // want `^Pinata JWT \(key {{jwtkey}}\) hardcoded in source: revoke it and read it from the environment, e.g. os.Getenv\("PINATA_JWT"\)$`

const Bearer = "Bearer " + JWT

const Token = "{{token}}"
