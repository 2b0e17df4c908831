region = "eu-west-1"
pinata_api_key    = "{{+api-key:tf}}"
pinata_api_secret = "{{+api-secret:tf}}"
ami_checksum      = "{{-hex64}}"
