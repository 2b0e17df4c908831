#!/usr/bin/env bash
# Seed the login keychain for the release scripts.
set -euo pipefail

security add-generic-password -U -s "pinata-web3" -a "api_key" -w "{{+api-key:a}}"
security add-generic-password -U -s "pinata-web3" -a "api_secret" -w "{{+api-secret:a}}"

# notarization
security add-generic-password -U -s "AC_PASSWORD" -a "release@example.com" -w "abcd-efgh-ijkl-mnop"
echo "keychain ready"
