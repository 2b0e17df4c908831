region             = "us-east-1"
pinata_jwt         = "{{+jwt}}"
pinata_gateway_key = "{{+gateway-token}}"
etherscan_api_key  = "YourApiKeyToken"
