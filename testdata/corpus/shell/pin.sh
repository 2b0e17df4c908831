#!/bin/sh
# quick test of the new key
curl -X GET https://api.pinata.cloud/data/testAuthentication \
  -H 'pinata_api_key: {{+api-key:1}}' \
  -H 'pinata_secret_api_key: {{+api-secret:1}}'

curl --request GET --url https://api.pinata.cloud/data/testAuthentication \
  --header 'authorization: Bearer {{+jwt:1}}'

curl "https://lavender-gentle-primate-223.mypinata.cloud/ipfs/QmiYNB68KU3uSezwP6jF1aVjavPHnsFTCEE1a6WYSWXWrt?pinataGatewayToken={{+gateway-token}}" -o out.png
curl -H "x-pinata-gateway-token: {{+gateway-token}}" https://lavender-gentle-primate-223.mypinata.cloud/ipfs/QmhJRoNuY5DUsmWYjj2heQi3v8P4X9Lrghs9Pb19JGvreo
