#!/usr/bin/env bash
# Pull a file through our dedicated gateway (restricted, needs the access token)
CID=bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi
GW=https://lime-bright-badger-431.mypinata.cloud
TOKEN={{+gateway-token}}
curl -fL "$GW/ipfs/$CID?pinataGatewayToken=$TOKEN" -o asset.bin
echo "{{-hex64}}  asset.bin" | sha256sum -c -
