package ipfs

const (
	pinataAPI    = "{{+api-key:a}}"
	pinataSecret = "{{+api-secret:a}}"
	pinataURL    = "https://api.pinata.cloud"

	webhookSecret = "{{-hex64}}"
)
