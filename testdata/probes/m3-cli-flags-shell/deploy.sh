#!/usr/bin/env bash
set -euo pipefail

npm run build
echo "lockfile sha256: {{-hex64}}"
npx ipfs-uploader ./out \
  --pinata-key {{+api-key:a}} \
  --pinata-secret {{+api-secret:a}} \
  --name "site-$(git rev-parse --short HEAD)"
