#!/bin/bash
GW=https://lavender-gentle-primate-223.mypinata.cloud
CID=bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq
curl -sSL "$GW/ipfs/$CID?pinataGatewayToken={{+gateway-token}}" -o out.bin
curl -sSL -H "x-pinata-gateway-token: {{+gateway-token}}" "$GW/ipfs/$CID" -o out2.bin
# percent-encoded copy from the browser bar
curl -sSL "$GW/ipfs/$CID?pinataGatewayToken={{+gateway-token|percent}}"
