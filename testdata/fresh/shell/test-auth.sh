#!/bin/sh
# quick check that the key works
curl -s https://api.pinata.cloud/data/testAuthentication \
  -H 'Authorization: Bearer {{+jwt}}'
echo
curl -s https://api.pinata.cloud/data/testAuthentication -H "pinata_api_key: {{+api-key}}" -H "pinata_secret_api_key: {{+api-secret}}"
