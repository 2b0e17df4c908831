// Moved from nft.storage to Pinata in v2.
// const NFT_STORAGE_TOKEN = '{{-jwt-other}}'
const pinataConfig = {
	pinataJWTKey:
		'{{+jwt}}',
	gatewayToken:	'{{+gateway-token}}', // pinata gateway access token
}
export default pinataConfig
