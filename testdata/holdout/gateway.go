package gateway

import "fmt"

var (
	// dedicated gateway for the gallery
	host = "azure-bright-newt-44.mypinata.cloud"
	// Pinata gateway access token (Gateway Keys tab)
	token =
		"{{+gateway-token}}"
)

// URL returns a gateway URL for cid with the access token attached.
func URL(cid string) string {
	return fmt.Sprintf("https://%s/ipfs/%s?pinataGatewayToken=%s", host, cid, token)
}

// etag of the empty directory object, used to short-circuit HEADs
const emptyDirETag = "{{-hex64}}"
