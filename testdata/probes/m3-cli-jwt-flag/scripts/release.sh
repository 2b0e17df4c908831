#!/bin/sh
set -e
# the CLI: https://docs.pinata.cloud/tools/cli
pinata auth --jwt {{+jwt:a}}
pinata upload ./dist --name "release-$VERSION" \
  --gateway lavender-gentle-primate-223.mypinata.cloud \
  --gateway-token {{+gateway-token}}
