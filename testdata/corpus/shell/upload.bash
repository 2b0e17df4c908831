#!/usr/bin/env bash
# Usage: ./upload.bash file...
: "${PINATA_API_KEY:={{+api-key}}}"
: "${PINATA_SECRET_API_KEY:={{+api-secret}}}"

for f in "$@"; do
  curl -s https://api.pinata.cloud/pinning/pinFileToIPFS \
    -H "pinata_api_key: ${PINATA_API_KEY}" \
    -H "pinata_secret_api_key: ${PINATA_SECRET_API_KEY}" \
    -F "file=@${f}"
done
