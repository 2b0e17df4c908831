#!/usr/bin/env bash
set -euo pipefail

FILE="$1"
curl --request POST \
  --url https://api.pinata.cloud/pinning/pinFileToIPFS \
  -H 'pinata_api_key: {{+api-key:a}}' \
  -H 'pinata_secret_api_key: {{+api-secret:a}}' \
  -F "file=@${FILE}"

sha256sum pinata-cli-linux-amd64
# {{-hex64}}  pinata-cli-linux-amd64
