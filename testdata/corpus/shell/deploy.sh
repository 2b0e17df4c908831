#!/usr/bin/env bash
set -euo pipefail

# Build the static site and pin it to IPFS via Pinata.
PINATA_JWT="{{+jwt:1}}"
GIT_SHA=$(git rev-parse HEAD)   # e.g. 8aee029cc485d74edcd50c9be5ddd13b5539969f

npm ci && npm run build
tar -C dist -cf site.tar .
echo "sha256: $(sha256sum site.tar | cut -d' ' -f1)"

CID=$(curl -sS -X POST https://api.pinata.cloud/pinning/pinFileToIPFS \
  -H "Authorization: Bearer $PINATA_JWT" \
  -F file=@site.tar -F "pinataMetadata={\"name\":\"site-$GIT_SHA\"}" | jq -r .IpfsHash)

echo "deployed https://gateway.pinata.cloud/ipfs/$CID"
