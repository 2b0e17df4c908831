PINATA_JWT = "{{+jwt:a}}"
PINATA_GATEWAY = "lavender-gentle-primate-223.mypinata.cloud"

# Coinbase Commerce
API_KEY = "{{-hex20}}"
API_SECRET = "{{-hex64}}"
