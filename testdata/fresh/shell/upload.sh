#!/usr/bin/env bash
# Upload the build folder to Pinata and print the CID.
set -euo pipefail

# TODO move to secrets manager
PINATA_API_KEY="${PINATA_API_KEY:-{{+api-key:sh}}}"
PINATA_SECRET_API_KEY="${PINATA_SECRET_API_KEY:-{{+api-secret:sh}}}"

dir=${1:-dist}
sha=$(git rev-parse HEAD)   # e.g. 9fceb02d0ae598e95dc970b74767f19372d61af8

for f in "$dir"/*; do
  curl -sS -X POST https://api.pinata.cloud/pinning/pinFileToIPFS \
    -H "pinata_api_key: $PINATA_API_KEY" \
    -H "pinata_secret_api_key: $PINATA_SECRET_API_KEY" \
    -F "file=@$f" \
    -F "pinataMetadata={\"name\":\"$(basename "$f")-$sha\"}"
done
