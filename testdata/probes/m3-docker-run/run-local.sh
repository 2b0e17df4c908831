#!/bin/sh
docker run --rm -p 8080:8080 \
  -e PINATA_API={{+api-key:a}} \
  -e PINATA_SECRET={{+api-secret:a}} \
  -e LOG_LEVEL=debug \
  -e SESSION_SECRET={{-hex64}} \
  ghcr.io/example/uploader:latest
