#!/usr/bin/env bash
# -p provider, -k key, -s secret
echo "artifact sha256 {{-hex64}}"
ipfs-pin -p pinata -k {{+api-key:a}} -s {{+api-secret:a}} ./build
