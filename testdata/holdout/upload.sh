#!/bin/sh
# usage: ./upload.sh FILE
: "${PINATA_JWT:?set PINATA_JWT}"
curl -sf -X POST https://uploads.pinata.cloud/v3/files \
  -H "Authorization: Bearer ${PINATA_JWT}" \
  -F "file=@$1" -F network=public
# example response id: 0194c1d2-3e4f-7a8b-9c0d-1e2f3a4b5c6d
# example cid: bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku
# checksum of this script as released: {{-hex64}}
