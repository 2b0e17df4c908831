#!/bin/sh
# httpie and wget variants
http GET https://api.pinata.cloud/data/testAuthentication \
  pinata_api_key:{{+api-key:h}} pinata_secret_api_key:{{+api-secret:h}}
http https://api.pinata.cloud/v3/files/public "Authorization:Bearer {{+jwt}}"
wget --header="x-pinata-gateway-token: {{+gateway-token}}" \
  "https://lavender-gentle-primate-223.mypinata.cloud/ipfs/Qm9GhYiSFTwsKv7si6sRYrS5VSupbXUAkP15Qqdrdtk2WF"
wget -q -O - --header 'Authorization: Bearer {{+jwt}}' https://api.pinata.cloud/data/pinList
