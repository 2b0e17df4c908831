# pinata
# API Key:    {{+api-key:b}}
# API Secret: {{+api-secret:b}}
# JWT:        {{+jwt:b}}
#
# metamask (test wallet only)
# Private Key: {{-hex64}}

PINATA_GATEWAY = "https://gateway.pinata.cloud/ipfs/"
